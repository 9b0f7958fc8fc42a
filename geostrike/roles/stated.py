"""Roles a clause states outright, before any strike cue is weighed.

``_stated_role`` reads history ("Afghanistan in the 1980s"), rivers, base verbs ("stationed
at"), a launch or flight from the place ("fired from the Caspian Sea"), witnesses, the place
as an actor ("Russia said") and reference points ("50 km east of Aleppo"); it returns None
when the clause states none of these, and :mod:`geostrike.roles.struck` decides.
"""

from __future__ import annotations

import re

from geostrike import settings
from geostrike.dates import MONTHS, WEEKDAYS
from geostrike.names import (ARTICLE, BASE_WORDS, COMPASS, DEMONYM_WORD, GOV_WORDS, NAME_WORD,
                             TOWN_WORDS, has_any, word_regex)
from geostrike.roles.cues import (_AIRCRAFT, _BASE_AFTER_RE, _BASE_BEFORE_RE, _CIVIL_FLIGHTS_RE,
                                  _COUNTED_PLACES, _DEMONYM_END_RE, _FAR_PASSIVE_RE, _I,
                                  _MANNED_AIRCRAFT, _MILITARY_RE, _MUNITIONS, _PROJECTILES, _SHIPS,
                                  _STRIKE_NOUNS, _STRIKE_RE)
from geostrike.roles.clause import (_AIMED_AT, _CAPITALISED_RE, _Clause, _DISTANCE_FROM, _FLYER,
                                    _IN_BEFORE_RE, _LIST_ITEMS_RE, _PREPOSITION_END_RE,
                                    _RANGE_TO_RE, _SPEECH_VERB, _Verdict, _forces_moved,
                                    _last_words, _subject_before, _without_list_items)

# Civil aviation: a plane "flying from Sharm el-Sheikh" is no launch point.
_AVIATION_RE = word_regex(
    r"\b(?:airliner|airlines?|passengers?|plane crash|civilian plane|tourists?|"
    r"Airbus|Boeing|flight \d+)\b", _I)
# a military platform or what it fires: with "from" before a name, a launch
_PLATFORM_RE = word_regex(
    rf"\b(?:{_AIRCRAFT}|{_SHIPS}|{_MUNITIONS}|fighters?|sorties|artillery|mortars?|howitzers?|"
    # "launched an aerial act of aggression from the direction of the Golan"
    r"shell(?:s|ing|ed)?|aerial)\b", _I)
# attacks named as such, which come from somewhere
_ATTACKS = r"(?:(?:air|aerial|drone|missile|rocket)\s+)?(?:attacks?|strikes|barrages?|salvos?)"
_ATTACKS_RE = word_regex(rf"\b{_ATTACKS}\b", _I)
_ATTACK_ON_RE = word_regex(r"\b(?:attacks?|strikes?|raids?)\s+(?:on|against)\b", _I)
_ATTACK_FROM_RE = word_regex(
    rf"\b{_ATTACKS}"
    # ("the strikes came from the direction of the Mediterranean")
    # (a quotation may open before "from": 'strikes came "from the direction of')
    # ("the strikes originated from the direction of Beirut")
    r"\s+(?:came\s+[\"\u201c]?|originated\s+)?from\s+(?:the\s+)?"
    r"(?:direction\s+of\s+(?:the\s+)?)?$", _I)
# what a tail "... from (the) " that the patterns anchored there match ends in (as _ANTI_PRO_ENDS)
# ("from the direction of")
_FROM_ENDS = ("from", "the", "of")
# (not "fired rockets at civilians from the Gaza Strip": the fire came from there)
_PEOPLE_FROM_RE = word_regex(
    r"\b(?:(?<!at )(?<!on )(?<!against )(?:\d+\s+)?(?:martyrs|people|civilians|victims|residents|"
    r"refugees|children|families|women|men|dead|casualties|deaths|displaced|students|workers))"
    r"\s+from\s+(?:the\s+)?$", _I)
_SEA_ADJECTIVE_AFTER_RE = re.compile(r"\s+(?:port|ports|coast|coastal|city|town|island)\b", _I)
_COVERING_RE = word_regex(r"\b(?:cover\w*|report\w*|watch\w*|film\w*|describ\w*)\b", _I)
_IN_SEA_BEFORE_RE = word_regex(r"\b(?:in|from)\s+(?:the\s+)?(?:(?:eastern|western|northern|"
                               r"southern)\s+)?$", _I)
# "from which/where the U.S. says ...": a relative clause, the name is no origin; nor is a
# viewpoint ("Missile fire is seen from Damascus", "video from the Belaya Air Base attack")
_FROM_BEFORE_RE = re.compile(
    r"\b(?<!ranging )(?<!stretching )(?<!extending )(?<!varying )"
    r"(?<!seen )(?<!visible )(?<!watched )(?<!filmed )(?<!video )(?<!footage )"
    r"(?:from|(?:(?<=flying )|(?<=flew )|(?<=flown )|(?<=fly ))out\s+of)\s+(?!which\b|where\b)"
    # (the nearest "from": "launched from Primorsko-Akhtarsk in Russia and from Sevastopol";
    # not past an agent: "launched from the north and unquestionably sponsored by Iran")
    r"(?:(?!from\b)(?!(?:sponsored|backed|supported|funded|ordered|directed)\s+by\b)"
    # (nor past what was struck: "strikes were carried out from other means on Odesa and")
    r"(?!(?:on|onto|against|towards?)\s+(?-i:[A-Z]))"
    r"[\w'\u2019-]+\s+){0,8}$", _I)
_FELL_INTO_RE = word_regex(
    r"\b(?:land(?:ed|ing|s)?|f[ae]ll(?:s|ing)?|crash(?:ed|es|ing)?|splash(?:ed|es)?\s+down|"
    r"plunged?)\s+(?:\w+ly\s+)?(?:in|into)\s+(?:the\s+)?(?:\w+\s+){0,2}$", _I)
_CRASHED_IN_RE = word_regex(
    # (the noun is none: "bombed the area of the crash in Latakia")
    r"\b(?:crash(?:ed|es|ing)|(?<!the\s)(?<!a\s)(?<!plane\s)crash)\s+(?:\w+ly\s+)?(?:in|near)\s+"
    r"(?:the\s+)?"
    rf"(?:{COMPASS}(?:ern)?\s+)?(?:(?:parts?|areas?|outskirts)\s+of\s+(?:the\s+)?)?$", _I)
_LEFT_BASE_RE = word_regex(
    r"\b(?:left|leaving|departed(?:\s+from)?)\s+(?!at\b|in\b)(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,5}?$", _I)
# who left: aircraft, or "they" after them ("two jets flew ... when they left Akrotiri")
_FLIER_SUBJECT_RE = re.compile(rf"\b(?:{_AIRCRAFT}|fighters?|they)\s*$", _I)
# what a strike leaves a base in: "left the Shayrat air base heavily damaged"
_LEFT_STATE_RE = re.compile(
    rf"(?:\s+(?:{BASE_WORDS}|naval\s+base))?\s+(?:\w+ly\s+)?(?:damaged|destroyed|in\s+ruins|"
    r"without|unusable|out\s+of|ablaze|on\s+fire|crippled|inoperable)\b", _I)
_BASE_WORD_AFTER_RE = re.compile(
    rf"\s+(?:(?-i:[A-Z]{{2,4}})\s+)?(?:{BASE_WORDS}|naval\s+base)\b", _I)
_HOME_TO_BASES_RE = re.compile(
    r"\s+(?:(?:is|was|has\s+been|remains)\s+(?:also\s+)?home\s+to|"
    # "Mogadishu hosts Turkey's largest overseas base"
    r"(?:also\s+)?(?:hosts|hosted|houses|housed|has\s+long\s+hosted))\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:air\s*bases?|bases|base|airfields?|garrisons?|barracks)\b", _I)
# what a place serves as: "Nyala is an RSF stronghold and a base for its offensive on
# al-Fashir", "Raqqa was the main base of ISIS"
_IS_A_BASE_RE = re.compile(
    r"\s+(?:is|was|has\s+been|remains|became|serves\s+as|served\s+as)(?:\s+also)?"
    r"(?:\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+and)?"
    r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:base|staging\s+(?:ground|area|post))"
    r"(?=\s+(?:for|of|from)\b)", _I)
_STRIKE_ELSEWHERE_RE = re.compile(
    rf"\s+(?:on|against|in)\s+(?:the\s+)?(?:(?:{TOWN_WORDS}|{GOV_WORDS})\s+of\s+)?"
    rf"(?!(?:{'|'.join(WEEKDAYS)}|{MONTHS})\b)(?:{ARTICLE}-)?(?-i:[A-Z])", _I)
_LAUNCH_VERB_RE = word_regex(
    r"\b(?:fired|launched|flew|flown|flying|takes? off|took off|taken off|taking off|sortied|"
    r"missions?|sorties|"
    r"patroll(?:ed|ing)|"
    r"struck|carried out|"
    r"firing|launching|launch(?:es)?|bombers|missiles|fires?|shelled|shelling|scrambled|scrambling|"
    r"striking|originat(?:ing|ed|es?)|"
    # "Iran sent a military drone from one of its bases in Syria" (a platform in the clause)
    r"sent|dispatched|"
    # what came from there hit somewhere: "rockets from Syria pound a border town"
    r"hits?|pound(?:s|ed|ing)?|land(?:s|ed|ing)|rain(?:s|ed|ing)?)\b", _I)
