"""The claims map: render to a string and check what a user would see (no network, no browser)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import folium
import geopandas as gpd
import pandas as pd
import pytest
from branca.element import Element
from shapely.geometry import Polygon

from geostrike import maps
from geostrike.control import CONTROLLERS
from geostrike.maps import build_map, escape_html, render_map, save_map
from tests.conftest import REPO, with_hostile_text

HOSTILE_QUOTE = ("Raqqa <img src=x onerror=alert(1)> was hit </script><script>alert(2)</script> "
                 "`whoami` ${alert(3)} C:\\data\\2019 \x07bell \u2028line\u2029para")
HOSTILE_OUTLET = "<img src=x onerror=alert(4)> News `$x` </script>"
HOSTILE_PLACE = "Raqqa</script><b onmouseover=alert(5)>"
RAW_HOSTILE = ("<img src=x onerror", "</script><script>alert", "<b onmouseover", "`whoami`",
               "${alert(3)}", "C:\\data\\2019", "`$x`")


# --- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds_html(seeds_claims, gazetteer) -> str:
    return render_map(seeds_claims, gazetteer=gazetteer, title="Seed reports")


@pytest.fixture(scope="module")
def hostile_claims(seeds_claims) -> gpd.GeoDataFrame:
    return with_hostile_text(seeds_claims, quote=HOSTILE_QUOTE, place=HOSTILE_PLACE,
                             outlet=HOSTILE_OUTLET, claimant="${alert(6)} `claimant`")


@pytest.fixture(scope="module")
def hostile_html(hostile_claims, gazetteer) -> str:
    return render_map(hostile_claims, gazetteer=gazetteer, title="<img src=x onerror=alert(7)>")


def data_blocks(page: str) -> dict[str, object]:
    """The page's JSON data blocks by element id."""
    blocks = re.findall(r'<script type="application/json" id="([\w]+)">(.*?)</script>', page, re.S)
    return {name: json.loads(text) for name, text in blocks}


def claims_data(page: str) -> dict:
    (payload,) = [v for k, v in data_blocks(page).items() if k.startswith("claims_")]
    return payload


def claim_row(table: gpd.GeoDataFrame, place_id: str, role: str, article: str = "000_") -> int:
    matches = [i for i, (pid, r, a) in enumerate(zip(table["place_id"], table["role"],
                                                     table["article_id"]))
               if pid == place_id and r == role and str(a).startswith(article)]
    assert matches, (place_id, role)
    return matches[0]


# --- offline, self-contained ---------------------------------------------------------------------
ALLOWED_URLS = {
    "http://www.w3.org/2000/svg",  # the SVG namespace of the legend swatches
    "https://leafletjs.com",  # Leaflet's attribution link
    "https://bugzilla.mozilla.org/show_bug.cgi?id=888319",  # a comment inside leaflet.js
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",  # optional base layers, loaded on demand
    "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
    "https://www.openstreetmap.org/copyright",  # tile attribution
}


