"""Claims against control: verdicts, snapshot dates, radii, governorate shares, reports."""

import json
import math

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from geostrike.compare import compare, compare_inputs, read_claims, write_comparison
from geostrike.control import load_control, sample_control_files
from geostrike.export import write_table
from geostrike.gazetteer import Gazetteer, Place


# a front line along lon 37.0: government to the west, Islamic State to the east, in October;
# in November the east is held by the opposition
WEST = box(36.0, 35.0, 37.0, 36.0)
EAST = box(37.0, 35.0, 38.0, 36.0)


def _control(rows):
    frame = pd.DataFrame([{k: v for k, v in r.items() if k != "geometry"} for r in rows])
    for column, default in (("parties", ""), ("schematic", False), ("source", "test")):
        if column not in frame:
            frame[column] = default
    return gpd.GeoDataFrame(frame, geometry=[r["geometry"] for r in rows], crs="EPSG:4326")


@pytest.fixture
def control():
    return _control([
        {"controller": "government", "valid_from": "2015-10-01", "valid_to": "2015-10-31",
         "geometry": WEST},
        {"controller": "Islamic State", "valid_from": "2015-10-01", "valid_to": "2015-10-31",
         "geometry": EAST},
        {"controller": "government", "valid_from": "2015-11-01", "valid_to": "2015-11-15",
         "geometry": WEST},
        {"controller": "opposition", "valid_from": "2015-11-01", "valid_to": "2015-11-15",
         "geometry": EAST},
    ])


@pytest.fixture(scope="module")
def province():
    """A synthetic gazetteer: a governorate straddling the front line 70/30 (by area)."""
    return Gazetteer([
        Place("adm1:XX-70", "Testgov", "governorate", "SY", "XX-70", 35.5, 36.8,
              polygon=box(36.3, 35.2, 37.3, 35.8)),
        Place("adm1:XX-90", "Eastgov", "governorate", "SY", "XX-90", 35.5, 37.4,
              polygon=box(36.9, 35.2, 37.9, 35.8)),
    ])


def _claims(*rows):
    defaults = {"claim_id": None, "article_id": "a1", "outlet": "Outlet", "claimant": "MoD",
                "role": "strike_target", "target_group": "Islamic State",
                "event_date": "2015-10-15", "published": "2015-10-16", "where_prec": 1,
                "uncertainty_km": 5.0, "place_id": "gn:1", "place_name": "Town",
                "status": "resolved", "lon": 37.5, "lat": 35.5}
    records = [defaults | row for row in rows]
    for i, r in enumerate(records):
        r["claim_id"] = r["claim_id"] or f"c{i}"
    geoms = [shapely.Point() if r["lon"] is None else shapely.Point(r.pop("lon"), r.pop("lat"))
             for r in records]
    frame = pd.DataFrame(records).drop(columns=["lon", "lat"], errors="ignore")
    frame["where_prec"] = frame["where_prec"].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")


def _one(control, gazetteer=None, **row):
    return compare(_claims(row), control, gazetteer=gazetteer).iloc[0]


# --- verdicts ----------------------------------------------------------------------------------


def test_islamic_state_claim_in_islamic_state_ground_is_consistent(control):
    got = _one(control)
    assert (got.verdict, got.controller, got.control_snapshot) == (
        "consistent", "Islamic State", "2015-10-01 to 2015-10-31")
    assert got.reason.startswith("claimed Islamic State; Town is in Islamic State-held ground")


def test_control_in_another_crs_is_compared_in_lon_lat(control):
    got = _one(control.to_crs("EPSG:3857"), lon=37.05, uncertainty_km=10.0)
    assert (got.verdict, got.controller) == ("partly consistent", "Islamic State")


def test_claims_in_another_crs_are_compared_in_lon_lat(control):
    claims = _claims({"lon": 37.05, "uncertainty_km": 10.0}).to_crs("EPSG:3857")
    got = compare(claims, control).iloc[0]
    assert (got.verdict, got.controller) == ("partly consistent", "Islamic State")


