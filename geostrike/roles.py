"""Stage 3: what role each named place plays in its sentence.

``assign_roles(mentions, text)`` gives every mention one role, judged from the clause around the
name, never from the place itself (Latakia is a base in one sentence and a target in the
next):

``launch_point``
    weapons or aircraft left from there: "fired from ships in its Caspian Sea fleet", "most of
    them from the Mediterranean", bombers "flying from a base in Iran".
``base``
    forces are stationed there: "the Hmeymim airbase", "a naval facility in the port city of
    Tartus", "uses an airfield in Latakia".
``strike_target``
    the text says it was struck, bombed, hit, targeted, or that strikes were carried out in or
    near it.
``other``
    everything else: "Moscow said", a summit in Kazakhstan, a plane crash over Sinai, history
    such as Afghanistan in the 1980s, plans and threats.

The nearest cue in the clause decides; the cue and a confidence are kept on the mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from collections.abc import Iterable

from geopy.distance import great_circle
from shapely.geometry import Point

from geostrike import settings
from geostrike.dates import MONTHS, WEEKDAYS
from geostrike.gazetteer import Place
from geostrike.mentions import Mention
from geostrike.names import (ARTICLE, BASE_WORDS, COMPASS, COMPASS_WORDS, COUNT_WORD, DEMONYM_WORD,
                             GOV_WORDS, LIST_ITEM_KIND, LIST_SEP, NAME, NAME_WORD, NAVAL_WORDS,
                             POSSESSIVE, SPEECH_VERBS, TOWN_WORDS, UPPER, ends_in, fold_lower,
                             has_any, word_regex)

__all__ = ["assign_roles", "ROLES"]

ROLES = ("strike_target", "launch_point", "base", "other")

_I = re.IGNORECASE
# Clause boundaries: a role cue on the far side of one of these does not govern the name.
# a relative clause about each of the names before it: "both of which", "all of which"
_OF_WHICH = r"(?:both|all|each|some|most|many)\s+of\s+which"
_CLAUSE_RE = re.compile(
    # (not a dash before a relative clause of the names: "Khan Sheikhoun and Latamina \u2013
    # both of which have been hit")
    rf";|\s[-\u2013\u2014]{{1,2}}\s(?!(?:{_OF_WHICH}|which)\b)|\s\u2014|\u2014\s|\(|\)|"
    # ("targeting ships in the Red Sea in response to western backing for Israel")
    # ("Government offensive in Aleppo comes as Russia announces ...")
    # (not what harm came after: "plants are burning after Ukrainian drone attacks")
    r",? (?:while|but|whereas|although|"
    r"after(?<!burning after)(?<!ablaze after)(?<!on fire after)|before|because|(?:comes?|came) as|"
    r"in (?:response|retaliation|reply) (?:to|for))\b"
    r"(?! (?:the )?(?:start|launch|beginning))"
    # "killed by a drone attack while leaving his home in X": a participle, no new clause
    r"(?!(?<=while) (?:leaving|returning|driving|travell?ing|fleeing|walking|riding|sitting|"
    r"sleeping|working|standing|shopping|praying|heading|passing|crossing|waiting)\b)"
    # "launched just after midnight from X": a time of day, no new clause
    r"(?! (?:midnight|dawn|noon|sunrise|sunset|nightfall|daybreak|dark)\b)")
# gate (names.has_any): every match of _CLAUSE_RE (case-sensitive) holds one of these
_CLAUSE_GATE = (";", "-", "\u2013", "\u2014", "(", ")", " while", " but", " whereas", " although",
                " after", " before", " because", " in response", " in retaliation", " in reply",
                " come", " came")

# Work that is no attack although it is an "operation": aid, rescue, the group's own terror.
_CIVIL_WORK = r"humanitarian|aid|rescue|relief|peacekeeping|terror|terrorist"

# "Ganja has come under fire by the Armenian military" (figurative only without a force)
_UNDER = r"under (?:an? )?(?:heavy |intense |new )?"
_FIRE = r"(?:fire|attacks?|bombardment|shelling)"
_UNDER_FIRE_BARE = _UNDER + _FIRE
# ...and with the force named, never figurative: "came under Israeli attack", "under Russian
# missile fire"
_UNDER_FIRE = (_UNDER + r"(?:(?-i:[A-Z])[\w-]+ )?"
               r"(?:(?:air|aerial|drone|missile|rocket|artillery|mortar) )?" + _FIRE)
# the nouns of an attack from the air or by artillery, that only armed forces make
_STRIKE_NOUNS = (r"(?:air\s?strikes?|strikes?|air\s?raids?|raids?|bombings?|bombardments?|"
                 r"shelling)")
# where an attack took place (not when: "took place at 11:45 pm", "on Monday")
_ATTACK_TOOK_PLACE = (r"attacks?\s+(?:occurred|took\s+place|happened)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:in|near|at|on)(?!\s+(?:\d|(?-i:[A-Z][a-z]+day)\b))")
# what was struck, and the places it was ("the affected neighbourhoods", "targeted locations")
_STRUCK_ADJECTIVE = r"(?:affected|targeted|struck|hit|bombed|shelled|attacked|damaged)"
_SITES = (r"(?:neighbou?rhoods|areas|villages|towns|cities|sites|locations|districts|suburbs|"
          r"places|targets|facilities|bases|airfields|air\s?bases|airports|refineries|depots)")
# Words that say something was struck. "attack" alone is too broad (terror attacks, threats
# to attack), so it counts only as "air/aerial/missile attacks" or "attacks on".
# (an alternative reads its word first and then looks back past it, "damaged(?<!was damaged)"
# for "(?<!was )damaged": the same matches, but a look-behind that opens an alternative is
# tried at every word; these made the pattern 1.6x slower)
_STRIKE_RE = word_regex(
    # (not "air raid sirens", "raid shelters")
    # (not "forces within striking distance of Yemen": where they could strike from)
    # (not a unit: "the Truman carrier strike group")
    r"\b(?:air ?strikes?|strikes?(?![\s-]+groups?\b)|struck|striking(?!\s+(?:distance|range)\b)|"
    r"raid(?:s|ed|ing)?(?![\s-]+(?:sirens?|shelters?|warnings?|alarms?|alerts?)\b)|"
    r"bomb(?:ed|ing|ings|ard\w*)|"
    # "destruction of facilities was recorded in Zaporizhia, Dnipropetrovsk ... regions",
    # "damage to energy infrastructure was reported in" (not "storm damage was reported in")
    r"(?:destruction|(?<!flood )(?<!storm )(?<!water )(?<!earthquake )damage)"
    r"(?:\s+(?:of|to)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:was\s+|had\s+been\s+)?"
    r"(?:reported|recorded)\s+(?:from|in)|"
    r"air war|destruction|landed|explod(?:ed|ing)|"
    # "cruise missiles fired from a ship in the Black Sea damaged a clinic in Vinnytsia": what
    # a munition damaged, active (_strike_cues keeps it only after a munition: not "a storm
    # damaged"; a passive "was damaged" is _FAR_PASSIVE_RE's)
    r"damaged(?<!was damaged)(?<!were damaged)(?<!been damaged)(?<!be damaged)(?<!is damaged)"
    r"(?<!are damaged)(?!\s+by\b)|"
    # "Tornados from RAF Akrotiri patrolled over north-west Iraq": armed missions
    r"patroll(?:ed|ing)\s+over(?!\s+the\s+(?:weekend|night|holidays?|days?|past)\b)|"
    # "a missile over the Red Sea heading in the direction of Eilat", "the missiles reached
    # Ivano-Frankivsk", "some of them flew into Transcarpathia" (with a munition only:
    # _MUNITION_HEADING_RE)
    r"head(?:ing|ed)\s+(?:in\s+the\s+direction\s+of|towards?|for)|reach(?:ed|es|ing)|"
    r"fl(?:ew|ying|ies)\s+into|"
    # "the affected neighbourhoods included Burj al-Barajneh, Haret Hreik and Roueis", "The
    # four airbases hit were Belaya (Irkutsk, Siberia), Olenya (Murmansk)..."
    rf"(?:{_STRUCK_ADJECTIVE}\s+{_SITES}|{_SITES}\s+{_STRUCK_ADJECTIVE}"
    r"(?:\s+(?:overnight|today|yesterday))?)\s+(?:included|include|were|are)|"
    # "Smoke rises over buildings in Daraa" (a caption), "smoke was rising from buildings in Ras
    # al Ain": what strikes leave (not "smoke from wildfires rose over Athens")
    r"smoke\s+(?:(?:was|is)\s+)?(?:rises|rising|rose|billow(?:s|ed|ing)|pour(?:s|ed|ing))\s+"
    r"(?:over|from|above)|"
    # "similar hits were reported from Kharkiv, Donetsk and Zaporizhzhia regions"
    # ("Interceptions were reported in Jammu, Samba, Pathankot": drones downed there)
    r"(?:hits|strikes|explosions|blasts|impacts|interceptions)\s+(?:were\s+|was\s+)?"
    r"(?:reported|recorded)"
    r"\s+(?:from|in)|"
    # "Explosions rocked major cities including Odessa": a verb, whose object lists examples
    r"(?:explosions?|blasts?)\s+(?:rocked|shook)|"
    # "intercepts Houthi missile towards Najran"
    r"(?:missiles?|rockets?|drones?|projectiles?)\s+towards?|"
    # "Syrian Army Imposes Control over 60 Percent of Eastern Ghouta": a capture
    r"(?:impos|gain|establish|assert|extend|earn)\w*\s+(?:full\s+|total\s+)?control\s+(?:over|of)|"
    rf"{_UNDER_FIRE}|"
    # headlines in the present: "warplanes bomb Syria", "missiles aim for Syria"
    # (the name itself may be just past the end of the text searched)
    # (not a unit: "the 509th Bomb Wing")
    r"bomb(?!\s+(?:wing|squadron|group|squad|disposal)s?\b)"
    rf"(?=\s+(?:the\s+)?(?:{COMPASS}(?:ern)?\s+)?(?:(?-i:[A-Z])|$))|"
    # (not a purpose: "actions aimed at restoring constitutional order in Karabakh")
    r"aim(?:s|ed|ing)? (?:at|for)(?!\s+(?-i:[a-z]+ing)\b)|"
    # "jets attack important Syrian T4 airbase", "drones attack Odesa", "used drones to attack
    # Hmeymim" (the name may be just past the end of the text searched: there, only the verb
    # after a plural or "to", not a noun: "the attack Iran launched", "its attack")
    r"attacks?(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?-i:[A-Z]))|"
    r"attack(?:(?<=\bto\sattack)|(?<=[a-z]s\sattack)(?<!\bits\sattack)(?<!\bhis\sattack)"
    r"(?<!\bthis\sattack))(?=\s+(?:the\s+)?$)|"
    r"rocket(?:ed|ing)|strafed|"
    r"damage to|"
    # what munitions do where they fall: "the Kalibr rockets ripped through a camp near X",
    # "shells rained down on X", "a missile slammed into X"
    r"(?:rip(?:s|ped|ping)?|t(?:ore|ears?|earing|orn)) through|"
    r"(?:slam(?:s|med|ming)?|smash(?:es|ed|ing)?) into|rain(?:ed|ing|s)?(?: down)? on|"
    # "rockets fired from the Gaza Strip showered over multiple Israeli cities", "a missile
    # descends onto Damascus"
    r"shower(?:ed|ing|s)?(?: down)? (?:on|over)|"
    r"(?:missiles?|rockets?|bombs?|shells?|projectiles?|drones?) descend(?:ed|ing|s)? "
    r"(?:on|onto|upon)|"
    # "drone fragments damaged a substation in Sevastopol", "a drone fell on the grounds of the
    # Novoshakhtinsk refinery": what is left of a munition comes down where it was aimed
    r"(?:fragments|debris|shrapnel|wreckage)\s+(?:(?:also|reportedly)\s+)?"
    r"(?:damaged|fell|crashed)|"
    r"(?:missiles?|rockets?|shells?|drones?|UAVs?)\s+(?:(?:also|reportedly)\s+)?"
    # (not "a U.S. Reaper drone crashed in Yemen": a loss)
    r"(?:fell\s+(?:on|onto|in|into)|crashed\s+(?:into|onto))|"
    r"pummell?(?:ed|ing|s)?|flatten(?:ed|ing|s)?|raz(?:ed|ing)|obliterat(?:ed|ing|es?)|"
    r"barrages?|salvos?|"
    r"hit(?:s|ting)?|target(?:s|ed|ing)?|pound(?:s|ed|ing)?|shell(?:s|ed|ing)?|bombs|"
    # ground assaults count as strikes on a place (docs: tests/gold/README.md)
    r"recaptur\w*|retak\w*|clos\w* in on|"
    # "regaining hundreds of kilometers in southern Syria" (not "the lira regained ground",
    # "regained consciousness")
    r"regain(?:s|ed|ing)?\s+(?:(?:much|most|all|parts?)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:full|complete|strategic|key|[\w-]+\s+of)\s+)?"
    r"(?:control|territor(?:y|ies)|kilomet(?:er|re)s|km|areas?|villages?|towns?|city|cities|"
    r"suburbs|positions)|"
    # "Syrian troops regained Palmyra", "regained much of eastern Aleppo" (the name itself may
    # be just past the end of the text searched)
    r"regain(?:s|ed|ing)?(?=\s+(?:(?:much|most|all|parts?)\s+of\s+)?(?:the\s+)?(?:\w+ern\s+)?"
    r"(?:(?-i:[A-Z])|$))|"
    r"advanc\w*(?: from \S+)? (?:on|to|towards?|into|in)|"
    r"push(?:es|ed|ing)? (?:towards?|into)|liberat(?:e|es|ed|ing|ion of)|seiz(?:e|es|ed|ing)|"
    # "began the battle for Raqqa"
    # (the name itself may be just past the end of the text searched)
    # (not "the diplomatic battle for Kyiv's support")
    r"battle(?<!diplomatic battle)(?<!political battle)(?<!legal battle)s? for"
    r"(?=\s+(?:the\s+)?(?:city\s+of\s+)?(?:(?-i:[A-Z])|$))|"
    r"(?:took|takes?|taken|taking) out(?! of\b(?!\s+action))|combat (?:tasks|missions|operations)|"
    r"artillery(?: fire)?|(?:rocket|mortar|missile|tank|sniper|heavy) fire|"
    r"assaults?(?: on)?|storm(?:ed|ing)|(?:shot|shoots?|shooting) down|explosions?|blasts?|"
    r"sorties?|mission(?<!training mission)(?<!advisory mission)(?<!diplomatic mission)"
    r"(?<!humanitarian mission)(?<!rescue mission)(?<!peacekeeping mission)(?<!observer mission)"
    r"(?<!monitoring mission)s?|destroy(?:s|ed|ing)?|kill(?:s|ed|ing)?|offensive|"
    # Turkish military usage: "two terrorists were neutralized in the Hakurk region"
    r"neutrali[sz](?:e|es|ed|ing)|"
    # "the Air Force has eliminated many Boko Haram terrorists in Sambisa Forest" (not
    # "eliminated from the cup")
    r"eliminat(?:e|es|ed|ing)(?!\s+from\b)|"
    # "combat operations in Syria", "its operation in Syria"; aid or rescue work is civil
    # ("conducted military operations only in the provinces of Latakia and Deir Ezzor"); "the
    # military operation into Syria had begun", "the intervention into Afrin was underway"
    rf"(?:(?:{_CIVIL_WORK}|ground|special) )?operations? (?:(?:only|mainly|mostly|also) )?"
    r"(?:in|into|against|over)|(?:incursions?|interventions?) into|"
    r"(?:air|aerial|missile|rocket|drone|cruise missile|mortar) attacks?|"
    # "the attack occurred near the town of Masyaf"
    rf"{_ATTACK_TOOK_PLACE}|"
    r"attacks? (?:on|against)|attack(?:ed|ing)|"
    # "committed aggression against Syria by targeting", "the latest act of aggression against"
    r"aggression (?:on|against)|"
    # "prevented access to the bomb sites in Essa Khil"
    r"(?:bomb|blast|strike|impact) sites?(?= (?:in|at|near|of)\b)|"
    # a headline's verb after its armed subject: "Israeli military attacks Tyre"
    # (not the noun: "condemned the military attacks Iran launched")
    r"attacks(?<=military attacks)(?<!the military attacks)(?<!its military attacks)|"
    r"attacks(?<=army attacks)(?<!the army attacks)(?<!its army attacks)|"
    r"attack(?<=forces attack)|attack(?<=troops attack)|"
    # "a missile devastated residential buildings" (with a weapon only: _WEAK_CUE_RE)
    r"devastat(?:ed|es|ing)|"
    # "the latest attacks were centred on Ramadi"
    r"attacks?\s+(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+ly\s+)?"
    r"(?:(?:centred|centered|concentrated|focused|focussed)\s+(?:on|in|around)|"
    # "the deadliest attacks were in al-Jaraf neighborhood"
    r"(?:(?-i:[a-z]+ly)\s+)?in(?!\s+(?:[\w-]+['\u2019]s\s+)?(?:retaliation|response|revenge|reprisal|reaction|line|"
    r"addition|part|order|support|solidarity|vain|breach|violation|interests?|favou?r|keeping|"
    r"accordance)\b))|"
    # "a massive attack over the western countryside of Idlib" (not "the attack over the
    # weekend", "an attack over Ukraine's bid")
    r"attacks? over(?=\s+(?:the\s+)?(?:\w+ern\s+)?(?:countryside|skies|areas?|city|town|region|"
    r"province|outskirts)\b)|"
    # "Israeli attacks in the vicinity of Damascus" (not "the attacks in Paris")
    rf"(?-i:{DEMONYM_WORD})\s+attacks?(?=\s+(?:in|near|around|across)\b)|"
    r"fired|firing|launch(?:ed|es|ing)|dropped|pinpoint|air campaigns?|"
    # "Submarines Fire Cruise Missiles at IS in Syria"
    r"fires?(?= (?:[\w-]+ ){0,3}(?:at|into|near)\b)|"
    r"campaigns? (?:against|on|in|over)|"
    r"(?:ammunition|munitions|weapons|fuel) (?:depots?|dumps?)|depots?|command (?:posts?|"
    r"cent(?:er|re)s?)|training camps?|(?:fighting |hilltop |rebel |militant )?positions|"
    r"(?:oil )?installations|headquarters|HQs?|captur(?:e|ed|ing)|"
    # "took control of X", "have since taken X": a capture, when a name is the object
    r"(?:took|takes?|taken|taking|seized|gained|wrested) (?:full |complete |back )?"
    rf"control (?:of|over)|(?:took|takes|taken)(?=\s+(?:{ARTICLE}-)?(?-i:[A-Z])|\s*$)|"
    r"(?:bombers?|warplanes?|jets?|aircraft(?! carriers?)|planes)"
    r"(?= (?:\S+ ){0,2}(?:in|over|on|near)\b))\b",
    _I,
)
# gate (names.has_any): every match of _STRIKE_RE holds one of these words, lower-cased (a
# word of each alternative; "fire" for "ceasefire", "rain" for "Ukraine" let windows through)
_STRIKE_GATE = (
    "strik", "struck", "attack", "target", "hit", "bomb", "shell", "raid", "fire", "firing",
    "launch", "kill", "destroy", "explo", "blast", "rocket", "mission", "sortie", "operation",
    "offensive", "campaign", "artillery", "incursion", "intervention", "assault", "storm", "shot",
    "shoot", "air war", "destruction", "landed", "patroll", "head", "reach", "smoke", "flew",
    "flying", "flies", "affected", "damage", "impact", "toward", "control", "aim", "strafed",
    "through", "slam", "smash", "rain", "shower", "descend",
    "pummel", "flatten", "raz", "obliterat", "barrage", "salvo", "pound", "recaptur", "retak",
    "clos", "regain", "advanc", "push", "liberat", "seiz", "battle", "took", "take", "taking",
    "combat", "neutrali", "eliminat", "devastat", "dropped", "pinpoint", "depot", "dump", "command",
    "training camp", "positions", "installations", "headquarters", "hq", "captur", "aircraft",
    "jet", "plane", "fell", "crash", "aggression", "interceptions")


def _strike_cues(text: str, lead: str = "") -> list[re.Match[str]]:
    """_STRIKE_RE's matches in ``text``, in order (``lead``: the text before it, where the
    munition that "damaged" something may be named)."""
    # a window without a strike word is common (the pattern tries its ~150 alternatives at
    # every word)
    if not has_any(fold_lower(text), _STRIKE_GATE):
        return []
    # ("damaged", "reached" and "flew into" say a strike only after a munition: not "a storm
    # damaged", "Rescuers reached Saraqib, where jets struck")
    return [m for m in _STRIKE_RE.finditer(text)
            if not (m.group().lower().startswith("damaged")
                    and not _MUNITION_SUBJECT_RE.search((lead + text[:m.start()])[-120:]))
            and not (m.group().lower().startswith(_FLIGHT_CUE_STARTS)
                     and not _MUNITION_HEADING_RE.search((lead + text[:m.start()])[-200:]))]
# Civil aviation: a plane "flying from Sharm el-Sheikh" is no launch point.
_AVIATION_RE = word_regex(
    r"\b(?:airliner|airlines?|passengers?|plane crash|civilian plane|tourists?|"
    r"Airbus|Boeing|flight \d+)\b", _I)
# Words that make the nearest event a civil or non-military one.
_CIVIL_RE = word_regex(
    # ("a tourist jet", "tourists" on a plane; not "bombed the tourist resort in Iraq")
    r"\b(?:airliner|passengers?|plane crash|civilian (?:planes?|flights?|airliners?)|"
    r"tourists?(?!\s+(?:resorts?|hotels?|sites?|areas?|towns?|villages?|attractions?)\b)|"
    r"supply baskets|supplies|leaflets|food parcels|food aid|"
    r"terror(?:ist)? attacks?|gunm[ae]n|suicide bomb\w*|"
    r"summit|meeting|talks|conference|visit(?:ed|ing)?|election|"
    r"(?:car|vehicle|roadside)[ -]bomb\w*|"
    r"embassy|born|studied|home to|briefing|press conference|news conference|interview|"
    rf"(?:{_CIVIL_WORK}|special) operations?|penalty|goal|minute|match|draw|"
    r"football|league|cup|striker)\b", _I)
# gate (names.has_any): every match of _CIVIL_RE holds one of these words, lower-cased
_CIVIL_GATE = ("airliner", "passenger", "plane crash", "civilian", "tourist", "suppl", "leaflets",
               "food", "attack", "gunm", "bomb", "summit", "meeting", "talks", "conference",
               "visit", "election", "embassy", "born", "studied", "home to", "briefing",
               "interview", "operation", "penalty", "goal", "minute", "match", "draw", "football",
               "league", "cup", "striker")


def _civil(text: str) -> re.Match[str] | None:
    """_CIVIL_RE.search(text), skipped for a text without a word of _CIVIL_GATE (most)."""
    return _CIVIL_RE.search(text) if has_any(fold_lower(text), _CIVIL_GATE) else None


_AGAINST_RE = re.compile(r"\bagainst\b", _I)
# what sets an embassy apart from the strike cue before it ("struck Aleppo, and the embassy in
# Damascus said"): an embassy the cue reaches is what was struck
_EMBASSY_APART_RE = re.compile(r"[,;:]|\b(?:and|but|as|while|said|says)\b", _I)


def _civil_gap(gap: str) -> re.Match[str] | None:
    """_civil(gap), where ``gap`` runs from a strike cue to the name (the cue included): gunmen
    the strikes were against are their target ("the operation against the Islamic State gunmen
    in Syria"), not gunmen who attacked."""
    m = _civil(gap)
    if m and m.group().lower().startswith("gunm") and _AGAINST_RE.search(gap, 0, m.start()):
        return None
    if m and m.group().lower().startswith("embass") \
            and not _EMBASSY_APART_RE.search(gap, 0, m.start()):
        return None  # "a strike that demolished an annex of the Iranian Embassy in Damascus"
    return m


# "attacks by terrorist groups that killed Iranians in Kerman": terror, before the cue only
# (not "jets hit positions held by terrorist groups in Idlib", where the gap has it)
_TERROR_BY_RE = re.compile(
    r"\battacks?\s+by\s+(?:[\w-]+\s+){0,2}?terrorists?(?:\s+(?:groups?|cells?|organi[sz]ations?))?"
    r"(?:\s+(?:that|which|who))?\s*$", _I)
# a passive's agent that is no armed force: "Aleppo was among the cities hit by the earthquake"
_NATURAL_AGENT_RE = re.compile(
    r"\bby\s+(?:the\s+)?(?:\w+\s+)?(?:earthquakes?|quakes?|floods?|flooding|storms?|"
    r"wildfires?|drought)\b", _I)
_CIVIL_FLIGHTS_RE = word_regex(
    r"\b(?:flights|passengers?|airlines?|travell?ers|arrivals|departures|terminal)\b", _I)
# The word lists the launch and base rules share: aircraft (by type too), ships, and the
# forces that can be stationed somewhere.
# (manned: a drone "from Iran" may only have been made there)
_MANNED_AIRCRAFT = (r"bombers?|warplanes?|jets?|aircraft|planes?|helicopters?|"
                    r"(?-i:" + "|".join(settings.AIRCRAFT_TYPES) + ")")
_AIRCRAFT = rf"{_MANNED_AIRCRAFT}|drones?|UAVs?|UCAVs?"
_SHIPS = (r"ships?|warships?|vessels?|submarines?|flotillas?|fleets?|navy|naval|frigates?|"
          r"corvettes?|destroyers?|cruisers?|carriers?")
_MUNITIONS = r"missiles?|rockets?|(?-i:" + "|".join(settings.MUNITIONS) + ")"
# what is fired and flies: munitions, drones
_PROJECTILES = rf"{_MUNITIONS}|drones?|projectiles?"
# what flies: munitions, drones and aircraft
_FLYER = rf"(?:{_PROJECTILES}|{_AIRCRAFT})"
# what may have damaged a place as a strike does: a munition before the verb (_strike_cues)
_MUNITION_SUBJECT_RE = re.compile(
    rf"\b(?:{_PROJECTILES}|UAVs?|shells?|bombs?|munitions?|shelling|strikes?)\b", _I)
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
# an attack on a base is an attack, whoever makes it ("a car bomb and gun attack on a US drone
# base in Ballidoogle")
_BASE_TARGET_RE = word_regex(r"\b(?:(?:air\s?|military\s+|drone\s+)?base|airbase|garrison)\b", _I)
# "the earthquake that struck Syria and Turkey" (not "earthquake-hit Jandaris")
_NATURAL_AGENT_BEFORE_RE = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|storms?|floods?)\s+(?:that|which)\s+(?:has\s+|had\s+)?$",
    _I)
