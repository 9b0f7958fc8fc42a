"""Stage 1: read news reports into :class:`Article` records.

``read_corpus(inputs, manifest=None)`` reads plain text (``.txt``), web pages (``.html``,
``.htm``) and JSON Lines (``.jsonl``, one article per line), attaches the metadata a manifest
or the JSON line gives, infers what the text itself states plainly (an agency dateline, the
outlet's branding, a dated dateline) and marks page furniture (most-viewed lists, newsletter
and donation blurbs, photo credits, share buttons) as *boilerplate spans* without removing it.
Every problem with one input becomes a :class:`Skipped` record; only an input path that does
not exist, or a manifest that cannot be parsed at all, raises :class:`~geostrike.errors.InputError`.

Decisions worth knowing
-----------------------
* **Offsets** are Python string offsets into ``Article.text``. A ``.txt`` file is decoded as
  UTF-8 with an optional byte-order mark (``utf-8-sig``): the BOM is *not* part of the text,
  nothing else is changed (``\\r\\n`` stays ``\\r\\n``). Files that are not valid UTF-8 are
  skipped, never guessed at. For HTML the text is the extracted article text (paragraphs
  separated by a blank line, ``<br>`` by a newline) and offsets refer to it; a page is decoded
  by its declared charset, or without one as UTF-8, else windows-1252 (the HTML standard's
  fallback), and skipped when its bytes do not fit the charset it declares.
* **Directories** are read non-recursively, files in sorted name order; hidden files,
  sub-directories and other suffixes are ignored, so a corpus folder may hold notes or a
  ``manifest.csv``.
* **Manifests**: ``manifest=FILE`` applies to every input; otherwise the ``manifest.csv``
  beside each file (in its folder) is used if present. A ``file`` cell is a path relative to
  the manifest's folder; a bare name also matches an input file of that name elsewhere.
  A malformed row is reported as a :class:`Skipped` record; a row without ``file`` is ignored,
  a bad cell (a date that is not YYYY-MM-DD, an unknown ``*_how`` value) is treated as silent
  and the rest of the row still applies, so the article is still read and what the cell
  should have said is inferred from the text.
* **Metadata precedence**: JSON line field > manifest cell > page metadata (HTML ``<meta>``) >
  what the text states. ``*_how`` says which: ``manifest`` (supplied beside the text: the
  manifest or the JSON line, unless its ``*_how`` column says otherwise), ``dateline``,
  ``text`` (the page says it: branding, a "Published" line, HTML metadata) or ``unknown``.
  A date without a year is never completed: ``published`` stays ``None``.
* **Outlets** are only taken from positions that name the publisher: the agency slot of a
  dateline (``/TASS/``, ``(Reuters) -``, ``AFP, Moscow``), page branding (``Support The
  Moscow Times!``, ``© 2015 Reuters``, ``Source: Al Jazeera and news agencies``) and the page's
  ``og:site_name``. Names in running text ("told The Sunday Times", "RIA Novosti reported")
  are sources, never the outlet. A wire agency is the outlet only if nothing better is known.
* **HTML** (selectolax/lexbor): the article is the longest ``<article>``, else ``<main>``,
  else ``<body>``; scripts, styles, ``nav``, ``aside``, forms' controls, hidden elements,
  ARIA navigation/banner/contentinfo, footers (and page headers outside the article) are
  dropped; entities are decoded. Page metadata (``og:title``/``<title>``, ``og:site_name``,
  ``article:published_time``, ``<time datetime>``, JSON-LD ``datePublished``, canonical URL,
  ``<html lang>``) and copyright branding from the dropped footers fill what is silent.
* **Boilerplate** is found by one linear pass of regular expressions over the lines (see
  :func:`_find_boilerplate`); no date parsing happens per line.
* **Duplicate ids**: the first article read (inputs in the order given, directories in sorted
  order) keeps the id; later ones are skipped with a reason.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import datetime
import functools
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geostrike.dates import MONTHS, parse_day
from geostrike.errors import InputError
from geostrike.workers import map_ranges, pool_size

__all__ = ["Article", "Corpus", "Skipped", "read_corpus"]

# --- tunables: word lists and thresholds of this stage -----------------------------------------

#: File suffixes read as articles, and how each is read.
ARTICLE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

#: Name of the manifest looked for beside the articles.
MANIFEST_NAME = "manifest.csv"

#: Metadata fields with their own ``Article`` attribute; other manifest / JSONL fields go to
#: ``Article.metadata``.
KNOWN_FIELDS = ("outlet", "published", "url", "title", "language")

#: Allowed values of ``outlet_how`` / ``published_how``.
HOW_VALUES = ("manifest", "dateline", "text", "unknown")

#: Wire services: canonical name -> spellings. A wire service in a dateline ("AFP, Moscow",
#: "(Reuters) -") is recorded as the outlet only when nothing names the publishing outlet.
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti",),
    "Interfax": ("Interfax",),
    "Sputnik": ("Sputnik",),
    "Xinhua": ("Xinhua",),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"),
    "dpa": ("dpa", "DPA"),
    "EFE": ("EFE",),
    "UPI": ("UPI",),
    "Kyodo": ("Kyodo",),
    "ANSA": ("ANSA",),
    "SANA": ("SANA",),
    "IRNA": ("IRNA",),
    "Bloomberg": ("Bloomberg",),
}

#: Publishing outlets recognised in page branding: canonical name -> spellings. Extend freely;
#: only positional cues (branding lines, ``og:site_name``) use it, never running text.
OUTLETS: dict[str, tuple[str, ...]] = {
    "The Moscow Times": ("The Moscow Times", "Moscow Times"),
    "Al Jazeera": ("Al Jazeera", "Al Jazeera English", "Al Jazeera Media Network"),
    "Al Arabiya": ("Al Arabiya", "Al Arabiya English", "Al Arabiya News"),
    "BBC": ("BBC", "BBC News"),
    "CNN": ("CNN",),
    "The Guardian": ("The Guardian", "Guardian News and Media"),
    "The New York Times": ("The New York Times", "New York Times"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "The Wall Street Journal": ("The Wall Street Journal", "Wall Street Journal"),
    "The Times": ("The Times",),
    "The Sunday Times": ("The Sunday Times",),
    "The Telegraph": ("The Telegraph", "The Daily Telegraph"),
    "The Independent": ("The Independent",),
    "Financial Times": ("Financial Times", "The Financial Times"),
    "The Economist": ("The Economist",),
    "RT": ("RT", "Russia Today"),
    "Press TV": ("Press TV", "PressTV"),
    "Fox News": ("Fox News",),
    "NBC News": ("NBC News",),
    "CBS News": ("CBS News",),
    "ABC News": ("ABC News",),
    "Sky News": ("Sky News",),
    "Deutsche Welle": ("Deutsche Welle", "DW"),
    "France 24": ("France 24",),
    "Euronews": ("Euronews",),
    "Middle East Eye": ("Middle East Eye",),
    "Asharq Al-Awsat": ("Asharq Al-Awsat",),
    "The National": ("The National",),
    "Gulf News": ("Gulf News",),
    "Arab News": ("Arab News",),
    "Daily Sabah": ("Daily Sabah",),
    "Hurriyet Daily News": ("Hurriyet Daily News",),
    "Haaretz": ("Haaretz",),
    "The Times of Israel": ("The Times of Israel", "Times of Israel"),
    "The Jerusalem Post": ("The Jerusalem Post", "Jerusalem Post"),
    "Ahram Online": ("Ahram Online",),
    "Kommersant": ("Kommersant",),
    "Izvestia": ("Izvestia",),
    "Komsomolskaya Pravda": ("Komsomolskaya Pravda",),
    "Meduza": ("Meduza",),
    "Novaya Gazeta": ("Novaya Gazeta",),
    "Syria Direct": ("Syria Direct",),
    "Enab Baladi": ("Enab Baladi",),
    "Politico": ("Politico", "POLITICO"),
    "Newsweek": ("Newsweek",),
    "Daily Mail": ("Daily Mail", "MailOnline"),
    "The Hill": ("The Hill",),
    "Vice News": ("Vice News", "VICE News"),
}

#: Photo agencies whose name ends a caption as a credit ("... in Syria Alexander
#: Yelistratov/TASS", "Russian Missions over Syria AFP"): that credit is boilerplate, the
#: caption is not.
PHOTO_AGENCIES = (
    "TASS", "ITAR-TASS", "AFP", "AP", "Reuters", "EPA", "EPA-EFE", "Getty Images",
    "AFP/Getty Images", "Sputnik", "RIA Novosti", "Anadolu Agency", "SANA", "Xinhua",
    "Kommersant", "Handout", "Pool", "Shutterstock", "Alamy",
)

#: A cue line (share button, "Read more", newsletter blurb...) is boilerplate only if its
#: stripped length is at most this; longer lines are prose that happens to use the word.
CUE_LINE_MAX = 200
#: A line this long (characters) that ends a sentence counts as report prose.
PROSE_MIN_CHARS = 80
#: A line at most this long without sentence punctuation counts as a list item (headline).
LIST_LINE_MAX = 110
#: A run of at least this many list items that reaches the end of the text (only blank and
#: boilerplate lines between them) is a "more stories" list: boilerplate.
LIST_TAIL_MIN_LINES = 4

# --- public records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """One news report and what is known about where it came from.

    ``text`` is exactly what was decoded (``.txt``) or extracted (HTML); every offset in the
    pipeline is a Python string offset into it. ``boilerplate`` holds sorted, disjoint,
    non-adjacent ``[start, end)`` spans of page furniture that stays in ``text``.
    ``outlet_how`` / ``published_how`` are one of ``manifest``, ``dateline``, ``text``,
    ``unknown``. ``metadata`` holds every other manifest / JSON field as sorted
    ``(name, value)`` pairs (non-string JSON values as JSON text).
    """

    id: str
    path: str
    text: str
    outlet: str | None = None
    outlet_how: str = "unknown"
    published: datetime.date | None = None
    published_how: str = "unknown"
    url: str | None = None
    title: str | None = None
    language: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Return True if every character of ``text[start:end]`` is boilerplate.

        An empty range (``start == end``) is boilerplate if ``start`` lies inside a span.
        """
        i = bisect.bisect_right(self.boilerplate, start, key=lambda span: span[0]) - 1
        if i < 0:
            return False
        span_start, span_end = self.boilerplate[i]
        return span_start <= start < span_end and end <= span_end

    def report_text_spans(self) -> tuple[tuple[int, int], ...]:
        """Return the ``[start, end)`` spans of ``text`` that are not boilerplate."""
        spans = []
        pos = 0
        for start, end in self.boilerplate:
            if start > pos:
                spans.append((pos, start))
            pos = max(pos, end)
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return tuple(spans)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (or one line / manifest row of it) that could not be used as given.

    ``line`` is the 1-based line (JSON Lines, manifest row, first undecodable byte) or None
    for a whole-file problem. ``reason`` is one line: file, line, what is wrong, how to fix.
    """

    path: str
    line: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles read (sorted by id) and everything that was skipped or ignored."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


# --- the entry point ------------------------------------------------------------------------------


def read_corpus(
    inputs: Sequence[str | Path] | str | Path,
    *,
    manifest: str | Path | None = None,
    workers: int | None = None,
) -> Corpus:
    """Read news reports from files and directories.

    Parameters
    ----------
    inputs
        Files (``.txt``, ``.html``/``.htm``, ``.jsonl``) and directories (read
        non-recursively, in sorted order, taking only those suffixes). A single path is
        accepted too.
    manifest
        A CSV manifest applying to every input (columns ``file`` required; ``outlet``,
        ``published`` as YYYY-MM-DD, ``url``, ``title``, ``language``, ``outlet_how``,
        ``published_how`` optional; other columns become metadata). Without it, the
        ``manifest.csv`` in each input's folder is used if there is one.
    workers
        Processes that find boilerplate and infer metadata (default: every core for
        inputs of :data:`geostrike.workers.PARALLEL_MIN_CHARS` characters or more, else
        one). The result does not depend on it.

    Returns
    -------
    Corpus
        Articles sorted by id, and a :class:`Skipped` record for every bad file, line or
        manifest row (one bad article never stops the others).

    Raises
    ------
    InputError
        If an input path does not exist, or a manifest cannot be read or parsed at all
        (undecodable, no header, no ``file`` column, broken CSV quoting).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    skipped: list[Skipped] = []
    explicit = _read_manifest(Path(manifest)) if manifest is not None else None
    manifests: dict[Path, _Manifest | None] = {}
    used: list[_Manifest] = [explicit] if explicit is not None else []

    def manifest_for(folder: Path) -> _Manifest | None:
        if explicit is not None:
            return explicit
        key = folder.resolve()
        if key not in manifests:
            candidate = folder / MANIFEST_NAME
            found = _read_manifest(candidate) if candidate.is_file() else None
            manifests[key] = found
            if found is not None:
                used.append(found)
        return manifests[key]

    jobs: list[tuple[Path, str, _Manifest | None]] = []
    # a manifest is never an article, even when a shell glob passes it as an input
    seen_files: set[Path] = {Path(manifest).resolve()} if manifest is not None else set()
    for given in inputs:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory; check the input path")
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
                and p.is_file()
            )
            found = [(f, str(f)) for f in files]
            if not files:
                # a folder of folders reads as nothing: say so rather than report 0 articles
                kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                nested = any(p.is_dir() for p in path.iterdir())
                skipped.append(Skipped(str(given), None, (
                    f"{given}: no article files ({kinds}) directly in this directory"
                    + ("; its subdirectories are not read, so pass them as inputs"
                       if nested else ""))))
        elif path.name == MANIFEST_NAME:
            found = []
        else:
            found = [(path, str(given))]
        for file, shown in found:
            key = file.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            jobs.append((file, shown, manifest_for(file.parent)))

    pending: dict[str, _Pending] = {}
    matched_rows: set[tuple[str, int]] = set()
    for file, shown, man in jobs:
        row = man.row_for(file) if man is not None else None
        if row is not None:
            matched_rows.add((man.path, row.line))
        for line, item in _read_file(file, shown, row):
            if isinstance(item, Skipped):
                skipped.append(item)
            elif item.id in pending:
                where = shown if line is None else f"{shown}:{line}"
                skipped.append(Skipped(shown, line, (
                    f"{where}: duplicate article id {item.id!r} (already read from "
                    f"{pending[item.id].shown}); rename the file or give the JSON line its "
                    f"own id")))
            else:
                pending[item.id] = item

    input_names = {file.name for file, _, _ in jobs}
    for man in used:
        skipped.extend(man.problems)
        for row in man.rows:
            if (man.path, row.line) in matched_rows or row.resolved.exists():
                continue
            if row.bare and row.file in input_names:
                continue
            skipped.append(Skipped(man.path, row.line, (
                f"{man.path}:{row.line}: names {row.file!r}, which does not exist in "
                f"{man.folder}; fix the file name or remove the row")))

    ordered = [pending[k] for k in sorted(pending)]
    return Corpus(
        articles=_build_articles(ordered, workers),
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.line or 0, s.reason))),
    )


