"""Strike and base verdicts: the role a strike cue near the name, or forces and bases
around it, give.

``_strike_or_base_role`` is tried when :mod:`geostrike.roles.stated` found nothing; it weighs
the strike cues of :mod:`geostrike.roles.cues` before and after the name (active, passive,
headline and chained cues, casualties, interceptions over a place) against what rules them
out, and falls back to ``other``.
"""

from __future__ import annotations

import re

from geostrike import settings
from geostrike.dates import MONTHS, WEEKDAYS
from geostrike.names import (BASE_WORDS, COMPASS, DEMONYM_WORD, GOV_WORDS, NAME_WORD, NAVAL_WORDS,
                             SPEECH_VERBS, TOWN_WORDS, ends_in, fold_lower, has_any, word_regex)
from geostrike.roles.cues import (_AMONG_PLACES, _ATTACK_TOOK_PLACE, _BASE_AFTER_RE,
                                  _BASE_BEFORE_RE, _CIVIL_FLIGHTS_RE, _CIVIL_GATE, _COUNTED_PLACES,
                                  _DEMONYM_END_RE, _FAR_PASSIVE_RE, _FIRE, _I, _MILITARY_RE,
                                  _MUNITION_HEADING_RE, _OVERFLIGHT, _PROJECTILES, _STRIKE_NOUNS,
                                  _STRIKE_RE,
                                  _STRUCK_ADJECTIVE, _TARGET_GROUPS, _UNDER, _UNDER_FIRE, _civil,
                                  _civil_gap)
from geostrike.roles.clause import (_AUXILIARY, _BACKED_BY_RE, _CAPITALISED_RE, _CAPITAL_APPOSITION,
                                    _Clause, _DOWN, _FLYER, _INTERCEPTED_WHAT_RE, _LOCATED_BEFORE,
                                    _LOCATIVE_RE, _NEGATION_RE, _OPERATION_VERB, _SPEECH_VERB,
                                    _SPEECH_VERB_RE, _SUBORDINATE_GAP_RE, _TALLY_NEXT_RE, _Verdict,
                                    _WHEN_AFTER_RE, _WORD_RE, _after_speaker, _chain_cue,
                                    _first_words, _governs, _in_range, _intercepted_over,
                                    _intercepted_over_area, _last_words, _nearest_strike_cue,
                                    _state_subject, _without_list_items)

_UNDER_FIRE_BARE = _UNDER + _FIRE


# "attacks by terrorist groups that killed Iranians in Kerman": terror, before the cue only
# (not "jets hit positions held by terrorist groups in Idlib", where the gap has it)
_TERROR_BY_RE = re.compile(
    r"\battacks?\s+by\s+(?:[\w-]+\s+){0,2}?terrorists?(?:\s+(?:groups?|cells?|organi[sz]ations?))?"
    r"(?:\s+(?:that|which|who))?\s*$", _I)
# a passive's agent that is no armed force: "Aleppo was among the cities hit by the earthquake"
_NATURAL_AGENT_RE = re.compile(
    r"\bby\s+(?:the\s+)?(?:\w+\s+)?(?:earthquakes?|quakes?|floods?|flooding|storms?|"
    r"wildfires?|drought)\b", _I)
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
# air defences fire too, at what attacks ("air defences in Damascus fired missiles at the jets")
# "air defence", "anti-aircraft defense": the words the air defence rules share
_AIR_DEFENCE_WORDS = r"(?:anti-aircraft|air)[ -]defen[cs]es?"
_BY_GAP_RE = re.compile(r"\s*by\s+(?:the\s+)?", _I)
_NAVAL_RE = word_regex(
    r"\b(?:naval|navy|fleets?|flotillas?|warships?|frigates?|corvettes?|destroyers?|"
    r"submarines?|military|troops|forces|facility|facilities|bases?)\b", _I)
# the forces' own losses: a loss noun before them ("the death toll of Turkish soldiers in"),
# or the forces as a passive's subject after the name ("soldiers in Idlib were killed")
# (nouns only: "the wounded soldiers from Palmyra were taken to a hospital in Homs")
_FORCE_LOSS_BEFORE_RE = re.compile(r"\b(?:death toll|deaths|casualties|losses)\b", _I)
_FORCE_LOSS_AFTER_RE = re.compile(
    r"^\s*(?:(?:province|governorate|countryside)\s+)?(?:were|was|have been|had been)\s+"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|hit)\b", _I)