_NATURAL_AGENT_BEFORE_ENDS = ("that", "which", "has", "had")  # (as _ANTI_PRO_ENDS)
# what a label's line says of strikes when it reports none: "Tehran: officials condemned the
# air strikes", "Russia: US airstrikes are illegal", "Israel: jets ready for strikes"
_REACTION_RE = word_regex(
    r"\b(?:condemn\w*|denounc\w*|protest\w*|criticis\w*|criticiz\w*|illegal|warn\w*|ready|"
    r"coming)\b", _I)
# a label opens its line, after another label at most ("Ras al-Jadah district, Mosul: ")
_LABEL_BEFORE_RE = re.compile(r"[\W\d]*(?:[\w'\u2019 -]{1,40},\s*)?$")
# "Qaim: ", "Ras al-Jadah district, Mosul: ", "Daraa Province: "
_LABEL_AFTER_RE = re.compile(
    rf"(?:\s+(?:{GOV_WORDS}|{TOWN_WORDS}|countryside))?(?:,\s+[A-Z][\w' -]{{1,30}})?:\s+", _I)
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
# plural nouns that count the places a dash then lists: "in three regions - Lipetsk, Rostov,
# and Volgograd" (_LIST_DASH_RE blanks the dash in the clause)
_LIST_HEAD_NOUNS = (r"(?:regions|provinces|oblasts|governorates|districts|cities|towns|villages|"
                    r"areas|places|locations|sites|countries|municipalities|communities|"
                    r"settlements)")
# ...with a word before it, at the end of a pattern that reads up to the first place listed
_COUNTED_PLACES = rf"(?:[\w-]+\s+)?{_LIST_HEAD_NOUNS}\s+"
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
_FORCES_IN_RE = word_regex(
    r"\b(?:troops|forces|units|personnel|police|advis[eo]rs|soldiers|contingent|garrison|"
    r"checkpoints?|navy|warships?|cruisers?|destroyers?|frigates?|submarines?|squadrons?|"
    r"flotillas?|fleets?|subs?|(?:naval|carrier|strike|permanent|task)\s+(?:force|group)s?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,8}?(?:in|at|inside)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:zone|area|province|part|outskirts|cent(?:re|er)|"
    rf"{COMPASS})\s+(?:in|of)\s+(?:the\s+)?)?"
    rf"(?:{COMPASS}ern\s+)?$", _I)
# what forces began or led there, when it is an attack (not aid or peacekeeping work)
_FORCES_OFFENSIVE_RE = word_regex(
    r"\b(?:offensive|assault|incursion|operation(?<!peacekeeping operation)"
    r"(?<!rescue operation)(?<!humanitarian operation)(?<!relief operation)(?<!aid operation)"
    r"(?<!evacuation operation)(?<!training operation))s?\b"
    # "Kyiv's forces damaged an oil refinery in the Ryazan region", "forces have stepped up
    # attacks in eastern Aleppo": what they struck there
    rf"|\b{_STRUCK_ADJECTIVE}\b|\b(?:destroyed|attacks|strikes|raids|shelling|bombardment)\b"
    # "Israeli Defense Forces aircraft carried out an attack in the area of"
    r"|\b(?:carried\s+out|conducted|launched|staged)\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|raid)\b",
    _I)
# "at three coastal radar sites", "at rebel positions": where fire was aimed
_AIMED_AT = (r"at\s+(?:[\w-]+\s+){0,3}(?:forces|positions|troops|targets|fighters|militants|"
             r"sites|bases|facilities|installations)")
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
# air defences fire too, at what attacks ("air defences in Damascus fired missiles at the jets")
# "air defence", "anti-aircraft defense": the words the air defence rules share
_AIR_DEFENCE_WORDS = r"(?:anti-aircraft|air)[ -]defen[cs]es?"
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
_MOVING_RE = re.compile(r"(?:moved|moving|relocat|redeploy)", _I)
# ... a plan to send them is no base yet: "preparations to send ground troops to Yemen"
_PLANNED_END_RE = re.compile(r"\b(?:to|will|would|could|might|may|shall)\s+(?:be\s+)?$", _I)
# "ships have been moved out of Sevastopol", "moved its warships from annexed Crimea": where
# forces were stationed before
_MOVED_FROM_RE = word_regex(
    r"\b(?:moved|relocated|redeployed|withdrawn|withdrew|pulled)\s+(?P<what>(?:[\w'\u2019-]+\s+)"
    r"{0,8}?)(?:out\s+of|from)\s+(?:the\s+)?(?:(?:annexed|occupied)\s+)?(?:port\s+of\s+)?$", _I)
# (not "fighters": Iran "sending fighters to Syria" sends militiamen; nor missiles: arms)
_SENT_FORCES_RE = word_regex(
    rf"\b(?:{_AIRCRAFT}|{_SHIPS}|troops|forces|soldiers|marines|batteries|units|squadrons?|"
    r"personnel|armou?r|tanks|artillery|howitzers|reinforcements)\b", _I)
_TOOK_OFF_IN_RE = word_regex(
    r"\b(?:took|take|takes|taking|taken)\s+off\s+(?:in|at)\s+(?:the\s+)?$", _I)
_BY_GAP_RE = re.compile(r"\s*by\s+(?:the\s+)?", _I)
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
# "heard explosions from anti-aircraft missiles west of Kassala": a bearing from the place,
# which is no origin (tests/gold/README.md rule 3); "from the north of Tripoli" off a city
_FROM_BEARING_RE = re.compile(rf"(?<!the )\b{COMPASS}(?:ern)?\s+of\s+(?:the\s+)?$", _I)
# ... or before "from": "destroyed a missile northeast from its capital Riyadh"
_BEARING_END_RE = re.compile(rf"\b{COMPASS}(?:ern|wards?)?\s+$", _I)
_FROM_PART_RE = re.compile(rf"from\s+the\s+{COMPASS}\s+of\s+(?:the\s+)?$", _I)
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
_RANGE_TO_RE = re.compile(
    r"[^.;:!?]*?\bto\s+(?:the\s+)?(?:\w+ern\s+)?(?:port\s+)?"
    r"(?:(?:city|town|region|province)\s+of\s+)?(?-i:[A-Z])", _I)
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
_BASE_BEFORE_RE = word_regex(
    r"\b(?:air ?bases?|air ?fields?|airports?|(?:naval|military|air) (?:base|facility|"
    r"facilities)|bases?|stationed|deployed|based|port city|air group|contingent|"
    r"garrison)\s+(?:in|at|near|of|outside)\s+"
    # "a base in the government-controlled coastal Syrian city of X", "a base in western Iran"
    rf"(?:the\s+)?(?:(?:{COMPASS}ern|central)\s+)?"
    r"(?:port\s+|(?:[\w-]+\s+){0,3}?(?:port\s+)?(?:city|town)\s+of\s+)?$", _I)
_BASE_AFTER_RE = re.compile(
    rf"^\s+(?:naval\s+(?:bases?|facilit(?:y|ies))|{BASE_WORDS})\b"
    # "X, where US forces are stationed"
    r"|^\s*,?\s+where\s+(?:[\w-]+\s+){0,4}?(?:are|were|is|was|have been|had been|remain)\s+"
    r"(?:\w+\s+)?(?:stationed|based|deployed|garrisoned)\b"
    # "began using Turkey as a base from which to attack"
    # ("Russia uses Iran as base for Syria air strikes")
    r"|^\s+as\s+(?:an?\s+)?(?:\w+\s+)?(?:base|staging (?:area|ground|post)|launch(?:ing)? ?pad|"
    r"hub)\b", _I)
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
_NAVAL_RE = word_regex(
    r"\b(?:naval|navy|fleets?|flotillas?|warships?|frigates?|corvettes?|destroyers?|"
    r"submarines?|military|troops|forces|facility|facilities|bases?)\b", _I)
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
# the forces' own losses: a loss noun before them ("the death toll of Turkish soldiers in"),
# or the forces as a passive's subject after the name ("soldiers in Idlib were killed")
# (nouns only: "the wounded soldiers from Palmyra were taken to a hospital in Homs")
_FORCE_LOSS_BEFORE_RE = re.compile(r"\b(?:death toll|deaths|casualties|losses)\b", _I)
_FORCE_LOSS_AFTER_RE = re.compile(
    r"^\s*(?:(?:province|governorate|countryside)\s+)?(?:were|was|have been|had been)\s+"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|hit)\b", _I)
# "X, Syria's second city": the country only describes the place named before it
_APPOSITIVE_RE = re.compile(
    r"['\u2019]s\s+(?:[a-z]+est|second|third|main|former|old|ancient|de facto)\b", _I)
_PLACE_PREP = r"(?:near|in|around|outside|over|across|on|at)"
# "the Ukrainian capital" before its name, which restates it ("struck the capital, Kyiv")
_CAPITAL_APPOSITION = r"(?:[\w'\u2019-]+\s+){0,2}?capital(?:\s+city)?"
_FRONTED_RE = re.compile(
    # one or more place phrases and nothing else: "Near X,", "In the east of Hama province,
    # near the settlement of X,"
    # "Yesterday in Syria, ...", "While near Tal Afar, ...": a time word may open the clause
    # ("According to the head of the RSA, at 15:40 in Budy, two Iskanders hit")
    r"^[\W\d]*(?:according\s+to\s+[^,;:]{1,60},\s*)?"
    r"(?:(?:yesterday|today|overnight|meanwhile|elsewhere|earlier|later|separately|while|"
    rf"also|on (?:{'|'.join(WEEKDAYS)})|"
    # "Similarly, in Shwebo Township, military council forces conducted an airstrike"
    r"similarly|likewise|additionally|in\s+addition|furthermore|moreover|"
    # "at 15:40 in Budy, two Iskanders hit"
    r"at\s+\d{1,2}(?:[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?))\s*,?\s+)?"
    rf"(?:{_PLACE_PREP}\b[^,.;:]{{0,60}},\s*)*{_PLACE_PREP}\s+(?:the\s+)?"
    # "In the capital, Kyiv, a missile struck"
    rf"(?:{_CAPITAL_APPOSITION},\s+)?"
    # "In south Gaza,", "In northern Syria,"
    rf"(?:(?:{COMPASS}|central)(?:ern)?\s+)?"
    r"(?:\w+\s+(?:part\s+)?of\s+(?:the\s+)?)?$", _I)
