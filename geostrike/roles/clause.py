"""Reading the clause around one name.

``_read_clause`` cuts a mention's sentence down to the clause that holds the name (the words
before and after it, up to a clause boundary) and packs it into a ``_Clause``; the helpers
here tell whether a cue governs the name across the words between them (``_governs``,
``_chain_cue``, ``_in_range``), find the nearest strike cue, and blank out list items and
speakers that sit between a cue and its name. A verdict on the clause is a ``_Verdict``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from geostrike import settings
from geostrike.mentions import Mention
from geostrike.names import (ARTICLE, COMPASS, COMPASS_WORDS, COUNT_WORD, DEMONYM_WORD, GOV_WORDS,
                             LIST_ITEM_KIND, LIST_SEP, NAME, NAME_WORD, SPEECH_VERBS, TOWN_WORDS,
                             UPPER, fold_lower, has_any, word_regex)
from geostrike.roles.cues import (_AIRCRAFT, _I, _LIST_HEAD_NOUNS, _PROJECTILES, _SHIPS, _STRIKE_RE,
                                  _strike_cues)

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
# what flies: munitions, drones and aircraft
_FLYER = rf"(?:{_PROJECTILES}|{_AIRCRAFT})"
# "at three coastal radar sites", "at rebel positions": where fire was aimed
_AIMED_AT = (r"at\s+(?:[\w-]+\s+){0,3}(?:forces|positions|troops|targets|fighters|militants|"
             r"sites|bases|facilities|installations)")
_MOVING_RE = re.compile(r"(?:moved|moving|relocat|redeploy)", _I)
# (not "fighters": Iran "sending fighters to Syria" sends militiamen; nor missiles: arms)
_SENT_FORCES_RE = word_regex(
    rf"\b(?:{_AIRCRAFT}|{_SHIPS}|troops|forces|soldiers|marines|batteries|units|squadrons?|"
    r"personnel|armou?r|tanks|artillery|howitzers|reinforcements)\b", _I)
_RANGE_TO_RE = re.compile(
    r"[^.;:!?]*?\bto\s+(?:the\s+)?(?:\w+ern\s+)?(?:port\s+)?"
    r"(?:(?:city|town|region|province)\s+of\s+)?(?-i:[A-Z])", _I)
# "the Ukrainian capital" before its name, which restates it ("struck the capital, Kyiv")
_CAPITAL_APPOSITION = r"(?:[\w'\u2019-]+\s+){0,2}?capital(?:\s+city)?"
# ("a town far from Aleppo"; not "not far from", near it)
_DISTANCE_FROM = (r"(?:\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)"
                  r"|(?<!not )\b(?:far|farther|further))\s+(?:away\s+)?from\b")
_DISTANCE_FROM_GAP_RE = re.compile(_DISTANCE_FROM, _I)
_NEGATION_RE = word_regex(
    # (not a relative clause's "no": "targeted areas where no fighting is taking place"; nor
    # "not just X, but also Y", nor the number sign of "Air Combat Command No. 2")
    r"\b(?:not(?!\s+(?:just|only|merely|simply)\b)|no(?<!\bwhere no)(?!\.\s*\d)|never|"
    r"don[’']t|doesn[’']t|didn[’']t|won[’']t|plans? to|wants? to|want to|"
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
# words that report speech: "jets struck the market, residents said, in Douma" is one clause
_SPEECH_VERB = SPEECH_VERBS + r"\b"
_SPEECH_VERB_RE = re.compile(r"\b" + _SPEECH_VERB, re.I)


def _after_speaker(lead: str) -> str:
    """What the text before a cue says after its last speech verb: "In a briefing, he said"
    leaves nothing of the briefing, which is where it was said, not what happened."""
    verbs = list(_SPEECH_VERB_RE.finditer(lead))
    return lead[verbs[-1].end():] if verbs else lead
_LOCATIVE_RE = word_regex(
    # ("the hills surrounding Palmyra", not "the controversy surrounding Turkey's role")
    r"\b(?:in|on|at|near|over|across|against|throughout|around|outside|into|of|to|"
    r"(?:hills|mountains|areas?|villages|farms|countryside|positions)\s+surrounding|"
    r"towards?|inside|north|south|east|west)\b", _I)
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


_ASIDE_RE = re.compile(r"\([^()]*\)")
# the names of a list in brackets before and after one of them: "(Kidal, " and ", Timbuktu and
# Tessalit" around "Gao"
_BRACKET_LIST_BEFORE_RE = re.compile(rf"(?:{NAME}{LIST_SEP})*")
_BRACKET_LIST_AFTER_RE = re.compile(rf"(?:{LIST_SEP}{NAME})*\s*")
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
    elif "(" in before and ")" in after and (opening := before.rfind("(")) > before.rfind(")") \
            and _BRACKET_LIST_BEFORE_RE.fullmatch(before, opening + 1) \
            and _BRACKET_LIST_AFTER_RE.fullmatch(after, 0, closing := after.index(")")):
        # ...and so does each name of a list in brackets: "struck three towns (Kidal, Gao and
        # Menaka)" (after an area's name, "bases in Mali (Kidal, Timbuktu)", the article's list
        # pass gives the list the area's role: roles._inside)
        before, after = before[:opening] + before[opening + 1:], \
            after[:closing] + after[closing + 1:]
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
# bringing down what flies: the place after it is where, when it is an area
_DOWN = r"(?:(?:shot|shoots?|shooting)\s+down|destroy(?:s|ed|ing)?|neutrali[sz](?:e|es|ed|ing))"
_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", _I)
_COMMA_RE = re.compile(r"[,;:]")


def _subject_before(tail: str, verb_start: int) -> str:
    """The few words before a verb, back to the last comma: where its subject is."""
    text = tail[:verb_start]
    commas = list(_COMMA_RE.finditer(text))
    return _last_words(text[commas[-1].end():] if commas else text, 5)
_CAPITALISED_RE = re.compile(r"[\s-][A-Z]")
_FROM_RE = re.compile(r"\bfrom\b", _I)
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
# A passive strike verb some words after the name ("..., was attacked on Tuesday"), and what
# may not stand between them if the name is to be in its subject: a finite verb, a relative
# or a conjunction that starts a clause of its own ("Aleppo, where jets struck, was ...", "
# officials in Aleppo said a convoy was hit")
# the name inside a locative phrase: "in the Saud area of", "in the country's central"
_LOCATED_BEFORE = (r"\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?"
                   r"(?:[\w'\u2019-]+\s+){0,3}")
_PRESENT_RE = re.compile(r"\s*(?:is|are)\b", _I)
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
# what sets off a relative clause after the name: a comma, a dash or nothing
# ("Khan Sheikhoun and Latamina \u2013 both of which have been hit")
_RELATIVE_OPEN = r"\s*(?:,|\s[-\u2013\u2014])?\s+"
_RELATIVE_RE = re.compile(
    rf"{_RELATIVE_OPEN}(?:where|(?:{_OF_WHICH}|which)\s+"
    r"(?:was|were|has been|have been|had been|came))\b", _I)


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
_RIGHT_OVER_RE = re.compile(rf"\b(?:over|above|in){_OVER_PLACE_END}", _I)
# the next count of a tally: "51 drones were destroyed over occupied Crimea, 44 over the"
_TALLY_NEXT_RE = re.compile(
    # ("34 drones were downed over the Bryansk region, as well as 28 over the Voronezh region")
    rf"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    rf"(?:\d[\d,]*|{COUNT_WORD}|several|some|a\s+few|dozens|others)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:over|above|in){_OVER_PLACE_END}", _I)
_OVER_WORD_RE = re.compile(r"\b(?:over|above|in)\s+", _I)


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
