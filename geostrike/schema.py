"""The claims and mentions tables' contract, checked in one place.

``validate_claims(table)`` collects every problem (missing or extra columns, wrong dtypes,
bad roles or precision codes, geometry that is not a lon/lat point, offsets that do not
make sense) and raises one :class:`~geostrike.errors.SchemaError` listing them all.
Documented in ``docs/claims-schema.md``.
"""

from __future__ import annotations

from collections.abc import Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from geostrike import settings
from geostrike.errors import SchemaError
from geostrike.roles import ROLES

__all__ = ["WGS84", "cell_text", "is_missing", "to_wgs84", "validate_claims", "validate_mentions"]

_DATE_PRECISIONS = {"day", "week", "month", "range", "unknown"}

#: The CRS of every table here: lon/lat on WGS 84.
WGS84 = CRS("EPSG:4326")


def validate_claims(table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``table`` unchanged if it follows the claims schema, else raise SchemaError."""
    problems = _common(table, settings.CLAIM_COLUMNS, "where_prec")
    if "date_precision" in table:
        bad = set(table["date_precision"].dropna().unique()) - _DATE_PRECISIONS
        if bad:
            problems.append(f"date_precision has unknown values {sorted(bad)}")
    if "claim_id" in table and table["claim_id"].duplicated().any():
        dupes = table.loc[table["claim_id"].duplicated(), "claim_id"].tolist()[:5]
        problems.append(f"claim_id repeats: {dupes}")
    return _raise(problems, "claims", table)


def validate_mentions(table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``table`` unchanged if it follows the mentions schema, else raise SchemaError."""
    return _raise(_common(table, settings.MENTION_COLUMNS, "precision"), "mentions", table)


def is_missing(value: object) -> bool:
    """Whether a table cell holds no value: None, NaN, NaT or ``pandas.NA``.

    The one missing-value test of the outputs (exports, map, comparison, control data). A
    value that is not a scalar (a list, an array) is never missing.
    """
    if value is None:
        return True
    try:
        missing = pd.isna(value)
    except (TypeError, ValueError):
        return False
    return isinstance(missing, (bool, np.bool_)) and bool(missing)


def cell_text(value: object, strip: bool = True) -> str:
    """A table cell as text: "" for a missing value (see :func:`is_missing`), else ``str(value)``,
    stripped unless ``strip`` is false."""
    if is_missing(value):
        return ""
    return str(value).strip() if strip else str(value)


def to_wgs84(frame: gpd.GeoDataFrame, *, assume_lonlat: bool = False) -> gpd.GeoDataFrame:
    """``frame`` in EPSG:4326: reprojected if it declares another CRS, as it is otherwise.

    A frame without a CRS is returned as it is, or, with ``assume_lonlat``, declared
    EPSG:4326 (its numbers taken as lon/lat). Errors of the reprojection propagate.
    """
    if frame.crs is None:
        return frame.set_crs(WGS84) if assume_lonlat else frame
    if not CRS(frame.crs).equals(WGS84):
        return frame.to_crs(WGS84)
    return frame


def _common(table: gpd.GeoDataFrame, columns: Mapping[str, str], prec_column: str) -> list[str]:
    problems: list[str] = []
    if not isinstance(table, gpd.GeoDataFrame):
        return [f"expected a GeoDataFrame, got {type(table).__name__}"]
    if table.crs is None or table.crs.to_epsg() != 4326:
        problems.append(f"CRS must be EPSG:4326, is {table.crs}")
    missing = [c for c in columns if c not in table.columns]
    extra = [c for c in table.columns if c not in columns and c != table.geometry.name]
    if missing:
        problems.append(f"missing columns: {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected columns: {', '.join(extra)}")
    for column, dtype in columns.items():
        if column in table.columns and str(table[column].dtype) != dtype:
            problems.append(f"column {column} has dtype {table[column].dtype}, expected {dtype}")
    if "role" in table:
        bad = set(table["role"].dropna().unique()) - set(ROLES)
        if bad:
            problems.append(f"role has unknown values {sorted(bad)}")
    if prec_column in table:
        codes = settings.WHERE_PREC_NAMES
        bad = {int(v) for v in table[prec_column].dropna().unique()} - set(codes)
        if bad:
            problems.append(f"{prec_column} has values outside {min(codes)}..{max(codes)}: "
                            f"{sorted(bad)}")
    if "char_start" in table and "char_end" in table:
        rows = table.index[table["char_start"] >= table["char_end"]].tolist()
        if rows:
            problems.append(f"char_start >= char_end in rows {rows[:5]}")
    geometry = table.geometry
    geoms = np.asarray(geometry.array, dtype=object)
    # missing and empty geometries are fine; a point is (x, y) = (lon, lat)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    point = present & (shapely.get_type_id(geoms) == 0)
    x, y = np.full(len(geoms), np.nan), np.full(len(geoms), np.nan)
    x[point], y[point] = shapely.get_x(geoms[point]), shapely.get_y(geoms[point])
    with np.errstate(invalid="ignore"):
        inside = (-180 <= x) & (x <= 180) & (-90 <= y) & (y <= 90)
    for i in np.flatnonzero(present & ~inside):
        problems.append(f"row {geometry.index[i]}: geometry must be a lon/lat Point, got "
                        f"{geoms[i].wkt[:40]}")
    if "status" in table and "place_id" in table:
        bad = table.index[(table["status"] == "resolved") & table["place_id"].isna()].tolist()
        if bad:
            problems.append(f"rows {bad[:5]} are 'resolved' without a place_id")
    return problems


def _raise(problems: list[str], what: str, table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if problems:
        raise SchemaError(f"the {what} table breaks its schema: " + "; ".join(problems),
                          problems)
    return table