_REFERENCE_BEFORE_RE = re.compile(
    # "east of X" places something by X; "the east of X" is part of X
    # ("to the east of X" is a bearing again)
    # ("several kilometres north of the LNA-controlled Jufra airbase")
    rf"(?:(?<!the )|(?<=to the ))\b{COMPASS}(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+-(?:controlled|held|run|occupied)\s+)?"
    # "west of the cities of Khan Younis and Rafah": a plural head reaches over the list
    # ("south of the western province of Hodeidah")
    rf"(?:(?:city|town|village)\s+of\s+|(?:cities|towns|villages)\s+of\s+"
    rf"(?:{NAME_WORD}(?:\s+{NAME_WORD})?,?\s+and\s+)?"
    rf"|(?:{COMPASS}(?:ern)?\s+)?(?:{GOV_WORDS}|region)\s+of\s+)?$"
    r"|\b(?:road|highway|route|motorway)\s+(?:\w+\s+){0,2}?(?:to|into|from|linking|between)\s+"
    # ("a highway between Masyaf and the town of Wadi al-Uyun")
    rf"(?:the\s+)?(?:{NAME_WORD}\s+and\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)?$"
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
# ("a town far from Aleppo"; not "not far from", near it)
_DISTANCE_FROM = (r"(?:\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)"
                  r"|(?<!not )\b(?:far|farther|further))\s+(?:away\s+)?from\b")
# ("some 15 kilometres (nine miles) from the town of Batroun": the aside is blanked)
_DISTANCE_FROM_RE = re.compile(
    rf"{_DISTANCE_FROM}\s+(?:the\s+)?(?:{TOWN_WORDS}\s+of\s+)?$", _I)
_DISTANCE_FROM_GAP_RE = re.compile(_DISTANCE_FROM, _I)
_DISTANCE_FROM_ENDS = ("from", "the", "of")
# (as _ANTI_PRO_ENDS)
_REFERENCE_BEFORE_ENDS = ("of", "the", "and", "to", "from", "linking", "connecting", "between",
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
_NEGATION_RE = word_regex(
    # (not a relative clause's "no": "targeted areas where no fighting is taking place")
    r"\b(?:not|no(?<!\bwhere no)|never|don[’']t|doesn[’']t|didn[’']t|won[’']t|plans? to|wants? to|"
    r"want to|"
    # "they were going to start striking in Syria", "won support from parliament to carry out
    # strikes in Syria": what is meant or allowed, not yet done
    r"(?:am|is|are|was|were)\s+going\s+to|"
    r"(?:support|approval|authori[sz]ation|permission|mandate|go-ahead|green\s+light)\s+"
    r"(?:from\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:carry\s+out|conduct|launch|strike|bomb)|"
    r"unable to|failed to|decid(?:ed|es|e) to|seek(?:s|ing)? to|sought to|"
    # "a decision on military action in Lebanon" (not "after a decision on Monday")
    r"decisions?\s+(?:on|about)\s+(?:whether|military|strikes?|action|an?\s+(?:attack|"
    r"offensive|operation))|"
    # "fighters involved in plotting attacks in Europe" (not "a plot of land")
    r"plot(?:s|ted|ting)?\s+(?:to|attacks?|against|an?\s+attack)|"
    r"rule[sd]? out|ruling out|mull(?:s|ed|ing)?|"
    # (not "may have struck": a doubted strike is reported, annotation rule 13)
    r"would|could|will|(?-i:may|might)(?!\s+(?:also\s+)?have\b)|"
    # "planning an imminent attack on Israel" (not "carefully planned airstrikes hit")
    r"(?:planning|(?:was|were|had|has|have|is|are)\s+planned)(?=(?:\s+[\w-]+){0,2}\s*$)|"
    # ("encouraged jihadists in the Caucasus to attack Russia", not "encouraged by")
    r"threaten\w*|threats?\s+(?:to|of)\b|if|vowed|promis(?:e|es|ed|ing)\s+to|"
    r"pledg(?:e|es|ed|ing)\s+to|called on|calls? on|urged|instructions? to|"
    r"encourag(?:e|es|ed|ing)\b(?!\s+by\b)|"
    # "efforts to prevent future attacks on US interests" (not "an operation to prevent rocket
    # attacks aimed at Israel": those were being fired)
    r"future(?=\s*$)|"
    # (not "in order to": a purpose)
    r"ordered\s+(?:[\w-]+\s+){1,3}to|order(?<!\bin order)s? to|calls? for|next target|"
    # an offensive put off or still to come: "postponed the offensive on", "massed for a
    # ground offensive toward"
    r"(?:postpon\w*|delay\w*|call\w* off|cancel\w*|ahead of|mass(?:ed|ing) for|"
    r"prepar\w* for)(?=(?:\s+[\w-]+){0,2}\s*$)|"
    # "prepare a campaign to recapture Sanaa", "preparing to storm the city of"
    # (not across a clause of its own or a name: "were preparing to leave when shells hit",
    # "prepared the ground to retake Palmyra were bombed")
    r"prepar(?:e|es|ed|ing)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?to"
    rf"(?=(?:\s+(?!(?:when|as|while|before|after|until|and|but)\b)(?:(?-i:[a-z])[\w-]*|"
    rf"{DEMONYM_WORD})){{0,4}}\s*$)|"
    # "is considering more attacks on militant positions", not "Russia, considered Assad's
    # main ally, bombed" (no comma between)
    r"consider\w*(?=[^,;:]*$))\b", _I)
_BACKED_BY_RE = word_regex(
    r"\b(?:backed|supported|covered|aided|helped)\s+by\s+(?:[\w-]+\s+){0,2}$", _I)
_UNVERIFIED_RE = word_regex(
    r"\b(?:could|can|did|does|do|was|were|is|are|would|will|has|have|had)(?:\s+not|n[’']t)\s+"
    r"(?:be\s+|been\s+)?"
    r"(?:independently\s+)?(?:confirm|verif|comment)\w*"
    # "There was no immediate confirmation from Jordan on the strike that hit Sweida"
    r"|\bno\s+(?:immediate\s+|independent\s+|official\s+)?(?:confirmation|comment)\b", _I)
_UNVERIFIED_GATE = ("confirm", "verif", "comment")  # gate (names.has_any), lower-cased
_SPEECH_RE = word_regex(r"\b(?:say|says|said|told|according to|claims?|claimed)\b", _I)
# words that report speech: "jets struck the market, residents said, in Douma" is one clause
_SPEECH_VERB = SPEECH_VERBS + r"\b"
_SPEECH_VERB_RE = re.compile(r"\b" + _SPEECH_VERB, re.I)
# a speaker's verb right after the name ("..., the United States said")
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?" + _SPEECH_VERB, _I)


def _after_speaker(lead: str) -> str:
    """What the text before a cue says after its last speech verb: "In a briefing, he said"
    leaves nothing of the briefing, which is where it was said, not what happened."""
    verbs = list(_SPEECH_VERB_RE.finditer(lead))
    return lead[verbs[-1].end():] if verbs else lead

# "struck the market, the ministry said, in Douma", "hit Mosul, officials told Reuters, and
# Tal Afar": a speaker set off by commas inside the phrase that goes on after it
_PARENTHETICAL_SPEECH_RE = re.compile(
    rf",\s+(?:[\w.'\u2019-]+\s+){{1,4}}{_SPEECH_VERB}(?:\s+[\w.'\u2019-]+)?,"
    r"(?=\s+(?:and|or|in|on|at|near|around|outside|over|across)\b|\s*$)", _I)
_LOCATIVE_RE = word_regex(
    # ("the hills surrounding Palmyra", not "the controversy surrounding Turkey's role")
    r"\b(?:in|on|at|near|over|across|against|throughout|around|outside|into|of|to|"
    r"(?:hills|mountains|areas?|villages|farms|countryside|positions)\s+surrounding|"
    r"towards?|inside|north|south|east|west)\b", _I)
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
_TALK_RE = word_regex(
    r"\b(?:about|discuss\w*|spoke|speak\w*|talk\w*|said|says|told|comment\w*|condemn\w*|"
    r"criticis\w*|criticiz\w*|denied|denies|deny|protest\w*|debat\w*|questions?)\b", _I)
_MEMBERS_RE = word_regex(
    r"\b(?:include[sd]?|including|such as|among them|are|were)\s+(?:the\s+)?$", _I)
_ROAD_AFTER_RE = re.compile(
    rf"^([-\u2013]{NAME_WORD}(?:\s+{NAME_WORD})*)?\s+(?:highway|road|motorway)\b", _I)
_SUPPORT_OF_RE = word_regex(
    r"\b(?:(?:support|backing|help|assistance|cover|approval|permission|consent)\s+(?:of|from)|"
    # "strikes against Houthi targets in Yemen alongside the US": the partner
    r"alongside|(?:together|jointly)\s+with|"
    r"in\s+(?:coordination|cooperation|conjunction|partnership)\s+with)\s+(?:the\s+)?$", _I)
_HOLDER_RE = word_regex(
    r"\b(?:who|which|that)\s+(?:\w+\s+)?(?:control|controls|controlled|holds?|held|"
    r"occup(?:y|ies|ied)|rule|rules|dominates?|serves?\s+as)\b", _I)
_BORDER_AFTER_RE = re.compile(r"['\u2019]s\s+(?:\w+ern\s+)?borders?\b", _I)
_SPECULATION_RE = word_regex(
    # (not the month: "in May, Israeli jets struck ... the Dimas airport")
    r"\b(?:would|could|might|(?-i:may)|perhaps|possibly|candidates?|speculat\w*|if)\b", _I)
# a country's possession and where it is: "Russia's Khmeimim", "Russia's main airbase in",
# "Iran's military presence inside"
_POSSESSION_RE = re.compile(
    # ("Russia's eastern Irkutsk region")
    POSSESSIVE + rf"(?:(?:{COMPASS}(?:ern)?|central)\s+"
    r"|(?:(?-i:[a-z-]+)\s+){1,3}(?:in|inside)\s+(?:the\s+)?)?")


def _possession(owner: Mention, owned: Mention) -> re.Match[str] | None:
    """The words that make ``owner``, a country, own ``owned``, the next name of its sentence
    ("'s" of "Iran's Isfahan", "'s main airbase in" of "Russia's main airbase in Syria")."""
    if owner.place is None or owner.place.kind != "country" or owned.place is None \
            or owned.sentence_start != owner.sentence_start:
        return None
    return _POSSESSION_RE.fullmatch(_plain(owner.sentence), owner.end - owner.sentence_start,
                                    owned.start - owned.sentence_start)


_BANNED_IN_END_RE = word_regex(
    r"\b(?:banned|outlawed|prohibited|proscribed|illegal)\s+(?:(?:in|by)\s+)+(?:the\s+)?$", _I)
_BANNED_IN_END_ENDS = ("in", "by", "the")  # (as _ANTI_PRO_ENDS)
_SOURCE_AFTER_COLON_RE = re.compile(
    r"\b(?:in|near|on|at|over)\s+(?:the\s+)?(?-i:[A-Z])[^:]*:\s*$", _I)
_SEA_FLEET_AFTER_RE = re.compile(r"\s+(?:flotilla|fleet)\b", _I)
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
# (a dash set off by spaces is no word: "Latamina - both of which")
_WORD_RE = re.compile(r"-*[\w'\u2019][\w'\u2019-]*")
_LIST_ITEMS_RE = re.compile(
    rf"(?:\bthe\s+)?\b{NAME}"
    # a list item may carry its kind: "raided al-Arbaen mount, Sermen and Ariha"
    rf"(?:\s+{LIST_ITEM_KIND})?"
    rf"(?:(?:,\s*|\s+)as\s+well\s+as\s+|{LIST_SEP}|\s+or\s+)+")


def _without_list_items(text: str) -> str:
    """``text`` with the names of a list blanked out: "targeted Kafr Nabudah, Latamneh and "
    reads "targeted  "."""
    # each name starts with a capital of UPPER, which lower() changes: most gaps have none
    return _LIST_ITEMS_RE.sub(" ", text) if text != text.lower() else text



def assign_roles(mentions: Iterable[Mention], text: str | None = None) -> tuple[Mention, ...]:
    """Return the mentions with ``role``, ``role_confidence`` and ``role_cue`` filled in.

    Each name is judged from its clause; then names joined to a judged name by a list
    ("Raqqa, Idlib and near the town of Maarat al-Numan") or by containment ("Maarat
    al-Numan in Idleb", "the Hmeymim airbase in Syria") share its role when their own
    clause gave no cue. Given the article's ``text``, the items of a bulleted list take the
    role its heading line gives them ("The targeted locations include:" and a line per
    town).
    """
    mentions = tuple(mentions)
    # the countries each sentence names: a country that acts is a state, and a state's
    # "attacks" are military ("Israel has attacked Iran's Isfahan town")
    states: dict[int, set[str]] = {}
    for m in mentions:
        if m.place is not None and m.place.kind == "country":
            states.setdefault(m.sentence_start, set()).add(m.surface)
    verdicts = [_role(m, frozenset(states.get(m.sentence_start, ()))) for m in mentions]
    for i in range(len(mentions) - 1):
        owner, owned = mentions[i], mentions[i + 1]
        if (p := _possession(owner, owned)) and owned.place.country \
                and owned.place.country != owner.place.country:
            # "rockets hit Russia's Khmeimim airbase" (in Syria), "rockets on Russia's main
            # airbase in Syria", "targeting Iran's military presence in Syria": what the
            # country has abroad was struck, not the country
            verdicts[i] = _Verdict("other", 0.7, p.group() + owned.surface, actor=True)
    for i, m in enumerate(mentions):
        if verdicts[i].role == "other" and not verdicts[i].cue:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            verdicts[i] = _anaphor_role(m, nxt, frozenset(states.get(m.sentence_start, ()))) \
                or verdicts[i]
    judged = [m.with_role(v.role, v.confidence, v.cue) for m, v in zip(mentions, verdicts)]
    judged = [m if v.actor else _colon_list_role(m, v.cue_reaches) for m, v in zip(judged, verdicts)]
    if text is not None:
        judged = [_casualty_role(_bullet_role(m, text), text)
                  if m.role == "other" and not m.role_cue else m for m in judged]
    for i in range(1, len(judged)):
        prev, cur = judged[i - 1], judged[i]
        if prev.role == "other" or cur.role == prev.role \
                or prev.sentence_start != cur.sentence_start:
            continue
        sentence = _plain(cur.sentence)
        gap = sentence[prev.end - prev.sentence_start:cur.start - cur.sentence_start]
        # containment is strong evidence ("the Mozdok airfield in North Ossetia"); a list
        # only where the name's own clause gave no cue
        # (not a name its own clause made an actor: "killed in Jurf al-Sakhar in U.S. strikes")
        m = _CONTAINED_GAP_RE.match(gap) if cur.role in ("other", "base") \
            and not verdicts[i].actor else None
        if m and not gap.startswith(("'", "\u2019")) and _country_in_smaller(prev, cur):
            m = None
        # (for a launch point or base, a cue that does not reach the name is none: "fired from
        # Quneitra province and the Damascus countryside", where "from" stands between)
        if m is None and (cur.role == "other"
                          and (not cur.role_cue or not verdicts[i].cue_reaches
                               and prev.role in ("launch_point", "base"))
                          # an air base that is only one by its kind, in a list of places
                          # things were launched from ("from the regions of Oryol, Millerovo")
                          or cur.role == "base" and prev.role == "launch_point"
                          and cur.place is not None and cur.role_cue == cur.place.kind) \
                and not _new_clause_at(sentence, gap, cur.start - cur.sentence_start):
            m = _LIST_GAP_RE.match(gap)
        if m is None and cur.role == "other" and not cur.role_cue \
                and prev.role == "strike_target" \
                and _RANGE_START_BEFORE_RE.search(sentence, 0, prev.start - prev.sentence_start):
            # "targeting all regions, from Kharkiv and Dnipro to the southern port city of
            # Odesa": the range's end is struck as its start is
            m = _RANGE_TO_IN_GAP_RE.fullmatch(gap.lstrip())
        label = m.group().strip(" )]") or "list" if m is not None else ""
        if m is None and _locates(prev, cur, gap, sentence):
            # the locator, or the place's other name, takes its role even from a cue of its
            # own ("bombers landed at Al Udeid Air Base, Qatar")
            m, label = gap, "also" if cur.place.id == prev.place.id else "in"
        if m is not None:
            cue = f"{prev.role_cue} ({label} {prev.surface})"
            judged[i] = cur.with_role(prev.role, round(prev.role_confidence * 0.9, 2), cue)
    # "Raqqa and Idlib were bombed": a passive after the last name of a list reaches back
    # to the names listed before it that their own clause gave no cue
    reached: set[int] = set()
    for i in range(len(judged) - 2, -1, -1):
        cur, nxt = judged[i], judged[i + 1]
        if cur.role != "other" or cur.role_cue or nxt.role == "other" \
                or cur.sentence_start != nxt.sentence_start:
            continue
        rel = nxt.end - nxt.sentence_start
        sentence = _plain(cur.sentence)  # (one sentence: the same for both)
        gap = sentence[cur.end - cur.sentence_start:nxt.start - nxt.sentence_start]
        if (i + 1 in reached or nxt.role == "strike_target"
                and (_PASSIVE_RE.match(sentence, rel) or _OF_WHICH_AFTER_RE.match(sentence, rel))) \
                and (_LIST_GAP_RE.match(gap) or _BACK_CONTAINED_GAP_RE.match(gap)):
            cue = f"{nxt.role_cue} (list {nxt.surface})"
            judged[i] = cur.with_role(nxt.role, round(nxt.role_confidence * 0.9, 2), cue)
            reached.add(i)
        elif nxt.role in ("strike_target", "launch_point", "base") and _possession(cur, nxt) \
                and nxt.place.country == cur.place.country:
            # "Israel attacks Iran's Isfahan town": the country that holds the place struck;
            # "took off from Iran's Hamadan air base": the one that holds the launch point;
            # "Iran's Shahid Nojeh air base is used for refuelling": the base (not "Russia's
            # Khmeimim airbase", in Syria: above)
            cue = f"{nxt.role_cue} (in {nxt.surface})"
            judged[i] = cur.with_role(nxt.role, round(nxt.role_confidence * 0.9, 2), cue)
    return _section_headings(judged)


# a bulleted list's item line ("- Srinagar (Jammu and Kashmir)", "• Jammu", "3. Bhuj")
_BULLET_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])[ \t]+\S")
_LIST_HEAD_END_RE = re.compile(r":\s*$")
# a heading that says its items were struck ("The targeted locations reportedly include:",
# "Cities hit overnight:"), not one that only mentions strikes ("Reactions to the strikes:")
_STRUCK_ITEMS_RE = re.compile(
    rf"\b(?:{_STRUCK_ADJECTIVE}\s+(?:[\w-]+\s+){{0,2}}?{_SITES}|"
    rf"{_SITES}\s+(?:(?:that\s+)?(?:were|was)\s+)?(?:(?-i:[a-z]+ly)\s+)?{_STRUCK_ADJECTIVE})\b", _I)
_MAX_BULLETS = 40
# the same list run on after a colon in the sentence: "Other Russian airfields reportedly
# struck include: Olenya air base in Murmansk Oblast; Diaghilev airbase in Ryazan Oblast"
_COLON_HEAD_END_RE = re.compile(
    r"\b(?:include[sd]?|including|were|are|was|is)\s*:\s*$|^[^,;:]{0,60}(?<!\d):\s*$", _I)
# heads whose adjective reports harm of any kind ("the affected areas", "airports damaged"):
# only with a military word or an attack
_HARM_ONLY_RE = re.compile(r"affected|damaged", _I)
_ATTACK_WORD_RE = word_regex(rf"\b(?:attacks?|{_STRIKE_NOUNS})\b", _I)
# a base by its kind's word ("Olenya air base", "the airbase in"), not by a verb ("based at")
_BASE_KIND_CUE_RE = re.compile(rf"(?:naval\s+)?{BASE_WORDS}\b|{NAVAL_WORDS}\b", _I)


# a strike verb whose object a colon then spells out: "strikes targeting four key Pakistan Air
# Force (PAF) bases: Nur Khan Air Base, ..."
_STRUCK_OBJECTS_HEAD_RE = re.compile(
    r"\b(?:target(?:ed|ing)|struck|hit(?:ting)?|strik(?:e|es|ing)|attack(?:ed|ing)|"
    r"bomb(?:ed|ing)|shell(?:ed|ing)|raid(?:ed|ing))(?=\s+(?:the\s+following\s+)?"
    rf"(?:[\w()'\u2019-]+\s+){{0,6}}?{_SITES}\s*:\s*$)", _I)


def _struck_items_head(head: str, pattern: re.Pattern[str] = _STRUCK_ITEMS_RE,
                       ) -> re.Match[str] | None:
    """Does a list's head (a heading line, or a sentence up to a colon) say its items were
    struck? The words that say so (``pattern``'s match), or None."""
    cue = pattern.search(head)
    if cue is None or _NEGATION_RE.search(head) or _civil(head) \
            or _NATURAL_AGENT_RE.search(head):
        return None
    if _HARM_ONLY_RE.search(cue.group()) and not _MILITARY_RE.search(head) \
            and not _ATTACK_WORD_RE.search(head):
        return None  # "the list of airports damaged by the storm"
    return cue


# a sentence's targets, listed after it: "targets included", "the targets hit were"
_TARGETS_INCLUDED_RE = re.compile(
    rf"\b(?:the\s+)?targets\s+(?:(?:that\s+were\s+)?{_STRUCK_ADJECTIVE}\s+)?"
    r"(?:included|include[sd]?|were)\s+(?!not\b)", _I)
# what ends such a list before a name: another clause or part of the sentence
_LIST_BREAK_RE = re.compile(r"[;:()]|\s[-\u2013\u2014]\s|\b(?:while|but|after|when|which|who)\b")


def _colon_list_role(mention: Mention, reaches: bool = True) -> Mention:
    """The role a sentence's head before a colon gives the items listed after it, when that
    head says its items were struck (as _bullet_role's heading), or "targets included" without
    a colon. Only a mention no rule gave
    a cue, or whose strike cue does not reach it (``reaches``: "Areas affected by the
    bombardment: Aleppo"), or a base by its kind ("Olenya air base"); the mention stays as it
    was otherwise ("20 km west of Donetsk", "according to the US Central Command in Tampa",
    "jets based at Belbek")."""
    if not (mention.role == "other" and (not mention.role_cue or not reaches)
            or mention.role == "base" and _BASE_KIND_CUE_RE.match(mention.role_cue)):
        return mention
    rel = mention.start - mention.sentence_start
    colon = mention.sentence.rfind(":", 0, rel)
    if colon < 0:
        # "Local reports said targets included a military base adjacent to Sana'a airport, ...
        # and military sites in Hajjah province": the same list without its colon
        if "targets" in fold_lower(mention.sentence) and (m := _TARGETS_INCLUDED_RE.search(
                mention.sentence, 0, rel)) and not _LIST_BREAK_RE.search(mention.sentence,
                                                                          m.end(), rel):
            return mention.with_role("strike_target", 0.6, f"{m.group().strip()} (list)")
        return mention
    head = mention.sentence[:colon + 1]
    if _COLON_HEAD_END_RE.search(head) and (cue := _struck_items_head(head)):
        return mention.with_role("strike_target", 0.6, f"{cue.group()} (list)")
    if (cue := _struck_items_head(head, _STRUCK_OBJECTS_HEAD_RE)) \
            and not _LIST_BREAK_RE.search(mention.sentence, colon + 1, rel):
        return mention.with_role("strike_target", 0.6, f"{cue.group()} (list)")
    return mention


def _bullet_role(mention: Mention, text: str) -> Mention:
    """The role a bulleted list's heading gives an item of it: "The targeted locations
    reportedly include:", then a line per place. Only a heading line that ends in a colon
    and reports strikes; the mention stays as it was otherwise."""
    start = text.rfind("\n", 0, mention.start) + 1
    if not _BULLET_RE.match(text, start) or "\n" in text[start:mention.start]:
        return mention
    for _ in range(_MAX_BULLETS):
        if start == 0:
            return mention
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _BULLET_RE.match(line):
            continue
        if _LIST_HEAD_END_RE.search(line) and (cue := _struck_items_head(line)):
            return mention.with_role("strike_target", 0.6, f"{cue.group()} (list)")
        return mention
    return mention