def test_no_remote_scripts_stylesheets_or_fonts(seeds_html):
    assert not re.search(r"<script[^>]*\bsrc=", seeds_html, re.I)
    assert not re.search(r"<link\b", seeds_html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", seeds_html, re.I)
    urls = set(re.findall(r"https?://[^\"'\s)<\\]*", seeds_html))
    assert urls <= ALLOWED_URLS, urls - ALLOWED_URLS
    for cdn in ("cdn.jsdelivr", "cdnjs", "jquery", "bootstrap", "font-awesome", "fontawesome"):
        assert cdn not in seeds_html.lower()


def test_leaflet_and_its_images_are_inlined(seeds_html):
    assert "Leaflet 1.9.3" in seeds_html and 't.version="1.9.3"' in seeds_html
    assert ".leaflet-container" in seeds_html
    assert "url(images/" not in seeds_html
    assert "data:image/png;base64," in seeds_html
    assert "sourceMappingURL" not in seeds_html


def test_every_script_block_is_closed_once(seeds_html, hostile_html):
    for page in (seeds_html, hostile_html):
        opened = len(re.findall(r"<script\b", page))
        assert page.count("</script>") == opened == len(data_blocks(page)) + 4


# --- layers and filters --------------------------------------------------------------------------
def test_filter_groups_per_outlet_date_and_role(seeds_html, seeds_claims):
    groups = claims_data(seeds_html)["groups"]
    assert {"TASS", "The Moscow Times", "Al Arabiya (AFP)"} <= set(groups["outlet"])
    assert "(outlet unknown)" in groups["outlet"]
    assert {"2015-09-30", "2015-11-17", "(no event date)"} <= set(groups["date"])
    assert groups["role"] == ["strike_target", "launch_point", "base", "other"]
    assert "verdict" not in groups


def test_role_other_starts_switched_off(seeds_html):
    assert '"rolesOff":["other"]' in seeds_html


def test_base_layers_and_overlays_in_the_layer_control(seeds_html):
    control = re.search(r"base_layers : \{(.*?)\},\s*overlays :\s*\{(.*?)\}", seeds_html, re.S)
    assert control
    base, overlays = control.groups()
    assert '"Offline outlines"' in base and '"OpenStreetMap (online)"' in base
    assert '"Governorate outlines"' in overlays
    # online tiles are created but not added: they load only when selected
    for name in re.findall(r"var (tile_layer_\d+) = L.tileLayer", seeds_html):
        assert f"{name}.addTo(" not in seeds_html


def test_many_dates_are_grouped_by_month():
    names, keys = maps._date_keys([f"2015-{m:02d}-{d:02d}" for m in (10, 11) for d in range(1, 29)]
                                  + [None])
    assert names == ["2015-10", "2015-11", "(no event date)"]
    assert keys[0] == 0 and keys[-1] == 2


# --- geometry tells the truth about precision ----------------------------------------------------
def test_governorate_level_claims_are_outlines_not_points(seeds_html, seeds_claims):
    data = claims_data(seeds_html)
    precision = list(seeds_claims["where_prec"])
    areas = [f for f in data["features"] if f["kind"] == "area"]
    assert {f["name"] for f in areas} >= {"Raqqa", "Idlib", "Aleppo"}
    for f in areas:
        assert data["shapes"][f["shape"]]["type"] in ("Polygon", "MultiPolygon")
    for f in data["features"]:
        if any(precision[i] == 4 for i in f["claims"]):
            assert f["kind"] == "area", f["name"]


def test_country_level_claims_are_listed_not_drawn(seeds_html, seeds_claims):
    data = claims_data(seeds_html)
    country_level = {i for i, p in enumerate(seeds_claims["where_prec"]) if p == 6}
    assert country_level and set(data["listed"]) == country_level
    drawn = {i for f in data["features"] for i in f["claims"]}
    assert not drawn & country_level
    assert "Country-level claims: " in seeds_html  # the legend's list heading


def test_exact_places_are_dots_with_uncertainty_rings(seeds_html, seeds_claims):
    data = claims_data(seeds_html)
    (hmeymim,) = [f for f in data["features"] if f["name"] == "Hmeymim Air Base"]
    assert hmeymim["kind"] == "point" and hmeymim["r"] == 3.0
    assert 35.3 < hmeymim["ll"][0] < 35.5 and 35.9 < hmeymim["ll"][1] < 36.0  # [lat, lon]


def test_launch_lines_are_great_circles_to_targets_of_the_same_sentence(seeds_html, seeds_claims):
    data = claims_data(seeds_html)
    caspian = claim_row(seeds_claims, "gs:caspian-sea", "launch_point")
    raqqa = claim_row(seeds_claims, "adm1:SY-RA", "strike_target")
    arcs = [a for a in data["arcs"] if [caspian, raqqa] in a["pairs"]]
    assert len(arcs) == 1 and arcs[0]["same"] is True
    coords = arcs[0]["coords"]
    assert len(coords) > 2
    assert coords[0] == [42.0, 50.5]  # the Caspian Sea point, [lat, lon]
    # a great circle from the Caspian to Raqqa bends north of the straight lon/lat line
    mid = coords[len(coords) // 2]
    straight_lat = coords[0][0] + (coords[-1][0] - coords[0][0]) * (
        (mid[1] - coords[0][1]) / (coords[-1][1] - coords[0][1]))
    assert mid[0] > straight_lat
    # launch points are joined only to strike targets
    roles = list(seeds_claims["role"])
    for a in data["arcs"]:
        for launch, target in a["pairs"]:
            assert roles[launch] == "launch_point" and roles[target] == "strike_target"


def test_initial_view_fits_syria_and_the_caspian(seeds_html):
    (south, west), (north, east) = claims_data(seeds_html)["bounds"]
    assert south <= 32.4 and north >= 42.0 and west <= 35.7 and east >= 50.5


# --- popups --------------------------------------------------------------------------------------
def test_popup_data_carries_the_quote_with_the_place_marked(seeds_html, seeds_claims):
    data = claims_data(seeds_html)
    claims = data["claims"]
    raqqa = claim_row(seeds_claims, "adm1:SY-RA", "strike_target")
    quote = data["quotes"][claims["q"][raqqa]]
    assert quote == seeds_claims["quote"].iloc[raqqa]
    start, end = claims["mark"][raqqa]
    assert quote[start:end] == "Raqqah"
    assert claims["claimant"][raqqa] == "Sergei Shoigu"
    assert data["groups"]["outlet"][claims["outlet"][raqqa]] == "(outlet unknown)"
    assert claims["nums"][raqqa] and "missiles 18" in claims["nums"][raqqa]


@pytest.mark.parametrize("value", [None, float("nan"), pd.NA, pd.NaT])
def test_a_missing_cell_shows_as_nothing(value):
    assert maps._clean(value) is None
    assert maps._number(value) is None
    assert maps.day_text(value) is None


def test_mark_counts_utf16_units_like_javascript():
    assert maps._mark("\U0001f4a5 strike on Raqqa", "Raqqa") == [13, 18]  # Python says 12: the emoji is 2 units in JS


# --- untrusted text ------------------------------------------------------------------------------
def test_hostile_text_never_reaches_the_page_unescaped(hostile_html):
    for raw in RAW_HOSTILE:
        assert raw not in hostile_html, raw
    assert "\x07" not in hostile_html
    # JavaScript line terminators would end a string literal: escaped inside the data too
    assert "\u2028" not in hostile_html and "\u2029" not in hostile_html
    assert "<title>&lt;img src=x onerror=alert(7)&gt;</title>" in hostile_html


def test_hostile_text_survives_as_text(hostile_html, hostile_claims):
    data = claims_data(hostile_html)
    raqqa = claim_row(hostile_claims, "adm1:SY-RA", "strike_target")
    quote = data["quotes"][data["claims"]["q"][raqqa]]
    assert quote == HOSTILE_QUOTE.replace("\x07", "")  # control characters are dropped
    assert HOSTILE_OUTLET in data["groups"]["outlet"]
    assert HOSTILE_PLACE in {f["name"] for f in data["features"]}


@pytest.mark.parametrize(("text", "expected"), [
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("`${alert(1)}`", "&#96;&#36;{alert(1)}&#96;"),
    ("C:\\data\\2019", "C:&#92;data&#92;2019"),
    ('"quoted" & \'single\'', "&quot;quoted&quot; &amp; &#x27;single&#x27;"),
    ("bell\x07 and \x1bescape", "bell and escape"),
    (None, ""),
])
def test_escape_html(text, expected):
    assert escape_html(text) == expected


# --- determinism ---------------------------------------------------------------------------------
def test_same_input_gives_identical_html(seeds_html, seeds_claims, gazetteer):
    assert render_map(seeds_claims, gazetteer=gazetteer, title="Seed reports") == seeds_html


def test_identical_html_across_processes(tmp_path):
    script = (
        "import hashlib, sys\n"
        "from geostrike.pipeline import extract\n"
        "from geostrike.maps import render_map\n"
        f"page = render_map(extract([{str(REPO / 'seeds')!r}]).table)\n"
        "sys.stdout.write(hashlib.sha256(page.encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       cwd=tmp_path, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2)
    }
    assert len(digests) == 1 and len(next(iter(digests))) == 64


def test_ids_do_not_leak_into_later_maps(seeds_claims, gazetteer):
    render_map(seeds_claims, gazetteer=gazetteer)
    assert re.fullmatch(r"[0-9a-f]{32}", Element()._id)


def test_rendering_a_passed_in_map_is_deterministic_and_offline(seeds_claims, gazetteer):
    pages = []
    for _ in range(2):
        m = folium.Map()  # folium's defaults: CDN links and an OpenStreetMap layer
        pages.append(render_map(seeds_claims, gazetteer=gazetteer, m=m))
        assert re.fullmatch(r"[0-9a-f]{32}", m._id)  # its own ids restored afterwards
    assert pages[0] == pages[1]
    assert not re.search(r"<script[^>]*\bsrc=|<link\b", pages[0])


def test_a_passed_in_map_with_folium_popups_keeps_the_libraries_they_need(
        seeds_claims, gazetteer, caplog):
    m = folium.Map()
    folium.Marker([35.0, 38.0], popup="mine", icon=folium.Icon()).add_to(m)
    page = render_map(seeds_claims, gazetteer=gazetteer, m=m)
    sources = re.findall(r'<script[^>]*\bsrc="([^"]+)"', page)
    assert any("jquery" in src for src in sources)
    assert any("awesome-markers" in src for src in sources)
    assert not any("/leaflet.js" in src or "/leaflet@" in src for src in sources)
    # the inlined Leaflet (its source names leafletjs.com) comes first: they are its plugins
    assert page.index("https://leafletjs.com") < page.index(sources[0])
    assert "not fully offline" in caplog.text


# --- saving --------------------------------------------------------------------------------------
def test_save_map_writes_the_rendered_page(tmp_path, seeds_claims, seeds_html, gazetteer):
    target = save_map(seeds_claims, tmp_path / "out" / "map.html", gazetteer=gazetteer,
                      title="Seed reports")
    assert target.read_text(encoding="utf-8") == seeds_html
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]


def test_failed_save_leaves_the_old_map(tmp_path, seeds_claims, monkeypatch):
    target = tmp_path / "map.html"
    target.write_text("the old map", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(maps, "render_map", broken)
    with pytest.raises(RuntimeError, match="render failed"):
        save_map(seeds_claims, target)
    assert target.read_text(encoding="utf-8") == "the old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


# --- optional inputs: verdicts and control areas -------------------------------------------------
@pytest.fixture(scope="module")
def control_areas() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"controller": ["Islamic State", "Syrian government", "<img src=x onerror=alert(8)>"],
         "valid_from": pd.to_datetime(["2015-10-01", "2015-10-01", "2015-10-01"]),
         "valid_to": ["2015-12-31", "2015-12-31", None],
         "source": ["schematic, after ISW maps", "sketch", "C:\\data\\2019 `x`"],
         "schematic": [True, True, False]},
        geometry=[Polygon([(38, 35), (40, 35), (40, 36.5), (38, 36.5)]),
                  Polygon([(36, 33), (37, 33), (37, 34), (36, 34)]),
                  Polygon([(41, 36), (42, 36), (42, 37), (41, 37)])],
        crs="EPSG:4326")


