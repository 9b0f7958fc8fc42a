"""Place-name normalisation: the rules that make many spellings one key.

Reports transliterate Arabic names in many ways, and new spellings appear all the time, so
lookup works on keys derived by rule, with alias lists only as a second line:

``fold``
    case, diacritics, transliteration marks (ā ḩ ‘ ’ ʿ ʾ `), hyphens, apostrophes, spaces
    and possessives removed: "Ma'arrat an-Nu'man" -> "maarrat an numan".
``strip_article``
    ``fold`` without the Arabic article in any assimilated form (al, el, ad, an, ar, as, ash,
    at, az, ...), whether written apart ("Deir ez-Zor") or joined by a doubled letter
    ("Deir Ezzor"): "deir zor".
``skeleton``
    ``strip_article`` reduced to what Levantine transliterations agree on: every run of
    vowels (and of y/w next to a vowel) becomes one ``*``, doubled letters collapse, q/k,
    kh/h, gh/g, ch/sh, dh/d, th/t, final -ah/-eh lose the h. "Dayr al-Zawr", "Deir ez-Zor",
    "Der Ezzor" -> "d*r z*r"; "Raqqa", "Raqqah", "Raqqua", "Rakka" -> "r*k*".

``parse_qualifiers`` separates the words around a name that change which place is meant
("Aleppo province", "the countryside of Hama", "the city of Aleppo", "Hmeymim airbase").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

__all__ = ["fold", "strip_article", "skeleton", "consonants", "has_marks", "Qualified",
           "parse_qualifiers", "word_regex", "has_any", "fold_lower", "ends_in",
           "ARTICLE_WORDS", "ARTICLE", "UPPER", "NAME_WORD", "NAME", "LIST_SEP", "GOV_WORDS",
           "TOWN_WORDS", "BASE_WORDS", "NAVAL_WORDS", "demonym_pattern"]

# Transliteration marks that stand for ayn/hamza: dropped, not turned into a space, so that
# "Dar'a" folds like "Dara" and "Nu`man" like "Numan".
_MARKS = "'`\u2018\u2019\u02bf\u02be\u02bb\u02bc\u00b4\u2032\u055a"
_MARKS_RE = re.compile(f"[{re.escape(_MARKS)}]")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['\u2019]s\b")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")

#: The Arabic article and its sun-letter assimilations, as transliterations write them.
ARTICLE_WORDS = ("al", "el", "il", "ul", "ad", "ed", "an", "en", "ar", "er", "as", "es",
                 "ash", "esh", "at", "et", "az", "ez", "adh", "ath", "dh",
                 "e")  # "Deir e-Zor": the vowel alone
_ARTICLES = frozenset(ARTICLE_WORDS)
# "Ezzor", "Arraqqa", "Assuwayda": article vowel + doubled sun letter written as one word.
_JOINED_ARTICLE_RE = re.compile(r"^[ae](t|th|d|dh|r|z|s|sh|n)\1(?=[a-z]{2,})")
# "Alraqqa", "Elqamishli": the article glued on without assimilation. Only before a consonant
# that a sun letter is not, so "Aleppo" and "Alma" stay as they are.
_GLUED_AL_RE = re.compile(r"^[ae]l(?=(b|f|h|j|k|q|m|w|y|kh|gh)[aeiou])")



@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Fold case, diacritics, marks, punctuation and possessives; words separated by one space.

    Parameters
    ----------
    name
        A place name in any script; non-Latin scripts are transliterated with anyascii.

    Returns
    -------
    str
        Lower-case ASCII words separated by single spaces ("" if nothing is left).
    """
    text = unicodedata.normalize("NFKC", name)
    text = _POSSESSIVE_RE.sub("", text)
    text = _MARKS_RE.sub("", text)
    text = anyascii(text).lower()
    # anyascii turns some marks into quotes of its own; drop them the same way
    text = text.replace("'", "").replace("`", "")
    return _NON_ALNUM_RE.sub(" ", text).strip()


def has_marks(name: str) -> bool:
    """True if the name carries an ayn/hamza mark inside a word ("Mari'", "Dar`a"): a
    transliteration, never an ordinary English word (possessives do not count)."""
    return bool(_MARKS_RE.search(_POSSESSIVE_RE.sub("", name)))