def _casualty_role(mention: Mention, text: str) -> Mention:
    """A place where a strike's casualties are counted, or its damage seen: "Russia launched
    missile and drone strikes on Ukraine. At least six people were injured in Kharkiv",
    "Rockets were fired from Lebanon. Cars caught fire in Haifa." The strike may be
    told in an earlier sentence, up to :data:`_HARM_CAUSE_CHARS` before; not an attack of
    terror or a crime ("a suicide attack"), nor casualties of something civil."""
    rel = mention.start - mention.sentence_start
    d = _CASUALTIES_IN_END_RE.search(mention.sentence, max(0, rel - 80), rel) \
        or _HARMED_IN_END_RE.search(mention.sentence, max(0, rel - 80), rel)
    if d is None \
            and (people := _PEOPLE_IN_END_RE.search(mention.sentence, max(0, rel - 40), rel)) \
            and _HURT_AFTER_RE.match(mention.sentence, mention.end - mention.sentence_start):
        d = people  # "at least two civilians in Engels sustained injuries"
    if d is None or _civil(mention.sentence):
        return mention
    lead = text[max(0, mention.sentence_start - _HARM_CAUSE_CHARS):
                mention.sentence_start + d.start()]
    cause = None
    for cause in _HARM_CAUSE_RE.finditer(lead):
        pass
    if cause is None and (why := _RESULT_OF_RE.search(mention.sentence, rel)):
        # "the number of wounded civilians in Tartar increased to 5 as a result of Armenia's
        # artillery attack": the cause told after the place
        lead = mention.sentence[:why.end()]
        cause = _HARM_CAUSE_RE.search(lead, why.start())
    if cause is None or _civil(lead[max(0, cause.start() - 40):cause.end()]):
        return mention
    return mention.with_role("strike_target", 0.55, f"{d.group().strip()} (after {cause.group()})")


# a line that is only a place's name, as monitors head the sections of a daily report
# ("Rif Dimashq Province:", "Deir Ezzor")
_HEADING_RE = re.compile(rf"\s*(?:{GOV_WORDS}\s*)?:?\s*", _I)


def _section_headings(judged: list[Mention]) -> tuple[Mention, ...]:
    """Give a section heading the strike role of what its section reports.

    A monitor's daily report heads each section with the province it covers ("Daraa
    Province:"), then lists the shelling and raids there; the heading names the area those
    strikes fell in. A heading takes ``strike_target`` when a place struck in its section (up to
    the next heading, within ``settings.SECTION_CHARS``) lies in it (:func:`_lies_in`).
    A heading whose section reports no strike stays ``other``, and so do a dateline in
    capitals, and a name alone on its line without a colon that is the report's first place
    (a site's section tag above the headline, a dateline under a byline).
    """
    headings = [i for i, m in enumerate(judged) if _is_heading(m)]
    for k, i in enumerate(headings):
        head = judged[i]
        if head.role != "other" or head.role_cue or head.place is None \
                or head.surface.isupper() or (i == 0 and not _COLON_AFTER_RE.match(
                    head.sentence, head.end - head.sentence_start)):
            continue
        stop = headings[k + 1] if k + 1 < len(headings) else len(judged)
        for m in judged[i + 1:stop]:
            if m.start - head.end > settings.SECTION_CHARS:
                break
            if m.role == "strike_target" and _lies_in(m.place, head.place):
                judged[i] = head.with_role("strike_target", 0.6, f"heading ({m.surface})")
                break
    return tuple(judged)


_COLON_AFTER_RE = re.compile(rf"\s*(?:{GOV_WORDS}\s*)?:", _I)


def _lies_in(place: Place | None, area: Place) -> bool:
    """Is ``place`` (None when unresolved: unknown) inside ``area``, as far as the gazetteer
    tells: the same country for a country, within the outline of an area that has one (Syrian
    governorates, regions), the same country for a province abroad (a point only), else within
    ``settings.SECTION_NEAR_KM`` of a town's point?"""
    if place is None or place.country != area.country:
        return False
    if area.kind == "country":
        return True
    if area.polygon is not None:
        return area.polygon.covers(Point(place.lon, place.lat))
    if area.kind in ("governorate", "region"):
        return True
    return great_circle((place.lat, place.lon), (area.lat, area.lon)).km <= settings.SECTION_NEAR_KM


def _is_heading(mention: Mention) -> bool:
    """Is the name alone on its line, but for "Province" and a colon?"""
    sentence, at = mention.sentence, mention.start - mention.sentence_start
    line_start = sentence.rfind("\n", 0, at) + 1
    line_end = sentence.find("\n", at)
    line_end = len(sentence) if line_end < 0 else line_end
    return not sentence[line_start:at].strip() \
        and _HEADING_RE.fullmatch(sentence, at + len(mention.surface), line_end) is not None


# "the city", "the embattled town", "the afflicted city": the place just named, again
_ANAPHOR_RE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(city|town|village)\b(?!\s+of\b|-)")
_SPEAKER_NOUN_AFTER_RE = re.compile(rf"\s+(?:{_SPEAKER_NOUNS})\b", _I)
_ANAPHOR_KINDS = {"city": ("city", "town"), "town": ("town", "village"),
                  "village": ("town", "village")}
# where the speaker is, not what the noun names: "Speaking in Ankara, Erdogan said jets bombed
# the town", "Reporting from Gaziantep, the correspondent said the town was hit"
_SPEAKING_IN_RE = re.compile(
    r"\b(?:speak\w*|report\w*|writ\w*|talk\w*|interview\w*|visit\w*)\s+(?:in|from|to)\s+"
    r"(?:the\s+)?$", _I)


def _anaphor_role(mention: Mention, nxt: Mention | None,
                  states: frozenset[str]) -> _Verdict | None:
    """The strike role "the city" takes later in the sentence, for the town it stands for.

    "in the city of Arbeen, a child was killed when the city was subjected to bombing",
    "Douma has paid a high price as warplanes pound the city with barrel bombs": the noun
    names the place again, where the strike is said. Only when no other name stands between,
    and the place is of the noun's kind (a city for "the city"; an unresolved name when its
    own qualifier used the noun). None when the noun is not struck.
    """
    rel = mention.end - mention.sentence_start
    stop = nxt.start - mention.sentence_start \
        if nxt is not None and nxt.sentence_start == mention.sentence_start \
        else len(mention.sentence)
    m = _ANAPHOR_RE.search(mention.sentence, rel, stop)
    if m is None or _SPEAKER_NOUN_AFTER_RE.match(mention.sentence, rel):
        # ("Hodeidah residents told Reuters explosions were heard throughout the city": the
        # name tells who speaks)
        return None
    noun = m.group(1)
    if mention.place is not None:
        if mention.place.kind not in _ANAPHOR_KINDS[noun]:
            return None
    elif not re.search(rf"\b{noun}\b", mention.qualifier, _I):
        return None
    if _SPEAKING_IN_RE.search(mention.sentence, 0, mention.start - mention.sentence_start):
        return None
    at = mention.sentence_start + m.start(1)
    again = Mention(mention.article_id, noun, at, at + len(noun), mention.sentence,
                    mention.sentence_start, "", mention.place, mention.score, mention.match)
    verdict = _role(again, states)
    if verdict.role != "strike_target":
        return None
    return _Verdict("strike_target", round(verdict.confidence * 0.9, 2),
                    f"{verdict.cue} (the {noun})")


def _locates(prev: Mention, cur: Mention, gap: str, sentence: str) -> bool:
    """Does ``cur`` only say where ``prev`` is? A country after a comma ("Incirlik Air Base,
    Turkey."; not "Idlib, Turkey said", a speaker, nor "Mosul, Iraq's second city", which
    describes), or an area in brackets ("the Hamadan air base (Islamic Republic of Iran)",
    "Niamey Air Base [Niger]", "Maarat al-Numan (Idlib province)"), or the place's other name
    in brackets ("Near Dayr Az Zawr [Deir Ezzor], two strikes")."""
    if cur.place is None or prev.place is None:
        return False
    end = cur.end - cur.sentence_start
    in_brackets = bool(_BRACKET_GAP_RE.fullmatch(gap)) \
        and bool(_BRACKET_END_RE.match(sentence, end) or _BRACKET_MORE_END_RE.match(sentence, end))
    if cur.place.id == prev.place.id:
        return in_brackets  # ("the Democratic Republic of Congo (DRC)" too)
    if prev.place.kind == "country":
        return False
    if _COMMA_GAP_RE.fullmatch(gap):
        return cur.place.kind == "country" and bool(_LOCATOR_END_RE.match(sentence, end))
    # (a base's town in brackets says where it is: "Olenya (Murmansk, northwest Russia)")
    return in_brackets and (cur.place.kind in settings.AREA_KINDS
                            or prev.place.kind in settings.BASE_KINDS
                            and cur.place.kind in settings.SETTLEMENT_KINDS)


def _country_in_smaller(outer: Mention, inner: Mention) -> bool:
    """Is a country said to be "in" a place that cannot hold it ("the attack from Iran in Tel
    Aviv": two phrases, no containment)?"""
    return outer.place is not None and outer.place.kind == "country" \
        and inner.place is not None and inner.place.kind not in ("region", "sea")


def _new_clause_at(sentence: str, gap: str, name_start: int) -> bool:
    """Does a new clause begin at the last comma of ``gap``, the text before the name at
    ``name_start`` ("the T4 base, Iran beefed up", "Raqqa, and Moscow was warned")?"""
    comma = gap.rfind(",")
    return comma >= 0 and bool(_NEW_CLAUSE_RE.match(sentence, name_start - len(gap) + comma))


# what may follow a country that locates the place before it: the end of the phrase
_LOCATOR_END_RE = re.compile(
    r"\s*(?:[,.;:)\u201d\"]|$|(?:on|in|at|last|this|early|late|overnight|during|since)\b)", re.I)
# (a range that the sentence opens with "from" before its first name)
_RANGE_START_BEFORE_RE = re.compile(r"\bfrom\s+[^.;:!?()]{0,80}$", re.I)
# "Kefriya in the north of the Idlib Governorate": a name, then the one that contains it
# the kind written after a name ("Idlib province", "the Hmeimim airbase")
_QUALIFIER = (rf"(?:\s+(?:{GOV_WORDS}|regions?|countryside|{TOWN_WORDS}s?|"
              rf"(?:(?:military|army)\s+)?{BASE_WORDS}|{NAVAL_WORDS}))?")
_BACK_CONTAINED_GAP_RE = re.compile(
    # ("the Orta Cakalli village in the town of Shaykh al-Hadid")
    _QUALIFIER + rf"\s*,?\s+(?:in|inside)\s+(?:the\s+)?(?:{COMPASS}"
    r"(?:ern)?\s+(?:part\s+)?(?:of\s+)?(?:the\s+)?)?"
    rf"(?:(?:{TOWN_WORDS}|{GOV_WORDS}|regions?)\s+of\s+(?:the\s+)?)?$"
    # "the Terter, Aghdam and Jabrayil regions of Azerbaijan"
    rf"|\s+(?:{TOWN_WORDS}s?|{GOV_WORDS}|regions?|districts)\s+of\s+$", re.I)


# a finite verb: what starts a clause after its subject ("Russia sent", "residents fled");
# a participle with its agent or its place ("Idlib, bombed by", "a town held by rebels", "an
# ancient city located in the desert", "a town besieged since 2013") is none
_FINITE_VERB = (
    r"(?!\w+\s+by\b)(?![a-z]+ed\s+(?:in|at|near|since|with|from|for|during|over)\b)"
    # (nor an adjective before a name: "Tulkarem city, the northern occupied West Bank")
    r"(?!(?:occupied|annexed|besieged|embattled)\s+[A-Z])"
    r"(?:[a-z]+ed|was|were|has|have|had|is|are|says|said|will|would|did|does|can|could|may|"
    r"might|must|should|sent|fled|went|took|told|left|came|made|gave|began|held|kept|met|saw|"
    r"found|got|put|paid|lost|flew|fought|brought|led|ran|won|rose|fell)\b")
# the subject of a clause: a name of up to four words (abbreviations too: "U.S. officials")
_NAMED_SUBJECT = rf"(?:the\s+)?(?:(?:{ARTICLE}-)?[{UPPER}][\w'\u2019.-]*\s+){{1,4}}"
# ... or a common noun phrase ("residents", "the planes", "its jets"), whose words are no
# pronoun, auxiliary, preposition or adverb (", which were operating", ", had advanced")
_DETERMINERS = r"the|its|their|his|her|some|many|most|several"
_DETERMINER = rf"(?:{_DETERMINERS})\s+"
# "a"/"an" after a bare comma opens an apposition ("Palmyra, an ancient city ..."), not a clause
_ANY_DETERMINER = rf"(?:a|an|{_DETERMINERS})\s+"
_NOT_A_NOUN = (r"(?!(?:which|who|whom|whose|that|what|where|when|while|it|they|he|she|we|"
               r"have|has|had|was|were|is|are|be|been|being|since|then|also|still|now|and|or|"
               r"but|by|in|on|at|of|to|from|with|as|either|neither|not|so|just|already|"
               r"including|according|backed|led|supported)\b)")
_COMMON_WORDS = rf"(?:{_NOT_A_NOUN}[a-z][\w'\u2019-]*\s+){{1,3}}"
# ", and Moscow was warned", ", and residents fled to Turkey": a coordinated clause with its
# own subject; "After its jets bombed Idlib, Russia sent a note to Washington": a clause
# after a comma, unless its verb only reports speech (a parenthetical "officials said")
_NEW_CLAUSE_RE = re.compile(
    rf",\s+and\s+(?=(?:{_NAMED_SUBJECT}|(?:{_ANY_DETERMINER})?{_COMMON_WORDS}){_FINITE_VERB})"
    rf"|,\s+(?=(?:{_NAMED_SUBJECT}|{_DETERMINER}{_COMMON_WORDS})(?!{_SPEECH_VERB})"
    rf"{_FINITE_VERB})")
# "Raqqa, Idlib", "Raqqa and near the town of X", "Raqqa provinces and in X"
_LIST_GAP_RE = re.compile(
    # ("sites in northern Israel, such as Avivim": examples of where)
    _QUALIFIER + r"\s*(?:,|,?\s+(?:and|or|as well as)|,\s+(?:such\s+as|including))\s+"
    r"(?:(?:in|on|near|around|at)\s+)?"
    # "sites in Crimea and other sites in Russia"
    r"(?:other\s+(?:[\w-]+\s+)?(?:sites|targets|areas|places|regions|towns|cities|locations|"
    r"facilities)\s+(?:in|across)\s+)?"
    # "Quneitra province and the south-western Damascus countryside", "the port city of
    # Hodeidah and the nearby Ras Isa port"
    rf"(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent)\s+)?(?:{COMPASS}(?:ern)?\s+)?"
    # ("the villages of X and Y and the regions of Z")
    r"(?:(?:\w+\s+)?(?:town|city|village|province|area|outskirts|region|district|governorate|"
    r"oblast)s?\s+of\s+"
    # "Odesa, as well as the capital, Kyiv"
    rf"|{_CAPITAL_APPOSITION},?\s+)?$", re.I)
# "X in Y", "X, in Y", "X near Y", "X in southern Y", "X in the province of Y"
_CONTAINED_GAP_RE = re.compile(
    # (past the bracket of another name: "the Hmeimim (var. Khmeimim) Airbase in Latakia")
    r"(?:\s*[)\]])?" + _QUALIFIER
    + r"\s*,?\s+(?:(?:located|situated)\s+|(?:which|that)\s+(?:lies|lay|is|sits)\s+)?"
    r"(?:in|inside|on\s+the\s+territory\s+of)\s+(?:the\s+)?"
    rf"(?:occupied\s+)?(?:(?:\w+ern|{COMPASS})\s+)?"
    r"(?:(?:province|governorate|countryside|part)\s+of\s+)?$"
    # "the K1 base near Kirkuk", "the Incirlik base outside the city of Adana": a base is
    # placed by the town it is near
    rf"|\s+(?:(?:military|army|air|naval)\s+)?(?:{BASE_WORDS}|{NAVAL_WORDS})\s+(?:near|outside)\s+"
    r"(?:the\s+)?(?:(?:city|town|port|village)\s+of\s+)?$"
    # "Syria's Latakia Governorate": the possessor and what it owns; "Israel's economic hub
    # Tel Aviv", "Syria's second city Aleppo", "Nagorno Karabakh's capital, Stepanakert": a place
    # described on the way
    r"|^['\u2019]s\s+(?:(?:[a-z-]+\s+){0,2}(?:city|capital|hub|port|town|province|region|"
    r"stronghold|enclave|village|district|governorate|area)(?:,\s+|\s+(?:of\s+)?))?$", re.I)
# "Hamadan air base (Islamic Republic of Iran)", "Niamey Air Base [Niger]"; the place's other
# name, marked or not: "Hmeimim (var. Khmeimim)", "Dayr Az Zawr [Deir Ezzor]"
_BRACKET_GAP_RE = re.compile(
    _QUALIFIER + r"\s*[(\[]\s*(?:(?:var\.|also|or|aka|a\.k\.a\.|(?:also\s+)?(?:known\s+as|"
    r"spelt|spelled|called))\s+)?", re.I)
_BRACKET_END_RE = re.compile(rf"(?:\s+(?:{GOV_WORDS}|region))?\s*[)\]]", re.I)
# ... or with a wider area after it: "Olenya (Murmansk, northwest Russia)"
_BRACKET_MORE_END_RE = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+\s*[)\]]")
# "Incirlik Air Base, Turkey", "Akrotiri airbase, Cyprus", "Murmansk, northwest Russia"
_COMMA_GAP_RE = re.compile(_QUALIFIER + rf",[ \u00a0](?:{COMPASS}(?:ern)?[ \u00a0])?", re.I)


_ASIDE_RE = re.compile(r"\([^()]*\)")
# an aside right before a comma goes with the space before it, so a list reads on ("Belaya
# (Irkutsk, Siberia), Olenya (Murmansk), Dyagilevo" reads "Belaya, Olenya, Dyagilevo")
_ASIDE_BEFORE_COMMA_RE = re.compile(r"\s*\([^()]*\)(?=,)")


def _plain(text: str) -> str:
    """The text with hashtags' signs and spaces before commas out of the way, at the same
    length ("shelled #Douma , #Irbin , and #Harasta" reads as a plain list)."""
    return text.replace("#", " ").replace(" ,", ", ") if "#" in text or " ," in text else text


_VERB_AFTER_ASIDE_RE = re.compile(r"(?:was|were|is|are|has|have|had)\b", _I)
# a dash that sets off an aside, and a character of the aside (no stop, bracket or dash)
_ASIDE_DASH = r"\s[-\u2013\u2014]{1,2}\s"
_ASIDE_CHAR = rf"(?:(?!{_ASIDE_DASH})[^.;:()])"
_DASH_ASIDE_RE = re.compile(rf"{_ASIDE_DASH}{_ASIDE_CHAR}{{1,120}}{_ASIDE_DASH}")
# the two halves of a dash aside around the name ("British warplanes - flying from Cyprus -
# have conducted strikes"): the dash before it ends the text, the one after it opens it
# (the aside says what a noun did, "warplanes - flying from": not a list in apposition, "the
# five countries -- Bahrain, Jordan", nor where a place lies, "Saraqeb - located on a highway")
_DASH_OPEN_RE = re.compile(
    rf"\b[a-z]+(?P<dash>{_ASIDE_DASH})(?P<aside>[a-z]{_ASIDE_CHAR}{{0,120}})$")
_DASH_CLOSE_RE = re.compile(rf"(?P<aside>{_ASIDE_CHAR}{{0,120}}){_ASIDE_DASH}")
# a dash that opens a list of the places a plural noun counted ("facilities in three regions of
# Russia - Rostov, Lipetsk, and Volgograd"): the list is in the noun's clause
_LIST_DASH_RE = re.compile(
    rf"\b{_LIST_HEAD_NOUNS}(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*)?"
    rf"(?P<dash>{_ASIDE_DASH})"
    # ("two municipalities - Starooskolsky district and Chernyansky district")
    r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
    rf"(?:\s+(?:{LIST_ITEM_KIND}|{GOV_WORDS}|municipality|community))?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+))*$")


