"""Event dates: resolve the time expressions of a sentence against the publication date.

``event_period(sentence, published)`` returns the period a claim's sentence speaks of, with a
precision: ``day`` ("on Tuesday", "on October 31", "overnight"), ``week`` ("last week"),
``month`` ("in early October", "in October"), ``range`` ("the past four days", "since
September 30") or ``unknown``. Relative expressions need the publication date; without it
they stay unknown (a date is never invented). Absolute dates are parsed with dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["Period", "event_period"]

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "several": None, "few": None}
_I = re.IGNORECASE

_SINCE_RE = re.compile(rf"\bsince (?:(?:the )?start of |)(?P<d>{_MONTHS} \d{{1,2}}(?:, \d{{4}})?|"
                       rf"\d{{1,2}} {_MONTHS}(?: \d{{4}})?)", _I)
_SINCE_DAY_RE = re.compile(r"\bsince (?P<w>monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)\b", _I)
_PAST_DAYS_RE = re.compile(r"\b(?:the )?(?:past|last) (?P<n>\d+|two|three|four|five|six|seven|"
                           r"eight|nine|ten) (?P<unit>days|weeks|months)\b", _I)
_ABS_RE = re.compile(rf"\b(?:on |)(?P<d>{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?|"
                     rf"\d{{1,2}} {_MONTHS}(?: \d{{4}})?)\b", _I)
_MONTH_RE = re.compile(rf"\bin (?P<part>early |mid-|mid |late )?(?P<m>{_MONTHS})(?: (?P<y>\d{{4}}))?\b",
                       _I)
_WEEKDAY_RE = re.compile(r"\b(?:on |last |this )?(?P<w>monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)\b", _I)
_OVERNIGHT_RE = re.compile(r"\b(?:overnight|last night|today|this morning|yesterday)\b", _I)
_WEEK_RE = re.compile(r"\b(?P<w>last|this|past) week(?:end)?\b", _I)


@dataclass(frozen=True, slots=True)
class Period:
    """A claim's event date: [start, end] inclusive, a precision and the words it came from."""

    start: date | None
    end: date | None
    precision: str  # day | week | month | range | unknown
    text: str = ""


UNKNOWN = Period(None, None, "unknown", "")


# a cheap first look: most sentences carry no time expression at all
_ANY_TIME_RE = re.compile(
    rf"\b(?:since|past|last|this|overnight|today|yesterday|morning|night|week|weekend|"
    rf"{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _I)


@lru_cache(maxsize=20_000)
def event_period(sentence: str, published: date | None) -> Period:
    """The period ``sentence`` speaks of, resolved against ``published`` (see module doc)."""
    if not _ANY_TIME_RE.search(sentence):
        return UNKNOWN
    if m := _SINCE_RE.search(sentence):
        start = _parse(m.group("d"), published)
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
        day = _parse(m.group("d"), published)
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
        month = _parse(f"1 {m.group('m')} {m.group('y') or ''}".strip(), published)
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
    target = _WEEKDAYS.index(name.lower())
    return published - timedelta(days=(published.weekday() - target) % 7)


def _parse(text: str, published: date | None) -> date | None:
    has_year = re.search(r"\d{4}", text) is not None
    if not has_year and published is None:
        return None  # "October 31" with no year and no publication date: unknown
    return _parse_cached(text, published)


_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%B %d", "%b %d", "%d %B", "%d %b")


@lru_cache(maxsize=4096)
def _parse_cached(text: str, published: date | None) -> date | None:
    # the usual news forms ("Oct. 31", "October 31, 2015", "16 October 2015") by strptime;
    # dateparser only for the rest, since its first calls cost tens of milliseconds
    clean = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[.,]", "", text).strip()
    clean = re.sub(r"\bSept\b", "Sep", clean, flags=re.IGNORECASE)
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(clean, fmt)
        except ValueError:
            continue
        if "%Y" in fmt:
            return parsed.date()
        if published is None:
            return None
        candidate = parsed.replace(year=published.year).date()
        # no year written: the latest such day on or before publication
        return candidate if candidate <= published else candidate.replace(year=published.year - 1)
    import dateparser  # slow to import; only needed for unusual forms

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(text.replace(".", ""), languages=["en"], settings=settings)
    return parsed.date() if parsed else None