@lru_cache(maxsize=200_000)
def strip_article(name: str) -> str:
    """Return ``fold(name)`` without Arabic articles, written apart or joined.

    A lone article word is removed only when another word follows it, so the single word
    "As" (a real Syrian village name in some sources) is not erased.
    """
    words = fold(name).split()
    out: list[str] = []
    for i, word in enumerate(words):
        if word in _ARTICLES and i + 1 < len(words):
            continue
        word = _JOINED_ARTICLE_RE.sub(r"\1", word, count=1)
        word = _GLUED_AL_RE.sub("", word, count=1)
        out.append(word)
    return " ".join(out)


# Digraphs that transliterations swap for one another, longest first.
_DIGRAPHS = (
    ("sch", "sh"), ("tch", "sh"), ("ch", "sh"), ("kh", "h"), ("gh", "g"), ("dh", "d"),
    ("th", "t"), ("ph", "f"), ("dj", "j"), ("zh", "j"), ("ck", "k"), ("q", "k"), ("c", "k"),
    ("x", "ks"), ("v", "w"),
)


_DIGRAPH_RE = re.compile("|".join(a for a, _ in _DIGRAPHS))
_DIGRAPH_MAP = dict(_DIGRAPHS)
_FINAL_H_RE = re.compile(r"(?<=..[aeiou])h$")
# y/w next to a vowel is part of the vowel (Dayr, Zawr, Latakiya); at the start of a word or
# between consonants it is a consonant.
_SEMIVOWEL_RE = re.compile(r"(?<=[aeiou])[yw]|(?<=.)[yw](?=[aeiou])")
_VOWEL_RUN_RE = re.compile(r"[aeiou]+")
_DOUBLE_RE = re.compile(r"([^*])\1+")


def _skeleton_word(word: str) -> str:
    if word.isdigit():
        return word
    # final -ah/-eh/-ih: the h is a spelling of ta marbuta, not a consonant
    word = _FINAL_H_RE.sub("", word)
    word = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group()], word)
    word = _SEMIVOWEL_RE.sub("a", word)
    word = _VOWEL_RUN_RE.sub("*", word)
    # doubled letters collapse, also when a digraph made them ("Shaykh Khalil" -> "sh*h")
    return _DOUBLE_RE.sub(r"\1", word)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Return the transliteration skeleton of a name (see the module docstring)."""
    return " ".join(_skeleton_word(w) for w in strip_article(name).split())


@lru_cache(maxsize=200_000)
def consonants(name: str) -> str:
    """The skeleton without its vowels: Arabic writes short vowels not at all, so
    transliterations add or drop them ("Mhin"/"Mahin", "Hmeymim"/"Humaymim")."""
    return skeleton(name).replace("*", "")


# The letters in which transliterations of Ukrainian and Russian differ: a doubled "zh"
# (Zaporizhzhia, Zaporizhia), y, i and j for the soft vowels (Zaporizhzhya, Zaporizhja,
# Mykolayiv, Khmelnytskyi), and doubled letters (Odessa, Odesa)
_CYRILLIC_SWAPS_RE = re.compile(r"zhzh|[yj]")
_CYRILLIC_SWAPS = {"zhzh": "zh", "y": "i", "j": "i"}


@lru_cache(maxsize=20_000)
def cyrillic_key(name: str) -> str:
    """The folded name without the letters transliterations of Cyrillic write differently:
    "Zaporizhia", "Zaporizhzhia" and "Zaporizhzhya" give "zaporizhia" ("Lavrov" and "Lviv"
    stay apart)."""
    key = _CYRILLIC_SWAPS_RE.sub(lambda m: _CYRILLIC_SWAPS[m.group()], fold(name))
    return _DOUBLE_RE.sub(r"\1", key)


def word_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern that starts a word: ``\\b(?:...)`` whose alternatives all begin with a
    word character. The leading ``\\b`` becomes ``(?<!\\w)(?=\\w)``: the same matches, found
    about twice as fast by CPython's re on the long cue lists (it skips positions that start
    no word)."""
    if not pattern.startswith(r"\b(?:"):
        raise ValueError(f"not a word pattern: {pattern[:20]!r}")
    return re.compile(r"(?<!\w)(?=\w)(?:" + pattern[5:], flags)

# --- pattern pieces ------------------------------------------------------------------------
# The pieces mentions.py and the roles package build their patterns from, so that both read a
# name, a list and a qualifier the same way. Each is a regex fragment without capturing groups.

