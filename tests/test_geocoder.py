"""GazetteerGeocoder behaves like any geopy geocoder, offline."""

import pytest
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geostrike import GazetteerGeocoder


@pytest.fixture(scope="module")
def geolocator():
    return GazetteerGeocoder()


def test_is_a_geopy_geocoder(geolocator):
    assert isinstance(geolocator, Geocoder)


def test_geocode_returns_a_location_with_the_record_in_raw(geolocator):
    location = geolocator.geocode("Deir Ezzor")
    assert isinstance(location, Location)
    assert location.raw["id"] == "gn:170794" and location.raw["match"] in ("exact", "skeleton")
    assert location.latitude == pytest.approx(35.33, abs=0.1)
    assert location.longitude == pytest.approx(40.14, abs=0.1)


def test_geocode_list_kinds_and_countries(geolocator):
    found = geolocator.geocode("Aleppo", exactly_one=False)
    assert [loc.raw["id"] for loc in found[:2]] == ["gn:170063", "adm1:SY-HL"]
    assert geolocator.geocode("Aleppo", featuretype="governorate").raw["id"] == "adm1:SY-HL"
    assert geolocator.geocode("Aleppo", country_codes="iq") is None
    assert geolocator.geocode("Islamic State") is None


def test_country_codes_filter_before_the_limit(geolocator):
    # "Mayadin" ranks places in Syria, Indonesia and Saudi Arabia before Israel's: a limit of
    # one must still find the Israeli one when only Israel is asked for
    ids = [c.place.id for c in geolocator.gazetteer.lookup("Mayadin", limit=None)]
    assert ids.index("gn:282926") >= 4
    found = geolocator.geocode("Mayadin", exactly_one=False, limit=1, country_codes=["il"])
    assert [loc.raw["id"] for loc in found] == ["gn:282926"]


def test_reverse_finds_the_nearest_place_and_its_governorate(geolocator):
    location = geolocator.reverse(Point(35.41, 35.95))
    assert location.raw["id"] == "gs:hmeymim-air-base"
    assert location.raw["distance_km"] < 2
    assert location.raw["governorate_at_point"] == "adm1:SY-LA"
    towns = geolocator.reverse("35.41, 35.95", exactly_one=False, limit=3, featuretype="city")
    assert len(towns) == 3 and all(t.raw["kind"] == "city" for t in towns)


def test_never_uses_the_network(geolocator):
    with pytest.raises(GeocoderServiceError, match="offline"):
        geolocator.adapter.get_json("https://nominatim.openstreetmap.org/search",
                                    timeout=1, headers={})