def test_islamic_state_claim_in_government_ground_is_inconsistent(control):
    got = _one(control, lon=36.5)
    assert (got.verdict, got.controller) == ("inconsistent", "government")


def test_radius_straddling_the_front_line_is_partly_consistent(control):
    # 0.05 degrees of longitude ~ 4.5 km from the line; a 10 km radius crosses it
    got = _one(control, lon=37.05, uncertainty_km=10.0)
    assert got.verdict == "partly consistent"
    assert got.controller == "Islamic State"
    shares = json.loads(got.shares)
    assert set(shares) == {"Islamic State", "government"}
    assert shares["Islamic State"] > shares["government"] > 0.1
    assert "within 10 km" in got.reason
    # the same point with a small radius sees one side only
    assert _one(control, lon=37.05, uncertainty_km=2.0).verdict == "consistent"
    # on the other side, the compatible side is only within the radius
    assert _one(control, lon=36.95, uncertainty_km=10.0).verdict == "partly consistent"


def test_opposition_claim_is_consistent_with_any_rebel_faction():
    control = _control([
        {"controller": "Jaish al-Fatah", "valid_from": "2015-10-01", "valid_to": "2015-10-31",
         "geometry": EAST}])
    assert _one(control, target_group="Jabhat al-Nusra").verdict == "consistent"
    assert _one(control, target_group="opposition").verdict == "consistent"
    assert _one(control, target_group="Free Syrian Army").verdict == "consistent"
    assert _one(control, target_group="Islamic State").verdict == "inconsistent"


@pytest.mark.parametrize("row, why", [
    ({"target_group": "unspecified"}, "target group unspecified; Town is in Islamic State"),
    ({"where_prec": 6, "place_name": "Syria"}, "country-level claim (Syria)"),
    ({"where_prec": 7, "place_name": "Caspian Sea"}, "sea or airspace"),
    ({"status": "unresolved", "lon": None, "place_name": None, "surface": "Xyz"},
     "place 'Xyz' not resolved"),
    ({"event_date": None, "published": None}, "no event date and no publication date"),
    ({"event_date": "2015-09-30"}, "no control data for 2015-09-30 (first snapshot 2015-10-01)"),
    ({"event_date": "2016-03-01"}, "control data 107 days older than 2016-03-01"),
    ({"lon": 45.0}, "no control data covers Town"),
])
def test_indeterminate_claims_say_why(control, row, why):
    got = _one(control, **row)
    assert got.verdict == "indeterminate"
    assert why in got.reason


def test_unspecified_target_still_reports_the_controller(control):
    got = _one(control, target_group="unspecified")
    assert got.controller == "Islamic State"


def test_other_roles_are_not_compared(control):
    got = _one(control, role="launch_point")
    assert pd.isna(got.verdict) and pd.isna(got.reason)


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("day, snapshot, stale, controller", [
    ("2015-10-01", "2015-10-01 to 2015-10-31", 0, "Islamic State"),  # first valid day
    ("2015-10-31", "2015-10-01 to 2015-10-31", 0, "Islamic State"),  # last valid day
    ("2015-11-01", "2015-11-01 to 2015-11-15", 0, "opposition"),  # first day of the next
    ("2015-11-25", "2015-11-01 to 2015-11-15", 10, "opposition"),  # stale
])
def test_the_snapshot_valid_on_the_event_date_is_used(control, day, snapshot, stale, controller):
    got = _one(control, event_date=day)
    assert (got.control_snapshot, got.control_stale_days, got.controller) == (
        snapshot, stale, controller)
    assert got.control_date == day
    if stale:
        assert f"({stale} days stale)" in got.reason
    else:
        assert "(current)" in got.reason