# --- manifests ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Given:
    """Metadata supplied for an article (manifest row, JSON line or page <meta>)."""

    outlet: str | None = None
    outlet_how: str | None = None
    published: datetime.date | None = None
    published_how: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    def under(self, other: _Given | None) -> _Given:
        """Return these values with ``other``'s filling the silent ones (self wins)."""
        if other is None:
            return self
        merged = _Given(metadata={**other.metadata, **self.metadata})
        for name in ("outlet", "published", "url", "title", "language"):
            mine = getattr(self, name)
            setattr(merged, name, mine if mine is not None else getattr(other, name))
        merged.outlet_how = self.outlet_how if self.outlet is not None else other.outlet_how
        merged.published_how = (self.published_how if self.published is not None
                                else other.published_how)
        return merged


@dataclass(slots=True)
class _Row:
    line: int
    file: str
    bare: bool
    resolved: Path
    given: _Given


@dataclass(slots=True)
class _Manifest:
    path: str
    folder: Path
    rows: list[_Row]
    problems: list[Skipped]
    by_path: dict[Path, _Row]
    by_name: dict[str, _Row]

    def row_for(self, file: Path) -> _Row | None:
        row = self.by_path.get(file.resolve())
        return row if row is not None else self.by_name.get(file.name)


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _page_date(value: str | None) -> datetime.date | None:
    """A date a page's metadata states: ISO ("2015-10-29T12:00:00Z") or written out ("Thu, 29
    Oct 2015 12:00:00 GMT", "October 29, 2015"); None without a full date."""
    if not value:
        return None
    value = value.strip()
    return _iso_date(value) or parse_day(value)


