"""The claims map in a real browser: headless Chromium with every network request blocked.

Needs Debian's ``chromium`` and the ``playwright`` Python package (its driver ships in the wheel;
no browser download: the system Chromium is used). Skipped when Chromium is missing.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from geostrike.maps import save_map
from tests.conftest import with_hostile_text

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

SCREENSHOT = Path("/tmp/seeds-map.png")
HOSTILE_QUOTE = ('Raqqah <img src=x onerror="window.__pwned=1"> ${window.__pwned=1} '
                 "</script><script>window.__pwned=1</script> `x` C:\\data\\2019")
HOSTILE_OUTLET = '<img src=x onerror="window.__pwned=1">Daily `${window.__pwned=1}`'
HOSTILE_PLACE = 'Raqqa <svg onload="window.__pwned=1">'


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


class Page:
    """A page with every non-file request blocked and every console problem recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type in ("error", "warning")
                     and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri(), wait_until="load")
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                           "requestAnimationFrame(r)))")

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc: object) -> None:
        self.page.close()

    def counts(self) -> dict[str, int]:
        return self.page.evaluate("window.geostrike.visibleCount()")


@pytest.fixture(scope="module")
def seeds_file(tmp_path_factory, seeds_claims, gazetteer) -> Path:
    return save_map(seeds_claims, tmp_path_factory.mktemp("map") / "seeds.html",
                    gazetteer=gazetteer, title="Reported strikes: seed reports")


@pytest.fixture
def seeds_page(browser, seeds_file):
    page = Page(browser, seeds_file)
    yield page
    page.page.close()


def expected_counts(claims) -> dict[str, int]:
    """What the map should draw at start (role ``other`` off), from the table itself."""
    shown = claims[claims["role"] != "other"]
    drawn = shown[shown["where_prec"] != 6]
    governorate = drawn[drawn["where_prec"] == 4]
    points = drawn[drawn["where_prec"] != 4]
    return {
        "claims": len(drawn),
        "areas": governorate.drop_duplicates(["place_id", "role"]).shape[0],
        "markers": points.drop_duplicates(["place_id", "role", "where_prec"]).shape[0],
        "listed": int((shown["where_prec"] == 6).sum()),
    }


def test_seeds_map_draws_everything_offline_without_errors(seeds_page, seeds_claims):
    assert seeds_page.errors == []
    assert seeds_page.blocked == []  # nothing was even requested from the network
    counts = seeds_page.counts()
    expected = expected_counts(seeds_claims)
    assert {k: counts[k] for k in expected} == expected
    assert counts["arcs"] >= 3 and counts["cells"] == 0
    page = seeds_page.page
    assert page.locator("canvas").count() >= 2  # basemap pane and claims, drawn on canvas
    assert page.locator(".gs-label", has_text="Raqqa").count() == 1  # governorate names
    legend = page.locator(".gs-legend")
    assert "Country-level claims: " + str(expected["listed"]) in legend.inner_text()
    page.screenshot(path=str(SCREENSHOT))


def test_initial_view_shows_syria_and_the_caspian(seeds_page):
    inside = seeds_page.page.evaluate("""() => {
        const b = window.geostrike.map.getBounds();
        return [[36.2, 37.15], [33.51, 36.29], [42.0, 50.5], [32.6, 36.1]]
            .map(p => b.contains(p));
    }""")
    assert inside == [True, True, True, True]  # Aleppo, Damascus, the Caspian, Daraa


def test_switching_an_outlet_off_removes_its_features(seeds_page, seeds_claims):
    before = seeds_page.counts()
    tass = seeds_claims[(seeds_claims["outlet"] == "TASS") & (seeds_claims["role"] != "other")
                        & (seeds_claims["where_prec"] != 6)]
    assert len(tass)
    seeds_page.page.get_by_label("TASS", exact=True).uncheck()
    after = seeds_page.counts()
    assert after["claims"] == before["claims"] - len(tass)
    assert after["markers"] < before["markers"]  # Hmeymim is only in TASS's report
    assert seeds_page.page.evaluate("window.geostrike.openPopup('Hmeymim Air Base')") is False
    seeds_page.page.get_by_label("TASS", exact=True).check()
    assert seeds_page.counts() == before


def test_roles_and_dates_switch_independently(seeds_page):
    page = seeds_page.page
    before = seeds_page.counts()
    page.get_by_label("other", exact=True).check()
    with_other = seeds_page.counts()
    assert with_other["claims"] > before["claims"]
    page.get_by_label("launch_point", exact=True).uncheck()
    assert seeds_page.counts()["arcs"] == 0  # a line needs both of its ends
    page.get_by_label("launch_point", exact=True).check()
    page.get_by_label("(no event date)", exact=True).uncheck()
    assert seeds_page.counts()["claims"] < with_other["claims"]
    groups = page.evaluate("window.geostrike.groups()")
    assert {g["name"]: g["on"] for g in groups["date"]}["(no event date)"] is False