def _clause(mention: Mention, sentence: str) -> tuple[str, str]:
    """Text of the mention's clause before and after the name (``sentence``: its sentence,
    _plain)."""
    rel_start = mention.start - mention.sentence_start
    rel_end = mention.end - mention.sentence_start
    # a whole parenthesis is an aside ("Islamic State (IS, formerly ISIS) terrorists in X"):
    # it does not end the clause, it is skipped
    before = sentence[:rel_start]
    after = sentence[rel_end:]
    if before.endswith("(") and after.startswith(")"):
        # "in the city (Raqqa)": the name in brackets stands where the noun before it does
        before, after = before[:-1], after[1:]
    if "(" in before:
        before = _ASIDE_RE.sub(" ", _ASIDE_BEFORE_COMMA_RE.sub("", before))
    if "(" in after:
        after = _ASIDE_RE.sub(" ", _ASIDE_BEFORE_COMMA_RE.sub("", after))
    if (aside := _DASH_ASIDE_RE.match(after)) and _VERB_AFTER_ASIDE_RE.match(after, aside.end()):
        # "Saraqeb - located on a highway linking Damascus and Aleppo - was retaken": an aside
        # between dashes right after the name does not end its clause either
        after = " " + after[aside.end():]
    elif ((opening := _DASH_OPEN_RE.search(before)) and (closing := _DASH_CLOSE_RE.match(after))
          and _VERB_AFTER_ASIDE_RE.match(after, closing.end())):
        # "British warplanes - flying from Cyprus - have conducted strikes": the name is in the
        # aside, which reads as part of the sentence around it
        before = before[:opening.start("dash")] + " " + opening.group("aside")
        after = closing.group("aside") + " " + after[closing.end():]
    # (" - " and " -- " hold " -")
    if (" -" in before or "\u2013" in before or "\u2014" in before) \
            and (lst := _LIST_DASH_RE.search(before)):
        before = before[:lst.start("dash")] + " " + before[lst.end("dash"):]
    # (most clauses have no boundary to look for)
    if has_any(before, _CLAUSE_GATE) and (cuts := list(_CLAUSE_RE.finditer(before))):
        before = before[cuts[-1].end():]
    if has_any(after, _CLAUSE_GATE) and (cut := _CLAUSE_RE.search(after)):
        after = after[:cut.start()]
    return before, after


#: Characters that hold n words in all but freak cases; the exact answer is kept either way.
_CHARS_PER_WORD = 14


def _last_words(text: str, n: int) -> str:
    """``text`` from the start of its n-th last word (all of it if it has n words or fewer)."""
    # look at a tail first: the clause before a name can be long, the window is short
    cut = len(text) - n * _CHARS_PER_WORD
    if cut > 0:
        words = list(_WORD_RE.finditer(text, cut))
        # the first word found may be cut off; it is exact when more than n follow it
        if len(words) > n:
            return text[words[-n].start():]
    words = list(_WORD_RE.finditer(text))
    if len(words) <= n:
        return text
    return text[words[-n].start():]


def _first_words(text: str, n: int) -> str:
    """``text`` up to the end of its n-th word (all of it if it has n words or fewer)."""
    # a word after the n-th one in the head means the n-th is whole and the text is longer
    head = (n + 1) * _CHARS_PER_WORD
    words = list(_WORD_RE.finditer(text, 0, head))
    if len(words) <= n:
        if len(text) > head:  # (else the head was all of it)
            words = list(_WORD_RE.finditer(text))
        if len(words) <= n:
            return text
    return text[:words[n - 1].end()]


@dataclass(frozen=True, slots=True)
class _Clause:
    """A mention's clause, cut up the ways the rules read it."""

    mention: Mention
    before: str  # the clause before the name
    after: str  # the clause after it
    clause: str  # before + name + after
    kind: str  # the place's kind, "" when unresolved
    tail: str  # the end of ``before``: patterns anchored at the name look only here
    low_tail: str  # ``tail`` in lower case (fold_lower), for cheap substring tests
    states: frozenset[str] = frozenset()  # the countries the sentence names, as spelt there
    sentence: str = ""  # the whole sentence, _plain: what the rules beyond the clause read


class _Verdict(NamedTuple):
    """A mention's role, how sure, the words that decided, whether those words reach the
    name (a strike cue with "from" between does not), and whether the name acts."""

    role: str
    confidence: float
    cue: str
    cue_reaches: bool = True
    #: the clause makes the name an actor ("Moscow says", "US airstrikes"): no container
    actor: bool = False


def _role(mention: Mention, states: frozenset[str] = frozenset()) -> _Verdict:
    """The role of one mention, from its clause (``states``: the countries its sentence
    names)."""
    c = _read_clause(mention, states)
    verdict = _Verdict(*(_stated_role(c) or _strike_or_base_role(c)))
    if verdict.role != "launch_point" and c.kind == "sea" \
            and (m := _SEA_FLEET_AFTER_RE.match(c.after)):
        # "the Caspian Flotilla", "four warships of the Caspian fleet": a sea's fleet names
        # where its ships fire from, whatever else the clause says (a launch cue it gives, as
        # "fired from ships in its Caspian Sea fleet", is kept)
        return _Verdict("launch_point", 0.7, m.group().strip())
    return verdict


def _read_clause(mention: Mention, states: frozenset[str] = frozenset()) -> _Clause:
    sentence = _plain(mention.sentence)
    before, after = _clause(mention, sentence)
    if "," in before:
        # ", and Russia suspended ...", "After jets bombed Idlib, Russia sent ...": a new
        # clause with its own subject starts there
        cuts = [m.end() for m in _NEW_CLAUSE_RE.finditer(before + mention.surface + after)
                if m.end() <= len(before)]
        if cuts:
            before = before[cuts[-1]:]
    clause = before + mention.surface + after
    kind = mention.place.kind if mention.place else ""
    # searching the whole clause for the patterns anchored at the name would try every
    # position of it: they look back a few words only
    tail = before[-settings.ROLE_TAIL_CHARS:]
    return _Clause(mention, before, after, clause, kind, tail, fold_lower(tail), states, sentence)


# the ship something came from, right before what says where it is ("from a submarine")
_FROM_SHIP_END_RE = re.compile(
    rf"\bfrom\s+(?:an?|the|its|their)\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_SHIPS})\s*,?\s*$", _I)


def _forces_moved(tail: str, m: re.Match[str]) -> bool:
    """Did forces move, by ``m`` (of _SENT_TO_RE or _MOVED_FROM_RE, in ``tail``)? They are what
    is moved ("sent six F-16s to"), the passive's subject ("F-16s were sent to", after a list of
    ships if need be), or the subject of a verb that moves itself ("the Black Sea Fleet was
    likely relocating to"); "residents sent their children to Turkey" moves none."""
    before = tail[:m.start()]
    return bool(_SENT_FORCES_RE.search(m["what"])
                or _PASSIVE_AUX_RE.search(before)
                and _SENT_FORCES_RE.search(_last_words(before, 20))
                or not m["what"].strip() and _MOVING_RE.match(m.group())
                and _SENT_FORCES_RE.search(_last_words(before, 8))) \
        and not _NEGATION_RE.search(_last_words(before, 4))


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
    # "Moscow has used...", "Russia had involved...": a country or capital as the actor
    if (kind == "country" or (mention.place and (mention.place.population or 0) >= settings.ACTOR_CITY_POPULATION)) \
            and (m := _ACTIVE_SUBJECT_RE.match(after)) \
            and not (_IN_BEFORE_RE.search(tail)
                     and m.group().split()[0].lower() in ("has", "have", "had")):
        # (a name in a locative phrase is no subject: "drone strikes in Yemen have killed
        # 1,238", "attacks on refineries inside Russia have led to a slump"; "strike missions
        # over Syria would from now on be escorted" is a plan)
        return "other", 0.65, m.group().strip()

    return None


# what falls from the sky or is fired, and what it sets off: "exploded" means a strike only
# with one of these
_FALLING_MUNITION_RE = word_regex(
    rf"\b(?:{_PROJECTILES}|shells?|mortars?|artillery|ammunition|munitions?|depots?|"
    r"air\s?strikes?|raids?)\b", _I)
# the cues that mean a strike only with a munition: "exploded" somewhere in the clause,
# "heading for" right after it
_MUNITION_CUE_RE = re.compile(
    r"(?P<exploded>explod(?:ed|ing))|(?P<heading>head(?:ing|ed)\s.*)", _I)
# (a heading without a munition stays a cue, which _strike_or_base_role reads as a destination
# only: "Rebels heading for Idlib were hit by shells")
_FLIGHT_CUE_STARTS = ("reach", "fl")
# what is heading for (or reached) a place: a munition, right before the verb ("a missile over
# the Red Sea heading", "a drone that was heading", "the Shaheds that reached"), or the
# subject of a verb joined to it ("missiles ... entered Ukrainian airspace and headed towards",
# "the missiles reached the Lviv region, some of them flew into"); not "a convoy heading",
# "the missile chief headed", "talks reached"
_MUNITION_HEADING_RE = re.compile(
    rf"\b(?:{_PROJECTILES})[\"\u201d\u2019']?\s+(?:(?:that|which)\s+(?:(?:was|were|is|are)\s+)?|"
    r"(?:was|were|is|are)\s+|"
    r"(?:over|from|off)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?$"
    rf"|\b(?:{_PROJECTILES})\b[^.;:!?]{{0,100}}?(?:\band\s+(?:then\s+)?(?:(?:was|were)\s+)?|"
    r"\b(?:some|most|many|several|all|one|two|three|four|five)\s+of\s+them\s+)$", _I)
# bringing down what flies: the place after it is where, when it is an area
_DOWN = r"(?:(?:shot|shoots?|shooting)\s+down|destroy(?:s|ed|ing)?|neutrali[sz](?:e|es|ed|ing))"
_DOWNED_RE = re.compile(_DOWN, _I)
# air defence there that brings down what flies: "Air defense forces in eastern Ukraine shot
# down two missiles" (not "Russian forces at Hmeimim shot down six drones": based there)
_AIR_DEFENCE_END_RE = re.compile(rf"\b{_AIR_DEFENCE_WORDS}\s+$", _I)
_INTERCEPTING_AFTER_RE = re.compile(
    rf"\s+(?:(?:\w+ly|also|have|has|had)\s+)?(?:{_DOWN}|downed|intercept(?:ed|s))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_FLYER}\b", _I)
# what flies brought down by forces: "shot down by ... the Defense Forces of Ukraine in"
_INTERCEPTED_RE = word_regex(rf"\b(?:{_DOWN}|downed|intercepted)\s+by\b", _I)
# (what flies is the head noun, right before where: not "destroyed drone factories in Ukraine",
# "destroyed missile batteries in Syria", "neutralized drone operators in Lebanon")
_DOWNED_WHERE = (r"\s+(?:over|across|above|in)\s+(?:(?:the\s+)?(?:skies|airspace)\s+of\s+)?"
                 r"(?:[\w'\u2019-]+,?\s+){0,6}?"
                 r"(?:(?:regions?|provinces?|areas?|oblasts?),?\s+including\s+)?"
                 r"(?:the\s+)?$")
_DOWNED_OVER_RE = re.compile(
    rf"\b{_DOWN}\s+(?:[\w-]+\s+){{0,3}}?{_FLYER}{_DOWNED_WHERE}|"
    rf"\b{_FLYER}\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)?(?:\w+ly\s+)?{_DOWN}"
    rf"{_DOWNED_WHERE}", _I)
_AREA_QUALIFIER_RE = re.compile(rf"\b(?:{GOV_WORDS}|regions?)\b", _I)
# (or a list's shared kind: "the Kursk and Bryansk regions")
_AREA_AFTER_RE = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:and\s+)?(?-i:[A-Z])[\w'\u2019-]*"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?)*"
    rf"\s+(?:{GOV_WORDS}|regions?)\b", _I)
# strike words that are also everyday words, and what makes them military
# a capture, an armed group as its subject, and a past time: background
_CAPTURE_CUE_RE = re.compile(
    r"(?:took|takes?|taken|taking|seiz\w*|captur\w*|overr?an|overrun)"
    r"(?:\s+(?:full\s+|complete\s+)?control(?:\s+of)?)?", _I)
# the armed groups claims name as targets ("Islamic State", "Nusra", "HTS"), as alternatives
_TARGET_GROUPS = settings.TARGET_GROUP_PATTERN
# (the group right before the verb: "ISIS militants captured", "the Houthis had taken")
_GROUP_SUBJECT_RE = re.compile(
    # ("IS seized Mosul": the group's initials as the subject)
    r"(?:\b(?:rebels?|insurgents?|militants?|jihadists?|extremists?|fighters)\b|(?-i:\bIS\b)|"
    rf"{_TARGET_GROUPS})(?:\s+[\w'\u2019-]+){{0,2}}\s*$", _I)
_PAST_TIME_RE = re.compile(
    rf"\b(?:in|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTHS})(?:\s+(?:19|20)\d\d)?\b|"
    r"\b(?:in|since)\s+(?:19|20)\d\d\b|\b(?:earlier\s+this|last)\s+year\b", _I)
_PLUPERFECT_END_RE = re.compile(r"\bhad\s+(?:\w+ly\s+)?$", _I)
_WEAK_CUE_RE = re.compile(
    rf"{_UNDER_FIRE_BARE}|"
    r"landed|took|takes|taken|taking|seiz\w+|attack(?:ed|ing)|destruction|devastat\w+|"
    r"aim\w* (?:at|for)|(?:impos|gain|establish|assert|extend|earn)\w*\s+(?:full\s+|total\s+)?"
    r"control\s+(?:over|of)|"
    r"advanc\w*(?: from \S+)? (?:on|to|towards?|into|in)|"
    r"operations? (?:(?:only|mainly|mostly|also) )?(?:in|into|against|over)|"
    # "a vaccination campaign in Idlib", "police neutralized a suspect", "smoke from the fire
    # drifted into Lebanon"
    r"campaign (?:in|over)|neutrali[sz]\w*|fires?|"
    # "a storm tore through Latakia", "the news ripped through Damascus", "a storm pummelled
    # Lebanon", "a salvo of sanctions against Ankara"
    r"(?:rip|t(?:ore|ear|orn))\w* through|(?:slam|smash)\w* into|rain\w*(?: down)? on|"
    r"pummel\w*|flatten\w*|raz\w+|obliterat\w+|barrages?|salvos?|"
    # "the attack took place in Paris" (a terror attack) or "... near Masyaf" (missiles)
    + _ATTACK_TOOK_PLACE, _I)
# "Masyaf under an attack attributed to Israel": a state's attack
_ATTRIBUTED_TO_RE = re.compile(
    rf"\battacks?\s+(?:attributed\s+to|blamed\s+on|claimed\s+by|by)\s+(?P<state>{NAME_WORD})"
    rf"(?:\s+(?P<more>{NAME_WORD}))?")
# a nation at war attacks with its forces: "the Ukrainians attacked the crossing in Crimea"
_NATION_RE = re.compile(rf"\b[Tt]he\s+{DEMONYM_WORD}s\b")
_MILITARY_RE = re.compile(
    rf"\b(?:{_AIRCRAFT}|{_SHIPS}|{_MUNITIONS}|fighters?|artillery|mortars?|shell\w*|troops|"
    r"forces|soldiers|army|armies|military|militar\w+|rebels?|militants?|insurgents?|"
    r"commanders?|generals|enemy|"
    r"jihadists?|militias?|regime|coalition|combat|air|aerial|anti-terror\w*|"
    r"counter-?terror\w*|offensive|launch\w*|strikes?|raids?|bomb\w*|command|CENTCOM|"
    r"Pentagon|defen[cs]e)\b"
    # the armed groups claims name as targets ("Islamic State seized Palmyra")
    + "|" + _TARGET_GROUPS, _I)
_YET_TO_BEGIN_RE = re.compile(
    r"\s*,?\s*(?:could|would|will|may|might|is\s+(?:set|due|expected|about)\s+to|"
    r"are\s+(?:set|due|expected|about)\s+to)\s+(?:\w+ly\s+)?(?:soon\s+)?"
    r"(?:begin|start|commence|be\s+launched|take\s+place|get\s+under\s?way)\b", _I)
_PUT_OFF_RE = word_regex(r"\b(?:on hold|postponed|called off|put off|shelved)\b", _I)
_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", _I)
_COMMA_RE = re.compile(r"[,;:]")


_STRIKE_NOUN_END_RE = re.compile(rf"\b(?:{_STRIKE_NOUNS}|attacks?|offensives?|operations?)$", _I)
_LAUNCHED_AFTER_RE = re.compile(
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:has|have|had)\s+)?(?:launched|carried\s+out|conducted|"
    r"mounted|staged|unleashed|fired|waged)\b", _I)
_AS_END_RE = re.compile(r"(?<!such )(?<!well )\bas\s+(?:the\s+)?$", _I)
_ACTIVE_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:has|have|had)\s+)?(?!(?:was|were|is|are|been)\b)"
    r"(?-i:[a-z]+ed|struck|hit|shot|fought|began|took|sent|said|says|launch(?:es)?|strikes|"
    r"attacks|bombs|fires|hits|vows?|warns?|sends?|responds?|retaliates?)\b")


def _subject_before(tail: str, verb_start: int) -> str:
    """The few words before a verb, back to the last comma: where its subject is."""
    text = tail[:verb_start]
    commas = list(_COMMA_RE.finditer(text))
    return _last_words(text[commas[-1].end():] if commas else text, 5)