def _iso_date(value: str) -> datetime.date | None:
    """Parse exactly YYYY-MM-DD (an ISO date-time is cut to its date); None if invalid."""
    m = _ISO_DATE.match(value)
    if m is None or (len(value) > 10 and value[10] not in "T "):
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _given_from_fields(
    fields: dict[str, str], where: str, line: int, problems: list[Skipped], path: str,
) -> _Given:
    """Turn manifest cells / JSON fields (already strings, empty = silent) into a _Given."""
    given = _Given()
    for name, value in fields.items():
        if value == "" or name == "file":
            continue
        if name == "published":
            day = _iso_date(value)
            if day is None:
                problems.append(Skipped(path, line, (
                    f"{where}: published {value!r} is not a YYYY-MM-DD date; ignored, the "
                    f"date is inferred from the text instead (fix the cell)")))
            given.published = day
        elif name in ("outlet_how", "published_how"):
            if value not in HOW_VALUES:
                problems.append(Skipped(path, line, (
                    f"{where}: {name} {value!r} is not one of {', '.join(HOW_VALUES)}; "
                    f"ignored (fix the cell)")))
            else:
                setattr(given, name, value)
        elif name in KNOWN_FIELDS:
            setattr(given, name, value)
        else:
            given.metadata[name] = value
    for value_name, how_name in (("outlet", "outlet_how"), ("published", "published_how")):
        # a value is never "unknown", and "how" without a value says nothing
        if getattr(given, how_name) == "unknown" and getattr(given, value_name) is not None:
            problems.append(Skipped(path, line, (
                f"{where}: {how_name} 'unknown' beside a {value_name}; taken as 'manifest' "
                f"(fix the cell)")))
            setattr(given, how_name, None)
        if getattr(given, value_name) is not None and getattr(given, how_name) is None:
            setattr(given, how_name, "manifest")
    return given


def _read_manifest(path: Path) -> _Manifest:
    """Read a manifest CSV; raise InputError if it cannot be used at all."""
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read the manifest ({exc.strerror})") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{shown}:{line}: the manifest is not UTF-8 text; re-save it as UTF-8") from exc
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise InputError(f"{shown}: the manifest is empty; it needs a header row with "
                             f"a 'file' column")
        columns = [cell.strip().lower() for cell in header]
        if "file" not in columns:
            raise InputError(f"{shown}:1: the manifest header has no 'file' column "
                             f"(found: {', '.join(columns)})")
        dupes = sorted({c for c in columns if columns.count(c) > 1 and c})
        if dupes:
            raise InputError(f"{shown}:1: the manifest header repeats {', '.join(dupes)}")
        records = []
        start = reader.line_num + 1
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"{shown}:{reader.line_num}: the manifest is not valid CSV "
                         f"({exc}); fix its quoting") from exc

    folder = path.parent
    rows: list[_Row] = []
    problems: list[Skipped] = []
    by_path: dict[Path, _Row] = {}
    by_name: dict[str, _Row] = {}
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        where = f"{shown}:{line}"
        if len(cells) != len(columns):
            problems.append(Skipped(shown, line, (
                f"{where}: the row has {len(cells)} cells but the header has "
                f"{len(columns)}; " + ("extra cells ignored" if len(cells) > len(columns)
                                       else "missing cells are silent") + " (fix the row)")))
        fields = {c: v.strip() for c, v in zip(columns, cells, strict=False) if c}
        file = fields.get("file", "")
        if not file:
            problems.append(Skipped(shown, line, (
                f"{where}: the row has no 'file' value, so it applies to no article; "
                f"fill in the file name or remove the row")))
            continue
        given = _given_from_fields(fields, where, line, problems, shown)
        resolved = (folder / file).resolve()
        row = _Row(line, file, "/" not in file and "\\" not in file, resolved, given)
        if resolved in by_path:
            problems.append(Skipped(shown, line, (
                f"{where}: {file!r} already has a row (line {by_path[resolved].line}); "
                f"this row is ignored, merge the two")))
            continue
        rows.append(row)
        by_path[resolved] = row
        if row.bare:
            by_name.setdefault(file, row)
    return _Manifest(shown, folder, rows, problems, by_path, by_name)


# --- reading one file -----------------------------------------------------------------------------


