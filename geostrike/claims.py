"""Stage 4: group mentions into claims, the table every output is built from.

``build_claims(articles, mentions)`` makes one row per article x place x role, with the
outlet and publication date, the event period, who makes the claim, the target group as
claimed, the numbers and weapons stated, a UCDP-style geographic precision with an
uncertainty radius, and the quotes with their offsets. ``mentions_table`` is the same at
one row per mention. Both are GeoDataFrames in EPSG:4326 whose columns are documented in
``docs/claims-schema.md`` and checked by :func:`geostrike.schema.validate_claims`.
"""

from __future__ import annotations

import bisect
import json
import math
import operator
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geostrike import settings
from geostrike.corpus import Article
from geostrike.dates import event_period
from geostrike.gazetteer import Place
from geostrike.mentions import Mention
from geostrike.names import COUNT_WORD, fold, word_regex

__all__ = ["build_claims", "mentions_table", "where_precision"]

_I = re.IGNORECASE


# --- precision ------------------------------------------------------------------------------


def where_precision(place: Place | None, *, countryside: bool = False,
                    near: bool = False) -> tuple[int | None, float | None]:
    """UCDP GED-style ``where_prec`` and an uncertainty radius in km for a resolved place.

    1 exact place, 2 near a place ("the countryside of X" for a town, "near X"), 3 a small
    region (mountain, plain), 4 governorate only, 5 a larger region, 6 country only, 7 sea or
    airspace. Unresolved mentions have neither.
    """
    if place is None:
        return None, None
    kind = place.kind
    if kind == "governorate":
        return settings.WHERE_PREC_GOVERNORATE, round(_area_radius_km(place), 1)
    if kind == "country":
        return settings.WHERE_PREC_COUNTRY, settings.COUNTRY_RADIUS_KM
    if kind == "sea":
        return settings.WHERE_PREC_SEA, round(_area_radius_km(place), 1) \
            if place.polygon is not None else settings.SEA_RADIUS_KM
    if kind in settings.REGION_KINDS:
        radius = _area_radius_km(place) if place.polygon is not None else settings.REGION_RADIUS_KM
        small = radius <= settings.SMALL_REGION_MAX_KM
        return (settings.WHERE_PREC_SMALL_REGION if small else settings.WHERE_PREC_LARGE_REGION,
                round(radius, 1))
    # a point kind (settings.AREA_KINDS are the others): "near X" widens it
    if countryside or near:
        return settings.WHERE_PREC_NEAR, settings.NEAR_RADIUS_KM
    return settings.WHERE_PREC_EXACT, settings.POINT_RADIUS_KM.get(
        kind, settings.DEFAULT_POINT_RADIUS_KM)


@lru_cache(maxsize=512)
def _area_radius_km(place: Place) -> float:
    """Radius of the circle with the outline's geodesic area (a rough size for a popup)."""
    from pyproj import Geod

    if place.polygon is None:
        return settings.REGION_RADIUS_KM
    area_m2, _ = Geod(ellps="WGS84").geometry_area_perimeter(place.polygon)
    return math.sqrt(abs(area_m2) / math.pi) / 1000


# --- claimant, target group, numbers, weapons -------------------------------------------------