def _strike_or_base_role(c: _Clause) -> tuple[str, float, str] | _Verdict:
    """The role a strike cue near the name, or forces and bases around it, give; else other."""
    before, after, clause, kind = c.before, c.after, c.clause, c.kind
    tail, low_tail = c.tail, c.low_tail
    near_before = _last_words(before, settings.ROLE_WINDOW_BEFORE)
    near_after = _first_words(after, settings.ROLE_WINDOW_AFTER)
    p = _PASSIVE_RE.match(after)
    if p and kind == "country" and _BARE_PARTICIPLE_IN_RE.fullmatch(p.group()) \
            and c.sentence.rstrip().endswith((".", "!", "?")):
        # "officials confirmed that Russia attacked in four places": in prose, a country before
        # a bare verb is its subject (a headline drops the "was": "Iran attacked in Syria")
        p = None
    if p and p.end() > len(near_after):
        near_after = after[:p.end()]  # "X airbase, located in Homs province, was struck"
    if p and p.group().lower().endswith(("under", "subjected", "to")):
        # "Sevastopol came under two major Ukrainian missile attacks", "was subjected to": the
        # attack is named past the verb
        near_after = max(near_after, after[:p.end()] + _first_words(after[p.end():], 6), key=len)
    elif w := _WHEN_AFTER_RE.match(after):
        # "in the Saud area of Rawan district when a missile hit their car"
        near_after = max(near_after, after[:w.end()] + _first_words(after[w.end():], 6), key=len)
    # a country before "strikes" is the one that strikes ("US strikes"), a place where they fall
    passive = p if near_after == after or p is None else _PASSIVE_RE.match(near_after)
    strike = _nearest_strike_cue(near_before, near_after, passive, agent_like=(kind == "country"),
                                 lead=before[:len(before) - len(near_before)])
    if strike is None and p and p["attack"] and (
            _INTERCEPTED_WHAT_RE.search(after, p.end("attack"), p.end("attack") + 60)
            or _MILITARY_RE.search(after, p.end("attack"), p.end("attack") + 60)):
        # "X faced an attack from unmanned aerial vehicles" (not "from critics")
        strike = (p["attack"], 0, "after", "", before)
    elif strike is None and p and p["reported"]:
        strike = (p["reported"], 0, "after", "", before)
    if strike and strike[2] == "before" and strike[0].lower().startswith("battle") \
            and near_after.startswith(("'s", "\u2019s")):
        strike = None  # "the battle for Ukraine's future": the battle is for something else
    if strike and strike[2] == "before" and strike[0].lower() in ("target", "targets") \
            and strike[3].strip().lower() in ("for", "for the"):
        strike = None  # "the fleet is an important target for Kyiv": who would strike it
    # "troops backed by air strikes broke the siege of X": the strikes only describe the troops
    if strike is not None and strike[2] == "before" and _BACKED_BY_RE.search(strike[4]) \
            and not _LOCATIVE_RE.match(strike[3].lstrip()):
        strike = None
    # "the air attack Tehran launched last weekend": the name right after a strike noun is the
    # subject of a relative clause on it, the one who struck
    if strike is not None and strike[2] == "before" and strike[3].strip().lower() in ("", "that") \
            and _STRIKE_NOUN_END_RE.search(strike[0]) and _LAUNCHED_AFTER_RE.match(after):
        strike = None
    # "Explosions were heard near Isfahan as Israel reportedly launched a strike": the name
    # starts a clause of its own, as its subject
    if strike is not None and strike[2] == "before" and _AS_END_RE.search(strike[3]) \
            and _ACTIVE_VERB_AFTER_RE.match(after):
        strike = None
    # "Near Raqqa, 16 strikes engaged...", "In Syria, coalition forces conducted 21 strikes":
    # a place phrase at the head of the clause governs the strikes that follow it
    if strike is None and _FRONTED_RE.match(before) and (m := _STRIKE_RE.search(after)) \
            and not _TALK_RE.search(after, 0, m.start()):
        # ...unless the clause talks about strikes ("In Moscow, Putin spoke about the strikes")
        strike = (m.group(), len(_WORD_RE.findall(after[:m.start()])), "after", "", before)
    if (strike is None or (strike[2] == "before" and not _governs(strike[3], strike[0]))) \
            and len(near_before) < len(before):
        # "airstrikes on ISIS hideouts in eastern Homs desert, Al-Raqqah and Deir Ezzor
        # deserts, Al-Bashri area in western Deir Ezzor countryside, ... and Al-Rusafah": a
        # long chain of place phrases after a strike is all struck
        strike = _chain_cue(before) or strike
    if strike is None and (far := _FAR_PASSIVE_RE.search(after)) \
            and not _NOT_SUBJECT_GAP_RE.search(after, 0, far.start()) \
            and _SUBJECT_LEAD_RE.search(before) and not _ATTRIBUTION_RE.search(before) \
            and len(_WORD_RE.findall(after, 0, far.start())) <= settings.SUBJECT_GAP_WORDS:
        # "Port Sudan, the seat of the government and its main port, was attacked on
        # Tuesday", "a truck near the Serdest Camp in Sinjar, Iraq, was targeted": the name is
        # in the subject of a passive strike verb, past a longer apposition
        strike = (far.group("verb"), settings.ROLE_WINDOW_AFTER, "after", "", before)

    # "over 60 people have died in Yemen due to U.S. military action": deaths there, and
    # the strikes that caused them
    if strike is None and (m := _DEATH_CAUSE_AFTER_RE.match(after)) \
            and (d := _HARMED_IN_END_RE.search(near_before)):
        strike = (m.group("cue"), 0, "before", near_before[d.end():], near_before[:d.start()])
    # "anti-aircraft defence was activated in Dnipro", "air defences intercepted Israeli
    # missiles over Damascus": the place was under attack (not "air defence systems are
    # operating in Syria to protect the base", nor in a drill, nor a town on the way)
    # (the sentence-wide vetoes last: few names have such a cue)
    if strike is None and (
            (m := _AIR_DEFENCE_AT_WORK_RE.search(tail))
            or ((kind in _INTERCEPTED_OVER_KINDS and (m := _intercepted_over(tail))
                 or kind in _INTERCEPTED_OVER_AREA_KINDS and (m := _intercepted_over_area(c)))
                and not _TRANSIT_RE.search(c.sentence))) and not _DRILL_RE.search(c.sentence):
        # (the match may be in the sentence or a tail without its list: its words give the lead)
        lead = before[:max(0, before.rfind(m.group()))] if m.string != tail \
            else before[:len(before) - len(tail) + m.start()]
        strike = (m.group().strip(), 0, "before", "", lead)
    # "The missile on Wednesday left 26 civilians wounded at the Abha airport": casualties of
    # a munition named before them, where they fell
    if strike is None and ends_in(near_before, _CASUALTIES_IN_END_ENDS) \
            and (d := _CASUALTIES_IN_END_RE.search(near_before)) \
            and not _DRILL_RE.search(c.sentence) \
            and (m := _FALLING_MUNITION_RE.search(
                window := _last_words(before[:len(before) - len(near_before) + d.start()], 12))):
        lead = before[:len(before) - len(near_before) + d.start() - len(window) + m.start()]
        strike = (m.group(), 0, "before", near_before[d.end():], lead)
    # "the neighborhood of Bab al-Nayrab, the same area where 15 people were killed in a
    # barrel bombing": a relative clause on the place reports the strike
    if strike is None and (where := _WHERE_CLAUSE_RE.match(after)) \
            and (m := _STRIKE_RE.search(where.group("clause"))) \
            and not _NEGATION_RE.search(where.group("clause"), 0, m.start()) \
            and not _civil(where.group("clause")):
        strike = (m.group(), settings.ROLE_WINDOW_AFTER, "after", "", before)

    # "the Belaya Air Base attack": an attack named after the place (a country's attack is its
    # own: "the US strikes")
    if strike is None and kind != "country" and (m := _ATTACK_NAMED_AFTER_RE.match(after)) \
            and _NAMED_ATTACK_LEAD_RE.search(tail) and not _civil(c.sentence):
        strike = (m.group("cue"), 0, "after", "", before)
    # "Qaim: 1 woman during coalition airstrikes.", "Syria: US forces conduct air strikes
    # against pro-government forces": a label, then what happened there (not a dateline in
    # capitals, "TEHRAN: Iran said jets struck Idlib", nor a strike that names its own place)
    if strike is None and not c.mention.surface.isupper() \
            and _LABEL_BEFORE_RE.match(c.sentence[:c.mention.start - c.mention.sentence_start]) \
            and (label := _LABEL_AFTER_RE.match(c.sentence,
                                                c.mention.end - c.mention.sentence_start)):
        rest = c.sentence[label.end():]
        m = _STRIKE_RE.search(_first_words(rest, 8))
        if m and not _CAPITALISED_RE.search(rest, m.end()) \
                and not _NEGATION_RE.search(rest) and not _civil(rest) \
                and not _SPEECH_RE.search(rest) and not _REACTION_RE.search(rest):
            strike = (m.group(), 0, "after", "", before)
    # base: the place is a base, or the clause puts forces there
    base_cue = (has_any(low_tail, _BASE_GATE) and _BASE_BEFORE_RE.search(tail)) \
        or _BASE_AFTER_RE.search(after)
    if base_cue and base_cue.group().lower().startswith("port city") \
            and not _NAVAL_RE.search(clause):
        # "a naval facility in the port city of Tartus" is a base; "a ship held in Yemen's
        # port city of Hodeidah" is not
        base_cue = None
    governed = strike is not None and (strike[2] == "after" or _governs(strike[3], strike[0]))
    if governed and base_cue and strike[2] == "before" and base_cue.string is tail \
            and _USING_GAP_RE.search(strike[3]):
        # "its air campaign in Syria since Sept. 30, using warplanes at an air base in Syria's
        # coastal province of Latakia": the base in a phrase of its own, past the strike's
        governed = False
    if base_cue and kind == "country" and not governed:
        # "the Hmeymim airbase in Syria": the country hosts the base; weaker than a site
        return "base", 0.6, base_cue.group().strip()
    # "military police units ... in Eastern Ghouta", "personnel were in Syria as advisers":
    # forces present there, when no strike reaches the name
    if not governed and has_any(low_tail, _FORCES_GATE) and (m := _FORCES_IN_RE.search(tail)) \
            and not _NEGATION_RE.search(_last_words(tail[:m.start()], 4)) \
            and not _SUBORDINATE_GAP_RE.search(m.group()) \
            and not _SPEECH_VERB_RE.search(m.group()):
        # (not forces that speak of what happened there: "the Air Forces confirmed the downing
        # of 88 drones in")
        if d := (_INTERCEPTED_RE.search(before, 0, len(before) - len(tail) + m.start())
                 or (_AIR_DEFENCE_END_RE.search(tail, 0, m.start())
                     and _INTERCEPTING_AFTER_RE.match(after))):
            # "drones were shot down by mobile fire groups of the Defense Forces of Ukraine in
            # Kharkiv, Poltava and Vinnytsia oblasts": where the air defence brought them down,
            # not where forces are based; a town or a province there was under attack (the
            # gold of five sets), a sea or a country on the way was not
            if kind in _INTERCEPTED_OVER_KINDS or kind in _INTERCEPTED_OVER_AREA_KINDS:
                return "strike_target", 0.55, d.group().strip()
            return "other", 0.55, d.group().strip()
        if _FROM_END_RE.search(tail, 0, m.start()):
            # "Strikes ISIS From Submarine In Mediterranean", "attacks came from Russia's
            # fleet in the Caspian Sea": the forces there fired
            return "launch_point", 0.6, m.group().strip()
        if offensive := _FORCES_OFFENSIVE_RE.search(m.group()):
            # "troops had begun a broad ground operation on Wednesday in the province of Hama":
            # forces attacking there (tests/gold/README.md rule 4), not stationed
            return "strike_target", 0.6, offensive.group().strip()
        loss = _FORCE_LOSS_BEFORE_RE.search(tail, 0, m.start()) or _FORCE_LOSS_AFTER_RE.match(after)
        if loss and not _NEGATION_RE.search(_last_words(tail[:m.start()], 4)) \
                and not _NEGATION_RE.search(_last_words(tail[:loss.start()], 2)):
            # "the largest death toll of Turkish soldiers in Idlib": they were hit there
            return "strike_target", 0.6, loss.group().strip()
        return "base", 0.6, m.group().strip()  # not "it would send troops to X"
    base_words = base_cue.group().lower() if base_cue else ""
    if not governed and (kind == "airport" or "airport" in base_words) \
            and "military" not in base_words and (m := _CIVIL_FLIGHTS_RE.search(clause)):
        return "other", 0.6, m.group()  # "the airport resumed flights": civil, no base
    if base_cue or kind in ("airbase", "naval_base"):
        # "missiles at the Shayrat air base": a strike that reaches the base makes it a target
        if not governed:
            # "Al Udeid or Muwaffaq Salti would be the obvious candidates": a guess, no base
            if (m := _SPECULATION_RE.search(clause)):
                return "other", 0.55, m.group()
            cue = base_cue.group().strip() if base_cue else kind
            return "base", 0.8 if base_cue else 0.65, cue

    if strike is None and (m := _ATTACKS_IN_END_RE.search(near_before)) \
            and (_state_subject(near_before[:m.start()], c.states, operation=True)
                 or _ARMED_SUBJECT_END_RE.search(near_before, 0, m.start())):
        # "Iran carried out a series of attacks in Pakistan", "the IDF carried out an attack
        # in the Shejaiya neighborhood": a state's or its forces' attacks (not "the attacks in
        # Paris", "gunmen carried out an attack in")
        strike = (m.group().strip(), 0, "before", near_before[m.end():], near_before[:m.start()])
    if strike is not None and (munition_cue := _MUNITION_CUE_RE.fullmatch(strike[0])) \
            and not (_MUNITION_HEADING_RE.search(strike[4])
                     if munition_cue.lastgroup == "heading"
                     else _FALLING_MUNITION_RE.search(clause)):
        # "a rocket exploded near Bet Shemesh", "a missile heading in the direction of Eilat";
        # not "a roadside bomb exploded in Kandahar", "a convoy heading towards Raqqa"
        return "other", 0.55, strike[0]
    if strike is not None and _WEAK_CUE_RE.fullmatch(strike[0]) \
            and not _MILITARY_RE.search(c.sentence) \
            and not (strike[0].lower().startswith("attack") and _NATION_RE.search(clause)
                     and not _CRITICISED_RE.search(strike[3])) \
            and not (strike[2] == "after" and kind in ("airbase", "naval_base")) \
            and not (strike[2] == "before" and _DEMONYM_END_RE.search(strike[4])
                     and strike[0].lower().startswith(("destruction", "devastat"))) \
            and not ((by := _ATTRIBUTED_TO_RE.search(c.sentence))
                     and (by.group("state") in c.states  # ("... to Israel Monday night")
                          or by.group("more") and f"{by.group('state')} {by.group('more')}"
                          in c.states)) \
            and not (strike[2] == "before" and _state_subject(strike[4], c.states)
                     and not _CRITICISED_RE.search(strike[3])
                     and not _CRITICISED_RE.search(_first_words(after, 4))):
        # "the delegation landed in Beirut", "police seized a shipment in Mersin": these words
        # report an attack only among armed forces or weapons
        return "other", 0.55, strike[0]
    if strike is not None and strike[2] == "before" and _CAPTURE_CUE_RE.fullmatch(strike[0]) \
            and _GROUP_SUBJECT_RE.search(strike[4][-60:]) \
            and (m := _PAST_TIME_RE.search(clause) or _PLUPERFECT_END_RE.search(strike[4])):
        # "Islamic State seized Palmyra in May 2015", "the Houthis had taken control of the
        # capital, Sanaa": an armed group's capture told as background (not "IS fighters seized
        # the town of Mahin on Sunday", nor government forces that retook a town)
        return "other", 0.55, m.group().strip()
    if strike is not None and strike[0].lower().startswith("devastat") \
            and not _FALLING_MUNITION_RE.search(clause):
        return "other", 0.55, strike[0]  # "the military coup devastated Sudan's economy"
    if strike is not None:
        cue, distance, where, gap, lead = strike
        if (where == "before" and not _BASE_TARGET_RE.search(gap)) and (
                ends_in(lead, _NATURAL_AGENT_BEFORE_ENDS)
                and (m := _NATURAL_AGENT_BEFORE_RE.search(lead))):
            # "the earthquake that struck both Syria and Turkey"
            return "other", 0.6, m.group().strip()
        # ("a car bomb and gun attack on a US drone base": an attack on a base is an attack)
        if not (where == "before" and _BASE_TARGET_RE.search(gap)) and (
                m := (_civil_gap(f"{cue}{gap}")
                 # (a word of _CIVIL_GATE in the words looked at is one in the lead)
                 or (where == "before" and (has_any(fold_lower(lead), _CIVIL_GATE)
                                            and _civil(_last_words(_after_speaker(lead), 4))
                                            or _TERROR_BY_RE.search(lead)))
                 # "Aleppo was among the cities hit hardest by the earthquake"
                 or (where == "after" and _NATURAL_AGENT_RE.search(_first_words(after, 12))))):
            return "other", 0.6, m.group().strip()
        if where == "before" and _DOWNED_RE.fullmatch(cue) \
                and not (kind in _INTERCEPTED_OVER_AREA_KINDS and _intercepted_over_area(c)) \
                and (kind in settings.AREA_KINDS or _AREA_QUALIFIER_RE.search(c.mention.qualifier)
                     or _AREA_AFTER_RE.match(after)) \
                and (m := _DOWNED_OVER_RE.search(f"{_last_words(lead, 6)} {cue}{gap}")):
            # "destroyed 112 drones across eight regions, including Crimea", "some drones
            # were neutralized over Syria or Jordan": where what flew was brought down, not
            # what it was sent at (a city that was: "missiles shot down over Damascus")
            return "other", 0.6, " ".join(m.group().split())
        if where == "before" and kind in ("sea", "country") and _DOWNED_RE.fullmatch(cue) \
                and (m := _TALLY_NEXT_RE.search(c.tail)):
            # "destroyed over occupied Crimea, 44 over the Krasnodar region, six over the Black
            # Sea": a sea or a country on the way, as "over the Black Sea" alone
            return "other", 0.6, " ".join(m.group().split())
        if where == "after" and (m := _PUT_OFF_RE.search(_first_words(after, 6))):
            return "other", 0.6, m.group()  # "puts the Idlib offensive on hold"
        if where == "before" and (m := _YET_TO_BEGIN_RE.match(after)):
            # "Ankara's new military operation in northern Syria could begin at any moment"
            return "other", 0.6, m.group().strip()
        if where == "before" and (m := _BY_GAP_RE.fullmatch(gap)):
            # "more rocket attacks by Gaza terrorists": the attacker, named after its place
            return "other", 0.6, m.group().strip()
        if where == "before" and (m := _SUPPORT_OF_RE.search(_without_list_items(gap))):
            # "bombed Idlib with the support of Iran": the ally, not a second target
            return "other", 0.6, m.group().strip()
        if where == "before" and (m := _HOLDER_RE.search(gap)):
            # "strikes on militants who control eastern Syria": where they hold, not the target
            return "other", 0.6, m.group()
        # "targeting ISIS say Moscow"; not a speaker set off by commas ("struck the market,
        # the ministry said, in Douma")
        if m := _SPEECH_RE.search(_PARENTHETICAL_SPEECH_RE.sub(" ", gap)):
            return "other", 0.6, m.group()
        if kind == "country" and (m := _MEMBERS_RE.search(_without_list_items(gap))):
            # "nations conducting airstrikes in Iraq include the United States, France...":
            # the countries that strike, not where
            return "other", 0.6, " ".join(m.group().split())
        # "could not confirm strikes on X" still reports them (annotation rule 13)
        lead = _last_words(lead, 10)
        if has_any(fold_lower(lead), _UNVERIFIED_GATE):
            lead = _UNVERIFIED_RE.sub(" ", lead)
        if m := (_NEGATION_RE.search(lead) or _NEGATION_RE.search(gap)):
            if base_cue:
                # "jets prepared for airstrikes at X airbase": no strike on it, a base
                return "base", 0.6, base_cue.group().strip()
            return "other", 0.6, m.group()
        if where == "before" and not _governs(gap, cue) and not _in_range(gap, after):
            # "During the air strikes, Russia has been using..."
            return _Verdict("other", 0.55, cue, cue_reaches=False)
        return "strike_target", round(max(0.5, 0.92 - 0.03 * distance), 2), cue
    civil = _civil(clause)
    if civil:
        return "other", 0.6, civil.group()
    # "Raqqa Museum after the airstrikes" (a caption), "fled al-Shafa days earlier after heavy
    # shelling": the place as it is after strikes (the clause ends at "after", so the
    # sentence is read); not "Putin arrived in Moscow after the strikes", where "after" dates
    # another event
    mention = c.mention
    if (m := _AFTER_STRIKES_RE.match(c.sentence, mention.end - mention.sentence_start)) \
            and (_NO_WORDS_BEFORE_RE.match(before) or _FLED_RE.search(tail)
                 # "a house caught fire in Kherson after Russian shelling"
                 or _HARMED_IN_END_RE.search(tail)):
        return "strike_target", 0.55, m.group(1)
    # "the village of Kafr Nabl in Idlib Province after it was bombed this morning": the place
    # the pronoun stands for was struck
    if (m := _IT_WAS_STRUCK_RE.match(c.sentence, mention.end - mention.sentence_start)):
        return "strike_target", 0.6, m.group("cue")
    return "other", 0.6, ""


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
_BASE_GATE = ("base", "field", "airport", "facilit", "stationed", "deployed", "based",
               "port city", "air group", "contingent", "garrison")
_FORCES_GATE = ("troops", "forces", "units", "personnel", "police", "advis", "soldiers",
                 "contingent", "garrison", "checkpoint", "navy", "warship", "cruiser", "destroyer",
                 "frigate", "sub", "squadron", "flotilla", "fleet", "force", "group")
_CAPITALISED_RE = re.compile(r"[\s-][A-Z]")
# "from the Yemeni city of X", "from the Syrian port of X": a demonym names no other origin
_DEMONYM_OF_RE = re.compile(
    rf"\b{DEMONYM_WORD}\s+(?:[a-z]+\s+)?(?:{TOWN_WORDS}|cities|towns|villages|{GOV_WORDS}|ports?|"
    r"capital|regions?)\s+of\s+")
# "from the direction of the occupied Syrian Golan": a demonym just before the name
_DEMONYM_END_RE = re.compile(rf"\b{DEMONYM_WORD}\s+$")
# "fired from Russian planes located over the Black Sea", "from US warships in the Red Sea":
# whose the platform is names no other origin
_OWNER_OF_PLATFORM_RE = re.compile(
    rf"\b(?:{DEMONYM_WORD}|US|U\.S\.|UK|(?-i:[A-Z])[\w-]*\d[\w-]*)\s+"
    rf"(?=(?:[\w-]+\s+)?(?:{_AIRCRAFT}|{_SHIPS}|fighters?)\b)")
_FROM_RE = re.compile(r"\bfrom\b", _I)
# ("came from Russia's fleet in the Caspian Sea": through the owner)
_FROM_END_RE = re.compile(
    r"\bfrom\s+(?:(?:the|a|an|its|their|two|three|\d+)\s+|[\w-]+['\u2019]s\s+)?$", _I)
# "fired rockets from X on the districts of": the target follows the origin
_FROM_THEN_ON_RE = re.compile(
    rf"\bfrom\b[^,;:]*?\s(?:on|onto|against|into|{_AIMED_AT})\s"
    # "rocket fire from Gaza at southern Israel": a named origin, then "at" before the name
    # (not "bombing Syria from its air group at the Hmeymim base")
    rf"|\bfrom\s+(?:the\s+)?{NAME}\s+at\s+(?:the\s+)?(?:{COMPASS}(?:ern)?\s+)?$"
    # "fired from Quneitra towards the Golan" (not "a convoy coming from Baaj heading north
    # toward", "set off from Mosul toward"; "from" read before the look back, as in _STRIKE_RE)
    r"|\bfrom(?<!off from)(?<!coming from)(?<!came from)(?<!moving from)(?<!fleeing from)"
    r"(?<!retreating from)\b"
    r"(?:(?!\b(?:head\w*|mov\w*|driv\w*|fle\w*|travel\w*|set\s+off|retreat\w*|"
    r"withdr\w*)\b)[^,;:])*?\stowards?\s"
    # "fired from Turkey at Azaz", "at the Syrian town of Azaz": a named origin, then "at"
    # ("from its air group at the Hmeymim base" locates the origin)
    rf"|\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){{0,3}}\s+"
    rf"at\s+(?:the\s+)?(?:(?-i:[A-Z])\w+\s+)?(?:{TOWN_WORDS}\s+of\s+)?$", _I)
