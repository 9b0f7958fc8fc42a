"""Compare claimed strike targets with who held the ground: a verdict per claim.

``compare(claims, control)`` is the canonical call; ``compare_inputs`` reads reports or a
claims GeoJSON and control files first, ``write_comparison`` writes a CSV and a Markdown report.

For each ``strike_target`` claim:

1. **Date.** ``event_date``; if it is missing, ``published`` (noted in the reason); with
   neither the verdict is ``indeterminate``.
2. **Snapshot.** The control snapshot (rows sharing ``valid_from``/``valid_to``) whose period
   covers the date, the latest-starting one if several do. Otherwise the latest snapshot that
   ended before the date, and ``control_stale_days`` says by how many days; beyond
   ``CONTROL_MAX_STALE_DAYS`` (or before every snapshot) the verdict is ``indeterminate``.
3. **Where.** A point claim (``where_prec`` 1-3): the controller at the point, and the share
   of each controller inside a circle of ``uncertainty_km`` around it. The circle is drawn in a
   local azimuthal equidistant projection centred on the point (so the radius is exact in
   every direction) and measured, like every area here, in EPSG:6933 (WGS 84 / EASE-Grid 2.0,
   equal-area). A governorate or large-region claim (``where_prec`` 4-5): the share of the
   place's outline (from the gazetteer; a circle of ``uncertainty_km`` if it has none) held by
   each controller. Country, sea and airspace claims (6-7) and unresolved places are
   ``indeterminate``.
4. **Verdict**, with :data:`COMPATIBLE` saying which controllers count as consistent with the
   claimed group:

   - point: ``consistent`` if the point's controller and every controller within the radius
     are compatible; ``inconsistent`` if none is and no contested area within the radius
     involves a compatible party; else ``partly consistent``;
   - area: ``consistent`` if compatible controllers hold at least ``COMPARE_CONSISTENT_SHARE``
     of it; ``inconsistent`` if compatible controllers and contested areas that may involve
     them together hold less than ``COMPARE_MIN_SHARE``; else ``partly consistent``;
   - ``indeterminate`` for an ``unspecified`` target group (the controllers are still given),
     no usable control data, an unresolved place or a country/sea claim.

   Contested areas count as partly consistent when a compatible controller is among their
   ``parties`` or the parties are not recorded, and as inconsistent otherwise. Controllers
   that are not in the compatibility table (unknown names kept by the loader) are left out
   of the shares the verdict uses and listed in the reason.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry.base import BaseGeometry

from geostrike import settings
from geostrike.control import CONTESTED, CONTROLLERS, load_control, snapshot_label
from geostrike.control import snapshots as control_snapshots
from geostrike.errors import InputError
from geostrike.export import atomic_path, plain_table
from geostrike.gazetteer import Gazetteer, default_gazetteer
from geostrike.schema import WGS84, cell_text, is_missing, to_wgs84, validate_claims

__all__ = [
    "COMPATIBLE",
    "COMPARISON_COLUMNS",
    "VERDICTS",
    "compare",
    "compare_inputs",
    "read_claims",
    "write_comparison",
]

log = logging.getLogger(__name__)

VERDICTS = ("consistent", "partly consistent", "inconsistent", "indeterminate")

#: Rebel factions a claim against any rebel group may have hit. Control maps rarely separate
#: factions inside rebel-held areas (Nusra fought inside most of them, Jaish al-Fatah is a
#: coalition of Nusra, Ahrar al-Sham and others), so the family counts as one.
OPPOSITION_FAMILY = frozenset({"opposition", "Jabhat al-Nusra", "Jaish al-Fatah", "Ahrar al-Sham"})

#: Claimed target group -> controllers in whose areas such a target is consistent. A claimed
#: Islamic State target anywhere but Islamic State ground is inconsistent; a claimed rebel
#: target is consistent anywhere rebels of any faction hold. "unspecified" has no entry: it
#: is always indeterminate. Edit to taste; the reason always names the controllers.
COMPATIBLE: dict[str, frozenset[str]] = {
    "Islamic State": frozenset({"Islamic State"}),
    "Jabhat al-Nusra": OPPOSITION_FAMILY,
    "Jaish al-Fatah": OPPOSITION_FAMILY,
    "Ahrar al-Sham": OPPOSITION_FAMILY,
    "Free Syrian Army": OPPOSITION_FAMILY,
    "opposition": OPPOSITION_FAMILY,
}

#: Columns ``compare`` adds to the claims table.
COMPARISON_COLUMNS = {
    "verdict": "string", "reason": "string", "controller": "string", "controllers": "string",
    "shares": "string", "control_date": "string", "control_snapshot": "string",
    "control_stale_days": "Int64", "control_schematic": "boolean",
}

_EQUAL_AREA = CRS("EPSG:6933")
_TO_EQUAL_AREA = Transformer.from_crs(WGS84, _EQUAL_AREA, always_xy=True)
_GEOD = Geod(ellps="WGS84")
_CIRCLE_AZIMUTHS = np.linspace(0.0, 360.0, 128, endpoint=False)
_KNOWN = frozenset(CONTROLLERS)


# --- snapshots -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Snapshot:
    valid_from: str
    valid_to: str
    controllers: tuple[str, ...]
    parties: tuple[str, ...]
    geoms: np.ndarray  # lon/lat
    geoms_ea: np.ndarray  # EPSG:6933
    schematic: bool

    @property
    def label(self) -> str:
        return snapshot_label(self.valid_from, self.valid_to)


def _snapshots(control: gpd.GeoDataFrame) -> list[_Snapshot]:
    missing = [c for c in ("controller", "valid_from", "valid_to") if c not in control.columns]
    if missing:
        raise InputError(f"control table lacks column(s) {', '.join(missing)}; load it with "
                         "geostrike.control.load_control")
    out = []
    for snapshot in control_snapshots(to_wgs84(control)):
        group = snapshot.areas
        geoms = group.geometry.to_numpy()
        shapely.prepare(geoms)
        parties = group["parties"] if "parties" in group else pd.Series([""] * len(group))
        out.append(_Snapshot(
            snapshot.valid_from, snapshot.valid_to, tuple(str(c) for c in group["controller"]),
            tuple(cell_text(p, strip=False) for p in parties),
            geoms, group.geometry.to_crs(_EQUAL_AREA).to_numpy(), bool(snapshot.schematic)))
    return out


def _pick(snapshots: list[_Snapshot], day: str) -> tuple[_Snapshot | None, int | None]:
    covering = [s for s in snapshots if s.valid_from <= day <= s.valid_to]
    if covering:
        return max(covering, key=lambda s: (s.valid_from, s.valid_to)), 0
    before = [s for s in snapshots if s.valid_to < day]
    if not before:
        return None, None
    latest = max(before, key=lambda s: (s.valid_to, s.valid_from))
    return latest, (date.fromisoformat(day) - date.fromisoformat(latest.valid_to)).days


# --- the comparison ------------------------------------------------------------------------


def compare(
    claims: gpd.GeoDataFrame,
    control: gpd.GeoDataFrame,
    *,
    gazetteer: Gazetteer | None = None,
) -> gpd.GeoDataFrame:
    """Add a verdict on territorial control to every strike-target claim.

    Parameters
    ----------
    claims
        The claims table (docs/claims-schema.md); only ``strike_target`` rows are compared,
        the others keep empty comparison columns.
    control
        Control areas as :func:`geostrike.control.load_control` returns them (at least
        ``controller``, ``valid_from``, ``valid_to``; ``parties`` and ``schematic`` if present).
    gazetteer
        Supplies governorate and region outlines (default: the shipped gazetteer).

    Returns
    -------
    GeoDataFrame
        ``claims`` with :data:`COMPARISON_COLUMNS` added: ``verdict`` (one of
        :data:`VERDICTS`), a one-line ``reason``, ``controller`` (at the point, or the largest
        holder of an area), ``controllers`` (every controller in the area or radius,
        ``"; "``-separated), ``shares`` (JSON object controller -> share of the area, largest
        first), ``control_date`` (the date compared), ``control_snapshot``,
        ``control_stale_days`` and ``control_schematic``.
    """
    gaz = gazetteer
    snapshots = _snapshots(control)
    results: list[dict[str, object]] = []
    lonlat = to_wgs84(claims)  # points are read as lon/lat whatever CRS the table came in
    for (_, claim), geom in zip(lonlat.iterrows(), lonlat.geometry):
        if claim.get("role") != "strike_target":
            results.append({})
            continue
        if gaz is None and _needs_outline(claim):
            gaz = default_gazetteer()
        results.append(_compare_claim(claim, geom, snapshots, gaz))
    out = claims.copy()
    for column, dtype in COMPARISON_COLUMNS.items():
        out[column] = pd.array([r.get(column) for r in results], dtype=dtype)
    return out


def _needs_outline(claim: pd.Series) -> bool:
    prec = claim.get("where_prec")
    return not is_missing(prec) and int(prec) in settings.WHERE_PREC_AREA_SHARES


def _compare_claim(claim: pd.Series, geom: BaseGeometry | None, snapshots: list[_Snapshot],
                   gaz: Gazetteer | None) -> dict[str, object]:
    group = cell_text(claim.get("target_group")) or "unspecified"
    claimed = f"claimed {group}" if group != "unspecified" else "target group unspecified"
    notes: list[str] = []

    day = cell_text(claim.get("event_date"))
    if not day:
        day = cell_text(claim.get("published"))
        if not day:
            return _indeterminate(f"{claimed}; no event date and no publication date")
        notes.append("no event date: used the publication date")
    try:
        day = date.fromisoformat(day[:10]).isoformat()
    except ValueError:
        return _indeterminate(f"{claimed}; date {day!r} is not YYYY-MM-DD")
    if cell_text(claim.get("event_date_end")) and cell_text(claim.get("event_date_end")) != day:
        notes.append(f"period to {claim.get('event_date_end')}: compared its first day")

    result: dict[str, object] = {"control_date": day}
    prec = None if is_missing(claim.get("where_prec")) else int(claim.get("where_prec"))
    place = cell_text(claim.get("place_name")) or cell_text(claim.get("surface")) or "the place"
    if cell_text(claim.get("status")) == "unresolved" or geom is None or geom.is_empty:
        return _indeterminate(f"{claimed}; place {place!r} not resolved", result)
    if prec == settings.WHERE_PREC_COUNTRY:
        return _indeterminate(f"{claimed}; country-level claim ({place})", result)
    if prec == settings.WHERE_PREC_SEA:
        return _indeterminate(f"{claimed}; {place} is a sea or airspace claim", result)
    if prec is None:
        return _indeterminate(f"{claimed}; no location precision", result)

    snapshot, stale = _pick(snapshots, day)
    if snapshot is None:
        first = min((s.valid_from for s in snapshots), default=None)
        why = (f"no control data for {day} (first snapshot {first})" if first
               else "no control data")
        return _indeterminate(f"{claimed}; {why}", result)
    result.update(control_snapshot=snapshot.label, control_stale_days=stale,
                  control_schematic=snapshot.schematic)
    when = _when(snapshot, stale, notes)
    if stale is not None and stale > settings.CONTROL_MAX_STALE_DAYS:
        return _indeterminate(f"{claimed}; control data {stale} days older than {day} "
                              f"(limit {settings.CONTROL_MAX_STALE_DAYS}){when}", result)

    radius = claim.get("uncertainty_km")
    radius = 0.0 if is_missing(radius) else float(radius)
    by_area = prec in settings.WHERE_PREC_AREA_SHARES
    if by_area:
        area, area_note = _outline(claim, geom, gaz, radius)
        shares, no_data = _shares(snapshot, area)
        at = None
        kind = "governorate" if prec == settings.WHERE_PREC_GOVERNORATE else "region"
        where = area_note or f"{place} {kind}"
    else:
        at = _controller_at(snapshot, geom)
        shares, no_data = _shares(snapshot, _circle_ea(geom, radius)) if radius > 0 else ({}, 1.0)
        where = place
    labels = _share_labels(shares)
    result.update(
        controller=(at[0] if at else (labels[0][0] if labels else None)),
        controllers=("; ".join(sorted({label for label, _ in labels}))
                     or (_label(*at) if at else None)),
        shares=json.dumps({label: round(share, 4) for label, share in labels}),
    )
    if not shares and at is None:
        return _indeterminate(f"{claimed}; no control data covers {where}{when}", result)

    held = _describe(by_area, where, at, labels, radius, no_data)
    if group not in COMPATIBLE:
        text = f"{claimed}; {held}{when}"
        if group != "unspecified":
            text = f"{claimed} (not in the compatibility table); {held}{when}"
        return {**result, "verdict": "indeterminate", "reason": text}
    verdict, unknown = (_area_verdict if by_area else _point_verdict)(COMPATIBLE[group], at, shares)
    if verdict is None:
        return {**result, "verdict": "indeterminate",
                "reason": f"{claimed}; controllers {', '.join(unknown)} are not in the "
                          f"compatibility table; {held}{when}"}
    extra = f"; unknown controllers {', '.join(unknown)} left out" if unknown else ""
    return {**result, "verdict": verdict, "reason": f"{claimed}; {held}{when}{extra}"}


def _indeterminate(reason: str, result: Mapping[str, object] | None = None) -> dict[str, object]:
    return {**(result or {}), "verdict": "indeterminate", "reason": reason}


def _when(snapshot: _Snapshot, stale: int | None, notes: list[str]) -> str:
    kind = ", schematic" if snapshot.schematic else ""
    age = "current" if not stale else f"{stale} day{'s' if stale != 1 else ''} stale"
    tail = "".join(f"; {n}" for n in notes)
    return f" on the {snapshot.label} snapshot ({age}{kind}){tail}"


def _label(controller: str, parties: str) -> str:
    return f"{controller} ({parties})" if controller == CONTESTED and parties else controller


def _controller_at(snapshot: _Snapshot, point: BaseGeometry) -> tuple[str, str] | None:
    hits = np.flatnonzero(shapely.intersects(snapshot.geoms, point)).tolist()
    if not hits:
        return None
    names = sorted({snapshot.controllers[i] for i in hits})
    if len(names) == 1:
        i = hits[0]
        return snapshot.controllers[i], snapshot.parties[i]
    # on a shared border (or overlapping rows the loader did not resolve): both hold it
    parties = sorted({p for i in hits for p in ([snapshot.controllers[i]] if
                      snapshot.controllers[i] != CONTESTED else snapshot.parties[i].split("; "))
                      if p})
    return CONTESTED, "; ".join(parties)


def _circle_ea(point: BaseGeometry, radius_km: float) -> BaseGeometry:
    """A circle of ``radius_km`` around a lon/lat point, in EPSG:6933: 128 points at that
    geodesic distance (pyproj.Geod) carried into the equal-area projection."""
    # shapely x/y = lon/lat
    lons, lats, _ = _GEOD.fwd(np.full(_CIRCLE_AZIMUTHS.size, point.x),
                              np.full(_CIRCLE_AZIMUTHS.size, point.y),
                              _CIRCLE_AZIMUTHS, np.full(_CIRCLE_AZIMUTHS.size, radius_km * 1000.0))
    x, y = _TO_EQUAL_AREA.transform(lons, lats)
    return shapely.Polygon(np.column_stack([x, y])[::-1])  # counter-clockwise


def _to_ea(geom: BaseGeometry) -> BaseGeometry:
    # densify first so that long edges follow their lon/lat course after projection
    dense = shapely.segmentize(geom, 0.05)
    return shapely.transform(dense, lambda xy: np.column_stack(
        _TO_EQUAL_AREA.transform(xy[:, 0], xy[:, 1])))


def _outline(claim: pd.Series, point: BaseGeometry, gaz: Gazetteer | None, radius: float
             ) -> tuple[BaseGeometry, str]:
    place_id = cell_text(claim.get("place_id"))
    polygon = gaz.outline(place_id) if gaz is not None else None
    if polygon is not None:
        return _to_ea(polygon), ""
    name = cell_text(claim.get("place_name")) or place_id
    return (_circle_ea(point, radius or 30.0),
            f"{name} (no outline: a {radius or 30.0:.0f} km circle)")


def _shares(snapshot: _Snapshot, area: BaseGeometry) -> tuple[list[tuple[str, str, float]], float]:
    """(controller, parties, share of the covered part) largest first, and the uncovered share."""
    total = area.area
    if total <= 0:
        return [], 1.0
    hits = np.flatnonzero(shapely.intersects(snapshot.geoms_ea, area))
    # as Python floats (numpy's round() may differ in the last digit), added in row order
    pieces = shapely.area(shapely.intersection(snapshot.geoms_ea[hits], area)).tolist()
    held: dict[tuple[str, str], float] = {}
    for i, piece in zip(hits.tolist(), pieces, strict=True):
        if piece > 0:
            controller = snapshot.controllers[i]
            key = (controller, snapshot.parties[i] if controller == CONTESTED else "")
            held[key] = held.get(key, 0.0) + piece
    covered = sum(held.values())
    if covered <= 0:
        return [], 1.0
    out = [(c, p, a / covered) for (c, p), a in held.items()]
    out.sort(key=lambda t: (-t[2], t[0], t[1]))
    return out, max(0.0, 1.0 - covered / total)


def _share_labels(shares: list[tuple[str, str, float]]) -> list[tuple[str, float]]:
    return [(_label(c, p), s) for c, p, s in shares]


def _describe(by_area: bool, where: str, at: tuple[str, str] | None,
              labels: list[tuple[str, float]], radius: float, no_data: float) -> str:
    listed = ", ".join(f"{_percent(s)} {label}" for label, s in labels)
    gap = f" ({_percent(no_data)} of it outside the control data)" if no_data >= 0.01 else ""
    if by_area:
        return f"{where} held {listed}{gap}"
    text = (f"{where} is in {_label(*at)}-held ground" if at and at[0] != CONTESTED
            else f"{where} is in {_label(*at)} ground" if at
            else f"{where} is outside the control data")
    if labels:
        text += f"; within {radius:g} km: {listed}"
    return text


def _percent(share: float) -> str:
    value = share * 100
    if 0 < value < 1:
        return "<1%"
    return f"{math.floor(value + 0.5):.0f}%"


def _compatible(controller: str, parties: str, allowed: frozenset[str]) -> str:
    """'yes', 'maybe' (contested, compatible or unknown parties), 'no', or 'unknown'."""
    if controller == CONTESTED:
        names = [p for p in parties.split("; ") if p]
        return "maybe" if not names or any(n in allowed for n in names) else "no"
    if controller not in _KNOWN:
        return "unknown"
    return "yes" if controller in allowed else "no"


def _point_verdict(allowed: frozenset[str], at: tuple[str, str] | None,
                   shares: list[tuple[str, str, float]]) -> tuple[str | None, list[str]]:
    floor = settings.COMPARE_RADIUS_MIN_SHARE
    around = [(c, p) for c, p, s in shares if s >= floor]
    unknown = sorted({c for c, _ in around if _compatible(c, "", allowed) == "unknown"}
                     | ({at[0]} if at and _compatible(*at, allowed) == "unknown" else set()))
    marks = [_compatible(c, p, allowed) for c, p in around]
    marks = [m for m in marks if m != "unknown"]
    at_mark = _compatible(*at, allowed) if at else None
    if at_mark == "unknown":
        at_mark = None
    if at_mark is None and not marks:
        return None, unknown
    if at_mark in ("yes", None) and all(m == "yes" for m in marks) and (at_mark or marks):
        return "consistent", unknown
    if at_mark in ("no", None) and all(m == "no" for m in marks):
        return "inconsistent", unknown
    return "partly consistent", unknown


def _area_verdict(allowed: frozenset[str], at: tuple[str, str] | None,
                  shares: list[tuple[str, str, float]]) -> tuple[str | None, list[str]]:
    known = [(c, p, s) for c, p, s in shares if _compatible(c, p, allowed) != "unknown"]
    unknown = sorted({c for c, p, s in shares if _compatible(c, p, allowed) == "unknown"})
    total = sum(s for _, _, s in known)
    if total <= 0:
        return None, unknown
    yes = sum(s for c, p, s in known if _compatible(c, p, allowed) == "yes") / total
    maybe = sum(s for c, p, s in known if _compatible(c, p, allowed) == "maybe") / total
    if yes >= settings.COMPARE_CONSISTENT_SHARE:
        return "consistent", unknown
    if yes + maybe < settings.COMPARE_MIN_SHARE:
        return "inconsistent", unknown
    return "partly consistent", unknown


# --- inputs --------------------------------------------------------------------------------


def read_claims(path: str | Path) -> gpd.GeoDataFrame:
    """Read a claims GeoJSON written by ``geostrike extract`` and restore its dtypes.

    Raises
    ------
    InputError
        If the file cannot be read.
    SchemaError
        If the restored table does not follow the claims schema.
    """
    path = Path(path)
    try:
        table = gpd.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyogrio/GDAL raise several types
        raise InputError(f"{path}: cannot read a claims table ({exc})") from exc
    table = to_wgs84(table, assume_lonlat=True)
    for column, dtype in settings.CLAIM_COLUMNS.items():
        if column not in table.columns:
            continue  # the validator names every missing column
        values = table[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            # GDAL reads ISO date strings as dates; the schema keeps them as strings
            values = values.dt.strftime("%Y-%m-%d")
        try:
            if dtype in ("Int64", "int64", "float64"):
                values = pd.to_numeric(values)
            table[column] = values.astype(dtype)
        except (TypeError, ValueError) as exc:
            raise InputError(f"{path}: column {column} cannot be read as {dtype} ({exc})") from exc
    table = gpd.GeoDataFrame(
        table[[c for c in settings.CLAIM_COLUMNS if c in table.columns]
              + [c for c in table.columns if c not in settings.CLAIM_COLUMNS]],
        geometry=table.geometry.name, crs=WGS84)
    # unresolved rows carry no geometry in GeoJSON; the schema wants them empty, not None
    table[table.geometry.name] = table.geometry.apply(
        lambda g: shapely.Point() if g is None else g)
    return validate_claims(table)


def _is_claims_file(path: Path) -> bool:
    if path.is_dir() or path.suffix.lower() not in (".geojson", ".json"):
        return False
    try:
        with path.open(encoding="utf-8") as fh:
            head = fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return False
    return '"FeatureCollection"' in head


def compare_inputs(
    inputs: Sequence[str | Path],
    control_files: Sequence[str | Path] | None = None,
    *,
    manifest: str | Path | None = None,
    gazetteer: Gazetteer | None = None,
    fields: Mapping[str, str] | None = None,
) -> gpd.GeoDataFrame:
    """Compare the claims in ``inputs`` with control data files.

    Parameters
    ----------
    inputs
        Report files or folders (extracted with :func:`geostrike.pipeline.extract`) and/or
        claims GeoJSON files written by ``geostrike extract`` (read with :func:`read_claims`).
    control_files
        Control files for :func:`geostrike.control.load_control` (default: the shipped
        sample, ``gazetteer/control/``).
    manifest
        Manifest for the report inputs.
    gazetteer
        For extraction, place outlines and control points given by place (default: shipped).
    fields
        Field names of the control files (see :func:`geostrike.control.load_control`).
    """
    from geostrike.control import sample_control_files
    from geostrike.pipeline import extract

    paths = [Path(p) for p in inputs]
    if not paths:
        raise InputError("give at least one report file, folder or claims GeoJSON")
    claims_files = [p for p in paths if _is_claims_file(p)]
    reports = [p for p in paths if p not in claims_files]
    tables = [read_claims(p) for p in claims_files]
    if reports:
        tables.append(extract(reports, manifest=manifest, gazetteer=gazetteer).table)
    claims = tables[0] if len(tables) == 1 else gpd.GeoDataFrame(
        pd.concat(tables, ignore_index=True), geometry="geometry", crs=WGS84)
    files = list(control_files) if control_files else sample_control_files()
    if not files:
        raise InputError("no control files given and no sample in gazetteer/control/")
    control = load_control(files, fields=fields, gazetteer=gazetteer)
    return compare(claims, control, gazetteer=gazetteer)


# --- outputs -------------------------------------------------------------------------------

_CSV_COLUMNS = (
    "claim_id", "article_id", "outlet", "published", "claimant", "place_id", "place_name",
    "where_prec", "uncertainty_km", "event_date", "control_date", "target_group", "controller",
    "controllers", "shares", "verdict", "reason", "control_snapshot", "control_stale_days",
    "control_schematic", "lon", "lat",
)


def _rows(compared: gpd.GeoDataFrame) -> pd.DataFrame:
    rows = compared[compared["role"] == "strike_target"] if "role" in compared else compared
    frame = plain_table(rows)
    for column in _CSV_COLUMNS:
        if column not in frame:
            frame[column] = pd.NA
    keys = [c for c in ("article_id", "place_id", "claim_id") if c in frame]
    return frame.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)


def write_comparison(compared: gpd.GeoDataFrame, out_dir: str | Path, *, name: str
                     ) -> tuple[Path, Path]:
    """Write ``<name>-comparison.csv`` and ``<name>-comparison.md`` into ``out_dir``, atomically.

    The CSV has one row per strike-target claim (columns ``_CSV_COLUMNS``: article, outlet,
    claimant, place, dates, claimed group, controller(s), JSON shares, verdict, reason and
    the control snapshot used). The Markdown report lists every claim and sums verdicts up
    per outlet and per claimant. Text from the articles is escaped. Same input, same bytes.
    """
    if not name or any(ch in name for ch in "/\\") or name in (".", ".."):
        raise InputError(f"comparison name {name!r} must be a plain file name stem")
    out_dir = Path(out_dir)
    rows = _rows(compared)
    csv_path = out_dir / f"{name}-comparison.csv"
    md_path = out_dir / f"{name}-comparison.md"
    with atomic_path(csv_path) as tmp:
        rows[list(_CSV_COLUMNS)].to_csv(tmp, index=False, lineterminator="\n")
    with atomic_path(md_path) as tmp:
        tmp.write_text(_markdown(rows, name), encoding="utf-8", newline="\n")
    return csv_path, md_path


_MD_SPECIAL = set("\\`*_{}[]<>()#+!|~")


def _md(value: object) -> str:
    """Text from articles made inert in Markdown: one line, special characters escaped."""
    text = " ".join(cell_text(value).split())
    text = text.replace("&", "&amp;")
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)


def _markdown(rows: pd.DataFrame, name: str) -> str:
    lines = [f"# Claimed strike targets and territorial control: {_md(name)}", ""]
    counts = rows["verdict"].value_counts() if len(rows) else pd.Series(dtype=int)
    snapshots = sorted({s for s in rows["control_snapshot"].dropna()})
    schematic = bool(rows["control_schematic"].fillna(False).any()) if len(rows) else False
    lines.append(f"{len(rows)} strike-target claims: " + ", ".join(
        f"{int(counts.get(v, 0))} {v}" for v in VERDICTS) + ".")
    if snapshots:
        lines.append("")
        lines.append("Control snapshots used: " + ", ".join(_md(s) for s in snapshots) + "."
                     + (" Some are schematic areas drawn from town points (Voronoi cells): "
                        "read verdicts near front lines with care." if schematic else ""))
    for title, key in (("outlet", "outlet"), ("claimant", "claimant")):
        lines += ["", f"## By {title}", ""]
        lines += _summary(rows, key)
    lines += ["", "## Claims", "",
              "| # | article | outlet | claimant | place | date | claimed group | controller "
              "| verdict | reason |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for i, row in rows.iterrows():
        date_text = cell_text(row.get("control_date")) or cell_text(row.get("event_date"))
        lines.append("| " + " | ".join([
            str(i + 1), _md(row.get("article_id")), _md(row.get("outlet")),
            _md(row.get("claimant")), _md(cell_text(row.get("place_name")) or cell_text(row.get("surface"))),
            _md(date_text), _md(row.get("target_group")), _md(row.get("controller")),
            _md(row.get("verdict")), _md(row.get("reason"))]) + " |")
    return "\n".join(lines) + "\n"


def _summary(rows: pd.DataFrame, key: str) -> list[str]:
    out: list[str] = []
    if rows.empty:
        return ["No strike-target claims."]
    keyed = rows.assign(_key=rows[key].fillna("(unknown)").astype(str),
                        _group=rows["target_group"].fillna("unspecified").astype(str))
    for who, part in sorted(keyed.groupby("_key"), key=lambda t: t[0]):
        phrases = []
        for group, claims in sorted(part.groupby("_group"), key=lambda t: t[0]):
            n = len(claims)
            v = claims["verdict"].value_counts()
            what = (f"{n} claimed {_md(group)} target{'s' if n != 1 else ''}"
                    if group != "unspecified"
                    else f"{n} target{'s' if n != 1 else ''} of unspecified group")
            if group == "unspecified":
                phrases.append(f"of {what}, {int(v.get('indeterminate', 0))} indeterminate")
                continue
            phrases.append(
                f"of {what}, {int(v.get('consistent', 0))} in {_md(group)}-held areas, "
                f"{int(v.get('partly consistent', 0))} partly, "
                f"{int(v.get('inconsistent', 0))} outside, "
                f"{int(v.get('indeterminate', 0))} indeterminate")
        out.append(f"- **{_md(who)}**: " + "; ".join(phrases) + ".")
    return out
