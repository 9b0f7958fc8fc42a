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
    "naval_base", "sea", "region", "mountain", "plain", "oilfield", "landmark", "river",
    "district",
)

#: Kinds that are populated places (what "the city of X" and "X city" ask for).
SETTLEMENT_KINDS = ("city", "town", "village")

#: Kinds that are military sites (what "X airbase" or "X naval base" asks for).
BASE_KINDS = ("airbase", "airport", "naval_base")

#: Prior weight per kind when a name alone is ambiguous. A bare "Tabqa" is the town, not its
#: air base (a base needs its qualifier, "Tabqa airbase"), but a base beats a village of
#: the same name ("Hmeymim", "Kuweires": the base is what reports mean). A bare "Aleppo" or "Latakia" is read
#: as the city first and the governorate second: in strike reporting a governorate is nearly
#: always marked ("Aleppo province", "the countryside of Aleppo"), a city rarely is. Countries
#: and seas rank high because their names are seldom shared with villages.
KIND_PRIOR = {
    "country": 1.0, "city": 1.0, "governorate": 0.97, "sea": 0.99, "airbase": 0.945,
    "naval_base": 0.945, "town": 0.95, "region": 0.95, "mountain": 0.94, "plain": 0.94,
    "oilfield": 0.93, "airport": 0.93, "landmark": 0.92, "river": 0.94, "village": 0.9,
    "district": 0.92,
}

#: Countries whose places win against same-named places elsewhere (the theatre): when a
#: lookup finds candidates in the theatre, the others' scores are multiplied by
#: (1 - THEATRE_BONUS), unless they match a better spelling (exact or without the article
#: against a theatre skeleton match). Without a theatre candidate nothing changes.
THEATRE_COUNTRIES = ("SY",)
THEATRE_BONUS = 0.15

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
#: rapidfuzz ratio a misspelt name needs when a qualifier narrows the places it can be
#: ("the Hmeimin air base": bases only; "Raqa province": governorates only).
FUZZY_HINTED_MIN_SCORE = 80.0
#: Skeleton matches must still share this much of their spelling (rapidfuzz ratio, 0-100),
#: so that "Rika" does not become "Raqqa" just because both are r-vowel-k-vowel.
SKELETON_MIN_SIMILARITY = 60.0
#: ...and this much for names of five letters or fewer.
SKELETON_MIN_SIMILARITY_SHORT = 80.0
#: Lookups return at most this many candidates.
MAX_CANDIDATES = 10

# --- validation of gazetteer data ----------------------------------------------------------------
#: A user's point must lie within this distance (km) of its declared country's outline;
#: farther means the coordinates are wrong, most often lat and lon swapped.
COUNTRY_TOLERANCE_KM = 25.0

# --- mentions (geostrike/mentions.py) -------------------------------------------------------------
#: Longest run of words tried as one name ("Ma'arrat al-Nu'man" is 3 words with the article).
MAX_NAME_WORDS = 6
#: Shortest single word taken as a name (SHORT_NAMES excepted; "U.S." is long enough).
MIN_NAME_LENGTH = 3
#: Names shorter than MIN_NAME_LENGTH that are still read as places.
SHORT_NAMES = frozenset({"US", "UK"})
#: Candidates below this lookup score are not taken as the place a report names.
MENTION_MIN_SCORE = 0.75
#: A single-word name that is also an ordinary English word ("Most", "Nice") counts at the
#: start of a sentence only for major places: countries, governorates, seas, bases named
#: exactly, and places with at least this population (Moscow, Homs).
MAJOR_PLACE_POPULATION = 100_000
#: Outside the countries whose every village the gazetteer has (FULLY_COVERED_COUNTRIES), a
#: town or village smaller than this is a "minor foreign place": it is taken for the place
#: a report names only when the report names its country or another of its places (spelt as
#: the gazetteer has it), or uses its demonym ("the Yemeni city of Mocha"). Otherwise its name
#: is more likely a Syrian village the gazetteer lacks (Anjara, Zaafarana, al-Shafa) than a
#: town in Jordan, Egypt or Saudi Arabia. So "A car bomb killed 52 in Reyhanli" alone leaves
#: Reyhanli unresolved; reports nearly always say "the Turkish border town of Reyhanli".
MINOR_FOREIGN_POPULATION = 100_000
FULLY_COVERED_COUNTRIES = ("SY", "IQ")
#: A foreign city or province matched only by a variant spelling also needs its country named
#: ("Al-Maysar" in Aleppo is not "Masr", Cairo), except in these countries, spelt as variously
#: as Syria and named without their country ("Israeli jets struck Nabatiyeh", "Khan Yunes").
VARIANT_WITHOUT_COUNTRY = ("SY", "IQ", "LB", "PS")
#: How far before a name (characters) the head of a list is looked for ("the provinces of
#: Aleppo, Latakia, ... and X"), and how many list items back.
LIST_HEAD_CHARS = 250
MAX_LIST_ITEMS = 12

