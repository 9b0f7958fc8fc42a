"""The gazetteer loader, its lookup ranking, reverse lookups and validation of user files."""

from pathlib import Path

import pandas as pd
import pytest
import shapely

from geostrike import Gazetteer, GazetteerDataError, PlaceNotFound

MINI = Path(__file__).parent / "data" / "mini_gazetteer"


@pytest.fixture(scope="module")
def mini() -> Gazetteer:
    return Gazetteer.load(MINI)


def test_loads_places_and_polygons(mini):
    assert len(mini) == 8
    assert mini.get("adm1:SY-HL").polygon is not None
    assert mini.get("gn:170063").polygon is None
    with pytest.raises(PlaceNotFound):
        mini.get("gn:0")


@pytest.mark.parametrize(
    ("query", "expected_first", "also"),
    [
        ("Aleppo", "gn:170063", "adm1:SY-HL"),  # bare name: the city first (documented prior)
        ("Aleppo province", "adm1:SY-HL", "gn:170063"),
        ("the countryside of Aleppo", "adm1:SY-HL", "gn:170063"),
        ("the city of Aleppo", "gn:170063", "adm1:SY-HL"),
        ("Latakia governorate", "adm1:SY-LA", "gn:173576"),
        ("Lattakia", "gn:173576", "adm1:SY-LA"),
        ("Khmeimim airbase", "gs:hmeymim-air-base", None),
    ],
)
def test_qualifiers_and_priors_rank_ambiguous_names(mini, query, expected_first, also):
    found = mini.lookup(query)
    assert found[0].place.id == expected_first
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    if also:
        assert also in [c.place.id for c in found[1:]]


@pytest.mark.parametrize(
    ("query", "match", "place_id"),
    [
        ("Raqqa", "exact", "gn:172955"),
        ("Ar-Raqqah", "exact", "gn:172955"),
        ("al-Raqqa", "no_article", "gn:172955"),
        ("Raqqua", "skeleton", "gn:172955"),
        ("Ar Raqqa", "no_article", "gn:172955"),
        # vowels added: the consonant skeleton still matches
        ("Humaymim", "skeleton", "gs:hmeymim-air-base"),
        # a wrong letter: only the misspelling fallback helps
        ("Al Ladhiqiyan", "fuzzy", "gn:173576"),
    ],
)
def test_match_levels(mini, query, match, place_id):
    best = mini.best(query)
    assert best is not None and (best.match, best.place.id) == (match, place_id)


def test_scores_fall_with_weaker_matches(mini):
    scores = [mini.best(q).score for q in ("Raqqa", "al-Raqqa", "Raqqua")]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 3


@pytest.mark.parametrize("word", ["Mission", "Harass", "Friday", "Assad", "Bashar al-Assad", ""])
def test_common_words_and_people_are_not_places(mini, word):
    # "Mission" is an alias of a village, but an ordinary English word: only a preferred
    # name may match a common word, and never by skeleton or fuzzily.
    assert mini.lookup(word) == []


def test_common_word_still_matches_preferred_name(tmp_path):
    (tmp_path / "places.csv").write_text(
        "id,name,kind,country,lat,lon\nx:1,Mission,village,SY,36,37\n", encoding="utf-8")
    (tmp_path / "common_words.txt").write_text("mission\n", encoding="utf-8")
    assert Gazetteer.load(tmp_path).best("Mission").place.id == "x:1"


def test_kind_and_country_filters(mini):
    assert [c.place.id for c in mini.lookup("Aleppo", kinds=["governorate"])] == ["adm1:SY-HL"]
    assert mini.lookup("Aleppo", country="IQ") == []
    assert {p.id for p in mini.places_of_kind("airbase")} == {"gs:hmeymim-air-base"}
    with pytest.raises(ValueError):
        mini.places_of_kind("castle")


def test_reverse(mini):
    assert mini.governorate_at(36.2, 37.16).id == "adm1:SY-HL"  # Aleppo city
    assert mini.governorate_at(33.5, 36.3) is None  # Damascus: outside the fixture's outlines
    place, km = mini.nearest(35.41, 35.95)[0]
    assert place.id == "gs:hmeymim-air-base" and km < 2
    place, km = mini.nearest(35.41, 35.95, kinds=["city"])[0]
    assert place.id == "gn:173576" and 15 < km < 25


def test_lookup_is_deterministic(mini):
    assert mini.lookup("Aleppo") == Gazetteer.load(MINI).lookup("Aleppo")


# --- user extension files ------------------------------------------------------------------

HEADER = "id,name,kind,country,governorate,lat,lon,population,aliases,source\n"