def _read_file(
    path: Path, shown: str, row: _Row | None,
) -> Iterable[tuple[int | None, _Pending | Skipped]]:
    """Read one input file: (line, decoded article or problem) pairs; line is None for a whole
    file."""
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return [(None, Skipped(shown, None, (
            f"{shown}: unsupported file type {path.suffix or '(no suffix)'!r}; give "
            f".txt, .html, .htm or .jsonl files")))]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [(None, Skipped(shown, None, f"{shown}: cannot be read ({exc.strerror})"))]
    problem = _binary_problem(raw, shown)
    # in JSON Lines a line with a NUL byte is one bad article, as long as the file reads as
    # JSON Lines at all (its first line opens an object); a gzip or PNG header does not
    if problem is not None and not (kind == "jsonl" and _opens_json_object(raw)):
        return [(None, problem)]
    manifest_given = row.given if row is not None else None
    if kind == "jsonl":
        return _read_jsonl(raw, path, shown, manifest_given)
    if kind == "txt":
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return [(None, _undecodable(raw, exc, shown))]
        page = None
    else:
        try:
            text, page = _read_html(raw)
        except UnicodeDecodeError as exc:
            return [(None, _undecodable(raw, exc, shown))]
        except LookupError as exc:
            return [(None, Skipped(shown, None, f"{shown}: {exc}; re-save the page as UTF-8"))]
    if not text.strip():
        what = "has no article text" if kind == "html" else "is empty or only whitespace"
        return [(None, Skipped(shown, None, f"{shown}: {what}; nothing to read"))]
    return [(None, _Pending(path.stem, shown, text, manifest_given or _Given(), page))]


def _opens_json_object(raw: bytes) -> bool:
    """Does the first non-blank line of ``raw`` start a JSON object?"""
    return raw.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n").startswith(b"{")


def _binary_problem(raw: bytes, shown: str) -> Skipped | None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Skipped(shown, None, f"{shown}: is UTF-16 text; re-save it as UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        return Skipped(shown, line, (
            f"{shown}:{line}: is a binary file (contains NUL bytes), not a text article"))
    return None


def _undecodable(raw: bytes, exc: UnicodeDecodeError, shown: str) -> Skipped:
    line = raw[: exc.start].count(b"\n") + 1
    column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
    byte = raw[exc.start: exc.start + 1].hex()
    return Skipped(shown, line, (
        f"{shown}:{line}: is not valid {exc.encoding} (byte 0x{byte} at column {column}); "
        f"re-save it as UTF-8"))


def _json_str(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(
        value, ensure_ascii=False, sort_keys=True)


def _read_jsonl(
    raw: bytes, path: Path, shown: str, manifest_given: _Given | None,
) -> Iterable[tuple[int | None, _Pending | Skipped]]:
    raw = raw.removeprefix(codecs.BOM_UTF8)
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        where = f"{shown}:{number}"
        if (nul := chunk.find(b"\x00")) >= 0:
            yield number, Skipped(shown, number, (
                f"{where}: contains a NUL byte at column {nul + 1}; a line must be text "
                f"(fix or remove it)"))
            continue
        try:
            line = chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, Skipped(shown, number, (
                f"{where}: is not valid UTF-8 (byte 0x{chunk[exc.start:exc.start + 1].hex()}"
                f" at column {exc.start + 1}); re-save the file as UTF-8"))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, Skipped(shown, number, (
                f"{where}: is not valid JSON ({exc.msg} at column {exc.colno}); "
                f"fix or remove the line"))
            continue
        if not isinstance(obj, dict):
            yield number, Skipped(shown, number, (
                f"{where}: is a JSON {type(obj).__name__}, not an object with a 'text' "
                f"field; one article per line"))
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            what = "has no 'text' field" if text is None else "has a 'text' that is not a string"
            yield number, Skipped(
                shown, number, f"{where}: {what}; each line needs the article text")
            continue
        if not text.strip():
            yield number, Skipped(shown, number, f"{where}: 'text' is empty; nothing to read")
            continue
        problems: list[Skipped] = []
        fields: dict[str, str] = {}
        for key, value in obj.items():
            if key in ("text", "id") or value is None:
                continue
            if key in KNOWN_FIELDS or key in ("outlet_how", "published_how"):
                if not isinstance(value, str):
                    problems.append(Skipped(shown, number, (
                        f"{where}: {key} should be a string, not {json.dumps(value)}; "
                        f"ignored (fix the field)")))
                    continue
                fields[key] = value.strip()
            else:
                fields[key] = _json_str(value)
        given = _given_from_fields(fields, where, number, problems, shown)
        for problem in problems:
            yield number, problem
        article_id = obj.get("id")
        if isinstance(article_id, str) and article_id.strip():
            article_id = article_id.strip()
        else:
            if article_id is not None and not isinstance(article_id, str):
                given.metadata["id"] = _json_str(article_id)
            article_id = f"{path.stem}:{number}"
        yield number, _Pending(article_id, shown, text, given.under(manifest_given))


# --- HTML -----------------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)

#: Elements whose content is never article text.
_HTML_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "nav", "aside", "button", "select", "option", "textarea", "input", "label",
    "dialog", "menu", "head", "title", "meta", "link", "video", "audio", "picture", "source",
})
_HTML_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                              "menu", "menubar", "dialog", "alert"})
_HTML_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "address", "hr", "details",
    "summary", "center", "body", "html", "form", "fieldset", "legend",
})
_PARA, _LINE = "\x1e", "\x1f"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_PUBLISHED_META = (
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]', 'meta[name="parsely-pub-date"]',
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{1,80})"')


def _read_html(raw: bytes) -> tuple[str, _Given]:
    """Return the article text of a page and what its <head> states about it.

    Raises UnicodeDecodeError / LookupError when the page's bytes do not fit its charset.
    """
    from selectolax.lexbor import LexborHTMLParser

    if raw.startswith(codecs.BOM_UTF8):
        html = raw[len(codecs.BOM_UTF8):].decode("utf-8")
    else:
        m = _META_CHARSET.search(raw, 0, 4096)
        if m is None:
            # nothing declared: UTF-8 if the bytes are UTF-8, else the HTML standard's
            # fallback for Western pages, windows-1252 (curly quotes as 0x93/0x94)
            try:
                html = raw.decode("utf-8")
            except UnicodeDecodeError:
                html = raw.decode("cp1252")
        else:
            label = m.group(1).decode("ascii").lower()
            try:
                codec = codecs.lookup(label).name
            except LookupError:
                raise LookupError(f"declares an unknown charset {label!r}") from None
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # the HTML standard reads these labels as windows-1252
            html = raw.decode(codec)

    tree = LexborHTMLParser(html)
    page = _page_metadata(tree)
    # Branding such as "© 2015 Reuters" lives in page footers, which are not article text.
    footer_text = "\n".join(f.text(separator="\n") for f in tree.css("footer"))
    tree.strip_tags(["script", "style", "noscript", "template"])
    articles = tree.css("article")
    if articles:
        root = max(articles, key=lambda n: len(n.text()))  # the longest: others are teasers
        keep_header = True
    else:
        root = tree.css_first("main, [role=main]") or tree.body or tree.root
        keep_header = False
    text = _html_text(root, keep_header) if root is not None else ""
    if page.title is None and root is not None:
        h1 = root.css_first("h1")
        if h1 is not None:
            page.title = _HTML_SPACE.sub(" ", h1.text()).strip() or None
    if page.outlet is None:
        page.outlet = _branding_outlet(footer_text)
    return text, page


