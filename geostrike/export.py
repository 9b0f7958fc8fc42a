"""Writing tables to files: GeoJSON (RFC 7946), CSV and JSON Lines, always atomically.

Every writer renders into a temporary file beside the target and renames it into place, so
a failure never leaves a truncated or empty file where a good one was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geostrike import settings
from geostrike.errors import InputError
from geostrike.gazetteer import Gazetteer, default_gazetteer
from geostrike.schema import is_missing, to_wgs84

__all__ = ["write_table", "write_exports", "area_claims", "atomic_path", "plain_table",
           "FORMATS"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".jsonl": "JSON Lines",
           ".gpkg": "GeoPackage"}


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp" + target.suffix,
                               dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # writers (GDAL among them) want to create the file themselves
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_table(table: gpd.GeoDataFrame, path: str | Path, *, layer: str | None = None) -> Path:
    """Write a claims or mentions table; the format follows the extension.

    ``.geojson``/``.json``: RFC 7946 (lon/lat, no ``crs`` member, counter-clockwise
    exteriors, 6 decimals ~ 0.1 m); ``.csv``: one row per feature with ``lon``/``lat``
    columns; ``.jsonl``: one GeoJSON Feature per line.
    """
    path = Path(path)
    writer = _WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InputError(
            f"{path}: unknown output format {path.suffix!r}; use one of {', '.join(FORMATS)}")
    table = to_wgs84(table)  # every format says lon/lat, not only GeoJSON (GDAL reprojects that)
    with atomic_path(path) as tmp:
        writer(table, tmp, layer or path.stem)
    return path


def area_claims(table: gpd.GeoDataFrame, gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """The claims whose place is an area (governorate, region, sea with an outline), drawn
    as that outline: what a claim of "strikes in Idlib province" really says."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    outlines = table["place_id"].map(gaz.outline)
    keep = (table["where_prec"].isin(settings.WHERE_PREC_AREAS).to_numpy(bool)
            & outlines.notna().to_numpy())
    return gpd.GeoDataFrame(table.loc[keep].drop(columns=table.geometry.name),
                            geometry=list(outlines[keep]), crs="EPSG:4326")


def write_exports(table: gpd.GeoDataFrame, out_dir: str | Path, name: str, *,
                  gazetteer: Gazetteer | None = None) -> list[Path]:
    """Write ``<name>.geojson``, ``<name>.gpkg`` and ``<name>.csv`` into ``out_dir``.

    The GeoPackage has two layers: ``claims`` (every claim as a point, unresolved ones
    without geometry) and ``area_claims`` (governorate-, region- and sea-level claims as
    their outlines).
    """
    out_dir = Path(out_dir)
    table = to_wgs84(table)  # the GeoPackage too: every layer in lon/lat
    paths = [write_table(table, out_dir / f"{name}.geojson", layer=name),
             write_table(table, out_dir / f"{name}.csv")]
    target = out_dir / f"{name}.gpkg"
    with atomic_path(target) as tmp:
        _gpkg(table, tmp, "claims")
        areas = area_claims(table, gazetteer)
        _gpkg(areas, tmp, "area_claims", append=True)
    paths.append(target)
    return paths


def _gpkg(table: gpd.GeoDataFrame, tmp: Path, layer: str, append: bool = False) -> None:
    import pyogrio

    # a fixed timestamp in gpkg_contents (a GDAL config option, so set around the write)
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2015-01-01T00:00:00.000Z"})
    try:
        # GeoPackage 1.2 so that older GDAL and QGIS read it without a warning
        options = {} if append else {"VERSION": "1.2"}
        table.to_file(tmp, driver="GPKG", engine="pyogrio", layer=layer, promote_to_multi=True,
                      mode="a" if append else "w", **options)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def _geojson(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    # layer= names the collection; without it GDAL would use the temporary file's name
    table.to_file(tmp, driver="GeoJSON", engine="pyogrio", layer=layer, RFC7946="YES",
                  COORDINATE_PRECISION=6, WRITE_BBOX="NO")


def plain_table(table: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table without its geometry, with ``lon`` and ``lat`` columns instead (6 decimals,
    ~0.1 m; missing where a row has no point): the rows of every CSV this package writes."""
    table = to_wgs84(table)
    frame = pd.DataFrame(table.drop(columns=table.geometry.name))
    points = [None if g is None or g.is_empty else g for g in table.geometry]
    # x is longitude, y latitude
    frame["lon"] = [None if p is None else round(p.x, 6) for p in points]
    frame["lat"] = [None if p is None else round(p.y, 6) for p in points]
    return frame


def _csv(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    plain_table(table).to_csv(tmp, index=False, lineterminator="\n")


def _jsonl(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    frame = plain_table(table)
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for record in frame.to_dict(orient="records"):
            props = {k: (None if is_missing(v) else v) for k, v in record.items()
                     if k not in ("lon", "lat")}
            # lon is NaN, not None, once a resolved row makes the column float
            geometry = None if is_missing(record["lon"]) else {
                "type": "Point", "coordinates": [record["lon"], record["lat"]]}
            fh.write(json.dumps({"type": "Feature", "properties": props, "geometry": geometry},
                                ensure_ascii=False, default=_json_default) + "\n")


def _json_default(value: object) -> object:
    if hasattr(value, "item"):
        return value.item()
    return str(value)


_WRITERS: dict[str, Callable[[gpd.GeoDataFrame, Path, str], None]] = {
    ".geojson": _geojson, ".json": _geojson, ".csv": _csv, ".jsonl": _jsonl,
    ".gpkg": lambda table, tmp, layer: _gpkg(table, tmp, layer),
}
