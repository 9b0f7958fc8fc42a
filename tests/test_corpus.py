"""Tests for stage 1, geostrike.corpus: reading reports, their metadata and boilerplate."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from geostrike.corpus import Article, Corpus, Skipped, read_corpus
from geostrike.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "corpus"

D = datetime.date


def _by_id(corpus: Corpus) -> dict[str, Article]:
    return {a.id: a for a in corpus.articles}


def _one(corpus: Corpus) -> Article:
    assert not corpus.skipped, corpus.skipped
    assert len(corpus.articles) == 1
    return corpus.articles[0]


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _read_text(tmp_path: Path, text: str, name: str = "report.txt") -> Article:
    return _one(read_corpus([_write(tmp_path, name, text)]))


def _span_of(article: Article, needle: str) -> tuple[int, int]:
    start = article.text.index(needle)
    return start, start + len(needle)


def _is_boilerplate(article: Article, needle: str) -> bool:
    return article.in_boilerplate(*_span_of(article, needle))


def _touches_boilerplate(article: Article, needle: str) -> bool:
    start, end = _span_of(article, needle)
    return any(s < end and e > start for s, e in article.boilerplate)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    corpus = read_corpus([SEEDS])
    assert corpus.skipped == ()
    return _by_id(corpus)


@pytest.fixture()
def seeds_without_manifest(tmp_path: Path) -> dict[str, Article]:
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path)
    return _by_id(read_corpus([tmp_path]))


# --- seeds and their manifest ---------------------------------------------------------------------

@pytest.mark.parametrize(("stem", "outlet", "outlet_how", "published", "published_how"), [
    ("000_92144074fbc5f5dc", None, "unknown", D(2015, 11, 20), "text"),
    ("001_dfaa97bc8d688ea8", "TASS", "manifest", D(2015, 11, 20), "dateline"),
    ("002_ac5a1b7d9f08b570", "The Moscow Times", "manifest", D(2015, 11, 17), "text"),
    ("003_bf36c0d54d06a647", "Al Arabiya (AFP)", "manifest", D(2015, 10, 16), "dateline"),
    ("004_ecb83b80c9169025", None, "unknown", None, "unknown"),
])
def test_seed_metadata_comes_from_the_manifest(
    seeds: dict[str, Article], stem: str, outlet: str | None, outlet_how: str,
    published: datetime.date | None, published_how: str,
) -> None:
    article = seeds[stem]
    assert (article.outlet, article.outlet_how) == (outlet, outlet_how)
    assert (article.published, article.published_how) == (published, published_how)
    assert article.path == str(SEEDS / f"{stem}.txt")
    assert dict(article.metadata)["notes"]  # other manifest columns are kept


def test_seed_text_is_the_file_exactly(seeds: dict[str, Article]) -> None:
    for stem, article in seeds.items():
        assert article.text == (SEEDS / f"{stem}.txt").read_bytes().decode("utf-8")


def test_articles_are_sorted_by_id_and_reading_is_deterministic() -> None:
    first, second = read_corpus([SEEDS]), read_corpus([SEEDS])
    assert first == second
    ids = [a.id for a in first.articles]
    assert ids == sorted(ids) and len(ids) == 5


def test_reading_in_several_processes_gives_the_same_corpus(tmp_path: Path) -> None:
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    with (tmp_path / "more.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(7):
            fh.write(json.dumps({"text": f"MOSCOW, Oct {i + 1}, 2015 (Reuters) - Jets struck "
                                         f"Idlib.\n\nRead more:\nItem {i}"}) + "\n")
        fh.write("not json\n")
    one, two = read_corpus([tmp_path], workers=1), read_corpus([tmp_path], workers=2)
    assert one == two
    assert len(one.articles) == 12 and len(one.skipped) == 1
    assert {a.published_how for a in two.articles if a.id.startswith("more")} == {"dateline"}


@pytest.mark.parametrize(("stem", "outlet", "outlet_how", "published", "published_how"), [
    ("000_92144074fbc5f5dc", None, "unknown", None, "unknown"),
    # "NOVO-OGARYOVO, November 20. /TASS/": no year in the dateline, so no date
    ("001_dfaa97bc8d688ea8", "TASS", "dateline", None, "unknown"),
    ("002_ac5a1b7d9f08b570", "The Moscow Times", "text", None, "unknown"),
    # "AFP, Moscow" / "Friday 16 October 2015"; "Last Update: ... 20 May 2020" is furniture
    ("003_bf36c0d54d06a647", "AFP", "dateline", D(2015, 10, 16), "dateline"),
    # quotes The Sunday Times, and an AFP photo credit: neither is the outlet
    ("004_ecb83b80c9169025", None, "unknown", None, "unknown"),
])
def test_seed_metadata_inferred_from_text_without_manifest(
    seeds_without_manifest: dict[str, Article], stem: str, outlet: str | None,
    outlet_how: str, published: datetime.date | None, published_how: str,
) -> None:
    article = seeds_without_manifest[stem]
    assert (article.outlet, article.outlet_how) == (outlet, outlet_how)
    assert (article.published, article.published_how) == (published, published_how)
    assert article.metadata == ()


# --- datelines and branding -----------------------------------------------------------------------

BODY = "Russian jets struck targets near Aleppo and Idlib, the defence ministry said on Friday."


@pytest.mark.parametrize(("text", "outlet", "outlet_how", "published", "published_how"), [
    (f"NOVO-OGARYOVO, November 20. /TASS/. {BODY}", "TASS", "dateline", None, "unknown"),
    (f"MOSCOW, November 20, 2015. /TASS/. {BODY}", "TASS", "dateline", D(2015, 11, 20), "dateline"),
    (f"MOSCOW, October 16. /ITAR-TASS/. {BODY}", "TASS", "dateline", None, "unknown"),
    (f"{BODY}\n\nAFP, Moscow\nFriday 16 October 2015\n", "AFP", "dateline", D(2015, 10, 16),
     "dateline"),
    (f"MOSCOW (Reuters) - {BODY}", "Reuters", "dateline", None, "unknown"),
    (f"BEIRUT, Oct 1 (Reuters) - {BODY}", "Reuters", "dateline", None, "unknown"),
    (f"BEIRUT, Oct. 1, 2015 (Reuters) - {BODY}", "Reuters", "dateline", D(2015, 10, 1),
     "dateline"),
    (f"AL-HOL, Syria (Reuters) - {BODY}", "Reuters", "dateline", None, "unknown"),
    (f"BEIRUT (AP) — {BODY}", "AP", "dateline", None, "unknown"),
    (f"WASHINGTON — {BODY}", None, "unknown", None, "unknown"),
    (f"WASHINGTON, Oct. 3, 2015 — {BODY}", None, "unknown", D(2015, 10, 3), "dateline"),
    (f"{BODY}\n© 2015 Reuters", "Reuters", "text", None, "unknown"),
    (f"Support The Moscow Times!\n\n{BODY}", "The Moscow Times", "text", None, "unknown"),
    (f"{BODY}\n\nA Message from The Moscow Times:\n\nDear readers,", "The Moscow Times", "text",
     None, "unknown"),
    (f"{BODY}\nSource: Al Jazeera and news agencies", "Al Jazeera", "text", None, "unknown"),
    # a publishing outlet named by branding beats the wire service of the dateline
    (f"{BODY}\nAFP, Moscow\nFriday 16 October 2015\n© 2015 Al Arabiya Network", "Al Arabiya",
     "text", D(2015, 10, 16), "dateline"),
    (f"Published: 16 October 2015\n{BODY}", None, "unknown", D(2015, 10, 16), "text"),
    (f"{BODY} Published on November 20.", None, "unknown", None, "unknown"),
    # a date line in the page's head dates it, although its "|" reads like a menu
    (f"Russian jets pound Idlib\nOct 30, 2015 | 02:14 PM\n{BODY}", None, "unknown",
     D(2015, 10, 30), "text"),
    # furniture above it is no story yet
    (f"Russian jets pound Idlib\nSign up for our newsletter.\nOct 30, 2015 | 02:14 PM\n{BODY}",
     None, "unknown", D(2015, 10, 30), "text"),
    # sources quoted in the report are not the outlet
    (f"{BODY} Kartapolov told Russian tabloid Komsomolskaya Pravda.", None, "unknown", None,
     "unknown"),
    (f"{BODY}\nThe source told The Sunday Times that Russia turned down requests.", None,
     "unknown", None, "unknown"),
    (f"{BODY}\nRIA Novosti reported on Tuesday.\nEgypt's Ahram Online news website reported.",
     None, "unknown", None, "unknown"),
    ("Russian Missions over Syria AFP\n\n" + BODY, None, "unknown", None, "unknown"),
])
def test_dateline_and_branding_inference(
    tmp_path: Path, text: str, outlet: str | None, outlet_how: str,
    published: datetime.date | None, published_how: str,
) -> None:
    article = _read_text(tmp_path, text)
    assert (article.outlet, article.outlet_how) == (outlet, outlet_how)
    assert (article.published, article.published_how) == (published, published_how)


@pytest.mark.parametrize("dateline", [
    "MOSCOW, November 20. /TASS/.", "BEIRUT, Oct 1 (Reuters) -", "Friday 16 October",
    "AFP, Moscow\nFriday 16 October",
])
def test_a_year_is_never_invented(tmp_path: Path, dateline: str) -> None:
    article = _read_text(tmp_path, f"{dateline} {BODY}\nIt happened in 2015.")
    assert article.published is None
    assert article.published_how == "unknown"


def test_a_date_in_boilerplate_is_not_the_publication_date(tmp_path: Path) -> None:
    text = (f"{BODY}\nLast Update: Wednesday, 20 May 2020 KSA 09:45\nDAY | WEEK |\n"
            "Most Read\n16 October 2015 / 09:00\n")
    assert _read_text(tmp_path, text).published is None


# --- .txt: exact text and offsets -----------------------------------------------------------------

def test_txt_keeps_crlf_and_offsets_are_exact(tmp_path: Path) -> None:
    text = f"{BODY}\r\n\r\n  Second  paragraph\tabout Hama.\r\nRead more\r\n"
    path = _write(tmp_path, "crlf.txt", text)
    article = _one(read_corpus([path]))
    assert article.text == text
    start = text.index("Hama")
    assert article.text[start:start + 4] == "Hama"
    assert [article.text[s:e] for s, e in article.boilerplate] == ["Read more"]
    assert not article.in_boilerplate(start, start + 4)


def test_txt_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + BODY.encode())
    article = _one(read_corpus([path]))
    assert article.text == BODY
    assert article.text.index("Aleppo") == BODY.index("Aleppo")


def test_path_is_the_file_as_given(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    article = _one(read_corpus([tmp_path]))
    assert article.path == str(tmp_path / "a.txt")
    assert article.id == "a"


def test_directories_are_not_read_recursively(tmp_path: Path) -> None:
    _write(tmp_path, "top.txt", BODY)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "nested.txt", BODY)
    _write(tmp_path, "notes.md", "not an article")
    _write(tmp_path, ".hidden.txt", BODY)
    corpus = read_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["top"]
    assert corpus.skipped == ()


def test_a_directory_without_article_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "nested.txt", BODY)
    corpus = read_corpus([tmp_path])
    assert corpus.articles == ()
    [skip] = corpus.skipped
    assert skip.path == str(tmp_path) and skip.line is None
    assert "no article files" in skip.reason and "subdirectories are not read" in skip.reason


def test_an_empty_directory_is_reported_without_talk_of_subdirectories(tmp_path: Path) -> None:
    [skip] = read_corpus([tmp_path]).skipped
    assert "no article files" in skip.reason and "subdirectories" not in skip.reason


def test_a_manifest_given_as_an_input_is_not_an_article(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    manifest = _write(tmp_path, "manifest.csv", "file,outlet\na.txt,BBC\n")
    other = _write(tmp_path, "meta.csv", "file,outlet\na.txt,CNN\n")
    corpus = read_corpus(sorted(tmp_path.iterdir()), manifest=other)  # as from a shell glob
    assert [(a.id, a.outlet) for a in corpus.articles] == [("a", "CNN")]
    assert corpus.skipped == ()
    assert read_corpus([manifest, tmp_path / "a.txt"]).articles[0].outlet == "BBC"


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", BODY)
    corpus = read_corpus([tmp_path, path, str(path)])
    assert [a.id for a in corpus.articles] == ["a"] and corpus.skipped == ()


def test_duplicate_ids_keep_the_first_and_report_the_rest(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    _write(tmp_path, "a.html", f"<p>{BODY}</p>")
    corpus = read_corpus([tmp_path])
    assert [a.path for a in corpus.articles] == [str(tmp_path / "a.html")]
    (skip,) = corpus.skipped
    assert skip.path == str(tmp_path / "a.txt") and "duplicate article id 'a'" in skip.reason


# --- HTML -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def aljazeera_html() -> Article:
    return _one(read_corpus([DATA / "aljazeera_article.html"]))


def test_html_metadata_from_the_page(aljazeera_html: Article) -> None:
    a = aljazeera_html
    assert (a.outlet, a.outlet_how) == ("Al Jazeera", "text")
    assert (a.published, a.published_how) == (D(2015, 10, 7), "text")
    assert a.title == "Russian air strikes hit rebel-held Idlib, activists say"
    assert a.url == "https://www.aljazeera.com/news/2015/10/7/russian-air-strikes-hit-rebel-held-idlib"
    assert a.language == "en"


def test_html_text_is_plain_article_text(aljazeera_html: Article) -> None:
    text = aljazeera_html.text
    assert "<" not in text and ">" not in text and "&amp;" not in text and "&#" not in text
    # scripts, styles, navigation, page header and footers, hidden and aside blocks are gone
    for dropped in ("Aleppo", "Damascus", "Deir ez-Zor", "Homs", "Palmyra", "Tartus",
                    "dataLayer", "Share on Facebook", "Cookie", "Subscribe", "Marib"):
        assert dropped not in text
    # entities decoded, inline markup does not split words or sentences
    assert "Syria’s Idlib province, killing at least 12 civilians, according to activists & a" \
        in text
    assert 'targeting "terrorists"' in text
    assert "Maarat\xa0al-Numan" in text
    assert text.startswith("Russian air strikes hit rebel-held Idlib, activists say\n\n")
    # paragraphs are separated by a blank line, <br> by a newline
    assert "Wednesday,\nwhile Syrian government forces" in text
    assert "\n\n\n" not in text


def test_html_boilerplate_inside_the_article(aljazeera_html: Article) -> None:
    a = aljazeera_html
    assert _is_boilerplate(a, "Source: Al Jazeera and news agencies")
    assert not _touches_boilerplate(a, "Russian jets have carried out dozens of air strikes")
    assert not _touches_boilerplate(a, "Smoke rises after an air strike in Maarat")


def test_html_without_article_element_drops_page_chrome() -> None:
    a = _one(read_corpus([DATA / "plain_page.html"]))
    assert "Daily Bulletin" not in a.text and "Sport" not in a.text and "Log in" not in a.text
    assert "Thomson Reuters" not in a.text
    assert "the ancient city <and> an ammunition depot" in a.text  # &lt; &gt; are text
    assert (a.outlet, a.outlet_how) == ("Reuters", "dateline")
    assert a.title == "Strikes near Palmyra"
    assert _is_boilerplate(a, "Home | World")


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1251"></head><body>'
            '<p>Удары по Алеппо, сообщило Минобороны.</p></body></html>').encode("cp1251")
    a = _one(read_corpus([_write(tmp_path, "ru.html", page)]))
    assert a.text == "Удары по Алеппо, сообщило Минобороны."


# --- JSON Lines -----------------------------------------------------------------------------------

def test_jsonl_articles_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "tass-1", "text": f"MOSCOW, November 20. /TASS/. {BODY}",
                    "published": "2015-11-20", "language": "en", "section": "World",
                    "tags": ["syria", "russia"]}),
        json.dumps({"text": BODY, "outlet": "Al Jazeera", "url": "https://example.org/a",
                    "title": "Strikes", "published": "2015-10-07T10:00:00Z", "id": 7}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": BODY, "published": "07/10/2015"}),
    ]
    path = _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    corpus = read_corpus([path])
    articles = _by_id(corpus)
    assert sorted(articles) == ["feed:2", "feed:8", "tass-1"]

    tass = articles["tass-1"]
    assert tass.text == f"MOSCOW, November 20. /TASS/. {BODY}"
    assert (tass.outlet, tass.outlet_how) == ("TASS", "dateline")
    assert (tass.published, tass.published_how) == (D(2015, 11, 20), "manifest")
    assert tass.language == "en"
    assert tass.metadata == (("section", "World"), ("tags", '["syria", "russia"]'))

    second = articles["feed:2"]
    assert (second.outlet, second.outlet_how) == ("Al Jazeera", "manifest")
    assert (second.published, second.url, second.title) == (
        D(2015, 10, 7), "https://example.org/a", "Strikes")
    assert second.metadata == (("id", "7"),)

    assert articles["feed:8"].published is None
    problems = {s.line: s.reason for s in corpus.skipped}
    assert sorted(problems) == [4, 5, 6, 7, 8]
    assert "not valid JSON" in problems[4]
    assert "no 'text' field" in problems[5]
    assert "not an object" in problems[6]
    assert "empty" in problems[7]
    assert "'07/10/2015' is not a YYYY-MM-DD date" in problems[8]
    for skip in corpus.skipped:
        assert skip.path == str(path) and f"{path}:{skip.line}:" in skip.reason


@pytest.mark.parametrize(("bad_line", "message"), [
    (b'{"text": "caf\xe9"}', "not valid UTF-8"),
    (b'{"text": "Jets \x00 hit Hama"}', "NUL byte at column 16"),
])
def test_jsonl_bad_bytes_skip_only_that_line(
    tmp_path: Path, bad_line: bytes, message: str,
) -> None:
    raw = json.dumps({"text": BODY}).encode() + b"\n" + bad_line + b"\n" + \
        json.dumps({"text": BODY, "id": "x"}).encode()
    corpus = read_corpus([_write(tmp_path, "f.jsonl", raw)])
    assert [a.id for a in corpus.articles] == ["f:1", "x"]
    (skip,) = corpus.skipped
    assert skip.line == 2 and message in skip.reason


@pytest.mark.parametrize(("head", "line"), [
    (b"\x1f\x8b\x08\x00\x00\n", 1),  # gzip
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n", 3),  # the first NUL is on line 3
])
def test_binary_file_named_jsonl_is_skipped_whole(tmp_path: Path, head: bytes, line: int) -> None:
    raw = head + json.dumps({"text": BODY}).encode()
    corpus = read_corpus([_write(tmp_path, "f.jsonl", raw)])
    assert corpus.articles == ()
    (skip,) = corpus.skipped
    assert skip.line == line and "binary" in skip.reason


def test_jsonl_nul_on_the_first_line_skips_only_that_line(tmp_path: Path) -> None:
    raw = b'{"text": "Jets \x00 hit Hama"}\n' + json.dumps({"text": BODY, "id": "x"}).encode()
    corpus = read_corpus([_write(tmp_path, "f.jsonl", raw)])
    assert [a.id for a in corpus.articles] == ["x"]
    (skip,) = corpus.skipped
    assert skip.line == 1 and "NUL byte" in skip.reason


def test_jsonl_duplicate_ids_name_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "f.jsonl", "\n".join(
        json.dumps({"id": "same", "text": f"{BODY} {i}"}) for i in range(3)))
    corpus = read_corpus([path])
    assert [a.text[-1] for a in corpus.articles] == ["0"]
    assert [(s.line, "duplicate article id 'same'" in s.reason) for s in corpus.skipped] == [
        (2, True), (3, True)]


def test_jsonl_fields_override_the_manifest(tmp_path: Path) -> None:
    _write(tmp_path, "feed.jsonl", "\n".join([
        json.dumps({"text": BODY}), json.dumps({"text": BODY, "outlet": "BBC"})]))
    _write(tmp_path, "manifest.csv", "file,outlet,published\nfeed.jsonl,Reuters,2015-10-01\n")
    articles = _by_id(read_corpus([tmp_path]))
    assert [articles[i].outlet for i in ("feed:1", "feed:2")] == ["Reuters", "BBC"]
    assert {articles[i].published for i in articles} == {D(2015, 10, 1)}


# --- manifests ------------------------------------------------------------------------------------

def test_explicit_manifest_with_relative_and_bare_names(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    _write(tmp_path / "reports", "a.txt", BODY)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _write(elsewhere, "b.txt", BODY)
    manifest = _write(tmp_path, "meta.csv", (
        "File,Outlet,Published,published_how,url,title,language,Desk\n"
        "reports/a.txt,BBC,2015-10-07,text,https://bbc.example/a,Title A,en,World\n"
        "b.txt,,,,,,,\n"))
    articles = _by_id(read_corpus([tmp_path / "reports", elsewhere / "b.txt"],
                                  manifest=manifest))
    a = articles["a"]
    assert (a.outlet, a.outlet_how, a.published, a.published_how) == (
        "BBC", "manifest", D(2015, 10, 7), "text")
    assert (a.url, a.title, a.language, a.metadata) == (
        "https://bbc.example/a", "Title A", "en", (("desk", "World"),))
    b = articles["b"]  # every cell empty: silent, so inferred (nothing to infer)
    assert (b.outlet, b.published, b.metadata) == (None, None, ())


def test_manifest_beside_a_single_file_is_used(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    _write(tmp_path, "manifest.csv", "file,outlet\na.txt,Reuters\n")
    article = _one(read_corpus([tmp_path / "a.txt"]))
    assert (article.outlet, article.outlet_how) == ("Reuters", "manifest")


def test_manifest_row_problems_are_reported_and_the_file_still_read(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", f"BEIRUT, Oct. 1, 2015 (Reuters) - {BODY}")
    _write(tmp_path, "b.txt", BODY)
    manifest = _write(tmp_path, "manifest.csv", (
        "file,outlet,published,published_how\n"
        "a.txt,BBC,2015-13-01,\n"          # 2: bad date -> silent, inferred from dateline
        ",Reuters,2015-10-01,\n"          # 3: no file
        "missing.txt,AP,,\n"              # 4: names a file that does not exist
        "b.txt,CNN,,guessed\n"            # 5: bad how -> 'manifest'
        "a.txt,AP,,\n"                    # 6: second row for a.txt
    ))
    corpus = read_corpus([tmp_path])
    articles = _by_id(corpus)
    a, b = articles["a"], articles["b"]
    assert (a.outlet, a.outlet_how, a.published, a.published_how) == (
        "BBC", "manifest", D(2015, 10, 1), "dateline")
    assert (b.outlet, b.outlet_how) == ("CNN", "manifest")
    reasons = {s.line: s.reason for s in corpus.skipped}
    assert sorted(reasons) == [2, 3, 4, 5, 6]
    assert all(s.path == str(manifest) for s in corpus.skipped)
    assert "'2015-13-01' is not a YYYY-MM-DD date" in reasons[2]
    assert "no 'file' value" in reasons[3]
    assert "'missing.txt', which does not exist" in reasons[4]
    assert "published_how 'guessed'" in reasons[5]
    assert "already has a row (line 2)" in reasons[6]
    for line, reason in reasons.items():
        assert reason.startswith(f"{manifest}:{line}: ")


@pytest.mark.parametrize(("content", "where", "message"), [
    (b"", "", "empty"),
    (b"name,outlet\na.txt,BBC\n", ":1: ", "no 'file' column"),
    (b"file,outlet\na.txt,BBC\n\"a.txt,BBC\n", ":3: ", "not valid CSV"),
    (b"file,outlet\na.txt,BBC\na.txt,\xff\n", ":3: ", "not UTF-8"),
    (b"file,file\na.txt,b.txt\n", ":1: ", "repeats file"),
])
def test_unusable_manifest_raises(tmp_path: Path, content: bytes, where: str,
                                  message: str) -> None:
    _write(tmp_path, "a.txt", BODY)
    manifest = _write(tmp_path, "manifest.csv", content)
    with pytest.raises(InputError, match=message) as info:
        read_corpus([tmp_path])
    assert str(info.value).startswith(f"{manifest}{where}")


def test_manifest_lines_count_quoted_line_breaks_and_short_rows(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    _write(tmp_path, "b.txt", BODY)
    manifest = _write(tmp_path, "manifest.csv", (
        'file,outlet,notes\n'
        'a.txt,BBC,"a note\nover two lines"\n'   # lines 2-3
        'b.txt,2015-13-01\n'))                    # line 4: two cells, the header has three
    reasons = {s.line: s.reason for s in read_corpus([tmp_path]).skipped}
    assert list(reasons) == [4]
    assert reasons[4].startswith(f"{manifest}:4: the row has 2 cells but the header has 3")


def test_missing_input_or_manifest_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_corpus([tmp_path / "nope.txt"])
    _write(tmp_path, "a.txt", BODY)
    with pytest.raises(InputError, match="nope.csv"):
        read_corpus([tmp_path], manifest=tmp_path / "nope.csv")


# --- bad input files ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "line", "message"), [
    ("cp1252.txt", b"Strikes on Aleppo \x96 the ministry said", 1, "not valid utf-8"),
    ("late.txt", b"line one\r\nline two\r\nbad \xff byte", 3, "byte 0xff at column 5"),
    ("empty.txt", b"", None, "empty"),
    ("blank.txt", b" \r\n\t\n", None, "only whitespace"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary"),
    ("utf16.txt", "Aleppo".encode("utf-16"), None, "UTF-16"),
    ("script.html", b"<html><script>var a = 'Aleppo';</script></html>", None, "no article text"),
    # bytes that do not fit the declared charset (an undeclared page falls back to cp1252)
    ("bad.html", b'<meta charset="utf-8">\n<html><body><p>Aleppo \xff</p></body></html>', 2,
     "not valid utf-8"),
    ("odd.html", b'<meta charset="klingon"><p>Aleppo</p>', None, "unknown charset"),
    ("notes.md", b"# notes", None, "unsupported file type '.md'"),
])
def test_bad_input_file_is_skipped_with_a_reason(
    tmp_path: Path, name: str, content: bytes, line: int | None, message: str,
) -> None:
    good = _write(tmp_path, "good.txt", BODY)
    bad = _write(tmp_path, name, content)
    corpus = read_corpus([good, bad])
    assert [a.id for a in corpus.articles] == ["good"]  # one bad file does not stop the rest
    (skip,) = corpus.skipped
    assert skip == Skipped(str(bad), line, skip.reason)
    assert message.lower() in skip.reason.lower()
    assert skip.reason.startswith(str(bad)) and "\n" not in skip.reason


# --- boilerplate ----------------------------------------------------------------------------------

def test_seed_003_most_viewed_list_to_the_end(seeds: dict[str, Article]) -> None:
    a = seeds["003_bf36c0d54d06a647"]
    start = a.text.index("Last Update")
    assert a.in_boilerplate(start, len(a.text.rstrip()))
    for headline in ("Kaaba in Mecca", "Dubai restaurants", "air attack on Saudi Arabia",
                     "DAY | WEEK |", "SHOW MORE"):
        assert _is_boilerplate(a, headline)
    for report in ("naval facility in the port city of Tartus",
                   "Russia claims 380 ‘ISIS targets’ in Syria since start of bombing",
                   "carried out by Russian air force in Idlib province, Syria. (Reuters)",
                   "AFP, Moscow", "Friday 16 October 2015"):
        assert not _touches_boilerplate(a, report)


def test_seed_002_newsletter_and_appeal_to_the_end(seeds: dict[str, Article]) -> None:
    a = seeds["002_ac5a1b7d9f08b570"]
    start = a.text.index("Sign up for our free weekly newsletter")
    assert a.in_boilerplate(start, len(a.text))
    assert _is_boilerplate(a, "A Message from The Moscow Times")
    assert _is_boilerplate(a, "silence independent journalism in Russia")
    assert _is_boilerplate(a, "Support The Moscow Times!")
    for report in ("Russia Increases Pressure on Islamic State in Syria",
                   "rocket strikes on Islamic State positions",
                   "objects in the Aleppo and Idlib provinces",
                   "bolster Assad's government by targeting his political opponents."):
        assert not _touches_boilerplate(a, report)


def test_seed_001_photo_credit_but_not_the_caption(seeds: dict[str, Article]) -> None:
    a = seeds["001_dfaa97bc8d688ea8"]
    assert _is_boilerplate(a, "© Alexander Yelistratov/TASS")
    assert _is_boilerplate(a, "All news")
    caption = "A pilot of a Russian Sukhoi Su-24M frontline bomber preparing for a flight at " \
              "the Hmeymim airbase in Syria"
    for start in (i for i in range(len(a.text)) if a.text.startswith(caption, i)):
        assert not any(s < start + len(caption) and e > start for s, e in a.boilerplate)
    assert not _touches_boilerplate(a, "NOVO-OGARYOVO, November 20. /TASS/.")


def test_seed_reports_keep_their_paragraphs(seeds: dict[str, Article]) -> None:
    for a in seeds.values():
        end = a.text.find("Sign up for our free weekly newsletter")  # 002's end block
        for paragraph in a.text[:end if end > 0 else None].splitlines():
            if len(paragraph) > 80 and paragraph.rstrip().endswith((".", "”", '"')):
                assert not _touches_boilerplate(a, paragraph), paragraph
    assert seeds["000_92144074fbc5f5dc"].boilerplate == ()


@pytest.mark.parametrize(("fixture", "end_block", "furniture", "report"), [
    ("reuters_page.txt", "Reporting by Maria Tsvetkova",
     ["4 Min Read", "Our Standards: The Thomson Reuters Trust Principles.",
      "Saudi Arabia warns Moscow over Syria campaign", "© 2015 Reuters. All rights reserved."],
     ["BEIRUT, Oct 1 (Reuters) - Russian warplanes struck insurgent targets",
      "Moscow said it would share intelligence on the strikes with Washington",
      "you can read more in our daily briefing", "Russian jets strike Syrian rebels near Hama",
      "October 1, 2015 / 3:14 PM"]),
    ("aljazeera_page.txt", "Source: Al Jazeera and news agencies",
     ["More from Middle East", "Houthis say they downed Saudi drone over Marib",
      "Explosions rock Turkish capital Ankara"],
     ["Russian air strikes hit rebel-held Idlib, activists say",
      "Smoke rises after an air strike in Maarat al-Numan, in Idlib province [File: Reuters]",
      "towns of Jisr al-Shughour and Saraqeb",
      "shoring up government lines around Latakia."]),
    ("bbc_page.txt", "Related Topics",
     ["Share page", "Copy link", "Image source, Reuters", "Syrian civil war",
      "Syria crisis: Where key countries stand", "Share this page",
      "Turkey downs Russian warplane near Syria border"],
     ["Syria conflict: Russian jets strike IS stronghold Raqqa",
      "Image caption, Russia says its jets have hit targets in Raqqa province",
      "hitting targets in Raqqa, Idlib and Hama provinces.",
      "fired from ships in the Caspian Sea and travelled 1,500km over Iran and Iraq."]),
])
def test_boilerplate_on_other_outlets_pages(
    fixture: str, end_block: str, furniture: list[str], report: list[str],
) -> None:
    a = _one(read_corpus([DATA / fixture]))
    assert a.in_boilerplate(a.text.index(end_block), len(a.text.rstrip()))
    for needle in furniture:
        assert _is_boilerplate(a, needle), needle
    for needle in report:
        assert not _touches_boilerplate(a, needle), needle


@pytest.mark.parametrize(("fixture", "outlet", "outlet_how", "published"), [
    ("reuters_page.txt", "Reuters", "dateline", D(2015, 10, 1)),
    ("aljazeera_page.txt", "Al Jazeera", "text", D(2015, 10, 7)),
    ("bbc_page.txt", "BBC", "text", D(2015, 10, 7)),
])
def test_metadata_of_other_outlets_pages(
    fixture: str, outlet: str, outlet_how: str, published: datetime.date,
) -> None:
    a = _one(read_corpus([DATA / fixture]))
    assert (a.outlet, a.outlet_how, a.published, a.published_how) == (
        outlet, outlet_how, published, "text")


@pytest.mark.parametrize("text", [
    # cue words inside report prose
    "Moscow said it would share intelligence with Washington on strikes near Aleppo.",
    "The ministry said it would support the Syrian army's offensive north of Hama.",
    "Read more than 40 reports, the monitor said strikes hit Idlib.",
    "Russia said it would donate aid to Latakia after the strikes.",
    # short report lines: headlines and sub-headings
    "600 Takfiris killed",
    "Lavrov Critiques U.S. Military Operation",
    "Support for Assad grows in Latakia",
    "The group said in its weekly newsletter that Raqqa was hit.",
    "Video: Russian jets pound rebel positions near Aleppo",
    "Photo: Smoke rises over Aleppo after Russian strikes",
    "More from the ministry's statement: strikes hit Idlib and Hama overnight.",
    "Recommended evacuations were ordered in Idlib.",
    "Related strikes were reported in Homs.",
    "It was an official website of the militants, the ministry said.",
    "A statement posted on the centcom.mil website said jets also struck Raqqa.",
    # a list of places in prose, or two of them, is no tag list
    "Raqqa, Idlib and Hama were hit.",
    "Aleppo, Syria",
    # the United States is no reader addressed
    "Jets flew to Syria to support US forces near Raqqa.",
    "Support US troops in Iraq, the senator urged.",
    "B-1s Sent To Support US Central Command",
])
def test_report_lines_with_cue_words_are_not_boilerplate(tmp_path: Path, text: str) -> None:
    body = f"{BODY}\n{text}\nThe strikes continued overnight, residents of Hama told reporters."
    a = _read_text(tmp_path, body)
    assert a.boilerplate == ()


@pytest.mark.parametrize("headline", [
    "Russian Jets Pound Aleppo, Homs, Hama Countryside",
    "Support For Assad Grows In Latakia",
])
def test_a_title_case_headline_is_no_tag_list_or_appeal(tmp_path: Path, headline: str) -> None:
    # the same lines after the story are furniture (test_furniture_lines_are_boilerplate)
    a = _read_text(tmp_path, f"{headline}\n\n{BODY}\n")
    assert a.boilerplate == ()


def test_an_inline_newsletter_box_does_not_end_the_article(tmp_path: Path) -> None:
    text = (f"{BODY}\n\nSign up for our daily newsletter\n\nGet the top stories in your inbox."
            "\n\nThe ministry said 40 targets were hit near Palmyra overnight. Residents of "
            "Homs reported hearing heavy bombing until dawn, activists said.\n\n"
            "Short closing line about Hama.\n")
    a = _read_text(tmp_path, text)
    assert _is_boilerplate(a, "Sign up for our daily newsletter")
    assert _is_boilerplate(a, "Get the top stories in your inbox.")
    assert not _touches_boilerplate(a, "The ministry said 40 targets were hit near Palmyra")
    assert not _touches_boilerplate(a, "Short closing line about Hama.")


def test_a_read_more_list_inside_the_article_is_boilerplate(tmp_path: Path) -> None:
    text = (f"{BODY}\nRead more:\nTurkey detains mayors in Diyarbakir\n"
            "Explosion kills two in Mersin\n"
            "Last week, jets hit three targets near Qamishli and two more near Hasakah, "
            "the ministry said.\n"
            "The strikes went on overnight, residents of both towns told reporters by phone on "
            "Monday.\n")
    a = _read_text(tmp_path, text)
    for needle in ("Read more:", "Turkey detains mayors in Diyarbakir", "Explosion kills two"):
        assert _is_boilerplate(a, needle), needle
    assert not _touches_boilerplate(a, "Last week, jets hit three targets near Qamishli")


def test_a_hospitals_appeal_for_blood_donations_is_report(tmp_path: Path) -> None:
    # after a "READ MORE" cue, a one-sentence paragraph that reports an appeal is no appeal
    # to the reader ("Please donate to keep us going" is)
    text = (f"{BODY}\nREAD MORE\n\nAnother group put the death toll at 115 and posted an appeal "
            "from Raqqa's national hospital seeking blood donations.\n\nIslamic State drove "
            "the last government forces out of Raqqa province in late August, activists "
            "said.\n")
    a = _read_text(tmp_path, text)
    assert _is_boilerplate(a, "READ MORE")
    assert not _touches_boilerplate(a, "Another group put the death toll at 115")


def test_source_lines_and_check_also_lists_are_boilerplate(tmp_path: Path) -> None:
    text = (f"{BODY}\nSource: Middle East \u2013 Russia says it hit targets in Syria \u2013 "
            "France 24\n\nCheck Also\n\nMinister: sanctions on Syria hurt Aleppo\n")
    a = _read_text(tmp_path, text)
    for needle in ("Source: Middle East", "Check Also", "Minister: sanctions on Syria"):
        assert _is_boilerplate(a, needle), needle


def test_the_wire_desk_sign_off_is_boilerplate(tmp_path: Path) -> None:
    sign_off = "(Reporting by Ayla Demir in Gaziantep; Editing by Tom Brown)"
    a = _read_text(tmp_path, f"{BODY} Jets hit targets near Afrin, sources said. {sign_off}\n")
    assert [a.text[s:e] for s, e in a.boilerplate] == [sign_off]


@pytest.mark.parametrize("credit", [
    "(U.S. Defense Department photo)", "(AP Photo/Hussein Malla)", "(Photo: Reuters)",
    "(U.S. Navy photo by Mass Communication Specialist 3rd Class Ford Williams)"])
def test_a_photo_credit_in_brackets_is_boilerplate(tmp_path: Path, credit: str) -> None:
    caption = "Destroyers in the Mediterranean fired missiles at a Syrian airfield."
    a = _read_text(tmp_path, f"{BODY}\n{caption} {credit}\n")
    assert [a.text[s:e] for s, e in a.boilerplate] == [credit]


def test_a_bracket_that_tells_of_a_video_is_no_credit(tmp_path: Path) -> None:
    line = "(A video released by the ministry showed strikes near Idlib.)"
    a = _read_text(tmp_path, f"{BODY} {line}\n")
    assert a.boilerplate == ()


def test_a_bare_editing_by_line_ends_the_article(tmp_path: Path) -> None:
    a = _read_text(tmp_path, f"{BODY}\nEditing by Tom Brown\nMore from Reuters about Aleppo\n")
    assert a.in_boilerplate(a.text.index("Editing by"), len(a.text.rstrip()))
    assert not _touches_boilerplate(a, BODY)


def test_a_list_of_headlines_at_the_end_is_boilerplate(tmp_path: Path) -> None:
    headlines = ["Israel strikes Gaza again", "Iran tests new missile near Semnan",
                 "Dubai airport reopens", "Cairo hosts talks on Libya"]
    a = _read_text(tmp_path, f"{BODY}\n\n" + "\n".join(headlines) + "\n")
    assert a.in_boilerplate(a.text.index(headlines[0]), len(a.text.rstrip()))
    assert not _touches_boilerplate(a, BODY)
    # three short lines are not enough to call it a list
    b = _read_text(tmp_path, f"{BODY}\n\n" + "\n".join(headlines[:3]) + "\n", name="b.txt")
    assert b.boilerplate == ()


@pytest.mark.parametrize("line", [
    "Share", "Share on Facebook", "Tweet", "Read more", "SHOW MORE", "All news", "Advertisement",
    "12,345 views", "-----", "* * *", "Home | World | Middle East", "© 2015 Reuters",
    "Photo: Reuters", "Subscribe to our newsletter", "We use cookies to improve your experience",
    "Privacy Policy", "Last updated: 20 May 2020", "Follow us on Twitter",
    "Photo: Alexander Yelistratov/TASS", "Image source, Reuters", "Picture: Getty Images",
    "Live updates: Follow the latest on Israel-Gaza",
    "Please donate to keep us going", "Get the top stories in your inbox.", "4 min read",
    "Continue reading", "Skip to main content", "You may also like", "Tags: Syria, Russia",
    "Filed under: Middle East", "Terms of use", "Check Also", "Support us", "SUPPORT US",
    # a link to another story, after a bare "READ:"
    "READ: Russia, France push UN resolutions on fighting ISIS",
    "Russia, Russian Defense Ministry, Syria, Idlib", "Airstrikes, Iraq, Mosul, ISIS",
    "Syria, Russia, Airstrikes",
    # the banner of US government sites
    "An official website of the United States government", "Here's how you know",
    "A .mil website belongs to an official U.S. Department of Defense organization in the "
    "United States.",
])
def test_furniture_lines_are_boilerplate(tmp_path: Path, line: str) -> None:
    # the report goes on after the line (two sentences: an end cue does not swallow it)
    a = _read_text(tmp_path, f"{BODY}\n{line}\nThe strikes continued overnight near Hama, "
                             "residents said. Activists reported fires in Idlib on Saturday.")
    assert [a.text[s:e] for s, e in a.boilerplate] == [line]


TICKER = ("Roundup: Obama concludes Kenyan visit  \u2022 Poll finds dim views of race relations "
          "in U.S.  \u2022 Interview: U.S.-Cuba relations spell new economic era")


def test_a_headline_ticker_in_the_head_is_boilerplate(tmp_path: Path) -> None:
    a = _read_text(tmp_path, f"Off the wire\n{TICKER}\nJets pound Idlib\n{BODY}")
    assert TICKER in [a.text[s:e] for s, e in a.boilerplate]


def test_a_bulleted_summary_in_the_story_is_not_boilerplate(tmp_path: Path) -> None:
    summary = ("Summary: Jets bombed Idlib on Tuesday \u2022 12 killed in Saraqeb, activists say "
               "\u2022 Ankara protests strikes near Kilis")
    a = _read_text(tmp_path, f"{BODY}\n{summary}\nThe strikes went on overnight near Hama.")
    assert not a.in_boilerplate(a.text.index(summary), a.text.index(summary) + len(summary))


def test_in_boilerplate_and_report_text_spans() -> None:
    a = Article(id="x", path="x", text="0123456789", boilerplate=((2, 4), (7, 10)))
    assert a.in_boilerplate(2, 4) and a.in_boilerplate(3, 3) and a.in_boilerplate(7, 10)
    assert not a.in_boilerplate(1, 3) and not a.in_boilerplate(3, 5)
    assert not a.in_boilerplate(4, 4) and not a.in_boilerplate(0, 1)
    assert a.report_text_spans() == ((0, 2), (4, 7))
    assert Article(id="y", path="y", text="abc").report_text_spans() == ((0, 3),)


def test_boilerplate_spans_are_sorted_disjoint_and_exact(seeds: dict[str, Article]) -> None:
    for a in seeds.values():
        previous_end = -1
        for start, end in a.boilerplate:
            assert previous_end < start < end <= len(a.text)
            assert a.text[start:end] == a.text[start:end].strip()
            assert a.text[previous_end:start].strip() or previous_end < 0
            previous_end = end


def test_a_headline_like_a_bare_dateline_does_not_hide_the_dateline(tmp_path: Path) -> None:
    a = _read_text(tmp_path, "EXCLUSIVE - Russian jets pound Idlib\n\nBEIRUT, Oct 1, 2015 "
                             f"(Reuters) - {BODY}\n")
    assert (a.outlet, a.outlet_how, a.published, a.published_how) == (
        "Reuters", "dateline", D(2015, 10, 1), "dateline")


def test_an_appeal_of_an_unknown_outlet_is_boilerplate(tmp_path: Path) -> None:
    a = _read_text(tmp_path, f"{BODY}\n\nSupport The Kyiv Independent!\n\nThe strikes continued "
                             "overnight near Hama, residents said. Activists reported fires.")
    assert _is_boilerplate(a, "Support The Kyiv Independent!")


@pytest.mark.parametrize("head", [
    '<meta name="date" content="Thu, 29 Oct 2015 12:00:00 GMT">',
    '<meta property="article:published_time" content="2015-10-29T12:00:00+03:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "October 29, 2015"}</script>',
])
def test_a_pages_publication_date_in_any_common_form(tmp_path: Path, head: str) -> None:
    page = (f"<html><head>{head}</head><body><article><p>{BODY}</p></article></body></html>")
    a = _one(read_corpus([_write(tmp_path, "page.html", page)]))
    assert (a.published, a.published_how) == (D(2015, 10, 29), "text")


def test_a_pages_date_without_a_year_is_no_publication_date(tmp_path: Path) -> None:
    page = ('<html><head><meta name="date" content="Oct 29"></head><body><article><p>'
            f"{BODY}</p></article></body></html>")
    a = _one(read_corpus([_write(tmp_path, "page.html", page)]))
    assert (a.published, a.published_how) == (None, "unknown")


def test_an_undeclared_page_that_is_not_utf8_is_read_as_windows_1252(tmp_path: Path) -> None:
    page = b"<html><body><article><p>\x93Jets struck Idlib,\x94 activists said.</p></article>" \
           b"</body></html>"
    a = _one(read_corpus([_write(tmp_path, "page.html", page)]))
    assert a.text.strip() == "\u201cJets struck Idlib,\u201d activists said."


def test_a_manifest_value_is_never_unknown(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", BODY)
    manifest = _write(tmp_path, "manifest.csv",
                      "file,published,published_how\na.txt,2015-10-30,unknown\n")
    corpus = read_corpus([tmp_path])
    a = _by_id(corpus)["a"]
    assert (a.published, a.published_how) == (D(2015, 10, 30), "manifest")
    [problem] = corpus.skipped
    assert (problem.path, problem.line) == (str(manifest), 2)
    assert "published_how 'unknown' beside a published" in problem.reason