def _extra(tmp_path, rows: str, name="extra.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_extra_csv_adds_places(tmp_path):
    path = _extra(tmp_path, "my:kafr,Kafr Nabudah,village,SY,SY-HM,35.44,36.52,,Kafr Nabouda,me\n")
    gaz = Gazetteer.load(MINI, extra=[path])
    assert gaz.best("Kafr Nabouda").place.id == "my:kafr"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("my:a,Somewhere,town,SY,,95.0,36.0,,,me\n", "latitude 95.0 is out of range"),
        ("my:a,Somewhere,town,SY,,35.0,190.0,,,me\n", "longitude 190.0 is out of range"),
        ("my:a,Somewhere,town,SY,,36.2,37.1,,,me\nmy:a,Again,town,SY,,36.2,37.1,,,me\n",
         "line 3: duplicate id 'my:a'"),
        ("gn:170063,Aleppo again,city,SY,,36.2,37.1,,,me\n", "duplicate id 'gn:170063'"),
        ("my:a,,town,SY,,36.2,37.1,,,me\n", "empty name"),
        ("my:a,Somewhere,castle,SY,,36.2,37.1,,,me\n", "unknown kind 'castle'"),
        ("my:a,Somewhere,town,SY,,north,37.1,,,me\n", "are not numbers"),
        # Raqqa with lat and lon swapped lies in central Turkey, not in Syria
        ("my:a,Swapped Raqqa,city,SY,,39.00788,35.95283,,,me\n",
         "outside its declared country SY"),
    ],
)
def test_bad_extra_rows_name_file_and_line(tmp_path, row, message):
    path = _extra(tmp_path, row)
    with pytest.raises(GazetteerDataError) as err:
        Gazetteer.load(MINI, extra=[path])
    assert str(path) in str(err.value)
    assert message in str(err.value)
    assert "line " in str(err.value)


def test_swapped_lat_lon_is_named(tmp_path):
    # Damascus at (33.51, 36.29) written as lat 36.29, lon 33.51 lands in Turkey's sea area
    path = _extra(tmp_path, "my:d,Damascus,city,SY,,36.29,33.51,,,me\n")
    with pytest.raises(GazetteerDataError, match="swapped"):
        Gazetteer.load(MINI, extra=[path])


def test_missing_columns(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,name\nx,y\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match="missing column"):
        Gazetteer.load(MINI, extra=[path])


def test_extra_geojson_points_and_polygons(tmp_path):
    path = tmp_path / "extra.geojson"
    path.write_text("""{"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"id": "my:p", "name": "Tell Point", "kind": "village",
       "country": "SY", "aliases": ["Tal Point"]},
       "geometry": {"type": "Point", "coordinates": [37.0, 36.0]}},
      {"type": "Feature", "properties": {"id": "my:r", "name": "Test Plain", "kind": "plain",
       "country": "SY"},
       "geometry": {"type": "Polygon", "coordinates": [[[36.3,35.4],[36.5,35.4],[36.5,35.8],[36.3,35.8],[36.3,35.4]]]}}
    ]}""", encoding="utf-8")
    gaz = Gazetteer.load(MINI, extra=[path])
    point = gaz.best("Tal Point").place
    assert (point.lat, point.lon) == (36.0, 37.0)  # GeoJSON [lon, lat] read the right way round
    plain = gaz.get("my:r")
    assert plain.polygon is not None and 35.4 < plain.lat < 35.8 and 36.3 < plain.lon < 36.5


def test_invalid_polygon_names_the_feature(tmp_path):
    path = tmp_path / "bad.geojson"
    # a bow-tie: self-intersecting ring
    path.write_text("""{"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"id": "my:bow", "name": "Bow", "kind": "region", "country": "SY"},
       "geometry": {"type": "Polygon", "coordinates": [[[36,35],[37,36],[37,35],[36,36],[36,35]]]}}]}""",
                    encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"feature 0: invalid polygon"):
        Gazetteer.load(MINI, extra=[path])


def test_nothing_is_half_loaded(tmp_path):
    good = _extra(tmp_path, "my:ok,Good Place,town,SY,,36.2,37.1,,,me\n", name="good.csv")
    bad = _extra(tmp_path, "my:bad,Bad Place,town,SY,,99,37.1,,,me\n", name="bad.csv")
    with pytest.raises(GazetteerDataError):
        Gazetteer.load(MINI, extra=[good, bad])


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerDataError, match="places.csv"):
        Gazetteer.load(tmp_path / "nowhere")


def test_outline_of_a_table_cells_place_id(gazetteer):
    idlib = gazetteer.outline("adm1:SY-ID")
    assert idlib is not None and idlib.contains(shapely.Point(36.63, 35.93))  # Idlib city
    # a hand-edited cell with stray spaces names the same place; missing values and unknown
    # ids have no outline
    assert gazetteer.outline(" adm1:SY-ID\t") is idlib
    assert [gazetteer.outline(v) for v in (None, float("nan"), pd.NA, "gn:0")] == [None] * 4
    assert gazetteer.outline("gn:172955") is None  # Raqqa city: a point


def test_a_bare_name_a_province_shares_with_a_town_of_its_country_is_the_town(tmp_path):
    # a province's prior (0.97) beats a town's (0.95): without its word, the province that
    # bears a town's name ranks below that town, and only below a town of its own country
    (tmp_path / "places.csv").write_text(
        "id,name,kind,country,lat,lon\n"
        "gn:1,Zadah,town,YE,17,43.7\nadm1:YE-zadah,Zadah,governorate,YE,17.1,43.9\n"
        "gn:2,Qorma,town,AF,36,68\nadm1:YE-qorma,Qorma,governorate,YE,15,45\n",
        encoding="utf-8")
    gaz = Gazetteer.load(tmp_path)
    assert [c.place.id for c in gaz.lookup("Zadah")] == ["gn:1", "adm1:YE-zadah"]
    assert gaz.lookup("Zadah province")[0].place.id == "adm1:YE-zadah"
    assert gaz.lookup("the Zadah region")[0].place.id == "adm1:YE-zadah"
    assert gaz.lookup("Qorma")[0].place.id == "adm1:YE-qorma"