#: The Arabic article before a name, as a prefix joined by a hyphen: "al-" in "al-Bab",
#: "ez-" in "Deir ez-Zor" (longest alternatives first).
ARTICLE = "(?:" + "|".join(sorted(ARTICLE_WORDS, key=len, reverse=True)) + ")"
#: Capital letters of the Latin scripts transliterations use ("Ḩamāh", "Şarmadā"), for a
#: character class: A-Z and the capitals of Latin-1, Latin Extended-A/B and Additional
#: (those blocks interleave capitals and small letters, so they are picked one by one).
UPPER = "A-Z" + "".join(
    ch for block in ((0xC0, 0x250), (0x1E00, 0x1F00)) for ch in map(chr, range(*block))
    if ch.isupper())
#: A capitalised word, case-sensitive even inside an IGNORECASE pattern: "Ma'arrat", "Ḩamāh".
NAME_WORD = rf"(?-i:[{UPPER}])[\w'\u2019-]*"
#: A name of one or more capitalised words, each possibly with a hyphenated article:
#: "al-Bab", "Jisr al-Shughour", "Deir ez-Zor".
NAME = rf"(?:\b{ARTICLE}-[ \u00a0]?)?{NAME_WORD}(?:\s+(?:{ARTICLE}-[ \u00a0]?)?{NAME_WORD})*"
#: What separates the items of a list of names: ", ", " and ", ", and ", " & ".
LIST_SEP = r"(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
#: A possessive's ending and the space after it: "Iraq's Sinjar", "Russia’s main airbase".
POSSESSIVE = r"['\u2019]s\s+"
#: Words after or before a name that make it a governorate, a settlement, a base, a port.
GOV_WORDS = r"(?:(?:province|governorate|governate|muhafazah|oblast|state)s?)"
TOWN_WORDS = r"(?:city|town|village|suburb|district)"
#: The kind a list item may carry after its name: "raided al-Arbaen mount, Sermen and Ariha",
#: "areas in Zabid district, Kahlian camp", "such as Avivim, al-Malikiyah military base, Zar'it".
LIST_ITEM_KIND = (rf"(?:mount|mountains?|valley|plain|hills?|{TOWN_WORDS}|area|camp|airport|port|"
                  r"region|(?:(?:air|military|army)[ \u00a0]*)?(?:base|field))")
#: A count written as a word ("six drones", "dozens of missiles"): the claims' numbers and the
#: roles' tallies ("44 over the Krasnodar region, six over the Belgorod region").
COUNT_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
              r"hundreds)")
#: Endings that turn a place's name into its demonym ("Saudi Arabian", "Yemeni", "Lebanese",
#: "Turkish"); "an" and "ian" end in "n", so DEMONYM_WORD needs only the last letters.
DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish")


def demonym_pattern(country_names: Iterable[str]) -> str | None:
    """A regex (no word boundaries) for a word that starts like one of the countries' names
    and ends like a demonym: "Yemeni", "Turkish", "Lebanese", "Somali". A heuristic: the
    first four letters of the name's first word tell most countries apart ("Iraqi" and
    "Iranian" differ in the fourth); a name shorter than that has no pattern."""
    stems = sorted({w[:4] for n in country_names if len(w := n.split()[0]) >= 4})
    if not stems:
        return None
    return rf"(?:{'|'.join(map(re.escape, stems))})[a-z]*(?:{'|'.join(DEMONYM_ENDINGS)})"


#: A capitalised demonym ("Syrian", "Yemeni").
DEMONYM_WORD = rf"[{UPPER}][a-z]+(?:i|n|ese|ish)"
#: A compass point as a word: "north", "south-east", "northwest", "east".
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
#: The same written as single words, and their "-ern" adjectives ("northwestern").
COMPASS_WORDS = tuple(
    w for p in ("north", "south", "east", "west", "northeast", "northwest", "southeast",
                "southwest") for w in (p, p + "ern"))
#: Verbs that report speech ("the ministry said", "Talal Barazi, said", "CNN Turk reported").
SPEECH_VERBS = (r"(?:said|says|say|told|reported|reports|added|claimed|stated|noted|explained|"
                r"confirmed|announced|insisted|warned|denied|according)")
BASE_WORDS = r"(?:(?:air\s*base|air\s*field|(?:military\s+)?airport|base)s?)"
NAVAL_WORDS = r"(?:naval\s+(?:base|facility)|port)"


