"""Stage 4: group mentions into claims, the table every output is built from.

``build_claims(articles, mentions)`` makes one row per article x place x role, with the
outlet and publication date, the event period, who makes the claim, the target group as
claimed, the numbers and weapons stated, a UCDP-style geographic precision with an
uncertainty radius, and the quotes with their offsets. ``mentions_table`` is the same at
one row per mention. Both are GeoDataFrames in EPSG:4326 whose columns are documented in
``docs/claims-schema.md`` and checked by :func:`geostrike.schema.validate_claims`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import geopandas as gpd
import pandas as pd
import numpy as np
import shapely

from geostrike import settings
from geostrike.corpus import Article
from geostrike.dates import event_period
from geostrike.gazetteer import Place
from geostrike.mentions import Mention
from geostrike.names import fold

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
        return 4, round(_area_radius_km(place), 1)
    if kind == "country":
        return 6, settings.COUNTRY_RADIUS_KM
    if kind == "sea":
        return 7, round(_area_radius_km(place), 1) if place.polygon is not None else \
            settings.SEA_RADIUS_KM
    if kind in ("region", "mountain", "plain", "river"):
        radius = _area_radius_km(place) if place.polygon is not None else settings.REGION_RADIUS_KM
        return (3 if radius <= 60 else 5), round(radius, 1)
    radius = settings.POINT_RADIUS_KM.get(kind, 5.0)
    if countryside or near:
        return 2, settings.NEAR_RADIUS_KM
    return 1, radius


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
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|" \
          r"eleven|twelve|dozens|hundreds)"
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
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_WEAPON_RE = re.compile(
    r"\b(?:(?:Su|Tu|Mi|MiG|Ka|Il|Yak)-\d+\w*|Kalibr(?:-NK)?|Kh-\d+\w*|cruise missiles?|"
    r"bunker[- ]busters?|cluster (?:bombs|munitions)|barrel bombs?|KAB-\d+\w*|OFAB-\d+\w*)",
)
_QUOTE_SAYER_RE = re.compile(
    r"[\u201d\"]\s*,?\s*(?P<who>[A-Z][\w-]+(?: [A-Z][\w-]+)?|he|she|they) (?:said|says|added|"
    r"told|stated|explained|declared|warned)\b|(?P<who2>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
    r"(?:said|says|told|claimed|reported|announced|added)\b")


def _claimant(sentence: str, previous: str, outlet: str | None) -> tuple[str, str]:
    """(claimant, how): a known claimant in the sentence, else one in the sentence before,
    else the outlet itself."""
    for text, how in ((sentence, "sentence"), (previous, "previous sentence")):
        name = _first_named(text, _CLAIMANT_RE, _CLAIMANT_NAMES)
        if name:
            return name, how
    return (outlet or "the outlet"), "outlet"


def _target_group(text: str) -> str:
    return _first_named(text, _GROUP_RE, _GROUP_NAMES) or "unspecified"


@lru_cache(maxsize=20_000)
def _first_named(text: str, pattern: re.Pattern[str], names: tuple[str, ...]) -> str | None:
    m = pattern.search(text)
    # groups are named g0, g1, ... in the order of the names
    return names[int(m.lastgroup[1:])] if m and m.lastgroup else None


_HAS_NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|dozens|hundreds)\b", _I)


@lru_cache(maxsize=20_000)
def _counts(text: str) -> dict[str, int | None]:
    out: dict[str, int | None] = dict.fromkeys(_COUNT_RES)
    if not _HAS_NUMBER_RE.search(text):
        return out
    for key, rx in _COUNT_RES.items():
        value = None
        for m in rx.finditer(text):
            raw = m.group("n").replace(",", "").lower()
            number = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw)
            if number is not None:
                value = max(value or 0, number)
        out[key] = value
    return out


@lru_cache(maxsize=20_000)
def _weapons(text: str) -> tuple[str, ...]:
    return tuple(sorted({m.group() for m in _WEAPON_RE.finditer(text)}, key=str.lower))


# --- the tables -----------------------------------------------------------------------------

_NEAR_RE = re.compile(r"\b(?:near|outskirts of|outside|around|close to)\s+(?:the\s+)?$", _I)


def _near(mention: Mention) -> bool:
    rel = mention.start - mention.sentence_start
    return bool(_NEAR_RE.search(mention.sentence[max(0, rel - 25):rel]))


def mentions_table(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]
) -> gpd.GeoDataFrame:
    """One row per mention (the ``--level mentions`` output); schema in docs/claims-schema.md."""
    rows = []
    for article in articles:
        for m in mentions.get(article.id, ()):
            prec, radius = where_precision(m.place, countryside=m.countryside, near=_near(m))
            rows.append({
                "article_id": article.id, "outlet": article.outlet,
                "published": _iso(article.published), "surface": m.surface,
                "char_start": m.start, "char_end": m.end, "sentence": m.sentence,
                "qualifier": m.qualifier, "place_id": m.place.id if m.place else None,
                "place_name": m.place.name if m.place else None,
                "place_kind": m.place.kind if m.place else None, "match": m.match,
                "score": m.score, "status": "resolved" if m.place else "unresolved",
                "role": m.role, "confidence": m.role_confidence, "role_cue": m.role_cue,
                "precision": prec, "uncertainty_km": radius,
                "geometry": (m.place.lon, m.place.lat) if m.place else None,
            })
    return _frame(rows, settings.MENTION_COLUMNS)


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
    rows = []
    for article in articles:
        groups: dict[tuple[str, str], list[Mention]] = {}
        for m in mentions.get(article.id, ()):
            key = (m.place.id if m.place else "?" + fold(m.surface), m.role)
            groups.setdefault(key, []).append(m)
        sentences = _sentence_index(mentions.get(article.id, ()))
        for (place_key, role), group in groups.items():
            rows.append(_claim_row(article, place_key, role, group, sentences))
    rows.sort(key=lambda r: (r["article_id"], r["char_start"], r["role"]))
    return _frame(rows, settings.CLAIM_COLUMNS)


def _sentence_index(mentions: Iterable[Mention]) -> list[tuple[int, str]]:
    return sorted({(m.sentence_start, m.sentence) for m in mentions})


def _previous_sentence(sentences: list[tuple[int, str]], start: int) -> str:
    earlier = [s for pos, s in sentences if pos < start]
    return earlier[-1] if earlier else ""


def _claim_row(article: Article, place_key: str, role: str, group: list[Mention],
               sentences: list[tuple[int, str]]) -> dict[str, object]:
    first = group[0]
    place = first.place
    quotes = list(dict.fromkeys(m.sentence for m in group))
    text = " ".join(quotes)
    period = next((p for p in (event_period(q, article.published) for q in quotes)
                   if p.precision != "unknown"), event_period("", None))
    claimant, claimant_how = _claimant(first.sentence,
                                       _previous_sentence(sentences, first.sentence_start),
                                       article.outlet)
    prec, radius = where_precision(place, countryside=any(m.countryside for m in group),
                                   near=any(_near(m) for m in group))
    counts = dict(_counts(text)) if role in ("strike_target", "launch_point") else \
        dict.fromkeys(_COUNT_RES)
    return {
        "claim_id": f"{article.id}|{place_key}|{role}",
        "article_id": article.id, "outlet": article.outlet, "outlet_how": article.outlet_how,
        "published": _iso(article.published), "published_how": article.published_how,
        "url": article.url,
        "place_id": place.id if place else None, "place_name": place.name if place else None,
        "place_kind": place.kind if place else None,
        "country": place.country if place else None,
        "governorate": (place.governorate or None) if place else None,
        "surface": first.surface, "status": "resolved" if place else "unresolved",
        "match": first.match, "resolution_score": first.score,
        "role": role, "confidence": round(max(m.role_confidence for m in group), 3),
        "role_cue": first.role_cue,
        "event_date": _iso(period.start), "event_date_end": _iso(period.end),
        "date_precision": period.precision, "date_text": period.text,
        "claimant": claimant, "claimant_how": claimant_how,
        "target_group": _target_group(text) if role == "strike_target" else None,
        **counts,
        "weapons": "; ".join(_weapons(text)) or None,
        "where_prec": prec, "uncertainty_km": radius,
        "quote": first.sentence, "quotes": json.dumps(quotes, ensure_ascii=False),
        "mention_count": len(group), "char_start": first.start, "char_end": first.end,
        "spans": json.dumps([[m.start, m.end] for m in group]),
        "geometry": (place.lon, place.lat) if place else None,
    }


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None


def _frame(rows: list[dict[str, object]], columns: Mapping[str, str]) -> gpd.GeoDataFrame:
    """The table from rows whose "geometry" is a (lon, lat) pair or None (unresolved)."""
    coords = [row.pop("geometry") for row in rows]
    data = pd.DataFrame(rows, columns=list(columns))
    for column, dtype in columns.items():
        data[column] = data[column].astype(dtype)
    # one vectorised call instead of a shapely object per row; (x, y) = (lon, lat)
    geometry = np.full(len(coords), None, dtype=object)
    located = [i for i, c in enumerate(coords) if c is not None]
    if located:
        geometry[located] = shapely.points(np.array([coords[i] for i in located], dtype=float))
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"),
                            crs="EPSG:4326")
