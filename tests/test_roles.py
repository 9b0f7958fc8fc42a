"""Roles are judged from the clause around the name, not from the place."""

import pytest


def _roles(mentions):
    return {m.surface: m.role for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoigu said 18 missiles were fired from ships in its Caspian Sea fleet at seven "
         "targets in the Raqqah, Idlib and Aleppo provinces.",
         {"Caspian Sea": "launch_point", "Raqqah": "strike_target", "Idlib": "strike_target",
          "Aleppo": "strike_target"}),
        ("Bombers launched 101 cruise missiles, most of them from the Mediterranean.",
         {"Mediterranean": "launch_point"}),
        ("Tu-22M3 bombers flying from Mozdok struck targets near Palmyra.",
         {"Mozdok": "launch_point", "Palmyra": "strike_target"}),
        ("Russia has a naval facility in the port city of Tartus and uses an airfield in "
         "Latakia.", {"Tartus": "base", "Latakia": "base"}),
        ("Russian jets bombed rebel positions in Latakia province on Tuesday.",
         {"Latakia": "strike_target"}),
        ("Su-34s based at Hmeymim pounded Salma overnight.",
         {"Hmeymim": "base", "Salma": "strike_target"}),
        ("Speaking at a regional summit in Kazakhstan, Putin praised the campaign.",
         {"Kazakhstan": "other"}),
        ("The airliner crashed over the Sinai Peninsula after flying from Egypt.",
         {"Sinai Peninsula": "other", "Egypt": "other"}),
        ("These bombers took part in the Soviet campaign in Afghanistan in the 1980s.",
         {"Afghanistan": "other"}),
        ("France is hitting militants in response to a series of terrorist attacks in Paris.",
         {"France": "other", "Paris": "other"}),
        ("Moscow says the campaign is aimed at helping the Syrian army.", {"Moscow": "other"}),
        ("The government plans to expand its missions in Syria to 300 a day.",
         {"Syria": "other"}),
        ("Egypt, however, insisted it was too early to call it a terror attack.",
         {"Egypt": "other"}),
        ("Activists said Douma was hit by at least ten air strikes.", {"Douma": "strike_target"}),
    ],
)
def test_roles(mentions_of, text, expected):
    found = _roles(mentions_of(text))
    for surface, role in expected.items():
        assert found.get(surface) == role, (surface, found)


def test_every_mention_keeps_its_cue_and_confidence(mentions_of):
    for m in mentions_of("Warplanes struck Idlib. Moscow said so."):
        assert 0 < m.role_confidence <= 1
    struck = [m for m in mentions_of("Warplanes struck Idlib.") if m.surface == "Idlib"][0]
    assert struck.role_cue == "struck"