# --- roles (geostrike/roles/) ------------------------------------------------------------------
#: How many words before / after a name a strike cue may stand and still govern it.
ROLE_WINDOW_BEFORE = 16
ROLE_WINDOW_AFTER = 6
#: Most words between a name and the passive strike verb whose subject it is in (roles:
#: "Port Sudan, the seat of the government and its main port, was attacked").
SUBJECT_GAP_WORDS = 24
#: Characters before the name searched by the patterns anchored at it ("from ... X").
ROLE_TAIL_CHARS = 90
#: A city this large can be the actor of a clause, like a country ("Moscow has used...").
ACTOR_CITY_POPULATION = 1_000_000
#: How far (characters after a section heading such as "Daraa Province:") the strikes its
#: section reports are looked for, and how near a town heading a place struck must lie
#: (:func:`geostrike.roles._section_headings`).
SECTION_CHARS = 1500
SECTION_NEAR_KM = 30

#: Countries whose places may be matched in running text by transliteration skeleton or
#: misspelling; places elsewhere must be spelt as the gazetteer has them.
VARIANT_COUNTRIES = ("SY", "IQ", "LB", "JO", "TR", "IR", "IL", "PS", "EG", "SA", "YE", "LY")
#: Countries whose names are transliterated as many ways ("Mekelle" and "Mek'ele", "Nangahar"
#: and "Nangarhar") but whose places are met less often: a variant spelling there needs a name
#: of FUZZY_MIN_LENGTH letters or more, as a sea's or a region's does ("Sahil", a person, is
#: no Sahiwal and no Sahel).
LONG_VARIANT_COUNTRIES = ("SD", "SO", "ET", "ER", "AF", "PK")
#: Countries whose names are transliterated from Cyrillic: a spelling there may differ from the
#: gazetteer's only in the letters transliterations disagree on (names.cyrillic_key:
#: "Zaporizhia" is Zaporizhzhia; "Lavrov" stays no Lviv).
CYRILLIC_COUNTRIES = ("UA", "RU", "BY")

#: Countries whose place names are written with the Arabic article. A name written with it
#: ("al-Mashhad", "al-Kastan") that matches a place elsewhere only once the article is
#: dropped or by spelling (Mashhad and Kashan in Iran) is not that place.
ARABIC_ARTICLE_COUNTRIES = ("SY", "IQ", "LB", "JO", "IL", "PS", "EG", "SA", "YE", "KW", "QA",
                            "BH", "AE", "OM", "LY", "TN", "DZ", "MA", "SD", "MR")

#: Names joined by "and" that reports use for the two places, not for the one the gazetteer
#: names so ("Israeli raids in the West Bank and Gaza": two places, not Palestine).
CONJOINED_NAMES_READ_APART = frozenset({"West Bank and Gaza"})

#: News agencies named like places, written alone ("According to Fars, ...", "Fars reported"):
#: no place unless a province's word follows ("Fars province").
AGENCIES_NAMED_LIKE_PLACES = frozenset({"Fars"})