def _html_text(root, keep_header: bool) -> str:
    """Plain text of ``root``: blocks become paragraphs, entities decoded, no markup."""
    parts: list[str] = []
    stack = [(root.iter(include_text=True), root.tag)]
    while stack:
        children, tag = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if tag in _HTML_BLOCKS:
                parts.append(_PARA)
            continue
        name = child.tag
        if name == "-text":
            parts.append(child.text_content or "")
            continue
        if name == "br":
            parts.append(_LINE)
            continue
        if (name.startswith("-") or name in _HTML_SKIP or name == "footer"
                or (name == "header" and not keep_header)):
            continue
        attrs = child.attributes
        if attrs and ("hidden" in attrs or attrs.get("aria-hidden") == "true"
                      or attrs.get("role") in _HTML_SKIP_ROLES):
            continue
        if name in _HTML_BLOCKS:
            parts.append(_PARA)
        stack.append((child.iter(include_text=True), name))
    joined = _HTML_SPACE.sub(" ", "".join(parts).replace("\x00", ""))
    paragraphs = []
    for para in joined.split(_PARA):
        lines = [line.strip() for line in para.split(_LINE)]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def _page_metadata(tree) -> _Given:
    """What a page's <head> states: title, site name, publication date, URL, language."""

    def meta(*selectors: str) -> str | None:
        for selector in selectors:
            node = tree.css_first(selector)
            value = node.attributes.get("content") if node is not None else None
            if value and value.strip():
                return value.strip()
        return None

    page = _Given()
    page.title = meta('meta[property="og:title"]', 'meta[name="twitter:title"]')
    if page.title is None:
        title = tree.css_first("title")
        if title is not None:
            page.title = _HTML_SPACE.sub(" ", title.text()).strip() or None
    site = meta('meta[property="og:site_name"]', 'meta[name="application-name"]')
    if site:
        page.outlet = _canonical_outlet(site) or site
    published = meta(*_PUBLISHED_META)
    day = _page_date(published)
    if day is None:
        time = tree.css_first("article time[datetime], time[itemprop=datePublished]")
        day = _page_date(time.attributes.get("datetime") if time is not None else None)
    if day is None:
        for script in tree.css('script[type="application/ld+json"]'):
            m = _LD_PUBLISHED.search(script.text())
            if m:
                day = _page_date(m[1])
                break
    page.published = day
    canonical = tree.css_first('link[rel="canonical"]')
    href = canonical.attributes.get("href") if canonical is not None else None
    page.url = (href or "").strip() or meta('meta[property="og:url"]')
    html = tree.css_first("html")
    lang = html.attributes.get("lang") if html is not None else None
    page.language = (lang or "").strip() or meta('meta[http-equiv="content-language"]')
    return page


# --- outlets and dates the text states -----------------------------------------------------------


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_OUTLET_BY_SPELLING = {
    spelling: canonical
    for table in (OUTLETS, WIRE_AGENCIES)
    for canonical, spellings in table.items()
    for spelling in (canonical, *spellings)
}
_ANY_OUTLET = _alternation(_OUTLET_BY_SPELLING)
_WIRE = _alternation(s for c, sp in WIRE_AGENCIES.items() for s in (c, *sp))


def _canonical_outlet(name: str) -> str | None:
    name = name.strip()
    return _OUTLET_BY_SPELLING.get(name) or _OUTLET_BY_SPELLING.get(name.removeprefix("The "))


def _is_wire(outlet: str) -> bool:
    return outlet in WIRE_AGENCIES


_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE = (rf"(?:{_WEEKDAY},?[ \t]+)?"
         rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTHS},?(?:[ \t]+\d{{4}})?"
         rf"|{MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
         rf"|\d{{4}}-\d{{2}}-\d{{2}})")
_CITY_CAPS = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,4}"  # NOVO-OGARYOVO, ST. PETERSBURG
_TITLE_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"  # Moscow, Novo-Ogaryovo
_CITY_ANY = rf"(?:{_CITY_CAPS}|{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}})"
_REGION = r"(?:,[ \t]*[A-Z][A-Za-z.'’\-]+(?:[ \t][A-Z][A-Za-z.'’\-]+){0,2})"  # ", Syria"

# Datelines open a line. "NOVO-OGARYOVO, November 20. /TASS/."
_DATELINE_SLASH = re.compile(
    rf"^[ \t]*{_CITY_ANY}{_REGION}?,[ \t]*(?P<date>{_DATE})[.,]?[ \t]*/(?P<agency>{_ANY_OUTLET})/",
    re.MULTILINE)
# "BEIRUT, Oct 1 (Reuters) -", "MOSCOW (Reuters) -", "BEIRUT, Lebanon (AP) —"
_DATELINE_PAREN = re.compile(
    rf"^[ \t]*{_CITY_ANY}{_REGION}?(?:,[ \t]*(?P<date>{_DATE}))?[ \t]*"
    rf"\((?P<agency>{_ANY_OUTLET})\)[ \t]*[-–—]", re.MULTILINE)
# "WASHINGTON — ", "ALEPPO, Syria, Oct. 3, 2015 — ": a dateline with no agency
_DATELINE_BARE = re.compile(
    rf"^[ \t]*{_CITY_CAPS}{_REGION}?(?:,[ \t]*(?P<date>{_DATE}))?[ \t]*[-–—]{{1,2}}[ \t]",
    re.MULTILINE)
# "AFP, Moscow" on one line and "Friday 16 October 2015" on the next
_DATELINE_AGENCY_LINE = re.compile(
    rf"^[ \t]*(?P<agency>{_WIRE}),[ \t]*{_CITY_ANY}[ \t]*\r?\n(?:[ \t]*\r?\n)?"
    rf"[ \t]*(?P<date>{_DATE})[ \t]*\r?$", re.MULTILINE)
_DATELINES = (_DATELINE_SLASH, _DATELINE_PAREN, _DATELINE_AGENCY_LINE, _DATELINE_BARE)

# "Published: 16 October 2015", "Published On 7 Oct 2015", "Published\n7 October 2015"
_PUBLISHED_LINE = re.compile(
    rf"^[ \t]*(?:Published|Posted|First published)(?:[ \t]+on)?[ \t]*:?[ \t]*(?:\r?\n[ \t]*)?"
    rf"(?P<date>{_DATE})", re.MULTILINE | re.IGNORECASE)
# A line that opens with a dated date, perhaps a time, and nothing else but a separated
# remark: "October 1, 2015 / 3:14 PM / Updated 8 years ago", "16 Oct 2015"
_DATE_ONLY_LINE = re.compile(
    rf"^[ \t]*(?P<date>{_DATE})"
    rf"(?:[ \t]*[/|,·•-]?[ \t]*\d{{1,2}}[:.]\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    rf"(?:[ \t]+[A-Z]{{2,4}})?)?"
    rf"(?:[ \t]+[/|·•][^\r\n]*)?[ \t]*\r?$", re.MULTILINE)

