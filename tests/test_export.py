"""Exports load cleanly in GIS tools and are written atomically."""

import json
import shutil
import subprocess

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geostrike import export as export_module
from geostrike import settings
from geostrike.export import write_exports, write_table


def test_geojson_follows_rfc7946(seeds_claims, tmp_path):
    path = write_table(seeds_claims, tmp_path / "claims.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "crs" not in data and data["name"] == "claims"
    syria = [f for f in data["features"] if f["properties"]["place_id"] == "country:SY"][0]
    lon, lat = syria["geometry"]["coordinates"]
    assert 35 < lon < 43 and 32 < lat < 38  # lon/lat order
    decimals = [len(str(c).split(".")[1]) for f in data["features"] if f["geometry"]
                for c in f["geometry"]["coordinates"] if "." in str(c)]
    assert max(decimals) <= 6
    assert set(seeds_claims.columns) - {"geometry"} <= set(data["features"][0]["properties"])


def test_csv_and_json_lines_carry_lon_lat_and_leave_unresolved_rows_empty(seeds_claims, tmp_path):
    table = seeds_claims[seeds_claims["place_id"] == "country:SY"].head(2).copy()
    table.loc[table.index[1], "geometry"] = shapely.Point()  # as an unresolved row has
    point = table.geometry.iloc[0]
    rows = pd.read_csv(write_table(table, tmp_path / "claims.csv"))
    assert (rows.loc[0, "lon"], rows.loc[0, "lat"]) == (round(point.x, 6), round(point.y, 6))
    assert rows.loc[1, ["lon", "lat"]].isna().all()
    lines = (write_table(table, tmp_path / "claims.jsonl").read_text(encoding="utf-8")
             .splitlines())
    features = [json.loads(line) for line in lines]
    assert features[0]["geometry"]["coordinates"] == [round(point.x, 6), round(point.y, 6)]
    assert features[1]["geometry"] is None and "lon" not in features[1]["properties"]


def test_csv_and_json_lines_write_lon_lat_whatever_the_tables_crs(seeds_claims, tmp_path):
    table = seeds_claims[seeds_claims["place_id"] == "country:SY"].head(1)
    point = table.geometry.iloc[0]
    projected = table.to_crs("EPSG:3857")
    row = pd.read_csv(write_table(projected, tmp_path / "claims.csv")).iloc[0]
    assert (row["lon"], row["lat"]) == pytest.approx((point.x, point.y), abs=1e-6)
    feature = json.loads(write_table(projected, tmp_path / "claims.jsonl").read_text("utf-8"))
    assert feature["geometry"]["coordinates"] == pytest.approx([point.x, point.y], abs=1e-6)


def test_every_geopackage_layer_is_lon_lat_whatever_the_tables_crs(seeds_claims, tmp_path):
    write_exports(seeds_claims.to_crs("EPSG:3857"), tmp_path, "projected")
    for layer in ("claims", "area_claims"):
        back = gpd.read_file(tmp_path / "projected.gpkg", layer=layer)
        assert back.crs.to_epsg() == 4326, layer
    points = gpd.read_file(tmp_path / "projected.gpkg", layer="claims")
    assert points.total_bounds == pytest.approx(
        seeds_claims.dropna(subset=["place_id"]).total_bounds, abs=1e-6)


def test_exports_round_trip_through_geopandas(seeds_claims, tmp_path):
    paths = write_exports(seeds_claims, tmp_path, "seeds")
    assert sorted(p.name for p in paths) == ["seeds.csv", "seeds.geojson", "seeds.gpkg"]
    back = gpd.read_file(tmp_path / "seeds.geojson")
    assert len(back) == len(seeds_claims)
    points = gpd.read_file(tmp_path / "seeds.gpkg", layer="claims")
    areas = gpd.read_file(tmp_path / "seeds.gpkg", layer="area_claims")
    assert len(points) == len(seeds_claims)
    from geostrike import default_gazetteer

    with_outline = [row for row in seeds_claims.itertuples()
                    if row.where_prec in settings.WHERE_PREC_AREAS
                    and default_gazetteer().get(row.place_id).polygon is not None]
    assert len(areas) == len(with_outline) > 0
    assert set(areas.geom_type) <= {"Polygon", "MultiPolygon"}
    governorates = areas[areas.place_kind == "governorate"]
    assert len(governorates) >= 4 and (governorates.to_crs("EPSG:6933").area > 1e9).all()


def test_gpkg_is_deterministic(seeds_claims, tmp_path):
    write_exports(seeds_claims, tmp_path / "a", "seeds")
    write_exports(seeds_claims, tmp_path / "b", "seeds")
    for suffix in ("gpkg", "csv", "geojson"):
        assert (tmp_path / "a" / f"seeds.{suffix}").read_bytes() == \
            (tmp_path / "b" / f"seeds.{suffix}").read_bytes()


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (gdal-bin) missing")
@pytest.mark.parametrize(("name", "layers"), [("seeds.geojson", ["seeds"]),
                                              ("seeds.gpkg", ["claims", "area_claims"])])
def test_ogrinfo_reads_the_exports(seeds_claims, tmp_path, name, layers):
    write_exports(seeds_claims, tmp_path, "seeds")
    result = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(tmp_path / name)],
                            capture_output=True, text=True, check=True)
    assert "Warning" not in result.stderr and "ERROR" not in result.stderr
    for layer in layers:
        assert f"Layer name: {layer}" in result.stdout
    assert "place_id: String" in result.stdout and "where_prec: Integer" in result.stdout


def test_a_failed_write_keeps_the_good_file(seeds_claims, tmp_path, monkeypatch):
    target = tmp_path / "claims.geojson"
    write_table(seeds_claims, target)
    good = target.read_bytes()

    def broken(table, tmp, layer):
        tmp.write_text('{"type": "FeatureCollection", "feat', encoding="utf-8")
        raise RuntimeError("disk full")

    monkeypatch.setitem(export_module._WRITERS, ".geojson", broken)
    with pytest.raises(RuntimeError):
        write_table(seeds_claims, target)
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["claims.geojson"]


def test_area_claims_take_any_index_and_missing_place_ids(seeds_claims, gazetteer):
    from geostrike.export import area_claims

    doubled = pd.concat([seeds_claims, seeds_claims])  # repeated index labels
    doubled["place_id"] = doubled["place_id"].astype("string")
    doubled.iloc[0, doubled.columns.get_loc("place_id")] = pd.NA
    areas = area_claims(doubled, gazetteer)
    single = area_claims(seeds_claims, gazetteer)
    assert 0 < len(areas) <= 2 * len(single)
    assert set(areas["where_prec"]) <= set(settings.WHERE_PREC_AREAS)
    assert all(g.geom_type in ("Polygon", "MultiPolygon") for g in areas.geometry)


def test_the_map_takes_a_missing_place_id_at_an_area_precision(seeds_claims, gazetteer):
    from geostrike.maps import render_map

    table = seeds_claims.copy()
    table["place_id"] = table["place_id"].astype("string")
    area = table.index[table["where_prec"] == settings.WHERE_PREC_GOVERNORATE][0]
    table.loc[area, "place_id"] = pd.NA
    assert "<html" in render_map(table, gazetteer=gazetteer)