def test_publication_date_stands_in_for_a_missing_event_date(control):
    got = _one(control, event_date=None, published="2015-11-02")
    assert (got.control_date, got.controller) == ("2015-11-02", "opposition")
    assert "no event date: used the publication date" in got.reason


def test_snapshot_dates_from_points_are_stale_after_their_day():
    control = _control([{"controller": "IS", "valid_from": "2015-11-15",
                         "valid_to": "2015-11-15", "geometry": EAST}])
    got = _one(control.assign(controller="Islamic State"), event_date="2015-11-20")
    assert (got.control_stale_days, got.verdict) == (5, "consistent")


# --- areas -------------------------------------------------------------------------------------


def test_governorate_shares_are_area_weighted(control, province):
    got = _one(control, province, where_prec=4, place_id="adm1:XX-70", place_name="Testgov",
               uncertainty_km=50.0)
    shares = json.loads(got.shares)
    assert shares == pytest.approx({"government": 0.7, "Islamic State": 0.3}, abs=0.005)
    assert got.verdict == "partly consistent"
    assert got.controller == "government"
    assert "Testgov governorate held 70% government, 30% Islamic State on the " \
           "2015-10-01 to 2015-10-31 snapshot" in got.reason
    assert _one(control, province, where_prec=4, place_id="adm1:XX-70",
                target_group="opposition").verdict == "inconsistent"
    # 90% Islamic State clears the consistency share
    assert _one(control, province, where_prec=4, place_id="adm1:XX-90").verdict == "consistent"


def test_area_without_an_outline_uses_its_radius(control, province):
    got = _one(control, province, where_prec=5, place_id="gs:nowhere", place_name="Region",
               lon=37.5, uncertainty_km=20.0)
    assert got.verdict == "consistent"
    assert "no outline: a 20 km circle" in got.reason


def test_contested_ground_is_partly_consistent_only_for_a_party():
    control = _control([
        {"controller": "contested", "parties": "government; opposition",
         "valid_from": "2015-10-01", "valid_to": "2015-10-31", "geometry": EAST},
        {"controller": "contested", "parties": "", "valid_from": "2015-11-01",
         "valid_to": "2015-11-30", "geometry": EAST}])
    assert _one(control, target_group="opposition").verdict == "partly consistent"
    assert _one(control, target_group="Islamic State").verdict == "inconsistent"
    got = _one(control, target_group="Islamic State", event_date="2015-11-10")
    assert got.verdict == "partly consistent"  # the parties are not recorded


def test_unknown_controllers_make_the_verdict_indeterminate_and_are_named():
    control = _control([{"controller": "Martian Legion", "valid_from": "2015-10-01",
                         "valid_to": "2015-10-31", "geometry": EAST}])
    got = _one(control)
    assert got.verdict == "indeterminate"
    assert "Martian Legion" in got.reason and "compatibility table" in got.reason


def test_overlapping_polygons_loaded_from_a_file_compare_as_contested(tmp_path):
    path = tmp_path / "overlap.geojson"
    gpd.GeoDataFrame(
        {"controller": ["ISIS", "regime"], "as_of": ["2015-10-10"] * 2, "source": ["t"] * 2},
        geometry=[box(37.0, 35.0, 38.0, 36.0), box(37.3, 35.0, 38.0, 36.0)], crs="EPSG:4326",
    ).to_file(path, driver="GeoJSON")
    got = _one(load_control(path), lon=37.6, uncertainty_km=3.0)
    assert (got.verdict, got.controller) == ("partly consistent", "contested")
    assert "contested (Islamic State; government)" in got.reason


# --- outputs -----------------------------------------------------------------------------------


