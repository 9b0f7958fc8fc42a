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

from geostrike.errors import InputError

__all__ = ["write_table", "atomic_path", "FORMATS"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".jsonl": "JSON Lines"}


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
    with atomic_path(path) as tmp:
        writer(table, tmp, layer or path.stem)
    return path


def _geojson(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    # layer= names the collection; without it GDAL would use the temporary file's name
    table.to_file(tmp, driver="GeoJSON", engine="pyogrio", layer=layer, RFC7946="YES",
                  COORDINATE_PRECISION=6, WRITE_BBOX="NO")


def _plain(table: gpd.GeoDataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(table.drop(columns=table.geometry.name))
    geometry = table.geometry
    # x is longitude, y latitude; empty for unresolved rows
    frame["lon"] = [round(g.x, 6) if g is not None and not g.is_empty else None for g in geometry]
    frame["lat"] = [round(g.y, 6) if g is not None and not g.is_empty else None for g in geometry]
    return frame


def _csv(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    _plain(table).to_csv(tmp, index=False, lineterminator="\n")


def _jsonl(table: gpd.GeoDataFrame, tmp: Path, layer: str) -> None:
    frame = _plain(table)
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for record in frame.to_dict(orient="records"):
            props = {k: (None if _missing(v) else v) for k, v in record.items()
                     if k not in ("lon", "lat")}
            geometry = None if record["lon"] is None else {
                "type": "Point", "coordinates": [record["lon"], record["lat"]]}
            fh.write(json.dumps({"type": "Feature", "properties": props, "geometry": geometry},
                                ensure_ascii=False, default=_json_default) + "\n")


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _json_default(value: object) -> object:
    if hasattr(value, "item"):
        return value.item()
    return str(value)


_WRITERS: dict[str, Callable[[gpd.GeoDataFrame, Path, str], None]] = {
    ".geojson": _geojson, ".json": _geojson, ".csv": _csv, ".jsonl": _jsonl,
}