# Page branding names the publishing outlet.
_BRANDING = (
    re.compile(rf"^[ \t]*Support[ \t]+(?P<name>{_ANY_OUTLET})[ \t]*!?[ \t]*\r?$", re.MULTILINE),
    re.compile(rf"^[ \t]*A [Mm]essage [Ff]rom[ \t]+(?P<name>{_ANY_OUTLET})[ \t]*:?", re.MULTILINE),
    re.compile(rf"^[ \t]*(?:Copyright[ \t]*(?:©[ \t]*)?|©[ \t]*|\([cC]\)[ \t]*)\d{{4}}"
               rf"(?:[ \t]*[-–][ \t]*\d{{4}})?,?[ \t]+(?P<name>{_ANY_OUTLET})\b", re.MULTILINE),
    re.compile(r"^[ \t]*Our Standards:[ \t]*The (?P<name>Thomson Reuters) Trust Principles",
               re.MULTILINE),
    re.compile(rf"^[ \t]*Source:[ \t]*(?P<name>{_ANY_OUTLET})\b", re.MULTILINE),
)


def _branding_outlet(text: str) -> str | None:
    """First publishing outlet named by page branding; a wire name only if nothing else."""
    found = []
    for pattern in _BRANDING:
        for m in pattern.finditer(text):
            outlet = _canonical_outlet(m["name"])
            if outlet is not None:
                found.append((m.start(), outlet))
    found.sort()
    for _, outlet in found:
        if not _is_wire(outlet):
            return outlet
    return found[0][1] if found else None


def _first_outside(pattern: re.Pattern[str], text: str, article: Article,
                   allowed: Callable[[Article, int], bool] | None = None) -> re.Match | None:
    """First match of ``pattern`` whose line is not boilerplate (or, in boilerplate, one
    ``allowed`` accepts)."""
    for m in pattern.finditer(text):
        where = m.start() + len(m[0]) - len(m[0].lstrip())
        if not article.in_boilerplate(where, where) or (allowed and allowed(article, where)):
            return m
    return None




@dataclass(frozen=True, slots=True)
class _Pending:
    """An article decoded but not yet examined (boilerplate, dateline, branding)."""

    id: str
    shown: str
    text: str
    given: _Given
    page: _Given | None = None


def _build_articles(pending: Sequence[_Pending], workers: int | None) -> tuple[Article, ...]:
    """Examine the decoded articles, in several processes when there is much text."""
    workers = pool_size(sum(len(p.text) for p in pending), len(pending), workers)
    if workers == 1:
        return tuple(_make_pending(p) for p in pending)
    # forked workers read the decoded texts from the parent's memory and send back only
    # what they found, not the texts again; a few hundred articles per task keep the
    # overhead low
    found = [fields for part in map_ranges(_examine, pending, workers, chunks=workers * 8)
             for fields in part]
    return tuple(Article(id=p.id, path=p.shown, text=p.text, **dict(zip(_FOUND_FIELDS, fields)))
                 for p, fields in zip(pending, found))


def _examine(pending: Sequence[_Pending]) -> list[tuple[object, ...]]:
    """Every Article field after id, path and text, for some decoded articles."""
    out = []
    for p in pending:
        article = _make_pending(p)
        out.append(tuple([getattr(article, name) for name in _FOUND_FIELDS]))
    return out


_FOUND_FIELDS = tuple(name for name in Article.__dataclass_fields__
                      if name not in ("id", "path", "text"))


def _make_pending(p: _Pending) -> Article:
    return _make_article(p.id, p.shown, p.text, p.given, p.page)


def _make_article(
    article_id: str, shown: str, text: str, given: _Given, page: _Given | None = None,
) -> Article:
    """Build the Article: supplied metadata first, then what the page and its text state.

    ``given`` is what the user supplied (manifest row, JSON line); ``page`` what an HTML
    page's <head> and footer state (its ``*_how`` is ``text``).
    """
    page = page or _Given()
    article = Article(id=article_id, path=shown, text=text, boilerplate=_find_boilerplate(text))

    # both inferences may want the datelines; find them at most once
    datelines = functools.cache(lambda: _datelines(article))
    outlet, outlet_how = given.outlet, given.outlet_how or "manifest"
    if outlet is None:
        outlet, outlet_how = _infer_outlet(article, page.outlet, datelines)

    published, published_how = given.published, given.published_how or "manifest"
    if published is None:
        published, published_how = _infer_published(article, page.published, datelines)

    return Article(
        id=article_id, path=shown, text=text,
        outlet=outlet, outlet_how=outlet_how if outlet else "unknown",
        published=published, published_how=published_how if published else "unknown",
        url=given.url or page.url, title=given.title or page.title,
        language=given.language or page.language,
        boilerplate=article.boilerplate,
        metadata=tuple(sorted(given.metadata.items())),
    )


def _datelines(article: Article) -> list[re.Match]:
    """The first match of each dateline form, in text order. The outlet comes from the first
    that names an agency and the date from the first that has one: a headline such as
    "EXCLUSIVE - ..." looks like a bare dateline and must not hide the real one below it."""
    found = [m for p in _DATELINES if (m := _first_outside(p, article.text, article))]
    return sorted(found, key=lambda m: m.start())


def _infer_outlet(article: Article, page_outlet: str | None,
                  datelines: Callable[[], list[re.Match]]) -> tuple[str | None, str]:
    """The publishing outlet the page states: branding, then a dateline's agency.

    A wire service named by branding or ``og:site_name`` ranks below a dateline agency; a
    non-wire outlet named by them ranks above it ("AFP, Moscow" on an Al Arabiya page).
    """
    brands = [b for b in (page_outlet, _branding_outlet(article.text)) if b]
    for brand in brands:
        if not _is_wire(brand):
            return brand, "text"
    for dateline in datelines():
        if "agency" in dateline.re.groupindex:
            agency = _canonical_outlet(dateline["agency"])
            if agency is not None:
                return agency, "dateline"
    if brands:
        return brands[0], "text"
    return None, "unknown"


def _infer_published(
    article: Article, page_published: datetime.date | None,
    datelines: Callable[[], list[re.Match]],
) -> tuple[datetime.date | None, str]:
    """The publication date the page states: a dated dateline, <meta>, a 'Published' line."""
    for dateline in datelines():
        day = parse_day(dateline["date"]) if dateline["date"] else None
        if day is not None:
            return day, "dateline"
    if page_published is not None:
        return page_published, "text"
    m = (_PUBLISHED_LINE.search(article.text)
         or _first_outside(_DATE_ONLY_LINE, article.text, article, _before_story))
    day = parse_day(m["date"]) if m else None
    return (day, "text") if day else (None, "unknown")


def _before_story(article: Article, where: int) -> bool:
    """Is ``where`` in the page's head, before any sentence of the story? A date line there
    ("Oct 30, 2015 | 02:14 PM", read as a menu) dates the page even when it is furniture;
    below the story, dates in furniture belong to other stories."""
    start = 0
    for line in article.text[:where].splitlines(keepends=True):
        stripped = line.strip()
        if stripped and _SENTENCE_END.search(stripped) \
                and not article.in_boilerplate(start, start + len(line.rstrip())):
            return False
        start += len(line)
    return True


# --- boilerplate ----------------------------------------------------------------------------------