def test_clicking_a_marker_opens_its_popup(seeds_page, gazetteer):
    page = seeds_page.page
    hmeymim = gazetteer.get("gs:hmeymim-air-base")
    x, y = page.evaluate("""([lat, lon]) => {
        const p = window.geostrike.map.latLngToContainerPoint([lat, lon]);
        const r = window.geostrike.map.getContainer().getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", [hmeymim.lat, hmeymim.lon])
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    assert "Hmeymim Air Base" in popup.inner_text()
    assert "TASS" in popup.inner_text()


def test_popup_shows_the_quote_with_the_place_marked(seeds_page):
    page = seeds_page.page
    assert page.evaluate("window.geostrike.openPopup('Raqqa')") is True
    popup = page.locator(".leaflet-popup-content")
    text = popup.inner_text()
    assert "18 missiles were fired from ships in its Caspian Sea fleet" in text
    assert "Sergei Shoigu" in text and "governorate" in text
    assert popup.locator("mark").first.inner_text() == "Raqqah"


def test_online_tiles_load_only_when_selected(seeds_page):
    page = seeds_page.page
    assert seeds_page.blocked == []
    page.locator(".leaflet-control-layers").hover()
    page.get_by_label("OpenStreetMap (online)").check()
    page.wait_for_timeout(300)
    assert any("tile.openstreetmap.org" in url for url in seeds_page.blocked)
    assert not [e for e in seeds_page.errors if "pageerror" in e]


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory, seeds_claims, gazetteer) -> Path:
    table = with_hostile_text(seeds_claims, quote=HOSTILE_QUOTE, place=HOSTILE_PLACE,
                              outlet=HOSTILE_OUTLET, claimant="${window.__pwned=1}")
    return save_map(table, tmp_path_factory.mktemp("hostile") / "hostile.html",
                    gazetteer=gazetteer, title='<img src=x onerror="window.__pwned=1">')


def test_hostile_text_runs_nothing_and_shows_as_written(browser, hostile_file):
    with Page(browser, hostile_file) as page:
        p = page.page
        assert page.errors == [] and page.blocked == []
        assert p.evaluate("window.geostrike.openPopup(%r)" % HOSTILE_PLACE) is True
        popup = p.locator(".leaflet-popup-content")
        text = popup.inner_text()
        assert HOSTILE_QUOTE.replace("  ", " ") in text or HOSTILE_QUOTE in text
        assert "${window.__pwned=1}" in text  # the claimant, as written
        assert popup.locator("img, svg, script").count() == 0
        label = p.get_by_label(HOSTILE_OUTLET, exact=True)
        assert label.count() == 1
        assert HOSTILE_OUTLET in p.locator(".gs-filter").inner_text()
        assert p.title() == '<img src=x onerror="window.__pwned=1">'
        assert p.evaluate("document.querySelectorAll('img').length") == 0
        assert p.evaluate("typeof window.__pwned") == "undefined"


@pytest.fixture(scope="module")
def hostile_everywhere_file(tmp_path_factory, seeds_claims, gazetteer) -> Path:
    """Hostile text in every other field a popup shows, a javascript: URL, and hostile
    control data."""
    import geopandas as gpd
    from shapely.geometry import box

    table = with_hostile_text(seeds_claims, quote=HOSTILE_QUOTE, place=HOSTILE_PLACE,
                              outlet=HOSTILE_OUTLET, claimant=HOSTILE_OUTLET)
    raqqa = table["place_id"] == "adm1:SY-RA"
    for column in ("target_group", "weapons", "surface"):
        table[column] = table[column].astype("string")
        table.loc[raqqa, column] = HOSTILE_OUTLET
    table["url"] = table["url"].astype("string")
    table.loc[raqqa, "url"] = "javascript:window.__pwned=1"
    control = gpd.GeoDataFrame(
        {"controller": [HOSTILE_OUTLET], "valid_from": ["2015-10-01"],
         "valid_to": ["2015-10-31"], "source": [HOSTILE_QUOTE], "schematic": [True]},
        geometry=[box(35.5, 32.5, 42.0, 37.0)], crs="EPSG:4326")
    return save_map(table, tmp_path_factory.mktemp("hostile2") / "hostile.html",
                    gazetteer=gazetteer, control=control)


def test_hostile_text_in_every_popup_field_and_control_runs_nothing(browser,
                                                                     hostile_everywhere_file):
    with Page(browser, hostile_everywhere_file) as page:
        p = page.page
        assert page.errors == [] and page.blocked == []
        assert p.evaluate("window.geostrike.openPopup(%r)" % HOSTILE_PLACE) is True
        popup = p.locator(".leaflet-popup-content")
        assert popup.inner_text().count(HOSTILE_OUTLET) >= 4  # claimant, group, weapons, surface
        assert popup.locator('img, svg, script, a[href^="javascript"]').count() == 0
        # the control areas: switch their layer on and open an area's popup
        p.locator(".leaflet-control-layers").hover()
        p.get_by_label("Control areas, 2015-10-01 to 2015-10-31").check()
        assert p.evaluate("""() => { let opened = false;
            window.geostrike.map.eachLayer(l => {
              if (!opened && l.feature && 'controller' in l.feature.properties && l.getPopup()) {
                l.openPopup(); opened = true; } });
            return opened; }""") is True
        areas = p.locator(".leaflet-popup-content").last
        assert HOSTILE_OUTLET in areas.inner_text()
        assert areas.locator("img, svg, script").count() == 0
        assert p.evaluate("document.querySelectorAll('img, a[href^=\"javascript\"]').length") == 0
        assert p.evaluate("typeof window.__pwned") == "undefined"


def test_playwright_drives_the_system_chromium(browser):
    # the system Chromium is the one used; `playwright install` must never be needed
    system = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True,
                            check=True).stdout
    assert browser.version in system