"""A qualifier word that is part of a name: the whole name wins."""

import pytest

from geostrike import default_gazetteer


@pytest.mark.parametrize("name", ["Rural Damascus", "Damascus Countryside", "Rif Dimashq"])
def test_damascus_countryside_is_rif_dimashq(name):
    assert default_gazetteer().best(name).place.id == "adm1:SY-RD"


def test_the_qualifier_still_works_without_such_a_name():
    assert default_gazetteer().best("Hama countryside").place.id == "adm1:SY-HM"
