"""Code events over the parse: trigger patterns, actors, modality, attribution, date, place.

One pass over the tokens of each sentence: a token whose lemma indexes patterns is tried
against them (``matching``), the best match per trigger gets its source and target
(``arguments``), modality and attribution, and one ``Event`` per (source, target) pair.
A sentence repeating an earlier one (a headline repeated in the body) is coded once.
"""

from __future__ import annotations

import functools
import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from faits.actors import ActorAnalysis, ActorMention
from faits.events.arguments import (
    BETWEEN,
    FORCE_ROOTS,
    GOVERNING_SUBJECT,
    OWN_TIES,
    PRIVATE_ROLES,
    REACTION_ROOTS,
    UNCODED_ADDRESSEE,
    ActorIndex,
    Arguments,
    find_arguments,
    phrase_actors,
    venue_owners,
)
from faits.events.attachment import (
    FILES,
    PREVIOUS,
    SOURCE,
    TARGET,
    Attacher,
    Attachment,
    AttachmentModel,
    sentence_candidates,
)
from faits.events.attribution import attribution_for
from faits.events.cues import Cues
from faits.events.lasting import lasting_verbs
from faits.events.lexicon import EventLexicon, Pattern, load_event_lexicon, normalise
from faits.events.listed import actor_lists, with_listed
from faits.events.matching import (
    SPEECH_ACT_ROOTS,
    Candidate,
    Listed,
    candidates,
    has_agent,
    select,
    token_keys,
)
from faits.events.modality import modality_of
from faits.lexicons import lexicon_path
from faits.nlp.document import ParsedArticle
from faits.ontology import Ontology, load_ontology
from faits.places import PlaceMention
from faits.places.event_location import location_for_event
from faits.records import ActorRef, Event, Modality
from faits.records import Span as TextSpan
from faits.time import TimeExpression
from faits.time.event_dates import date_for_event
from faits.tokens import dependents, feature


@dataclass(frozen=True)
class EventModel:
    """A language's event patterns indexed by trigger lemma, its cue words and the ontology."""

    language: str
    lexicon: EventLexicon
    cues: Cues
    ontology: Ontology
    # ``matching.listing`` by token keys, filled as the coder meets them (the same keys come
    # back in every article): what the lexicon's index gives, read once per keys
    listed: dict[tuple[str, ...], Listed] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # the learned target of a pattern needing one when the rules found none (``attachment``);
    # ``None`` for a language without a trained model
    attachment: Attacher | None = field(default=None, repr=False, compare=False)
    # the learned source of a match whose rules found its target but no source, the same
    # machinery in the other role (``attachment.SOURCE``)
    source_attachment: Attacher | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, language: str) -> EventModel:
        ontology = load_ontology()
        cues = Cues.load(language)
        lexicon = load_event_lexicon(
            language, set(ontology.codes), cues.reflexives, cues.contractions, cues.verb_forms
        )
        attachment = AttachmentModel.read(lexicon_path(language, FILES[TARGET]))
        source_attachment = AttachmentModel.read(lexicon_path(language, FILES[SOURCE]))
        return cls(language, lexicon, cues, ontology, attachment, source_attachment)

    @property
    def index(self) -> dict[str, list[Pattern]]:
        return self.lexicon.index

    @functools.cached_property
    def reporting_rules(self) -> frozenset[str]:
        """The rules of reporting patterns (``reports: true``), whose event is a bare
        statement."""
        return frozenset(p.rule for ps in self.index.values() for p in ps if p.reports)


def event_id(
    article_id: str, sentence_index: int, start: int, end: int, code: str, *actors: int
) -> str:
    """Stable id: same article, sentence, trigger, code and actor positions give the same id."""
    key = "|".join(str(p) for p in (article_id, sentence_index, start, end, code, *actors))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


GOVERNMENT = "GOV"

# A cooperative act stated in the future tense by its own author is a statement of policy,
# coded as the intent to do it (root 03), not as a future act: "la France soutiendra la
# candidature de l'Inde" is 032, "a annoncé que les Pays-Bas livreraient des F-16" is 0332;
# negated, it is a refusal (root 12): "la France ne livrera pas de chars" is 1222
# (docs/annotation.md, modality). CAMEO's 03 and 12 mirror 05-08 code for code; the most
# specific code listed wins (four digits, then three, then the root). Signing (057) is a
# scheduled occurrence ("sera signé"), not a policy, and stays; so does a negated act with
# no refusal code listed.
INTENT_OF = {
    "05": "032",
    "057": "",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "0831": "0341",
    "0832": "0342",
    "0833": "0343",
    "0834": "0344",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}
REFUSAL_OF = {
    "05": "120",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}


# Fighting (19) is conventional military force; the same act by civilians ("des colons
# israéliens ont attaqué un village") is unconventional violence, an assault (18).
FIGHT_ROOT, ASSAULT = "19", "180"
CIVILIAN_AGENTS = frozenset({"CVL"})


def _assault(code: str, source: ActorMention | None) -> str:
    if code.startswith(FIGHT_ROOT) and source is not None and source.agent in CIVILIAN_AGENTS:
        return ASSAULT
    return code


# Reinforcements sent out are a police build-up (153) or a military one (154) by who sends
# them: "la police kosovare a déployé des renforts" is 153, "l'armée guatémaltèque a déployé
# des renforts" 154 (docs/annotation.md: police reinforcements 153, deployments 154), as the
# same words name either force.
POLICE_MOBILISATION, MILITARY_MOBILISATION = "153", "154"
POLICE_AGENTS, MILITARY_AGENTS = frozenset({"COP"}), frozenset({"MIL"})


def _mobilisation(code: str, source: ActorMention | None) -> str:
    if source is None:
        return code
    if code == POLICE_MOBILISATION and source.agent in MILITARY_AGENTS:
        return MILITARY_MOBILISATION
    if code == MILITARY_MOBILISATION and source.agent in POLICE_AGENTS:
        return POLICE_MOBILISATION
    return code


# Security forces shooting at their own country's protesters or civilians ("des soldats
# zimbabwéens ont ouvert le feu sur des partisans de l'opposition", "les forces de sécurité
# iraniennes ont tiré à balles réelles sur des fidèles") repress them (175), as "tirer sur la
# foule" already is; shelling or air strikes on them stay fighting (195).
SHOOTING = frozenset({"190", "193"})
SECURITY_AGENTS = frozenset({"COP", "MIL"})
REPRESSED_AGENTS = frozenset({"OPP", "CVL"})
REPRESSION = "175"


