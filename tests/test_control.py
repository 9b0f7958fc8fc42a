"""Control data: formats, field names, CRS checks, repairs, overlaps, points -> schematic areas."""

import csv
import json
import logging
import os

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from geostrike.control import (
    CONTROLLERS,
    load_control,
    normalise_controller,
    read_control_points,
    sample_control_files,
    syria_outline,
)
from geostrike.errors import InputError
from geostrike.schema import cell_text

# two side-by-side squares in northern Syria, lon/lat
WEST = box(36.5, 35.0, 37.0, 35.5)
EAST = box(37.0, 35.0, 37.5, 35.5)


def _areas(rows, crs="EPSG:4326"):
    geoms = [r.pop("geometry") for r in rows]
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=crs)


def _write_geojson(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def outline():
    return syria_outline()


@pytest.mark.parametrize("written, expected", [
    ("ISIS", "Islamic State"), ("ISIL", "Islamic State"), ("Daesh", "Islamic State"),
    ("IS", "Islamic State"), ("al-Nusra Front", "Jabhat al-Nusra"), ("Nusra", "Jabhat al-Nusra"),
    ("Army of Conquest", "Jaish al-Fatah"), ("regime", "government"), ("SAA", "government"),
    ("Assad forces", "government"), ("Syrian government", "government"), ("SDF", "YPG"),
    ("Kurdish forces", "YPG"), ("rebels", "opposition"), ("FSA", "opposition"),
    ("Contested", "contested"), ("  ypg ", "YPG"),
])
def test_controller_names_are_normalised(written, expected):
    assert normalise_controller(written) == (expected, True)


def test_unknown_controller_is_kept_as_written():
    assert normalise_controller("Martian  Legion") == ("Martian Legion", False)


@pytest.mark.parametrize("value", [None, float("nan"), np.float32("nan"), pd.NA, pd.NaT, "  "])
def test_a_missing_cell_is_empty_text(value):
    assert cell_text(value) == ""
    assert normalise_controller(value) == ("", False)


def test_a_list_in_a_cell_is_a_value():
    assert cell_text(["ISIS"]) == "['ISIS']"


def test_geojson_polygons_load_with_normalised_controllers(tmp_path):
    path = tmp_path / "areas.geojson"
    _areas([
        {"controller": "regime", "valid_from": "2015-10-01", "valid_to": "2015-10-31",
         "source": "test", "geometry": WEST},
        {"controller": "ISIS", "valid_from": "2015-10-01", "valid_to": "2015-10-31",
         "source": "test", "geometry": EAST},
    ]).to_file(path, driver="GeoJSON")
    control = load_control(path)
    assert list(control["controller"]) == ["government", "Islamic State"]
    assert list(control["controller_as_written"]) == ["regime", "ISIS"]
    assert set(control["valid_to"]) == {"2015-10-31"}
    assert not control["schematic"].any() and not control["repaired"].any()
    assert control.crs.to_epsg() == 4326


def test_field_names_are_configurable_and_a_snapshot_date_is_a_one_day_period(tmp_path):
    path = tmp_path / "areas.gpkg"
    _areas([{"faction": "Army of Conquest", "day": "2015-11-15", "ref": "mine",
             "geometry": WEST}]).to_file(path, driver="GPKG")
    control = load_control(path, fields={"controller": "faction", "as_of": "day",
                                         "source": "ref"})
    row = control.iloc[0]
    assert (row.controller, row.valid_from, row.valid_to, row.source) == (
        "Jaish al-Fatah", "2015-11-15", "2015-11-15", "mine")


def test_missing_controller_field_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "areas.geojson"
    _areas([{"holder_x": "x", "as_of": "2015-11-15", "source": "s", "geometry": WEST}]
           ).to_file(path, driver="GeoJSON")
    with pytest.raises(InputError, match=r"areas\.geojson.*no controller column"):
        load_control(path)


def test_bad_date_is_refused_naming_the_feature(tmp_path):
    path = tmp_path / "areas.geojson"
    _areas([{"controller": "IS", "as_of": "2015-11-15", "source": "s", "geometry": WEST},
            {"controller": "IS", "as_of": "mid-November", "source": "s", "geometry": EAST}]
           ).to_file(path, driver="GeoJSON")
    with pytest.raises(InputError, match=r"areas\.geojson, feature 1: as-of date 'mid-November'"):
        load_control(path)


def test_control_in_web_mercator_is_reprojected(tmp_path):
    path = tmp_path / "mercator.gpkg"
    _areas([{"controller": "IS", "as_of": "2015-11-15", "source": "s", "geometry": EAST}]
           ).to_crs("EPSG:3857").to_file(path, driver="GPKG")
    control = load_control(path)
    assert control.crs.to_epsg() == 4326
    assert control.geometry.iloc[0].symmetric_difference(EAST).area < 1e-6


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_projected_coordinates_without_crs_are_refused(tmp_path):
    path = tmp_path / "noprj.shp"
    gdf = _areas([{"controller": "IS", "as_of": "2015-11-15", "source": "s", "geometry": WEST},
                  {"controller": "IS", "as_of": "2015-11-15", "source": "s",
                   "geometry": box(4_100_000, 4_200_000, 4_150_000, 4_250_000)}], crs=None)
    gdf.to_file(path)
    assert not path.with_suffix(".prj").exists()
    with pytest.raises(InputError, match=r"noprj\.shp, feature 1: .*cannot be lon/lat.*no CRS"):
        load_control(path)


def test_projected_coordinates_in_geojson_are_refused(tmp_path):
    ring = [[4_100_000, 4_200_000], [4_150_000, 4_200_000], [4_150_000, 4_250_000],
            [4_100_000, 4_200_000]]
    path = _write_geojson(tmp_path / "projected.geojson", [{
        "type": "Feature", "properties": {"controller": "IS", "as_of": "2015-11-15",
                                          "source": "s"},
        "geometry": {"type": "Polygon", "coordinates": [ring]}}])
    with pytest.raises(InputError, match=r"projected\.geojson, feature 0: .*cannot be lon/lat"):
        load_control(path)


def test_invalid_polygon_is_repaired_flagged_and_warned(tmp_path, caplog):
    bowtie = [[36.5, 35.0], [37.0, 35.5], [37.0, 35.0], [36.5, 35.5], [36.5, 35.0]]
    path = _write_geojson(tmp_path / "bowtie.geojson", [{
        "type": "Feature", "properties": {"controller": "IS", "as_of": "2015-11-15",
                                          "source": "s"},
        "geometry": {"type": "Polygon", "coordinates": [bowtie]}}])
    with caplog.at_level(logging.WARNING, logger="geostrike.control"):
        control = load_control(path)
    assert control["repaired"].tolist() == [True]
    assert control.geometry.iloc[0].is_valid
    assert control.geometry.iloc[0].area == pytest.approx(0.125)
    assert any("bowtie.geojson, feature 0: invalid polygon" in r.message for r in caplog.records)


def test_overlapping_polygons_of_different_controllers_are_contested(tmp_path):
    path = tmp_path / "overlap.geojson"
    _areas([
        {"controller": "government", "as_of": "2015-11-15", "source": "a",
         "geometry": box(36.5, 35.0, 37.1, 35.5)},
        {"controller": "opposition", "as_of": "2015-11-15", "source": "b",
         "geometry": box(36.9, 35.0, 37.5, 35.5)},
    ]).to_file(path, driver="GeoJSON")
    control = load_control(path).set_index("controller")
    assert sorted(control.index) == ["contested", "government", "opposition"]
    contested = control.loc["contested"]
    assert contested.parties == "government; opposition"
    assert contested.geometry.area == pytest.approx(0.2 * 0.5)
    assert control.loc["government"].geometry.area == pytest.approx(0.4 * 0.5)
    assert control.loc["opposition"].geometry.area == pytest.approx(0.4 * 0.5)
    # the same controller drawn twice is not a contest
    same = tmp_path / "same.geojson"
    _areas([{"controller": "IS", "as_of": "2015-11-15", "source": "a", "geometry": WEST},
            {"controller": "ISIS", "as_of": "2015-11-15", "source": "b",
             "geometry": box(36.8, 35.0, 37.2, 35.5)}]).to_file(same, driver="GeoJSON")
    assert set(load_control(same)["controller"]) == {"Islamic State"}


def test_unknown_controllers_are_kept_and_reported(tmp_path, caplog):
    path = tmp_path / "odd.geojson"
    _areas([{"controller": "Martian Legion", "as_of": "2015-11-15", "source": "s",
             "geometry": WEST}]).to_file(path, driver="GeoJSON")
    with caplog.at_level(logging.WARNING, logger="geostrike.control"):
        control = load_control(path)
    assert control["controller"].tolist() == ["Martian Legion"]
    assert any("unknown controller 'Martian Legion'" in r.message for r in caplog.records)


def _write_points(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["as_of", "place_id", "place", "lat", "lon",
                                                "controller", "confidence", "source"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"confidence": "high", "source": "test"} | row)
    return path


def test_points_become_schematic_voronoi_areas_clipped_to_syria(tmp_path, outline):
    path = _write_points(tmp_path / "points.csv", [
        {"as_of": "2015-11-15", "place_id": "gn:172955", "controller": "ISIS"},  # Raqqa
        {"as_of": "2015-11-15", "place": "Latakia", "controller": "regime"},
        {"as_of": "2015-11-15", "place": "Damascus", "controller": "government"},
        {"as_of": "2015-11-15", "lat": "35.93", "lon": "36.63", "controller": "Jaish al-Fatah"},
        {"as_of": "2015-10-01", "place_id": "gn:172955", "controller": "IS"},
        {"as_of": "2015-10-01", "place_id": "gn:170654", "controller": "regime"},
    ])
    control = load_control(path, outline=outline)
    assert control["schematic"].all()
    nov = control[control["valid_from"] == "2015-11-15"]
    # dissolved: one row per controller
    assert sorted(nov["controller"]) == ["Islamic State", "Jaish al-Fatah", "government"]
    union = shapely.union_all(nov.geometry.values)
    assert union.difference(outline.buffer(1e-6)).area < 1e-9
    assert union.area == pytest.approx(outline.area, rel=1e-6)
    raqqa, idlib = shapely.Point(39.008, 35.953), shapely.Point(36.63, 35.93)
    held = {r.controller: r.geometry for r in nov.itertuples()}
    assert held["Islamic State"].contains(raqqa)
    assert held["Jaish al-Fatah"].contains(idlib)
    assert len(control[control["valid_from"] == "2015-10-01"]) == 2


def test_points_keep_the_validity_period_they_were_given(tmp_path, outline):
    path = tmp_path / "points.csv"
    path.write_text("valid_from,valid_to,place_id,controller,source\n"
                    "2015-10-01,2015-10-31,gn:172955,IS,test\n"
                    "2015-10-01,2015-10-31,gn:170654,regime,test\n", encoding="utf-8")
    control = load_control(path, outline=outline)
    assert set(zip(control["valid_from"], control["valid_to"])) == {("2015-10-01", "2015-10-31")}


def test_points_at_the_same_place_with_different_controllers_are_contested(tmp_path, outline):
    path = _write_points(tmp_path / "points.csv", [
        {"as_of": "2015-11-15", "place": "Aleppo", "controller": "government"},
        {"as_of": "2015-11-15", "place": "Aleppo", "controller": "rebels"},
        {"as_of": "2015-11-15", "place": "Raqqa", "controller": "IS"},
    ])
    control = load_control(path, outline=outline).set_index("controller")
    assert control.loc["contested", "parties"] == "government; opposition"


def test_point_places_are_resolved_and_unknown_ones_refused(tmp_path):
    path = _write_points(tmp_path / "points.csv", [
        {"as_of": "2015-11-15", "place": "Palmyra", "controller": "IS"},
        {"as_of": "2015-11-15", "place_id": "gn:169389", "controller": "Army of Conquest"},
    ])
    points = read_control_points(path)
    assert points["place_id"].tolist() == ["gn:163808", "gn:169389"]
    assert points.geometry.iloc[0].distance(shapely.Point(38.28, 34.56)) < 0.05
    bad = _write_points(tmp_path / "bad.csv", [
        {"as_of": "2015-11-15", "place": "Palmyra", "controller": "IS"},
        {"as_of": "2015-11-15", "place": "Qwxzzzy", "controller": "IS"},
        {"as_of": "2015-11-15", "place_id": "gn:0", "controller": "IS"},
    ])
    with pytest.raises(InputError, match=r"bad\.csv, line 3: place 'Qwxzzzy' not found.*"
                                         r"bad\.csv, line 4: place id 'gn:0'"):
        read_control_points(bad)


def test_the_sample_loads_two_snapshots_of_known_controllers(outline):
    files = sample_control_files()
    assert files, "gazetteer/control/ holds the sample"
    control = load_control(files, outline=outline)
    assert sorted(set(control["valid_from"])) == ["2015-09-30", "2015-11-15"]
    assert control["schematic"].all()
    assert set(control["controller"]) <= set(CONTROLLERS)
    assert {"Islamic State", "government", "YPG", "Jaish al-Fatah", "Jabhat al-Nusra",
            "opposition", "contested"} <= set(control["controller"])


def test_the_sample_rows_have_source_and_confidence_and_cover_every_governorate(gazetteer):
    points = read_control_points(sample_control_files()[0], gazetteer=gazetteer)
    assert (points["source"].str.len() > 0).all()
    assert set(points["confidence"]) <= {"high", "medium", "low"}
    assert (points["confidence"].str.len() > 0).all()
    assert points["place"].nunique() >= 40
    governorates = {gazetteer.governorate_at(g.y, g.x).id for g in points.geometry
                    if gazetteer.governorate_at(g.y, g.x) is not None}
    assert len(governorates) == 14
    by_place = points.set_index(["as_of", "place"])["controller"]
    assert by_place[("2015-11-15", "Palmyra")] == "Islamic State"
    assert by_place[("2015-11-15", "Idlib")] == "Jaish al-Fatah"
    assert by_place[("2015-09-30", "Al Hadir")] == "opposition"
    assert by_place[("2015-11-15", "Al Hadir")] == "government"


def test_point_layers_load_and_swapped_lat_lon_is_reported(tmp_path, outline, caplog):
    path = tmp_path / "points.geojson"
    gpd.GeoDataFrame(
        {"controller": ["ISIS", "regime"], "as_of": ["2015-11-15"] * 2, "source": ["t"] * 2,
         "place": ["Raqqa", "swapped Homs"]},
        # shapely x/y = lon/lat; the second point has them the wrong way round
        geometry=[shapely.Point(39.008, 35.953), shapely.Point(34.724, 36.726)],
        crs="EPSG:4326").to_file(path, driver="GeoJSON")
    with caplog.at_level(logging.WARNING, logger="geostrike.control"):
        control = load_control(path, outline=outline)
    assert control["schematic"].all()
    assert any("lat and lon look swapped" in r.message and "swapped Homs" in r.message
               for r in caplog.records)


def test_snapshots_take_dates_in_any_form_and_say_how_schematic_they_are():
    import datetime

    from geostrike.control import snapshots

    control = gpd.GeoDataFrame({
        "controller": ["government", "Islamic State", "government"],
        "valid_from": [pd.Timestamp("2015-10-01"), datetime.datetime(2015, 10, 1, 0, 0),
                       "2015-11-01"],
        "valid_to": [datetime.date(2015, 10, 31), "2015-10-31", "2015-11-01"],
        "schematic": [True, False, True],
    }, geometry=[shapely.box(36, 33, 37, 34)] * 3, crs="EPSG:4326")
    found = snapshots(control)
    assert [(s.valid_from, s.valid_to, s.label, len(s.areas)) for s in found] == [
        ("2015-10-01", "2015-10-31", "2015-10-01 to 2015-10-31 (partly schematic)", 2),
        ("2015-11-01", "2015-11-01", "2015-11-01 (schematic)", 1)]


def test_syria_outline_names_the_basemap_it_cannot_use(tmp_path):
    with pytest.raises(InputError, match=r"basemap\.geojson: not found"):
        syria_outline(tmp_path)  # no basemap at all
    basemap = tmp_path / "basemap.geojson"

    def collection(*features):
        basemap.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}),
                           encoding="utf-8")

    def country(code, west, east, name="x"):
        return {"type": "Feature", "properties": {"iso_a2": code, "name": name},
                "geometry": {"type": "Polygon", "coordinates": [
                    [[west, 33], [east, 33], [east, 37], [west, 37], [west, 33]]]}}

    for bad, why in [("{not json", "cannot read the basemap"), ("[]", "not a GeoJSON"),
                     ('{"features": [7]}', r"feature 1: not a GeoJSON feature"),
                     ('{"features": [{"properties": {"iso_a2": "SY"}, "geometry": '
                      '{"type": "Blob", "coordinates": []}}]}', r"feature 1 \(SY\): bad geometry")]:
        basemap.write_text(bad, encoding="utf-8")
        with pytest.raises(InputError, match=rf"basemap\.geojson.*{why}"):
            syria_outline(tmp_path)
    collection(country("TR", 30, 36))
    with pytest.raises(InputError, match=r"basemap\.geojson: no feature with iso_a2 'SY'"):
        syria_outline(tmp_path)
    # a country drawn as two features is their union
    collection(country("SY", 36, 39), country("SY", 39, 42))
    assert syria_outline(tmp_path).bounds == (36.0, 33.0, 42.0, 37.0)
    # an edited basemap is read again, not served from the cache, even at the same size
    collection(country("SY", 36, 39), country("SY", 39, 43))
    os.utime(basemap, ns=(1, 1_000_000_000))
    assert syria_outline(tmp_path).bounds == (36.0, 33.0, 43.0, 37.0)
    size = basemap.stat().st_size
    collection(country("SY", 36, 39), country("SY", 39, 41))
    assert basemap.stat().st_size == size
    os.utime(basemap, ns=(2, 2_000_000_000))
    assert syria_outline(tmp_path).bounds == (36.0, 33.0, 41.0, 37.0)