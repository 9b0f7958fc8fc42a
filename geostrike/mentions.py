"""Stage 2: find every place a report names, with exact offsets, and resolve it.

``find_mentions(article, gazetteer)`` scans the report's text (boilerplate excluded) for
name-like spans: runs of capitalised words, joined by spaces or hyphens and by the
lower-case Arabic articles that names carry ("Jisr al-Shughour", "Deir ez-Zor"). Each run is
resolved longest-first against the gazetteer; the words around it decide the qualifier
("Aleppo province", "the city of Aleppo", "the Raqqah, Idlib and Aleppo provinces").

What is *not* a place here: demonyms and ordinary English words (the gazetteer's common-word
guard), organisations and outlets whose names contain places ("Islamic State", "The Moscow
Times"), and person names ("Bashar al-Assad", "Abu Mohamed al-Jolani").

A span that a strong cue marks as a place ("the village of X", "X province") but the
gazetteer does not know is kept as an *unresolved* mention, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from geostrike import settings
from geostrike.gazetteer import Candidate, Gazetteer, Place
from geostrike.dates import WEEKDAYS
from geostrike.names import (ARTICLE, ARTICLE_WORDS, BASE_WORDS, COMPASS, COMPASS_WORDS,
                             DEMONYM_ENDINGS, GOV_WORDS, LIST_ITEM_KIND, LIST_SEP, NAME,
                             NAVAL_WORDS, POSSESSIVE, SPEECH_VERBS, TOWN_WORDS, UPPER,
                             cyrillic_key, demonym_pattern, ends_in, fold, has_any, is_acronym,
                             strip_article, word_regex)

if TYPE_CHECKING:
    from geostrike.corpus import Article

__all__ = ["Mention", "Sentence", "find_mentions", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: [start, end) offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place named in a report.

    Attributes
    ----------
    article_id
        The article's id.
    surface
        The name exactly as written: ``article.text[start:end]``.
    start, end
        Python string offsets into the article's text.
    sentence
        The sentence the name stands in.
    sentence_start
        Offset of that sentence in the article's text.
    qualifier
        Words around the name that changed its meaning ("province", "the city of"); "" if none.
    place
        The resolved gazetteer place, or None when unresolved.
    score
        Resolution score 0..1 (0 when unresolved).
    match
        ``exact``, ``no_article``, ``skeleton``, ``fuzzy``, ``short`` (a base's name without
        its kind, named with it earlier in the article: "Dyess" after "Dyess Air Force Base")
        or ``unresolved``.
    alternatives
        Ids of the other candidates, best first.
    countryside
        True for "the countryside of X": the area around X, not X itself.
    role, role_confidence, role_cue
        Filled in by :mod:`geostrike.roles`: ``strike_target``, ``launch_point``, ``base`` or
        ``other``, a confidence 0..1 and the words that decided.
    """

    article_id: str
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    qualifier: str
    place: Place | None
    score: float
    match: str
    alternatives: tuple[str, ...] = ()
    countryside: bool = False
    role: str = "other"
    role_confidence: float = 0.0
    role_cue: str = ""

    @property
    def resolved(self) -> bool:
        """True when the mention was resolved to a gazetteer place."""
        return self.place is not None

    def with_role(self, role: str, confidence: float, cue: str) -> Mention:
        """A copy with the role filled in."""
        # positional construction: dataclasses.replace costs several times more per call
        return Mention(self.article_id, self.surface, self.start, self.end, self.sentence,
                       self.sentence_start, self.qualifier, self.place, self.score, self.match,
                       self.alternatives, self.countryside, role, confidence, cue)


# --- sentences --------------------------------------------------------------------------------

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace and a capital,
# digit or quote, unless the dot ends an abbreviation; a blank line or a line break between
# lines that are not prose (headlines, captions) also ends one. Hand-written rather than a
# library splitter: offsets must be exact and the whole extract step must run at >= 5 MB/s,
# which pure-Python rule engines such as pysbd do not reach.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt maj capt sgt st mt ft jan feb mar apr jun jul aug sep sept oct nov "
    "dec u.s u.k u.n no vs etc inc corp co ltd jr sr rep sen gov adm brig cmdr pres approx "
    "e.g i.e var prof lieut intl govt insp univ".split()
)
# (every branch starts with a stop or a line break, taken first by one class and told apart
# by a look-behind at it: a pattern that opens with a class is scanned for in C, only the
# stops and line breaks are tried, ~4x faster than branches that each open with their own)
_BOUNDARY_RE = re.compile(
    r"""[.!?\n](?:"""
    rf"""(?<=[.!?])[.!?]*["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[{UPPER}0-9])|(?<=\n)"""
    # scraped pages that lost their capitals: ". what wounded", ". helicopters dropped"
    r"""|(?<=[a-z]{3}\.)(?=[ \u00a0][a-z]{3,}\b)"""
    # ...or the space after the stop: "was also killed.Following the attack, sirens" (not a
    # domain or a dotted token: "www.Aljazeera.com", "bbc.Com")
    rf"""|(?<=[a-z]{{3}}\.)(?<!www\.)(?=[{UPPER}][a-z]{{2,}}\b)(?!\w*\.\w))""")
# a line break inside a sentence: the line ends in a word or a comma and the next starts in
# lower case, or the line ends in a comma ("\r\n" too)
_WRAPPED_LINE_RE = re.compile(r"(?:[\w,]\r?\n[a-z]|,\r?\n\S)")
# the word a stop ends, to tell an abbreviation's ("Gen.", "U.S.") from a sentence's end
_WORD_BEFORE_STOP_RE = re.compile(r"([\w.]+)\.+$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    cursor = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if m.group() == "\n":
            # (from the character before the line's end: "\r\n" ends a line too)
            line_end = m.start() - 1 - (text[m.start() - 1:m.start()] == "\r")
            if _WRAPPED_LINE_RE.match(text, line_end, min(end, m.start() + 2)):
                continue  # a hard-wrapped line: "fired missiles from ships in\nthe Caspian Sea"
        else:
            # (pos and endpos instead of a slice: the pattern looks neither before nor after)
            word = _WORD_BEFORE_STOP_RE.search(text, max(cursor, m.start() - 12), m.start() + 1)
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and len(word.group(1).rstrip(".")) == 1 and word.group(1).isupper():
                continue  # an initial: "George W. Bush"
        stop = m.end()
        yield from _trimmed(text, cursor, stop)
        cursor = stop
    yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end])


# --- name-like spans ----------------------------------------------------------------------

_WORD_CHARS = r"[\w'\u2019\u02bf\u02be\u2018`]"
# A capitalised word ("Ma'arrat"), or an abbreviation country name ("U.S.", "U.K.").
_ABBREVIATION = r"U\.S\.|U\.K\.|U\.A\.E\.|[A-Z]-\d+\b"  # "T-4" is an air base
# (a capitalised article may take the name in lower case: "Deir Ez-zor")
_CAP = (rf"(?:{_ABBREVIATION}"
        rf"|(?:A[ldnrstz]|Ash|Ath|Adh|E[ldnrsz])[-\u2010\u2011][a-z]{_WORD_CHARS}*"
        rf"|[{UPPER}]{_WORD_CHARS}*)")
# the Arabic article and the particles of other names ("bin", "Rostov-on-Don" is no particle)
_PARTICLE = rf"(?:{ARTICLE}|ud|bin|ibn|del|de|du|das|dos|da|do)"
# an article written with a space that is also an English word: "Hulusi Akar at Ankara's
# operations centre" is two names unless the whole run is one ("Ayn an Nasr", "Kafr as Saghir")
_ENGLISH_PARTICLE_RE = re.compile(r"[ \u00a0](?:at|as|an)[ \u00a0]")
# (a dash with a space on both sides separates a headline's parts: "Near Tal Afar - Task Force")
_SEP = r"(?:[ \u00a0]|-|[ \u00a0]-(?![ \u00a0]))"
# the letter ayn written as a mark after the article: "al-'Ayn", "al-‘Ayn"
_AYN = r"['\u2018\u2019`\u02bf]?"
# SOHR writes the article with a space after its hyphen: "Khan al- Shih"
_NAME_MORE = (rf"(?:(?:{_SEP}|{_SEP}{_PARTICLE}(?:[-\u2010\u2011][ \u00a0]?{_AYN}|[ \u00a0])"
              rf"|[ \u00a0]of[ \u00a0])"
              rf"{_CAP})*")
_NAME_RE = re.compile(rf"(?:\b{_PARTICLE}[-\u2010\u2011][ \u00a0]?{_AYN})?\b{_CAP}{_NAME_MORE}")
# the same, to scan a sentence with: every name starts a word, and the leading test (as in
# names.word_regex) skips the positions inside words at once, ~1.4x faster; a name starts
# with a capital or a particle (a, e, i, u, d of the articles, "bin", "ibn", "de", "du"),
# so the test skips most lower-case words too, ~1.4x faster again
_NAME_SCAN_RE = re.compile(rf"(?<!\w)(?=[{UPPER}aeiudb]){_NAME_RE.pattern}")
# a scraped page that lost the space after a preposition: "east ofSanaa", "flee toSaudi Arabia"
_GLUED_PREPOSITION_RE = re.compile(r"\b(?:of|to|in|at|from|on|near|into|and)(?=[A-Z][a-z])")
# the prepositions' last letters before a capitalised word: a pattern that opens with a
# character class is scanned for in C, ~2x faster than the one above, and most sentences have
# no such letters
_GLUED_GATE_RE = re.compile(r"[fontmrd][A-Z][a-z]")
_GLUED_NAME_RE = re.compile(rf"{_CAP}{_NAME_MORE}")
_TOKEN_RE = re.compile(rf"{_ABBREVIATION}|{_WORD_CHARS}+")
_POSSESSIVE_END_RE = re.compile(r"['\u2019]s$")
# Arabic words whose hamza is written as an apostrophe before an s: "Ra's al-'Ayn" (cape,
# head) is one name, not the possessive of "Ra"
_HAMZA_WORDS = frozenset({"Ra"})


def _name_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield [start, end) of each capitalised run, split after a possessive ("Egypt's")."""
    matches: Iterable[re.Match[str]] = _NAME_SCAN_RE.finditer(text, start, end)
    if _GLUED_GATE_RE.search(text, start, end) \
            and _GLUED_PREPOSITION_RE.search(text, start, end):
        glued = [n for g in _GLUED_PREPOSITION_RE.finditer(text, start, end)
                 if (n := _GLUED_NAME_RE.match(text, g.end(), end))]
        # (a run inside a glued one is part of it: "ez-Zor" in "inDeir ez-Zor")
        matches = sorted([*glued, *(n for n in matches if not any(
            g.start() <= n.start() < g.end() for g in glued))], key=lambda n: n.start())
    for m in matches:
        run_start = m.start()
        run = m.group()
        if "'" not in run and "\u2019" not in run and "`" not in run:
            yield run_start, m.end()  # most runs: no possessive, no trailing apostrophe
            continue
        for t in _TOKEN_RE.finditer(text, m.start(), m.end()):
            if _POSSESSIVE_END_RE.search(t.group()) and t.group()[:-2] not in _HAMZA_WORDS:
                yield run_start, t.end() - 2
                run_start = t.end()
                while run_start < m.end() and not text[run_start].isalnum():
                    run_start += 1
        run_end = m.end()
        if run_start < run_end:
            # drop a trailing apostrophe ("the rebels' Idlib" style) left by the word class
            while run_end > run_start and text[run_end - 1] in "'\u2019`":
                run_end -= 1
            if run_end > run_start:
                yield run_start, run_end


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text[start:end].isalpha():
        return [(start, end)]  # most runs: one word of letters, one token
    return [(t.start(), t.end()) for t in _TOKEN_RE.finditer(text, start, end)]


# --- context: qualifiers, masks, people ---------------------------------------------------

# Organisation and outlet names are found with plain substring search on an ASCII-folded
# copy of the text (same length, so offsets carry over): far faster than one regex
# alternation of a hundred names. Hyphen and space are interchangeable.
# (folded as UTF-8 bytes, where A-Z and "-" are single bytes that no other character's bytes
# contain: the same string as str.translate gives, ~15x faster on text that is not ASCII)
_MASK_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ-", b"abcdefghijklmnopqrstuvwxyz ")


def _mask_fold(text: str) -> str:
    """``text`` with A-Z lower-cased, "-" a space and a typographic apostrophe a plain one,
    at the same length (offsets carry over; a lone surrogate from a JSON escape passes
    through)."""
    return text.encode("utf-8", "surrogatepass").translate(_MASK_FOLD).decode(
        "utf-8", "surrogatepass").replace("\u2019", "'")


_MASK_NAMES = tuple(sorted({_mask_fold(n) for n in settings.NOT_PLACE_NAMES},
                           key=len, reverse=True))
# a run of letters and digits (str.isalnum), as _word_spans delimits words
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")
# Each name's words: wherever _word_spans finds the name, every one of them stands whole in
# the text, so a name one of whose words the text lacks need not be searched for (most of
# them: one pass that collects the text's words is ~3x cheaper than searching for every name;
# all the words, not only the first, leave ~3x fewer to search for: "al", "islamic")
_MASK_NAME_WORDS = tuple((name, frozenset(_ALNUM_RUN_RE.findall(name))) for name in _MASK_NAMES)
# (a text's words are kept only when some name has them: ~3x cheaper than a set of them all)
_MASK_WORDS = frozenset().union(*(words for _, words in _MASK_NAME_WORDS))

# a local government office named after its place: "the head of the Volyn Regional Military
# Administration", "Kharkiv Oblast State Administration"
_ADMINISTRATION_RE = re.compile(
    rf"\b(?:[{UPPER}][\w'\u2019-]*[ \u00a0]+){{1,2}}(?:Regional|Oblast|City|District)[ \u00a0]+"
    r"(?:Military[ \u00a0]+|State[ \u00a0]+)?Administration\b")
# a military unit named after the place it serves in: "Joint Task Force Sulu", "Task Force
# Tarawa" (one or two capitalised words right after "Task Force")
_TASK_FORCE_RE = re.compile(
    rf"\bTask[ \u00a0]+Force[ \u00a0]+[{UPPER}][\w'\u2019-]*(?:[ \u00a0]+[{UPPER}][\w'\u2019-]*)?")

# a country's armed forces by their official name, an organisation's: "the Armed Forces of the
# Philippines", "the Armed Forces of the Russian Federation" (in lower case, "the armed forces
# of Ukraine", the country is named)
_ARMED_FORCES_RE = re.compile(
    rf"\bArmed[ \u00a0]+Forces[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[{UPPER}][\w'\u2019-]*"
    rf"(?:[ \u00a0]+[{UPPER}][\w'\u2019-]*)?")

# bodies named after a place, with a word each match holds (the search's gate)
_NAMED_BODY_PATTERNS = (("Administration", _ADMINISTRATION_RE), ("Task", _TASK_FORCE_RE),
                        ("Armed", _ARMED_FORCES_RE))


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every organisation or outlet name in the text, in text order."""
    folded = _mask_fold(text)
    words = _MASK_WORDS.intersection(_ALNUM_RUN_RE.findall(folded))
    spans = [span for name, name_words in _MASK_NAME_WORDS if name_words <= words
             for span in _word_spans(folded, name)]
    for gate, pattern in _NAMED_BODY_PATTERNS:
        if gate in text:  # (a word every match has: most texts have none)
            spans += [m.span() for m in pattern.finditer(text)]
    # a shorter name inside a longer one ("Islamic State" in "Islamic State of Iraq") adds nothing
    return _merged(spans)