def is_acronym(word: str) -> bool:
    """Is the word an acronym ("SOHR", "TASS", "AQAP", "IS"): spelt, never transliterated, and
    no place's name written out?"""
    return word.isupper() and len(word) <= 5 and word.isalpha()


# the letters beyond ASCII that re.IGNORECASE takes for an ASCII one ("\u0130" and "\u0131" for
# "i", the long s for "s", the Kelvin sign for "k"); str.lower() keeps them apart, or gives
# "\u0130" a combining dot
_ASCII_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def fold_lower(text: str) -> str:
    """``text`` lower-cased for a gate (has_any): a word an IGNORECASE pattern finds in
    ``text`` stands in the result in lower case."""
    if not text.isascii():
        for odd, letter in _ASCII_FOLDS:
            text = text.replace(odd, letter)
    return text.lower()


def ends_in(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text``, its trailing spaces aside, end in one of ``words`` (lower-case, up to
    12 letters) in any case? The test in front of a pattern anchored at its end (...$)."""
    return fold_lower(text.rstrip()[-12:]).endswith(words)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """True if any of the words occurs in the text: the cheap substring test put in front of a
    pattern that cannot match without one of them. A gate must never change a result, only
    skip work (tests/test_roles.py runs the gold reports with every gate open to check)."""
    return any(map(text.__contains__, words))  # no generator frame: ~1.6x faster


# --- qualifiers ------------------------------------------------------------------------------


_QUALIFIER_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple(
    (re.compile(p, re.IGNORECASE), hint, countryside)
    for p, hint, countryside in (
        (r"^(?:the\s+)?(?:countryside|outskirts|rural\s+areas?)\s+of\s+(?P<n>.+)$",
         "governorate", True),
        (r"^(?:the\s+)?(?P<n>.+?)(?:'s)?\s+(?:countryside|rural\s+areas?)$", "governorate", True),
        (r"^(?:rural|rif)\s+(?P<n>(?!dimashq\b).+)$", "governorate", True),
        (rf"^(?:the\s+)?(?:{GOV_WORDS}|region)\s+of\s+(?P<n>.+)$", "governorate", False),
        (rf"^(?:the\s+)?(?P<n>.+?)\s+(?:{GOV_WORDS}|region)$", "governorate", False),
        (rf"^(?:the\s+)?(?:port\s+)?{TOWN_WORDS}\s+of\s+(?P<n>.+)$", "settlement", False),
        (rf"^(?:the\s+)?(?P<n>.+?)\s+{TOWN_WORDS}$", "settlement", False),
        (rf"^(?:the\s+)?(?P<n>.+?)\s+{NAVAL_WORDS}$", "base", False),
        (rf"^(?:the\s+)?(?P<n>.+?)\s+{BASE_WORDS}$", "base", False),
        (r"^the\s+(?P<n>.+)$", "", False),
    )
)


@dataclass(frozen=True, slots=True)
class Qualified:
    """A name with the qualifier words that were around it.

    Attributes
    ----------
    name
        The bare name ("Aleppo" from "the countryside of Aleppo").
    hint
        ``"governorate"``, ``"settlement"``, ``"base"`` or ``""`` when nothing qualified it.
    countryside
        True for "countryside of X" / "rural X": the governorate outside its capital.
    qualifier
        The qualifier as written ("province"), for provenance.
    """

    name: str
    hint: str = ""
    countryside: bool = False
    qualifier: str = ""


@lru_cache(maxsize=50_000)
def parse_qualifiers(text: str) -> Qualified:
    """Split "Aleppo province", "the city of Aleppo", "Hama countryside" into name and hint.

    Only one qualifier is taken off, from the outside in; the whole text is returned as the
    name when none applies. A qualifier word that is part of a name is kept when taking it
    off would leave nothing ("Port Said" is not "Said" with a port qualifier: only the
    trailing form "Tartus port" is read as one).
    """
    stripped = " ".join(text.split())
    for pattern, hint, countryside in _QUALIFIER_PATTERNS:
        m = pattern.match(stripped)
        if m and m.group("n").strip():
            name = m.group("n").strip()
            qualifier = " ".join((stripped[: m.start("n")] + " " + stripped[m.end("n"):]).split())
            if not hint:
                # a bare "the X": look inside X once more ("the Aleppo province")
                inner = parse_qualifiers(name)
                return Qualified(inner.name, inner.hint, inner.countryside, inner.qualifier)
            return Qualified(name, hint, countryside, qualifier)
    return Qualified(stripped)
