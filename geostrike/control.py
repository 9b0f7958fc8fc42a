"""Territorial control data: load areas (or points made into schematic areas) for comparison.

``load_control(paths)`` is the entry point. It reads polygons from GeoJSON, GeoPackage or
Shapefile, or points from those formats or from CSV, and returns one GeoDataFrame of control
areas in EPSG:4326 with these columns (the contract :mod:`geostrike.compare` and the map use):

=================  ==============================================================================
``controller``     normalised controller (see :func:`normalise_controller`); unknown names are
                   kept as written
``parties``        for ``contested`` areas, the normalised controllers that contest it,
                   ``"; "``-separated (empty when the data does not say)
``valid_from``     first day the row is valid, ISO ``YYYY-MM-DD``
``valid_to``       last day the row is valid (inclusive); equal to ``valid_from`` for a snapshot
``source``         where the row came from
``confidence``     ``high``, ``medium``, ``low`` or empty
``schematic``      True for areas derived from points (Voronoi cells), False for drawn polygons
``repaired``       True if the polygon was invalid and repaired with ``shapely.make_valid``
``controller_as_written``  the controller as the file wrote it
``file``           the file the row came from
``geometry``       Polygon or MultiPolygon, lon/lat
=================  ==============================================================================

A *snapshot* is the set of rows sharing (``valid_from``, ``valid_to``). Inside a snapshot,
overlapping polygons of different controllers become ``contested`` where they overlap.

Point data (place, controller, as-of date, source, confidence) is what most public control
maps publish. A snapshot of points becomes schematic areas: Voronoi cells around the points,
clipped to Syria's outline and dissolved by controller. Such areas are a rough picture of
who holds what between the towns and are always flagged ``schematic=True``.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geostrike import settings
from geostrike.errors import GazetteerDataError, InputError
from geostrike.gazetteer import Gazetteer, country_outlines, default_gazetteer, km_outside
from geostrike.schema import cell_text, is_missing, to_wgs84

__all__ = [
    "CONTROL_COLUMNS",
    "CONTROLLERS",
    "CONTESTED",
    "DEFAULT_FIELDS",
    "load_control",
    "read_control_points",
    "points_to_areas",
    "resolve_overlaps",
    "Snapshot",
    "snapshots",
    "day_text",
    "normalise_controller",
    "syria_outline",
    "sample_control_files",
    "snapshot_label",
]

log = logging.getLogger(__name__)

#: Columns of a control table (besides geometry), in order.
CONTROL_COLUMNS = (
    "controller", "parties", "valid_from", "valid_to", "source", "confidence", "schematic",
    "repaired", "controller_as_written", "file",
)

CONTESTED = "contested"

#: Normalised controllers and the spellings that mean them (compared after lower-casing and
#: turning punctuation into spaces). "opposition" covers rebel factions a map does not name;
#: the Free Syrian Army is an umbrella label no control map separates reliably, so it is
#: opposition too. The SDF (formed 11 October 2015) is led by the YPG: both are "YPG".
CONTROLLERS: dict[str, tuple[str, ...]] = {
    "Islamic State": ("islamic state", "is", "isis", "isil", "daesh", "da esh", "daish",
                      "islamic state of iraq and the levant", "islamic state of iraq and syria",
                      "islamic state of iraq and al sham", "islamic state group", "is held",
                      "isis held"),
    "Jabhat al-Nusra": ("jabhat al nusra", "al nusra front", "nusra front", "nusra",
                        "al nusra", "jabhat al nusrah", "jn", "jabhat fateh al sham",
                        "jabhat fatah al sham"),
    "Jaish al-Fatah": ("jaish al fatah", "jaysh al fatah", "army of conquest", "jaf"),
    "Ahrar al-Sham": ("ahrar al sham", "ahrar ash sham", "harakat ahrar al sham"),
    "opposition": ("opposition", "rebels", "rebel", "rebel held", "syrian opposition",
                   "armed opposition", "opposition factions", "free syrian army", "fsa",
                   "southern front", "jaish al islam", "jaysh al islam", "faylaq al sham",
                   "sham legion", "levant front", "nour al din al zenki", "moderate opposition"),
    "government": ("government", "syrian government", "regime", "syrian regime", "saa",
                   "syrian arab army", "syrian army", "assad forces", "pro government",
                   "pro regime", "loyalists", "ndf", "national defence forces",
                   "national defense forces", "government held"),
    "YPG": ("ypg", "kurdish forces", "kurds", "kurdish", "sdf", "syrian democratic forces",
            "ypg sdf", "sdf ypg", "pyd", "ypj", "people s protection units"),
    CONTESTED: ("contested", "disputed", "divided", "frontline", "front line", "split"),
}
_ALIASES = {alias: name for name, aliases in CONTROLLERS.items() for alias in aliases}
_ALIASES.update({name.lower(): name for name in CONTROLLERS})

#: Field names tried in order for each role; ``fields=`` in :func:`load_control` overrides.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "controller": ("controller", "control", "held_by", "holder", "faction"),
    "valid_from": ("valid_from", "from", "start", "start_date"),
    "valid_to": ("valid_to", "to", "end", "end_date"),
    "as_of": ("as_of", "date", "snapshot", "as_of_date"),
    "source": ("source", "sources"),
    "confidence": ("confidence",),
    "parties": ("parties", "contested_by"),
    "place": ("place", "place_name", "name", "town"),
    "place_id": ("place_id", "gazetteer_id"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "lng", "long", "longitude"),
}

_CONFIDENCES = ("high", "medium", "low")
# columns of a control points table (read_control_points), besides geometry
_POINT_COLUMNS = ("place", "place_id", "controller", "parties", "as_of", "valid_to", "source",
                  "confidence", "controller_as_written", "file")
_POLYGONAL = ("Polygon", "MultiPolygon")
# a place named instead of given coordinates must be one of these kinds
_POINT_KINDS = ("city", "town", "village", "airbase", "airport", "naval_base", "oilfield",
                "landmark")
# areas thinner than this (square degrees, ~0.01 km²) are slivers of overlay arithmetic
_SLIVER = 1e-6


def sample_control_files() -> list[Path]:
    """The shipped sample control points (``gazetteer/control/*.csv``), sorted."""
    directory = settings.default_gazetteer_dir() / "control"
    return sorted(directory.glob("*.csv"))


def normalise_controller(name: object) -> tuple[str, bool]:
    """Return (normalised controller, known?) for a controller as written.

    Unknown names are returned stripped but otherwise as written, with ``False``.
    """
    text = cell_text(name, strip=False)
    text = " ".join(text.split())
    key = " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
    if key in _ALIASES:
        return _ALIASES[key], True
    return text, False


def syria_outline(gazetteer_dir: str | Path | None = None) -> BaseGeometry:
    """Syria's outline (lon/lat) from the gazetteer's ``basemap.geojson`` (``iso_a2`` "SY")."""
    directory = Path(gazetteer_dir) if gazetteer_dir else settings.default_gazetteer_dir()
    path = directory / "basemap.geojson"
    if not path.is_file():
        raise InputError(f"{path}: not found (the basemap that holds Syria's outline)")
    try:
        outline = country_outlines(path).get("SY")
    except GazetteerDataError as exc:
        raise InputError(f"{exc} (Syria's outline)") from exc
    if outline is None:
        raise InputError(f"{path}: no feature with iso_a2 'SY' (Syria's outline)")
    return outline


# --- the entry point -----------------------------------------------------------------------


def snapshot_label(valid_from: str, valid_to: str) -> str:
    """How a snapshot's validity period is named in the map and the comparison: its day, or
    "<from> to <to>"."""
    return valid_from if valid_from == valid_to else f"{valid_from} to {valid_to}"


@dataclass(frozen=True)
class Snapshot:
    """The control areas valid over one period (ISO days), as the map and the comparison use
    them. ``schematic`` is "yes" when every area is a schematic outline, "partly" when some
    are, "" when none are; ``label`` names the period (and says so)."""

    valid_from: str
    valid_to: str
    label: str
    schematic: str
    areas: gpd.GeoDataFrame


def snapshots(control: gpd.GeoDataFrame) -> list[Snapshot]:
    """Split a control table into its validity periods, oldest first.

    Dates may be ISO strings (as :func:`load_control` gives them), dates, datetimes or
    pandas timestamps; each becomes its ISO day ("?" where missing).
    """
    def days(column: str) -> list[str]:
        values = control[column] if column in control.columns else [None] * len(control)
        return [day_text(v) or "?" for v in values]

    starts, ends = days("valid_from"), days("valid_to")
    flags = (control["schematic"].fillna(False).astype(bool).tolist()
             if "schematic" in control.columns else [False] * len(control))
    out = []
    for start, end in sorted(set(zip(starts, ends, strict=True))):
        mask = [(a, b) == (start, end) for a, b in zip(starts, ends, strict=True)]
        sketch = [f for f, m in zip(flags, mask, strict=True) if m]
        schematic = "yes" if all(sketch) else "partly" if any(sketch) else ""
        label = snapshot_label(start, end) + {"yes": " (schematic)",
                                              "partly": " (partly schematic)"}.get(schematic, "")
        out.append(Snapshot(start, end, label, schematic, control[mask]))
    return out


def day_text(value: object) -> str | None:
    """An ISO day ("2015-10-01") from a string, date, datetime or timestamp; None if missing."""
    if is_missing(value):
        return None
    if isinstance(value, datetime.datetime):  # pandas timestamps too
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return cell_text(value)[:10] or None


def load_control(
    paths: str | Path | Sequence[str | Path],
    *,
    fields: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
    outline: BaseGeometry | None = None,
    layer: str | None = None,
    source: str | None = None,
) -> gpd.GeoDataFrame:
    """Load control data files into one table of control areas (see the module docstring).

    Parameters
    ----------
    paths
        One or more ``.geojson``/``.json``, ``.gpkg``, ``.shp`` or ``.csv`` files. Polygon
        files give areas; point files (and CSV) give points turned into schematic areas.
    fields
        Which column plays which role, e.g. ``{"controller": "faction", "as_of": "date"}``;
        roles: ``controller``, ``valid_from``, ``valid_to``, ``as_of`` (a snapshot date, used
        when there is no validity period), ``source``, ``confidence``, ``parties``, and for
        points ``place``, ``place_id``, ``lat``, ``lon``. Unnamed roles use
        :data:`DEFAULT_FIELDS`.
    gazetteer
        Resolves points that give a place id or name instead of coordinates (default: the
        shipped gazetteer, loaded only if needed).
    outline
        Clip schematic areas to this (default: Syria from the gazetteer's basemap).
    layer
        Layer of a multi-layer file (GeoPackage).
    source
        Source to record for files without a source column.

    Raises
    ------
    InputError
        For an unreadable file, missing fields, bad dates, or coordinates that cannot be
        lon/lat; the message names the file and the feature.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no control files given")
    tables = []
    for path in paths:
        frame = _read(Path(path), layer)
        if _is_point_data(frame, Path(path)):
            points = _points_from(frame, Path(path), fields, gazetteer, source)
            tables.append(points_to_areas(points, outline=outline))
        else:
            tables.append(_areas_from(frame, Path(path), fields, source))
    table = pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]
    table = gpd.GeoDataFrame(table, geometry="geometry", crs="EPSG:4326")
    return resolve_overlaps(table)


def read_control_points(
    path: str | Path,
    *,
    fields: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
    layer: str | None = None,
    source: str | None = None,
) -> gpd.GeoDataFrame:
    """Read a control *points* file (CSV, or point GeoJSON/GeoPackage/Shapefile).

    Returns a GeoDataFrame in EPSG:4326 with columns ``place``, ``place_id``, ``controller``,
    ``parties``, ``as_of`` (the first day the row holds), ``valid_to`` (its last: ``as_of``
    for a one-day snapshot), ``source``, ``confidence``, ``controller_as_written``, ``file``
    and Point geometry; places given by id or name are resolved through the gazetteer.
    """
    path = Path(path)
    return _points_from(_read(path, layer), path, fields, gazetteer, source)


# --- reading ---------------------------------------------------------------------------------


def _read(path: Path, layer: str | None) -> pd.DataFrame:
    if not path.exists():
        raise InputError(f"{path}: no such control file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        try:
            return pd.read_csv(path, dtype=str, keep_default_na=False,
                               sep="\t" if suffix == ".tsv" else ",", comment=None)
        except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise InputError(f"{path}: not a readable CSV file ({exc})") from exc
    if suffix not in (".geojson", ".json", ".gpkg", ".shp"):
        raise InputError(
            f"{path}: unknown control file type {path.suffix!r}; use .geojson, .gpkg, .shp or .csv")
    try:
        frame = gpd.read_file(path, engine="pyogrio", layer=layer)
    except Exception as exc:  # pyogrio/GDAL raise several types
        raise InputError(f"{path}: cannot read control data ({exc})") from exc
    return _to_lonlat(frame, path)


def _to_lonlat(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """Reproject a declared CRS to EPSG:4326; refuse coordinates that cannot be lon/lat."""
    declared = frame.crs
    try:
        lonlat = to_wgs84(frame)
    except Exception as exc:  # pyproj raises several types
        raise InputError(f"{path}: cannot reproject from {declared} to EPSG:4326 "
                         f"({exc})") from exc
    reprojected = lonlat is not frame
    if reprojected:
        log.info("%s: reprojected from %s to EPSG:4326", path, declared.to_string())
    frame = lonlat
    # without a CRS, or with lon/lat declared (GeoJSON always is), the numbers must be degrees
    bounds = frame.geometry.bounds
    bad = bounds.index[~((bounds["minx"] >= -180) & (bounds["maxx"] <= 180)
                         & (bounds["miny"] >= -90) & (bounds["maxy"] <= 90))
                       & frame.geometry.notna() & ~frame.geometry.is_empty]
    if len(bad):
        first = bad[0]
        position = frame.index.get_loc(first)
        b = bounds.loc[first]
        what = ("declares no CRS" if declared is None
                else f"was reprojected from {declared.to_string()}" if reprojected
                else "declares lon/lat (EPSG:4326)")
        raise InputError(
            f"{path}, feature {position}: coordinates ({b['minx']:.0f}, {b['miny']:.0f}) cannot "
            f"be lon/lat, yet the file {what} ({len(bad)} such feature(s)); the data looks "
            "projected: declare its CRS (a .prj file, the GeoPackage's CRS) or reproject it to "
            "EPSG:4326")
    # numbers within those bounds are taken as lon/lat when no CRS is declared
    return to_wgs84(frame, assume_lonlat=True)


def _field(frame: pd.DataFrame, role: str, fields: Mapping[str, str] | None) -> str | None:
    """The column that plays ``role``: the user's choice, else the first default present."""
    if fields and role in fields:
        return fields[role]
    lower = {str(c).lower(): c for c in frame.columns}
    for name in DEFAULT_FIELDS[role]:
        if name in lower:
            return lower[name]
    return None


def _require_field(frame: pd.DataFrame, role: str, fields: Mapping[str, str] | None,
                   path: Path) -> str:
    column = _field(frame, role, fields)
    if column is None or column not in frame.columns:
        tried = [fields[role]] if fields and role in fields else list(DEFAULT_FIELDS[role])
        raise InputError(
            f"{path}: no {role} column (looked for {', '.join(tried)}; columns are "
            f"{', '.join(map(str, frame.columns))}); name it with fields={{{role!r}: ...}}")
    return column


def _is_point_data(frame: pd.DataFrame, path: Path) -> bool:
    if not isinstance(frame, gpd.GeoDataFrame):
        return True  # CSV
    types = set(frame.geometry.dropna().geom_type)
    if types <= {"Point"}:
        return True
    if types <= set(_POLYGONAL):
        return False
    raise InputError(f"{path}: control data must be all polygons or all points, found "
                     f"{', '.join(sorted(types))}")


def _iso_date(value: object, path: Path, where: str, role: str) -> str:
    text = cell_text(value)
    if not text:
        return ""
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError):
        stamp = None
    if is_missing(stamp):
        raise InputError(f"{path}, {where}: {role} {text!r} is not a date; write YYYY-MM-DD")
    return stamp.strftime("%Y-%m-%d")


def _controller(value: object, path: Path, where: str, unknown: dict[str, str]) -> tuple[str, str]:
    written = cell_text(value)
    name, known = normalise_controller(written)
    if not known:
        unknown.setdefault(name or "(empty)", f"{path}, {where}")
    return name, written


def _parties(value: object) -> str:
    names = {normalise_controller(p)[0] for p in re.split(r"[;/,|]| and | vs\.? ", cell_text(value))
             if p.strip()}
    return "; ".join(sorted(names - {CONTESTED}))


def _warn_unknown(unknown: dict[str, str]) -> None:
    for name, where in sorted(unknown.items()):
        log.warning("%s: unknown controller %r kept as written (it matches no name in "
                    "geostrike.control.CONTROLLERS)", where, name)


def _confidence(value: object, path: Path, where: str) -> str:
    text = cell_text(value).lower()
    if text and text not in _CONFIDENCES:
        raise InputError(f"{path}, {where}: confidence {text!r} is not one of "
                         f"{', '.join(_CONFIDENCES)}")
    return text


def _validity(row: Mapping[str, object], columns: Mapping[str, str | None], path: Path,
              where: str) -> tuple[str, str]:
    start = _iso_date(row.get(columns["valid_from"]) if columns["valid_from"] else None,
                      path, where, "valid_from")
    end = _iso_date(row.get(columns["valid_to"]) if columns["valid_to"] else None,
                    path, where, "valid_to")
    if not start:
        start = _iso_date(row.get(columns["as_of"]) if columns["as_of"] else None,
                          path, where, "as-of date")
    if not start:
        raise InputError(f"{path}, {where}: no valid_from or as-of date; every row needs a "
                         "validity period or a snapshot date")
    end = end or start  # a snapshot is valid on its own day
    if end < start:
        raise InputError(f"{path}, {where}: valid_to {end} is before valid_from {start}")
    return start, end


def _columns(frame: pd.DataFrame, path: Path, fields: Mapping[str, str] | None,
             source: str | None, extra: Sequence[str] = ()) -> dict[str, str | None]:
    """The column that plays each role (None: no such column; ``extra`` roles besides those
    of every control file). The controller column, and a source column or ``source=``, are
    required."""
    columns = {"controller": _require_field(frame, "controller", fields, path)}
    columns.update({role: _field(frame, role, fields) for role in (
        "valid_from", "valid_to", "as_of", "source", "confidence", "parties", *extra)})
    if columns["source"] is None and source is None:
        raise InputError(f"{path}: no source column (looked for "
                         f"{', '.join(DEFAULT_FIELDS['source'])}); add one or pass source=")
    return columns


def _record(row: Mapping[str, object], columns: Mapping[str, str | None], path: Path,
            where: str, source: str | None, unknown: dict[str, str]) -> dict[str, str]:
    """What a control row says besides its geometry, area or point alike: the controller
    (normalised and as written), parties, validity period, source, confidence and file."""
    controller, written = _controller(row[columns["controller"]], path, where, unknown)
    start, end = _validity(row, columns, path, where)
    return {
        "controller": controller,
        "parties": _parties(row[columns["parties"]]) if columns["parties"] else "",
        "valid_from": start, "valid_to": end,
        "source": (cell_text(row[columns["source"]]) if columns["source"] else "")
        or (source or ""),
        "confidence": _confidence(row[columns["confidence"]], path, where)
        if columns["confidence"] else "",
        "controller_as_written": written, "file": str(path),
    }


# --- polygons --------------------------------------------------------------------------------


def _areas_from(frame: gpd.GeoDataFrame, path: Path, fields: Mapping[str, str] | None,
                source: str | None) -> gpd.GeoDataFrame:
    columns = _columns(frame, path, fields, source)
    unknown: dict[str, str] = {}
    records = []
    geometries = []
    for position, (_, row) in enumerate(frame.iterrows()):
        where = f"feature {position}"
        geom = row[frame.geometry.name]
        if geom is None or geom.is_empty:
            raise InputError(f"{path}, {where}: no geometry; every control area needs a polygon")
        record = _record(row, columns, path, where, source, unknown)
        geom, repaired = _repair(geom, path, where)
        records.append({**record, "schematic": False, "repaired": repaired})
        geometries.append(geom)
    _warn_unknown(unknown)
    return _table(records, geometries)


def _repair(geom: BaseGeometry, path: Path, where: str) -> tuple[BaseGeometry, bool]:
    if geom.is_valid:
        return geom, False
    reason = shapely.is_valid_reason(geom)
    fixed = _polygonal(shapely.make_valid(geom))
    if fixed.is_empty:
        raise InputError(f"{path}, {where}: invalid polygon ({reason}) has no area once repaired")
    log.warning("%s, %s: invalid polygon (%s) repaired with shapely.make_valid", path, where,
                reason)
    return fixed, True


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygonal part of a geometry (make_valid and overlays may add lines and points)."""
    if geom.geom_type in _POLYGONAL:
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in _POLYGONAL]
    parts = [p for g in parts for p in shapely.get_parts(g)]
    return shapely.MultiPolygon(parts) if len(parts) > 1 else (
        parts[0] if parts else shapely.Polygon())


def _table(records: list[dict[str, object]], geometries: list[BaseGeometry]) -> gpd.GeoDataFrame:
    frame = pd.DataFrame(records, columns=list(CONTROL_COLUMNS))
    for column in CONTROL_COLUMNS:
        if column in ("schematic", "repaired"):
            frame[column] = frame[column].astype(bool)
        else:
            frame[column] = frame[column].astype("string")
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometries, crs="EPSG:4326"),
                            crs="EPSG:4326")


def resolve_overlaps(control: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Make overlaps of different controllers inside a snapshot into ``contested`` areas.

    Each snapshot is cut into the faces its polygons' boundaries make; a face covered by
    rows of two or more controllers becomes ``contested`` with those controllers as
    ``parties``. Faces are dissolved back per original row (or per set of parties).
    Snapshots without such overlaps are returned unchanged.
    """
    if control.empty:
        return control
    parts = []
    for _, group in control.groupby(["valid_from", "valid_to"], sort=True):
        parts.append(_resolve_snapshot(group))
    out = pd.concat(parts, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")


def _resolve_snapshot(group: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    geoms = group.geometry.values
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    controllers = group["controller"].to_numpy()
    clash = [(i, j) for i, j in zip(left, right, strict=True)
             if i < j and controllers[i] != controllers[j]
             and shapely.area(shapely.intersection(geoms[i], geoms[j])) > _SLIVER]
    if not clash:
        return group.reset_index(drop=True)
    # faces: every piece the boundaries cut the snapshot into
    faces = shapely.get_parts(shapely.polygonize(
        shapely.get_parts(shapely.union_all(shapely.boundary(geoms)))))
    points = shapely.point_on_surface(faces)
    owner_of_face: dict[int, list[int]] = {}
    for face_index, point in enumerate(points):
        owner_of_face[face_index] = sorted(int(k) for k in tree.query(point, predicate="within"))
    pieces: dict[object, list[BaseGeometry]] = {}
    for face_index, owners in owner_of_face.items():
        if not owners:
            continue  # a hole the polygons surround
        names = sorted({controllers[k] for k in owners})
        key: object = owners[0] if len(names) == 1 else ("contested", tuple(names), tuple(owners))
        pieces.setdefault(key, []).append(faces[face_index])
    rows = group.reset_index(drop=True)
    records, geometries = [], []
    contested: dict[tuple[str, ...], tuple[set[int], list[BaseGeometry]]] = {}
    for key, shapes in pieces.items():
        if isinstance(key, tuple):
            owners, found = contested.setdefault(key[1], (set(), []))
            owners.update(key[2])
            found.extend(shapes)
            continue
        records.append(rows.loc[key, list(CONTROL_COLUMNS)].to_dict())
        geometries.append(_polygonal(shapely.union_all(shapes)))
    for names, (owners_set, shapes) in sorted(contested.items()):
        owners = sorted(owners_set)
        parties: set[str] = set()
        for k in owners:
            if rows.loc[k, "controller"] == CONTESTED:
                parties.update(p for p in str(rows.loc[k, "parties"]).split("; ") if p)
            else:
                parties.add(str(rows.loc[k, "controller"]))
        files = sorted({str(rows.loc[k, "file"]) for k in owners})
        log.info("%s: overlapping control areas of %s marked contested", "; ".join(files),
                 ", ".join(names))
        records.append({
            "controller": CONTESTED, "parties": "; ".join(sorted(parties)),
            "valid_from": rows.loc[owners[0], "valid_from"],
            "valid_to": rows.loc[owners[0], "valid_to"],
            "source": "; ".join(sorted({str(s) for s in rows.loc[owners, "source"] if s})),
            "confidence": "low",
            "schematic": bool(rows.loc[owners, "schematic"].any()),
            "repaired": bool(rows.loc[owners, "repaired"].any()),
            "controller_as_written": "overlap of " + ", ".join(names),
            "file": "; ".join(files),
        })
        geometries.append(_polygonal(shapely.union_all(shapes)))
    return _table(records, geometries)


# --- points ----------------------------------------------------------------------------------


def _points_from(frame: pd.DataFrame, path: Path, fields: Mapping[str, str] | None,
                 gazetteer: Gazetteer | None, source: str | None) -> gpd.GeoDataFrame:
    columns = _columns(frame, path, fields, source, extra=("place", "place_id", "lat", "lon"))
    has_geometry = isinstance(frame, gpd.GeoDataFrame)
    line_offset = 2 if not has_geometry else 0  # CSV line numbers count the header
    unknown: dict[str, str] = {}
    problems: list[str] = []
    records, geometries = [], []
    gaz = gazetteer
    for position, (_, row) in enumerate(frame.iterrows()):
        where = f"line {position + line_offset}" if not has_geometry else f"feature {position}"
        try:
            record = _record(row, columns, path, where, source, unknown)
            place = cell_text(row[columns["place"]]) if columns["place"] else ""
            place_id = cell_text(row[columns["place_id"]]) if columns["place_id"] else ""
            point = _point_of(row, frame, columns, has_geometry, path, where)
            if point is None:
                if gaz is None:
                    gaz = default_gazetteer()
                point, place, place_id = _resolve_place(gaz, place, place_id, path, where)
            records.append({**record, "place": place, "place_id": place_id,
                            "as_of": record["valid_from"]})
            geometries.append(point)
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError("; ".join(problems[:20]) + (
            f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""))
    _warn_unknown(unknown)
    frame_out = pd.DataFrame(records, columns=list(_POINT_COLUMNS)).astype("string")
    return gpd.GeoDataFrame(frame_out, geometry=gpd.GeoSeries(geometries, crs="EPSG:4326"),
                            crs="EPSG:4326")


def _point_of(row: Mapping[str, object], frame: pd.DataFrame, columns: Mapping[str, str | None],
              has_geometry: bool, path: Path, where: str) -> BaseGeometry | None:
    if has_geometry:
        geom = row[frame.geometry.name]  # type: ignore[attr-defined]
        if geom is not None and not geom.is_empty:
            return geom
        return None
    lat_text = cell_text(row[columns["lat"]]) if columns["lat"] else ""
    lon_text = cell_text(row[columns["lon"]]) if columns["lon"] else ""
    if not lat_text and not lon_text:
        return None
    try:
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise InputError(f"{path}, {where}: lat/lon {lat_text!r}, {lon_text!r} are not "
                         "numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{path}, {where}: lat {lat}, lon {lon} cannot be degrees; give "
                         "WGS84 lat/lon")
    return shapely.Point(lon, lat)  # shapely x/y = lon/lat


def _resolve_place(gaz: Gazetteer, place: str, place_id: str, path: Path,
                   where: str) -> tuple[BaseGeometry, str, str]:
    if place_id:
        if place_id not in gaz:
            raise InputError(f"{path}, {where}: place id {place_id!r} is not in the gazetteer; "
                             "give lat/lon or a known id")
        found = gaz.get(place_id)
    elif place:
        best = gaz.best(place, kinds=_POINT_KINDS, country="SY")
        if best is None or best.score < settings.MENTION_MIN_SCORE:
            raise InputError(f"{path}, {where}: place {place!r} not found in the gazetteer; "
                             "give lat/lon or a place id")
        found = best.place
    else:
        raise InputError(f"{path}, {where}: no coordinates, place id or place name")
    return shapely.Point(found.lon, found.lat), place or found.name, found.id


def points_to_areas(points: gpd.GeoDataFrame, *, outline: BaseGeometry | None = None
                    ) -> gpd.GeoDataFrame:
    """Turn control points into schematic areas, one snapshot per validity period.

    Each snapshot's points get Voronoi cells (``shapely.voronoi_polygons``), clipped to
    ``outline`` (default: Syria) and dissolved by controller (and, for contested points, by
    their parties). Points at the same spot with different controllers make a contested
    cell. Every area is ``schematic=True``: the cells say who holds the nearest listed town,
    not where the front runs.
    """
    outline = syria_outline() if outline is None else outline
    _check_points_inside(points, outline)
    records, geometries = [], []
    # (a table without valid_to, e.g. one built by hand, holds each as-of day only)
    if "valid_to" not in points.columns:
        points = points.assign(valid_to=points["as_of"])
    for (as_of, valid_to), snap in points.groupby(["as_of", "valid_to"], sort=True):
        cells = _voronoi_cells(snap, outline)
        by_key: dict[tuple[str, str], list[int]] = {}
        for index, controller, parties in cells["keys"]:
            by_key.setdefault((controller, parties), []).append(index)
        for (controller, parties), members in sorted(by_key.items()):
            shapes = [cells["shapes"][i] for i in members]
            area = _polygonal(shapely.union_all(shapes))
            if area.is_empty:
                continue
            rows = snap.iloc[sorted({m for i in members for m in cells["rows"][i]})]
            confidences = [c for c in rows["confidence"].dropna() if c]
            records.append({
                "controller": controller, "parties": parties,
                "valid_from": str(as_of), "valid_to": str(valid_to),
                "source": "; ".join(sorted({s for s in rows["source"].dropna() if s})),
                # an area is only as sure as its least sure town
                "confidence": max(confidences, key=_CONFIDENCES.index) if confidences else "",
                "schematic": True, "repaired": False,
                "controller_as_written": "; ".join(sorted(set(rows["controller_as_written"]))),
                "file": "; ".join(sorted(set(rows["file"]))),
            })
            geometries.append(area)
    return _table(records, geometries)


def _check_points_inside(points: gpd.GeoDataFrame, outline: BaseGeometry) -> None:
    """Warn about points far outside the outline: their cells would claim the wrong ground."""
    for i, geom in enumerate(points.geometry):
        km, swapped = km_outside(outline, geom.x, geom.y)  # shapely x/y = lon/lat
        if km <= settings.COUNTRY_TOLERANCE_KM:
            continue
        log.warning("%s: control point %s (%r) at lon %.4f, lat %.4f lies outside the outline%s",
                    points["file"].iloc[i], i, points["place"].iloc[i], geom.x, geom.y,
                    " (lat and lon look swapped)" if swapped else "")


def _voronoi_cells(snap: gpd.GeoDataFrame, outline: BaseGeometry) -> dict[str, list]:
    # points at the same spot share one cell; different controllers there make it contested
    sites: dict[tuple[float, float], list[int]] = {}
    for i, geom in enumerate(snap.geometry):
        sites.setdefault((round(geom.x, 6), round(geom.y, 6)), []).append(i)
    coords = sorted(sites)
    keys, rows_of = [], []
    for n, xy in enumerate(coords):
        members = sites[xy]
        names = sorted({snap["controller"].iloc[i] for i in members})
        if len(names) == 1:
            controller = names[0]
            parties = "; ".join(sorted({p for i in members
                                        for p in str(snap["parties"].iloc[i]).split("; ") if p}))
        else:
            controller = CONTESTED
            parties = "; ".join(sorted({n2 for n2 in names if n2 != CONTESTED} | {
                p for i in members for p in str(snap["parties"].iloc[i]).split("; ") if p}))
        keys.append((n, controller, parties))
        rows_of.append(members)
    multipoint = shapely.MultiPoint([shapely.Point(x, y) for x, y in coords])
    if len(coords) == 1:
        shapes = [outline]
    else:
        minx, miny, maxx, maxy = outline.bounds
        extent = shapely.box(minx - 5, miny - 5, maxx + 5, maxy + 5)
        cells = shapely.get_parts(shapely.voronoi_polygons(multipoint, extend_to=extent,
                                                           ordered=True))
        shapes = [shapely.intersection(cell, outline) for cell in cells]
    return {"keys": keys, "shapes": shapes, "rows": rows_of}