_PUNCTUATION_RE = re.compile(r"[,.;:!?]")
# ", using warplanes at an air base in": a phrase of its own on what the strikes used
_USING_GAP_RE = re.compile(r",\s+(?:using|operating\s+from|flying\s+from)\b", _I)
# A passive strike verb some words after the name ("..., was attacked on Tuesday"), and what
# may not stand between them if the name is to be in its subject: a finite verb, a relative
# or a conjunction that starts a clause of its own ("Aleppo, where jets struck, was ...", "
# officials in Aleppo said a convoy was hit")
# the name inside a locative phrase: "in the Saud area of", "in the country's central"
_LOCATED_BEFORE = (r"\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?"
                   r"(?:[\w'\u2019-]+\s+){0,3}")
# what a struck place is among: "Sanaa was among the places targeted", "a kindergarten in Kyiv
# were among the buildings struck"
_AMONG_PLACES = (r"(?:places|sites|areas|cities|towns|villages|locations|buildings|facilities|"
                 r"structures)")
_FAR_PASSIVE_RE = re.compile(
    r",?\s+(?:was|were|(?:has|have|had)\s+been|is\s+being|are\s+being)\s+"
    r"(?:(?:\w+ly|also|again)\s+)?(?P<verb>targeted|attacked|struck|hit|bombed|bombarded|"
    # ("a marketplace in Maaret al-Numan city in Idlib was destroyed by Russian jets")
    r"shelled|raided|pounded|rocketed|strafed|destroyed|damaged|"
    # ("a military airfield in Starokostiantyniv was among several targets")
    r"(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+)?targets|"
    # ("Sanaa, the Yemeni capital, was among the areas targeted")
    # ("a kindergarten in Kyiv were among the buildings struck")
    rf"(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+)?{_AMONG_PLACES}\s+(?:\w+ly\s+)?"
    r"(?:targeted|attacked|struck|hit|bombed|shelled|damaged))\b", _I)
# the same subject's second verb, a strike in the passive ("... used by the army as a hub and
# was hit")
_USED_AND_STRUCK_RE = re.compile(r"[^.;:]{0,80}?\s+and" + _FAR_PASSIVE_RE.pattern, _I)
_NOT_SUBJECT_GAP_RE = re.compile(
    r"[;:!?]|\.\s|,\s+(?:and|but|or)\b|\b(?:is|are|was|were|be|been|being|has|have|had|will|"
    r"would|could|can|may|might|must|should|shall|do|does|did|who|whom|whose|which|that|where|"
    rf"when|while|after|before|because|if|since|until|then|citing|quoting|{SPEECH_VERBS})\b",
    _I)
# what the name must follow to head or locate that subject: nothing, a comma (an apposition,
# a container) or a preposition of place; not an origin, a goal or a speaker's place
# ("A commander from Deir ez-Zor, ...", "a convoy bound for Aleppo", "According to officials
# in Damascus, ...")
_SUBJECT_LEAD_RE = re.compile(
    # ("Reports indicate that Sanaa, the Yemeni capital, was ...": a reported clause's subject)
    rf"(?:^|,\s+|\bthat\s+|{_LOCATED_BEFORE}"
    # the subject's own first words ("The Syrian T4 airbase, located in ..., was struck")
    r"|^\W*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?<!from )(?<!to )(?<!for )(?<!toward )(?<!towards )"
    # a fronted range ("From Hama to Hajin, Syria's cities were bombed")
    r"|(?:^|:\s*)(?-i:From)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:to\s+)?)$", _I)
_ATTRIBUTION_RE = word_regex(r"\b(?:according\s+to|citing|quoting|told)\b", _I)
# the words of a place's part that may stand between it and its passive verb ("Idlib province,
# have been bombed", "Jer neighborhood were destroyed")
_PART_WORDS = (rf"{GOV_WORDS}|countryside|{TOWN_WORDS}|(?:naval\s+)?{BASE_WORDS}|"
               r"naval\s+facilit(?:y|ies)|regions?|areas?|ports?|harbou?rs?|"
               r"neighbou?rhoods?|quarters?|camps?")
_PASSIVE_VERB = r"(?:\w+ed|hit|struck|shot|targeted|(?:re)?taken|overrun)\b"
# the participles a headline's passive keeps without its "was": "airbase shelled by rockets"
_HEADLINE_PARTICIPLE = r"(?:shelled|struck|bombed|hit|targeted|attacked|pounded|raided|rocketed)"
_PASSIVE_RE = re.compile(
    # (after a list's end: "Kapan, Goris and other communities have been under heavy shelling")
    r"(?:,?\s+and\s+other\s+(?:[\w-]+\s+)?(?:communities|towns|villages|cities|areas|"
    r"settlements|places|districts|localities|regions|neighbou?rhoods)(?=\s+(?:have|has|had|"
    r"were|are|came)\b))?(?:"
    # (after the name's qualifier: "Idlib province, have been bombed", "the Goranboy and
    # Naftalan regions were shelled")
    rf"(?:\s+(?:{_PART_WORDS})s?\b)?"
    # (and after an apposition: "the T4 airbase, located in Homs province, was struck")
    # ("The Rostov region, which borders Ukraine in southern Russia, has been hit")
    r"(?:\s*,\s+(?:located|situated|which|near|outside)\b[^,.;:]{1,60},)?"
    r"\s*,?\s*(?:was|were|(?:has|have|had)(?:\s+(?:also|again|reportedly|already))?\s+been|"
    r"is being|are being)\s+"
    # ("were also indiscriminately bombed", were "completely and totally obliterated")
    r"(?:[\"\u201c]\s*)?"
    rf"(?:(?:\w+ly(?:\s+and\s+\w+ly)?|also|again|twice|then|later|once more)\s+){{0,2}}"
    rf"{_PASSIVE_VERB}"

    # ("Nagorno-Karabakh towns again came under rocket fire")
    # ("Ras Isa port had previously come under Israeli attack")
    rf"|(?:\s+(?:{_PART_WORDS})s?\b)?\s*(?:(?:has|have|had)\s+)?"
    r"(?:(?:\w+ly|also|again|once more)\s+)?(?:came|comes|come) under\b"
    # "plants in Russia's Kaluga and Tula regions are burning after Ukrainian drone attacks"
    rf"|(?:\s+(?:{_PART_WORDS})s?\b)?\s*,?\s*(?:is|are|was|were)\s+(?:still\s+)?"
    r"(?:burning|ablaze|on\s+fire)\s+(?:after|following)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    rf"(?:{_STRIKE_NOUNS}|(?:air|drone|missile|rocket)\s+attacks?)\b"
    # "the Goranboy and Naftalan regions were subjected to artillery fire"
    rf"|(?:\s+(?:{_PART_WORDS})s?\b)?"
    r"\s*,?\s*(?:was|were|is|are|(?:has|have|had)\s+been)\s+subjected\s+to\b"
    # a headline's passive without its verb: "Russia's Khmeimim airbase shelled by rockets"
    # ...or an apposition's ("the hospital in northern Gaza, previously raided by troops"),
    # or a noun's ("Of the Shayrat airbase targeted in the U.S. strike")
    rf"|(?:\s+(?:{BASE_WORDS}|{TOWN_WORDS}))?(?:,\s+(?:\w+ly\s+)?|\s+)"
    rf"{_HEADLINE_PARTICIPLE}\s+(?:by|in|during)\b"
    # "Masyaf under an attack attributed to Israel", a headline without its verb (not "under
    # fire over its offensive": criticism)
    rf"|(?:\s+(?:naval\s+)?(?:{BASE_WORDS}|{TOWN_WORDS}))?(?:\s+(?:is|was|are|were))?"
    rf"\s+{_UNDER_FIRE}(?!\s+(?:over|for)\b)"
    # "The Israeli city of Tel Aviv is under fire from a barrage of rockets"
    rf"|\s*(?:is|are|was|were|(?:has|have|had)\s+been)\s+{_UNDER_FIRE}"
    # "Sanaa was among the places targeted by coalition jets"
    rf"|\s*(?:was|were|is|are)\s+(?:among|one of)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:targets|{_AMONG_PLACES})\s+(?:\w+ly\s+)?{_PASSIVE_VERB}"
    # "Sumy, Odesa and Khmelnytskyi also reported damage from falling debris": what a place
    # reports is what it suffered (not "reported damage to Syria's ...": somewhere else's)
    rf"|(?:\s+(?:{_PART_WORDS})s?\b)?\s*(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also|again)\s+)?"
    r"(?P<reported>reported\s+(?:(?:heavy|some|minor|major|significant|extensive|serious|"
    r"severe|new|more|several|multiple)\s+)?(?:damage|destruction|explosions|blasts))\b"
    r"(?!\s+(?:to|in|at|on|near)\s+(?:the\s+)?(?-i:[A-Z]))"
    # "Idlib has witnessed intensive air attacks"
    # ("the town in Bahawalpur district reportedly suffered four strikes")
    rf"|(?:\s+(?:{_PART_WORDS})s?\b)?\s*(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also|again)\s+)?"
    r"(?:faced|faces|endured|suffered|witnessed|witnesses|seen|saw|sees|"
    r"experienced|sustained)\s+"
    # (not "saw the strikes as a violation", "has seen no airstrikes")
    # ("faced an attack from unmanned aerial vehicles": the attack, told by its source, is
    # group "attack", which _STRIKE_RE does not take)
    r"(?:(?!(?:the|these|those|its|their|such|no|any)\b)\w+\s+){0,2}(?=(?:"
    r"(?P<attack>(?:(?:air|aerial|drone|missile|rocket)\s+)?attacks?)\s+(?:from|by|with|using)"
    r"|(?:rocket|mortar|missile|artillery|tank|heavy)\s+fire|shelling|bombardments?|bombings?|"
    r"(?:air\s?)?strikes|air\s?raids|raids|(?:air|aerial|drone|missile|rocket)\s+attacks)"
    r"\b(?!\s+as\b)))", _I)
_PRESENT_RE = re.compile(r"\s*(?:is|are)\b", _I)
# (a headline's bare participle before "in", which in prose a country's verb is)
_BARE_PARTICIPLE_IN_RE = re.compile(rf"\s+{_HEADLINE_PARTICIPLE}\s+in", _I)
_ADJUNCT_RE = re.compile(
    r"\s+(?:(?:(?:cruise\s+)?missile|air|rocket|drone|bombing)\s+)?"
    # ("the Ain al-Asad strike"; not "strike group", "strike aircraft")
    r"(?:air ?strikes|strikes|strike(?!\s+(?:groups?|forces?|aircraft|fighters?|jets?|packages?|"
    r"capabilit\w*|units?|teams?|missions?|drones?)\b)|raids|bombings?|airstrike|air strike"
    r"|(?:barrel[ -]bomb|air|missile|rocket|drone|chemical|gas)\s+attacks?"
    # "the anti-IS Hajin campaign", "the Mosul battle", "the Latakia offensive"
    r"|(?:military\s+)?(?:campaign|offensive|battle))\b", _I)