_PLACE_PREP = r"(?:near|in|around|outside|over|across|on|at)"
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
_UNVERIFIED_RE = word_regex(
    r"\b(?:could|can|did|does|do|was|were|is|are|would|will|has|have|had)(?:\s+not|n[’']t)\s+"
    r"(?:be\s+|been\s+)?"
    r"(?:independently\s+)?(?:confirm|verif|comment)\w*"
    # "There was no immediate confirmation from Jordan on the strike that hit Sweida"
    r"|\bno\s+(?:immediate\s+|independent\s+|official\s+)?(?:confirmation|comment)\b", _I)
_UNVERIFIED_GATE = ("confirm", "verif", "comment")  # gate (names.has_any), lower-cased
_SPEECH_RE = word_regex(r"\b(?:say|says|said|told|according to|claims?|claimed)\b", _I)

# "struck the market, the ministry said, in Douma", "hit Mosul, officials told Reuters, and
# Tal Afar": a speaker set off by commas inside the phrase that goes on after it
_PARENTHETICAL_SPEECH_RE = re.compile(
    rf",\s+(?:[\w.'\u2019-]+\s+){{1,4}}{_SPEECH_VERB}(?:\s+[\w.'\u2019-]+)?,"
    r"(?=\s+(?:and|or|in|on|at|near|around|outside|over|across)\b|\s*$)", _I)
_TALK_RE = word_regex(
    r"\b(?:about|discuss\w*|spoke|speak\w*|talk\w*|said|says|told|comment\w*|condemn\w*|"
    r"criticis\w*|criticiz\w*|denied|denies|deny|protest\w*|debat\w*|questions?)\b", _I)
_MEMBERS_RE = word_regex(
    r"\b(?:include[sd]?|including|such as|among them|are|were)\s+(?:the\s+)?$", _I)
_SUPPORT_OF_RE = word_regex(
    r"\b(?:(?:support|backing|help|assistance|cover|approval|permission|consent)\s+(?:of|from)|"
    # "strikes against Houthi targets in Yemen alongside the US": the partner
    r"alongside|(?:together|jointly)\s+with|"
    r"in\s+(?:coordination|cooperation|conjunction|partnership)\s+with)\s+(?:the\s+)?$", _I)
_HOLDER_RE = word_regex(
    r"\b(?:who|which|that)\s+(?:\w+\s+)?(?:control|controls|controlled|holds?|held|"
    r"occup(?:y|ies|ied)|rule|rules|dominates?|serves?\s+as)\b", _I)
_SPECULATION_RE = word_regex(
    # (not the month: "in May, Israeli jets struck ... the Dimas airport")
    r"\b(?:would|could|might|(?-i:may)|perhaps|possibly|candidates?|speculat\w*|if)\b", _I)


# what falls from the sky or is fired, and what it sets off: "exploded" means a strike only
# with one of these
_FALLING_MUNITION_RE = word_regex(
    rf"\b(?:{_PROJECTILES}|shells?|mortars?|artillery|ammunition|munitions?|depots?|"
    r"air\s?strikes?|raids?)\b", _I)
# the cues that mean a strike only with a munition: "exploded" somewhere in the clause,
# "heading for" right after it
_MUNITION_CUE_RE = re.compile(
    r"(?P<exploded>explod(?:ed|ing))|(?P<heading>head(?:ing|ed)\s.*)", _I)
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
_YET_TO_BEGIN_RE = re.compile(
    r"\s*,?\s*(?:could|would|will|may|might|is\s+(?:set|due|expected|about)\s+to|"
    r"are\s+(?:set|due|expected|about)\s+to)\s+(?:\w+ly\s+)?(?:soon\s+)?"
    r"(?:begin|start|commence|be\s+launched|take\s+place|get\s+under\s?way)\b", _I)
_PUT_OFF_RE = word_regex(r"\b(?:on hold|postponed|called off|put off|shelved)\b", _I)


_STRIKE_NOUN_END_RE = re.compile(rf"\b(?:{_STRIKE_NOUNS}|attacks?|offensives?|operations?)$", _I)
_LAUNCHED_AFTER_RE = re.compile(
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:has|have|had)\s+)?(?:launched|carried\s+out|conducted|"
    r"mounted|staged|unleashed|fired|waged)\b", _I)
_AS_END_RE = re.compile(r"(?<!such )(?<!well )\bas\s+(?:the\s+)?$", _I)
_ACTIVE_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:has|have|had)\s+)?(?!(?:was|were|is|are|been)\b)"
    r"(?-i:[a-z]+ed|struck|hit|shot|fought|began|took|sent|said|says|launch(?:es)?|strikes|"
    r"attacks|bombs|fires|hits|vows?|warns?|sends?|responds?|retaliates?)\b")