def _outlet_spans(text: str, outlet: str | None, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """[start, end) of the article's own outlet's name in its text ("Cyprus Mail" atop a page
    of the outlet "Cyprus Mail (cyprus-mail.com)"), unless that name is a place's."""
    # ("The Palestine Chronicle" is "By Palestine Chronicle Staff" in a byline; "RBC-Ukraine"
    # is one word of two names)
    name = (outlet or "").split(" (", 1)[0].strip().removeprefix("The ")
    if len(name.replace("-", " ").split()) < 2 or gazetteer.lookup(name, fuzzy=False, limit=1):
        return []
    # (as spelt, capitals too: "in Pakistan today" is no "Pakistan Today")
    return _word_spans(text, name)


def _word_spans(text: str, words: str) -> list[tuple[int, int]]:
    """[start, end) of every occurrence of ``words`` in ``text`` that is not part of a longer
    word (plain substring search: far faster than a regex for a fixed string)."""
    spans = []
    start = text.find(words)
    while start != -1:
        end = start + len(words)
        if (start == 0 or not text[start - 1].isalnum()) and \
                (end == len(text) or not text[end].isalnum()):
            spans.append((start, end))
        start = text.find(words, start + 1)
    return spans


# "the submarine “Rostov-on-Don”", "the cruiser Moskva": a ship named after a place
# a title-case headline ("From Submarine In Mediterranean") names no ship after the noun
_VESSEL_WORDS_NAME = (r"(?!(?:In|On|At|Of|Off|From|To|The|And|Near|Over|With)\b)"
                      r"[A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*){0,3}")
# ("the submarine (Krasnodar)": a name alone in brackets too, not "a ship (Odesa region)")
_VESSEL_NAME = (rf"(?:\({_VESSEL_WORDS_NAME}\)"
                rf"|[\"\u201c\u2018']?{_VESSEL_WORDS_NAME}[\"\u201d\u2019']?)")
# the nouns, also as cheap substring tests before the patterns ("ship" covers "warship")
_VESSEL_WORDS = ("cruiser", "ship", "frigate", "corvette", "destroyer", "submarine", "carrier",
                 "vessel", "boat")
_SHIP_PREFIXES = ("uss ", "hms ", "hmas ", "hmcs ", "ins ", "rfs ", "tcg ")
_SHIP_PREFIX_CAPITALS = ("USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "TCG")
_VESSEL_PLURALS = ("vessels", "ships", "corvettes", "frigates", "submarines", "destroyers",
                   "cruisers")
_VESSEL_NAME_RE = word_regex(
    r"\b(?:(?i:cruiser|ship|warship|frigate|corvette|destroyer|submarine|carrier|vessel|"
    rf"flagship|boat)s?)[ \u00a0]+(?P<names>{_VESSEL_NAME}"
    rf"(?:(?:,[ \u00a0]*|,?[ \u00a0]+and[ \u00a0]+){_VESSEL_NAME})*)")
# "launched by the Rostov-on-Don submarine": a ship's name before its noun, after "the" (not
# "the Novorossiysk submarine base": where submarines are)
# ("the Moskva missile cruiser", "the Yamal large landing ship")
_VESSEL_NAME_BEFORE_RE = re.compile(
    rf"\b[Tt]he[ \u00a0]+(?P<names>{_VESSEL_WORDS_NAME})[ \u00a0]+"
    r"(?:(?:(?:guided[- ])?missile|large|landing|patrol|nuclear|attack|rocket|diesel|"
    r"anti-submarine)[ \u00a0]+){0,2}"
    r"(?:cruiser|frigate|corvette|destroyer|submarine|warship|(?<=landing[ \u00a0])ship)\b"
    r"(?![ \u00a0]+(?:bases?|fleet|force|pens?|ports?|shipyards?|yards?|facilit(?:y|ies)|flotilla|"
    r"squadron|group|crews?)\b)")
# a navy's ship prefix names one ship: "the USS San Antonio", "HMS Diamond" ("the USS Mason,
# Aden port officials said" lists nothing)
_SHIP_PREFIX_RE = re.compile(
    rf"\b(?:{'|'.join(_SHIP_PREFIX_CAPITALS)})[ \u00a0]+(?P<names>{_VESSEL_NAME})")
# "the Zeleny Dol and Serpukhov vessels": a list of ship names before a plural noun (a single
# name there may be a place: "Caspian Sea ships")
_VESSEL_NAMES_BEFORE_RE = re.compile(
    rf"(?P<names>{_VESSEL_NAME}(?:,[ \u00a0]*{_VESSEL_NAME})*,?[ \u00a0]+and[ \u00a0]+"
    rf"{_VESSEL_NAME})[ \u00a0]+(?:war)?(?:{'|'.join(_VESSEL_PLURALS)})\b")
# its end, from the space before "and": a test before the pattern, which opens with a name and
# is tried at every character of the text; this one opens with a class that re scans for in
# C, ~9x faster
_VESSEL_NAMES_BEFORE_GATE_RE = re.compile(
    rf"[ \u00a0]and[ \u00a0]+{_VESSEL_NAME}[ \u00a0]+(?:war)?(?:{'|'.join(_VESSEL_PLURALS)})\b")
_VESSEL_LIST_SPLIT_RE = re.compile(r",?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]*")


def _vessel_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """[start, end) of every occurrence of a ship's name the text introduces as a ship: later
    mentions ("the Rostov-on-Don, equipped with Kalibr missiles") are the ship too. Ships are
    named after cities, not countries: "the warships Russia sent" names the sender."""
    low = text.lower()
    found = [*_VESSEL_NAME_RE.finditer(text), *_VESSEL_NAME_BEFORE_RE.finditer(text)] \
        if has_any(low, _VESSEL_WORDS) else []
    # (the patterns spell the prefixes in capitals and the plurals in lower case: the text as
    # written is tested first, most texts have neither even where their lower case has them:
    # "discuss ", "wins ", "Ships")
    if has_any(text, _SHIP_PREFIX_CAPITALS) and has_any(low, _SHIP_PREFIXES):
        found += _SHIP_PREFIX_RE.finditer(text)
    if has_any(text, _VESSEL_PLURALS) and _VESSEL_NAMES_BEFORE_GATE_RE.search(text):
        found += _VESSEL_NAMES_BEFORE_RE.finditer(text)
    # a title-case headline capitalises every word: "Russian Warship Pounds Raqqa" names no
    # ship, unless what follows the noun is a town's name whole ("Caspian Corvette Astrakhan")
    names = {name.strip("\"\u201c\u201d\u2018\u2019'()")
             for m in found
             for name in _VESSEL_LIST_SPLIT_RE.split(m.group("names"))
             if not _in_title_case_line(text, m.start()) or _town_named(name, gazetteer)}
    names.discard("")
    # (nor seas: "the Black Sea frigate" is one of that sea's)
    names = {name for name in names if not any(
        c.place.kind in ("country", "sea") for c in gazetteer.lookup(name, fuzzy=False, limit=1))}
    spans = []
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            spans.append((m.start(), m.end()))
    return spans


def _town_named(name: str, gazetteer: Gazetteer) -> bool:
    """Is ``name``, whole, the exact name of a town (of any kind of settlement)?"""
    found = gazetteer.lookup(name.strip("\"\u201c\u201d\u2018\u2019'()"), fuzzy=False, limit=1)
    return bool(found) and found[0].match == "exact" \
        and found[0].place.kind in settings.SETTLEMENT_KINDS


def _in_title_case_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a line whose words of four letters or more are all capitalised?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return not _SMALL_WORD_RE.search(text, start, len(text) if end == -1 else end)


_SMALL_WORD_RE = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


_TITLE_WORDS = frozenset(t.lower() for t in settings.PERSON_TITLES)
# titles that start place names too ("Sheikh Maqsoud", "Imam Sahib")
_PLACE_NAME_TITLES = ("sheikh", "imam")
_SETTLEMENT_OF_END_RE = re.compile(
    r"\b(?:village|town|hamlet|settlement|city|district|neighbou?rhood|suburb)s?\s+of\s+$",
    re.IGNORECASE)
# the last words of the titles: a word that ends none ends no title (a cheap first test)
_TITLE_LAST_WORDS = frozenset(t.rsplit(" ", 1)[-1] for t in _TITLE_WORDS)


def _title_before(text: str, start: int, end: int) -> bool:
    """Is the run preceded by a person's title ("President", "Prime Minister", "Gen.")?"""
    if end == start or not text[end - 1].isspace():
        return False
    words = text[start:end].split()
    if not words:
        return False
    last = words[-1].rstrip(".").lower()
    if last in _TITLE_WORDS:
        return True
    return words[-1].lower() in _TITLE_LAST_WORDS \
        and " ".join(w.lower() for w in words[-2:]) in _TITLE_WORDS


_AREA_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(region|desert|strip|valley|plain|peninsula|heights|mountains?|plateau|"
    r"corridor)\b")
_AREA_NOUN_KINDS = ("region", "plain", "mountain")
# "Mount Karacak", "Cape Chauda": a landform's title opens its name, where a strike is
# reported or a place is located ("south of Lake Van"; not "studied at Mount Holyoke", "Singer
# Lake Street Dive")
_LANDFORM_TITLES = frozenset({"Mount", "Cape", "Lake", "Wadi", "Jabal", "Jebel"})
_LANDFORM_PREP_BEFORE_RE = word_regex(
    rf"\b(?:near|towards?|on|over|around|outside|(?:{COMPASS}|{COMPASS}ern)\s+of)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
_SETTLEMENT_KINDS = frozenset({"Kibbutz", "Moshav"})
_GOV_END_RE = re.compile(rf"[ \u00a0]+{GOV_WORDS}$", re.IGNORECASE)
# ("the Kharkiv region", "Kursk Region": an oblast, as English reports name them)
_GOV_AFTER_RE = re.compile(rf"^[ \u00a0]*(?:{GOV_WORDS}|regions?)\b", re.IGNORECASE)
_AREA_HEADS = ("provinces", "governorates", "oblasts", "regions")
# a colon or a dash that opens a list after its plural head noun: "in three regions - Lipetsk,
# Rostov, and Volgograd", "two towns: Kafr Nabl and Hass"
_LIST_OPENER = r"(?:[ \u00a0]*:|[ \u00a0]+(?:-{1,2}|\u2013|\u2014))[ \u00a0]+"
_COUNTRYSIDE_AFTER_RE = re.compile(
    r"^(?:['\u2019]s)?[ \u00a0]+(?:countryside|rural areas|outskirts)\b", re.IGNORECASE)
_SETTLEMENT_AFTER_RE = re.compile(r"^[ \u00a0]+(?:city|town|village)\b(?![ \u00a0]+of)",
                                  re.IGNORECASE)
_BASE_AFTER_RE = re.compile(rf"^[ \u00a0]+(?:{NAVAL_WORDS}s?|{BASE_WORDS})\b", re.IGNORECASE)
# "the regions of X", also "three regions - X, Y and Z" and "two provinces: X and Y"
_GOV_BEFORE_RE = word_regex(
    rf"\b(?:(?:{GOV_WORDS}|regions?)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?|"
    rf"(?:{'|'.join(_AREA_HEADS)}){_LIST_OPENER})$", re.IGNORECASE)
_COUNTRYSIDE_BEFORE_RE = word_regex(
    r"\b(?:countryside|outskirts|rural areas|rural|rif)[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+)?$",
    re.IGNORECASE)
_SETTLEMENT_BEFORE_RE = word_regex(rf"\b(?:{TOWN_WORDS}|port)[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
# the plural head nouns a list of places shares
_LIST_HEADS = ("provinces", "governorates", "oblasts", "regions", "cities", "towns", "villages")
# "the Raqqah, Idlib and Aleppo provinces": a list whose last item carries a plural head noun
_LIST_TAIL_RE = re.compile(
    rf"^(?:{LIST_SEP}{_NAME_RE.pattern})*"
    rf"[ \u00a0]+(?P<head>{'|'.join(_LIST_HEADS)})\b",
)
# "the provinces of Aleppo, Latakia and Deir ez-Zor": a plural head noun before a list
# (only the head words ignore case: the names must be capitalised)
_LIST_HEAD_BEFORE_RE = re.compile(
    rf"\b(?P<head>(?i:{'|'.join(_LIST_HEADS)}))(?:[ \u00a0]+(?i:of)[ \u00a0]+"
    rf"(?:(?i:the)[ \u00a0]+)?|{_LIST_OPENER})(?:{_NAME_RE.pattern}{LIST_SEP})+$")
# a location cue right before a capitalised run that the gazetteer does not know
# A name the gazetteer lacks, in a sentence about strikes, right after a place preposition
# or a strike verb ("raids hit Maarat Hurma", "strikes near Kafr Sajna") is kept unresolved.
_STRIKE_SENTENCE_RE = word_regex(
    # ("the bomb sites in Essa Khil", "a civilian was killed in Kanayes")
    r"\b(?:air ?strikes?|strikes?|raids?|bomb(?:s|ed|ing|ard\w*)?|shell(?:s|ed|ing)|struck|hit|"
    r"killed|"
    r"hitting|attacks?|attacked|attacking|pounded|targeted|targeting|striking|missiles?|"
    r"rockets?|drones?|barrel bombs?|artillery)\b",
    re.IGNORECASE)
# verbs whose object is where a strike fell
_STRUCK_VERBS = ("hit|struck|bombed|shelled|pounded|raided|bombarded|hitting|bombing|"
                 "shelling|pounding|raiding|bombarding")
# verbs whose object may as well be a person ("attacked Zelensky", "targeting Sinwar"): a place
# only with its kind after it ("attacked Miske village"), or armed attackers before "attacked"
# ("Russian troops attacked Avdiivka", "the Russians were attacking Starokostiantyniv")
_ARMED_BEFORE_RE = word_regex(
    r"\b(?:troops|forces|soldiers|army|jets|warplanes|aircraft|drones?|missiles?|rockets?|"
    r"artillery|militants|fighters|rebels|militias?|gunmen|(?-i:[A-Z][a-z]+(?:ans|is)))\b",
    re.IGNORECASE)
_ATTACK_VERB_BEFORE_RE = word_regex(
    r"\b(?:attacked|attacking|targeted|targeting|striking)[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE)
_KIND_AFTER_RE = re.compile(rf"[ \u00a0]+(?:{LIST_ITEM_KIND}|neighbou?rhood|{NAVAL_WORDS})\b",
                            re.IGNORECASE)
_STRUCK_BEFORE_RE = re.compile(
    rf"(?:\b(?:near|in|on|outside|around|at|{_STRUCK_VERBS})|"
    # a sentence may open with the place phrase: "-- Near Kisik, two strikes destroyed..."
    r"^[\W\d]*(?:Near|In|Outside|Around))"
    # (a quotation may open before the name: 'the strikes hit "Dailami Air Base')
    r"[ \u00a0]+(?:the[ \u00a0]+)?[\"\u201c]?$"
    # ...and who holds it: "strikes on the rebel-held Al-Maysar neighborhood" (not "said in
    # the Kremlin-controlled Izvestia")
    rf"|\b(?:on|near|outside|around|{_STRUCK_VERBS})"
    r"[ \u00a0]+(?:the[ \u00a0]+)?[\w-]+-(?:held|controlled|run)[ \u00a0]+$")
_NOT_A_PLACE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:Council|Army|Front|Brigades?|Forces|Committees?|Ministry|Hospital|University|"
    r"Agency|News|TV|Times|Post|Airlines|Company|Group|Movement|Party|Network|Observatory|"
    r"Division|Regiment|Battalion|Operation|Shield|Spring|Resolve|Branch|Corps|Guard|Police)\b")
# who speaks is no place: "The governor of Homs, Talal Barazi, said", "Jarablus, CNN Turk
# reported": a name set off by a comma before it, then a verb of speech (not "jets struck
# Hazzanu, said the Observatory", where the name is the object)
_SPEECH_AFTER_RE = re.compile(rf",?[ \u00a0]+{SPEECH_VERBS}\b")
_COMMA_BEFORE_RE = re.compile(r",[ \u00a0]+$")
# small words a title-case headline capitalises ("Bomb North of Afrin, In Conjunction with")
_TITLE_CASE_WORDS = frozenset(
    "In On At Of Off The With And For From To By As After Before During Into Over Amid A An"
    .split())
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december"
    .split())


# "launched from Primorsko-Akhtarsk in Russia", "including Woldiya in Amhara", "fled to Zzab in
# Idlib province" (not "an aide to Nasrallah in Lebanon", "according to Airwars in Britain")
# ("to" read before the look back at the word before it: the same matches, without fourteen
# look-behinds tried at every word, as in roles.cues._STRIKE_RE)
_PLACE_PREP_BEFORE_RE = word_regex(
    r"\b(?:from|near|at|in|including|into|towards?|outside|around|to(?<!according to)"
    r"(?<!aide to)(?<!adviser to)(?<!advisor to)(?<!loyal to)(?<!close to)(?<!letter to)"
    r"(?<!message to)(?<!envoy to)(?<!spoke to)(?<!talked to)(?<!said to)(?<!told to)"
    r"(?<!sent to))[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE)
_IN_AREA_AFTER_RE = re.compile(
    rf"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?(?i:(?:occupied|{COMPASS}(?:ern)?)[ \u00a0]+)?"
    # (lazy: "in the Khmelnytsky Oblast" leaves the province word to the kind)
    rf"(?P<area>[{UPPER}][\w'\u2019-]*(?:[ \u00a0][{UPPER}][\w'\u2019-]*){{0,2}}?)"
    rf"(?P<kind>[ \u00a0]+(?i:{GOV_WORDS}))?(?![\w'\u2019-]|[ \u00a0][{UPPER}])")
_AREA_KINDS = ("country", "governorate", "region")


def _unknown_in_area(text: str, sentence: Sentence, start: int, end: int, before: str,
                     gazetteer: Gazetteer) -> re.Match[str] | None:
    """An unknown name after a place's preposition that the text locates in a country, a
    province or a region: "launched from Primorsko-Akhtarsk in Russia", "including Woldiya
    in Amhara", "the strike at Bounti in central Mali" (not "Putin in Moscow": no preposition
    before, and a city is no area; not "Wagner in Mali")."""
    if start == sentence.start or len(text[start:end].split()) > 3 \
            or not (cue := _PLACE_PREP_BEFORE_RE.search(before)) \
            or _WORKPLACE_BEFORE_RE.search(before):
        return None  # (not "analysts at Stratfor in Texas": where people work)
    m = _IN_AREA_AFTER_RE.match(text, end, sentence.end)
    if m is None:
        return None
    if m.group("kind"):
        return cue
    found = gazetteer.lookup(m.group("area"), fuzzy=False, limit=1)
    return cue if found and found[0].match == "exact" and found[0].place.kind in _AREA_KINDS \
        else None


# a place's possessive right before a name ("Rajasthan's ")
_OWNER_BEFORE_RE = re.compile(rf"(?P<owner>{NAME})['\u2019]s[ \u00a0]+$")


def _struck_unknown(text: str, sentence: Sentence, start: int, end: int, before: str,
                    gazetteer: Gazetteer) -> re.Match[str] | None:
    surface = text[start:end]
    words = surface.split()
    if start == sentence.start or len(words) > 4 or surface.isupper() \
            or words[0].lower() in _TIME_WORDS or words[0] in _TITLE_CASE_WORDS or (
                len(words) == 1 and gazetteer.is_common_word(surface)):
        return None
    if text[end:end + 1] == "-" or \
            _NOT_A_PLACE_AFTER_RE.match(text, end, min(sentence.end, end + 30)) or \
            (_COMMA_BEFORE_RE.search(text, max(sentence.start, start - 3), start)
             and _SPEECH_AFTER_RE.match(text, end, min(sentence.end, end + 30))):
        return None
    if _WORKPLACE_BEFORE_RE.search(before):
        return None  # "analysts at Stratfor": where people work, an organisation
    # (without a strike in the sentence only a list whose head names its items' kind: "the
    # affected neighbourhoods included Burj al-Barajneh, Haret Hreik and Roueis")
    struck = _STRIKE_SENTENCE_RE.search(sentence.text)
    if struck and (m := _STRUCK_BEFORE_RE.search(before)):
        return m
    # "shot down in Rajasthan's Barmer": a place the text puts in a province or country (not
    # a town's: "on Baghdad's International Airport" names a facility)
    if struck and (owner := _OWNER_BEFORE_RE.search(before)) \
            and (m := _STRUCK_BEFORE_RE.search(before, 0, owner.start())) \
            and any(c.match == "exact" and c.place.kind in _AREA_KINDS
                    for c in gazetteer.lookup(owner.group("owner"), fuzzy=False, limit=1)):
        return m
    if struck and (m := _ATTACK_VERB_BEFORE_RE.search(before)) \
            and (_KIND_AFTER_RE.match(text, end, sentence.end)
                 or _armed_attack(m, text, sentence, start)):
        return m
    # an item of a list of places, after the name right before it or one further back: "hit
    # near Mosul, Kisik and Rawah", "hit were Muridke, Bahawalpur, Gulpur, Sawai"; or of unknown
    # names the list's head puts in place: "strikes on areas of al-Besheria, Kafarmid and
    # Baftamon" (a list of people has no such head: "Putin, Erdogan and Rouhani")
    item, offset = _LIST_ITEM_BEFORE_RE.search(before), start - len(before)
    if item is None:
        return None
    # walk back over the list's items to its head
    for _ in range(settings.MAX_LIST_ITEMS + 1):
        if struck and _known_place(item, gazetteer):
            return item
        list_start = offset + item.start("prev")
        offset = max(sentence.start, list_start - 30)
        item = _LIST_ITEM_BEFORE_RE.search(text[offset:list_start])
        if item is None:
            break
    head = text[max(sentence.start, list_start - 90):list_start]
    if _WORKPLACE_BEFORE_RE.search(head):
        return None  # "Analysts at Stratfor, Jane's and Bellingcat tracked the attacks"
    if struck and (m := _STRUCK_BEFORE_RE.search(head) or (
            (m := _ATTACK_VERB_BEFORE_RE.search(head)) and _armed_attack(m, text, sentence, start))):
        return m
    return _UNRESOLVED_CUE_BEFORE_RE.search(head)


def _armed_attack(verb: re.Match[str], text: str, sentence: Sentence, start: int) -> bool:
    """Do armed attackers come before "attacked" or "targeted" ("Russian troops attacked",
    "jets targeted"), so that what follows is a place, not a person?"""
    return verb.group().lower().startswith(("attacked", "attacking", "targeted")) \
        and _ARMED_BEFORE_RE.search(text, sentence.start, start) is not None




_WORKPLACE_BEFORE_RE = re.compile(
    r"\b(?:analysts?|experts?|researchers?|scholars?|staff|employees?|journalists?|colleagues?|"
    r"reporters?|editors?|officials?|spokes(?:man|woman|person))[ \u00a0]+(?:at|from|with)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
# (the previous item may carry its kind: "areas in Zabid district, Kahlian camp")
_LIST_ITEM_BEFORE_RE = re.compile(
    rf"(?:^|[\s(])(?P<prev>{NAME})(?:[ \u00a0]+{LIST_ITEM_KIND})?"
    rf"{LIST_SEP}$")


_UNRESOLVED_CUE_BEFORE_RE = word_regex(
    # ("the Homs district of Khaldiyeh", "the Damascus suburb of Zzz": a known place between)
    r"\b(?:the (?:(?-i:[A-Z])[\w'\u2019-]* )?(?:village|town|city|district|suburb|province|"
    r"region|area|neighbou?rhood) of|villages? of|"
    r"towns? of|cities of|areas? of|villagers of|(?:sub-?)?districts? of|townships? of|"
    r"localit(?:y|ies) of|hamlets? of|municipalit(?:y|ies) of|"
    r"(?:the )?(?:[\w-]+ )?(?:settlement|neighbou?rhood)s? of|"
    # "the Palestinian refugee camp of Rashidiyeh"
    r"(?:the )?(?:[\w-]+ )?(?:refugee|displacement|IDP|displaced persons) camps? of|"
    # ("its stronghold of Jurf al-Sakhar"; not "a stronghold of Haftar", a person)
    r"(?:its|their) (?:[\w-]+ )?stronghold of|"
    r"(?:the )?(?:outskirts|surroundings?|vicinity|countryside) of|"
    # "a village called Ghozghapan", "the mayor of Sohmor"
    r"(?:village|town|city|district|suburb|area|place|locality|neighbou?rhood|settlement) "
    r"(?:called|named|known as)|(?:the )?mayor of|"
    # "the affected neighbourhoods included", "villages such as", "several towns across northern
    # Israel, including", "northern settlements, including"
    # ("cities such as Srinagar, Jammu, Rajouri", "several Israeli sites in the occupied Golan
    # Heights and northern Israel, such as Avivim": not websites)
    r"(?:neighbou?rhoods|villages|towns|cities|districts|suburbs|localities|settlements|areas|"
    r"(?<!web)(?<!media )(?<!news )sites)"
    r"(?: [\w-]+){0,8}?,? (?:included|include|including|such as|like)(?::)?)"
    r"[ \u00a0]+$", re.IGNORECASE)
# "a medical center in the Bir al-Abed area": "the", a name and "area" name a part of a town
_AREA_AFTER_UNKNOWN_RE = re.compile(r"[ \u00a0]+areas?\b")
# "the Rusafa desert", "the Zorbax valley": a feature named after an unknown place
_THE_BEFORE_RE = word_regex(r"\b(?:the)[ \u00a0]+$", re.IGNORECASE)
_LANDFORM_AFTER_RE = re.compile(
    # (the noun ends the phrase: "the Knesset pass the law" is no mountain pass)
    rf"[ \u00a0]+(?:{'|'.join(sorted(settings.LANDFORM_NOUNS - {'pass'}))})"
    r"(?=[ \u00a0]*(?:[,.;:)]|$|(?:in|of|near|on|north|south|east|west|and|to|from|along|"
    r"outside|around)\b))")
# "the Haziz power station", "the Al-Dailami air base", "the Haziz and Ras Kantib power
# stations": a site named after an unknown place (with "the" or in a list before it)
_SITE_AFTER_UNKNOWN_RE = re.compile(
    rf"(?:{LIST_SEP}{_NAME_RE.pattern})*[ \u00a0]+(?:(?:power|energy|electricity)[ \u00a0]+"
    r"(?:stations?|plants?)|(?:military[ \u00a0]+)?(?:air[ \u00a0]?bases?|airfields?)|"
    r"oil[ \u00a0]+(?:fields?|refiner(?:y|ies))|refiner(?:y|ies))\b")
_SITE_LEAD_RE = re.compile(r"(?:\bthe|,|\band)[ \u00a0]+$", re.IGNORECASE)
# (an armed group's site is no place: "the Houthi air base")
_GROUP_NAME_RE = re.compile(settings.TARGET_GROUP_PATTERN, re.IGNORECASE)
# "Pazigyi village", "Barmal district", "Zurmi council", "the Kelbajar and Lachin districts": a
# settlement's or a district's kind, in lower case, right after the name or after the list it
# ends ("the Security Council", "the Olympic Village" are names, not kinds)
_KIND_AFTER_UNKNOWN_RE = re.compile(
    rf"(?:{LIST_SEP}{_NAME_RE.pattern})*[ \u00a0]+(?:{TOWN_WORDS}s?|townships?|"
    r"sub-?districts?|count(?:y|ies)|municipalit(?:y|ies)|localit(?:y|ies)|communes?|"
    r"neighbou?rhoods?|councils?|local government areas?|LGAs?)\b")
# ...or, capitalised, as the end of the run or before "of": "Hpakant Township", "Rigasa
# District of Igabi Local Government Area of Kaduna State"; an airfield's too, "taking off
# from Maitika Airport" (the mention is the name without its kind, as the gold guidelines
# write "the Erbil airport")
_KIND_WORD_IN_RUN_RE = re.compile(
    r"[ \u00a0]+(?:Village|Township|District|Sub-?[Dd]istrict|Subdistrict|County|Municipality|"
    r"Local[ \u00a0]+Government[ \u00a0]+Area|LGA|Airport|Airbase|Airfield|Aerodrome)"
    r"(?=$|[ \u00a0]+of[ \u00a0])")
# "(born in Arabsalim in 1972)", when no word of the name is a place ("born in Soviet
# Azerbaijan" is Azerbaijan)
_BORN_IN_RE = word_regex(r"\b(?:born[ \u00a0]+in)[ \u00a0]+$", re.IGNORECASE)
# "bombarded Baath, a town in the Golan demilitarised zone": the name of a settlement
# ("Dahiya, an area dominated by Hezbollah": a part of a town, with what it is)
_SETTLEMENT_APPOSITION_RE = re.compile(
    r",[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:village|town|city|suburb|hamlet)"
    r"(?=[ \u00a0]+(?:in|near|on|of|outside|close|just|north|south|east|west)\b|[,.;])|"
    r",[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:area|district|neighbou?rhood)"
    r"(?=[ \u00a0]+(?:in|near|on|of|outside|north|south|east|west|dominated|controlled|held)\b)",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Context:
    hint: str  # "governorate" | "settlement" | "base" | ""
    qualifier: str
    countryside: bool = False


# the words _GOV_BEFORE_RE ends in
_GOV_BEFORE_ENDS = ("of", "the", ":", "-", "\u2013", "\u2014")
# the words _COUNTRYSIDE_BEFORE_RE ends in
_COUNTRYSIDE_BEFORE_ENDS = ("of", "the", "countryside", "outskirts", "areas", "rural", "rif")


def _context(text: str, start: int, end: int, sentence_end: int) -> _Context:
    before = text[max(0, start - 40):start]
    after = text[end:min(sentence_end, end + 120)]
    far = text[max(0, start - settings.LIST_HEAD_CHARS):start]
    # (a list before the name ends in its separator (LIST_SEP): most names follow none, and
    # the cheap test spares lower-casing and searching the long stretch before them)
    if far.rstrip().endswith((",", "and", "&")) and has_any(far.lower(), _LIST_HEADS) and \
            (m := _LIST_HEAD_BEFORE_RE.search(far)):
        head = m.group("head").lower()
        hint = "governorate" if head in _AREA_HEADS else "settlement"
        return _Context(hint, f"{head} of")
    return _qualifier_around(before, after)


def _qualifier_around(before: str, after: str) -> _Context:
    """The qualifier in the words right before or after a name, the first pattern's."""
    # (the patterns before the name end in a word and a space: a test of the last word
    # spares searching the stretch before most names three times)
    if ends_in(before, _COUNTRYSIDE_BEFORE_ENDS) and (m := _COUNTRYSIDE_BEFORE_RE.search(before)):
        return _Context("governorate", m.group().strip(), True)
    if m := _COUNTRYSIDE_AFTER_RE.match(after):
        return _Context("governorate", m.group().strip(" \u00a0'\u2019s"), True)
    if m := _GOV_AFTER_RE.match(after):
        return _Context("governorate", m.group().strip())
    if ends_in(before, _GOV_BEFORE_ENDS) and (m := _GOV_BEFORE_RE.search(before)):
        return _Context("governorate", m.group().strip())
    if m := _LIST_TAIL_RE.match(after):
        head = m.group("head").lower()
        hint = "governorate" if head in _AREA_HEADS else "settlement"
        return _Context(hint, head)
    if ends_in(before, ("of",)) and (m := _SETTLEMENT_BEFORE_RE.search(before)):
        return _Context("settlement", m.group().strip())
    if m := _SETTLEMENT_AFTER_RE.match(after):
        return _Context("settlement", m.group().strip())
    if m := _BASE_AFTER_RE.match(after):
        return _Context("base", m.group().strip())
    return _NO_CONTEXT


_LOCATION_BEFORE_RE = word_regex(r"\b(?:in|near|at|from|of|to)\s+$")
_IN_PLACE_BEFORE_RE = word_regex(r"\b(?:in|at|inside|into|outside|near|to)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_VENUE_AFTER_RE = re.compile(r"\s+(?:meeting|talks|summit|walls|grounds|palace|residence)\b",
                             re.IGNORECASE)
# (SOHR writes "al- Nashabiyya", with a space after the hyphen)
_ARTICLE_BEFORE_RE = word_regex(rf"\b{_PARTICLE}[-\u2010\u2011][ \u00a0]?$")


def _article_before(text: str, low: int, start: int) -> re.Match[str] | None:
    """_ARTICLE_BEFORE_RE's match in text[low:start]: the article a name starts after."""
    # (the match ends in a hyphen, or a hyphen and a space: most names follow neither, and
    # the test of two characters spares the search; "$" also matches before a last "\n")
    last = start - 1
    if last >= low and text[last] == "\n":
        last -= 1
    if last >= low and text[last] in " \u00a0":
        last -= 1
    if last < low or text[last] not in "-\u2010\u2011":
        return None
    return _ARTICLE_BEFORE_RE.search(text, low, start)

# the article with its hyphen ("al-", "As-"), or "Al"/"El" and a space ("Al Anbar"); not the
# English "At Incirlik", "As Russia"
_ARTICLE_START_RE = re.compile(rf"(?i:{ARTICLE})[-\u2010\u2011]|[AaEe]l[ \u00a0]")
_NO_CONTEXT = _Context("", "")
_HINT_QUERY = {"governorate": "{} province", "settlement": "the city of {}",
               "base": "{} airbase", "": "{}"}


# --- the stage ----------------------------------------------------------------------------


def find_mentions(article: Article, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """Find and resolve every place named in an article's report text.

    Parameters
    ----------
    article
        The article; its boilerplate spans are not searched.
    gazetteer
        Where names are resolved.

    Returns
    -------
    tuple of Mention
        In text order, roles not yet assigned (all ``other``).
    """
    excluded: frozenset[str] = frozenset()
    while True:
        found = _article_mentions(article, gazetteer, excluded)
        unattested = _unattested_minor_places(article, found, gazetteer)
        if not unattested:
            return found
        # read again without them: "Deir Meqren" is then an unresolved village, not "Deir"
        excluded |= unattested


def _article_mentions(article: Article, gazetteer: Gazetteer,
                      excluded: frozenset[str]) -> tuple[Mention, ...]:
    text = article.text
    out: list[Mention] = []
    # organisation and outlet names, found once for the whole text
    all_masked = _merged(_masked_spans(text) + _vessel_spans(text, gazetteer)
                         + _outlet_spans(text, article.outlet, gazetteer))  # text order
    first = 0  # masks and sentences both run in text order
    memory = _Memory(excluded)
    for span_start, span_end in article.report_text_spans():
        for sentence in split_sentences(text, span_start, span_end):
            while first < len(all_masked) and all_masked[first][1] <= sentence.start:
                first += 1
            masked = []
            for a, b in all_masked[first:]:
                if a >= sentence.end:
                    break
                masked.append((a, b))
            found = list(_sentence_mentions(article.id, text, sentence, gazetteer, masked,
                                            memory))
            memory.places.update(m.surface for m in found if m.place is not None)
            out.extend(_coherent(found, gazetteer) if len(found) > 1 else found)
    return tuple(out)


@dataclass
class _Memory:
    """What the reading of an article remembers from one sentence to the next."""

    #: places not to be taken for the names that spell them (see _unattested_minor_places)
    excluded: frozenset[str]
    #: surnames of the people named so far: "Prime Minister Haider al-Abadi ... Abadi said"
    people: set[str] = field(default_factory=set)
    #: names resolved so far, spelt as written: at the start of a sentence, where a single
    #: word is matched only as the gazetteer spells it, "Hawija" is then still the place
    places: set[str] = field(default_factory=set)
    #: bases named so far with their kind, by the words of their name without it: "Dyess"
    #: after "Dyess Air Force Base" (see _remember)
    bases: dict[str, Place] = field(default_factory=dict)
    #: names of places the gazetteer lacks found so far ("Maungdaw township"): the name alone
    #: is that place again ("a community elder in Maungdaw")
    unknown: set[str] = field(default_factory=set)


# a base's kind, written after its name or before it ("Dyess Air Force Base", "Dyess AFB",
# "RAF Mildenhall")
# (names.BASE_WORDS and what US and British names add: "Air Force Base", "AFB", "AB")
_BASE_KIND_END_RE = re.compile(
    rf"\s+(?:Air\s+(?:Force|Reserve)\s+Base|(?i:{BASE_WORDS}|air\s+station)|AFB|AB|ARB)$")
_BASE_KIND_START_RE = re.compile(
    r"^(?:RAF|Joint[ \u00a0]+Base|Naval[ \u00a0]+Air[ \u00a0]+Station|NAS)[ \u00a0]+")


def _remember(mention: Mention, gazetteer: Gazetteer, memory: _Memory) -> None:
    """Remember a place the gazetteer lacks by its name, and a base named with its kind by the
    rest of its name, when that is no place's name of its own: the report may go on to call
    "Maungdaw township" "Maungdaw", and "Dyess Air Force Base" "Dyess"."""
    if mention.place is None:
        if mention.surface[:1].isupper() and len(mention.surface) >= settings.MIN_NAME_LENGTH \
                and not gazetteer.is_common_word(mention.surface):
            memory.unknown.add(mention.surface)
        return
    if mention.place.kind != "airbase":
        return
    stem = _BASE_KIND_START_RE.sub("", _BASE_KIND_END_RE.sub("", mention.surface))
    if stem != mention.surface and stem[:1].isupper() \
            and not gazetteer.lookup(stem, fuzzy=False, limit=1):
        memory.bases.setdefault(stem, mention.place)


def _foreign_variant(mention: Mention) -> bool:
    """Is the mention a settlement or province outside settings.VARIANT_WITHOUT_COUNTRY, matched
    by a variant spelling only ("Operation Chammal" is not "Ash Shamal", North Lebanon)?"""
    place = mention.place
    return place is not None and mention.match in ("skeleton", "fuzzy") \
        and place.kind in ("city", "town", "village", "governorate") \
        and place.country not in settings.VARIANT_WITHOUT_COUNTRY


def _minor_foreign(place: Place) -> bool:
    """Is the place a town (under 100,000 people) outside the fully covered countries?"""
    return place.kind in ("town", "village") \
        and place.country not in settings.FULLY_COVERED_COUNTRIES \
        and (place.population or 0) < settings.MINOR_FOREIGN_POPULATION


def _unattested_minor_places(article: Article, found: tuple[Mention, ...],
                             gazetteer: Gazetteer) -> frozenset[str]:
    """The ids of minor foreign places found in an article that names neither their country,
    nor another of its places (a minor one only when spelt exactly), nor its people
    ("Yemeni", "Turkish"); and likewise of foreign cities of any size matched only by a
    variant spelling ("Al-Maysar", an Aleppo quarter, is not "Masr", Cairo, in a report that
    never names Egypt)."""
    minor = {m.place.id: m.place.country for m in found
             if m.place is not None and (_minor_foreign(m.place) or _foreign_variant(m))}
    if not minor:
        return frozenset()
    # (a place matched only by a variant spelling attests nothing: "Al-Maysar", a quarter of
    # Aleppo, is no evidence for Egypt's al-Mansurah)
    exact = [m.place for m in found
             if m.place is not None and m.match in ("exact", "no_article")]
    named = {p.country for p in exact if not _minor_foreign(p)}
    # two minor towns of one country, each spelt as the gazetteer has it, vouch for each
    # other: "Armenian forces shelled Tartar and Barda" (both Azerbaijani)
    minor_ids: dict[str, set[str]] = {}
    for p in exact:
        if p.id in minor:
            minor_ids.setdefault(p.country, set()).add(p.id)
    named |= {country for country, ids in minor_ids.items() if len(ids) > 1}
    report = [article.text[a:b] for a, b in article.report_text_spans()]
    attested: dict[str, bool] = {}
    for country in set(minor.values()) - named:
        demonym = _demonym_re(country, gazetteer)
        attested[country] = demonym is not None and any(demonym.search(t) for t in report)
    return frozenset(pid for pid, country in minor.items()
                     if country not in named and not attested[country])


_LOWER_WORD_AFTER_RE = re.compile(r"[ \u00a0]+[a-z]")


@lru_cache(maxsize=8)
def _any_demonym_re(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Any country's demonym (_demonym_alternatives), to match a whole word."""
    return re.compile("|".join(filter(None, (
        _demonym_alternatives(p) for p in gazetteer.places_of_kind("country")))) or "$^")


@lru_cache(maxsize=256)
def _demonym_re(country: str, gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """The country's demonym as a word (_demonym_alternatives): "Yemeni", "Turkish",
    "Lebanese", "Saudi", "Congolese", "Thai"; "Turkmen" also passes for Turkey, and
    "Emirati" and "Cypriot" are not found."""
    try:
        place = gazetteer.get(f"country:{country}")
    except LookupError:  # PlaceNotFound
        return None
    pattern = _demonym_alternatives(place)
    return re.compile(rf"\b(?:{pattern})\b") if pattern else None


_GENERIC_LAST_WORDS = frozenset(
    "republic territory territories states kingdom islands island emirates federation union "
    "america".split())


def _demonym_alternatives(country: Place) -> str | None:
    """A regex for the country's demonym: names.demonym_pattern of its names and of their
    last words ("Democratic Republic of the Congo", "Congo-Kinshasa": "Congolese"), or the
    start of its name when that is a demonym already ("Thai")."""
    names = [country.name, *country.aliases]
    # (the first words of other names say too much: "West Bank and Gaza" would take "Western",
    # "South Korea" "Southern"; so do generic last words, "Republic", "Territory")
    words = [country.name, *(a for a in country.aliases if " " not in a),
             *(last for n in names if " " in n.replace("-", " ")
               and (last := n.replace("-", " ").split()[-1]).lower() not in _GENERIC_LAST_WORDS)]
    pattern = demonym_pattern(words)
    starts = sorted({w[:k] for w in (country.name.split()[0],) for k in range(4, len(w))
                     if w[:k].endswith(DEMONYM_ENDINGS) and w[:k].isalpha()})
    return "|".join([*([pattern] if pattern else []), *map(re.escape, starts)]) or None


_POSSESSIVE_GAP_RE = re.compile(POSSESSIVE)
# names listed together: "Punjab and Azad Kashmir", "Punjab, Sindh"
_LIST_JOIN_RE = re.compile(LIST_SEP)


def _coherent(found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Move a small place to its namesake in the country the rest of the sentence is in.

    "air strikes in Iraq hit near Mosul, Sinjar and Tal Afar": the Iraqi Sinjar, not the
    Idlib village the theatre preference chose. Only towns and villages move, only when no
    other place of the sentence is in the chosen place's country; a province to another
    country's province of its name, when the names listed beside it are there ("Punjab and
    Azad Kashmir"); and any place, a city too, to the country that owns it ("Syria and
    Iraq's Sinjar", "Egypt's Rafah").
    """
    countries = [m.place.country if m.place is not None else "" for m in found]
    out = []
    for i, m in enumerate(found):
        owner = found[i - 1] if i else None
        owned = owner is not None and owner.place is not None \
            and owner.place.kind == "country" and m.place is not None \
            and _POSSESSIVE_GAP_RE.fullmatch(m.sentence, owner.end - m.sentence_start,
                                             m.start - m.sentence_start) is not None
        # (a province moves as a town does, to a province: two countries' provinces may share
        # a name, "in Punjab and Azad Kashmir" is Pakistan's, "Punjab, including Amritsar"
        # India's)
        others = set(countries[:i] + countries[i + 1:]) - {""}
        partners = _listed_with(found, i) - {""} if m.place is not None and m.alternatives \
            else set()
        # a major place listed with names that, as the whole sentence, are all in another
        # country ("Sana'a, Saada and Al-Bayda": Yemen's town, not Libya's city)
        abroad = bool(partners) and m.place.country not in others
        if m.place is None or not m.alternatives \
                or (_major_place(m.place) and m.place.kind != "governorate" and not owned
                    and not abroad):
            out.append(m)
            continue
        if (m.place.kind == "governorate" or abroad) and partners:
            others = partners  # a province goes with the names listed with it
        if owned:
            others = {owner.place.country}  # "Syria and Iraq's Sinjar", "Egypt's Rafah"
        if not others or m.place.country in others:
            out.append(m)
            continue
        moved = None
        for candidate in gazetteer.lookup(m.surface, fuzzy=m.match in ("skeleton", "fuzzy")):
            if candidate.place.country in others and candidate.place.id in m.alternatives \
                    and (m.place.kind != "governorate" or candidate.place.kind == "governorate"
                         or owned) \
                    and (not _major_place(m.place) or owned or m.place.kind == "governorate"
                         or candidate.place.kind != "village"):
                moved = candidate
                break
        if moved is None:
            out.append(m)
            continue
        alternatives = (m.place.id, *(a for a in m.alternatives if a != moved.place.id))
        out.append(Mention(
            m.article_id, m.surface, m.start, m.end, m.sentence, m.sentence_start, m.qualifier,
            moved.place, moved.score, moved.match, alternatives, m.countryside))
    return out


def _listed_with(found: list[Mention], i: int) -> set[str]:
    """The countries of the names listed right before and after ``found[i]`` (one
    sentence's mentions), joined to it by a comma, "and" or "or"."""
    m = found[i]
    out = set()
    for j in (i - 1, i + 1):
        if 0 <= j < len(found) and found[j].place is not None:
            a, b = (found[j], m) if j < i else (m, found[j])
            if _LIST_JOIN_RE.fullmatch(m.sentence, a.end - m.sentence_start,
                                       b.start - m.sentence_start):
                out.add(found[j].place.country)
    return out


def _major_place(place: Place) -> bool:
    return place.kind not in ("town", "village") or \
        (place.population or 0) >= settings.MAJOR_PLACE_POPULATION


def _sentence_mentions(
    article_id: str, text: str, sentence: Sentence, gazetteer: Gazetteer,
    masked: list[tuple[int, int]], memory: _Memory,
) -> Iterator[Mention]:
    for run_start, run_end in _conjoined(text, list(_name_runs(text, sentence.start,
                                                                sentence.end)), gazetteer):
        if masked and any(a < run_end and run_start < b for a, b in masked):
            # a run overlapping an organisation or outlet name: search only outside it
            pieces = _outside(text, run_start, run_end, masked)
        else:
            pieces = [(run_start, run_end)]
        for piece_start, piece_end in _english_particle_split(text, pieces, gazetteer):
            for mention in _resolve_run(article_id, text, sentence, piece_start, piece_end,
                                        gazetteer, memory):
                _remember(mention, gazetteer, memory)
                yield mention


# a country's word that a region's name takes: "Pakistan-occupied Kashmir"
_HELD_JOIN_RE = re.compile(r"[-\u2010\u2011](?:occupied|administered|held|controlled)[ \u00a0]")


def _conjoined(text: str, runs: list[tuple[int, int]],
               gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The runs, two of them one where a place's name joins them with "and" or "&" ("Iran's
    Sistan and Baluchestan province", "Jammu & Kashmir") or with "-occupied" and the like
    ("Pakistan-occupied Kashmir"); words of the first run before the name
    ("Indian-administered") stay a run of their own."""
    out = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        if i + 1 < len(runs) and _HELD_JOIN_RE.fullmatch(text, end, runs[i + 1][0]):
            head_start = _tokens(text, start, end)[-1][0]
            if any(c.match == "exact" for c in gazetteer.lookup(
                    text[head_start:runs[i + 1][1]], fuzzy=False, limit=1)):
                if head_start > start:
                    out.append((start, head_start))
                out.append((head_start, runs[i + 1][1]))
                i += 2
                continue
        if i + 1 < len(runs) and text[end:runs[i + 1][0]] in (" and ", " & "):
            tail = fold(text[runs[i + 1][0]:runs[i + 1][1]])
            tokens = _tokens(text, start, end)
            for k, (head_start, _) in enumerate(tokens):
                if any(tail == t or tail.startswith(t + " ")
                       for t in gazetteer.conjoined_tails(fold(text[head_start:end]))):
                    if k:
                        out.append((start, tokens[k - 1][1]))
                    out.append((head_start, runs[i + 1][1]))
                    break
            else:
                out.append((start, end))
                i += 1
                continue
            i += 2
            continue
        out.append((start, end))
        i += 1
    return out


def _english_particle_split(text: str, pieces: list[tuple[int, int]],
                            gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Split runs at a spaced "at", "as" or "an" unless the whole run names a place."""
    out = []
    for start, end in pieces:
        run = text[start:end]
        # (a cheap test first: most runs have no word starting with "a" after a space)
        cuts = list(_ENGLISH_PARTICLE_RE.finditer(text, start, end)) \
            if " a" in run or "\u00a0a" in run else []
        if not cuts or gazetteer.lookup(run, limit=1):
            out.append((start, end))
            continue
        for cut in cuts:
            out.append((start, cut.start()))
            start = cut.end()
        out.append((start, end))
    return out


def _outside(text: str, start: int, end: int,
             masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of text[start:end] outside the masked spans, without the spaces that joined
    them to a mask ("Kurdistan Region" of "Kurdistan Region Security Council")."""
    pieces = [(start, end)]
    for a, b in masked:
        nxt = []
        for s, e in pieces:
            if b <= s or a >= e:
                nxt.append((s, e))
                continue
            if s < a:
                nxt.append((s, a))
            if b < e:
                nxt.append((b, e))
        pieces = nxt
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # ("US" of "US Central Command" at a sentence start, where no "The" lengthens it)
        if e - s >= settings.MIN_NAME_LENGTH or text[s:e] in settings.SHORT_NAMES:
            out.append((s, e))
    return out


def _resolve_run(
    article_id: str, text: str, sentence: Sentence, start: int, end: int, gazetteer: Gazetteer,
    memory: _Memory,
) -> Iterator[Mention]:
    people, excluded = memory.people, memory.excluded
    tokens = _tokens(text, start, end)
    while len(tokens) > 1 and text[tokens[-1][0]:tokens[-1][1]].lower() in WEEKDAYS:
        # "said on Telegram Tuesday": the day ends no name
        tokens = tokens[:-1]
        end = tokens[-1][1]
    if len(tokens) > 1 and start == sentence.start and text[start:tokens[0][1]] in _TITLE_CASE_WORDS \
            and not _spelt_with_article(text, tokens, gazetteer):
        # "At Incirlik, jets took off": the sentence's first word, not an article ("at-")
        tokens = tokens[1:]
        start = tokens[0][0]
    if not tokens:
        return
    if people and strip_article(text[start:end]) in people:
        # "Abadi said" after "Prime Minister Haider al-Abadi", "Al-Maliki condemned" after
        # "Turki al-Maliki": the person again
        return
    if (model := _MODEL_AFTER_RE.match(text, end)) and (designated := _designated(
            text, tokens[-1][0], model.end(), gazetteer)):
        # "the Engels-2 airfield": a place the gazetteer knows with its number
        tokens = [*tokens[:-1], (tokens[-1][0], designated)]
        end = designated
    elif model or _SPACED_MODEL_AFTER_RE.match(text, end):
        # "Fateh-110 rockets", "US F-15Es": the last word starts a weapon's model designation
        # ("Raad 2 and Raad 3 rockets", "Burkan 2 missiles": with a space, before the weapon)
        tokens = tokens[:-1]
        if not tokens:
            return
        end = tokens[-1][1]
    if len(tokens) > 1 and text[tokens[0][0]:tokens[0][1]] in _SETTLEMENT_KINDS:
        # "Kibbutz Be'eri", "Moshav Netiv HaAsara": an Israeli settlement, named after its kind;
        # the gazetteer's place only when spelt as it has one in Israel ("Be'eri" is no "Beria",
        # an alias of Aleppo)
        name_start = tokens[1][0]
        found = gazetteer.lookup(text[name_start:end], fuzzy=False, limit=1)
        mention = _accept(gazetteer, text, sentence, name_start, end, first_in_sentence=False,
                          article_id=article_id, excluded=excluded) \
            if found and found[0].match == "exact" and found[0].place.country == "IL" else None
        yield mention or _certain_unresolved(text, sentence, name_start, end, article_id)
        return
    if len(tokens) > 1 and text[tokens[0][0]:tokens[0][1]] == "Operation" \
            and not _in_title_case_line(text, start):
        # "Operation Hail Storm", "Operation Euphrates Shield": a military operation's name
        # (a headline capitalises every word: "Operations In Syria Expanded")
        return
    if len(tokens) == 1 and text[start:end] in settings.AGENCIES_NAMED_LIKE_PLACES \
            and not _GOV_AFTER_RE.match(text[end:end + 30]):
        return  # "According to Fars, ...": the news agency
    if len(tokens) <= 2 and _MODEL_BEFORE_RE.search(text, max(sentence.start, start - 10), start) \
            and not _in_title_case_line(text, start):
        return  # "Boeing AV-8B Harrier jets": the aircraft's name
    if _MEDIA_BEFORE_RE.search(text, max(sentence.start, start - 25), start):
        return  # "the Kuwaiti news network al-Rai", "the daily Al-Watan": an outlet
    if _GROUP_BRANCH_RE.match(text, start, end):
        return  # "ISIS-Somalia", "IS-Khorasan": a group's branch, named after its land
    if (after := _PEOPLE_OR_MEDIA_AFTER_RE.match(text, end)) \
            and not (after.group("people") and _names_area(gazetteer, text[start:end])) \
            and not ((after.group("family") or after.group("product"))
                     and gazetteer.lookup(text[start:end], fuzzy=False, limit=1)):
        # "the Surchi tribe", "the Houthi-run al-Masirah television", "the Berjawi family" (not
        # "a Gaza family", one from there)
        return
    # (the word before the run gates the patterns: most runs follow no article)
    head = text[max(sentence.start, start - 16):start].rstrip()
    if head[head.rfind(" ") + 1:].lower() in _FIGURE_GATE and (
                (_FIGURE_BEFORE_RE.search(text, max(sentence.start, start - 25), start)
                 and _FIGURE_AFTER_RE.match(text, end))
                or (_FIGURE_END_BEFORE_RE.search(text, max(sentence.start, start - 25), start)
                    and _FIGURE_END_AFTER_RE.match(text, end))):
        return  # "a Mecca for jihadists", "becoming another Aleppo": a figure of speech
    if len(tokens) > 1 and len(tokens) <= settings.MAX_NAME_WORDS:
        # a whole run that is a place wins over the person rules ("Sheikh Miskin")
        whole = _accept(gazetteer, text, sentence, start, end,
                        first_in_sentence=(start == sentence.start), article_id=article_id,
                        excluded=excluded)
        if whole is not None:
            yield whole
            return
        first = text[tokens[0][0]:tokens[0][1]].lower()
        if (first in _PLACE_NAME_TITLES or first in settings.GIVEN_NAMES) \
                and _SETTLEMENT_OF_END_RE.search(text, max(sentence.start, start - 25), start):
            # "the village of Sheikh Ahmad", "the town of Abu Dali": a settlement the gazetteer
            # lacks, whose name starts like a person's
            yield _certain_unresolved(text, sentence, start, end, article_id)
            return
    for t in range(len(tokens) - 2):
        if text[tokens[t][0]:tokens[t][1]].rstrip(".").lower() in _TITLE_WORDS \
                and text[tokens[t + 1][0]:tokens[t + 1][1]] == "of":
            # "the President of Afghanistan", "the Emir of Qatar": the title's country is a
            # place, and a name after it is the person's ("Prime Minister of Iraq Haider
            # al-Abadi"); what stands before the title is read on its own, first
            if t > 0:
                yield from _resolve_run(article_id, text, sentence, start, tokens[t - 1][1],
                                        gazetteer, memory)
            rest = tokens[t + 2:]
            # "the Minister of Foreign Affairs of Ukraine": past the portfolio, the country
            portfolio = [k for k in range(1, min(len(rest) - 1, 4))
                         if text[rest[k][0]:rest[k][1]] == "of"]
            if portfolio and not gazetteer.lookup(text[rest[0][0]:rest[0][1]], fuzzy=False,
                                                  limit=1):
                rest = rest[portfolio[0] + 1:]
            for j in range(min(len(rest), settings.MAX_NAME_WORDS), 0, -1):
                country = _accept(gazetteer, text, sentence, rest[0][0], rest[j - 1][1],
                                  first_in_sentence=False, article_id=article_id,
                                  excluded=excluded)
                if country is not None and country.place is not None:
                    yield country
                    if j < len(rest):
                        # "... of Iraq Haider al-Abadi": the person; "Envoy of Iran Visits
                        # Aleppo", a headline: read on
                        yield from _resolve_run(article_id, text, sentence, rest[j][0], end,
                                                gazetteer, memory)
                    break
            return
    if _title_before(text, max(sentence.start, start - 30), start):
        _remember_person(text, tokens, people)
        return  # "President Bashar al-Assad", "Minister Sergei Lavrov"
    first_word = text[tokens[0][0]:tokens[0][1]].lower().replace("'", "").replace("\u2019", "")
    if not first_word.isascii():
        first_word = fold(first_word)  # "İbrahim Kalın"
    if len(tokens) > 1 and first_word in settings.ORGANISATION_HEADS:
        return  # "Jabhat al-Shamiya", "Jaish al-Islam": an armed group, not places
    if len(tokens) == 1 and _GROUP_NAME_RE.fullmatch(text, start, end):
        return  # "the Hizbollah stronghold": a target group's name, in any of its spellings
    if len(tokens) > 1 and _institution(text, tokens):
        return  # "the Idleb Health Directorate", "Local Council of Jisr al-Shughur"
    if len(tokens) > 1 and first_word in settings.GIVEN_NAMES \
            and not _place_at_start(text, tokens, gazetteer):
        # (the whole run was tried as a place above; "Abu Dhabi International Airport"
        # starts with a place)
        _remember_person(text, tokens, people)
        return  # "Bashar al-Assad", "Ghazi Ali Dawi": a person, not places
    place_tokens = _before_person(text, tokens, gazetteer)
    if len(place_tokens) == len(tokens) > 1 and _PERSON_APPOSITION_AFTER_RE.match(text, end):
        _remember_person(text, tokens, people)
        return  # "Qasim Soleimani, the head of Iran's Quds Force": a person, not places
    if len(place_tokens) < len(tokens):
        _remember_person(text, tokens[len(place_tokens):], people)
        if len(place_tokens) > 1 and _institution(text, place_tokens) and not _names_area(
                gazetteer, text[place_tokens[0][0]:place_tokens[0][1]]):
            # "member of Darna Shura Council Abu Mosaab": the person's institution (a country's
            # stays: "U.S. Army Col. Steve Warren")
            return
    tokens = place_tokens
    n = len(tokens)
    i = 0
    while i < n:
        if i + 1 < n and text[tokens[i][0]].islower():
            # a lower-case article or particle ("al-Bab", "Gulf of Aden") starts no name: the
            # next word takes a hyphenated article along (see _accept)
            i += 1
            continue
        if i >= 2 and text[tokens[i - 1][0]].islower() \
                and text[tokens[i - 2][1]:tokens[i - 1][0]] in _HYPHENS \
                and text[tokens[i - 1][1]:tokens[i][0]] in _HYPHENS \
                and not text[tokens[i - 2][0]].islower():
            # "Lashkar-e-Taiba", "Jaish-e-Mohammed": the tail of a compound that was read
            # whole from its first word, no name of its own
            i += 1
            continue
        if (memory.bases or memory.unknown) \
                and (again := _remembered(text, tokens, i, memory)) is not None:
            # "Ellsworth's B-1s" after "Ellsworth Air Force Base": the base again; "an elder
            # in Maungdaw" after "Maungdaw township": the place the gazetteer lacks again
            j, place = again
            if place is None:
                yield _certain_unresolved(text, sentence, tokens[i][0], tokens[j - 1][1],
                                          article_id)
            else:
                yield Mention(
                    article_id=article_id, surface=text[tokens[i][0]:tokens[j - 1][1]],
                    start=tokens[i][0], end=tokens[j - 1][1], sentence=sentence.text,
                    sentence_start=sentence.start, qualifier="", place=place, score=1.0,
                    match="short")
            i = j
            continue
        # no known name starts with this word: only an unresolved place can
        longest = min(n, i + settings.MAX_NAME_WORDS) if gazetteer.could_begin_name(
            text[tokens[i][0]:tokens[i][1]]) else i
        for j in range(longest, i, -1):
            if j < n and text[tokens[j - 1][0]].islower():
                # a name does not end in the article of the next word: "Tal al-Hawa" is not
                # the Israeli village Tal El followed by "Hawa"
                continue
            s, e = tokens[i][0], tokens[j - 1][1]
            # a leading lower-case article belongs to the name only if one follows it
            mention = _accept(gazetteer, text, sentence, s, e,
                              first_in_sentence=(s == sentence.start
                                                 and text[s:e] not in memory.places),
                              article_id=article_id, excluded=excluded)
            if mention is not None and j < n and mention.place is not None \
                    and mention.place.kind not in settings.REGION_KINDS \
                    and text[tokens[j][0]:tokens[j][1]].lower() in settings.LANDFORM_NOUNS:
                # "al-Zawiyah Mountain", "Tabqa Dam": a feature the gazetteer lacks, named after
                # a place (often one far away: Az Zawiyah in Libya), not that place
                yield _certain_unresolved(text, sentence, mention.start, tokens[j][1], article_id)
                i = j + 1
                break
            if mention is not None and j < n and mention.match not in _SURE_MATCHES \
                    and text[tokens[j][0]:tokens[j][1]] in ARTICLE_WORDS:
                # "Sahl al-Rouj", "Tal al-Hawa": a name's head word goes with the article word
                # after it; only its exact spelling is that place on its own (not "Sahl" as a
                # transliteration of the Sahel)
                continue
            if mention is not None:
                yield mention
                i = j
                break
        else:
            u_start = tokens[i][0]
            art = _article_before(text, max(sentence.start, u_start - 5), u_start)
            unresolved = _unresolved(text, sentence, u_start - len(art.group()) if art else u_start,
                                     tokens[-1][1], article_id, gazetteer)
            if unresolved is not None and _ordinary_words_before_name(text, tokens, i, gazetteer):
                unresolved = None  # a headline's "in Shelling Targeting Omdurman"
            if unresolved is not None:
                yield unresolved
                # (a name cut before its kind leaves the rest of the run to read: "Rigasa
                # District of Igabi Local Government Area of Kaduna State")
                while i < n and tokens[i][0] < unresolved.end:
                    i += 1
                continue
            i += 1


_HYPHENS = ("-", "\u2010", "\u2011")


def _remembered(text: str, tokens: list[tuple[int, int]], i: int,
                memory: _Memory) -> tuple[int, Place | None] | None:
    """The end token of a remembered name starting at token ``i`` (the longest that is a
    whole run of tokens), with its base, or None for a place the gazetteer lacks; None if
    no remembered name starts there."""
    if i and text[tokens[i - 1][1]:tokens[i][0]] in _HYPHENS:
        return None  # the end of a compound: "the Mantari-Maimusari-Bakura axis"
    for j in range(min(len(tokens), i + settings.MAX_NAME_WORDS), i, -1):
        if j < len(tokens) and text[tokens[j - 1][1]:tokens[j][0]] in _HYPHENS:
            continue  # ...or its start
        name = text[tokens[i][0]:tokens[j - 1][1]]
        if place := memory.bases.get(name):
            return j, place
        if name in memory.unknown:
            return j, None
    return None


def _ordinary_words_before_name(text: str, tokens: list[tuple[int, int]], i: int,
                                gazetteer: Gazetteer) -> bool:
    """Do the run's words from ``i`` on read ordinary words, then a known place's name that
    ends the run? A headline capitalises every word ("Casualties in Militia Shelling Targeting
    Omdurman"): the words before the name are no unknown place's, and the name is read on its
    own. Words that begin names are no such words: "Mount Sinjar", "North Arabian Gulf",
    "Tal Wasit" (short words: "Moo Pa")."""
    for k in range(i, len(tokens)):
        word = text[tokens[k][0]:tokens[k][1]]
        if len(word) < 4 or word in _LANDFORM_TITLES or word.lower() in _NAME_TITLE_WORDS:
            return False
        if not gazetteer.is_common_word(word):
            return k > i and bool(gazetteer.lookup(text[tokens[k][0]:tokens[-1][1]],
                                                   fuzzy=False, limit=1))
    return False


# words that begin places' names ("North Waziristan", "Middle Euphrates", "Upper Nile"; not
# the "-ern" adjectives: "Eastern Daraa" is Daraa)
_NAME_TITLE_WORDS = frozenset(w for w in COMPASS_WORDS if not w.endswith("ern")) | {
    "middle", "upper", "lower", "greater", "great", "little", "central", "new", "old"}


_BASE_WORD_END_RE = re.compile(rf"[ \u00a0]+(?:{BASE_WORDS}|{NAVAL_WORDS})$", re.IGNORECASE)
_SURE_MATCHES = ("exact", "no_article")


def _place_at_start(text: str, tokens: list[tuple[int, int]], gazetteer: Gazetteer) -> bool:
    """Do the run's first two or more words (not all of them: the whole run was tried) spell
    a major place exactly ("Abu Dhabi" of "Abu Dhabi International Airport")? A town would
    as often start a person's name ("Mohammed bin Zayed Al Nahyan")."""
    for j in range(min(len(tokens) - 1, settings.MAX_NAME_WORDS), 1, -1):
        found = gazetteer.lookup(text[tokens[0][0]:tokens[j - 1][1]], fuzzy=False, limit=1)
        if found and found[0].match == "exact" and _major(found[0]):
            return True
    return False


def _spelt_with_article(text: str, tokens: list[tuple[int, int]], gazetteer: Gazetteer) -> bool:
    """Is a run starting a sentence with "An", "As", "At"... a place's exact name, article
    included ("An Nabk was shelled", "As Suwayda")? Not before an acronym ("An IS depot")."""
    first, second = text[tokens[0][0]:tokens[0][1]], text[tokens[1][0]:tokens[1][1]]
    return first.lower() in ARTICLE_WORDS and not second.isupper() and any(
        c.match == "exact"
        for c in gazetteer.lookup(text[tokens[0][0]:tokens[-1][1]], fuzzy=False, limit=1))


# the nouns facilities are named with ("King Abdullah Airport", "the International Airport")
_FACILITY_WORDS = frozenset(
    "airport airbase base port bridge dam hospital prison stadium university school mosque "
    "church street road square".split())
# words no person's name holds: what a facility named after a person ends in, and the small
# words a headline capitalises
_NOT_IN_PERSON_NAMES = settings.INSTITUTION_NOUNS | _FACILITY_WORDS | frozenset(
    "city in at on of to for from and the".split())


def _remember_person(text: str, tokens: list[tuple[int, int]], people: set[str]) -> None:
    """Keep the surname of a person's name (its last word, without the article) so that later
    mentions of the person by surname alone are not taken for places."""
    while tokens and text[tokens[0][0]:tokens[0][1]].lower() in _TITLE_WORDS:
        tokens = tokens[1:]  # "Prime Minister Haider al-Abadi"
    for k, (s, e) in enumerate(tokens):
        # a headline's run goes on past the name: "King Abdullah Airport In Jazan" (Jazan is
        # no surname)
        if text[s:e].lower() in _NOT_IN_PERSON_NAMES:
            tokens = tokens[:k]
            break
    if not tokens:
        return
    surname = strip_article(text[tokens[-1][0]:tokens[-1][1]])
    if len(surname) >= 4:
        people.add(surname)


# "Fateh-110", "Su-24M", "Kalibr-NK" (a capital after the hyphen: "Rostov-on-Don" has none)
_MODEL_AFTER_RE = re.compile(r"-(?:\d|[A-Z]{2,}\b)")
_SPACED_MODEL_AFTER_RE = re.compile(
    r"[ \u00a0]\d{1,3}[A-Z]?"
    r"(?:(?:,|[ \u00a0](?:and|or))[ \u00a0][A-Z][\w-]*[ \u00a0]\d{1,3}[A-Z]?)*"
    r"[ \u00a0](?:[a-z-]+[ \u00a0])?(?:rockets?|missiles?|drones?|launchers?)\b")
# a weapon's model designation right before a name, which is then the weapon's own: "AV-8B
# Harrier jets", "MQ-9 Reaper", "Su-25 Frogfoot"
_MODEL_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-\d+[A-Z]{0,3}\d?[ \u00a0]$")
_DESIGNATION_END_RE = re.compile(r"[\dA-Za-z]*")


def _designated(text: str, word_start: int, model_end: int, gazetteer: Gazetteer) -> int | None:
    """The end of a word and the designation after it ("Engels-2") when the gazetteer knows
    them together, else None."""
    end = _DESIGNATION_END_RE.match(text, model_end).end()
    found = gazetteer.lookup(text[word_start:end], fuzzy=False, limit=1)
    return end if found and found[0].match == "exact" else None
# "a Mecca for jihadists", "another Aleppo in the making": the name stands for what happened
# or happens there (not "an Aleppo suburb", "a Damascus court", "a Tel Aviv, Israel,
# apartment building")
_FIGURE_MODIFIER = r"new|second|modern|modern-day|veritable|virtual|real|latter-day"
_FIGURE_GATE = frozenset({"a", "an", "another", *_FIGURE_MODIFIER.split("|")})
_FIGURE_BEFORE_RE = word_regex(
    rf"\b(?:(?:a|an)(?:[ \u00a0]+(?:{_FIGURE_MODIFIER}))?|another)[ \u00a0]+$", re.IGNORECASE)
_FIGURE_AFTER_RE = re.compile(r"[ \u00a0]+(?:for|of|in[ \u00a0]+the[ \u00a0]+making)\b")
# ...also at the end of a phrase after "a new" or "become a": "a new Stalingrad.", "let Syria
# become a Libya", "risks becoming another Aleppo" (not "one missile hit Kharkiv and another
# Odesa")
_FIGURE_END_BEFORE_RE = word_regex(
    rf"\b(?:(?:a|an)[ \u00a0]+(?:{_FIGURE_MODIFIER})|"
    r"(?:become|becomes|becoming|became|turn(?:s|ed|ing)?[ \u00a0]+into)[ \u00a0]+"
    r"(?:a|an|another))[ \u00a0]+$", re.IGNORECASE)
_FIGURE_END_AFTER_RE = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)")
# a group's branch named after its land: "ISIS-Somalia", "IS-Khorasan"
_GROUP_BRANCH_RE = re.compile(rf"(?:ISIS|ISIL|IS|Daesh)[-\u2010\u2011][{UPPER}]")
# what a name before it is not a place's: a people's ("a man of the Surchi tribe") or a
# broadcaster's ("al-Masirah television", "Al-Manar TV")
# (not "the Mosul radio station", "the Kharkiv TV tower"; "Anbar tribesmen" and "the Darfur
# tribes" are a province's and a region's, see _names_area)
_PEOPLE_OR_MEDIA_AFTER_RE = re.compile(
    # ("the Hezbollah-affiliated Al Mayadeen channel"; not "the English Channel")
    r"[ \u00a0]+(?:(?P<people>(?i:tribe|tribes|tribesmen|clan|clans))|(?P<family>families|family)"
    # "the Beirut-based al-Akhbar newspaper", "Asisguard Songar models" (a name the gazetteer
    # lacks, as for a family: a product's)
    r"|(?P<product>newspapers?|magazine|models?|variants?)"
    r"|(?i:television|radio)|TV"
    r"|channel"
    r"|news[ \u00a0]+agency)\b"
    r"(?![ \u00a0]+(?i:towers?|stations?|buildings?|masts?|transmitters?)\b)")


def _names_area(gazetteer: Gazetteer, name: str) -> bool:
    """Is ``name``, as spelt, a province's, a region's or a country's?"""
    return any(c.place.kind in ("governorate", "region", "country")
               for c in gazetteer.lookup(name, fuzzy=False, limit=1))
_MEDIA_BEFORE_RE = word_regex(
    r"\b(?:news\s+(?:agency|channel|website|outlet)|network|newspaper|daily|broadcaster|channel|"
    r"(?:TV|television)\s+(?:channel|network|station)|magazine|weekly|news\s+site)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)


def _institution(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Does the run name an institution: an institution noun last, or before "of"?"""
    if text[tokens[-1][0]:tokens[-1][1]].lower() in settings.INSTITUTION_NOUNS:
        return True
    for (s, e), (s2, e2) in zip(tokens, tokens[1:]):
        if text[s2:e2] == "of" and text[s:e].lower() in settings.INSTITUTION_NOUNS:
            return True
    return False




# what only a person is, in an apposition after the name: "Qasim Soleimani, the head of",
# "Jolani, a former commander of" (a place is "the capital of", "the heart of")
_PERSON_APPOSITION_AFTER_RE = re.compile(
    r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:head|leader|commander|chief|founder|spokes(?:man|woman|person)|son|daughter|brother|"
    r"sister|wife|husband|father|mother|deputy|minister|president|emir|director)[ \u00a0]+of\b")


def _before_person(text: str, tokens: list[tuple[int, int]],
                   gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Cut a run where a person's name starts inside it ("Russian President Vladimir Putin"),
    unless the rest of the run is a place ("Near Abu Kamal")."""
    for i, (s, e) in enumerate(tokens):
        word = text[s:e].lower()
        if not word.isascii():
            word = fold(word)  # "İbrahim"
        if word in _TITLE_WORDS:
            return tokens[:i]
        if word in settings.GIVEN_NAMES and i + 1 < len(tokens) and i > 0:
            if gazetteer.lookup(text[s:tokens[-1][1]], fuzzy=False, limit=1):
                continue
            return tokens[:i]
    return tokens


def _is_demonym_of(surface: str, name: str) -> bool:
    """Is ``surface`` the place's name with a demonym's ending ("Saudi Arabian")?"""
    surface, name = surface.casefold(), name.casefold()
    return surface.startswith(name) and surface[len(name):] in DEMONYM_ENDINGS


# a lower-case compass word right before a name ("the eastern Mediterranean")
_COMPASS_BEFORE_RE = re.compile(rf"\b((?-i:{COMPASS}ern))[ \u00a0]+$")


def _accept(
    gazetteer: Gazetteer, text: str, sentence: Sentence, start: int, end: int, *,
    first_in_sentence: bool, article_id: str, excluded: frozenset[str] = frozenset(),
) -> Mention | None:
    surface = text[start:end]
    if lead := _KIND_OF_START_RE.match(surface):
        # "the Northern State of Sudan", "the Somali Region of Ethiopia": the end of a longer
        # name; the place after "of" is the mention
        start += lead.end()
        surface = text[start:end]
    if surface[:1].islower() or surface.startswith("The ") or surface == "The":
        return None  # "al-Bab" is found from "Bab" with the article attached below;
        # "The U.S." from "U.S."
    words = surface.split()
    single = len(words) == 1
    if single and len(surface) < settings.MIN_NAME_LENGTH \
            and surface not in settings.SHORT_NAMES \
            and not any(ch.isdigit() for ch in surface):  # "T4" is a base
        return None
    # acronyms ("TASS", "FSB") and sentence-initial words are matched only as spelt
    fuzzy = not (single and (first_in_sentence or surface.isupper()))
    # the bare name first: most capitalised words are no place, and a qualifier only
    # re-ranks the places a name can mean, so the context is read only for names that resolve
    # a lower-case article written before the run ("in al-Bab") belongs to the name
    art = _article_before(text, max(sentence.start, start - 5), start)
    if art:
        start -= len(art.group())
        surface = text[start:end]
    # "Iraq's autonomous Kurdistan region": a region known only with its noun ("Kurdistan"
    # alone may be Iran's or Turkey's)
    # ...and other areas known with their noun in lower case: "the Syrian desert", "the Gaza
    # strip", "the Ghab plain" (the noun then belongs to the name)
    region: list[Candidate] = []
    if noun := _AREA_NOUN_AFTER_RE.match(text, end):
        kinds = ("region",) if noun.group(1) == "region" else _AREA_NOUN_KINDS
        region = [c for c in gazetteer.lookup(f"{surface}{noun.group()}", fuzzy=False, limit=1)
                  if c.place.kind in kinds and c.match == "exact"
                  and c.score >= settings.MENTION_MIN_SCORE]
        if region and noun.group(1) != "region":
            # (a "region" stays a qualifier, as it was: "Kurdistan" of "Kurdistan region")
            end = noun.end()
            surface = text[start:end]
    # "the eastern Mediterranean", "eastern Ghouta": a sea or region known with its compass
    # word in lower case (the word then belongs to the name; "eastern Aleppo" stays Aleppo)
    if not region and (compass := _COMPASS_BEFORE_RE.search(text, max(sentence.start, start - 20),
                                                             start)):
        region = [c for c in gazetteer.lookup(f"{compass.group(1)} {surface}", fuzzy=False,
                                              limit=1)
                  if c.place.kind in ("sea", "region") and c.match == "exact"
                  and c.score >= settings.MENTION_MIN_SCORE]
        if region:
            start = compass.start(1)
            surface = text[start:end]
    if not region and not gazetteer.lookup(surface, fuzzy=fuzzy, limit=1):
        # a misspelt name may still resolve among the places its qualifier asks for
        # ("the Hmeimin air base", "Lattakiya province"); most unknown words have none
        after = text[end:end + 30]
        if not fuzzy or not (_BASE_AFTER_RE.match(after) or _GOV_AFTER_RE.match(after)):
            return None
    context = _context(text, start, end, sentence.end)
    # a base qualifier as written: "Damascus airport" is an alias of the airport itself
    # (one base of "the Shayrat and Hama air bases" is the "Hama air base")
    query = f"{surface} {context.qualifier.removesuffix('s')}" if context.hint == "base" else \
        _HINT_QUERY[context.hint].format(surface)
    candidates = region or gazetteer.lookup(query, fuzzy=fuzzy)
    if not region and _bare_name_meant(context, candidates):
        context = _NO_CONTEXT
        candidates = gazetteer.lookup(surface, fuzzy=fuzzy)
    # spelling variation is a Levantine-transliteration phenomenon: elsewhere a name must be
    # spelt as the gazetteer has it ("Lavrov" is not Lviv, "Sukhoi" not Sykhiv)
    scored = [c for c in candidates if c.score >= settings.MENTION_MIN_SCORE]
    long = len(strip_article(surface).replace(" ", "")) >= settings.FUZZY_MIN_LENGTH
    candidates = [c for c in scored if (
        c.match in ("exact", "no_article") or c.place.country in settings.VARIANT_COUNTRIES
        or long and (c.place.country in settings.LONG_VARIANT_COUNTRIES
                     or c.place.kind in ("sea", "region"))
        or (c.place.country in settings.CYRILLIC_COUNTRIES
            and cyrillic_key(surface) == cyrillic_key(c.matched)))
        # "Saudi Arabian", "Libyan": the name with a demonym's ending is no place
        and not (c.match != "exact" and _is_demonym_of(surface, c.place.name))]
    # (``scored``: what the name matched before the spelling filter)
    if scored and not candidates and _ARTICLE_START_RE.match(surface) \
            and not _CAPITALISED_BEFORE_RE.search(text, max(sentence.start, start - 30), start) \
            and (context.hint or _PLACE_PREPOSITION_BEFORE_RE.search(
                text, max(sentence.start, start - 30), start)):
        # "the villages of al-Murieya and al-Jaffra": a name with the article, spelt like a
        # place abroad (Libya's Al Jufrah), where a place stands: a place the gazetteer lacks
        # (not the end of a longer name: "Laith al-Rashdi", "Bab al-Hawa"; not "told
        # al-Masirah", "by al-Jubeir and al-Rashdi")
        return _certain_unresolved(text, sentence, start, end, article_id)
    if excluded and candidates:
        gone = [c for c in candidates if c.place.id in excluded]
        # (a bare name that a province shares with an excluded town of its country goes with
        # the town: "Karak" in a Syrian report is no more Jordan's province than its town)
        kept = [c for c in candidates if c.place.id not in excluded and not (
            c.place.kind == "governorate" and c.qualified.hint != "governorate"
            and any(g.place.country == c.place.country
                    and fold(g.matched) == fold(c.matched) for g in gone))]
        if not kept and _ARTICLE_START_RE.match(surface):
            # "the settlement of Al-Shola": spelt as a place, but not the foreign town whose
            # country the report never names; after a capitalised word, the end of a longer
            # name the gazetteer lacks ("Jurf al-Sakhar", "Ras al-Jadah")
            m = _CAPITALISED_BEFORE_RE.search(text, max(sentence.start, start - 30), start)
            if m and not _opens_phrase(m.group().strip()):
                start = m.start()
                art = _ARTICLE_PREFIX_BEFORE_RE.search(text, max(sentence.start, start - 4),
                                                       start)
                if art:
                    start = art.start()  # "al-Hayma al-Kharijia"
            return _certain_unresolved(text, sentence, start, end, article_id)
        candidates = kept
    if candidates and _ARTICLE_START_RE.match(surface):
        candidates = [c for c in candidates if c.match == "exact"
                      or c.place.country in settings.ARABIC_ARTICLE_COUNTRIES]
        if not candidates:
            # still a place's name, spelt as places are; the gazetteer lacks the place meant
            return _certain_unresolved(text, sentence, start, end, article_id)
    if not candidates:
        return None
    best = candidates[0]
    if best.place.id in settings.SEATS_OF_POWER and not (
            _IN_PLACE_BEFORE_RE.search(text, max(sentence.start, start - 12), start)
            or _VENUE_AFTER_RE.match(text[end:end + 20])):
        return None  # "the Kremlin said": the government, not the place
    if single and not region and gazetteer.is_common_word(surface) and not _major(best):
        # "Most", "Nice", "Bath": ordinary words that are also small places; accept only a
        # capitalised word mid-sentence with a location cue before it
        before = text[max(sentence.start, start - 12):start].lower()
        if first_in_sentence or not (_LOCATION_BEFORE_RE.search(before)
                                     or _in_place_list(text, sentence, start, gazetteer)):
            return None
    # "Russia Says Its Syria Bases Beat Back", "Idlib Province", "Kharkiv Oblast": capitals put
    # the bases a country holds, or a province's kind, in the run; the surface is the name and
    # the kind its qualifier, as when written in lower case ("Idlib province")
    qualifier = context.qualifier
    if (best.place.kind == "country" and (kind := _BASE_WORD_END_RE.search(surface))) \
            or (best.qualified.hint == "governorate" and (kind := _GOV_END_RE.search(surface))):
        if kind.start() > 0:
            end = start + kind.start()
            surface = text[start:end]
            qualifier = qualifier or kind.group().strip()
    return Mention(
        article_id=article_id, surface=surface, start=start, end=end, sentence=sentence.text,
        sentence_start=sentence.start, qualifier=qualifier, place=best.place,
        score=best.score, match=best.match,
        alternatives=tuple(c.place.id for c in candidates[1:]),
        countryside=context.countryside,
    )


def _bare_name_meant(context: _Context, candidates: list[Candidate]) -> bool:
    """Does a province word around the name ask for no province after all? "The outskirts of
    Kharkiv" are the city's abroad (a Syrian city's outskirts are its governorate's
    countryside); "the Sinjar region" is the area around the town when no province bears the
    name."""
    word = context.qualifier.lower()
    if word.startswith("outskirts"):
        return bool(candidates) and candidates[0].place.kind == "governorate" \
            and candidates[0].place.country not in settings.THEATRE_COUNTRIES
    return word.startswith("region") and not any(
        c.place.kind == "governorate" and c.score >= settings.MENTION_MIN_SCORE
        for c in candidates)


def _in_place_list(text: str, sentence: Sentence, start: int, gazetteer: Gazetteer) -> bool:
    """Is the word an item of a list of places: "near Bayji, Hit, Sinjar" (the town of Hit)?"""
    m = _LIST_ITEM_BEFORE_RE.search(text, max(sentence.start, start - 40), start)
    return m is not None and _known_place(m, gazetteer)


# "in the neighborhoods of al-Shaar", "heading toward al-Rommana", "shelled al-Jaffra"
_PLACE_PREPOSITION_BEFORE_RE = word_regex(
    rf"\b(?:in|at|near|of|to|towards?|into|from|outside|around|on|{_STRUCK_VERBS})"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
# (not a compound whose last part is a lower-case word: "the Beirut-based al-Akhbar")
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?<![\w'\u2019-])(?![A-Z][\w'\u2019]*-[a-z]+[ \u00a0]$)[A-Z][\w'\u2019-]*[ \u00a0]$")
# capitalised words that open a phrase at a sentence's start, beyond the title-case words
_PHRASE_OPENERS = frozenset(
    "Near Outside Inside Around Across Along Beyond Behind Toward Towards Between Through "
    "Under While When Since Until Including Also But Then Meanwhile".split())


def _opens_phrase(word: str) -> bool:
    """Does the capitalised word open a phrase rather than a name ("Near al-Sakhar,", "On
    Tuesday", "Tuesday al-Sakhar")?"""
    return word in _TITLE_CASE_WORDS or word in _PHRASE_OPENERS or word.lower() in _TIME_WORDS


_ARTICLE_PREFIX_BEFORE_RE = re.compile(rf"(?<!\w){ARTICLE}-$", re.IGNORECASE)


def _known_place(item: re.Match[str], gazetteer: Gazetteer) -> bool:
    """Is the list item before a name (``_LIST_ITEM_BEFORE_RE``'s ``prev``) spelt as a place?"""
    return bool(gazetteer.lookup(item.group("prev"), fuzzy=False, limit=1))


def _major(candidate: Candidate) -> bool:
    place = candidate.place
    return (
        place.kind in ("country", "governorate", "sea")
        or (place.population or 0) >= settings.MAJOR_PLACE_POPULATION
        or candidate.match in ("exact", "no_article") and place.kind in settings.BASE_KINDS
    )


def _certain_unresolved(text: str, sentence: Sentence, start: int, end: int, article_id: str) -> Mention:
    """An unresolved mention of a name that is surely a place's, without any other cue: a
    feature named with a capitalised landform noun ("Kandil Mountains"), or "al-Mashhad", which
    is spelt as a place but names none the gazetteer has in an Arabic-speaking country."""
    context = _context(text, start, end, sentence.end)
    return Mention(
        article_id=article_id, surface=text[start:end], start=start, end=end, sentence=sentence.text,
        sentence_start=sentence.start, qualifier=context.qualifier, place=None, score=0.0,
        match="unresolved", countryside=context.countryside,
    )


# words no unknown place's name has: "Killed in Syrian Government Strike" in a headline (not
# "army", "military" or "base": "the Army Camp", "the Military Housing district")
_NOT_PLACE_WORDS = frozenset(
    "government strike strikes airstrike airstrikes attack attacks raid raids airraid bombing "
    "bombings shelling bombardment offensive ministry defense defence regime killed".split())
# the last words of an office's title ("District Development Commissioner")
_OFFICE_LAST_WORDS = _TITLE_LAST_WORDS | {"commissioner", "governor", "mayor"}
# sects and creeds, as a whole unknown name ("hit Shiite militia bases"; not "the village of
# Druze Hill")
_SECT_WORDS = frozenset(
    "shiite shiites shia sunni sunnis alawite alawites druze christian christians islamist "
    "jihadist".split())


_KIND_OF_START_RE = re.compile(
    r"(?:States?|Regions?|Provinces?|Governorates?|Oblasts?|Districts?|Areas?)"
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-Z])")
_OF_WORD_RE = re.compile(r"[ \u00a0]of[ \u00a0]+")


def _unresolved(text: str, sentence: Sentence, start: int, end: int,
                article_id: str, gazetteer: Gazetteer) -> Mention | None:
    # "the Zzzab Province", "Khmelnytsky Oblast": the name, then its kind (not "the Eastern
    # Province", whose name alone would be an ordinary word)
    if (gov := _GOV_END_RE.search(text, start, end)) and gov.start() > start \
            and (" " in text[start:gov.start()]
                 or not gazetteer.is_common_word(text[start:gov.start()])) \
            and not gazetteer.lookup(text[start:end].removeprefix("The "), fuzzy=False,
                                     limit=1):
        # (not "The United States": a name with its kind word in it)
        end = gov.start()
    kind = _KIND_WORD_IN_RUN_RE.search(text, start, end)
    if kind is not None and all(gazetteer.is_common_word(w)
                                for w in text[start:kind.start()].split()):
        kind = None  # "Green Village", "Southern Military District": the kind is the name's
    if kind is not None:
        if _OF_WORD_RE.search(text, start, kind.start()):
            return None  # "District of Igabi": the kind word, not a name
        end = kind.start()  # "Hpakant Township": the name without its kind
    name = text[start:end]
    if " " not in name and gazetteer.is_common_word(name):
        return None  # "the Syrian provinces of": a demonym or an ordinary word, no place
    if (of := _OF_WORD_RE.search(name)) and gazetteer.lookup(name[of.end():], fuzzy=False,
                                                             limit=1):
        return None  # "Local Government Area of Kaduna State": the place after "of" is read
    words = name.split()
    if len(words) == 1 and is_acronym(words[0]):
        return None  # "a stronghold of AQAP", "the stronghold of IS"
    if len(words) == 1 and _LOWER_WORD_AFTER_RE.match(text, end) \
            and all(_any_demonym_re(gazetteer).fullmatch(part) for part in name.split("-")):
        # "hiding in Somalian caves": a demonym before its noun; "the Armenian-Azerbaijani
        # conflict zone", demonyms joined
        return None
    if any(w.lower() in _NOT_PLACE_WORDS for w in words) \
            or len(words) == 1 and words[0].lower() in _SECT_WORDS:
        return None
    if len(words) > 1 and words[-1].lower() in _OFFICE_LAST_WORDS:
        return None  # "Additional District Development Commissioner": an office, no place
    if len(words) > 1 and words[-1].lower() in _FACILITY_WORDS \
            and all(gazetteer.is_common_word(w) for w in words[:-1]):
        # "bombed the International Airport", "the Central Prison": which one, the text said
        # before
        return None
    before = text[max(sentence.start, start - 30):start]
    # (a list's head may stand further back: "several towns across northern Israel, including")
    cue = _UNRESOLVED_CUE_BEFORE_RE.search(text, max(sentence.start, start - 90), start) \
        or _SETTLEMENT_APPOSITION_RE.match(text, end, sentence.end) \
        or ((kind or _KIND_AFTER_UNKNOWN_RE.match(text, end, sentence.end))
            and not all(gazetteer.is_common_word(w) for w in words)) \
        or (_THE_BEFORE_RE.search(before) and _LANDFORM_AFTER_RE.match(text, end, sentence.end)) \
        or (_SITE_LEAD_RE.search(before) and _SITE_AFTER_UNKNOWN_RE.match(text, end, sentence.end)
            and not all(gazetteer.is_common_word(w) for w in words)
            # (nor "the Syrian T4 airbase", a known name after a demonym)
            and not _any_demonym_re(gazetteer).fullmatch(words[0])
            and not _GROUP_NAME_RE.search(name)) \
        or (_THE_BEFORE_RE.search(before) and _AREA_AFTER_UNKNOWN_RE.match(text, end, sentence.end)
            and not all(gazetteer.is_common_word(w) for w in words)) \
        or (_BORN_IN_RE.search(before) and not any(
            gazetteer.lookup(w, fuzzy=False, limit=1) for w in words)) \
        or _struck_unknown(text, sentence, start, end, before, gazetteer) \
        or _unknown_in_area(text, sentence, start, end, before, gazetteer) \
        or (len(words) > 1 and words[0] in _LANDFORM_TITLES
            and (_STRIKE_SENTENCE_RE.search(sentence.text)
                 or _LANDFORM_PREP_BEFORE_RE.search(before)))
    context = _context(text, start, end, sentence.end)
    # (an unknown name before "states" is no province the gazetteer lacks: "Arab Gulf states")
    if not (cue or (context.hint == "governorate"
                    and not context.qualifier.lower().startswith("state"))):
        return None
    return Mention(
        article_id=article_id, surface=text[start:end], start=start, end=end, sentence=sentence.text,
        sentence_start=sentence.start, qualifier=context.qualifier, place=None, score=0.0,
        match="unresolved", countryside=context.countryside,
    )