_BASE_VERB_BEFORE_RE = word_regex(
    r"\b(?:operating|operate|operates|operated|based|stationed|deployed|moored|docked|anchored|"
    r"berthed|"
    # ground forces leave from a base, not a launch point (annotation rule 5)
    r"(?:advanc\w*|(?:offensive|assault|push|incursion)\s+(?:was\s+)?launched)(?=\s+from))\s+"
    r"(?:from|at|in|near|outside|around|close to|to)\s+(?:the\s+)?(?:\w+ern\s+)?"
    # ("advanced from the town of Maheen", "deployed in three regions - Latakia, ...")
    rf"(?:(?:town|city|village|port)\s+of\s+|{_COUNTED_PLACES})?"
    # through one other name that contains or lists with this one: "stationed near X in
    # (southern) Y", "deployed in X and Y", "deployed from the Arctic to the Mediterranean"
    rf"(?:(?:{ARTICLE}-)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
    r"(?:,|\s+(?:in|and|or|to))\s+(?:the\s+)?(?:\w+ern\s+)?)?$",
    _I)
# "missiles fired from Russian bombers at Kyiv": the place after "at" is the target (not after
# a runway: "took off from a runway at Dyess Air Force Base" is where it is)
_AIMED_AT_END_RE = re.compile(
    r"(?<!runway)(?<!runways)(?<!airstrip)(?<!tarmac)(?<!flight line)"
    r"\s(?:at|on|against|towards?)\s+(?:the\s+)?$", _I)
_LAUNCH_BLOCK_RE = word_regex(
    r"\b(?:struck|strikes?|hit|bomb\w*|raids?|target\w*|against|onto|into|"
    # "from the orchards on the town of X": X is where the fire landed
    r"on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:towns?|cit(?:y|ies)|villages?|districts?|"
    r"neighbou?rhoods?|areas?|positions)|"
    rf"{_AIMED_AT})\b", _I)
# people and civil bodies are "based" somewhere too; "base" is for forces
_CIVIL_BASED_RE = word_regex(
    r"\b(?:writer|journalist|author|analyst|correspondent|reporter|researcher|photographer|"
    r"academic|scholar|fellow|lawyer|consultant|organi[sz]ation|NGO|charity|project|company|"
    r"firm|think[ -]tank|newspaper|website|agency|sources?|monitor|observatory|"
    # groups and officials that "operate in" a country are no forces stationed there
    # "He was based in Qamishli": a person
    # ("terrorist outfits operating in Balochistan")
    r"group|outfit|officials|activist|(?-i:He|he|She|she))s?,?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:based|operat(?:e|es|ed|ing))\s+"
    r"(?:in|at)\s+(?:the\s+)?(?:\w+ern\s+)?$", _I)
_INSTEAD_FROM_RE = word_regex(
    r"\b(?:rather than|instead of|not)\s+from\s+(?:[\w'\u2019-]+\s+){0,3}$"
    # people and convoys moving from a place: "a convoy coming from Baaj", "fleeing from X"
    # (but "warplanes coming from Hama airport" is a launch: see _role)
    r"|\b(?:coming|came|heading|headed|travell?ing|moving|fleeing|fled|retreating|"
    r"withdrawing|returning|escaping|displaced)\s+from\s+(?:[\w'\u2019-]+\s+){0,3}$"
    # a trip home, a reporter's place: "bringing him home from New York", "said, reporting
    # from Tripoli" (not "rockets were reported from Belgorod", "fired back from Gaza")
    r"|\b(?:home|reporting|speaking|writing|broadcasting)\s+from\s+(?:[\w'\u2019-]+\s+){0,3}$"
    # what is asked or heard from a place: "approval from Iran", "reports from Aleppo"; whose
    # forces they are: "intercepts by forces from the United States, France and Jordan"
    r"|\b(?:approval|permission|consent|support|help|cooperation|assistance|request|calls?|"
    r"statements?|reports?|"
    r"information|intelligence|sources?|officials?|word|news|envoys?|delegations?|forces|"
    r"troops|soldiers|units|contingents?)"
    r"\s+from\s+(?:the\s+)?(?:[\w'\u2019-]+(?:,\s*|,?\s+and\s+)){0,4}$", _I)
# gate (names.has_any): every match of _INSTEAD_FROM_RE holds one of these words, lower-cased
_INSTEAD_FROM_GATE = (
    "rather than", "instead of", "not", "coming", "came", "heading", "headed", "travel", "moving",
    "fleeing", "fled", "retreating", "withdrawing", "returning", "escaping", "displaced", "home",
    "speaking", "writing", "broadcasting", "approval", "permission", "consent", "support", "help",
    "cooperation", "assistance",
    "request", "call", "statement", "report", "information", "intelligence", "source", "official",
    "word", "news", "envoy", "delegation", "forces", "troops", "soldiers", "units", "contingent")
# the verb itself says a weapon left from there, no platform needed: "we fired from the
# territory of the Caspian Sea"
_FIRED_FROM_RE = word_regex(
    r"\b(?:fired|launched|took off|taking off|taken off|takes off|"
    # "launching strike missions from the Mediterranean", "flying manned missions from X"
    r"(?:launch(?:es|ing)?|fl(?:y|ies|ying|ew|own)|conduct(?:s|ed|ing)?)(?=\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes|missions|sorties|raids)\s+from\b))\s+"
    # "launched Tomahawks from the Red Sea"
    r"(?:(?-i:[A-Z])?[\w-]+\s+){0,3}?from\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}$", _I)
# "off Syria's western coast", "off the coast of Latakia" (not "took off", "cut off")
# (the word before the look back, as in _STRIKE_RE: not seven look-behinds at every position)
_OFF_COAST_BEFORE_RE = re.compile(
    r"\boff(?<!took off)(?<!take off)(?<!taken off)(?<!taking off)(?<!cut off)(?<!sealed off)"
    r"(?<!fend off)\s+(?:the\s+)?(?:(?:\w+ern\s+)?coast\s+of\s+)?$", _I)
# aircraft back at their base after a mission (tests/gold/README.md, rule 5: "returned to"),
# "Tornado jets have been based on Cyprus"
_RETURNED_TO_RE = word_regex(
    r"\b(?:return(?:ed|ing|s)?|flew back|flown back|came back)\s+(?:\w+ly\s+)?(?:back\s+)?"
    r"(?:home\s+)?to\s+(?:the\s+)?(?:\w+ern\s+)?$"
    r"|\b(?:based|stationed)\s+on\s+(?:the\s+)?$", _I)
_ANTI_PRO_RE = re.compile(r"\b(?:anti|pro)-$", _I)
_ANTI_PRO_ENDS = ("anti-", "pro-")  # a tail it matches ends in one (lower-cased, rstripped)
_LANDED_AT_RE = word_regex(
    r"\b(?:landed|arrived|touched down)\s+(?:safely\s+)?(?:at|in)\s+(?:the\s+)?$", _I)
_AIRCRAFT_OR_MUNITION_RE = re.compile(
    rf"\b(?:(?P<aircraft>{_AIRCRAFT})|(?P<munition>{_MUNITIONS}|shells?|bombs?))\b", _I)
_GENERIC_AIRCRAFT_RE = word_regex(r"\b(?:planes?|aircraft|jets?)\b", _I)
# "the planes were returning from the militant-held city of Raqqa": where the mission went
_RETURNING_FROM_RE = word_regex(
    r"\b(?:return(?:ed|ing|s)?\s+(?:\w+ly\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|village|province|area)\s+of\s+(?:the\s+)?"
    # "returned from their first mission over Iraq"
    r"|(?:missions?|sorties?|raids?|strikes?)\s+(?:over|in|on|against)\s+(?:the\s+)?)?$)", _I)
# (not "warships based in the Caspian Sea fired missiles": a base, stated)
_IN_END_RE = re.compile(
    r"(?<!based )(?<!stationed )(?<!deployed )(?<!positioned )\b(?:in|inside)\s+(?:the\s+)?$", _I)
_AIR_DEFENCE_RE = word_regex(
    r"\b(?:air\s+defen[cs]es?|anti-?aircraft|Iron\s+Dome|interceptors?|intercept\w*|"
    r"Patriot|S-[234]00)\b", _I)
_FIRES_MUNITIONS_AFTER_RE = re.compile(
    r"\s*(?:(?:have|has|had|also|reportedly|again|then|repeatedly)\s+){0,2}"
    r"(?:launched|fired|launch|fire|launches|fires)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_PROJECTILES}|barrages?|salvos?)\b", _I)
_FIRED_BY_IN_RE = word_regex(
    rf"\b(?:{_PROJECTILES})\s+(?:(?:were|was|being)\s+)?(?:launched|fired)"
    # (the words name who fired, no more: "fired by jets landed in Kilis", "fired by Hamas at
    # communities in Israel", "fired by Hamas killed a man in Ashkelon" are where they fell)
    r"\s+by\s+(?:(?!(?:at|on|to|toward|towards|against|into|onto|over|near|hit|struck|fell|"
    r"slammed)\b)(?!(?!armed\b)[a-z]+ed\b)[\w-]+\s+){1,4}?in\s+(?:the\s+)?$", _I)
# "launch bases further afield in the Middle East", "launch sites in Iran"
_LAUNCH_SITE_RE = word_regex(
    r"\b(?:launch(?:ing)?\s+(?:bases?|sites?|pads?|points?|areas?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|at|near|inside)\s+(?:the\s+)?(?:\w+ern\s+)?$)", _I)