def _alternation(named: Sequence[tuple[str, str]]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One regex for a list of (name, pattern): the first match anywhere names the winner."""
    groups = tuple(name for name, _ in named)
    pattern = "|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(named))
    return re.compile(pattern, _I), groups


_CLAIMANT_RE, _CLAIMANT_NAMES = _alternation(settings.CLAIMANTS)
_GROUP_RE, _GROUP_NAMES = _alternation(settings.TARGET_GROUPS)
# a count stands alone: "Su-24 strikes", "Kh-101 missiles" and "3M-14" are model numbers
_NUMBER = rf"(?<![\w-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{COUNT_WORD})"
_COUNT_RES = {
    "sorties": re.compile(rf"{_NUMBER}\s+(?:\w+\s+)?(?:sorties|missions|flights)\b", _I),
    "strikes": re.compile(rf"{_NUMBER}\s+(?:\w+\s+)?(?:air ?strikes|strikes|raids)\b", _I),
    "targets": re.compile(rf"{_NUMBER}\s+(?:[\w\u201c\u201d\"]+\s+){{0,2}}targets\b", _I),
    "missiles": re.compile(rf"{_NUMBER}\s+(?:\w+\s+){{0,2}}(?:missiles|rockets)\b", _I),
    "killed": re.compile(
        rf"(?:kill\w*|dead|deaths of)\s+(?:\w+\s+){{0,3}}?[\u201c\"]?{_NUMBER}\s+"
        r"[\u201c\"]?(?:people|civilians|militants|fighters|terrorists|soldiers|jihadists|"
        r"rebels|ISIS|IS|Daesh)\b", _I),
}
# a word every match of the count's pattern holds (same case folding): a quick first look
_COUNT_WORDS = {
    "sorties": re.compile(r"sorties|missions|flights", _I),
    "strikes": re.compile(r"strikes|raids", _I),
    "targets": re.compile(r"targets", _I),
    "missiles": re.compile(r"missiles|rockets", _I),
    "killed": re.compile(r"kill|dead|deaths of", _I),
}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_WEAPON_RE = word_regex(r"\b(?:" + "|".join(settings.WEAPONS) + r")(?![\w-])")


def _target_group(text: str) -> str:
    return _first_named(text, _GROUP_RE, _GROUP_NAMES) or "unspecified"


@lru_cache(maxsize=20_000)
def _first_named(text: str, pattern: re.Pattern[str], names: tuple[str, ...]) -> str | None:
    m = pattern.search(text)
    # groups are named g0, g1, ... in the order of the names
    return names[int(m.lastgroup[1:])] if m and m.lastgroup else None


_HAS_NUMBER_RE = re.compile(rf"\d|\b{COUNT_WORD}\b", _I)


#: Largest number taken as a count of sorties, strikes, targets, missiles or people.
_MAX_COUNT = 1_000_000_000


@lru_cache(maxsize=20_000)
def _counts(text: str) -> dict[str, int | None]:
    out: dict[str, int | None] = dict.fromkeys(_COUNT_RES)
    if not _HAS_NUMBER_RE.search(text):
        return out
    for key, rx in _COUNT_RES.items():
        value = None
        if not _COUNT_WORDS[key].search(text):
            out[key] = value
            continue
        for m in rx.finditer(text):
            raw = m.group("n").replace(",", "").lower()
            number = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw)
            # no report counts a billion sorties: a longer digit run is an id or a typo, and
            # would not fit the Int64 column
            if number is not None and number <= _MAX_COUNT:
                value = max(value or 0, number)
        out[key] = value
    return out


@lru_cache(maxsize=20_000)
def _weapons(text: str) -> tuple[str, ...]:
    return tuple(sorted({m.group() for m in _WEAPON_RE.finditer(text)}, key=str.lower))


# --- the tables -----------------------------------------------------------------------------

_NEAR_RE = word_regex(r"\b(?:near|outskirts of|outside|around|close to)\s+(?:the\s+)?$", _I)


def _near(mention: Mention) -> bool:
    rel = mention.start - mention.sentence_start
    return _is_near(mention.sentence[max(0, rel - 25):rel])


@lru_cache(maxsize=20_000)
def _is_near(before: str) -> bool:
    return bool(_NEAR_RE.search(before))


def _needs_near(place: Place | None, countryside: bool) -> bool:
    """Whether where_precision's answer can depend on ``near`` (else it is not looked for)."""
    return place is not None and not countryside and place.kind not in settings.AREA_KINDS


class _Places:
    """Per-call caches of what a table row takes from a place (keyed by the object's id:
    the places stay alive, referenced by the mentions, for the whole call)."""

    def __init__(self) -> None:
        self._fields: dict[int, tuple[object, ...]] = {}
        self._precision: dict[tuple[int, bool, bool], tuple[int | None, float | None]] = {}

    def fields(self, place: Place | None) -> tuple[object, ...]:
        """(place_id, name, kind, country, governorate, status, (lon, lat) or None)."""
        key = id(place)
        found = self._fields.get(key)
        if found is None:
            if place is None:
                found = (None, None, None, None, None, "unresolved", None)
            else:
                found = (place.id, place.name, place.kind, place.country,
                         place.governorate or None, "resolved", (place.lon, place.lat))
            self._fields[key] = found
        return found

    def precision(self, place: Place | None, countryside: bool,
                  near: bool) -> tuple[int | None, float | None]:
        key = (id(place), countryside, near)
        found = self._precision.get(key)
        if found is None:
            found = self._precision[key] = where_precision(place, countryside=countryside,
                                                           near=near)
        return found


_MENTION_FIELDS = (
    "article_id", "outlet", "published", "surface", "char_start", "char_end", "sentence",
    "qualifier", "place_id", "place_name", "place_kind", "match", "score", "status", "role",
    "confidence", "role_cue", "precision", "uncertainty_km", "geometry",
)


def mentions_table(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]
) -> gpd.GeoDataFrame:
    """One row per mention (the ``--level mentions`` output); schema in docs/claims-schema.md."""
    rows = []
    append = rows.append
    places = _Places()
    for article in articles:
        found = mentions.get(article.id, ())
        if not found:
            continue
        article_id, outlet, published = article.id, article.outlet, _iso(article.published)
        for m in found:
            place = m.place
            place_id, name, kind, _, _, status, coords = places.fields(place)
            countryside = m.countryside
            near = _near(m) if _needs_near(place, countryside) else False
            prec, radius = places.precision(place, countryside, near)
            append((article_id, outlet, published, m.surface, m.start, m.end, m.sentence,
                    m.qualifier, place_id, name, kind, m.match, m.score, status, m.role,
                    m.role_confidence, m.role_cue, prec, radius, coords))
    return _frame(_MENTION_FIELDS, rows, settings.MENTION_COLUMNS)


