"""Lists of actors read off the surface string, where the parse cut them up.

The parser often breaks "A, B et C ont rompu leurs relations avec D" or "a conclu des
accords avec A, B et C": the first conjunct becomes the root or a modifier of something
else, or the list is split into two subjects, so whichever member the argument finder
reaches stands alone. A run of actor mentions separated only by commas (and the
determiners the mentions do not cover) and closed by one coordinating word is a list
whatever tree the parser built; every member plays the part of the member found.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faits.actors import ActorMention
from faits.events.cues import Cues
from faits.events.lexicon import normalise

COMMA = ","
SUBJECTS = ("nsubj", "nsubj:pass")
VERBS = ("VERB", "AUX")
COMPLEMENTS = ("obj", "iobj", "obl:arg")
# Words a list member may have before its name that no mention covers: determiners and
# prepositions ("de la", "d'", "au"), at most ``LEAD`` of them.
LEAD_TAGS = ("DET", "ADP")
LEAD = 2


def _preposed(mention: ActorMention, doc: Doc) -> bool:
    """Whether a preposition introduces the mention's last name: before the mention ("au
    Zimbabwe"), among its own first words ("des États-Unis") or right before its last word
    ("les ministres de la Défense de Pologne")."""
    lead = [t for t in doc[max(mention.token_start - LEAD, 0) : mention.token_start]]
    lead += [doc[mention.token_end - 2]] if mention.token_end - mention.token_start > 1 else []
    lead += [t for t in doc[mention.token_start : mention.token_end] if t.pos_ in LEAD_TAGS]
    return any(t.pos_ == "ADP" for t in lead)


def _link(left: ActorMention, right: ActorMention, sentence: Span, cues: Cues) -> str | None:
    """``COMMA`` or ``"last"`` when only a separator and determiners stand between the two
    mentions, else None. Prepositions may stand there too when one introduces the left
    mention as well: "au Zimbabwe, en Tanzanie et au Liberia", "les ministres de Pologne,
    de Lituanie et d'Estonie" (not "En Syrie, la Turquie et la Russie")."""
    doc = sentence.doc
    between = doc[left.token_end : right.token_start]
    if len(between) == 0 or len(between) > LEAD + 1:
        return None
    if any(t.pos_ not in LEAD_TAGS for t in between[1:]):
        return None
    if any(t.pos_ == "ADP" for t in between[1:]) and not _preposed(left, doc):
        return None
    separator = between[0].text
    if separator == COMMA:
        return COMMA
    if normalise(separator) in cues.coordination:
        return "last"
    return None


def actor_lists(
    sentence: Span, mentions: list[ActorMention], cues: Cues
) -> list[list[ActorMention]]:
    """The lists of coded actor mentions in the sentence: two or more mentions, commas
    between all but the last two, one coordinating word before the last. Mentions joined
    by commas only are appositions ("Washington, son allié"), not a list."""
    inside = sorted(
        (m for m in mentions if m.code and sentence.start <= m.token_start < sentence.end),
        key=lambda m: m.token_start,
    )
    found: list[list[ActorMention]] = []
    group: list[ActorMention] = inside[:1]
    for left, right in zip(inside, inside[1:], strict=False):
        link = _link(left, right, sentence, cues)
        if link is None:
            group = [right]
            continue
        group.append(right)
        if link != COMMA:
            found.append(group)
            group = [right]
    return found


def _argument_elsewhere(mention: ActorMention, trigger: Token) -> bool:
    """A mention the parse makes a core argument of another verb than the trigger (its
    object, or the subject of a verb not governing the trigger): in "Pékin a critiqué
    Tokyo et Séoul a protesté", "Tokyo et Séoul" is no list. An adjunct of another verb
    ("formé par Washington, Riyad …") is how the parse often hangs a cut-up list."""
    doc = trigger.doc
    span = range(mention.token_start, mention.token_end)
    for head in doc[mention.token_start : mention.token_end]:
        verb = head.head
        if verb.i in span or verb.i == trigger.i or verb.pos_ not in VERBS:
            continue
        if head.dep_ in SUBJECTS and verb not in trigger.ancestors:
            return True
        if head.dep_ in COMPLEMENTS:
            return True
    return False


def with_listed(
    found: list[ActorMention],
    lists: list[list[ActorMention]],
    trigger: Token,
    other: list[ActorMention],
) -> list[ActorMention]:
    """``found`` with the other members of every list one of them belongs to, in list
    order, except actors of a country either side already has and members the parse
    makes an argument of another clause."""
    taken = {id(m) for m in found}
    codes = {m.code for m in found} | {m.code for m in other}
    # A member of a country already named on either side is that side's own phrase cut
    # up ("les autorités talibanes d'Afghanistan et le Pakistan"), not another party.
    countries = {m.country for m in [*found, *other] if m.country}
    extended = list(found)
    for members in lists:
        if not any(id(m) in taken for m in members):
            continue
        for member in members:
            if id(member) in taken or member.code in codes or member.country in countries:
                continue
            if _argument_elsewhere(member, trigger):
                continue
            extended.append(member)
            taken.add(id(member))
            codes.add(member.code)
            if member.country:
                countries.add(member.country)
    return extended