#: Names that contain place names but name organisations, outlets, offices or things; the
#: places inside them are not mentions ("The Moscow Times", "Islamic State of Iraq").
#: Matched case-insensitively, with hyphen and space interchangeable. An outlet named after a
#: place ("Al Mayadeen" TV and the town of al-Mayadin) is not listed: the place matters more.
NOT_PLACE_NAMES = (
    "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
    "Islamic State of Iraq and Levant", "State of Iraq and the Levant",
    "Islamic State of Iraq and Syria",
    "Islamic State in Iraq and al-Sham",
    # commands and outlets named after a place (a run ending in Command or Mission may be a
    # headline: "Russia Ends Syria Mission")
    # ("U.S." before them is a mention of the country, as in "U.S.-led": tests/gold/README.md)
    "Africa Command", "Central Command", "European Command", "Libya Herald",
    "Islamic State of Iraq and al-Sham", "Islamic State of Iraq", "Islamic State",
    "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham", "al-Nusra Front",
    "Nusra Front", "al-Nusra", "Nusra", "Jaish al-Fatah", "Jaysh al-Fatah", "Jaish al-Islam",
    "Ahrar al-Sham",
    "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Free Syrian Army", "Syrian Democratic Forces",
    "Syrian Arab Army", "Syrian army", "Syrian Observatory for Human Rights",
    "Syria Observatory for Human Rights", "Syrian Observatory", "Syrian Network for Human Rights",
    "Local Coordination Committees", "Local Co-ordination Committees",
    "Local Coordination Committees in Syria", "Local Co-ordination Committees in Syria",
    "al-Shabaab", "al-Shabab", "al-Qaeda", "al-Qaida", "Tehreek-e-Taliban Pakistan",
    "Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan",
    "Boko Haram", "Red Crescent", "Red Cross", "Tigray People's Liberation Front",
    "Tigray Defence Forces", "Tigray Defense Forces", "G5 Sahel", "Kashmir Tigers",
    "Donbas battalion", "University of the Negev", "Islamic State of West Africa Province",
    "Islamic State West Africa Province", "West Africa Province", "Quds Force",
    "Revolutionary Guard", "Revolutionary Guards",
    # feasts named after places
    "Christmas Day", "Christmas Eve",
    "Jund al-Aqsa", "Khorasan Group", "Liwa al-Haqq", "Army of Conquest",
    "Levant Front", "Sham Legion", "Faylaq al-Sham", "Nour al-Din al-Zenki",
    "Moscow Times", "Al Arabiya", "Al Jazeera", "Voice of America", "Radio Free Europe",
    "Ahram Online", "Al Ahram", "Komsomolskaya Pravda", "RIA Novosti", "Sputnik",
    "Russia Today", "Rossia television", "Rossiya 24", "Rossiya", "Sunday Times", "New York Times",
    "Washington Post", "Wall Street Journal", "Financial Times", "Times of Israel",
    "Jerusalem Post", "Los Angeles Times", "Syrian Arab News Agency", "Anadolu Agency",
    "Press TV", "Middle East Eye", "Al Masdar News", "Damascus Now",
    "Euphrates Shield", "Olive Branch", "Peace Spring", "Spring Shield", "Inherent Resolve",
    "White House",
    # a company, a region's administration and a coalition named after their places
    "Saudi Aramco", "Aramco",
    # a missile and a carmaker named like places ("Iskander" is an alias of Iskandariya,
    # Iraq; Toyota a Japanese city)
    "Iskander", "Iskanders", "Toyota",
    # a social network named like a place's qualities ("Truth Social"); a news agency
    "Truth Social", "EFE",
    "Autonomous Administration of North and East Syria",
    "Autonomous Administration of Northeast Syria",
    "Autonomous Administration of North East Syria",
    "Coalition to Restore Legitimacy in Yemen", "Coalition to Support Legitimacy in Yemen",
    "Coalition to Support the Legitimacy in Yemen",
    "Coalition for Supporting the Legitimacy in Yemen",
    "Enab Baladi", "Al Alam", "Asharq Al-Awsat", "Syria Direct", "Orient News", "Deir Ezzor 24", "DeirEzzor24",
    "Raqqa is Being Slaughtered Silently", "Raqqa is Being Silently Slaughtered",
    "Aleppo Media Center", "Halab Today", "Kurdistan 24",
    "Baghdad Post", "Iraqi News", "Daily Sabah", "Hurriyet Daily News", "Tehran Times",
    "Moscow Exchange", "Moscow time", "Damascus time",
    "Regional Center for Strategic Studies", "Black Sea Fleet",
    "Russian Defence Ministry", "Russian Defense Ministry",
    "Metrojet", "Soviet Union", "State Duma", "United Nations", "Security Council",
    "European Union", "Arab League", "Gulf Cooperation Council", "Atlantic Council",
    "North Atlantic Treaty Organization", "North Atlantic Council", "Northern Fleet",
    "Pacific Fleet", "Baltic Fleet",
    # the group's name as a noun ("bombed Daesh targets"), events and adjectives named after
    # a place ("the Gulf War", "Gulf Arab states")
    "Daesh", "Da'esh", "Daish", "Gulf War", "Gulf Arab",
    # wire agencies and movements named after places or peoples
    "Agence France-Presse", "Agence France Presse", "Houthis", "Houthi", "France 24",
    # groups and parties named after the place they fight in or govern
    "Al Qaeda in the Arabian Peninsula", "Al Qaeda in Iraq", "Al Qaeda in the Islamic Maghreb",
    "Al Qaida in the Arabian Peninsula", "Islamic Resistance in Iraq",
    "Islamic Resistance in Lebanon", "Hashd al-Shaabi", "Hashd Shaabi", "Hashad al-Shaabi",
    "Hashed al-Shaabi",
    "Kurdistan Regional Government",
    # a market price named after a place ("Brent crude was up $2": the North Sea field's oil)
    "Brent crude",
)