_CLAIM_FIELDS = (
    "claim_id", "article_id", "outlet", "outlet_how", "published", "published_how", "url",
    "place_id", "place_name", "place_kind", "country", "governorate", "surface", "status",
    "match", "resolution_score", "role", "confidence", "role_cue", "event_date",
    "event_date_end", "date_precision", "date_text", "claimant", "claimant_how",
    "target_group", *_COUNT_RES, "weapons", "where_prec", "uncertainty_km", "quote", "quotes",
    "mention_count", "char_start", "char_end", "spans", "geometry",
)
_NO_COUNTS = (None,) * len(_COUNT_RES)
_COUNTED_ROLES = frozenset({"strike_target", "launch_point"})
# rows are sorted by article id, first offset and role
_CLAIM_ORDER = operator.itemgetter(*(_CLAIM_FIELDS.index(f)
                                     for f in ("article_id", "char_start", "role")))


def build_claims(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]
) -> gpd.GeoDataFrame:
    """Group each article's mentions into claims: one row per article x place x role.

    Parameters
    ----------
    articles
        The corpus' articles (their metadata fills outlet and dates).
    mentions
        Each article's mentions, roles assigned, keyed by article id.

    Returns
    -------
    GeoDataFrame
        EPSG:4326, columns and types as in ``docs/claims-schema.md``, sorted by article id
        and first offset. Unresolved places are kept with an empty geometry.
    """
    rows: list[tuple[object, ...]] = []
    places = _Places()
    for article in articles:
        found = mentions.get(article.id, ())
        if not found:
            continue
        groups: dict[tuple[str, str], list[Mention]] = {}
        for m in found:
            key = (m.place.id if m.place is not None else "?" + fold(m.surface), m.role)
            group = groups.get(key)
            if group is None:
                groups[key] = [m]
            else:
                group.append(m)
        sentences = sorted({(m.sentence_start, m.sentence) for m in found})
        starts = [pos for pos, _ in sentences]
        head = (article.id, article.outlet, article.outlet_how, _iso(article.published),
                article.published_how, article.url)
        for (place_key, role), group in groups.items():
            rows.append(_claim_row(article, head, place_key, role, group, sentences, starts,
                                   places))
    rows.sort(key=_CLAIM_ORDER)
    return _frame(_CLAIM_FIELDS, rows, settings.CLAIM_COLUMNS)


def _claim_row(article: Article, head: tuple[object, ...], place_key: str, role: str,
               group: list[Mention], sentences: list[tuple[int, str]], starts: list[int],
               places: _Places) -> tuple[object, ...]:
    first = group[0]
    place = first.place
    published = article.published
    if len(group) == 1:
        text = first.sentence
        countryside = first.countryside
        confidence = first.role_confidence
        period = _period_fields(text, published)
        quotes = _quotes_json(text)
        spans = f"[[{first.start}, {first.end}]]"
    else:
        unique = list(dict.fromkeys(m.sentence for m in group))
        text = " ".join(unique)
        countryside = any(m.countryside for m in group)
        confidence = max(m.role_confidence for m in group)
        # the first quote with a known date
        period = _UNKNOWN_FIELDS
        for quote in unique:
            found = _period_fields(quote, published)
            if found is not _UNKNOWN_FIELDS:
                period = found
                break
        quotes = "[" + ", ".join(map(_json_string, unique)) + "]"
        spans = "[" + ", ".join([f"[{m.start}, {m.end}]" for m in group]) + "]"
    # the sentence before the first mention's (by offset)
    i = bisect.bisect_left(starts, first.sentence_start)
    previous = sentences[i - 1][1] if i else ""
    # with no claimant named, the outlet says so; an unknown outlet is no claimant
    claimant = _named_claimant(first.sentence, previous) or (
        (article.outlet, "outlet") if article.outlet else (None, "unknown"))
    near = _needs_near(place, countryside) and any(_near(m) for m in group)
    prec, radius = places.precision(place, countryside, near)
    place_id, name, kind, country, governorate, status, coords = places.fields(place)
    return (
        f"{article.id}|{place_key}|{role}", *head,
        place_id, name, kind, country, governorate,
        first.surface, status, first.match, first.score,
        role, round(confidence, 3), first.role_cue,
        *period,
        *claimant,
        *_text_fields(text, role),
        prec, radius,
        first.sentence, quotes,
        len(group), first.start, first.end, spans,
        coords,
    )