# "the UAE sent six of its F-16 fighters to Jordan", "redeployed the submarine to the Black
# Sea": forces moved to a place are stationed there
_SENT_TO_RE = word_regex(
    r"\b(?:sent|sends|send|sending|moved|moves|moving|deployed|deploys|deploying|dispatched|"
    r"dispatches|redeployed|relocated|relocating|repositioned|transferred|deployments?\s+of)\s+"
    # (what is sent, up to where it goes: not past it, "relocating to Novorossiysk in the face
    # of threats to Sevastopol")
    r"(?P<what>(?:(?!(?:to|into)\s)[\w'\u2019-]+\s+){0,8}?)"
    r"(?:from\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:to|into)\s+(?:the\s+)?"
    # "into northwest Syria's Idlib province", "to the Turkish province of Hatay", "to the port
    # of Feodosia"
    rf"(?:(?:\w+ern|{COMPASS})\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+['\u2019]s\s+)?"
    rf"(?:(?:(?-i:[A-Z])[\w-]+\s+)?(?:{GOV_WORDS}|region|{TOWN_WORDS}|port)\s+of\s+)?$", _I)
# gate (names.has_any): every match of _SENT_TO_RE holds one of these words, lower-cased
_SENT_TO_GATE = ("sent", "send", "moved", "moves", "moving", "deploy", "dispatch", "relocat",
                 "repositioned", "transferred")
# ... a plan to send them is no base yet: "preparations to send ground troops to Yemen"
_PLANNED_END_RE = re.compile(r"\b(?:to|will|would|could|might|may|shall)\s+(?:be\s+)?$", _I)
# "ships have been moved out of Sevastopol", "moved its warships from annexed Crimea": where
# forces were stationed before
_MOVED_FROM_RE = word_regex(
    r"\b(?:moved|relocated|redeployed|withdrawn|withdrew|pulled)\s+(?P<what>(?:[\w'\u2019-]+\s+)"
    r"{0,8}?)(?:out\s+of|from)\s+(?:the\s+)?(?:(?:annexed|occupied)\s+)?(?:port\s+of\s+)?$", _I)
_TOOK_OFF_IN_RE = word_regex(
    r"\b(?:took|take|takes|taking|taken)\s+off\s+(?:in|at)\s+(?:the\s+)?$", _I)
# "officials said the attacks originated in south-western Iran": where they were launched
_ORIGINATED_IN_RE = word_regex(
    r"\b(?:originat(?:ed|ing|es?))\s+(?:in|inside|within)\s+(?:the\s+)?(?:[\w-]+ern\s+)?$", _I)
_ORIGINATED_IN_ENDS = ("in", "inside", "within", "the", "ern")  # (as _ANTI_PRO_ENDS)
# fire that comes from somewhere: "the shelling was coming from the heights of Shushi"
_GUNFIRE_RE = word_regex(r"\b(?:shelling|shells|artillery|mortars?|gunfire|fire|barrages?)\b", _I)
# aircraft by any word for them ("fighters"), and with what they fire
_AIRCRAFT_WORDS = rf"{_AIRCRAFT}|fighters?"
_AIRCRAFT_RE = word_regex(rf"\b(?:{_AIRCRAFT_WORDS})\b", _I)
_FLIER_RE = word_regex(rf"\b(?:{_AIRCRAFT_WORDS}|missiles?|rockets?)\b", _I)
# "aircraft from the US led coalition": the country leads those the aircraft come from
_LED_AFTER_RE = re.compile(r"[ \u00a0]*-?[ \u00a0]*(?:led|backed)\b", _I)
# a country the text holds responsible: "claiming Israel was “likely responsible”" (not "the
# strike on Kramatorsk was responsible for most deaths")
_RESPONSIBLE_RE = re.compile(
    r"\s+(?:is|was|were|are)\s+(?:(?-i:[a-z]+ly)\s+)?[\"\u201c']?(?:(?-i:[a-z]+ly)\s+)?"
    r"responsible\b", _I)
# a bearing off a place: "west of Kassala", "north of the city of" (not "the north of X", "in
# the far north of X": a part of X)
_COMPASS_OF = rf"\b{COMPASS}(?:ern)?\s+of\s+(?:the\s+)?"
_BEARING_OF = rf"(?<!the )(?<!the far )(?<!the extreme ){_COMPASS_OF}"
# "heard explosions from anti-aircraft missiles west of Kassala": a bearing from the place,
# which is no origin (tests/gold/README.md rule 3); "from the north of Tripoli" off a city
_FROM_BEARING_RE = re.compile(rf"{_BEARING_OF}$", _I)
# ... or before "from": "destroyed a missile northeast from its capital Riyadh"
_BEARING_END_RE = re.compile(rf"\b{COMPASS}(?:ern|wards?)?\s+$", _I)
_FROM_PART_RE = re.compile(rf"from\s+the\s+(?:far\s+|extreme\s+)?{COMPASS}\s+of\s+(?:the\s+)?$",
                           _I)
# "fire at the Armenian positions from artillery ... in the direction of Goris": what fired,
# no place it fired from
_FROM_WEAPONS_RE = re.compile(
    r"from\s+(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|howitzers?|tanks?|firearms|guns|weapons|"
    r"rocket\s+launchers?|launchers?|drones?|helicopters?)\b", _I)
# (weapons that stand somewhere are an origin: "fired from artillery positions near Belgorod",
# "rebel mortars in Jobar"; "in the direction of" is none)
_WEAPONS_AT_RE = re.compile(r"\b(?:in(?!\s+the\s+direction)|near|at|outside|around)\s", _I)
# "targeting almost all regions of the country, from Kharkiv and Dnipro to Odesa": a range
# in apposition, no origin
_COMMA_END_RE = re.compile(r",\s*$")
_USED_BY_FORCES_RE = re.compile(
    r"(?P<field>\s+(?:international\s+)?(?:air\s?port|air\s?base|air\s?field|base|port))?\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?-i:[a-z]+ly)\s+)?used\s+by\s+"
    r"(?:both\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:air\s+forces?|military|army|armed\s+forces|"
    r"forces|navy|troops|peacekeep\w*)\b", _I)
_DEPLOYED_FROM_RE = re.compile(r"deployed\s+from\s+(?:the\s+)?$", _I)
# ("Su-34 jets, deployed from Voronezh to Hmeimim last month, have struck": moved, no launch)
_TO_PLACE_AFTER_RE = re.compile(r"\s*,?\s+to\s+(?:the\s+)?(?-i:[A-Z])", _I)
_ARRIVED_FROM_RE = word_regex(r"\b(?:arriv(?:ed|es|ing|e)\s+from)\b", _I)
_FLYING_RE = word_regex(rf"\b{_FLYER}\b", _I)
_AIRCRAFT_END_RE = re.compile(rf"\b(?:{_MANNED_AIRCRAFT}|fighters?)\s+$", _I)
# a munition named by where it came from, in a clause on its end: "Missile from Yemen
# intercepted over Red Sea"
_MUNITION_END_RE = re.compile(rf"\b(?:{_PROJECTILES}|UAVs?)\s+$", _I)
_MUNITION_FATE_RE = word_regex(
    r"\b(?:intercept(?:ed|s|ing)?|shot\s+down|downed|hit|struck|landed|fell|exploded|"
    r"impacted)\b", _I)
# what a supplier did: "Ukraine received from the United States missiles", "drones obtained
# from the UAE"
_SUPPLY_VERBS = (r"received|receives|obtained|bought|acquired|purchased|imported|supplied|"
                 r"donated|delivered")