def test_verdicts_and_control_areas(seeds_claims, control_areas, gazetteer):
    table = seeds_claims.copy()
    cycle = ["consistent", "inconsistent", "partly consistent", "indeterminate", None]
    table["verdict"] = [cycle[i % len(cycle)] for i in range(len(table))]
    page = render_map(table, gazetteer=gazetteer, control=control_areas)
    data = claims_data(page)
    assert data["groups"]["verdict"] == ["consistent", "partly consistent", "inconsistent",
                                         "indeterminate", "(no verdict)"]
    assert len(data["claims"]["verdict"]) == len(table)
    # one layer per validity period, so snapshots are never drawn over each other
    snapshots = [v for v in data_blocks(page).values()
                 if v.get("type") == "FeatureCollection" and v["features"]
                 and "controller" in v["features"][0]["properties"]]
    assert len(snapshots) == 2
    props = [f["properties"] for snapshot in snapshots for f in snapshot["features"]]
    assert props[0]["valid"] == "2015-10-01 to 2015-12-31"
    assert props[0]["schematic"].startswith("yes")
    assert props[2]["controller"] == "<img src=x onerror=alert(8)>"  # as text, in JSON
    assert len({p["colour"] for p in props}) == 3  # one colour per controller across layers
    assert '"Control areas, 2015-10-01 to 2015-12-31 (schematic)"' in page
    assert '"Control areas, 2015-10-01 to ?"' in page
    assert "<img src=x onerror" not in page and "C:\\data" not in page