# what json.dumps(..., ensure_ascii=False) writes for a string, without building an encoder
_json_string = json.encoder.encode_basestring


@lru_cache(maxsize=20_000)
def _quotes_json(sentence: str) -> str:
    """``json.dumps([sentence], ensure_ascii=False)``."""
    return f"[{_json_string(sentence)}]"


@lru_cache(maxsize=20_000)
def _period_fields(sentence: str, published: date | None) -> tuple[str | None, ...]:
    """event_date, event_date_end, date_precision, date_text of one quote; the very
    object _UNKNOWN_FIELDS when the date is unknown."""
    period = event_period(sentence, published)
    if period.precision == "unknown":
        return _UNKNOWN_FIELDS
    return _iso(period.start), _iso(period.end), period.precision, period.text


@lru_cache(maxsize=20_000)
def _text_fields(text: str, role: str) -> tuple[object, ...]:
    """target_group, the counts and the weapons a claim's quotes state."""
    return (_target_group(text) if role == "strike_target" else None,
            *(_counts(text).values() if role in _COUNTED_ROLES else _NO_COUNTS),
            "; ".join(_weapons(text)) or None)


@lru_cache(maxsize=20_000)
def _named_claimant(sentence: str, previous: str) -> tuple[str, str] | None:
    """(claimant, how) for a known claimant in the sentence, else in the one before."""
    for text, how in ((sentence, "sentence"), (previous, "previous sentence")):
        name = _first_named(text, _CLAIMANT_RE, _CLAIMANT_NAMES)
        if name:
            return name, how
    return None


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None


_UNKNOWN = event_period("", None)  # what a claim with no dated quote has
_UNKNOWN_FIELDS = (_iso(_UNKNOWN.start), _iso(_UNKNOWN.end), _UNKNOWN.precision, _UNKNOWN.text)


def _frame(fields: Sequence[str], rows: list[tuple[object, ...]],
           columns: Mapping[str, str]) -> gpd.GeoDataFrame:
    """The table from rows of ``fields`` values (the last, "geometry", a (lon, lat) pair or
    None for unresolved), built column by column: what ``pd.DataFrame(rows).astype(columns)``
    gives, without the per-row and per-cell conversions."""
    n = len(rows)
    values = dict(zip(fields, (list(c) for c in zip(*rows)))) if rows else \
        {f: [] for f in fields}
    coords = values.pop("geometry")
    data = pd.DataFrame({column: _column(values.get(column, [None] * n), dtype)
                         for column, dtype in columns.items()})
    # one vectorised call instead of a shapely object per row; (x, y) = (lon, lat)
    geometry = np.full(n, None, dtype=object)
    located = [i for i, c in enumerate(coords) if c is not None]
    if located:
        geometry[located] = shapely.points(np.array([coords[i] for i in located], dtype=float))
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"),
                            crs="EPSG:4326")


_EXACT_FLOAT_INT = 2 ** 53


def _column(values: list[object], dtype: str) -> object:
    """One column of ``dtype`` from Python values, as the row-wise DataFrame + astype made it."""
    if dtype == "string":
        return pd.array(values, dtype="string")
    if dtype in ("float64", "int64"):
        return np.array(values, dtype=dtype)
    if dtype == "Int64":
        numbers = [v for v in values if v is not None]
        # ints that survive the float column the row-wise frame made of them
        if not numbers or (set(map(type, numbers)) == {int} and
                           -_EXACT_FLOAT_INT < min(numbers) and max(numbers) < _EXACT_FLOAT_INT):
            data = np.array(values, dtype=object)
            missing = data == None  # elementwise
            data[missing] = 0
            return pd.arrays.IntegerArray(data.astype(np.int64), missing)
    # anything else exactly the way it always was: a column of row dicts, then cast
    return pd.DataFrame([{"v": v} for v in values], columns=["v"])["v"].astype(dtype).array