# the verb right before "from" (not "Iranian-supplied drones launched from Yemen")
_SUPPLIER_FROM = rf"(?<![\w-])(?:{_SUPPLY_VERBS})\s+(?:(?:\w+ly|directly)\s+)?"
_SUPPLIED_FROM_RE = re.compile(rf"{_SUPPLIER_FROM}$", _I)
_SUPPLIED_FROM_NAME_RE = re.compile(rf"{_SUPPLIER_FROM}from\s+(?:the\s+)?$", _I)
# aircraft from a country that supplied them: "used F-16 jets from Denmark"
_SUPPLIED_RE = word_regex(rf"\b(?:{_SUPPLY_VERBS}|supplies|provided|transferred)\b", _I)
# a verb of using before a country and its base ("Russia uses Iran base")
_USES_END_RE = re.compile(r"\b(?:use[sd]?|using)\s+(?:the\s+|an?\s+)?$", _I)
_AGENT_AFTER_RE = re.compile(
    # a possessive makes the name an actor before an institution or a force ("Russia's
    # Defence Ministry", "Russia's air strikes"), not before a part of it ("Syria's Afrin region")
    # ("Iran's IRNA news agency": an acronym may stand before the institution)
    # ("Saudi Arabia's state-run Al-Ekhbariya TV channel": a hyphenated name before it)
    r"^(?:['\u2019]s\s+(?:[a-z-]+\s+)?(?:(?-i:[A-Z])[A-Za-z-]+\s+)*"
    r"(?:Foreign|Defen[cs]e|President|Prime|"
    # (not "Iran's Hamadan air base", "Russia's naval facility": a place)
    r"Minister|Ministry|government|army|military|forces?|"
    r"air(?![\s-]*(?:base|field|port|strip)s?\b)|"
    r"naval(?!\s+(?:base|facility|station|port)s?\b)|navy|officials?|leader|leadership|"
    # "the headquarters of Russia's Black Sea fleet": its owner
    r"fleets?|flotillas?|"
    # "Iran's Revolutionary Guard": the state's own force ("targeting Yemen's Houthi rebels"
    # still strikes Yemen)
    r"Guards?|Corps|"
    r"envoy|ambassador|intelligence|security|regime|campaign|strikes?|jets|warplanes|aircraft|"
    # "Kills Iran's General Qassem Soleimani": the state's officer
    r"(?-i:General)|commanders?|"
    r"bombers|response|allies|ally|troops|defen[cs]e|president|foreign|Federal|"
    r"(?:news\s+)?agency|media|television|TV|"
    # "in response to Israel's destruction of a high-rise building in Gaza"
    r"destruction|bombing|bombardment|shelling|invasion|occupation|"
    # "launched during Iran's retaliatory operation", "Israel's attack on Iran"
    r"operations?|offensive|attacks?|retaliation|air\s?strikes?|"
    # "the attack was in Russia's interest"
    r"interests?)\b|"
    r"\s+(?:government|regime|authorities|officials|has said|"
    # "which Riyadh usually says it intercepts", "Moscow later said"
    r"(?:(?:(?-i:[a-z]+ly)|later|also|often|again)\s+)?(?:says|said)|"
    # "UAE state media reported", "Syrian state TV"
    r"(?:state(?:-run)?\s+)?(?:media|news\s+agency|television|TV)\b|"
    # ("Ankara quickly blamed the PKK"; not the participles of "strike on Idlib condemned by
    # the UN", "bombing in Ankara blamed on militants")
    # (a headline's present: "Israeli Jets Attack Near Damascus, Syria Confirms")
    r"(?:(?:(?-i:[a-z]+ly)|also)\s+)?(?:insist(?:ed|s)|confirm(?:ed|s)|accuse[ds]|claim(?:ed|s)|"
    r"denie[ds]|announce[ds]|blame[ds]|condemn(?:ed|s)|vow(?:ed|s)|retaliate[ds])"
    # ("strikes on Rafah also claimed the lives of 12 children")
    r"(?!\s+(?:by|on|as|the\s+lives?|lives|\d[\d,]*\s+lives)\b)|calls|called|describes|described|"
    r"considers|labels|dubbed)|"
    # "attacks that Saudi Arabia and the US both blamed on Iran": "both" makes it active
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)?"
    r"\s+(?:both|jointly)\s+(?:blamed|accused|condemned|denied)\b|"
    # "the U.S.-led coalition", "Russian-backed forces", "Iran-affiliated militias", a scraped
    # "USA -led coalition" (not "-based": "Raqqa-based militants" are where they were struck)
    r"[ \u00a0]?-(?:led|backed|supported|sponsored|affiliated|aligned|allied|linked|funded|"
    r"trained|armed)\b|"
    # "attacks on US- and UK-registered ships": whose the ships are; "U.S.-made F-14s",
    # "Iranian-made drones": where the weapon was made
    r"-?(?:\s+(?:and|or)\s+[\w.]+)?-(?:registered|flagged|owned|operated|made|built|"
    r"supplied|designed|manufactured)\b)", _I)
# "the Britain-based monitor": a country where an organisation sits ("Raqqa-based militants"
# are where they were struck)
_BASED_RE = re.compile(r"-based\b", _I)
_TIME_ZONE_AFTER_RE = re.compile(r"\s+time\b")
_CLOCK_END_RE = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|hrs|hours)?\s+$", _I)
# a strike verb with its object to come: "targeted Pakistan's military centers"
_STRIKE_VERB_END_RE = word_regex(
    r"\b(?:target(?:ed|ing|s)?|struck|strik(?:es|ing)|hit(?:s|ting)?|bomb(?:s|ed|ing)|"
    r"attack(?:s|ed|ing)|shell(?:s|ed|ing)|pound(?:s|ed|ing)|raid(?:s|ed|ing)|"
    # "destroyed nearly half of Syria's air defense systems"
    r"destroy(?:s|ed|ing)|damag(?:es|ed|ing))\s+"
    r"(?:(?:(?:nearly|almost|about|over|more\s+than)\s+)?(?:half|most|much|all|some|part|"
    r"many|several)\s+of\s+)?(?:the\s+)?$", _I)
_BASED_INSTITUTION_RE = re.compile(
    r"-based\s+(?:[\w-]+\s+){0,2}?(?:government|monitor|observatory|organi[sz]ations?|"
    r"agency|outlet|newspaper|daily|channel|broadcaster|think[- ]tank|NGO|charity|company|"
    r"firm|council|administration|authorities|network|website)\b", _I)
_BASED_PLATFORM_RE = re.compile(
    rf"-based\s+(?:[\w-]+\s+){{0,2}}?(?:{_AIRCRAFT}|{_SHIPS}|drones?|UAVs?|squadrons?|"
    r"fleets?|flotillas?)\b", _I)
_FLED_TO_END_RE = re.compile(
    r"\b(?:fled|flee(?:s|ing)?|escaped|escaping)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|towards?|into|across)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|\w+ern)\s+)?$", _I)
# (as _ANTI_PRO_ENDS)
_FLED_TO_END_ENDS = ("to", "toward", "towards", "into", "across", "the", "ern", "neighboring",
                     "neighbouring", "nearby")
# a war named after its country: "Syria's civil war", "Sudan's nearly 30-month war" (not
# "Syria's war-torn north")
_WAR_NAME_AFTER_RE = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|uprising|revolution|crisis)\b(?!-)", _I)
# what a large city has only as a government: "Ankara's strikes", "Moscow's response" (not
# "Aleppo's military academy", "Damascus's air defences": places in the city)
_ACTOR_POSSESSION_RE = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:air\s?strikes|strikes?|campaign|response|allies|ally|"
    r"government|regime|retaliation|leaders?|president|foreign|envoy|ambassador)\b", _I)
# a country name used as an adjective before people or forces of that country
_COUNTRY_MODIFIER_RE = re.compile(
    # "US and coalition forces", "a US civilian contractor", "the US Consulate"
    r"\s+(?:(?:and|&)\s+(?:coalition|allied|partner|NATO)\s+)?"
    # ("a US defense official said")
    r"(?:(?:civilian|private|government|security|naval|air|defen[cs]e|intelligence|"
    r"administration|special(?:\s+operations?)?)\s+)?"
    r"(?:consulates?|embass(?:y|ies)|contractors?|soldiers?|servicem[ae]n|service\b|"
    r"troops|citizens?|nationals?|interests|allies|"
    r"diplomats?|personnel|journalists?|pilots?|advis[eo]rs?|(?:special )?forces|warplanes|"
    r"jets|drones?|military|army|navy|officials?|authorities|commanders?|ships|warships|"
    r"vessels|bases?|(?:aircraft\s+)?carriers?|destroyers?|frigates?|"
    # "the U.S. Africa Command"
    r"(?:(?-i:[A-Z])[a-z]+\s+)?(?-i:Command))\b", _I)
# "killed in US airstrikes in Deir Ezzor", "the U.S. airstrike on the crossing", "US strikes
# on Monday near Raqqa": a country before the strikes it makes, with a preposition after them.
# It cannot tell "Syria strikes near Raqqa" (strikes in Syria) apart: there, too, the country
# is other. Without a preposition ("the Iraq strikes hit") the adjunct rule decides.
# ("US and British strikes on Yemen": a coordinated attacker)
_ATTACKS_BY = (r"(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w.-]*)?"
               rf"\s+(?:(?:air|aerial|drone|missile|rocket|naval)\s+)?(?:{_STRIKE_NOUNS}|attacks?)")
_ATTACKER_RE = re.compile(_ATTACKS_BY + r"\s+(?:in|on|near|against|targeting|at)\b", _I)
# "killed in U.S. strikes that ...", "the overnight US airstrikes.": a country written as its
# initials is an adjective (as a demonym is), and before strikes it names who made them,
# whatever follows; a name ("Iraq strikes hit") may be where they fell
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_INITIALS_ATTACKER_RE = re.compile(_ATTACKS_BY + r"\b", _I)
# people who see what happens where they are, and people who speak for others
_WITNESS_NOUNS = (r"residents?|inhabitants|locals?|(?:eye)?witness(?:es)?|activists?|doctors?|"
                  # officials or sources named local speak of their own place as residents do
                  r"medics?|rescuers?|local\s+(?:media|officials?|sources?|authorities)")
_SPEAKER_NOUNS = (_WITNESS_NOUNS + r"|officials?|spokes(?:man|woman|person)|sources?|"
                  r"journalists?|correspondents?|reporters?|commanders?")