#: Words before a capitalised run that make it a person ("President Bashar al-Assad").
PERSON_TITLES = (
    "President", "Prime Minister", "Minister", "Secretary", "General", "Gen", "Colonel", "Col",
    "Lieutenant", "Lt", "Major", "Maj", "Captain", "Capt", "Admiral", "Adm", "Commander",
    "Sheikh", "Imam", "Mr", "Mrs", "Ms", "Dr", "spokesman", "spokeswoman", "spokesperson",
    "Chancellor", "King", "Prince", "Emir", "Senator", "Sen", "Ambassador", "envoy", "leader",
    "chief", "Pope", "Patriarch", "Mufti", "activist", "researcher", "analyst", "businessman",
    "businesswoman",
)

#: Given names that start person names in this reporting. A run that starts with one and does
#: not resolve as a whole ("Bashar al-Assad") is a person: no place is searched inside it.
GIVEN_NAMES = frozenset(
    "abdullah abdel abdul abu ahmad ahmed ali alexander alexei alexey andrei andrey anatoly "
    "bashar boris dmitry dmitri farouk faisal fyodor hafez hassan hossam hussein ibrahim "
    "igor ivan khaled khalid leonid lori maher mahmoud mikhail michael mohamed mohammad mohammed "
    "muhammad mustafa nikolai omar oleg rami rustam saleh salim sergei sergey tariq vladimir "
    "valery viktor walid yury yuri yusuf zahran abdulrahman hamza john barack francois recep "
    "ahmet hasan mevlut bashir riad haitham ayman anas abul abou abi qassem qasem qassim qasim "
    "nouri jamal ghazi farah haider haidar naim yasser yasir mansour mansur yahya majid nabil "
    "samir adel adnan tarek tareq wael hisham marwan ziad osama usama fadi nizar talal mohsen "
    "hussam hamid turki yehia "
    # Iranian officials ("Akbar Salehi, the Deputy Governor of Isfahan")
    "akbar abbas reza javad masoud hossein mehdi saeed esmail gholam "
    # Ukrainian officials ("Artem Kostyrya, head of ...")
    "artem oleksiy oleksii oleksandr volodymyr andriy serhiy dmytro vitaliy mykola yuriy ihor "
    "vadym maksym "
    # names that are also places' other names ("Kamala", "Babak"): no alias takes them
    "kamala babak demba "
    "fereydoon fereydoun bilal".split()
)