# A whole line that is a button, a section label or a counter.
_WHOLE_LINE_CUE = re.compile(r"""^(?:
    share(?:[ ](?:this|the)[ ](?:page|article|story|post))?|share[ ](?:on|via)[ ]\w+
  | share[ ]page|tweet|e-?mail|print|copy[ ]link|link[ ]copied|whatsapp|facebook|twitter|x
  | linkedin|telegram|reddit|pinterest|messenger|vk|about[ ]sharing|close[ ]panel|close
  | read[ ]more|read[ ]next|read[ ]full[ ]story|show[ ]more|load[ ]more|see[ ]more
  | view[ ]more|more[ ]stories|all[ ]news|latest[ ]news|top[ ]stories|more[ ]news
  | advertisement|advertising|sponsored(?:[ ]content)?|comments?|leave[ ]a[ ]comment
  | skip[ ]to[ ](?:main[ ])?content|menu|home|search|next|previous|back[ ]to[ ]top
  | continue[ ]reading|click[ ]here|\d+[ ]min(?:ute)?s?[ ]read
  | listen(?:[ ]to[ ]this[ ]article)?|published|updated
  | related|related[ ](?:topics|stories|articles|content|coverage|news|links|reading)
  | more[ ]on[ ]this[ ]story|most[ ](?:read|viewed|popular|shared|watched)|trending(?:[ ]now)?
  | recommended(?:[ ]for[ ]you)?|you[ ](?:may|might)[ ](?:also[ ])?like|editor'?s[ ]picks?
  | check[ ]also|don'?t[ ]miss
  | [\d,.\s]*(?:k|m)?(?:[ ]?(?:views?|reads?|comments?|shares?|likes?))?
  | [-–—_*=|•·.~#+\s]+
  | [^|]{1,25}(?:\|[^|]{1,25})+\|?    # "Home | World", "DAY | WEEK |": a menu
)[\s.:!|»›>→]*$""", re.IGNORECASE | re.VERBOSE)

# the reader's "us" after "support", never the United States ("to support US forces"; a
# button may shout "SUPPORT US")
_READER_US = r"(?-i:us|Us|US(?![ \t]+\w))"
# A line that starts like furniture: credits, bylines of the desk, updates, sign-ups.
_PREFIX_CUE = re.compile(rf"""^(?:
    read(?:[ ](?:more|also|next))?\s*:|see[ ]also\s*:|also[ ]read\s*:|related\s*:
  | more[ ]from(?:[ ]\S+){{1,4}}\s*$|most[ ](?:read|viewed|popular|shared|watched)\b|last[ ]update
  | updated\s*(?::|\d|on\b|at\b)|sign[ ](?:up|in)\b|log[ ]in\b|subscribe\b|follow[ ]us\b
  | a[ ]message[ ]from\b|dear[ ]readers?\b|donate\b|make[ ]a[ ]donation
  | support[ ](?:{_READER_US}|our|independent)\b
  | ©|\(c\)[ ]|copyright\b|all[ ]rights[ ]reserved|sources?\s*:
  | our[ ]standards\s*:|(?:additional[ ])?reporting[ ]by\b|writing[ ]by\b|editing[ ]by\b
  | compiled[ ]by\b|tags?\s*:|topics?\s*:|filed[ ]under\b|day\s*\|\s*week
  | live[ ](?:updates?|blog)\s*:|follow[ ](?:the[ ]latest|our[ ]live)\b
  | [\d,.]+[ ]?(?:k|m)?[ ]?(?:views?|reads?)\b
)""", re.IGNORECASE | re.VERBOSE)

# the word a photo credit names its kind with
_CREDIT_WORD = r"(?:photo(?:graph)?|image|picture|video)s?"
# A photo credit: "Photo: Alexander Yelistratov/TASS", "Image source, Reuters". A caption
# after the label ("Photo: Smoke rises over Aleppo") has lower-case words and is not furniture.
_CREDIT_LINE = re.compile(
    rf"^(?i:{_CREDIT_WORD}|credits?)(?i:[ ]?(?:credit|source|courtesy))?"
    r"[ \t]*[:,][ \t]*(?:(?:[A-Z©(/][^\s]*|via|and|for|of|/)[ \t]*){1,6}$")

# Furniture phrases anywhere in a short line (unless it is a report sentence, see _is_cue).
_CONTAINS_CUE = re.compile(
    r"newsletter|privacy policy|cookie policy|use cookies|accept (?:all )?cookies"
    r"|terms of (?:use|service)|all rights reserved|trust principles|unsubscribe|donat(?:e|ion)"
    rf"|support (?:{_READER_US}|our journalism|independent journalism)|sign up for"
    r"|subscribe to our"
    r"|your inbox", re.IGNORECASE)
# The banner of US government sites, sentences or not: "An official website of the United
# States government", "Here's how you know", "A .mil website belongs to an official U.S.
# Department of Defense organization in the United States."
_SITE_BANNER = re.compile(
    r"^an official website of the\b|^here[’']s how you know"
    r"|^an? (?:\.(?:mil|gov)|lock\b).*\b(?:website|websites)\b",
    re.IGNORECASE)

# Cues after which the article is over: sign-up boxes, appeals, "more stories" lists, the
# desk's sign-off. Only tried on lines that are already cues.
_END_CUE = re.compile(rf"""^(?:
    .*\bnewsletters?\b|sign[ ]up\b|subscribe\b|a[ ]message[ ]from\b|dear[ ]readers?\b
  | .*\bdonat(?:e|ion)\b|support[ ](?:{_READER_US}|our|independent)\b
  | (?:most[ ](?:read|viewed|popular|shared|watched)(?:[ ]\S+){{0,3}}|day\s*\|\s*week.*
     | trending(?:[ ]now)?|more[ ]from(?:[ ]\S+){{1,4}}|more[ ]on[ ]this[ ]story|read[ ]next
     | related(?:[ ](?:topics|stories|articles|content|coverage|news|links|reading))?
     | recommended(?:[ ]for[ ]you)?|you[ ](?:may|might)[ ](?:also[ ])?like|top[ ]stories
     | editor'?s[ ]picks?|read[ ](?:more|also)|see[ ]also|also[ ]read|check[ ]also)\s*[:|]?\s*$
  | our[ ]standards\s*:|source\s*:.*\bagencies\b|.*\ball[ ]rights[ ]reserved
  | (?:additional[ ])?reporting[ ]by\b|editing[ ]by\b
)""", re.IGNORECASE | re.VERBOSE)

# "Support The Moscow Times!", "A message from The Kyiv Independent": an outlet's appeal.
# A known outlet anywhere; any line of capitalised words only after the story started
# ("Support for Assad grows" reports, and so does the headline "Support For Assad Grows")
_APPEAL_HEAD = r"^(?:Support|A [Mm]essage [Ff]rom)[ \t]+"
_SUPPORT_OUTLET = re.compile(rf"{_APPEAL_HEAD}(?:{_ANY_OUTLET})\b")
_SUPPORT_ANY_OUTLET = re.compile(
    rf"{_APPEAL_HEAD}(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]*){{1,6}}[!.]?[ \t]*$")

# First/second person and fundraising words: an appeal to readers, not a report (a hospital's
# appeal for blood donations is news).
_APPEAL = re.compile(
    # (the reader's "us", never the United States: "to support US forces")
    r"\b(?:we|our|(?-i:us|Us)|you|your|readers?|(?<!blood )donat\w*|support(?:ing)?|subscri\w*|"
    r"newsletter"
    r"|journalism|journalists|contribution|membership|inbox|mailbox|cookies?|privacy)\b",
    re.IGNORECASE)
