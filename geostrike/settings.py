"""Settings: every threshold, prior and default path in one place, with why.

Change these at run time by assigning to the module attributes
(``geostrike.settings.FUZZY_MIN_SCORE = 92``) before building a gazetteer.
"""

from __future__ import annotations

import os
from pathlib import Path

# --- where the shipped gazetteer lives --------------------------------------------------------
#: Directory of the built gazetteer. ``GEOSTRIKE_GAZETTEER`` overrides it; otherwise a copy
#: inside the installed package (wheel installs) and then the repository's ``gazetteer/``
#: (editable installs and checkouts) are tried, in that order.
GAZETTEER_ENV = "GEOSTRIKE_GAZETTEER"


def default_gazetteer_dir() -> Path:
    """Return the directory the default gazetteer is loaded from."""
    env = os.environ.get(GAZETTEER_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "_gazetteer"
    if (packaged / "places.csv").exists():
        return packaged
    return here.parent / "gazetteer"


# --- place kinds --------------------------------------------------------------------------------
#: Every kind a gazetteer row may have.
KINDS = (
    "country", "governorate", "city", "town", "village", "airbase", "airport",
    "naval_base", "sea", "region", "mountain", "plain", "oilfield", "landmark",
)

#: Kinds that are populated places (what "the city of X" and "X city" ask for).
SETTLEMENT_KINDS = ("city", "town", "village")

#: Kinds that are military sites (what "X airbase" or "X naval base" asks for).
BASE_KINDS = ("airbase", "airport", "naval_base")

#: Prior weight per kind when a name alone is ambiguous. A bare "Aleppo" or "Latakia" is read
#: as the city first and the governorate second: in strike reporting a governorate is nearly
#: always marked ("Aleppo province", "the countryside of Aleppo"), a city rarely is. Countries
#: and seas rank high because their names are seldom shared with villages.
KIND_PRIOR = {
    "country": 1.0, "city": 1.0, "governorate": 0.97, "sea": 0.99, "airbase": 0.96,
    "naval_base": 0.96, "town": 0.95, "region": 0.95, "mountain": 0.94, "plain": 0.94,
    "oilfield": 0.93, "airport": 0.93, "landmark": 0.92, "village": 0.9,
}

#: Countries whose places win a tie against same-named places elsewhere (the theatre):
#: places elsewhere have their prior multiplied by (1 - THEATRE_BONUS).
THEATRE_COUNTRIES = ("SY",)
THEATRE_BONUS = 0.03

# --- match scores -------------------------------------------------------------------------------
#: Score of a match on the exact folded spelling (case, accents and punctuation removed).
SCORE_EXACT = 1.0
#: Score of a match once the Arabic article is removed ("Ar-Raqqah" = "Raqqah").
SCORE_NO_ARTICLE = 0.97
#: Best score of a match on the transliteration skeleton ("Dayr al-Zawr" = "Deir ez-Zor");
#: scaled down by how different the two spellings still are.
SCORE_SKELETON = 0.93
#: Best score of a fuzzy (misspelling) match; scaled by rapidfuzz's ratio.
SCORE_FUZZY = 0.85

#: Fuzzy matching needs this rapidfuzz ratio (0-100) on the article-free spelling.
FUZZY_MIN_SCORE = 88.0
#: ...and at least this many letters: short words have too many near neighbours ("Hamas"/"Hama").
FUZZY_MIN_LENGTH = 6
#: Skeleton matches must still share this much of their spelling (rapidfuzz ratio, 0-100),
#: so that "Rika" does not become "Raqqa" just because both are r-vowel-k-vowel.
SKELETON_MIN_SIMILARITY = 60.0
#: Lookups return at most this many candidates.
MAX_CANDIDATES = 10

# --- validation of gazetteer data ----------------------------------------------------------------
#: A user's point must lie within this distance (km) of its declared country's outline;
#: farther means the coordinates are wrong, most often lat and lon swapped.
COUNTRY_TOLERANCE_KM = 25.0