#: Last words of institution names ("the Idleb Health Directorate", "Maaret al-Numan National
#: Hospital", "Syria Civil Defence") and heads before "of" ("Local Council of Jisr al-Shughur"):
#: a capitalised run with one names the institution, and the place inside it is no mention.
#: Folded (lower case).
INSTITUTION_NOUNS = frozenset(
    "council councils directorate hospital hospitals defence defense coordinators committee "
    "committees "
    "commission university college school academy force forces army brigade brigades "
    "battalion regiment division front movement party network center centre agency news "
    "office authority administration police court bank company airlines club observatory mod "
    "organization organisation "
    "institute foundation society association union federation media tv radio room "
    "municipality operations group groups unit units artillery herald tribune gazette television "
    "chronicle telegraph journal service services troops corporation".split()
)

#: Places that stand for a government ("the Kremlin said"): a mention only where the text
#: puts something there ("a meeting in the Kremlin", "a Kremlin meeting").
SEATS_OF_POWER = frozenset({"gs:kremlin"})

#: First words of Arabic names of armed groups ("Jabhat al-Shamiya", "Jaish al-Islam",
#: "Liwa al-Quds"): a run that starts with one and is not a place as a whole is a group,
#: and no place is searched inside it. Folded (lower case, no apostrophes).
ORGANISATION_HEADS = frozenset(
    "jabhat jabhet jaish jaysh harakat liwa ahrar hayat hayaat tahrir faylaq failaq "
    "kataib katibat saraya jund ansar firqat alwiya tajammu asaib hezbollah hizballah "
    "hizbullah hizbollah quwat".split()
)

# --- claims (geostrike/claims.py) ---------------------------------------------------------------
#: Uncertainty radius (km) of a claim at an exact place, by kind.
POINT_RADIUS_KM = {"city": 10.0, "town": 5.0, "village": 2.0, "district": 1.5, "airbase": 3.0,
                   "airport": 3.0, "naval_base": 2.0, "oilfield": 10.0, "landmark": 1.0}
#: ...for a point kind not listed above.
DEFAULT_POINT_RADIUS_KM = 5.0
#: ...for "near X" / "the countryside of X" when X is a town (where_prec 2).
NEAR_RADIUS_KM = 25.0
#: ...for regions without an outline, countries and seas without one.
REGION_RADIUS_KM = 30.0
COUNTRY_RADIUS_KM = 300.0
SEA_RADIUS_KM = 300.0
#: Kinds that are regions: a claim there is where_prec 3 up to this radius (km), else 5.
REGION_KINDS = ("region", "mountain", "plain", "river")
#: Capitalised nouns after a place's name that name a different feature ("Kandil Mountains",
#: "Tabqa Dam", "Bekaa Valley"): without a gazetteer entry of its own, the feature stays
#: unresolved rather than taking the place it is named after.
LANDFORM_NOUNS = frozenset({"mountain", "mountains", "valley", "plain", "plateau", "hill",
                            "hills", "desert", "lake", "river", "dam", "bay", "peninsula",
                            "island", "islands", "gorge", "pass", "oasis", "canal", "marshes",
                            "strait"})
SMALL_REGION_MAX_KM = 60.0
#: Kinds whose place is an area: their precision does not change with "near X".
AREA_KINDS = ("governorate", "country", "sea", *REGION_KINDS)

