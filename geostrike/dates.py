"""Event dates: resolve the time expressions of a sentence against the publication date.

``event_period(sentence, published)`` returns the period a claim's sentence speaks of, with a
precision: ``day`` ("on Tuesday", "on October 31", "overnight"), ``week`` ("last week"),
``month`` ("in early October", "in October"), ``range`` ("the past four days", "since
September 30") or ``unknown``. Relative expressions need the publication date; without it
they stay unknown (a date is never invented). Absolute dates are read by the patterns of
this module (``MONTHS``, ``parse_day``), which the corpus's datelines share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from geostrike.names import word_regex

__all__ = ["MONTHS", "WEEKDAYS", "Period", "event_period", "parse_day"]

#: A month's name or abbreviation ("Oct.", "October"), a regex fragment without groups.
#: "may" in lower case is the verb ("Su-24 may have bombed"), never the month.
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|(?-i:May|MAY)|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
#: The days of the week, lower case.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "several": None, "few": None}
_I = re.IGNORECASE

_SINCE_RE = re.compile(rf"\bsince (?:(?:the )?start of |)(?P<d>{MONTHS} \d{{1,2}}(?:, \d{{4}})?|"
                       rf"\d{{1,2}} {MONTHS}(?: \d{{4}})?)", _I)
_SINCE_DAY_RE = re.compile(r"\bsince (?P<w>monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)\b", _I)
_PAST_DAYS_RE = word_regex(r"\b(?:the )?(?:past|last) (?P<n>\d+|two|three|four|five|six|seven|"
                           r"eight|nine|ten) (?P<unit>days|weeks|months)\b", _I)
# a day number is no part of a model name ("Su-24 May"): nothing word-like just before it
_ABS_RE = word_regex(rf"\b(?:on |)(?P<d>{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?|"
                     rf"(?<![\w-])\d{{1,2}} {MONTHS}(?: \d{{4}})?|"
                     # "on 2015-10-29", as releases and logs write it
                     r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-]))\b", _I)
_MONTH_RE = re.compile(rf"\bin (?P<part>early |mid-|mid |late )?(?P<m>{MONTHS})(?: (?P<y>\d{{4}}))?\b",
                       _I)
_WEEKDAY_RE = word_regex(r"\b(?:on |last |this )?(?P<w>monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)\b", _I)
_OVERNIGHT_RE = word_regex(r"\b(?:overnight|last night|today|this morning|yesterday)\b", _I)
_WEEK_RE = re.compile(r"\b(?P<w>last|this|past|over the|at the) week(?:end)?\b", _I)


@dataclass(frozen=True, slots=True)
class Period:
    """A claim's event date: [start, end] inclusive, a precision and the words it came from."""

    start: date | None
    end: date | None
    precision: str  # day | week | month | range | unknown
    text: str = ""


UNKNOWN = Period(None, None, "unknown", "")


# a cheap first look: most sentences carry no time expression at all
_ANY_TIME_RE = word_regex(
    rf"\b(?:since|past|last|this|overnight|today|yesterday|morning|night|week|weekend|"
    rf"{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d{4}-\d{2}-\d{2})\b", _I)


@lru_cache(maxsize=20_000)
def event_period(sentence: str, published: date | None) -> Period:
    """The period ``sentence`` speaks of, resolved against ``published`` (see module doc)."""
    if not _ANY_TIME_RE.search(sentence):
        return UNKNOWN
    if m := _SINCE_RE.search(sentence):
        start = parse_day(m.group("d"), published)
        if start and published:
            return Period(start, published, "range", m.group())
    if m := _SINCE_DAY_RE.search(sentence):
        if published:
            # "since Friday" in a Friday article means the Friday before
            start = _weekday_before(published - timedelta(days=1), m.group("w"))
            return Period(start, published, "range", m.group())
    if m := _PAST_DAYS_RE.search(sentence):
        if published:
            n = m.group("n")
            count = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
            days = count * {"days": 1, "weeks": 7, "months": 30}[m.group("unit").lower()]
            return Period(published - timedelta(days=days), published, "range", m.group())
    if m := _ABS_RE.search(sentence):
        day = parse_day(m.group("d"), published)
        if day:
            return Period(day, day, "day", m.group().strip())
    if m := _OVERNIGHT_RE.search(sentence):
        if published:
            word = m.group().lower()
            day = published - timedelta(days=1) if word in ("yesterday", "last night") else published
            return Period(day, day, "day", m.group())
    if m := _WEEK_RE.search(sentence):
        if published:
            if m.group().lower().endswith("weekend"):
                saturday = published - timedelta(days=(published.weekday() - 5) % 7)
                return Period(saturday, saturday + timedelta(days=1), "range", m.group())
            back = 7 if m.group("w").lower() in ("last", "past") else 0
            monday = published - timedelta(days=published.weekday() + back)
            return Period(monday, monday + timedelta(days=6), "week", m.group())
    if m := _WEEKDAY_RE.search(sentence):
        if published:
            day = _weekday_before(published, m.group("w"))
            return Period(day, day, "day", m.group().strip())
    if m := _MONTH_RE.search(sentence):
        month = parse_day(f"1 {m.group('m')} {m.group('y') or ''}".strip(), published)
        if month:
            first = month.replace(day=1)
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            part = (m.group("part") or "").strip().lower()
            if part == "early":
                last = first.replace(day=10)
            elif part.startswith("mid"):
                first, last = first.replace(day=11), first.replace(day=20)
            elif part == "late":
                first = first.replace(day=21)
            return Period(first, last, "month", m.group())
    return UNKNOWN


def _weekday_before(published: date, name: str) -> date:
    """The latest such weekday on or before the publication date ("on Friday")."""
    target = WEEKDAYS.index(name.lower())
    return published - timedelta(days=(published.weekday() - target) % 7)


# "16 October 2015", "Oct. 31", "October 31, 2015", "2015-10-16"
_DAY_PARTS = re.compile(
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{MONTHS}),?(?:[ \t]+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{MONTHS})[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ \t]+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})", _I)
_MONTH_NUMBER = {name: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}


@lru_cache(maxsize=4096)
def parse_day(text: str, published: date | None = None) -> date | None:
    """The day a date expression names, or None.

    Reads "16 October 2015", "October 16, 2015", "Oct. 16" and "2015-10-16". A written year
    is used as written. Without one, the day is the latest such day on or before
    ``published``; without a publication date it stays unknown (never invented).
    """
    m = _DAY_PARTS.search(text)
    if m is None:
        return None
    try:
        if m["y3"]:
            return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        month = _MONTH_NUMBER[(m["m1"] or m["m2"]).rstrip(".").lower()]
        day = int(m["d1"] or m["d2"])
        year_text = m["y1"] or m["y2"]
        if year_text:
            return date(int(year_text), month, day)
        if published is None:
            return None
        candidate = date(published.year, month, day)
        return candidate if candidate <= published else date(published.year - 1, month, day)
    except ValueError:
        return None  # "February 30"