def test_write_comparison_escapes_article_text_and_is_deterministic(control, tmp_path):
    compared = compare(_claims(
        {"outlet": "Evil | Outlet <script>", "claimant": "*bold* [x](javascript:y)"},
        {"outlet": "Plain", "lon": 36.5, "article_id": "a0"},
        {"role": "base", "article_id": "a2"},
    ), control)
    csv_path, md_path = write_comparison(compared, tmp_path / "out", name="test")
    first = (csv_path.read_bytes(), md_path.read_bytes())
    write_comparison(compared.iloc[::-1], tmp_path / "out", name="test")
    assert (csv_path.read_bytes(), md_path.read_bytes()) == first
    table = pd.read_csv(csv_path)
    assert len(table) == 2  # strike targets only
    for column in ("article_id", "outlet", "place_id", "place_name", "event_date",
                   "target_group", "controller", "verdict", "reason", "claimant",
                   "control_snapshot", "control_stale_days", "shares"):
        assert column in table.columns
    assert table["article_id"].tolist() == ["a0", "a1"]
    text = md_path.read_text(encoding="utf-8")
    assert r"Evil \| Outlet \<script\>" in text
    assert "<script>" not in text
    assert r"\*bold\* \[x\]\(javascript:y\)" in text
    assert "of 1 claimed Islamic State target, 1 in Islamic State-held areas, 0 partly, " \
           "0 outside, 0 indeterminate" in text
    for line in text.splitlines():
        if line.startswith("| 1 ") or line.startswith("| 2 "):
            assert line.count(" | ") == 9  # ten cells: no pipe leaked from the text
    assert not list((tmp_path / "out").glob(".*tmp*"))


# --- the seeds and the sample ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_control():
    return load_control(sample_control_files())


def test_seed_idlib_claims_against_islamic_state_are_not_consistent(seeds_claims, sample_control):
    compared = compare(seeds_claims, sample_control)
    idlib = compared[(compared["role"] == "strike_target")
                     & (compared["place_id"] == "adm1:SY-ID")
                     & (compared["target_group"] == "Islamic State")]
    assert len(idlib) >= 1
    assert set(idlib["verdict"]) <= {"inconsistent", "partly consistent"}
    assert idlib["control_snapshot"].notna().all()
    raqqa = compared[(compared["role"] == "strike_target")
                     & (compared["place_id"] == "adm1:SY-RA")
                     & (compared["target_group"] == "Islamic State")]
    assert set(raqqa["verdict"]) <= {"consistent", "partly consistent"}
    assert json.loads(raqqa["shares"].iloc[0])["Islamic State"] > 0.5


def test_compare_inputs_reads_a_claims_geojson_written_by_extract(seeds_claims, tmp_path):
    path = write_table(seeds_claims, tmp_path / "claims.geojson")
    claims = read_claims(path)
    assert len(claims) == len(seeds_claims)
    assert claims["where_prec"].dtype == "Int64"
    from_file = compare_inputs([path])
    strikes = from_file[from_file["role"] == "strike_target"]
    assert strikes["verdict"].notna().all()
    csv_path, md_path = write_comparison(from_file, tmp_path, name="seeds")
    assert "## By claimant" in md_path.read_text(encoding="utf-8")


def test_a_radius_is_a_true_circle_in_equal_area():
    from geostrike.compare import _TO_EQUAL_AREA, _circle_ea

    circle = _circle_ea(shapely.Point(37.0, 35.0), 10.0)
    assert circle.is_valid and circle.exterior.is_ccw
    assert circle.area / 1e6 == pytest.approx(math.pi * 100, rel=2e-3)  # km²
    assert circle.contains(shapely.Point(*_TO_EQUAL_AREA.transform(37.0, 35.0)))


def test_control_dates_as_timestamps_compare_like_iso_strings(control):
    stamped = control.copy()
    for column in ("valid_from", "valid_to"):
        stamped[column] = pd.to_datetime(stamped[column])
    got, want = _one(stamped), _one(control)
    assert (got.verdict, got.control_snapshot, got.control_stale_days) == (
        want.verdict, want.control_snapshot, want.control_stale_days)
    late = _one(stamped, event_date="2015-11-20")  # after the last snapshot: stale, not a crash
    assert late.control_stale_days == 5
