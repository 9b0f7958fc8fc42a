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
from collections.abc import Iterable

from geopy.distance import great_circle
from shapely.geometry import Point

from geostrike import settings
from geostrike.gazetteer import Place
from geostrike.mentions import Mention
from geostrike.names import (BASE_WORDS, COMPASS, GOV_WORDS, NAVAL_WORDS, POSSESSIVE, TOWN_WORDS,
                             fold_lower, word_regex)
from geostrike.roles.cues import (ROLES, _I, _MILITARY_RE, _PROJECTILES, _SITES, _STRIKE_NOUNS,
                                  _STRUCK_ADJECTIVE, _civil)
from geostrike.roles.clause import (_CAPITAL_APPOSITION, _NEGATION_RE, _NEW_CLAUSE_RE, _OF_WHICH,
                                    _RANGE_TO_IN_GAP_RE, _RELATIVE_OPEN, _Verdict, _plain,
                                    _read_clause)
from geostrike.roles.stated import _SPEAKER_NOUNS, _stated_role
from geostrike.roles.struck import (_CASUALTIES_IN_END_RE, _HARMED_IN_END_RE, _NATURAL_AGENT_RE,
                                    _PASSIVE_RE, _PEOPLE_WORDS, _strike_or_base_role)

__all__ = ["assign_roles", "ROLES"]

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
_SEA_FLEET_AFTER_RE = re.compile(r"\s+(?:flotilla|fleet)\b", _I)



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
    judged = [m if v.actor else _colon_list_role(m, v.cue_reaches)
              for m, v in zip(judged, verdicts)]
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
        if m is None and cur.role == "other" and not cur.role_cue \
                and _OPEN_BRACKET_GAP_RE.fullmatch(gap) and _inside(cur, prev):
            # "leaving the northernmost bases in Mali (Kidal, Timbuktu and Tessalit)": the
            # places of a list in brackets after an area are the ones its role is about (the
            # rest of the list follows the first)
            m = _OPEN_BRACKET_GAP_RE.fullmatch(gap)
        label = m.group().strip(" ()[]") or "list" if m is not None else ""
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


def _inside(inner: Mention, outer: Mention) -> bool:
    """Is ``inner`` a settlement in ``outer``, a country or one of its provinces?"""
    return inner.place is not None and outer.place is not None \
        and inner.place.kind in settings.SETTLEMENT_KINDS \
        and (outer.place.kind == "country" and inner.place.country == outer.place.country
             or outer.place.kind == "governorate"
             and outer.place.id in (inner.place.id, f"adm1:{inner.place.governorate}"))


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
_OPEN_BRACKET_GAP_RE = re.compile(r"\s*\(\s*")
_BRACKET_GAP_RE = re.compile(
    _QUALIFIER + r"\s*[(\[]\s*(?:(?:var\.|also|or|aka|a\.k\.a\.|(?:also\s+)?(?:known\s+as|"
    r"spelt|spelled|called))\s+)?", re.I)
_BRACKET_END_RE = re.compile(rf"(?:\s+(?:{GOV_WORDS}|region))?\s*[)\]]", re.I)
# ... or with a wider area after it: "Olenya (Murmansk, northwest Russia)"
_BRACKET_MORE_END_RE = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+\s*[)\]]")
# "Incirlik Air Base, Turkey", "Akrotiri airbase, Cyprus", "Murmansk, northwest Russia"
_COMMA_GAP_RE = re.compile(_QUALIFIER + rf",[ \u00a0](?:{COMPASS}(?:ern)?[ \u00a0])?", re.I)


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
# "Khan Sheikhoun and Latamina - both of which have been hit": all the names listed
_OF_WHICH_AFTER_RE = re.compile(rf"{_RELATIVE_OPEN}{_OF_WHICH}\b", _I)
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
