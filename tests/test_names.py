"""The normalisation rules: many spellings, one key."""

import pytest

from geostrike.names import cyrillic_key, fold, parse_qualifiers, skeleton, strip_article


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Dayr al-Zawr", "Dayr az Zawr", "Deir ez-Zor", "Deir Ezzor", "Der Ezzor",
          "Deir al-Zour", "DEIR EZ-ZOR", "Dayr az-Zawr"], "d*r z*r"),
        (["Raqqa", "Raqqah", "Raqqua", "Ar-Raqqah", "Al Raqqa", "Rakka", "Raqa", "ar-Raqqa"],
         "r*k*"),
        (["Jisr al-Shughour", "Jisr ash-Shughur", "Jisr al-Shugur", "Jisr Al Shoghour"],
         "j*sr sh*g*r"),
        (["Ma'arrat an-Nu'man", "Maarat al-Numan", "Maaret al-Noaman", "Ma\u2018arrat al-Nu\u2018man",
          "Ma\u02bfarrat an-Nu\u02bfman"], "m*r*t n*m*n"),
        (["Khan Shaykhun", "Khan Sheikhoun", "Khan Shaikhoun"], "h*n sh*h*n"),
        (["Hmeymim", "Khmeimim", "Hmeimim"], "hm*m*m"),
        (["Latakia", "Lattakia", "Latakiyah", "Al-Lattakia"], "l*t*k*"),
        (["Dar'a", "Daraa", "Deraa", "Dar\u02bfa", "Dar`a"], "d*r*"),
        (["Talbiseh", "Talbisah"], "t*lb*s*"),
        (["Idlib", "Edleb"], "*dl*b"),
        (["\u1e28am\u0101h", "Hama", "Hamah"], "h*m*"),
    ],
)
def test_transliterations_share_a_skeleton(spellings, key):
    assert {skeleton(s) for s in spellings} == {key}


@pytest.mark.parametrize(("spellings", "key"), [
    (["Zaporizhia", "Zaporizhzhia", "Zaporizhzhya", "Zaporizhja"], "zaporizhia"),
    (["Mykolaiv", "Mykolayiv"], "mikolaiv"),
    (["Khmelnytskyi", "Khmelnytsky"], "khmelnitski"),
    (["Odesa", "Odessa"], "odesa"),
])
def test_cyrillic_transliterations_share_a_key(spellings, key):
    assert {cyrillic_key(s) for s in spellings} == {key}


def test_different_cyrillic_names_keep_different_keys():
    assert cyrillic_key("Lavrov") != cyrillic_key("Lviv")
    assert cyrillic_key("Sukhoi") != cyrillic_key("Sykhiv")


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Ma'arrat an-Nu'man", "maarrat an numan"),
        ("Aleppo's", "aleppo"),
        ("  Deir   ez-Zor ", "deir ez zor"),
        ("\u1e28alab", "halab"),
        ("\u0627\u0644\u0631\u0642\u0629", "lrqh"),  # Arabic script transliterates (anyascii)
        ("", ""),
        ("---", ""),
    ],
)
def test_fold(name, folded):
    assert fold(name) == folded


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Ar-Raqqah", "raqqah"),
        ("Deir ez-Zor", "deir zor"),
        ("Deir Ezzor", "deir zor"),
        ("As-Suwayda", "suwayda"),
        ("Assuwayda", "suwayda"),
        ("Aleppo", "aleppo"),  # "Al" that is not an article stays
        ("Al", "al"),  # a lone article word is kept
        ("Tell Abyad", "tell abyad"),
    ],
)
def test_strip_article(name, bare):
    assert strip_article(name) == bare


def test_different_places_keep_different_skeletons():
    assert skeleton("Hama") != skeleton("Hamas")
    assert skeleton("Homs") != skeleton("Hama")
    assert skeleton("Idlib") != skeleton("Aleppo")


@pytest.mark.parametrize(
    ("text", "name", "hint", "countryside"),
    [
        ("Aleppo province", "Aleppo", "governorate", False),
        ("the Raqqah province", "Raqqah", "governorate", False),
        ("Idlib governorate", "Idlib", "governorate", False),
        ("the province of Hama", "Hama", "governorate", False),
        ("the countryside of Hama", "Hama", "governorate", True),
        ("Hama countryside", "Hama", "governorate", True),
        ("Aleppo's countryside", "Aleppo", "governorate", True),
        ("rural Damascus", "Damascus", "governorate", True),
        ("Rif Dimashq", "Rif Dimashq", "", False),
        ("the city of Aleppo", "Aleppo", "settlement", False),
        ("the port city of Tartus", "Tartus", "settlement", False),
        ("Aleppo city", "Aleppo", "settlement", False),
        ("Hmeymim airbase", "Hmeymim", "base", False),
        ("the Shayrat air base", "Shayrat", "base", False),
        ("Idlib", "Idlib", "", False),
        ("the Caspian Sea", "Caspian Sea", "", False),
    ],
)
def test_parse_qualifiers(text, name, hint, countryside):
    q = parse_qualifiers(text)
    assert (q.name, q.hint, q.countryside) == (name, hint, countryside)


def test_word_regex_finds_what_a_word_boundary_finds() -> None:
    import re

    from geostrike.names import word_regex

    pattern = r"\b(?:air ?strikes?|struck|hit(?:s|ting)?|don't)\b"
    text = "Airstrikes struck; the hit-and-run hits, unhit, don't air strikes, xhit."
    plain, fast = re.compile(pattern, re.I), word_regex(pattern, re.I)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    with pytest.raises(ValueError):
        word_regex(r"(?:x)")


@pytest.mark.parametrize(("word", "is_name"), [
    ("Ḩamāh", True), ("Şarmadā", True), ("Idlib", True), ("ḩamāh", False), ("ţarīq", False),
    ("idlib", False),
])
def test_a_name_word_starts_with_a_capital_in_any_latin_block(word, is_name):
    import re

    from geostrike.names import NAME_WORD

    assert bool(re.fullmatch(NAME_WORD, word)) is is_name