def _repression(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    if (
        code in SHOOTING
        and source is not None
        and target is not None
        and source.agent in SECURITY_AGENTS
        and target.agent in REPRESSED_AGENTS
        and source.country is not None
        and source.country == target.country
    ):
        return REPRESSION
    return code


def _future_form(token: Token, cues: Cues) -> bool:
    """The trigger itself in the future or the conditional, read from morphology or form."""
    if "Fut" in feature(token, "Tense") or "Cnd" in feature(token, "Mood"):
        return True
    return cues.future.matches(token.text, token.lemma_) or cues.conditional.matches(
        token.text, token.lemma_
    )


def intent_code(code: str, trigger: Token, modality: Modality, cues: Cues) -> str | None:
    """The 03 (or, negated, 12) code of a cooperative act its author states in the future
    tense, else None.

    Only the verb's own tense ("soutiendra", and the future in the past "livreraient" that
    modality already tells from a hypothetical) or a planning verb of its author ("prévoit de
    livrer") counts; "devrait livrer", "le prochain sommet" are scheduled occurrences,
    flagged future. Passives ("sera livré") are left alone: the
    author of a policy speaks in the active.
    """
    if not modality.future or modality.hypothetical:
        return None
    if trigger.pos_ != "VERB" or any(c.dep_ == "aux:pass" for c in dependents(trigger)):
        return None
    table = REFUSAL_OF if modality.negated else INTENT_OF
    for prefix in (code[:4], code[:3], code[:2]):
        if prefix in table:
            mirror = table[prefix]
            stated = _future_form(trigger, cues) or _planned(trigger, cues)
            return mirror if mirror and stated else None
    return None


# What X asked for when an act is done "à la demande de X" (roles.yaml#request-noun): the
# appeal (02) for that very act, CAMEO's 02 mirroring 06-08 code for code; the most specific
# code listed wins, and any other act asked for is a plain appeal, 020 (docs/annotation.md,
# calls of session 14: a pardon asked is 0253, troops asked 0234, a dissolution 020).
REQUEST_OF = {
    "06": "021",
    "061": "0211",
    "062": "0212",
    "063": "0213",
    "064": "0214",
    "07": "023",
    "071": "0231",
    "072": "0232",
    "073": "0233",
    "074": "0234",
    "08": "025",
    "081": "0251",
    "082": "0252",
    "083": "024",
    "0831": "0241",
    "0832": "0242",
    "0833": "0243",
    "0834": "0244",
    "084": "0253",
    "085": "0254",
    "086": "0255",
    "087": "0256",
}
APPEAL = "020"
# Giving in to a demand (resigning, changing a policy): done to whoever asked for it.
GIVING_IN = "083"


def request_code(code: str) -> str:
    """The 02 code of asking for an act of ``code`` (``REQUEST_OF``)."""
    for prefix in (code[:4], code[:3], code[:2]):
        if prefix in REQUEST_OF:
            return REQUEST_OF[prefix]
    return APPEAL


# A negated future recoded as a refusal or a threat ("ne renoncera jamais à la force" 138,
# "ne lèvera pas les sanctions" 1244) is said now: the future is the content's, not the act's.
STATED_NOW = frozenset({"12", "13"})


def _modal_complements(match: Candidate) -> tuple[Token, ...]:
    """The complements whose verbs carry the event's modality: for a speech act ("a averti
    qu'il riposterait", "exige que X ne …"), not the verbs of what is said, whose tense and
    negation are the content's."""
    if match.pattern.code[:2] not in SPEECH_ACT_ROOTS:
        return match.complements
    return tuple(c for c in match.complements if c.pos_ not in ("VERB", "AUX"))


def _planned(trigger: Token, cues: Cues) -> bool:
    """ "Le Japon prévoit de livrer des vivres": the author's own plan, a policy stated."""
    return trigger.dep_ == "xcomp" and normalise(trigger.head.lemma_) in cues.planning_verbs


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor seen twice, or a country and its own government ("USA", "USAGOV").

    A person known only by nationality ("José Antonio Kast" = ``CHL``) is no country: the
    outgoing president congratulating the winner acts on someone else."""
    first, second = sorted((a, b), key=lambda m: len(m.code or ""))
    if first.code != second.code and first.person and not first.agent:
        return False
    # Two different offices of one government are two people: "Le président a limogé le
    # Premier ministre" is the president acting on the prime minister.
    if a.role and b.role and a.role != b.role and "pronoun" not in (a.kind, b.kind):
        return False
    return (second.code or "") in (first.code or "", (first.code or "") + GOVERNMENT)


def _pairs(
    arguments: Arguments, symmetric: bool, reciprocal: bool
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    sources, targets = arguments.sources, arguments.targets
    if reciprocal and not targets and len(sources) > 1:
        return [(a, b) for a in sources for b in sources if a is not b]
    if reciprocal and len(targets) > 1 and not sources:
        return [(a, b) for a in targets for b in targets if a is not b]
    source_sides: list[ActorMention | None] = list(sources) if sources else [None]
    target_sides: list[ActorMention | None] = list(targets) if targets else [None]
    pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
    for source in source_sides:
        for target in target_sides:
            if source is not None and target is not None and _same_actor(source, target):
                target = None
            pairs.append((source, target))
            if symmetric and source is not None and target is not None:
                pairs.append((target, source))
    return pairs


# CAMEO codes of acts two parties do together (agreeing, meeting, negotiating, signing,
# cooperating): parties of several countries doing one with no one else named do it with
# each other ("Paris et Berlin partagent la même analyse", "Manille et Washington ont lancé
# des exercices conjoints"). Not praise, aid or visits, whose addressee is someone else.
JOINT_CODES = ("019", "030", "031", "036", "040", "041", "046", "057", "06")


def _with_members(arguments: Arguments, sentence: Span, actors: ActorIndex) -> Arguments:
    """A mention of this sentence that stands for several parties ("les deux voisins", "Ils"
    after "Le Vietnam et l'Inde") is each of them, on either side, whichever rule found it:
    "L'UE a appelé les deux voisins à la retenue" is aimed at both. A member found outside
    the sentence came in through the mention, and brings the others; a member named in the
    sentence itself may be an argument of its own ("…, a annoncé le Kenya")."""
    groups: dict[int, tuple[ActorMention, list[ActorMention]]] = {}
    for i in range(sentence.start, sentence.end):
        members = actors.plural.get(i)
        mention = actors.by_token.get(i)
        if members and mention is not None:
            groups.setdefault(id(mention), (mention, members))
    if not groups:
        return arguments

    def expand(side: list[ActorMention]) -> list[ActorMention]:
        out: list[ActorMention] = []
        for mention in side:
            items = [mention]
            outside = not sentence.start <= mention.token_start < sentence.end
            for plural, members in groups.values():
                if mention is plural or (outside and any(mention is m for m in members)):
                    items = members
                    break
            out += [m for m in items if all(m is not o for o in out)]
        return out

    sources, targets = expand(arguments.sources), expand(arguments.targets)
    # "qui l'a invité à tourner la page des différends entre les deux voisins": the source
    # counted among the parties is not its own target.
    others = [t for t in targets if not any(_same_actor(s, t) for s in sources)]
    if len(targets) > len(arguments.targets) and others:
        targets = others
    return Arguments(sources, targets, arguments.how)


def _joint(code: str, arguments: Arguments, among_sources: bool = False) -> bool:
    """Sources of several countries and no target, in a joint act (``JOINT_CODES``).

    With ``among_sources``, targets that are all of the sources' own countries count as none:
    "Les délégations russe et ukrainienne ont repris leurs négociations, au lendemain d'une
    attaque des services ukrainiens" is a negotiation between the two delegations, whatever
    Ukrainian phrase the argument rules took for a partner."""
    countries = {s.country or s.code for s in arguments.sources}
    if not code.startswith(JOINT_CODES) or len(countries) < 2:
        return False
    if among_sources:
        return bool(arguments.targets) and all(
            (t.country or t.code) in countries for t in arguments.targets
        )
    return not arguments.targets


def _each_other(match: Candidate, cues: Cues) -> bool:
    """ "Washington et Pékin se sont mutuellement accusés": a reflexive pronoun on a trigger
    whose pattern is not reflexive stands for the object, so a plural subject acts on each
    of its members ("se menacent", "se sont accusés"); an inherently reflexive pattern
    ("s'engager à") is not."""
    if match.pattern.reflexive or match.pattern.kind != "verb":
        return False
    return _has_reflexive(match.trigger, cues)


def _has_reflexive(trigger: Token, cues: Cues) -> bool:
    """A reflexive pronoun on the verb, as its child or right before it ("se sont accusés")."""
    for child in dependents(trigger):
        if (
            child.pos_ == "PRON"
            and not child.dep_.startswith("nsubj")
            and normalise(child.text) in cues.reflexives
        ):
            return True
    previous = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    while previous is not None and previous.pos_ in ("AUX", "ADV") and previous.i > 0:
        previous = trigger.doc[previous.i - 1]
    return (
        previous is not None
        and previous.pos_ == "PRON"
        and not previous.dep_.startswith("nsubj")
        and normalise(previous.text) in cues.reflexives
    )


def _ref(mention: ActorMention | None) -> ActorRef | None:
    return mention.to_ref() if mention is not None else None


def sentence_text(parsed: ParsedArticle, sentence: Span) -> str:
    """``sentence.text``, sliced from the article's text instead of joined token by token."""
    return parsed.article.text[sentence.start_char : sentence.end_char]


def _repeated_sentences(parsed: ParsedArticle) -> set[int]:
    seen: set[str] = set()
    repeated: set[int] = set()
    for index, sentence in enumerate(parsed.sentences):
        key = " ".join(sentence_text(parsed, sentence).lower().split())
        if key in seen:
            repeated.add(index)
        seen.add(key)
    return repeated


def _named_preposition(match: Candidate, cues: Cues) -> bool:
    """Whether the target preposition a pattern ends with introduces a phrase at most three
    levels under its trigger, as complements are looked for ("a lancé 300 drones et missiles
    contre Israël": "contre Israël" hangs on the second conjunct of the object)."""
    wanted = match.pattern.target_preposition
    phrases, level = [], [match.trigger]
    for _ in range(PREPOSITION_DEPTH):
        level = [child for node in level for child in dependents(node)]
        phrases += level
    return any(
        case.dep_ == "case" and cues.preposition(case.text) == wanted
        for phrase in phrases
        for case in dependents(phrase)
    )


PREPOSITION_DEPTH = 3


@functools.lru_cache(maxsize=8)
def _language_cues(language: str) -> Cues:
    """The cues of a pattern's language (its rule starts with it), for callers without them."""
    return Cues.load(language)


def _weight(match: Candidate, cues: Cues) -> int:
    """A pattern's specificity, less the point of a target preposition the sentence lacks:
    "tirer [missile] sur" is no more specific than "tirer [missile]" in "a tiré un missile
    balistique en mer du Japon" (a test, 150, not a strike, 195)."""
    weight = match.pattern.specificity
    if match.pattern.target_preposition and not _named_preposition(match, cues):
        weight -= 1
    return weight


def readings(group: list[Candidate], cues: Cues | None = None) -> list[Candidate]:
    """The patterns of one trigger to try in turn, best first, until one yields an event.

    Only readings of the best one's root: another root is another sense of the word ("se
    rendre dans une exploitation" with no place actor is no surrender, 0874). The best is the
    most specific once a target preposition absent from the sentence is discounted; on a
    tie, a pattern written for the word before one read on it as enacting an act's noun,
    then the root read first.
    """
    cues = cues or _language_cues(group[0].pattern.rule.split("/", 1)[0])
    group = [match for match in group if not _other_sense(match, cues)]
    if not group:
        return []
    best = max(_weight(m, cues) for m in group)
    top = [m for m in group if _weight(m, cues) == best]
    # a pattern written for the verb outranks one read on it as enacting an act's noun
    # (``lexicon.enacted_patterns``): "ordonner [déploiement] [force]" is a force posture
    root = min(m.pattern.code[:2] for m in [m for m in top if not m.pattern.enacted] or top)
    return [match for match in group if match.pattern.code[:2] == root]


def _other_sense(match: Candidate, cues: Cues) -> bool:
    """A verb whose reflexive form is another word (roles.yaml#reflexive-senses): "des
    assaillants se réclamant des shebab" claim no demand, "se livrer à des pillages" delivers
    nothing; only a pattern written reflexive reads it."""
    return (
        match.pattern.kind == "verb"
        and not match.pattern.reflexive
        and match.pattern.trigger in cues.reflexive_senses
        and _has_reflexive(match.trigger, cues)
    )


def code_sentence(
    parsed: ParsedArticle,
    index: int,
    sentence: Span,
    actors: ActorIndex,
    times: list[TimeExpression],
    places: list[PlaceMention],
    model: EventModel,
    mutual: set[str] | None = None,
    history: Told | None = None,
) -> list[Event]:
    events: list[Event] = []
    rejected: list[Event] = []
    aims: dict[int, Arguments] = {}
    found = candidates(sentence, model.index, model.cues, fired_only=True, listed=model.listed)
    lasting = lasting_verbs(sentence, times, model.cues)
    for group in select(found, model.cues, lasting):
        for match in readings(group, model.cues):
            coded = code_match(
                parsed,
                index,
                sentence,
                match,
                actors,
                times,
                places,
                model,
                mutual,
                history=history,
                aims=aims,
            )
            if coded:
                events.extend(coded)
                rejected.extend(
                    _rejected_acts(
                        parsed, index, sentence, match, found, actors, times, places, model
                    )
                )
                break
    if not events:
        # nothing to join, answer or ask for, and no act rejected (only beside a coded one):
        # the passes below read every token of the sentence for nothing
        return events
    events = _one_joined_act(sentence, events)
    events = _answered_in_sentence(parsed.article_id, index, events)
    events = _requests(parsed, index, sentence, events, actors, model)
    if not rejected:
        return events
    # "a rejeté les accusations du gouvernement congolais, qui reproche à Kigali …": the
    # act the sentence also tells by its own trigger is not told twice.
    told = {(e.cameo_root, _country(e.source), _country(e.target)) for e in events}
    events.extend(
        e for e in rejected if (e.cameo_root, _country(e.source), _country(e.target)) not in told
    )
    return sorted(events, key=lambda e: e.trigger.start)


def _one_joined_act(sentence: Span, events: list[Event]) -> list[Event]:
    """Two joined verbs sharing their subject that tell the same act between the same
    actors tell one act: "ont envahi et incendié l'ambassade", "ont pris d'assaut et
    incendié le Parlement" (one 145, docs/annotation.md, one event per source, target and
    code). Only a verb joined to the trigger of another event of the sentence with the same
    code, source and target, with no subject of its own; the first verb's event is kept.
    Two codes of one root stay two acts ("a ordonné l'expulsion … et rappelé son chargé
    d'affaires", 166 and 161)."""
    tokens = {t.idx: t for t in sentence}

    def key(e: Event) -> tuple[str, str | None, str | None]:
        return (
            e.cameo,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )

    told = {(tokens[e.trigger.start].i, key(e)) for e in events if e.trigger.start in tokens}
    kept = []
    for e in events:
        verb = tokens.get(e.trigger.start)
        joined = (
            verb is not None
            and e.source is not None
            and verb.dep_ == "conj"
            and verb.pos_ == "VERB"
            and verb.head.pos_ == "VERB"
            and (verb.head.i, key(e)) in told
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
        )
        if not joined:
            kept.append(e)
    return kept


def _answered_in_sentence(article_id: str, index: int, events: list[Event]) -> list[Event]:
    """A denial or a rejection with no target answers whoever the same sentence tells
    accusing, asking or offering its author something (``ANSWERED``): "Minsk a démenti toute
    implication, Varsovie et Bruxelles l'accusant d'orchestrer une attaque hybride" is
    Belarus's denial to Poland and to the EU (the accusation is coded after the denial, so
    the told history cannot give it); "Zelensky a réclamé à l'Allemagne des missiles, que le
    chancelier refuse de livrer" is Germany's refusal to Ukraine."""
    out: list[Event] = []
    for e in events:
        own = _country(e.source)
        accusers: list[ActorRef] = []
        answers = _answered_roots(e.cameo)
        if answers and e.target is None and e.source is not None:
            for a in events:
                if a.cameo_root not in answers or a.source is None or a.target is None:
                    continue
                accusing = _country(a.target) == own and _country(a.source) != own
                if accusing and all(a.source.code != b.code for b in accusers):
                    accusers.append(a.source)
        if not accusers or e.source is None:
            out.append(e)
            continue
        start, end = e.trigger.start, e.trigger.end
        out += [
            replace(
                e,
                target=accuser,
                event_id=event_id(
                    article_id, index, start, end, e.cameo, e.source.start, accuser.start
                ),
            )
            for accuser in accusers
        ]
    return out


def _requests(
    parsed: ParsedArticle,
    index: int,
    sentence: Span,
    events: list[Event],
    actors: ActorIndex,
    model: EventModel,
) -> list[Event]:
    """An act done at someone's request ("a déployé des troupes à la demande du président
    Salva Kiir", "a été gracié par le président à la demande de l'Allemagne") is also the
    requester's appeal to whoever acted, coded by what was asked (``request_code``). The
    request noun hangs on the act's trigger, on a word the trigger hangs on, or (a parse
    that split the clause) on a word above it; the nearest act before the noun is the one
    asked. An act with no author ("arrêtée à la demande des États-Unis") was asked of no one
    named; "à sa demande" is its author's own wish. The requester is no target of the act
    ("gracié … à la demande de l'Allemagne" pardons no German): that pair is dropped,
    save when the act is giving in to a demand (083: "a démissionné à la demande de
    l'armée" yields to the army). Only a deed is asked for so: a noun in
    the content of a speech act ("a sommé Ottawa de libérer X, arrêtée à la demande des
    États-Unis") tells of another act, which was not coded."""
    out: list[Event] = []
    requested: set[tuple[int, int]] = set()
    cues = model.cues
    by_start = {t.idx: t for t in sentence}
    acts = [(by_start[e.trigger.start], e) for e in events if e.trigger.start in by_start]
    for noun in sentence:
        if noun.pos_ != "NOUN" or normalise(noun.lemma_) not in cues.request_nouns:
            continue
        marks = {cues.preposition(c.text) for c in dependents(noun) if c.dep_ == "case"}
        if not marks & cues.dative_prepositions:
            continue
        requester: ActorMention | None = None
        for c in dependents(noun):
            if c.dep_ != "nmod":
                continue
            named = [actors.by_token[t.i] for t in c.subtree if t.i in actors.by_token]
            if named:
                requester = named[0]
                break
        if requester is None:
            continue
        asked = [
            (noun.i - t.i, e)
            for t, e in acts
            if t.i < noun.i
            and e.source is not None
            and e.cameo_root not in SPEECH_ACT_ROOTS
            and (t == noun.head or t in noun.ancestors or noun.head in t.ancestors)
        ]
        if not asked:
            continue
        act = min(asked, key=lambda pair: pair[0])[1]
        if act.source is None or act.source.start == requester.start:
            continue
        entry = model.ontology.get(request_code(act.cameo))
        start, end = noun.idx, noun.idx + len(noun.text)
        event = replace(
            act,
            event_id=event_id(
                parsed.article_id, index, start, end, entry.code, requester.start, act.source.start
            ),
            trigger=TextSpan(noun.text, start, end),
            source=_ref(requester),
            target=act.source,
            cameo=entry.code,
            cameo_root=entry.root,
            cameo_label=entry.label,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover=entry.plover,
            modality=replace(act.modality),
            attribution=None,
            rule=f"{model.language}/events/roles.yaml#request-noun",
        )
        if all(o.event_id != event.event_id for o in out):
            out.append(event)
        if not act.cameo.startswith(GIVING_IN):
            requested.add((act.trigger.start, requester.start))
    if not out:
        return events
    kept = [
        e for e in events if e.target is None or (e.trigger.start, e.target.start) not in requested
    ]
    return sorted(kept + out, key=lambda e: e.trigger.start)


def _answered_roots(code: str) -> frozenset[str]:
    """The roots of the acts a rejection (12) or a denial (016) answers (``ANSWERED``)."""
    return ANSWERED.get(code[:3]) or ANSWERED.get(code[:2]) or frozenset()


# Codes of rejecting or denying something (12, 016): an act of a named party that is what
# is rejected ("a rejeté les accusations de Donald Trump", "les appels du FMI à …") is that
# party's act aimed at whoever rejects it.
REJECTING = ("12", "016")
# Codes of condemning something (111): an act with an author of its own that is condemned is
# annotated as well ("un tir de missile nord-coréen condamné par Washington", docs/annotation.md),
# with its own target; the condemner is neither its author nor, by default, its target.
CONDEMNING = ("111",)


def _rejected_acts(
    parsed: ParsedArticle,
    index: int,
    sentence: Span,
    match: Candidate,
    found: list[Candidate],
    actors: ActorIndex,
    times: list[TimeExpression],
    places: list[PlaceMention],
    model: EventModel,
) -> list[Event]:
    """The act a rejection is about, when an event noun the rejection's pattern took as its
    complement has an author of its own ("de X", "X's" adjective): one event from that author
    to the rejecting party. A noun with no author ("a rejeté toute accusation") is only what
    is rejected; the selection dropped it as the rejection's complement. A condemned act
    ("a condamné les frappes israéliennes contre …") is coded with its own arguments, when
    they name an author in the noun's phrase, not the condemner."""
    condemning = match.pattern.code.startswith(CONDEMNING)
    if not (match.pattern.code.startswith(REJECTING) or condemning):
        return []
    rejecters: list[ActorMention] | None = None
    events: list[Event] = []
    for complement in match.complements:
        nouns = [
            c
            for c in found
            if c.fired
            and c.trigger.i == complement.i
            and c.pattern.kind == "noun"
            and c.pattern.code[:2] != match.pattern.code[:2]
            # something said ("l'offre de médiation de la Turquie": the offer, not the
            # mediation that never took place)
            and (condemning or c.pattern.code[:2] in SPEECH_ACT_ROOTS)
        ]
        if not nouns:
            continue
        if rejecters is None:
            rejecters = find_arguments(match, sentence, actors, model.cues).sources
        noun = max(nouns, key=lambda c: c.pattern.specificity)
        if condemning:
            own = match_arguments(noun, sentence, actors, times, model)
            if (
                own.how == GOVERNING_SUBJECT
                or not own.sources
                or any(s.start == r.start for s in own.sources for r in rejecters)
            ):
                continue
            events.extend(code_match(parsed, index, sentence, noun, actors, times, places, model))
            continue
        coded = code_match(
            parsed, index, sentence, noun, actors, times, places, model, addressees=rejecters
        )
        events.extend(coded)
    return events


def _time_tokens(sentence: Span, times: list[TimeExpression]) -> frozenset[int]:
    """The tokens of the sentence inside a time expression ("mercredi", "en juin")."""
    spans = [(t.start, t.end) for t in times if sentence.start_char <= t.start < sentence.end_char]
    if not spans:
        return frozenset()
    return frozenset(
        token.i for token in sentence if any(start <= token.idx < end for start, end in spans)
    )


# CAMEO codes of meetings (040, 044): a bare noun of theirs ("sommet", "réunion") names a
# gathering, whose owner is where an act happens (``venue_owners``).
GATHERING_CODES = ("040", "044")


def _gathering(index: dict[str, list[Pattern]], noun: Token) -> bool:
    """Whether a noun names a meeting by itself ("le sommet", "une réunion")."""
    return any(
        p.kind == "noun" and not p.steps and p.code.startswith(GATHERING_CODES)
        for key in token_keys(noun)
        for p in index.get(key, ())
    )


def _struck_noun(match: Candidate, arguments: Arguments, index: dict[str, list[Pattern]]) -> bool:
    """An event noun with no author of its own that is the object of a force verb names what
    the force struck, not an act of that verb's subject: in "l'armée a bombardé un
    rassemblement", "la police a dispersé la manifestation", the army and the police do not
    gather or protest. The verb is a force act by itself ("bombarder") or with this very
    noun ("disperser une manifestation"), and of another root than the noun's: of the same,
    it names the noun's act ("a commis des viols"); "ordonner" is force only with other
    nouns ("a ordonné la dissolution")."""
    trigger = match.trigger
    if match.pattern.kind != "noun" or arguments.how != GOVERNING_SUBJECT:
        return False
    verb = trigger.head
    if trigger.dep_ != "obj" or verb.pos_ != "VERB" or verb.i == trigger.i:
        return False
    nouns = set(token_keys(trigger))
    return any(
        p.kind == "verb"
        and p.code[:2] in FORCE_ROOTS
        and p.code[:2] != match.pattern.code[:2]
        and (not p.steps or bool(p.steps[0].lemmas & nouns))
        for key in token_keys(verb)
        for p in index.get(key, ())
    )


# The article's events so far, each with its source mention, in the order they were coded.
Told = list[tuple[Event, ActorMention | None, ActorMention | None]]

# Reactions and speech acts whose object can be an act the article told before: "Le Bélarus
# a libéré 52 prisonniers. […] L'opposante a salué ces libérations."
ANSWERING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
ANSWERING_CODES = ("016",)
# A denial (016) answers its accuser: it never takes the aim of a verb it is coordinated with.
DENIAL_CODE = "016"
# Acts whose object, naming no actor, is what they answer, as a condemnation's is: a denial
# ("Moscou a démenti toute implication"), praise ("a salué une lueur d'espoir"), a rejection
# ("Minsk a rejeté une décision « illégale »") and a threat ("a promis une riposte").
ANSWERING_OBJECTS = ("016", "051", "12", "13")
# How many sentences back a reaction to no named act looks for the act it answers.
# Three: a short article may tell two sentences of detail before the reaction.
REACH = 3
# Roles that speak for a state itself: its disapproval is not aimed at one of them of its country.
STATE_AGENTS = frozenset({None, "", "GOV"})
# Dependents a verb with nothing after it ("Séoul a protesté lundi") may have.
BARE = ("nsubj", "aux", "advmod", "punct", "cc", "mark", "expl", "obl:mod", "dep")


def _answering(code: str) -> bool:
    return code[:2] in ANSWERING_ROOTS or code.startswith(ANSWERING_CODES)


def _anaphoric_object(
    match: Candidate, actors: ActorIndex, index: dict[str, list[Pattern]], own: set[str | None]
) -> tuple[bool, set[str]]:
    """Whether a verb's object leaves what it reacts to to the text before, and the codes the
    object noun names when it names an act ("ces libérations": 0841). True for no object and no
    content clause ("Séoul a protesté"), or an object naming no actor with a demonstrative
    ("ce geste", "ces frappes") or, on an event noun, a definite article ("la décision"); for a
    condemnation (11), any object naming no foreign actor ("Bagdad a condamné une violation
    de la souveraineté irakienne")."""
    trigger = match.trigger
    if match.pattern.kind != "verb":
        return False, set()
    objects = [c for c in dependents(trigger) if c.dep_ == "obj"]
    if not objects:
        # a verb that can stand alone ("ont exigé", "a démenti") is told with no target
        bare = match.pattern.needs_target
        return bare and all(c.dep_.startswith(BARE) for c in dependents(trigger)), set()
    noun = objects[0]
    if noun.pos_ != "NOUN" or any(m.country not in own for m in phrase_actors(noun, actors)):
        return False, set()
    if noun.i in actors.unresolved:
        # a party named but not coded ("a accusé les pays occidentaux"): no act told earlier
        return False, set()
    codes = {p.code for key in token_keys(noun) for p in index.get(key, ()) if p.kind == "noun"}
    determiners = [d for d in dependents(noun) if d.dep_ == "det"]
    demonstrative = any("Dem" in feature(d, "PronType") for d in determiners)
    # a possessive points back as a definite article does: "a exigé leur libération"
    definite = any(
        "Def" in feature(d, "Definite") or "Yes" in feature(d, "Poss") for d in determiners
    )
    reaction = match.pattern.code[:2] in REACTION_ROOTS or match.pattern.code.startswith(
        ANSWERING_OBJECTS
    )
    return reaction or demonstrative or (definite and bool(codes)), codes


def _told_author(
    match: Candidate,
    sentence_index: int,
    speakers: list[ActorMention],
    told: Told,
    actors: ActorIndex,
    model: EventModel,
) -> ActorMention | None:
    """Whom a reaction to an act the article told before is aimed at: that act's author.

    "Le Bélarus a libéré 52 prisonniers. Les détenus ont été conduits à la frontière.
    L'opposante Svetlana Tikhanovskaïa a salué ces libérations": the welcome is aimed at
    Belarus. The act is the latest one of an earlier sentence of the root the object noun
    names ("ces libérations": a release); an object naming no act ("ce geste") or no object
    refers to the previous sentence's first act. Never the speaker itself."""
    if not _answering(match.pattern.code):
        return None
    answered = _answered_act(match.pattern.code, sentence_index, speakers, told)
    if answered is not None:
        return answered
    own = {s.country for s in speakers}
    anaphoric, codes = _anaphoric_object(match, actors, model.index, own)
    if not anaphoric:
        return None
    earlier = [(e, s) for e, s, _ in told if e.sentence_index < sentence_index and s is not None]
    if codes:
        # the closest code the noun names: "ces libérations" (0841) is the release, not
        # the lifting of sanctions (085) told after it
        closeness = [max(_shared(e.cameo, c) for c in codes) for e, _ in earlier]
        best = max(closeness, default=0)
        acts = [a for a, n in zip(earlier, closeness, strict=True) if best >= 2 and n == best][-1:]
    else:
        acts = []
    # a state does not react to its own state's act; its opposition or people may
    selves = {s.code for s in speakers}
    states = {s.country for s in speakers if s.agent not in PRIVATE_ROLES}
    # a state disapproves of its own country's rebels, army, courts or rioters, though
    disapproval = match.pattern.code[:2] in REACTION_ROOTS
    authors = [
        (e, a)
        for e, a in (acts or earlier)
        if a is not None
        and a.code not in selves
        and (a.country not in states or (disapproval and a.agent not in STATE_AGENTS))
    ]
    if acts:
        return authors[-1][1] if authors else None
    # else the first act of the latest of the two sentences before that tells one
    recent = [(e, a) for e, a in authors if e.sentence_index >= sentence_index - REACH]
    if not recent:
        # no one else acted: the speaker's own state did, and the reaction goes on with
        # whom that act was aimed at ("Israël a bombardé le port de Hodeïda. Le Premier
        # ministre avait promis une riposte")
        aimed = [
            t
            for e, a, t in told
            if sentence_index - REACH <= e.sentence_index < sentence_index
            and a is not None
            and a.country in states
            and t is not None
            and t.country not in states
        ]
        return aimed[0] if aimed else None
    latest = recent[-1][0].sentence_index
    return next(a for e, a in recent if e.sentence_index == latest)


# Comments (01) and praise (05) are about whom they name, not addressed to them: a demand
# coordinated with one ("s'est dit « préoccupé » et a réclamé un accès consulaire", "a
# remercié ses partenaires mais appelé à …") is not aimed at that party (``_shared_aim``).
# A denial answers its accuser, who is ("a démenti toute implication et demandé un accès
# consulaire à son ressortissant").
UNSHARED_AIM_ROOTS = frozenset({"01", "05"})


def _shared_aim(
    trigger: Token, sources: list[ActorMention], aims: dict[int, Arguments]
) -> list[ActorMention]:
    """Whom the verb a trigger is coordinated with aims at, when both share their subject:
    "Islamabad a dénoncé un acte de guerre et promis une riposte" aims the promise at whom
    the denunciation is aimed at. Not a verb with a subject of its own. The verb is the
    nearest coded one above the trigger: the parser may hang the conjunct on a word of the
    first verb's object ("a dénoncé une décision « discriminatoire » et exigé …")."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return []
    head = next((a for a in trigger.ancestors if a.i in aims), None)
    if head is None:
        return []
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in dependents(trigger)):
        return []
    before = aims[head.i]
    if {s.code for s in before.sources} != {s.code for s in sources}:
        return []
    own = {s.country for s in sources}
    return [t for t in before.targets if t.country not in own]


# What a rejection (12) or a denial (016) answers: an offer, demand, accusation or threat
# (the denial: an accusation, or a threat that blames: "a menacé l'Espagne de droits de
# douane pour la « punir » … Madrid a rejeté ces critiques") aimed at the one who rejects it.
ANSWERED = {"12": frozenset({"03", "10", "11", "13"}), "016": frozenset({"11", "13"})}


def _co_authors(
    author: ActorMention, speakers: list[ActorMention], told: Told
) -> list[ActorMention]:
    """Every author of the act whose author ``_told_author`` found: "La France, le Royaume-Uni
    et l'Allemagne ont activé … La diplomatie iranienne a promis une réponse" answers each
    of the three (docs/annotation.md, session 12), not the first one named. The act is the
    trigger and code the author's told event was coded with; its other sources are
    co-authors (not the guest of a hosting, the source of its reverse code), but never the
    speaker's own country."""
    acts = {(e.sentence_index, e.trigger.start, e.cameo) for e, a, _ in told if a is author}
    others = [
        a
        for e, a, _ in told
        if a is not None and (e.sentence_index, e.trigger.start, e.cameo) in acts
    ]
    own = {s.country for s in speakers if s.country} | {s.code for s in speakers}
    if any(a.country in own or a.code in own for a in others):
        # an act the speaker's side took part in ("La Chine, le Kirghizstan et l'Ouzbékistan
        # ont lancé … Le président kirghiz a salué un chantier"): no one else's to answer
        return [author]
    authors = [author]
    private = author.agent in PRIVATE_ROLES
    for a in others:
        if any(a.code == b.code for b in authors):
            continue
        if a.agent in PRIVATE_ROLES and not private:
            # the other side of a symmetric act with a state ("ont procédé à un échange de
            # prisonniers" with the detainee) is not its co-author
            continue
        authors.append(a)
    return authors


def _answered_act(
    code: str, sentence_index: int, speakers: list[ActorMention], told: Told
) -> ActorMention | None:
    """Who made the latest offer, demand, accusation or threat of an earlier sentence aimed at
    the one who now rejects or denies: "Chisinau a accusé Moscou de chantage. […] Le Kremlin
    a rejeté toute responsabilité" answers Moldova."""
    roots = _answered_roots(code)
    if not roots:
        return None
    own = {s.country for s in speakers if s.country}
    selves = {s.code for s in speakers if s.code}
    for event, author, _ in reversed(told):
        if event.sentence_index >= sentence_index or event.cameo_root not in roots:
            continue
        if event.target is None or author is None or _country(event.target) not in own:
            continue
        # "Les proches des victimes accusent le gouvernement … Le Premier ministre a rejeté
        # ces accusations": an act aimed at the speaker itself is answered by it, whoever
        # of its own country made it.
        itself = event.target.code in selves and author.code not in selves
        if author.country not in own or itself:
            return author
    return None


def _shared(code: str, other: str) -> int:
    """How many leading digits two CAMEO codes share."""
    return next(
        (i for i, (a, b) in enumerate(zip(code, other, strict=False)) if a != b),
        min(len(code), len(other)),
    )


# Support (051) whose participle on an actor names its backer, and an accusation or a
# condemnation (11) whose participle on an actor names its accuser ("Hernández, accusé par la
# justice américaine de …", "l'AIEA, accusée par Téhéran de partialité"): a standing status
# of that actor (``_backing_status``).
BACKING_CODE = ("051", "11")


def _backing_status(
    match: Candidate, actors: ActorIndex, cues: Cues, index: dict[str, list[Pattern]]
) -> bool:
    """ "Les rebelles du M23, soutenus par le Rwanda", "une milice appuyée par l'Iran": support
    (051) told by a participle with its agent on an actor (or a group or part of one: "les
    factions syriennes soutenues par la Turquie") is who backs that actor, a standing status,
    not an act (docs/annotation.md); on an act it stays a reaction ("un vote salué par
    Kiev")."""
    trigger = match.trigger
    return (
        match.pattern.code.startswith(BACKING_CODE)
        and match.pattern.kind == "verb"
        and trigger.dep_ == "acl"
        and "Part" in feature(trigger, "VerbForm")
        and _actor_phrase(trigger.head, actors, index)
        # "Alexeï Navalny condamné par un tribunal à 19 ans de prison": in a verbless
        # headline the participle on the name heading it is the predicate
        and trigger.head.dep_ != "ROOT"
        and has_agent(trigger, cues)
    )


# Links by which a noun names the actor it is a group or a part of ("les factions
# syriennes", "une colonne de l'armée malienne", "…, mouvement séparatiste").
ACTOR_PHRASE_LINKS = ("amod", "nmod", "flat")
ACTOR_APPOSITION_LINKS = ("appos", "conj")


def _actor_phrase(noun: Token, actors: ActorIndex, index: dict[str, list[Pattern]]) -> bool:
    """Whether a noun names an actor: an actor mention itself, a group of one ("les factions
    syriennes", "une colonne de l'armée malienne") or its apposition ("les forces du STC,
    mouvement séparatiste"); not an act's noun ("l'offensive israélienne")."""
    if noun.i in actors.by_token:
        return True
    if any(p.kind == "noun" for p in index.get(normalise(noun.lemma_), ())):
        return False
    if noun.dep_.startswith(ACTOR_APPOSITION_LINKS) and noun.head.i in actors.by_token:
        return True
    return any(
        c.i in actors.by_token or c.i in actors.qualifiers
        for c in dependents(noun)
        if c.dep_.startswith(ACTOR_PHRASE_LINKS)
    )


def match_arguments(
    match: Candidate,
    sentence: Span,
    actors: ActorIndex,
    times: list[TimeExpression],
    model: EventModel,
) -> Arguments:
    """Sources and targets of one match as the argument rules find them, with the sentence's
    venues and time words known, and plural mentions spelled out into their members: what
    ``code_match`` starts from, and what ``faits explain`` shows."""
    venues = venue_owners(sentence, actors, model.cues, functools.partial(_gathering, model.index))
    moments = _time_tokens(sentence, times)
    return _with_members(
        find_arguments(match, sentence, actors, model.cues, venues, moments), sentence, actors
    )


def code_match(
    parsed: ParsedArticle,
    index: int,
    sentence: Span,
    match: Candidate,
    actors: ActorIndex,
    times: list[TimeExpression],
    places: list[PlaceMention],
    model: EventModel,
    mutual: set[str] | None = None,
    addressees: list[ActorMention] | None = None,
    history: Told | None = None,
    aims: dict[int, Arguments] | None = None,
) -> list[Event]:
    """The events of one match; ids of events a plural subject does to itself ("se sont
    rencontrés") are added to ``mutual`` when given. ``addressees``, when given, are whom a
    noun's act is aimed at whatever its phrase says; it needs an author of its own.
    ``history``, when given, holds the article's events so far and records these ones: a
    reaction to an act told earlier is aimed at that act's author (``_told_author``).
    ``aims``, when given, holds the arguments of the sentence's triggers coded so far and
    records these ones: a verb coordinated with one of them shares its target (``_shared_aim``)."""
    arguments = match_arguments(match, sentence, actors, times, model)
    if match.pattern.targetless:
        # an act against no one ("a fait appel"): whatever the phrase or the text before names
        # is no target, and no earlier act's author stands in for one
        arguments = Arguments(arguments.sources, [], arguments.how)
    if not arguments.sources and addressees is None:
        learned = attached_source(match, sentence, index, actors, arguments, model, history or [])
        if learned is not None:
            arguments = Arguments([learned.mention], arguments.targets, arguments.how)
    # a target that is only the source itself ("la souveraineté irakienne" for Baghdad) is none
    untargeted = all(any(_same_actor(s, t) for s in arguments.sources) for t in arguments.targets)
    own_ties = arguments.how == OWN_TIES
    # an addressee named but coded by no actor is no one an earlier act stands in for
    unaimed = own_ties or arguments.how == UNCODED_ADDRESSEE or match.pattern.targetless
    if history is not None and arguments.sources and untargeted and not unaimed:
        author = _told_author(match, index, arguments.sources, history, actors, model)
        if author is not None:
            authors = _co_authors(author, arguments.sources, history)
            arguments = Arguments(arguments.sources, authors, arguments.how)
    if history is not None and arguments.sources and not unaimed:
        # a target the argument rules found in an earlier sentence, as the author of an act
        # told there ("Le Canada, l'Australie et … ont imposé … La junte a dénoncé une
        # ingérence") or as a member of a list ("Le Burkina Faso, le Mali et le Niger …"),
        # stands for every author of that act and every member of that list, unless the
        # speaker's own side is one of them
        earlier = [t for t in arguments.targets if t.token_start < sentence.start]
        own = {_country(s.to_ref()) for s in arguments.sources}
        widened = list(arguments.targets)
        for named in earlier:
            listed = _listed_members(named, parsed, actors, model.cues, match.trigger, [])
            if any(_country(m.to_ref()) in own for m in listed):
                continue
            for a in [*_co_authors(named, arguments.sources, history), *listed]:
                if all(_country(a.to_ref()) != _country(w.to_ref()) for w in widened):
                    widened.append(a)
        if len(widened) > len(arguments.targets):
            arguments = Arguments(arguments.sources, widened, arguments.how)
    if aims is not None and arguments.sources and _answering(match.pattern.code) and not unaimed:
        untargeted = all(
            any(_same_actor(s, t) for s in arguments.sources) for t in arguments.targets
        )
        # a denial answers its accuser, never what the verb it is coordinated with aims at
        denial = match.pattern.code.startswith(DENIAL_CODE)
        shared = (
            _shared_aim(match.trigger, arguments.sources, aims) if untargeted and not denial else []
        )
        if shared:
            arguments = Arguments(arguments.sources, shared, arguments.how)
    if addressees is not None:
        own = {a.country for a in addressees}
        authors = [s for s in arguments.sources if s.country not in own]
        if arguments.how == GOVERNING_SUBJECT or not authors or not addressees:
            return []
        arguments = Arguments(authors, list(addressees), arguments.how)
    if not arguments.sources and not arguments.targets:
        return []
    if _struck_noun(match, arguments, model.index):
        return []
    if _backing_status(match, actors, model.cues, model.index):
        return []
    sharing = match.pattern.code[:2] not in UNSHARED_AIM_ROOTS or match.pattern.code.startswith(
        DENIAL_CODE
    )
    if aims is not None and arguments.sources and arguments.targets and sharing:
        aims[match.trigger.i] = arguments
    # "les combats entre X et Y": both sides act on each other.
    symmetric = match.pattern.symmetric or arguments.how == BETWEEN
    reciprocal = match.pattern.reciprocal or _each_other(match, model.cues)
    # "Les soldats indonésiens et australiens ont entamé un exercice militaire": the act
    # done together is the entry's joint code (``joint``), not its own
    joint_code = match.pattern.joint_code
    if joint_code is not None and not (
        _joint(joint_code, arguments, among_sources=True) or _joint(joint_code, arguments)
    ):
        joint_code = None
    own_code = joint_code or match.pattern.code
    if _joint(own_code, arguments, among_sources=True):
        arguments = Arguments(arguments.sources, [], arguments.how)
    reciprocal = reciprocal or _joint(own_code, arguments)
    pairs = _pairs(arguments, symmetric, reciprocal)
    pairs = [(source, target) for source, target in pairs if source is not None]
    trigger = match.trigger
    if match.pattern.needs_target and not own_ties:
        if pairs and all(target is None for _, target in pairs):
            attached = attached_target(
                match, sentence, actors, arguments.sources, model, history or []
            )
            if attached is not None:
                chosen = _listed_members(
                    attached.mention, parsed, actors, model.cues, trigger, arguments.sources
                )
                pairs = [
                    (source, target)
                    for source, _ in pairs
                    for target in chosen
                    if source is not None and not _same_actor(source, target)
                ]
        pairs = [(source, target) for source, target in pairs if target is not None]
    if not pairs:
        return []
    modality = modality_of(trigger, _modal_complements(match), model.cues)
    code = own_code
    if modality.negated and match.pattern.negated_code:
        code, modality.negated = match.pattern.negated_code, False
        if code[:2] in STATED_NOW and _future_form(trigger, model.cues):
            modality.future = False
    intent = intent_code(code, trigger, modality, model.cues)
    if intent is not None:
        code, modality.future, modality.negated = intent, False, False
        # a stated policy is its speaker's: "Le Maroc ne normalisera pas ses relations avec
        # l'Iran" is Morocco's refusal, not Iran's too, whatever the act's symmetry
        spoken = [
            (source, target)
            for source, target in pairs
            if any(source is speaker for speaker in arguments.sources)
        ]
        pairs = spoken or pairs
    coded = [
        (
            model.ontology.get(
                _repression(_assault(_mobilisation(code, source), source), source, target)
            ),
            source,
            target,
        )
        for source, target in pairs
    ]
    if match.pattern.reverse_code:
        # "n'a pas reçu le ministre" is no visit either: the guest's side is denied with the
        # host's (docs/annotation.md: a hosting verb gives both, whatever its modality)
        reverse = model.ontology.get(match.pattern.reverse_code)
        coded += [(reverse, target, source) for source, target in pairs if target is not None]
    attribution = attribution_for(trigger, sentence, actors, model.cues)
    when = date_for_event(parsed, trigger.i, times)
    where = location_for_event(parsed, trigger.i, places)
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    text = sentence_text(parsed, sentence)
    events = []
    for entry, source, target in coded:
        positions = [m.start if m is not None else -1 for m in (source, target)]
        events.append(
            Event(
                event_id=event_id(parsed.article_id, index, start, end, entry.code, *positions),
                article_id=parsed.article_id,
                sentence_index=index,
                sentence=text,
                trigger=TextSpan(trigger.text, start, end),
                source=_ref(source),
                target=_ref(target),
                cameo=entry.code,
                cameo_root=entry.root,
                cameo_label=entry.label,
                quad_class=entry.quad_class,
                goldstein=entry.goldstein,
                plover=entry.plover,
                modality=replace(modality),
                attribution=attribution,
                date=when.date,
                date_precision=when.date_precision,
                date_text=when.date_text,
                date_source=when.date_source,
                location=where,
                rule=match.pattern.rule,
                language=parsed.language,
            )
        )
    if mutual is not None and reciprocal and not arguments.targets:
        mutual.update(e.event_id for e in events)
    if history is not None:
        history.extend((e, s, t) for e, (_, s, t) in zip(events, coded, strict=True))
    return events


def _listed_members(
    mention: ActorMention,
    parsed: ParsedArticle,
    actors: ActorIndex,
    cues: Cues,
    trigger: Token,
    sources: list[ActorMention],
) -> list[ActorMention]:
    """A target found outside the argument rules (the attachment model's pick, an earlier
    sentence's actor) with the other members of the surface list it belongs to ("a reçu les
    présidents du Liberia, du Sénégal et du Gabon": each is received): the lists the argument
    rules widen their own finds by (``listed``), read in the mention's own sentence."""
    sentence = parsed.sentences[mention.sentence_index]
    mentions = list({id(m): m for m in actors.by_token.values()}.values())
    lists = actor_lists(sentence, mentions, cues)
    return with_listed([mention], lists, trigger, sources) if lists else [mention]


def lacks_target(arguments: Arguments) -> bool:
    """No target besides the sources themselves: what ``_pairs`` leaves without one."""
    return all(any(_same_actor(s, t) for s in arguments.sources) for t in arguments.targets)


def attached_target(
    match: Candidate,
    sentence: Span,
    actors: ActorIndex,
    sources: list[ActorMention],
    model: EventModel,
    history: Told,
) -> Attachment | None:
    """The target the language's attachment model picks among the sentence's other actors,
    for a match whose pattern needs one and whose rules found none (``attachment``)."""
    if model.attachment is None or not sources:
        return None
    candidates = target_options(match, sentence, actors, sources, history)
    if not candidates:
        return None
    return model.attachment.choose(
        match.trigger, match.pattern, sentence, candidates, sources, model.cues
    )


def target_options(
    match: Candidate,
    sentence: Span,
    actors: ActorIndex,
    sources: list[ActorMention],
    history: Told,
) -> list[tuple[ActorMention, str]]:
    """The mentions of the sentence the attachment model may pick as a match's target: any
    actor but the sources themselves (and their own governments), with its index's kind, and
    none that would tell again an act of the article's events so far (same root, source and
    target country: one event per source, target and code, docs/annotation.md)."""
    root = match.pattern.code[:2]
    told = {
        (event.cameo_root, _country(event.source), _country(event.target))
        for event, _, _ in history
    }
    return [
        (mention, kind)
        for mention, kind in sentence_candidates(
            sentence, match.trigger, actors.by_token, actors.qualifiers, actors.locative
        )
        if not any(source is mention or _same_actor(source, mention) for source in sources)
        and not any(
            (root, _country(s.to_ref()), _country(mention.to_ref())) in told for s in sources
        )
    ]


def attached_source(
    match: Candidate,
    sentence: Span,
    index: int,
    actors: ActorIndex,
    arguments: Arguments,
    model: EventModel,
    history: Told,
) -> Attachment | None:
    """The source the language's source model picks, for a match whose rules found no
    source but what the event needs besides: its target, or nothing for a pattern needing
    none (one guess per event, never two)."""
    if model.source_attachment is None:
        return None
    targets = [t for t in arguments.targets if t is not None]
    if not targets and match.pattern.needs_target:
        return None
    candidates = source_options(match, sentence, index, actors, targets, history)
    if not candidates:
        return None
    return model.source_attachment.choose(
        match.trigger, match.pattern, sentence, candidates, targets, model.cues
    )


def source_options(
    match: Candidate,
    sentence: Span,
    index: int,
    actors: ActorIndex,
    targets: list[ActorMention],
    history: Told,
) -> list[tuple[ActorMention, str]]:
    """The mentions the source model may pick as a match's source: any actor of the sentence
    but the targets, then the sources of the events of the nearest earlier sentence that has
    some (``PREVIOUS``), none that would tell again an act of the article's events so far."""
    root = match.pattern.code[:2]
    told = {
        (event.cameo_root, _country(event.source), _country(event.target))
        for event, _, _ in history
    }
    earlier = [(e, s) for e, s, _ in history if e.sentence_index < index and s is not None]
    last = max((e.sentence_index for e, _ in earlier), default=None)
    previous = [s for e, s in earlier if e.sentence_index == last]
    options = sentence_candidates(
        sentence, match.trigger, actors.by_token, actors.qualifiers, actors.locative
    )
    seen = {id(m) for m, _ in options}
    for mention in previous:
        if id(mention) not in seen:
            seen.add(id(mention))
            options.append((mention, PREVIOUS))
    targets_countries = [_country(t.to_ref()) for t in targets] or [None]
    return [
        (mention, kind)
        for mention, kind in options
        if not any(target is mention or _same_actor(target, mention) for target in targets)
        and not any(
            (root, _country(mention.to_ref()), country) in told for country in targets_countries
        )
    ]


def code_events(
    parsed: ParsedArticle,
    actors: ActorAnalysis,
    times: list[TimeExpression],
    places: list[PlaceMention],
    model: EventModel,
) -> list[Event]:
    """Every event of an article, in text order."""
    index = ActorIndex.build(actors.mentions, places, actors.qualifiers)
    repeated = _repeated_sentences(parsed)
    actor_tokens = sorted({*index.by_token, *index.locative, *index.qualifiers})
    events: list[Event] = []
    mutual: set[str] = set()
    history: Told = []
    for i, sentence in enumerate(parsed.sentences):
        if i in repeated:
            continue
        # Arguments are read from the sentence's tree and from a piece of the sentence
        # before it (a subject the parser split off): with no actor there, no event.
        reach = parsed.sentences[i - 1].start if i > 0 else 0
        first = bisect_left(actor_tokens, reach)
        if first == len(actor_tokens) or actor_tokens[first] >= sentence.end:
            continue
        events.extend(
            code_sentence(parsed, i, sentence, index, times, places, model, mutual, history)
        )
    events = _one_visit(_one_encounter(_one_mutual(events, mutual), mutual))
    return _statements_beside_said_acts(events, model.reporting_rules)


# Codes of acts done in words: a bare statement of the same speaker elaborates them.
COUNTRY_CODE_LENGTH = 3
SAID_CODES = (
    "01", "02", "03", "051", "052", "053", "055", "10", "111", "112", "113", "114", "12", "13"
)  # fmt: skip


def _statements_beside_said_acts(
    events: list[Event], reporting_rules: frozenset[str]
) -> list[Event]:
    """A bare statement (a reporting verb's ``010``: "« Il s'agit d'une décision politique »,
    a déclaré le porte-parole", "a affirmé que ses navires menaient des patrouilles
    normales") by a speaker who, in the same article, condemns, rejects, accuses, praises,
    demands or denies is that act's wording, not a second event: the gold codes the act
    alone (docs/annotation.md: speech that only motivates another event is not annotated).
    A speaker whose only other act is a deed ("a reçu l'ambassadeur. Il a ensuite jugé
    que …") keeps the statement."""
    said = {
        e.source.code
        for e in events
        if e.source is not None and e.rule not in reporting_rules and e.cameo.startswith(SAID_CODES)
    }
    return [
        e
        for e in events
        if not (
            e.rule in reporting_rules
            and e.source is not None
            and any(_one_side(e.source.code, other) for other in said)
        )
    ]


def _one_side(code: str | None, other: str | None) -> bool:
    """The same actor, or a country and an office of it ("TWN" condemned, "TWNGOV" said)."""
    if code is None or other is None:
        return False
    return code == other or (
        COUNTRY_CODE_LENGTH in (len(code), len(other)) and code[:3] == other[:3]
    )


def _one_mutual(events: list[Event], mutual: set[str]) -> list[Event]:
    """A mutual act told again by a plural pronoun is the same act: "Les diplomates russes
    et nord-coréens se sont rencontrés à Moscou. … Ils se sont rencontrés à huis clos" is
    one meeting. Of mutual events with one code, source and target, the first is kept."""
    seen: set[tuple[str, str, str | None]] = set()
    kept: list[Event] = []
    for e in events:
        if e.event_id in mutual and e.source is not None:
            key = (e.cameo, e.source.code, e.target.code if e.target else None)
            if key in seen:
                continue
            seen.add(key)
        kept.append(e)
    return kept


VISIT, MEETING = "042", "040"


def _country(ref: ActorRef | None) -> str | None:
    return (ref.country or ref.code[:3]) if ref is not None else None


def _one_encounter(events: list[Event], mutual: set[str]) -> list[Event]:
    """A visit and a meeting with the host in the same article are one encounter.

    "X est arrivé à Téhéran. Il y a rencontré le président iranien": the visitor's side is
    the visit (042, visitor -> host country), the meeting is the host's (040, host ->
    visitor); the visitor -> host meeting that a symmetric "rencontrer" adds is the visit
    told twice (docs/annotation.md, one event per source, target and code). A meeting told
    as mutual by a plural subject ("se sont rencontrés") keeps both directions, unless its
    own sentence tells the visit it is part of ("X et Y se sont entretenus …, lors de la
    première visite de X en Chine").
    """
    told = {
        (e.sentence_index, e.source.code, _country(e.target))
        for e in events
        if e.cameo == VISIT and e.source is not None and e.target is not None
    }
    if not told:
        return events
    visits = {(visitor, host) for _, visitor, host in told}
    return [
        e
        for e in events
        if not (
            e.cameo == MEETING
            and e.source is not None
            and (e.source.code, _country(e.target)) in visits
            and (
                e.event_id not in mutual
                or (e.sentence_index, e.source.code, _country(e.target)) in told
            )
        )
    ]


def _one_visit(events: list[Event]) -> list[Event]:
    """A visitor's trip to one country is one visit, however often the article tells it.

    "Kouleba a été reçu à Canton par Wang Yi. Il s'agit de sa première visite en Chine": the
    reception and the noun "visite" both code 042 UKRGOV -> China, once as the host
    (CHNGOV) and once as the country; one trip, one event (docs/annotation.md, one event per
    source, target and code). The first telling is kept; a denied visit stays apart.
    """
    seen: set[tuple[str, str | None, bool]] = set()
    kept: list[Event] = []
    for e in events:
        if e.cameo == VISIT and e.source is not None and e.target is not None:
            key = (e.source.code, _country(e.target), e.modality.negated)
            if key in seen:
                continue
            seen.add(key)
        kept.append(e)
    return kept