# "for Syria missile strikes", "on Syria strikes": after a preposition a country is the place
_PROPER_OBJECT_RE = re.compile(rf"\s+(?:the\s+)?{NAME_WORD}")
_ADJUNCT_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:for|in|on|against|over|into|of)\s+(?:the\s+)?|:\s*)$", _I)
_IN_BEFORE_RE = word_regex(r"\b(?:in|into|inside|within|over|across)\s+(?:the\s+)?$", _I)
_LIST_NAME_BEFORE_RE = re.compile(r"(?:,|\band)\s+$")
# "X province on Sunday when", "X as": a clause of time after the name's phrase
_WHEN_AFTER_RE = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:when|as(?!\s+(?:well|part|of|such|if|though|far|long|"
    r"soon|much|many|to|a\s+result)\b))\s", _I)
_LOCATED_BEFORE_RE = re.compile(_LOCATED_BEFORE + "$", _I)
_AFTER_STRIKES_RE = re.compile(
    # (a feature of the place may come between: "Raqqa Museum after the airstrikes")
    r"(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
    r"\s*,?\s+(?:(?:days?|hours?|weeks?|earlier|later|shortly|soon|just)\s+){0,3}"
    # ("died in Lebanon after Israel's air strikes")
    r"(?:after|following|in\s+the\s+aftermath\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}?"
    # (not another place's: "died in Kherson after the shelling of Kharkiv")
    rf"({_STRIKE_NOUNS}\b)(?!\s+(?:on|against|of|in)\s+(?:the\s+)?(?-i:[A-Z]))", _I)
_IT_WAS_STRUCK_RE = re.compile(
    # (its qualifier, and where it lies: "Kafr Nabl in Idlib Province")
    rf"(?:\s+(?:{GOV_WORDS}|{TOWN_WORDS}))?"
    rf"(?:\s+(?:in|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}?"
    rf"(?:\s+(?:{GOV_WORDS}|region|district))?)?"
    r"\s*,?\s+(?P<cue>(?:after|when|before|until|as)\s+it\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:bombed|struck|hit|shelled|targeted|attacked|raided|pounded))\b", _I)
# a clause with no word before the name but an article: a caption's head ("The Raqqa Museum")
_NO_WORDS_BEFORE_RE = re.compile(r"^[\W\d_]*(?:(?:the|a|an)\b[\W\d_]*)?$", _I)
_FLED_RE = word_regex(
    r"\b(?:fled|flee\w*|left|escaped|evacuated|displaced\s+from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    _I)
# what sets off a relative clause after the name: a comma, a dash or nothing
# ("Khan Sheikhoun and Latamina \u2013 both of which have been hit")
_RELATIVE_OPEN = r"\s*(?:,|\s[-\u2013\u2014])?\s+"
_RELATIVE_RE = re.compile(
    rf"{_RELATIVE_OPEN}(?:where|(?:{_OF_WHICH}|which)\s+"
    r"(?:was|were|has been|have been|had been|came))\b", _I)
# "Khan Sheikhoun and Latamina - both of which have been hit": all the names listed
_OF_WHICH_AFTER_RE = re.compile(rf"{_RELATIVE_OPEN}{_OF_WHICH}\b", _I)


# the words a chain of place phrases is made of, besides names (see _chain_cue)
# the nouns of a chain of place phrases; a word of another kind may stand before one of them
# ("the opposition stronghold of Saada", "militant hideouts in")
_CHAIN_NOUNS = frozenset(
    "area areas desert deserts countryside province provinces governorate governorates "
    "district districts region regions village villages town towns city cities neighborhood "
    "neighbourhood neighborhoods neighbourhoods mountain mountains hills valley plain sites "
    "positions hideouts targets camps depots facilities stronghold strongholds outskirts "
    "vicinity axis part parts farms capital camp base bases airport airports".split())
# what a strike drops on each place of a chain, and how many ("six barrels on the city of X,
# two barrels on the village of Y and four on Z")
_CHAIN_MUNITIONS = frozenset(
    "barrel barrels bomb bombs missile missiles rocket rockets shell shells strike strikes "
    "airstrikes raid raids explosive one two three four five six seven eight nine ten dozen "
    "dozens".split())
# the other words such a chain is made of, besides names (see _chain_cue)
_CHAIN_WORDS = _CHAIN_NOUNS | frozenset(
    "the of in on at near around across inside outside along surrounding and "
    "different several various central rural far".split()) | frozenset(COMPASS_WORDS) \
    | _CHAIN_MUNITIONS
_CHAIN_MAX_WORDS = 45
# a word of a name with its article: "al-Harir" of "Basr al-Harir"
_ARTICLE_NAME_RE = re.compile(rf"{ARTICLE}-(?-i:[{UPPER}])", _I)
_AS_WELL_AS_RE = re.compile(r"\bas\s+well\s+as\b", _I)
# the object of the cue, a few words without a relative or a conjunction, then a preposition
_CHAIN_START_RE = re.compile(
    r"\s*[\"\u201c]?(?:(?!(?:who|which|that|where|while|and|but)\b)[\w'\u2019-]+\s+){0,5}"
    r"(?:in|on|at|near|around|across|inside|throughout|of|surrounding)\b", _I)


def _chain_cue(before: str) -> tuple[str, int, str, str, str] | None:
    """A strike cue beyond the window that reaches the name through a chain of place phrases:
    only names, the words of _CHAIN_WORDS (or a word before a noun of _CHAIN_NOUNS) and list
    punctuation between them."""
    far = _last_words(before, _CHAIN_MAX_WORDS)
    cues = _strike_cues(far)
    while cues and cues[-1].group()[:1].isupper() \
            and _LIST_NAME_BEFORE_RE.search(far, 0, cues[-1].start()):
        cues.pop()  # "near Bayji, Hit, Sinjar": the town of Hit, no verb
    if not cues:
        return None
    m = cues[-1]
    if _BACKED_BY_RE.search(far, 0, m.start()):
        return None  # "troops backed by air strikes broke the siege of X"
    # "as well as" joins the chain; "as" alone starts a clause
    gap = _AS_WELL_AS_RE.sub(" and ", far[m.end():])
    words = _WORD_RE.findall(gap)
    # the cue's object may come first ("raids on militant hideouts in ..."), then the chain
    # (possessives and numbers belong to the names: "the Iraqi military's 19th Division")
    loc = _CHAIN_START_RE.match(gap)
    if loc is None or re.search(r"[;:!?.]", gap):
        return None
    chain = _WORD_RE.findall(gap, loc.end())
    for i, w in enumerate(chain):
        if not (w[:1].isupper() or w[:1].isdigit() or w.endswith(("'s", "\u2019s"))
                or _ARTICLE_NAME_RE.match(w)
                or w.lower() in _CHAIN_WORDS
                or i + 1 < len(chain) and chain[i + 1].lower() in _CHAIN_NOUNS):
            return None
    return m.group(), len(words), "before", gap, far[:m.start()]


# "northern and eastern", "north, south or": parts of one place, read as one word
_COMPASS_PAIR_RE = re.compile(
    rf"\b({COMPASS}(?:ern)?)(?:(?:(?:\s*,\s*|\s+)(?:and|or)\s+|\s*,\s*){COMPASS}(?:ern)?)+\b",
    _I)


def _governs(gap: str, cue: str = "") -> bool:
    """Can a strike cue reach the name across ``gap``, the text between them?

    Through a locative preposition ("strikes in", "targets in the Raqqah, Idlib and"), or as
    a direct object ("pounded Raqqa", "bombed the town of"): a short gap with no punctuation.
    """
    if _FROM_RE.search(gap) and (_DISTANCE_FROM_GAP_RE.search(gap)
                                 or not _FROM_THEN_ON_RE.search(gap)):
        # "bombing Syria ... from its air group at the Hmeymim base": an origin; "a strike on
        # Deir Billa, some 15 kilometres from the town of Batroun on Lebanon's north coast": a
        # reference point and where it lies
        return False
    if _WITHIN_RANGE_RE.search(gap):
        return False  # "positions forces within striking distance of Yemen": a reach, no strike
    if _SUBORDINATE_GAP_RE.search(gap):
        # "the strikes targeted Houthi forces as tensions escalated in the Middle East": a
        # clause of its own, with its subject and verb, stands between
        return False
    if _LOCATIVE_RE.search(gap):
        return True
    # other names of a list the name belongs to do not count: "targeted Kafr Nabudah,
    # Latamneh and Kafr Zita", "struck several cities, including Jerusalem and"; nor do the
    # other parts of the same place ("attacks on northern and eastern Syria")
    gap = _COMPASS_PAIR_RE.sub(r"\1", _without_list_items(gap))
    # after a verb the words before the example are its object ("struck populated areas,
    # including"); after a noun a verb may stand there ("the attacks angered allies, especially")
    example = _OBJECT_EXAMPLE_GAP_RE if _VERB_CUE_RE.search(cue) else _EXAMPLE_GAP_RE
    return example.fullmatch(gap) is not None or _CAPITAL_GAP_RE.fullmatch(gap) is not None \
        or _OWNER_GAP_RE.fullmatch(gap) is not None \
        or len(_WORD_RE.findall(gap)) <= 2 and not _PUNCTUATION_RE.search(gap)


_AIR_DEFENCE_AT_WORK_RE = re.compile(
    rf"\b{_AIR_DEFENCE_WORDS}\s+(?:systems?\s+)?"
    r"(?:was|were|is|are|has\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?(?:activated|working|operating|active|engaged)\s+"
    # (or a list's head before it: "were active in three regions - Lipetsk, Rostov")
    rf"(?:in|over|above)\s+(?:the\s+)?(?:{_COUNTED_PLACES})?$", _I)
_DRILL_RE = re.compile(r"\b(?:drills?|exercises?|tests?|training|accidents?)\b", _I)
# "air defences intercepted Israeli missiles over Damascus", "drones were intercepted over
# Jammu", "intercepted in the skies over Kiev": what flies at a town was brought down above it,
# so the town was under attack (not over a sea, a desert or a country on the way, which the
# kinds in _INTERCEPTED_OVER_KINDS leave out, nor "a missile fired from Saada was intercepted")
# what may stand between "over" and the name: "over the", "over occupied", "over the southern",
# "over the province of", "over the territory of the", "over other regions, such as"
_OVER_PLACE_END = (rf"\s+(?:both\s+)?(?:the\s+)?(?:(?:occupied|{COMPASS}(?:ern)?)\s+)?"
                   rf"(?:(?:{GOV_WORDS}|regions?|city|town)\s+of\s+|"
                   r"territor(?:y|ies)\s+of\s+(?:the\s+)?|"
                   r"(?:other|several|\w+)\s+(?:regions|provinces|oblasts|cities),?\s+"
                   r"(?:such\s+as|including)\s+)?$")
_INTERCEPTED_OVER_END_RE = re.compile(
    rf"\b(?:intercept(?:ed|s|ions?|ing)?|{_DOWN}|downed)\s+"
    rf"(?P<what>(?:(?!(?:fired|launched|from|by|at|targeting)\b)"
    r"[\w'\u2019-]+\s+){0,5}?"
    # "intercepted 6 drones, three of which were over the Voronezh region", "intercepted 132
    # drones overnight, including 54 over Saratov Oblast"
    rf"(?:[\w'\u2019-]+,\s+(?:(?:\d+|{COUNT_WORD}|all|most|some)\s+of\s+(?:which|them)\s+"
    rf"(?:were\s+|was\s+)?|including\s+(?:\d[\d,]*|{COUNT_WORD})\s+))?)"
    # ("12 drones were shot down in the Bryansk region": where they fell was under attack too)
    r"(?:over|above|in|(?:in|over)\s+the\s+skies?\s+(?:over|above|of|near)|"
    r"during\s+[\w\s]{0,20}?in)"
    rf"{_OVER_PLACE_END}", _I)
_INTERCEPTED_WHAT_RE = word_regex(
    rf"\b(?:{_FLYER}|UAVs?|(?:aerial|hostile)\s+targets?|projectiles?|shells?)\b", _I)
_INTERCEPTED_OVER_KINDS = frozenset(settings.SETTLEMENT_KINDS) | {"district", "airbase",
                                                                   "airport"}
# a province or a region too, right after "over": "intercepted six UAVs over the Belgorod
# Region", "destroyed over occupied Crimea" (not a tally of where they fell, "downed over several
# regions: 7 in Kursk", "destroyed 40 drones across six regions, including Crimea")
_INTERCEPTED_OVER_AREA_KINDS = ("governorate", "region")
_RIGHT_OVER_RE = re.compile(rf"\b(?:over|above|in){_OVER_PLACE_END}", _I)
# the next count of a tally: "51 drones were destroyed over occupied Crimea, 44 over the"
_TALLY_NEXT_RE = re.compile(
    # ("34 drones were downed over the Bryansk region, as well as 28 over the Voronezh region")
    rf"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    rf"(?:\d[\d,]*|{COUNT_WORD}|several|some|a\s+few|dozens|others)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:over|above|in){_OVER_PLACE_END}", _I)
_OVER_WORD_RE = re.compile(r"\b(?:over|above|in)\s+", _I)
# ...nor a town on the way: "drones flying over Amman toward Israel", "missiles heading to
# Israel were intercepted over Amman"
_TRANSIT_RE = word_regex(
    r"\b(?:fl(?:y|ying|ew|ies)|toward|towards|on\s+(?:their|its|the)\s+way|heading|headed|"
    r"bound|en\s+route)\b", _I)


def _intercepted_over(tail: str) -> re.Match[str] | None:
    """The interception of something that flies, right before the name (``tail``: the
    clause's end before it): "intercepted Israeli missiles over", "drones were intercepted
    over" (the munition may stand before the verb)."""
    m = _INTERCEPTED_OVER_END_RE.search(tail)
    # ("additional interceptions over other regions": the noun says something flew there)
    if m and (m.group().lower().startswith("interception")
              or _INTERCEPTED_WHAT_RE.search(m.group("what"))
              or (not m.group("what").strip() and _INTERCEPTED_WHAT_RE.search(tail, 0, m.start()))):
        return m
    # "51 drones were destroyed over occupied Crimea, 44 over the": the tally's first count
    if (n := _TALLY_NEXT_RE.search(tail)) and (
            over := list(_OVER_WORD_RE.finditer(tail, 0, n.start()))):
        return _intercepted_over(tail[:over[-1].end()])
    return None


def _intercepted_over_area(c: _Clause) -> re.Match[str] | None:
    """_intercepted_over for a province or a region, which must stand right after "over"
    (or be listed there: "over the Kursk, Oryol and Bryansk regions")."""
    # (the sentence before the name, further back than the tail: a tally's counts may be
    # clauses of their own, "..., and one over the Kursk region", and a long list may push the
    # verb and what was downed out of the tail, "All 14 Shaheds have been destroyed in
    # Mykolaiv, Cherkasy, ..., Zaporizhzhia and Kyiv oblasts")
    wide = c.sentence[:c.mention.start - c.mention.sentence_start][-3 * settings.ROLE_TAIL_CHARS:]
    if _TALLY_NEXT_RE.search(c.tail):
        return _intercepted_over(wide)
    tail = _without_list_items(c.tail)
    if not _RIGHT_OVER_RE.search(tail):
        return None
    return _intercepted_over(_without_list_items(wide) if tail != c.tail else tail)

# "drones targeting almost all regions of the country, from the eastern regions of Kharkiv
# and Dnipro to the port city of Odesa": a range in apposition to what was struck
_RANGE_GAP_RE = re.compile(
    r"^(?P<object>\s*(?:[\w'\u2019-]+\s+){0,6}[\w'\u2019-]+),\s+(?:all\s+the\s+way\s+)?from\s+"
    r"(?!which\b|where\b)(?P<range>[^.;:!?()]*)$", _I)
# (the range spans areas: not a route, "struck a truck carrying fuel, from Turkey to Idlib")
_AREAS_END_RE = re.compile(
    r"(?:\b(?:regions|cities|towns|villages|areas|provinces|oblasts|districts|country|nation|"
    r"nationwide|territory)|\bacross\s+(?:the\s+)?[\w'\u2019-]+)\s*$", _I)
_RANGE_TO_IN_GAP_RE = re.compile(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?$", _I)


def _in_range(gap: str, after: str) -> bool:
    """Is the name in a range ("from X to Y") set after the object a strike cue governs?"""
    m = _RANGE_GAP_RE.match(gap)
    return m is not None and _AREAS_END_RE.search(m["object"]) is not None \
        and (_RANGE_TO_IN_GAP_RE.search(m["range"]) is not None
             or _RANGE_TO_RE.match(after) is not None)


# casualties somewhere: "died in Yemen due to", "left 26 civilians wounded at the"
_CASUALTY_WORDS = r"(?:died|dead|killed|wounded|injured|perished|martyr(?:s|ed))"
# casualties counted in a place ("six people were injured in Kharkiv", "casualties also
# recorded in Dnipro", "no casualties reported in Erbil")
_CASUALTIES_IN_END_ENDS = ("at", "in", "the")  # (as _ANTI_PRO_ENDS)
# who is counted: "six people", "two civilians"
_PEOPLE_WORDS = r"(?:civilians|people|persons|residents|soldiers|children)"
_CASUALTIES_IN_END_RE = re.compile(
    rf"\b(?:{_CASUALTY_WORDS}(?:\s+{_PEOPLE_WORDS})?|"
    r"casualties|causalities)\s+"
    r"(?:(?:were|was|have\s+been|had\s+been|also|reportedly)\s+)*"
    r"(?:(?:reported|recorded|confirmed)\s+)?(?:in|at)\s+(?:the\s+)?$", _I)
# ... or people in a place, hurt after it: "two civilians in Engels sustained injuries"
_PEOPLE_IN_END_RE = re.compile(rf"\b{_PEOPLE_WORDS}\s+in\s+(?:the\s+)?$", _I)
_HURT_AFTER_RE = re.compile(
    r"(?:\s+(?:city|town|village|region|oblast|province))?\s+(?:(?:were|was|have\s+been|"
    r"had\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)|(?:sustained|suffered|received)"
    r"\s+(?:\w+\s+)?(?:injuries|wounds)|died|were\s+among\s+the\s+(?:dead|injured|wounded))\b",
    _I)
# ... or after them, in their sentence
_RESULT_OF_RE = re.compile(
    r"\b(?:as\s+a\s+result\s+of|due\s+to|caused\s+by|because\s+of|in|from|during|after)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:attacks?|strikes?|shelling|bombardments?|bombing|raids?)\b"
    # (not one told with its own object or place: "wounded in Kyiv during the missile attack on
    # Lviv", "after the shelling of Kharkiv", "strikes against the pension reform")
    r"(?!\s+(?:on|of|against|in|at|near|targeting|by\s+(?:workers|unions))\b)", _I)
# what makes them a strike's casualties, said in the report shortly before them
_HARM_CAUSE_RE = word_regex(
    rf"\b(?:{_PROJECTILES}|UAVs?|shells?|shelling|bomb(?:s|ed|ing|ings)?|bombardments?|"
    rf"{_STRIKE_NOUNS}|attacks?)\b", _I)
_HARM_CAUSE_CHARS = 400
# ... or harm done there: "a truck was burning in the village of Prystin as a result of the
# shelling"
_HARMED_IN_END_RE = re.compile(
    rf"\b(?:{_CASUALTY_WORDS}|burning|burned|burnt|ablaze|on\s+fire|caught\s+fire|damaged)\s+"
    rf"(?:in|across|throughout)\s+(?:the\s+)?(?:{TOWN_WORDS}\s+of\s+)?$", _I)
_DEATH_CAUSE_AFTER_RE = re.compile(
    r"(?:\s+(?:so\s+far|since\s+\w+(?:\s+\d+)?))?\s*,?\s+"
    r"(?:due\s+to|from|in|by|during|as\s+a\s+result\s+of|because\s+of|amid|after|following)\s+"
    # (the words between name who struck, not another place: "from injuries sustained in the
    # bombing of his village in Borno"; a labour strike is none)
    r"(?:(?!(?:in|on|of|at|sustained)\b)[\w.'\u2019-]+\s+){0,4}?"
    r"(?P<cue>air\s*strikes?|airstrikes?|(?:drone|missile|rocket|artillery)\s+(?:strikes?|attacks?)|"
    r"bombings?|bombardments?|shelling|air\s*raids?|military\s+(?:action|operations?)|"
    r"air\s+attacks?)\b(?!\s+(?:on|against|of)\s+(?-i:[A-Z]))",
    _I)
_WITHIN_RANGE_RE = re.compile(
    r"\bwithin\s+(?:(?:easy\s+)?(?:striking|strike|missile|firing)\s+)?"
    r"(?:distance|range|reach)\s+of\b",
    _I)
# still reports where the bombs fell)
_SUBORDINATE_GAP_RE = re.compile(
    r"\b(?:as|while|because|although|though|whereas)\s+(?!well\b)(?:the\s+)?[a-z][\w-]*\s+"
    r"(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:escalated|rose|risen|grew|grown|mounted|soared|"
    r"intensified|heightened|deepened|flared|simmered|spiked)\b", _I)
# "struck several towns, including", "captured areas such as": the name is one of the objects
_EXAMPLE_WORDS = r"(?:including|such\s+as|notably|especially|among\s+them)\s+(?:the\s+)?"
_OBJECT_EXAMPLE_GAP_RE = re.compile(
    rf"\s*(?:[\w'\u2019-]+\s+){{0,4}}?(?:[\w'\u2019-]+)?(?:,?\s*{_EXAMPLE_WORDS}"
    # "bombed three Iranian nuclear facilities\u2014Fordow, Natanz, and Isfahan\u2014"
    r"|\s*[\u2014\u2013]\s*)", _I)
_VERB_CUE_RE = re.compile(r"(?:ed|\bhit|\bstruck)$", _I)
# "striking the northwestern enclave's Mount Bafilun": the object's owner, named by a noun
_OWNER_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['\u2019]s\s+")
# "struck the capital, Kyiv", "hit the Syrian capital, Damascus": the name restates the object
_CAPITAL_GAP_RE = re.compile(rf"\s*(?:the\s+)?{_CAPITAL_APPOSITION},\s*", _I)
# (the words between name the objects, no verb: not "the missile attacks angered allies,
# especially Poland", "was praised by allies, notably Hungary")
_EXAMPLE_GAP_RE = re.compile(
    r"\s*(?:(?!(?:is|are|was|were|has|have|had|by)\b)(?![\w'\u2019-]+ed\b)[\w'\u2019-]+\s+){0,4}?"
    r"(?:(?!(?:is|are|was|were|has|have|had|by)\b)(?![\w'\u2019-]+ed\b)[\w'\u2019-]+)?,?\s*"
    r"(?:including|such\s+as|notably|especially|among\s+them)\s+(?:the\s+)?", _I)
# an attack named after where it fell, past the site's kind: "the Belaya Air Base attack", "the
# Mosul Dam strikes", "the Hodeidah port strike" (not "the Kyiv attack helicopters")
_ATTACK_NAMED_AFTER_RE = re.compile(
    rf"(?:\s+(?:{BASE_WORDS}|{NAVAL_WORDS}|dam|bridge|refinery|depot|(?:power|nuclear)\s+"
    r"(?:plant|station)|plant))?\s+(?P<cue>(?:(?:drone|missile|rocket|air)\s+)?(?:attacks?|"
    r"strikes?|airstrikes?|raids?|shelling|bombardment))\b(?!\s+(?:helicopters?|aircraft|jets?|"
    r"drones?|groups?|submarines?|force|craft|fighters?|package|capabilit))", _I)
# (after an article or a possessive: "Kyiv strikes a deal" is a verb)
_NAMED_ATTACK_LEAD_RE = re.compile(r"(?:\b(?:the|this|that|last)\s+(?:(?-i:[a-z])[\w-]*\s+)"
                                   r"{0,2}|['\u2019]s\s+)$", _I)
_WHERE_CLAUSE_RE = re.compile(
    r"\s*,\s+(?:[\w'\u2019-]+\s+){0,4}?where\s+(?P<clause>[^.;:,]{1,120})", _I)
# "a series of attacks in", "attacks inside": attacks, and where they fell
_ATTACKS_IN_END_RE = re.compile(
    r"\battacks?\s+(?:in|inside|across|on)\s+(?:the\s+)?"
    # ("an attack in the area of Qaaqaait al-Jisr", "attacks in the territory of Iran")
    r"(?:(?:area|vicinity|outskirts|territory)\s+of\s+(?:the\s+)?)?"
    rf"(?:{COMPASS}(?:ern)?\s+)?$", _I)
# "France attacked the decision in Brussels": words attack words
_CRITICISED_RE = word_regex(
    r"\b(?:decisions?|plans?|polic(?:y|ies)|proposals?|remarks|statements?|comments|reports?|"
    r"moves?|deals?|resolutions?|agreements?|claims?|speech|stance|position)\b", _I)
# "Israel has attacked": a state right before the verb, as its subject
_STATE_SUBJECT_WORDS = 6
_AUXILIARY = (r"(?:(?:has|have|had|will|would|may|might|could)\s+(?:also\s+)?(?:been\s+)?)?"
              r"(?:\w+ly\s+)?")
# "Iran carried out a series of": a state's verb of an operation, before "attacks"
_OPERATION_VERB = (r"(?:carried\s+out|carries\s+out|carry\s+out|launched|launches|conducted|"
                   r"conducts|"
                   r"initiated|initiates|began|begins|staged|stages|mounted|mounts|stepped\s+up|"
                   r"intensified|resumed)\s+(?:[\w-]+\s+){0,4}?")


def _state_subject(lead: str, states: frozenset[str], operation: bool = False) -> bool:
    """Does the text before a cue end in a country the sentence names, as the subject of the
    cue ("Israel has attacked"), or with ``operation`` of a verb of an operation before it
    ("Iran carried out a series of")? Not "US police attacked", "Police in Iran attacked",
    "Iran's police attacked", "Iran condemned the attacks"."""
    if not states:
        return False
    window = _last_words(lead, _STATE_SUBJECT_WORDS)
    verb = _OPERATION_VERB if operation else ""
    for state in states:
        m = re.search(rf"(?<![\w'\u2019-]){re.escape(state)}\s+{_AUXILIARY}{verb}$", window, _I)
        if m and not _PREPOSITION_END_RE.search(window, 0, m.start()):
            return True
    return False


# armed forces as the subject of an operation's verb: "the IDF carried out an"
_ARMED_SUBJECT_END_RE = re.compile(
    r"\b(?:IDF|army|military|forces|troops|(?:war)?planes|jets|aircraft|air\s+force|navy|"
    # (an armed group: "the Houthis have continued to carry out attacks in the Red Sea"; not
    # "gunmen carried out an attack")
    rf"drones|rebels|militants|insurgents|militias?|{_TARGET_GROUPS})\s+{_AUXILIARY}"
    rf"(?:(?:continued|continue|continues|began|begun)\s+to\s+)?{_OPERATION_VERB}$", _I)
# "in Iran", "of Iran": a country after a preposition is no subject
_PREPOSITION_END_RE = re.compile(
    r"\b(?:in|of|from|at|to|for|with|by|on|into|against|over|near)\s+(?:the\s+)?$", _I)


def _nearest_strike_cue(before: str, after: str, passive: re.Match[str] | None,
                        agent_like: bool = False,
                        lead: str = "") -> tuple[str, int, str, str, str] | None:
    """The strike cue nearest the name: (cue, distance in words, side, gap, text before cue).

    ``passive``: ``_PASSIVE_RE.match(after)`` (the caller often has it already).
    ``agent_like``: the name may be the striker, so "X strikes" does not make X a target.
    ``lead``: the clause before ``before``.
    """
    best: tuple[str, int, str, str, str] | None = None
    cues = _strike_cues(before, lead)
    while cues and cues[-1].group()[:1].isupper() \
            and _LIST_NAME_BEFORE_RE.search(before, 0, cues[-1].start()):
        cues.pop()  # "near Bayji, Hit, Sinjar": the town of Hit in a list, no verb
    if cues:
        m = cues[-1]
        gap = before[m.end():]
        best = (m.group(), len(_WORD_RE.findall(gap)), "before", gap, before[:m.start()])
    # after the name only a passive or a present tense governs it:
    # "Aleppo was bombed", "planes in Syria are engaging in 50 missions"
    # "planes in Syria are engaging in 50 missions": the name sits in a locative phrase
    located = _PRESENT_RE.match(after) and _IN_BEFORE_RE.search(before[-20:])
    # "the town of X, where jets struck a market", "X, which was shelled overnight"
    relative = _RELATIVE_RE.match(after)
    # "travelling in the Saud area on Sunday when a missile hit their car": what happened
    # while someone was at the place
    if not (passive or relative) and (w := _WHEN_AFTER_RE.match(after)) \
            and _LOCATED_BEFORE_RE.search(before[-40:]):
        window = _first_words(after[w.end():], 6)
        m = _STRIKE_RE.search(window)
        # (not when the strike names its own target: "talks resumed in Astana as Russian jets
        # bombed Idlib", "Putin was in Moscow when the missiles hit Kyiv")
        if m and not _CAPITALISED_RE.search(window, m.end()):
            distance = len(_WORD_RE.findall(after[:w.end() + m.start()]))
            if best is None or distance < best[1]:
                best = (m.group(), distance, "after", "", before)
    # "the Raqqa strikes", "The Iraq strikes hit targets": the name qualifies the strikes
    adjunct = _ADJUNCT_RE.match(after)
    if adjunct and agent_like and _PROPER_OBJECT_RE.match(after, adjunct.end()):
        adjunct = None  # "Israel strikes Hezbollah convoy": a verb with its object, a striker
    if adjunct and best is None and (not agent_like or _ADJUNCT_PLACE_BEFORE_RE.search(before)):
        return (adjunct.group().strip(), 0, "after", "", before)
    if passive or located or relative:
        m = _STRIKE_RE.search(after)
        if m:
            gap = after[:m.start()]
            # a passive's own verb governs the name across its qualifier and apposition
            distance = 0 if passive and m.start() < passive.end() else len(_WORD_RE.findall(gap))
            reach = settings.ROLE_WINDOW_AFTER + (4 if relative else 0)
            if distance <= reach and (best is None or distance < best[1]):
                best = (m.group(), distance, "after", "", before)
    return best
