"""The cue words more than one step of role reading uses: strike words and the sites they hit,
civil work that is no strike, aircraft, ships and munitions, and the words around bases.

Patterns, with the three small helpers that search them (``_strike_cues``, ``_civil``,
``_civil_gap``). A pattern only one module uses lives in that module: reading a clause is
:mod:`geostrike.roles.clause`, the verdicts are :mod:`geostrike.roles.stated` and
:mod:`geostrike.roles.struck`, the passes over a whole article are in the package's
``__init__``.
"""

from __future__ import annotations

import re

from geostrike import settings
from geostrike.names import (ARTICLE, BASE_WORDS, COMPASS, DEMONYM_WORD, fold_lower, has_any,
                             word_regex)


ROLES = ("strike_target", "launch_point", "base", "other")

_I = re.IGNORECASE

# Work that is no attack although it is an "operation": aid, rescue, the group's own terror.
_CIVIL_WORK = r"humanitarian|aid|rescue|relief|peacekeeping|terror|terrorist"

# "Ganja has come under fire by the Armenian military" (figurative only without a force)
_UNDER = r"under (?:an? )?(?:heavy |intense |new )?"
_FIRE = r"(?:fire|attacks?|bombardment|shelling)"
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
# an aircraft's flight over a place, which strikes nothing there by itself (the guidelines:
# overflight is "other"): "jets flew low over Beirut", "drones were seen circling above Gaza"
_OVERFLIGHT = (r"(?:were |was |are |is |being )?(?:fl(?:ew|ying|own|ies|y)|circl(?:ed|ing)|"
               r"seen|spotted|heard|roar(?:ed|ing)|buzz(?:ed|ing)|hover(?:ed|ing)|cruis(?:ed|ing))")
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
    r"(?:(?-i:[a-z]+ly)\s+)?in(?!\s+(?:[\w-]+['\u2019]s\s+)?"
    r"(?:retaliation|response|revenge|reprisal|reaction|line|"
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
    r"(?= (?:\S+ ){0,2}(?:in|over|on|near)\b)"
    # (not an overflight: "jets flew over Beirut at low altitude"; struck.py reads "warplanes
    # flying over Idlib struck a market")
    rf"(?! {_OVERFLIGHT} (?:\S+ )?(?:over|above)\b))\b",
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
# a meeting the strike fell on, or of those it killed: "a drone strike on a meeting of
# commanders in Khost", "airstrikes have destroyed scores of terrorists who converged ... for a
# meeting in Lake Chad"
_MEETING_STRUCK_RE = re.compile(
    r"\b(?:on|targeting|targeted|hit|struck)\s+(?:an?\s+|the\s+)?$|\b(?:terrorists|militants|"
    r"insurgents|jihadists|fighters|commanders|rebels)\b", _I)
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
    if m and m.group().lower() == "meeting" \
            and _MEETING_STRUCK_RE.search(gap, 0, m.start()):
        return None  # "a drone strike on a meeting of Taliban commanders in Khost"
    return m
_CIVIL_FLIGHTS_RE = word_regex(
    r"\b(?:flights|passengers?|airlines?|travell?ers|arrivals|departures|terminal|"
    # ("Amritsar airport was closed for civilian traffic")
    r"(?:civil(?:ian)?|air)\s+(?:traffic|aviation))\b", _I)
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
# what may have damaged a place as a strike does: a munition before the verb (_strike_cues)
_MUNITION_SUBJECT_RE = re.compile(
    rf"\b(?:{_PROJECTILES}|UAVs?|shells?|bombs?|munitions?|shelling|strikes?)\b", _I)
# plural nouns that count the places a dash then lists: "in three regions - Lipetsk, Rostov,
# and Volgograd" (_LIST_DASH_RE blanks the dash in the clause)
_LIST_HEAD_NOUNS = (r"(?:regions|provinces|oblasts|governorates|districts|cities|towns|villages|"
                    r"areas|places|locations|sites|countries|municipalities|communities|"
                    r"settlements)")
# ...with a word before it, at the end of a pattern that reads up to the first place listed
_COUNTED_PLACES = rf"(?:[\w-]+\s+)?{_LIST_HEAD_NOUNS}\s+"
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
# the armed groups claims name as targets ("Islamic State", "Nusra", "HTS"), as alternatives
_TARGET_GROUPS = settings.TARGET_GROUP_PATTERN
_MILITARY_RE = re.compile(
    rf"\b(?:{_AIRCRAFT}|{_SHIPS}|{_MUNITIONS}|fighters?|artillery|mortars?|shell\w*|troops|"
    r"forces|soldiers|army|armies|military|militar\w+|rebels?|militants?|insurgents?|"
    r"commanders?|generals|enemy|"
    r"jihadists?|militias?|regime|coalition|combat|air|aerial|anti-terror\w*|"
    r"counter-?terror\w*|offensive|launch\w*|strikes?|raids?|bomb\w*|command|CENTCOM|"
    r"Pentagon|defen[cs]e)\b"
    # the armed groups claims name as targets ("Islamic State seized Palmyra")
    + "|" + _TARGET_GROUPS, _I)
# "from the direction of the occupied Syrian Golan": a demonym just before the name
_DEMONYM_END_RE = re.compile(rf"\b{DEMONYM_WORD}\s+$")
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