_ADDRESSES_READER = re.compile(r"\b(?:we|our|(?-i:us|Us)|you|your)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"|«[^»]{0,2000}»")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)\]]*\s+[A-Z\"“‘'(]")
_PHOTO_AGENCY = _alternation(PHOTO_AGENCIES)
# "... in Syria Alexander Yelistratov/TASS": the trailing "Name Name/AGENCY" credit
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=\s)|^)(?:[A-Z][\w.'’-]*[ \t]+)?[A-Z][\w.'’-]*[ \t]*/[ \t]*(?:{_PHOTO_AGENCY})[ \t]*$")
# "Russian Missions over Syria AFP": a bare agency ending a caption without punctuation
_TRAILING_AGENCY = re.compile(rf"(?<=[a-z][ \t])(?:{_PHOTO_AGENCY})[ \t]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# The wire desk's sign-off inside a paragraph: "(Reporting by X in Diyarbakir; Editing by Y)"
_DESK_SIGNOFF = re.compile(
    r"\((?:additional[ ])?(?:reporting|writing|editing|compiled)[ ]by\b[^()\r\n]{0,400}\)",
    re.IGNORECASE)
# A photo credit in brackets inside a line: "(U.S. Defense Department photo)", "(AP Photo/Hussein
# Malla)", "(U.S. Navy photo by Mass Communication Specialist Ford Williams)", "(Photo: Reuters)"
# (not "(a video released by the ministry showed ...)": the credit word ends it or comes first)
_PAREN_CREDIT = re.compile(
    rf"\((?:[^()\r\n]{{0,80}}?\b(?:{_CREDIT_WORD}|footage)"
    r"(?:\s*/[^()\r\n]{1,80}|\s+by\b[^()\r\n]{1,80})?"
    rf"|{_CREDIT_WORD}(?:[ ](?:credit|courtesy))?\s*:[^()\r\n]{{1,80}})\)",
    re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of every line's stripped content (empty lines give start == end)."""
    spans = []
    start = 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        line = text[a:b]
        stripped = line.lstrip()
        a2 = a + len(line) - len(stripped)
        out.append((a2, a2 + len(stripped.rstrip())))
    return out


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN_CHARS and bool(_SENTENCE_END.search(line)
                                                  or _SENTENCE_BREAK.search(line))


def _is_report_prose(line: str) -> bool:
    """Prose that reports rather than appeals: no 'we/you/support/subscribe' outside quotes."""
    return _is_prose(line) and not _APPEAL.search(_QUOTED.sub("", line))


# A page's tag list: "Russia, Russian Defense Ministry, Syria, Idlib" (three or more items of
# capitalised words, nothing else)
_TAG_WORDS = r"[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,4}"
_TAG_LINE = re.compile(rf"^[ \t]*{_TAG_WORDS}(?:[ \t]*,[ \t]*{_TAG_WORDS}){{2,}}[ \t]*$")


# A ticker of other stories' headlines on one line in the page's head: "Roundup: Obama
# concludes Kenyan visit ... • Poll finds ... in U.S. • Interview: U.S.-Cuba relations ..."
# (three or more items; below the story such a line may be the report's own summary)
_HEADLINE_TICKER = re.compile(r"^[^\u2022\n]+(?:\s\u2022\s+[^\u2022\n]+){2,}\s*\u2022?\s*$")


def _is_cue(line: str, prose_seen: bool) -> bool:
    """Is this line furniture on its own (button, label, credit, sign-up, appeal, tags)?

    An outlet's appeal and a tag list come after the story; before it, a line of capitalised
    words is a headline ("Russian Jets Pound Aleppo, Homs, Hama Countryside", "Support For
    Assad Grows In Latakia").
    """
    if not prose_seen and _HEADLINE_TICKER.match(line):
        return True
    if len(line) > CUE_LINE_MAX:
        return False
    if (_WHOLE_LINE_CUE.match(line) or _PREFIX_CUE.match(line) or _CREDIT_LINE.match(line)
            or _SUPPORT_OUTLET.match(line) or _SITE_BANNER.search(line)
            or prose_seen and (_SUPPORT_ANY_OUTLET.match(line) or _TAG_LINE.match(line))):
        return True
    if _CONTAINS_CUE.search(line):
        # "The group said in its newsletter that Raqqa was hit." reports; furniture is a
        # label ("Privacy Policy") or talks to the reader ("Get the top stories in your inbox.")
        return (not _SENTENCE_END.search(line)
                or bool(_ADDRESSES_READER.search(_QUOTED.sub("", line))))
    return False


def _is_list_item(line: str) -> bool:
    return 0 < len(line) <= LIST_LINE_MAX and not _SENTENCE_END.search(line)


def _find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Boilerplate spans of ``text``: a linear pass of regex cues over its lines.

    A line is furniture if it is a cue (share button, counter, separator, credit, sign-up,
    "Read more"...). After the article has started (a prose line was seen), an end cue
    (newsletter box, donation appeal, most-viewed / related list, agency sign-off) makes every
    following line boilerplate until report prose resumes: a prose paragraph with no appeal
    to the reader that has two sentences or is followed by another such paragraph. A run of
    headline-like lines reaching the end of the text is a list of other stories. A photo
    credit that ends a caption line is boilerplate, and so is one in brackets and a wire desk's
    sign-off inside a line; the caption and the line are not.
    """
    lines = _lines(text)
    contents = [text[a:b] for a, b in lines]
    marked = [False] * len(lines)
    partial: list[tuple[int, int]] = []
    prose_seen = False
    ending = False
    n = len(lines)
    for i, line in enumerate(contents):
        if not line:
            continue
        if ending:
            if _is_report_prose(line) and (
                    len(_SENTENCE_BREAK.findall(line)) >= 1
                    or _next_is_report_prose(contents, i)):
                ending = False
            else:
                marked[i] = True
                continue
        if _is_cue(line, prose_seen):
            marked[i] = True
            if prose_seen and _END_CUE.match(line):
                ending = True
            continue
        for m in (*_DESK_SIGNOFF.finditer(line), *_PAREN_CREDIT.finditer(line)):
            a = lines[i][0]
            partial.append((a + m.start(), a + m.end()))
        if _is_prose(line):
            prose_seen = True
        elif len(line) <= CUE_LINE_MAX and not _SENTENCE_END.search(line):
            m = _TRAILING_CREDIT.search(line) or _TRAILING_AGENCY.search(line)
            if m is not None:
                a = lines[i][0]
                if m.start() == 0:
                    marked[i] = True
                else:
                    partial.append((a + m.start(), a + len(line.rstrip())))

    # a run of list items (headlines) that reaches the end of the text
    items = []
    for i in range(n - 1, -1, -1):
        line = contents[i]
        if not line or marked[i]:
            continue
        if not _is_list_item(line) or _DATE_ONLY_LINE.match(line):
            break
        items.append(i)
    if len(items) >= LIST_TAIL_MIN_LINES:
        for i in items:
            marked[i] = True

    spans = [lines[i] for i in range(n) if marked[i]] + partial
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and (a <= merged[-1][1] or not text[merged[-1][1]:a].strip()):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged if b > a)


def _next_is_report_prose(contents: list[str], i: int) -> bool:
    for line in contents[i + 1:]:
        if line:
            return _is_report_prose(line)
    return False
