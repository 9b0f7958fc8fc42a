"""A qualifier word that is part of a name: the whole name wins."""

import pytest

from geostrike import default_gazetteer


@pytest.mark.parametrize("name", ["Rural Damascus", "Damascus Countryside", "Rif Dimashq"])
def test_damascus_countryside_is_rif_dimashq(name):
    assert default_gazetteer().best(name).place.id == "adm1:SY-RD"


def test_the_qualifier_still_works_without_such_a_name():
    assert default_gazetteer().best("Hama countryside").place.id == "adm1:SY-HM"


@pytest.mark.parametrize(("name", "place_id"), [
    # provinces abroad named after their seats: the bare name is the seat, the name with its
    # word the province
    ("Kharkiv", "gn:706483"), ("Kharkiv oblast", "adm1:UA-kharkiv"),
    ("the Kharkiv region", "adm1:UA-kharkiv"),
    ("Saada", "gn:71334"), ("Saada province", "adm1:YE-sadah"),
    ("Kunduz", "gn:1135689"), ("Kunduz province", "adm1:AF-kunduz"),
    ("Hatay", "gn:323779"), ("Hatay province", "adm1:TR-hatay"),
])
def test_provinces_abroad_that_share_their_seats_names(name, place_id):
    assert default_gazetteer().best(name).place.id == place_id