#: Who makes a claim: (name as reported, pattern). The pattern found first in the sentence
#: (or, failing that, in the sentence before) wins; with none the outlet itself is the claimant.
CLAIMANTS = (
    # another country's ministry or military, named before the words they share with Russia's
    # (the earliest match in the text wins, so "Turkey's Defence Ministry" is Turkey's)
    ("Turkish military", r"\b(?:Turkish|Turkey['\u2019]s)\s+(?:Defen[cs]e\s+Ministry|"
     r"Ministry\s+of\s+(?:National\s+)?Defen[cs]e|military|army|armed\s+forces|General\s+Staff)\b"),
    ("Israeli military", r"\b(?:Israeli|Israel['\u2019]s)\s+(?:military|army|Defen[cs]e\s+"
     r"(?:Ministry|Forces)|air\s+force)\b|\bIDF\b|\bIsrael\s+Defen[cs]e\s+Forces\b"),
    ("U.S. military", r"\b(?:U\.?S\.?|US|American|United\s+States)\s+(?:military|Central\s+"
     r"Command|Defen[cs]e\s+Department|Department\s+of\s+Defen[cs]e)\b|\bCENTCOM\b|"
     r"\bCentral\s+Command\b|\bCJTF[-\s]OIR\b|\bCombined\s+Joint\s+Task\s+Force\b"),
    ("British Ministry of Defence", r"\b(?:British|UK|U\.K\.|Britain['\u2019]s)\s+(?:Defen[cs]e\s+"
     r"Ministry|Ministry\s+of\s+Defen[cs]e|military)\b"),
    ("Iraqi military", r"\b(?:Iraqi|Iraq['\u2019]s)\s+(?:military|army|Defen[cs]e\s+Ministry|"
     r"Joint\s+Operations\s+Command|security\s+forces)\b"),
    ("Syrian army", r"\b(?:Syrian|Syria['\u2019]s)\s+(?:army|military|Defen[cs]e\s+Ministry|"
     r"armed\s+forces)\b"),
    ("Syrian Democratic Forces", r"\bSyrian\s+Democratic\s+Forces\b|\bSDF\b"),
    ("Syria Civil Defence", r"\bSyria(?:n)?\s+Civil\s+Defen[cs]e\b|\bWhite\s+Helmets\b"),
    ("Russian Defence Ministry", r"\b(?:Russian\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+"
     r"Defen[cs]e|MoD|defen[cs]e\s+ministry)\b"),
    ("Sergei Shoigu", r"\bShoigu\b"),
    ("Vladimir Putin", r"\bPutin\b|\bKremlin\b"),
    ("Andrei Kartapolov", r"\bKartapolov\b"),
    ("Igor Konashenkov", r"\bKonashenkov\b"),
    ("Russian General Staff", r"\bGeneral\s+Staff\b"),
    ("Sergei Lavrov", r"\bLavrov\b"),
    ("Dmitry Medvedev", r"\bMedvedev\b"),
    ("Syrian Observatory for Human Rights", r"\bSyrian?\s+Observatory\b|\bSOHR\b|\bObservatory\b"),
    ("Syrian state media", r"\bSANA\b|\bSyrian\s+state\s+(?:media|television|TV)\b"),
    ("Pentagon", r"\bPentagon\b"),
    ("U.S.-led coalition", r"\bcoalition\s+(?:said|says|spokesman|officials)\b"),
    ("U.S. officials", r"\bU\.?S\.?\s+officials\b|\bWashington\s+(?:said|says)\b"),
    ("activists", r"\bactivists?\b"),
    ("rebels", r"\brebels?\s+(?:said|say|commander|spokesman)\b"),
    ("residents", r"\bresidents\b|\bwitness(?:es)?\b"),
    ("Airwars", r"\bAirwars\b"),
    ("United Nations", r"\bUnited\s+Nations\b|\bUN\s+(?:said|says|officials?|spokesman|"
     r"agency|report)\b|\bOCHA\b"),
    ("human rights groups", r"\bAmnesty\s+International\b|\bHuman\s+Rights\s+Watch\b|"
     r"\bSyrian\s+Network\s+for\s+Human\s+Rights\b"),
)