_WITNESS_BEFORE_RE = word_regex(
    rf"\b(?:{_WITNESS_NOUNS})\s+(?:of|in)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    _I)
_WITNESS_BEFORE_ENDS = ("of", "in", "the")  # (as _ANTI_PRO_ENDS)
_WITNESS_SAID_RE = re.compile(
    r"\s+(?:[\w,-]+\s+){0,5}?(?:said|say|says|told|reported|heard)\b", _I)
# what witnesses hear or report where they are: "Local media in Belgorod reported explosions"
_EXPLOSIONS_RE = word_regex(r"\b(?:explosions?|blasts?)\b", _I)
_HARM = r"wounded|injured|dead|casualties"
_DAMAGE_RE = word_regex(rf"\b(?:damaged|{_HARM})\b", _I)
# "X, Syria's second city": the country only describes the place named before it
_APPOSITIVE_RE = re.compile(
    r"['\u2019]s\s+(?:[a-z]+est|second|third|main|former|old|ancient|de facto)\b", _I)
_REFERENCE_BEFORE_RE = re.compile(
    # "east of X" places something by X ("to the east of X" is a bearing again)
    # ("several kilometres north of the LNA-controlled Jufra airbase")
    rf"(?:{_BEARING_OF}|(?<=to the ){_COMPASS_OF}|(?<=to the far ){_COMPASS_OF})"
    r"(?:[\w-]+-(?:controlled|held|run|occupied)\s+)?"
    # "west of the cities of Khan Younis and Rafah": a plural head reaches over the list
    # ("south of the western province of Hodeidah")
    rf"(?:(?:city|town|village)\s+of\s+|(?:cities|towns|villages)\s+of\s+"
    rf"(?:{NAME_WORD}(?:\s+{NAME_WORD})?,?\s+and\s+)?"
    rf"|(?:{COMPASS}(?:ern)?\s+)?(?:{GOV_WORDS}|region)\s+of\s+)?$"
    r"|\b(?:road|highway|route|motorway)\s+(?:\w+\s+){0,2}?"
    r"(?:to|towards?|into|from|linking|between)\s+"
    # ("a highway between Masyaf and the town of Wadi al-Uyun"; "the road towards central
    # Damascus")
    rf"(?:the\s+)?(?:{NAME_WORD}\s+and\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)?"
    r"(?:central\s+)?$"
    # ("the border between Iraq's Kurdistan region and Turkey": both ends, each up to three
    # words)
    rf"|\b(?:linking|connecting|between)\s+(?:{NAME_WORD}\s+and\s+)?$"
    rf"|\b(?:border|frontier|boundary|line|crossing)s?\s+between\s+(?:the\s+)?"
    rf"(?:(?:(?:{NAME_WORD}|regions?|{GOV_WORDS})\s+){{1,3}}and\s+(?:the\s+)?)?"
    rf"(?:{NAME_WORD}['\u2019]s\s+)?$"
    # "Khost and Paktika provinces bordering Pakistan"
    # ("the Bekaa Valley, which borders Syria")
    r"|\b(?:bordering|(?:which|that)\s+borders?)\s+(?:on\s+)?(?:the\s+)?$"
    # "Belaya, which is closer to Japan than Ukraine": a measure
    r"|\b(?:closer|nearer)\s+to\s+(?:the\s+)?"
    rf"(?:(?:{NAME_WORD}\s+){{1,3}}than\s+(?:the\s+)?)?$", _I)
# ("some 15 kilometres (nine miles) from the town of Batroun": the aside is blanked)
_DISTANCE_FROM_RE = re.compile(
    rf"{_DISTANCE_FROM}\s+(?:the\s+)?(?:{TOWN_WORDS}\s+of\s+)?$", _I)
_DISTANCE_FROM_ENDS = ("from", "the", "of")
# (as _ANTI_PRO_ENDS)
_REFERENCE_BEFORE_ENDS = ("of", "the", "and", "to", "toward", "towards", "central", "from",
                          "linking", "connecting", "between",
                          "'s", "\u2019s", "bordering", "borders", "border", "on", "controlled",
                          "held", "run", "occupied", "than")
# (not what the place went through: "the heaviest strikes that Sanaa has endured")
_ACTIVE_SUBJECT_RE = re.compile(
    r"^\s+(?:has|have|had|will|would)\s+"
    r"(?!been\b|endured|suffered|witnessed|seen|experienced|faced|undergone)\w+", _I)
_SPEAKER_IN_RE = word_regex(rf"\b(?:{_SPEAKER_NOUNS})\s+(?:based\s+)?in\s+(?:the\s+)?$", _I)
_SPEAKER_IN_ENDS = ("in", "the")  # (as _ANTI_PRO_ENDS)
# an office named after its place, that speaks: "..., the operational headquarters of Russia's
# Krasnodar region said", "the governor of Homs, Talal Barazi, said", "the head of the Lviv
# region reported"
_OFFICE_OF_RE = word_regex(
    r"\b(?:governor|head|mayor|chief|administration|authorities|headquarters|HQ|ministry|"
    r"council|police|emergency\s+services?)\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?$", _I)
_OFFICE_GATE = ("governor", "head", "mayor", "chief", "administration", "authorities", "hq",
                "ministry", "council", "police", "emergency service")
_OFFICE_SAID_RE = re.compile(
    r"(?:['\u2019]s\s+[\w-]+)?(?:\s+(?:region|oblast|province|governorate|city|district))?"
    r"(?:\s*,[^,.;:]{1,40},)?\s+(?:(?:has|have|had)\s+)?(?:said|says|told|reported|confirmed|"
    r"announced|wrote|added|describ(?:ed|ing))\b", _I)
# the words for siding with or against someone: "ties to", "loyal to", "opposed to"
_ALLEGIANCE = r"(?:ties|links|linked|loyal|allied|aligned|affiliated|opposed|hostile)"
_AGENT_BEFORE_RE = word_regex(
    # "a militia which has close ties to Iran", "groups loyal to Turkey"
    rf"\b(?:by|along with|with|(?:{_ALLEGIANCE}|attributed)\s+to)\s+(?:the\s+)?$", _I)
# "a militant group opposed to Tehran", "fighters loyal to Damascus": a capital that stands for
# its government, as the one a group sides with or against
_ALLEGIANCE_BEFORE_RE = word_regex(rf"\b{_ALLEGIANCE}\s+to\s+$", _I)
_ALLEGIANCE_BEFORE_ENDS = ("to",)  # (as _ANTI_PRO_ENDS)
# "the President of Afghanistan", "the Government of Iraq", "the embassy of Iran"
_TITLE_OF_RE = word_regex(
    r"\b(?:president|prime\s+minister|(?:foreign|defen[cs]e)\s+minister|king|emir|"
    r"government|ministry|embassy|ambassador)\s+of\s+(?:the\s+)?$", _I)
_TITLE_OF_ENDS = ("of", "the")  # (as _ANTI_PRO_ENDS)
# "the missile attack of Armenia against civilians": the attack's maker
_ATTACK_OF_RE = word_regex(r"\b(?:attacks?|aggression|strikes?|shelling)\s+of\s+$", _I)
_AGAINST_AFTER_RE = re.compile(
    rf"\s+(?:against|on(?!\s+(?:the\s+)?(?:\d|{'|'.join(WEEKDAYS)}|{MONTHS}|"
    r"morning|night|evening|afternoon|weekend|day|Christmas|New Year)))\b", _I)
_GOVERNMENT_IN_RE = word_regex(
    r"\b(?:government|authorities|regime|leadership|rulers)\s+in\s+$", _I)
_GOVERNMENT_IN_ENDS = ("in",)  # (as _ANTI_PRO_ENDS)
_DIRECTIONS_AFTER_RE = re.compile(
    rf"(?:\s*,\s*{NAME_WORD}(?:\s+{NAME_WORD})?)*(?:,?\s+(?:and|or)\s+{NAME_WORD}"
    rf"(?:\s+{NAME_WORD})?)?\s+directions?\b")
# "a request by Damascus" (not "hit by", "passed by", "surrounded by": a passive's agent
# before a capital is its government only after a noun)
_BY_ACTOR_RE = word_regex(r"\b(?:request|invitation|decision|statement|order|demand)s?\s+by\s+$",
                          _I)
_BY_ACTOR_ENDS = ("by",)  # (as _ANTI_PRO_ENDS)
# a speaker's verb right after the name ("..., the United States said")
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?" + _SPEECH_VERB, _I)
# "from the DAESH-controlled area in Syria", "from the Iranian controlled T-4 base": who holds
# a place names no other origin
_HELD_BY_RE = re.compile(
    r"(?:\S+-|(?-i:[A-Z])[\w'\u2019]+\s+)(?:controlled|held|backed|led|run|occupied)\b", _I)
# "from Russia's Khmeimim airbase": the possessor is not the origin, the name after it is
_POSSESSOR_RE = re.compile(rf"\b{NAME_WORD}['\u2019]s\s+")
_POSSESSED_AFTER_RE = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}[A-Z]")
# "came from Russia's fleet in the Caspian Sea": the owner of what fired, no origin
_POSSESSED_PLATFORM_AFTER_RE = re.compile(
    rf"['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_SHIPS}|subs?|{_AIRCRAFT})\b", _I)
_ROAD_AFTER_RE = re.compile(
    rf"^([-\u2013]{NAME_WORD}(?:\s+{NAME_WORD})*)?\s+(?:highway|road|motorway)\b", _I)
_BORDER_AFTER_RE = re.compile(r"['\u2019]s\s+(?:\w+ern\s+)?borders?\b", _I)
# a line that divides two sides: "the Line of Control", "the Blue Line", "the line of contact"
_LINE_NAME_RE = re.compile(r"\b(?:line|border|frontier)\b", _I)
_ACROSS_END_RE = re.compile(r"\bacross\s+(?:the\s+)?$", _I)


_BANNED_IN_END_RE = word_regex(
    r"\b(?:banned|outlawed|prohibited|proscribed|illegal)\s+(?:(?:in|by)\s+)+(?:the\s+)?$", _I)
_BANNED_IN_END_ENDS = ("in", "by", "the")  # (as _ANTI_PRO_ENDS)
_SOURCE_AFTER_COLON_RE = re.compile(
    r"\b(?:in|near|on|at|over)\s+(?:the\s+)?(?-i:[A-Z])[^:]*:\s*$", _I)