# an aircraft flying over the name ("Warplanes flying over"), and the verb right after the
# name when it strikes without naming a target of its own ("struck a market", not "fired
# missiles at Syria")
_OVERFLIGHT_END_RE = re.compile(
    rf"\b(?:bombers?|warplanes?|jets?|aircraft|planes|drones?|helicopters?) {_OVERFLIGHT} "
    r"(?:\S+ )?(?:over|above) (?:the )?$", _I)
_STRIKES_NEXT_RE = re.compile(
    r"\s*,?\s*((?:struck|bombed|hit|fired|dropped|pounded|targeted|shelled|attacked|strafed)\b)"
    r"(?![^.;]*\b(?:at|on|against|in)\s+(?:the\s+)?(?-i:[A-Z]))", _I)


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
    # "Warplanes flying over Idlib struck a market": aircraft over the name that strike
    # there (not "jets flying over Lebanon fired missiles at Syria", which names its target)
    if strike is None and _OVERFLIGHT_END_RE.search(near_before) \
            and (m := _STRIKES_NEXT_RE.match(after)):
        strike = (m.group(1), 0, "after", "", before)
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
_BASE_GATE = ("base", "field", "airport", "facilit", "stationed", "deployed", "based",
               "port city", "air group", "contingent", "garrison")
_FORCES_GATE = ("troops", "forces", "units", "personnel", "police", "advis", "soldiers",
                 "contingent", "garrison", "checkpoint", "navy", "warship", "cruiser", "destroyer",
                 "frigate", "sub", "squadron", "flotilla", "fleet", "force", "group")
# ("came from Russia's fleet in the Caspian Sea": through the owner)
_FROM_END_RE = re.compile(
    r"\bfrom\s+(?:(?:the|a|an|its|their|two|three|\d+)\s+|[\w-]+['\u2019]s\s+)?$", _I)
# ", using warplanes at an air base in": a phrase of its own on what the strikes used
_USING_GAP_RE = re.compile(r",\s+(?:using|operating\s+from|flying\s+from)\b", _I)
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
# (a headline's bare participle before "in", which in prose a country's verb is)
_BARE_PARTICIPLE_IN_RE = re.compile(rf"\s+{_HEADLINE_PARTICIPLE}\s+in", _I)
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


_AIR_DEFENCE_AT_WORK_RE = re.compile(
    rf"\b{_AIR_DEFENCE_WORDS}\s+(?:systems?\s+)?"
    r"(?:was|were|is|are|has\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?(?:activated|working|operating|active|engaged)\s+"
    # (or a list's head before it: "were active in three regions - Lipetsk, Rostov")
    rf"(?:in|over|above)\s+(?:the\s+)?(?:{_COUNTED_PLACES})?$", _I)
_DRILL_RE = re.compile(r"\b(?:drills?|exercises?|tests?|training|accidents?)\b", _I)
_INTERCEPTED_OVER_KINDS = frozenset(settings.SETTLEMENT_KINDS) | {"district", "airbase",
                                                                   "airport"}
# a province or a region too, right after "over": "intercepted six UAVs over the Belgorod
# Region", "destroyed over occupied Crimea" (not a tally of where they fell, "downed over several
# regions: 7 in Kursk", "destroyed 40 drones across six regions, including Crimea")
_INTERCEPTED_OVER_AREA_KINDS = ("governorate", "region")
# ...nor a town on the way: "drones flying over Amman toward Israel", "missiles heading to
# Israel were intercepted over Amman"
_TRANSIT_RE = word_regex(
    r"\b(?:fl(?:y|ying|ew|ies)|toward|towards|on\s+(?:their|its|the)\s+way|heading|headed|"
    r"bound|en\s+route)\b", _I)


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
    r"(?P<cue>air\s*strikes?|airstrikes?|"
    r"(?:drone|missile|rocket|artillery)\s+(?:strikes?|attacks?)|"
    r"bombings?|bombardments?|shelling|air\s*raids?|military\s+(?:action|operations?)|"
    r"air\s+attacks?)\b(?!\s+(?:on|against|of)\s+(?-i:[A-Z]))",
    _I)
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


# armed forces as the subject of an operation's verb: "the IDF carried out an"
_ARMED_SUBJECT_END_RE = re.compile(
    r"\b(?:IDF|army|military|forces|troops|(?:war)?planes|jets|aircraft|air\s+force|navy|"
    # (an armed group: "the Houthis have continued to carry out attacks in the Red Sea"; not
    # "gunmen carried out an attack")
    rf"drones|rebels|militants|insurgents|militias?|{_TARGET_GROUPS})\s+{_AUXILIARY}"
    rf"(?:(?:continued|continue|continues|began|begun)\s+to\s+)?{_OPERATION_VERB}$", _I)