def test_each_normalised_controller_has_its_own_colour():
    assert set(maps.CONTROLLER_COLOURS) == set(CONTROLLERS)
    fixed = list(maps.CONTROLLER_COLOURS.values())
    assert len(set(fixed)) == len(fixed) and not set(fixed) & set(maps.CONTROLLER_PALETTE)


def test_controller_colours_key_on_normalised_names_and_fall_back_to_the_palette():
    colours = maps._controller_colours(
        ["contested", "Ahrar al-Sham", "Syrian regime", "Venusian Front", "Martian Legion"])
    assert colours["contested"] == maps.CONTROLLER_COLOURS["contested"]
    assert colours["Ahrar al-Sham"] == maps.CONTROLLER_COLOURS["Ahrar al-Sham"]
    assert colours["Syrian regime"] == maps.CONTROLLER_COLOURS["government"]  # normalised first
    # unknown names take the palette in the order of their names
    assert (colours["Martian Legion"], colours["Venusian Front"]) == maps.CONTROLLER_PALETTE[:2]
    # a known controller's colour does not depend on which others are present
    assert maps._controller_colours(["contested"]) == {"contested": colours["contested"]}


def test_unresolved_and_empty_tables(seeds_claims, gazetteer):
    table = seeds_claims.copy()
    table.loc[0, "status"] = "unresolved"
    data = claims_data(render_map(table, gazetteer=gazetteer))
    assert data["unresolved"] == [0]
    empty = claims_data(render_map(seeds_claims.iloc[0:0], gazetteer=gazetteer))
    assert empty["features"] == [] and empty["arcs"] == []