_YEAR_BEFORE_RE = re.compile(r"\b(?:19|20)\d\d\s+$")
_BOUND_MUNITION_AFTER_RE = re.compile(
    rf"-bound\s+(?:[\w-]+\s+){{0,2}}?(?:{_PROJECTILES}|UAVs?|aerial\s+targets?)\b", _I)
# (and "a full-scale West Asia war", "a wider Lebanon conflict")
_THE_END_RE = re.compile(r"\b(?:the|a|an)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", _I)
_WAR_AFTER_RE = re.compile(r"\s+(?:war|conflict|civil war)\b(?!\s+zones?\b)", _I)
# the other end of a hyphened pair of names: "the Beirut-Damascus highway", "the Hamas-Israel
# war"
_PAIR_BEFORE_RE = re.compile(rf"\b{NAME_WORD}[-\u2013]$")
_PAIR_BEFORE_ENDS = ("-", "\u2013")  # (as _ANTI_PRO_ENDS)
_PAIR_AFTER_RE = re.compile(rf"[-\u2013]{NAME_WORD}")
_EVENT_AFTER_RE = re.compile(
    r"\s+(?:war|conflict|crisis|invasion|uprising|revolution|protests?|earthquake|elections?)\b",
    _I)
_RELATIVE_WORD_RE = re.compile(r"\b(?:which|who|whom|whose|when|where)\b", _I)
_HISTORY_RE = word_regex(r"\b(?:in the (?:19|20)\d0s|in (?:19\d\d|200\d))\b", _I)


# the ship something came from, right before what says where it is ("from a submarine")
_FROM_SHIP_END_RE = re.compile(
    rf"\bfrom\s+(?:an?|the|its|their)\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_SHIPS})\s*,?\s*$", _I)