#: Target groups as claimed, normalised: (normalised name, pattern). "terrorists" and
#: "militants" are not groups: a claim naming only them keeps target_group "unspecified".
TARGET_GROUPS = (
    ("Islamic State", r"\bIslamic\s+State\b|\bISIS\b|\bISIL\b|\bIsil\b|\bDaesh\b|\bDa'esh\b|"
     r"\bIS\b(?=\s+(?:targets?|militants|fighters|positions|group|jihadists|oil))"),
    ("Jabhat al-Nusra", r"\b(?:Jabhat|Jabhet)\s+al[-\s]Nusra\b|\bal[-\s]Nusra(?:\s+Front)?\b|"
     r"\bNusra(?:\s+Front)?\b|\bJabhat\s+Fat[ae]h\s+al[-\s]Sham\b"),
    ("Jaish al-Fatah", r"\bJaish\s+al[-\s]Fatah\b|\bArmy\s+of\s+Conquest\b"),
    ("Ahrar al-Sham", r"\bAhrar\s+al[-\s]Sham\b"),
    ("Free Syrian Army", r"\bFree\s+Syrian\s+Army\b|\bFSA\b"),
    ("Hayat Tahrir al-Sham", r"\bHay['\u2019]?[ae]t\s+Tahrir\s+al[-\s]Sham\b|\bHTS\b|"
     r"\bTahrir\s+al[-\s]Sham\b"),
    ("Jaish al-Islam", r"\bJaysh?\s+al[-\s]Islam\b|\bJaish\s+al[-\s]Islam\b"),
    ("PKK", r"\bPKK\b|\bKurdistan\s+Workers['\u2019]?\s+Party\b"),
    ("YPG", r"\bYPG\b|\bPeople['\u2019]s\s+Protection\s+Units\b"),
    ("Syrian Democratic Forces", r"\bSyrian\s+Democratic\s+Forces\b|\bSDF\b"),
    ("Kataib Hezbollah", r"\bKata['\u2019]?ib\s+(?:Hezbollah|Hizb(?:u|a)llah)\b"),
    ("Hezbollah", r"\bHezbollah\b|\bHizb(?:u|a|o)llah\b"),
    # the wars beyond Syria the same reports cover
    ("Houthis", r"\bHouthis?\b|\bHuthis?\b|\bAnsar\s+Allah\b|\bAnsarullah\b"),
    ("Hamas", r"\bHamas\b"),
    ("al-Shabaab", r"\b(?:al[-\s])?Shabaa?b\b"),
    ("Taliban", r"\bTaliban\b"),
    ("Rapid Support Forces", r"\bRapid\s+Support\s+Forces\b|\bRSF\b"),
    ("Iranian forces", r"\bIRGC\b|\bRevolutionary\s+Guards?\b|\bQuds\s+Force\b|"
     r"\bIranian\s+(?:forces|militias?|targets|positions|troops|fighters)\b"),
    ("opposition", r"\b(?:rebel|opposition|moderate)\s+(?:groups?|fighters|forces|positions)\b|"
     r"\brebels\b|\bmoderate opposition\b"),
)

#: TARGET_GROUPS as one regex alternation, for the stages that only ask whether a group is
#: named (roles: an armed group acts; mentions: a group's site is no place).
TARGET_GROUP_PATTERN = "|".join(f"(?:{pattern})" for _, pattern in TARGET_GROUPS)

#: Aircraft a report names by type, as regex alternatives (case-sensitive: "Tornado",
#: not "tornado"): the designations of every air force in the theatre and the Western
#: types written by name. Roles read them as platforms ("Tornadoes striking from their base
#: in Cyprus"); claims list them with the munitions below.
AIRCRAFT_TYPES = (
    r"(?:Su|Tu|Mi|MiG|Ka|Il|Yak)-\d+\w*", r"(?:F|F/A|A|B|AV|AC)-\d+\w*", r"(?:MQ|RQ)-\d+\w*",
    r"Tornado(?:e?s)?", r"Typhoons?", r"Rafales?", r"Reapers?", r"Mirages?", r"Harriers?",
)
#: Munitions a report names, as regex alternatives (case-sensitive).
MUNITIONS = (
    r"Kalibr(?:-NK)?", r"Kh-\d+\w*", r"KAB-\d+\w*", r"OFAB-\d+\w*", r"(?:GBU|AGM)-\d+\w*",
    r"Tomahawks?", r"Hellfires?", r"Storm Shadows?", r"cruise missiles?", r"bunker[- ]busters?",
    r"cluster (?:bombs|munitions)", r"barrel bombs?",
    # the war in Ukraine: "the shaheds arrived from Kursk", "Iskander-M", "Kinzhal", "ATACMS"
    r"[Ss]hahee?d(?:s|i)?", r"Calibres?", r"Geran-\d+\w*", r"Iskanders?(?:-M)?", r"Kinzhals?",
    r"ATACMS",
)
#: Platforms and weapons a claim names (its ``weapons`` column), kept as written.
WEAPONS = AIRCRAFT_TYPES + MUNITIONS