def test_build_map_returns_a_folium_map(seeds_claims, gazetteer):
    m = build_map(seeds_claims, gazetteer=gazetteer)
    assert isinstance(m, folium.Map)
    assert m.default_js == [] and m.default_css == []


def test_another_crs_is_reprojected(seeds_claims, gazetteer):
    data = claims_data(render_map(seeds_claims.to_crs(3857), gazetteer=gazetteer))
    (hmeymim,) = [f for f in data["features"] if f["name"] == "Hmeymim Air Base"]
    assert 35.3 < hmeymim["ll"][0] < 35.5



def test_controller_colours_do_not_depend_on_set_order():
    """Names that differ only in case keep their colours whatever the hash seed (set order)."""
    code = ("from geostrike.maps import _controller_colours; print(_controller_colours("
            "['Tribal militia', 'tribal militia', 'TRIBAL MILITIA', 'Local militia']))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(1, 6)}
    assert len(outputs) == 1


def _one_claim(seeds_claims, lon: float, lat: float, role: str = "strike_target"):
    import shapely

    row = seeds_claims[seeds_claims["where_prec"] == 1].head(1).copy()
    row["role"] = role
    row["geometry"] = [shapely.Point(lon, lat)]
    return row


@pytest.mark.parametrize(("lon", "lat", "role", "inside"), [
    (43.13, 36.34, "strike_target", True),  # Mosul, east of Syria: the view widens to it
    (44.2, 15.35, "strike_target", True),  # Sanaa only: the view is fitted to Yemen
    (2.35, 48.86, "other", False),  # Paris, hidden at start: the view stays on Syria
])
def test_the_initial_view_fits_what_is_shown(seeds_claims, gazetteer, lon, lat, role, inside):
    (south, west), (north, east) = claims_data(render_map(
        _one_claim(seeds_claims, lon, lat, role), gazetteer=gazetteer))["bounds"]
    assert (south <= lat <= north and west <= lon <= east) is inside



def test_a_one_day_control_area_is_valid_that_day(seeds_claims, control_areas, gazetteer):
    one_day = control_areas.assign(valid_to=control_areas["valid_from"])
    page = render_map(seeds_claims, gazetteer=gazetteer, control=one_day)
    props = [f["properties"] for v in data_blocks(page).values()
             if v.get("type") == "FeatureCollection" and v["features"]
             and "controller" in v["features"][0]["properties"] for f in v["features"]]
    # named once, as the layer is (control.snapshot_label), not "2015-10-01 to 2015-10-01"
    assert [p["valid"] for p in props] == ["2015-10-01"] * 3