def _stated_role(c: _Clause) -> tuple[str, float, str] | _Verdict | None:
    """A role the clause states outright: history, a river, a base verb, a launch from the
    place, witnesses, the place as an actor, a reference point; None when it states none."""
    before, after, clause, kind = c.before, c.after, c.clause, c.kind
    tail, low_tail = c.tail, c.low_tail
    # the word the tail ends in, where the patterns anchored at the name (...$) end: tested
    # first, it spares searching the tail from each of its positions
    low_end = low_tail.rstrip()
    # (the gates the origin rules share, tested once)
    has_from, has_off = has_any(low_tail, ("from",)), has_any(low_tail, ("off",))
    mention = c.mention
    if has_any(clause, ("19", "20")) and (m := _HISTORY_RE.search(clause)) \
            and not _RELATIVE_WORD_RE.search(clause, len(c.before) + len(mention.surface),
                                              m.start()):
        # (not a date in a relative clause on what is named: "launched from the Akrotiri
        # airbase, which Britain kept when it granted Cyprus independence in 1960")
        return "other", 0.7, m.group()
    # "the terrorist group Islamic State, outlawed in Russia": where a group is banned
    if low_end.endswith(_BANNED_IN_END_ENDS) and (m := _BANNED_IN_END_RE.search(tail)):
        return "other", 0.7, m.group().strip()
    # "Russia carries out airstrike near Homs in Syria: US": a headline's source after a colon
    # at its end, once the headline has said where (not "Cities hit overnight: Kyiv")
    if kind == "country" and not after.strip() and low_end.endswith(":") \
            and (m := _SOURCE_AFTER_COLON_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "during the 2014 Gaza War", "the 2003 Iraq invasion": the name of a past event
    if (e := _EVENT_AFTER_RE.match(after)) and (m := _YEAR_BEFORE_RE.search(tail)):
        return "other", 0.7, (m.group() + c.mention.surface + e.group()).strip()
    # "killed in the Yemen conflict": the war named after the place
    if (e := _WAR_AFTER_RE.match(after)) and (t := _THE_END_RE.search(tail)):
        return "other", 0.7, (t.group() + c.mention.surface + e.group()).strip()
    # "since the onset of the Hamas-Israel war", "the Israel-Hezbollah conflict": two sides
    # name a war
    side_before = _PAIR_BEFORE_RE.search(tail) if low_end.endswith(_PAIR_BEFORE_ENDS) else None
    side_after = _PAIR_AFTER_RE.match(after)
    if (side_before or side_after) \
            and (e := _EVENT_AFTER_RE.match(after, side_after.end() if side_after else 0)):
        return "other", 0.7, after[:e.end()] if side_after else \
            side_before.group() + c.mention.surface + e.group()
    # "missiles received from Iran": a supplier, whatever the missiles did next
    if has_from and low_end.endswith(_FROM_ENDS) and (m := _SUPPLIED_FROM_NAME_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "a village 20 miles from Aleppo", "a stronghold about 100km from the Israel-Lebanon
    # border": a distance measured from the place
    if has_from and low_end.endswith(_DISTANCE_FROM_ENDS) and (m := _DISTANCE_FROM_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "downs Eilat-bound UAV": what a munition is bound for is its target (not "Israel-bound
    # ships": a ship's port of call)
    if m := _BOUND_MUNITION_AFTER_RE.match(after):
        return "strike_target", 0.7, m.group().strip()
    # "anti-Iran terrorists", "pro-Turkey rebels": the name is part of an adjective
    if low_end.endswith(_ANTI_PRO_ENDS) and (m := _ANTI_PRO_RE.search(tail)):
        return "other", 0.7, m.group()
    # "near the Red Sea port of Mocha", "the Mediterranean coast": the sea names another place
    if kind == "sea" and (m := _SEA_ADJECTIVE_AFTER_RE.match(after)):
        return "other", 0.6, m.group().strip()
    # a river only locates what happens on its banks (tests/gold/README.md, rule 11)
    if kind == "river":
        return "other", 0.7, "river"
    # "they landed in the Mediterranean Sea", "landed harmlessly in nearby Lake Kivu": what
    # falls into water hits nothing there
    if (kind == "sea" or mention.surface.startswith("Lake ")) and (m := _FELL_INTO_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "missiles crashed in northwestern parts of Iran", "an F-16 that crashed in Israel": a
    # loss on the way, where nothing was aimed (tests/gold/README.md rule 6; not "crashed into
    # a school in Eilat")
    if "crash" in low_tail and (m := _CRASHED_IN_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "the two Tornado jets left the RAF's Akrotiri base": aircraft leaving a base took off there
    # (not "missiles left the base in ruins", "jets left at the base", "warships left Tartus":
    # launch points are for aircraft)
    if has_any(low_tail, ("left", "leaving", "departed")) and (m := _LEFT_BASE_RE.search(tail)) \
            and (kind == "airbase" or _BASE_WORD_AFTER_RE.match(after)) \
            and _FLIER_SUBJECT_RE.search(_subject_before(tail, m.start())) \
            and not _LEFT_STATE_RE.match(after):
        return "launch_point", 0.7, m.group().strip()
    # "Goma International Airport is currently used by both the Air Force and MONUSCO": forces
    # that use a field are based there (tests/gold/README.md rule 5, "uses")
    if m := _USED_BY_FORCES_RE.match(after):
        if hit := _USED_AND_STRUCK_RE.match(after, m.end()):
            # "Kramatorsk is used by the army as a hub and was hit by missiles": the place the
            # forces use was struck
            return "strike_target", 0.6, hit.group("verb")
        if m.group("field") or kind in settings.BASE_KINDS:
            return "base", 0.65, m.group().strip()
    # "Isfahan is home to several military bases", "Nyala is ... a base for its offensive"
    # (not when the base is struck after all; a strike it is the base for, on a place named
    # after the strike, is elsewhere: "a base for its offensive on the city of al-Fashir")
    if (m := _HOME_TO_BASES_RE.match(after) or _IS_A_BASE_RE.match(after)) and not (
            (hit := _STRIKE_RE.search(after, m.end()))
            and not _STRIKE_ELSEWHERE_RE.match(after, hit.end())):
        return "base", 0.65, m.group().strip()


    # "the bombers returned to Russia", "jets based on Cyprus": where aircraft are at home
    # the aircraft or ships must be the verb's subject: "refugees returned to Homs" after
    # "Russian jets bombed the city" is no base
    if has_any(low_tail, _RETURN_GATE) and (m := _RETURNED_TO_RE.search(tail)) \
            and _PLATFORM_RE.search(_subject_before(tail, m.start())):
        return "base", 0.7, m.group().strip()
    # "B-52 bombers landed at Al Udeid Air Base": aircraft arriving where they will be based
    # (a rocket that "landed in Kilis" fell there)
    # "a plane carrying the delegation landed in Damascus": an arrival, no base (a bare
    # "plane", "aircraft" or "jet" is a warplane only beside a military word)
    # the subject's head is the first aircraft or munition named ("bombers carrying missiles"
    # arrive; "missiles fired by jets" fall)
    if has_any(low_tail, ("land", "arriv", "touched")) and (m := _LANDED_AT_RE.search(tail)) \
            and (head := _AIRCRAFT_OR_MUNITION_RE.search(_subject_before(tail, m.start()))) \
            and head.lastgroup == "aircraft":
        if not _CIVIL_FLIGHTS_RE.search(clause) \
                and _MILITARY_RE.search(_GENERIC_AIRCRAFT_RE.sub(" ", clause)):
            return "base", 0.65, m.group().strip()
        return "other", 0.6, m.group().strip()
    if has_any(low_tail, ("return",)) and (m := _RETURNING_FROM_RE.search(tail)) \
            and kind not in settings.BASE_KINDS \
            and _PLATFORM_RE.search(_subject_before(tail, m.start())):
        return "strike_target", 0.6, m.group().strip()
    if has_any(low_tail, ("launch",)) and (m := _LAUNCH_SITE_RE.search(tail)):
        return "launch_point", 0.7, m.group().strip()
    # "Houthis in Yemen have launched missiles at Israel", "missiles launched by the Houthi
    # militia in Yemen toward Riyadh": where those who fire are
    if ((m := _FIRES_MUNITIONS_AFTER_RE.match(after)) and _IN_END_RE.search(tail)
            and not _AIR_DEFENCE_RE.search(tail)) \
            or (has_any(low_tail, ("launched", "fired")) and (m := _FIRED_BY_IN_RE.search(tail))):
        return "launch_point", 0.65, m.group().strip()
    # where forces were sent ("sent six F-16s to Jordan"), unless only planned
    if has_any(low_tail, ("to",)) and has_any(low_tail, _SENT_TO_GATE) \
            and (m := _SENT_TO_RE.search(tail)) and _forces_moved(tail, m):
        if _PLANNED_END_RE.search(tail, 0, m.start()):
            return "other", 0.6, m.group().split()[0]
        return "base", 0.65, m.group().split()[0]
    # "ships have been moved out of Sevastopol": where they were stationed before
    if has_any(low_tail, ("out of", "from")) and (m := _MOVED_FROM_RE.search(tail)) \
            and _forces_moved(tail, m):
        return "base", 0.6, m.group().split()[0]

    # "jets operating from Hmeimim", "based at": forces stationed there, not a launch
    # (not who said so, past the place: "jets were deployed in Latakia, the United States
    # said"; but "rebels based in Yemen claimed")
    if has_any(low_tail, _BASE_VERB_GATE) and (m := _BASE_VERB_BEFORE_RE.search(tail)) \
            and not ("," in m.group() and _SPEAKS_AFTER_RE.match(after)):
        if p := _CIVIL_BASED_RE.search(tail):
            return "other", 0.6, p.group().strip()  # "a writer based in Berlin"
        if _DEPLOYED_FROM_RE.match(m.group()) and not _TO_PLACE_AFTER_RE.match(after) \
                and _AIRCRAFT_RE.search(_last_words(tail[:m.start()], 6)) \
                and _STRIKE_RE.search(c.sentence, mention.end - mention.sentence_start):
            # "Six F-16 fighter jets, deployed from Ubon Ratchathani, struck the targets": the
            # jets took off there for the strike
            return "launch_point", 0.7, m.group().strip()
        if (ship := _FROM_SHIP_END_RE.search(tail, 0, m.start())) and _STRIKE_RE.search(c.sentence):
            # "strikes on Syria from a submarine stationed in the Mediterranean", "jets from
            # the Admiral Kuznetsov aircraft carrier deployed in the eastern Mediterranean had
            # launched their first strikes": the ship the strikes came from was there
            return "launch_point", 0.7, f"{ship.group().strip()} {m.group().strip()}"
        return "base", 0.8, m.group().strip()
    # "66 martyrs from Aleppo", "civilians from Douma": where people come from
    if has_from and low_end.endswith(_FROM_ENDS) and (m := _PEOPLE_FROM_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # launch point: "from" just before the name, a military platform in the clause
    # another name between "from" and this one is the origin ("from Hmeimim flew ... near X")
    if has_from and has_any(low_tail, _INSTEAD_FROM_GATE) \
            and (m := _INSTEAD_FROM_RE.search(tail)) and not (
            m.group().lower().startswith(("coming", "came"))
            and (_FLIER_RE.search(lead := _last_words(tail[:m.start()], 3))
                 or _GUNFIRE_RE.search(lead) or _ATTACKS_RE.search(lead))):
        return "other", 0.6, m.group().strip()  # "rather than from Mozdok", "coming from X"
    if has_any(low_tail, ("from", "out")) and (m := _FROM_BEFORE_RE.search(tail)) \
            and not ((block := _LAUNCH_BLOCK_RE.search(m.group()))
                     # ("fired from Tu-95 bombers over the Caspian": the bombers fired; not
                     # "residents hid from the bombers over Gaza City")
                     and not (block.group().lower().startswith("bomber")
                              and _FIRED_FROM_RE.search(tail))) \
            and not _AIMED_AT_END_RE.search(m.group()) \
            and not _CAPITALISED_RE.search(_LIST_ITEMS_RE.sub(" ", _POSSESSOR_RE.sub(
                " ", _HELD_BY_RE.sub(" ", _DEMONYM_OF_RE.sub(" ", _DEMONYM_END_RE.sub(
                    " ", _OWNER_OF_PLATFORM_RE.sub(" ", m.group()[4:]))))))) \
            and not _POSSESSED_AFTER_RE.match(after) \
            and not _POSSESSED_PLATFORM_AFTER_RE.match(after) \
            and not (kind == "country" and _COUNTRY_MODIFIER_RE.match(after)) \
            and not _FROM_BEARING_RE.search(m.group()) \
            and not _BEARING_END_RE.search(tail, 0, m.start()) \
            and not ((w := _FROM_WEAPONS_RE.match(m.group()))
                     and not _WEAPONS_AT_RE.search(m.group(), w.end())) \
            and not (kind in ("city", "town", "village") and _FROM_PART_RE.match(m.group())) \
            and not (_COMMA_END_RE.search(tail, 0, m.start()) and _RANGE_TO_RE.match(after)) \
            and not _SUPPLIED_FROM_RE.search(tail, 0, m.start()) \
            and (_PLATFORM_RE.search(clause) or _FIRED_FROM_RE.search(tail)) \
            and not _AVIATION_RE.search(clause) and (
                _LAUNCH_VERB_RE.search(clause)
                # "the shaheds arrived from the Russian cities of Kursk and Primorsko-Akhtarsk"
                or ((a := _ARRIVED_FROM_RE.search(tail))
                    and _FLYING_RE.search(_subject_before(tail, a.start())))
                # "Aircraft from Saudi Arabia joined US warplanes in bombing raids": aircraft
                # named by where they came from, in a clause about strikes
                or (_AIRCRAFT_END_RE.search(tail, 0, m.start()) and _STRIKE_RE.search(clause)
                    and not _SUPPLIED_RE.search(tail, 0, m.start())
                    and not _LED_AFTER_RE.match(after))
                or (_MUNITION_END_RE.search(tail, 0, m.start()) and _MUNITION_FATE_RE.search(clause)
                    and not _SUPPLIED_RE.search(tail, 0, m.start()))):
        return "launch_point", 0.85, m.group().strip()
    # "following the attack from Iran", "rocket barrages from Gaza": where the attack came from
    if has_from and low_end.endswith(_FROM_ENDS) and (m := _ATTACK_FROM_RE.search(tail)) \
            and not _COVERING_RE.search(_last_words(tail[:m.start()], 3)) \
            and not _POSSESSED_PLATFORM_AFTER_RE.match(after):
        # (not "reporters covering the attacks from Baghdad")
        return "launch_point", 0.7, m.group().strip()
    # "bombers which took off in Russia"
    if has_off and (m := _TOOK_OFF_IN_RE.search(tail)) \
            and not _AVIATION_RE.search(clause):
        return "launch_point", 0.8, m.group().strip()
    # "the US blamed Iran for the attacks and officials said they originated in south-western
    # Iran" (not "the virus originated in Wuhan")
    if low_end.endswith(_ORIGINATED_IN_ENDS) and (m := _ORIGINATED_IN_RE.search(tail)) \
            and (_ATTACKS_RE.search(mention.sentence) or _PLATFORM_RE.search(mention.sentence)):
        return "launch_point", 0.7, m.group().strip()

    # "submarines in the eastern Mediterranean launched seven Kalibr missiles"
    if kind == "sea" and _LAUNCH_VERB_RE.search(after) and _PLATFORM_RE.search(clause) \
            and not _AVIATION_RE.search(clause):
        return "launch_point", 0.75, _LAUNCH_VERB_RE.search(after).group()
    # "missiles launched from destroyers in the Mediterranean, off Syria's coast"
    if has_off and (m := _OFF_COAST_BEFORE_RE.search(tail)) \
            and _LAUNCH_VERB_RE.search(before) and _PLATFORM_RE.search(clause) \
            and not _AVIATION_RE.search(clause):
        return "launch_point", 0.7, m.group().strip()
    # "a destroyer fires a cruise missile in the Mediterranean"
    # (not "bombers arrived at Diego Garcia, a base in the Indian Ocean": where the base is)
    # (nor "fired missiles to retaliate for a drone attack on a tanker in the Black Sea": what
    # was attacked there)
    if kind == "sea" and _IN_SEA_BEFORE_RE.search(tail) and (m := _LAUNCH_VERB_RE.search(before)) \
            and _PLATFORM_RE.search(clause) and not _AVIATION_RE.search(clause) \
            and not _BASE_BEFORE_RE.search(tail) and not _ATTACK_ON_RE.search(before, m.end()):
        return "launch_point", 0.7, m.group()

    # "residents of X said strikes hit the town": witnesses speak of their own place
    if low_end.endswith(_WITNESS_BEFORE_ENDS) and has_any(low_tail, _WITNESS_GATE) \
            and _WITNESS_BEFORE_RE.search(tail) \
            and (m := _WITNESS_SAID_RE.match(after)) \
            and (d := _STRIKE_RE.search(after, m.end()) or _DAMAGE_RE.search(after, m.end())
                 or _EXPLOSIONS_RE.search(after, m.end())):
        return "strike_target", 0.6, d.group()
    # "one local official in Yemen told AFP": where the speaker is, when what they tell is
    # not about their own place (above)
    if low_end.endswith(_SPEAKER_IN_ENDS) and has_any(low_tail, _SPEAKER_GATE) \
            and (m := _SPEAKER_IN_RE.search(tail)) \
            and _WITNESS_SAID_RE.match(after):
        return "other", 0.6, m.group().strip()

    if has_any(low_tail, _OFFICE_GATE) and (m := _OFFICE_OF_RE.search(tail)) \
            and _OFFICE_SAID_RE.match(after):
        return "other", 0.6, m.group().strip()

    # "UAE Assab-based drones", "Hmeimim-based Su-34s": where aircraft or ships are kept
    if m := _BASED_PLATFORM_RE.match(after):
        return "base", 0.7, m.group().strip()
    # "the Tripoli-based Government of National Accord", "the London-based monitor": where
    # an institution sits ("Raqqa-based militants" are where they were struck)
    if m := _BASED_INSTITUTION_RE.match(after):
        return "other", 0.7, m.group().strip()
    # "forcing at least 45,000 to flee towards Jordan", "residents fled to Turkey after the
    # strikes": where people fled to is no place struck
    if low_end.endswith(_FLED_TO_END_ENDS) and (m := _FLED_TO_END_RE.search(tail)):
        return "other", 0.65, m.group().strip()
    # "health workers have been routinely targeted in Sudan's nearly 30-month war", "a new
    # chapter in Syria's war": the name of a war, not where something was struck
    if m := _WAR_NAME_AFTER_RE.match(after):
        return "other", 0.7, m.group().strip()
    # "airstrikes happened at around 9.15pm UK time": a time zone after a clock time
    if (m := _TIME_ZONE_AFTER_RE.match(after)) and _CLOCK_END_RE.search(tail):
        return "other", 0.7, m.group().strip()
    # the name as an actor: "Egypt insisted", "Russia's Foreign Minister", "by Russia"
    agent = _AGENT_AFTER_RE.search(after)
    if agent and agent.group().startswith(("'", "\u2019")) and _STRIKE_VERB_END_RE.search(tail):
        agent = None  # "targeted Pakistan's military centers": the possessor was struck
    if kind == "country" and not agent:
        # "a US contractor", "Syria forces", "US airstrikes in", "the Britain-based monitor"
        agent = _COUNTRY_MODIFIER_RE.match(after) or _ATTACKER_RE.match(after) \
            or _BASED_RE.match(after) \
            or (_INITIALS_RE.fullmatch(mention.surface) and _INITIALS_ATTACKER_RE.match(after))
        if agent and _USES_END_RE.search(tail) and _BASE_AFTER_RE.match(after):
            agent = None  # "Russia uses Iran base": the base is in the country, not its own
        if not agent and before.endswith(", "):
            agent = _APPOSITIVE_RE.match(after)  # "Aleppo, Syria's largest city"

    if kind == "country" and not agent and _ATTACK_OF_RE.search(tail) \
            and (m := _AGAINST_AFTER_RE.match(after)):
        agent = m  # "the missile attack of Armenia against civilians in Ganja": the attacker
    if kind == "country" and not agent and low_end.endswith(_TITLE_OF_ENDS) \
            and (m := _TITLE_OF_RE.search(tail)):
        agent = m  # "the office of the President of Afghanistan tweeted": who governs it
    # ("strikes against the Houthis by the US and UK": each item of the agent's list)
    if kind == "country" and (agent or (m := _AGENT_BEFORE_RE.search(_without_list_items(tail)))):
        return _Verdict("other", 0.75, " ".join((agent or m).group().split()), actor=True)
    # "claiming Israel was likely responsible", "officials said Moscow was responsible" (not
    # "the strike on Kramatorsk was responsible for most deaths")
    if (kind == "country" or (mention.place and (mention.place.population or 0)
                              >= settings.ACTOR_CITY_POPULATION)) \
            and (m := _RESPONSIBLE_RE.match(after)) and not _PREPOSITION_END_RE.search(tail):
        return _Verdict("other", 0.7, m.group().strip(), actor=True)
    if not agent and mention.place \
            and (mention.place.population or 0) >= settings.ACTOR_CITY_POPULATION \
            and low_end.endswith(_ALLEGIANCE_BEFORE_ENDS) \
            and (m := _ALLEGIANCE_BEFORE_RE.search(tail)):
        return _Verdict("other", 0.7, m.group().strip(), actor=True)
    # "upon a request by Damascus": a capital that acts like its government
    if not agent and mention.place \
            and (mention.place.population or 0) >= settings.ACTOR_CITY_POPULATION \
            and low_end.endswith(_BY_ACTOR_ENDS) and (m := _BY_ACTOR_RE.search(tail)):
        return "other", 0.7, m.group().strip()
    # "Moscow says", "the Damascus government", "Ankara quickly blamed"; a possessive only for
    # a capital that acts like its country ("Ankara's strikes", not "Homs's suburbs")
    if agent and (not agent.group().startswith(("'", "\u2019")) or (
            mention.place and (mention.place.population or 0) >= settings.ACTOR_CITY_POPULATION
            and _ACTOR_POSSESSION_RE.match(after))):
        return _Verdict("other", 0.75, agent.group().strip(), actor=True)

    # "a terrorist act by the government in Kinshasa": the seat of who governs, an actor
    if low_end.endswith(_GOVERNMENT_IN_ENDS) and (m := _GOVERNMENT_IN_RE.search(tail)) \
            and not _STRIKE_VERB_END_RE.search(tail):
        return _Verdict("other", 0.65, m.group().strip(), actor=True)
    # "sabotage in Dashkasan, Kalbajar and Lachin directions": the front toward the places
    if m := _DIRECTIONS_AFTER_RE.match(after):
        return "other", 0.6, m.group().strip()
    # "north of Homs", "east of Deir Ezzor": the name only locates something else
    if low_end.endswith(_REFERENCE_BEFORE_ENDS) and has_any(low_tail, _REFERENCE_GATE) \
            and (m := _REFERENCE_BEFORE_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "a convoy on the Beirut-Damascus highway": the road's ends only name the road
    if (m := _ROAD_AFTER_RE.match(after)) and (m.group(1) or _PAIR_BEFORE_RE.search(tail)):
        return "other", 0.65, m.group().strip(" -\u2013")
    # "a base near Syria's borders with Iraq": the border, not the country, is the place
    if m := _BORDER_AFTER_RE.match(after):
        return "other", 0.6, m.group().strip()
    # "strikes launched across the Line of Control": what crosses a line does not strike it
    if low_end.endswith(("across", " the")) and _LINE_NAME_RE.search(mention.surface) \
            and (m := _ACROSS_END_RE.search(tail)):
        return "other", 0.6, m.group().strip()
    # "Moscow has used...", "Russia had involved...": a country or capital as the actor
    if (kind == "country" or (mention.place and (mention.place.population or 0)
                              >= settings.ACTOR_CITY_POPULATION)) \
            and (m := _ACTIVE_SUBJECT_RE.match(after)) \
            and not (_IN_BEFORE_RE.search(tail)
                     and m.group().split()[0].lower() in ("has", "have", "had")):
        # (a name in a locative phrase is no subject: "drone strikes in Yemen have killed
        # 1,238", "attacks on refineries inside Russia have led to a slump"; "strike missions
        # over Syria would from now on be escorted" is a plan)
        return "other", 0.65, m.group().strip()

    return None


# gates (names.has_any): words without which the patterns named after them cannot match
_WITNESS_GATE = ("resident", "inhabitant", "local", "witness", "activist", "doctor", "medic",
                  "rescuer", "media")
_SPEAKER_GATE = _WITNESS_GATE + ("official", "spokes", "source", "journalist", "correspondent",
                                 "reporter", "commander")
_BASE_VERB_GATE = ("operat", "based", "stationed", "deployed", "advanc", "launched", "moored",
                   "docked", "anchored", "berthed")
_RETURN_GATE = ("return", "back", "based", "stationed")
_REFERENCE_GATE = ("north", "south", "east", "west", "road", "highway", "route", "motorway",
                    "linking", "connecting", "between", "border", "closer", "nearer")
# "from the Yemeni city of X", "from the Syrian port of X": a demonym names no other origin
_DEMONYM_OF_RE = re.compile(
    rf"\b{DEMONYM_WORD}\s+(?:[a-z]+\s+)?(?:{TOWN_WORDS}|cities|towns|villages|{GOV_WORDS}|ports?|"
    r"capital|regions?)\s+of\s+")
# "fired from Russian planes located over the Black Sea", "from US warships in the Red Sea":
# whose the platform is names no other origin
_OWNER_OF_PLATFORM_RE = re.compile(
    rf"\b(?:{DEMONYM_WORD}|US|U\.S\.|UK|(?-i:[A-Z])[\w-]*\d[\w-]*)\s+"
    rf"(?=(?:[\w-]+\s+)?(?:{_AIRCRAFT}|{_SHIPS}|fighters?)\b)")
# the same subject's second verb, a strike in the passive ("... used by the army as a hub and
# was hit")
_USED_AND_STRUCK_RE = re.compile(r"[^.;:]{0,80}?\s+and" + _FAR_PASSIVE_RE.pattern, _I)