#: Columns of the mentions table and their pandas dtypes (see docs/claims-schema.md).
MENTION_COLUMNS = {
    "article_id": "string", "outlet": "string", "published": "string", "surface": "string",
    "char_start": "int64", "char_end": "int64", "sentence": "string", "qualifier": "string",
    "place_id": "string", "place_name": "string", "place_kind": "string", "match": "string",
    "score": "float64", "status": "string", "role": "string", "confidence": "float64",
    "role_cue": "string", "precision": "Int64", "uncertainty_km": "float64",
}

#: Columns of the claims table and their pandas dtypes (see docs/claims-schema.md).
CLAIM_COLUMNS = {
    "claim_id": "string", "article_id": "string", "outlet": "string", "outlet_how": "string",
    "published": "string", "published_how": "string", "url": "string",
    "place_id": "string", "place_name": "string", "place_kind": "string", "country": "string",
    "governorate": "string", "surface": "string", "status": "string", "match": "string",
    "resolution_score": "float64", "role": "string", "confidence": "float64",
    "role_cue": "string", "event_date": "string", "event_date_end": "string",
    "date_precision": "string", "date_text": "string", "claimant": "string",
    "claimant_how": "string", "target_group": "string", "sorties": "Int64", "strikes": "Int64",
    "targets": "Int64", "missiles": "Int64", "killed": "Int64", "weapons": "string",
    "where_prec": "Int64", "uncertainty_km": "float64", "quote": "string", "quotes": "string",
    "mention_count": "int64", "char_start": "int64", "char_end": "int64", "spans": "string",
}

# --- control comparison (geostrike/compare.py) -------------------------------------------------
#: An area claim is consistent when controllers compatible with the claimed group hold at least
#: this share of it, inconsistent below COMPARE_MIN_SHARE (contested areas counted with them).
COMPARE_CONSISTENT_SHARE = 0.8
COMPARE_MIN_SHARE = 0.05
#: Controllers holding less than this share of a point claim's uncertainty circle are ignored.
COMPARE_RADIUS_MIN_SHARE = 0.01
#: A control snapshot older than this many days at the claim's date is not used.
CONTROL_MAX_STALE_DAYS = 45

# --- where_prec: how precisely a claim's place is known (exports, map, comparison) ------------
#: UCDP GED ``where_prec`` codes in words (docs/claims-schema.md, the map's popups); the schema
#: accepts exactly these codes.
WHERE_PREC_NAMES = {
    1: "exact place", 2: "near a place", 3: "small region", 4: "governorate",
    5: "large region", 6: "country", 7: "sea or airspace",
}
WHERE_PREC_EXACT = 1
WHERE_PREC_NEAR = 2
WHERE_PREC_SMALL_REGION = 3
WHERE_PREC_GOVERNORATE = 4
WHERE_PREC_LARGE_REGION = 5
#: A country-level claim: listed in the map's legend, never drawn; indeterminate in the
#: control comparison.
WHERE_PREC_COUNTRY = 6
#: A sea or airspace claim: indeterminate in the control comparison.
WHERE_PREC_SEA = 7
#: Codes whose place is an area: a claim at one is exported as the place's gazetteer outline
#: where the gazetteer has one (the GeoPackage's ``area_claims`` layer).
WHERE_PREC_AREAS = frozenset({WHERE_PREC_SMALL_REGION, WHERE_PREC_GOVERNORATE,
                              WHERE_PREC_LARGE_REGION, WHERE_PREC_SEA})
#: ...drawn on the map as that outline (a sea or airspace claim keeps its dot and ring there).
WHERE_PREC_MAP_OUTLINES = WHERE_PREC_AREAS - {WHERE_PREC_SEA}
#: ...compared with control data as the share of the outline each controller holds (codes 1-3
#: are compared as a point with its ``uncertainty_km`` radius).
WHERE_PREC_AREA_SHARES = frozenset({WHERE_PREC_GOVERNORATE, WHERE_PREC_LARGE_REGION})
