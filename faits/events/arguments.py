"""Who did it and to whom: the source and target actors of a matched trigger.

Sources come from the subject (or the passive agent), inherited through control and
coordinated verbs; noun triggers take their possessor, "entre X et Y", or the subject of the
verb that governs them. Targets come from the object, the obliques introduced by a target
preposition, and the complements the pattern matched. Entity spans are units: a dependent
is mapped to the actor mention covering it, whatever the parser did inside the name. When
the tree gives no subject at all (the parser split "Washington et Pyongyang envisageraient"
into two sentences), the actors just before the trigger, joined by coordination, are used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from faits.actors import ActorMention
from faits.events.cues import Cues
from faits.events.lexicon import normalise
from faits.events.listed import actor_lists, with_listed
from faits.events.matching import Candidate
from faits.places import PlaceMention
from faits.tokens import dependents, feature, sentence_of

# "Il doit y rencontrer …": the parser tags a personal "il" before a modal as expletive.
SUBJECT: tuple[str, ...] = ("nsubj", "expl:subj")
PASSIVE_SUBJECT = ("nsubj:pass",)
OBJECTS = ("obj", "iobj")
OBLIQUES = ("obl", "obl:arg", "obl:mod", "nmod", "obl:agent")
CONTROL = ("xcomp", "advcl", "conj", "acl", "ccomp")
NOT_IN_PHRASE = frozenset(
    {"conj", "cc", "acl", "acl:relcl", "advcl", "parataxis", "punct", "ccomp"}
)
MAX_CLIMB = 4
THREAT_ROOT = "13"
# How deep below an "à" modifier its actors belong to an act it names (``_setting_phrase``).
SETTING_DEPTH = 2
# Clauses a verb of saying set after them reports ("X a fait Y, a annoncé Z").
REPORTED_CLAUSES = frozenset({"advcl", "ccomp", "parataxis"})
# CAMEO roots whose "à + city" says where the event happens, never to whom (meetings,
# protests, force, coercion, violence); elsewhere it is the addressee ("demander à Washington").
LOCATIVE_ROOTS = frozenset({"04", "14", "15", "17", "18", "19", "20"})
# Roots where even "à + country" is where people gather ("se sont rencontrés à Oman").
GATHERING_ROOTS = frozenset({"04", "14"})
PLACE = "place"
# Mention kind of armed groups (``armed_groups.tsv``).
GROUP = "group"
# CAMEO roots of coercion and force against people, property or territory (17 to 20):
# with no named target, the country where it strikes is the target ("a démoli une école
# dans le sud de la Cisjordanie" -> PSE), as a place named as the object of an attack is;
# also the source's own country: a regime or an armed group striking at home ("a largué
# une bombe au chlore sur un immeuble de Douma", "ont massacré des civils … au Darfour"),
# a police arresting at home ("a arrêté … le maire d'Istanbul"), acts on its people.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# CAMEO root of fighting: a fight noun's sides can be the object of its clause
# (``_opposed_parties``).
FIGHT_ROOT = "19"
# CAMEO root of disapproval and criticism: one in a relative clause on its author answers the
# main clause's subject (``_reacting_to``).
DISAPPROVAL_ROOT = "11"
# CAMEO codes of threats of military force (138): with no named target, the place the
# threatened force would strike is it ("a laissé entendre que ses troupes pourraient
# intervenir en Moldavie" -> MDA), as for force itself (``_threatened_place``).
FORCE_THREAT_CODES = ("138",)
STATES = frozenset({PLACE, "country"})
BETWEEN = "between"
# How an event whose source is the trigger's own subject found it.
SUBJECT_RULE = "subject"
# How a noun trigger with no author of its own got its source: the subject of its verb.
GOVERNING_SUBJECT = "governing subject"
# Praise of the ties of a pair the speaker belongs to ("a salué une « nouvelle ère » dans les
# relations entre les deux pays"): its own, aimed at no one (docs/annotation.md, session 12).
OWN_TIES = "own ties"
# Appeals (02) to an addressee named but coded by no actor ("a appelé toutes les parties à
# épargner les civils", "les partenaires occidentaux de l'Ukraine"): no actor named deeper in
# what is asked stands in for it.
UNCODED_ADDRESSEE_ROOTS = frozenset({"02"})
UNCODED_ADDRESSEE = "uncoded addressee"
# CAMEO roots of violence against people (assault, fight, mass violence): a nameless
# assailant with no place takes its victims' country (``_assailant``).
ASSAULT_ROOTS = frozenset({"18", "19", "20"})
# CAMEO codes addressed to nobody: a claim of responsibility (015) names the act claimed,
# whose victims are that act's target, not the claim's ("a revendiqué l'enlèvement de
# trois ressortissants indiens").
UNADDRESSED_CODES = ("015",)
# CAMEO codes of force postures and deployments (15, peacekeepers 074): in an agentless
# passive the force put on alert or deployed is the actor, not a patient.
POSTURE_CODES = ("15", "074")
# Role codes of private people and civil society: one of them with no country named can be
# a group whose country the event gives ("un militant", "des journalistes"); a state role
# with no country ("le président") cannot.
PRIVATE_ROLES = frozenset({"OPP", "CVL", "REF", "JRN", "MED", "LAB", "AGR", "EDU"})
# Roots of coercion by authorities (arrests, bans, expulsions): a group they act on with no
# country named is of the authority's own country ("la Chine a emprisonné une centaine de
# journalistes"). Likewise releasing (08), ill-treatment (18) and mass killing (20), when
# the source is a domestic authority (government, police, courts, intelligence): an army
# abroad ("les troupes russes … à Boutcha") is not of its victims' country.
DOMESTIC_ROOTS = frozenset({"17"})
AUTHORITY_ROOTS = frozenset({"08", "18", "20"})
AUTHORITY_ROLES = frozenset({"GOV", "COP", "JUD", "SPY"})
# Armed forces and groups: killing people where no place is named (``_compatriots``), they
# strike their own country's people ("des jihadistes de Boko Haram ont massacré des
# villageois"): a foreign army's victims come with the place it struck ("à Boutcha").
ARMED_ROLES = frozenset({"MIL", "REB", "UAF"})
REBELS = "REB"
ARMY = "MIL"
ARMED_FORCES = ("MIL", "UAF")
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "COP"})
# Role code of a government: a country and its government are one actor on either side.
GOVERNMENT = "GOV"
# Role code of the political opposition.
OPPOSITION = "OPP"
# A noun hands its event to the subject of the verb it is an argument of, not further.
NOUN_TO_VERB = frozenset(
    {"obj", "obl:arg", "nsubj", "nsubj:pass", "xcomp", "ccomp", "dep", "appos"}
)
FRAGMENT_MAX = 12
# Dashes that end a dateline run into the first sentence ("PARIS (AFP) - …").
DASHES = frozenset({"-", "\u2013", "\u2014"})
COUNTRY = "country"
NOUNS = ("NOUN", "PROPN")
# Mention kind of a nationality adjective on a noun naming no actor ("sanctions américaines").
QUALIFIER = "qualifier"
ROLE = "role"
WORD_ORDER_REACH = 10
NOUN_REACH = 3
COMMENT_ROOT = "01"
# How many words below an object or oblique a target is still read when the trigger's own
# phrases name none ("une enquête sur les subventions chinoises"): deeper, it is what a
# detail of the content is about ("l'arrêt des importations de céréales ukrainiennes").
NESTED_DEPTH = 2
# A denial (016) is addressed to its accusers: whom the denied act was against ("nie avoir
# utilisé des armes chimiques contre les soldats ukrainiens") is not its target.
DENIAL = "016"
# Force postures (15) and the forces they move: the source's own are its means. So are they
# in an offer (03: "s'est dit prêt à déployer des soldats britanniques en Ukraine") or a
# refusal (12: "a refusé de retirer l'armée israélienne du corridor").
POSTURE_ROOT = "15"
MEANS_ROOTS = frozenset({"03", "12", "15"})
OFFER_ROOT = "03"
FORCE_AGENTS = frozenset({"MIL", "COP"})
# Judicial cooperation (063) hands a person over to a state: that state is the target, not
# the person ("a extradé vers les États-Unis un ancien chef du renseignement vénézuélien").
HANDOVER_CODES = ("063",)
# Codes of a complaint or a lawsuit (114, 115): the court or council it is brought before
# is where, not against whom ("saisir le Conseil de sécurité", "saisir la CPI").
COMPLAINT_CODES = ("114", "115")
# The country part of an international organisation's actor code, and the agent of courts:
# the bodies a complaint is brought before.
ORGANISATION = "IGO"
JUDICIARY = "JUD"
# A visit (CAMEO 042) named in a circumstance of a clause: that clause's subject is the
# visitor or the host.
VISIT = "042"
# Hosting a guest (043): with no agent, a seat of power where the guest was received is
# the host ("a été reçu jeudi à l'Élysée").
HOSTING = "043"
# A mediation (045) named in a circumstance of a clause is between that clause's subjects.
MEDIATION = "045"
# A meeting or call (040, 041) named in a circumstance of a clause ("lors de leur rencontre",
# "lors d'un appel avec …") is held by that clause's subject.
MEETING_CODES = ("040", "041")
# Relations of a noun that is a circumstance of its clause, not one of its arguments.
CIRCUMSTANCE = ("obl", "obl:arg", "obl:mod")
# How many nouns up a circumstance may open ("à l'issue de combats": one).
CIRCUMSTANCE_REACH = 2
# A withdrawal (087) from a place of another country yields it to that country.
WITHDRAWAL = "087"
# A headline's topic is a short phrase before a colon: "Biélorussie : l'UE exige …".
TOPIC_MAX = 4
# Offers, demands, refusals and threats whose condition names whom they are addressed to:
# "se dit prêt à retirer ses troupes si l'OTAN renonce à ses manœuvres".
CONDITIONED_ROOTS = frozenset({"03", "10", "12", "13"})
CONDITION_REACH = 3
# Aid given or promised (07, 03) is for whom its "pour" phrase names: "une enveloppe de
# 25 millions d'euros pour Gaza", "verser 500 millions pour la reconstruction des
# infrastructures ukrainiennes".
BENEFIT_ROOTS = frozenset({"03", "07"})
BENEFIT_DEPTH = 4
# Aid delivered (07, peacekeepers 074 included) goes where its clause sends it: "a acheminé
# des vivres dans le nord de Gaza", "a été déployé en Haïti".
AID_ROOT = "07"
# Reducing relations (16): a foreign place in its phrases is where the ties cut are.
RELATIONS_ROOT = "16"
# Appeals and demands (02, 10) for one's own nationals are addressed to whoever holds them.
HOLDER_ROOTS = frozenset({"02", "10"})
# Rallying others against an actor (113) aims at the actor opposed, named in the act called
# for, not at those called on (docs/annotation.md, 11).
RALLYING_CODE = "113"
# Appeals and demands (02, 10) whose content is a clause are addressed to its subject:
# "exigent que Washington dégèle les avoirs".
CONTENT_ROOTS = frozenset({"02", "10"})
# Condemnations (11) with no target named react to the act the sentence before reports.
REACTION_ROOTS = frozenset({"11"})
# Disapprovals and rejections (11, 12) and denials (016) with no target named answer whoever
# acted on the source in the sentence before ("Les dirigeants de l'Otan ont qualifié la
# Chine de … Pékin a dénoncé des « provocations »").
ANSWER_ROOTS = frozenset({"11", "12"})
# Praise (051), disapproval (11) and rejection (12) of a thing are aimed at who made it, and
# so is a denial (016) of what someone put forward ("rejette les accusations d'ingérence
# formulées par la junte malienne").
EVALUATION_CODES = ("051", "11", "12", "016")
PRAISE = "051"
# Concern (012) is a reaction too: "s'est dit préoccupé par ces décisions" is aimed at who
# took them, as a condemnation would be.
CONCERN = ("012", "013")
# The links of the adjective that tells concern to its verb ("s'est dit « préoccupé »").
CONCERN_STATES = ("xcomp", "amod", "obj", "acl")


@dataclass
class ActorIndex:
    """Actor mentions of one article by token, for constant-time lookups.

    A country the place stage found where the actor stage found nothing ("au Liban") is
    an actor too; tokens of places finer than a country ("à Moscou") are ``locative``: a
    dative "à" before them introduces where, not to whom. ``qualifiers`` are nationality
    adjectives on nouns that are not actors ("deux pétroliers grecs"): a phrase with no
    actor in it is its adjective's country. ``groups`` are collective role nouns no country
    resolved ("des civils", "le Parlement"): the event gives them one (``resolve_group``).
    ``places`` are every place by token, ``settings`` the places a locative preposition
    introduces ("à Boutcha"), where an event happens. ``compounds`` are every country of a
    compound adjective by token ("les manœuvres américano-sud-coréennes": USA and KOR);
    ``qualifiers`` holds its first.
    """

    by_token: dict[int, ActorMention]
    locative: dict[int, ActorMention] = field(default_factory=dict)
    qualifiers: dict[int, ActorMention] = field(default_factory=dict)
    groups: dict[int, ActorMention] = field(default_factory=dict)
    places: dict[int, ActorMention] = field(default_factory=dict)
    settings: list[ActorMention] = field(default_factory=list)
    compounds: dict[int, list[ActorMention]] = field(default_factory=dict)
    plural: dict[int, list[ActorMention]] = field(default_factory=dict)
    # Tokens of actor mentions no code resolved ("les pays occidentaux"): a party named,
    # though not coded, which no party of an earlier sentence stands in for.
    unresolved: frozenset[int] = frozenset()

    @classmethod
    def build(
        cls,
        mentions: list[ActorMention],
        places: Sequence[PlaceMention] = (),
        qualifiers: Sequence[ActorMention] = (),
    ) -> ActorIndex:
        by_token: dict[int, ActorMention] = {}
        within_places = _within_places(mentions, places)
        for mention in mentions:
            if not mention.code or id(mention) in within_places:
                continue
            for i in range(mention.token_start, mention.token_end):
                by_token.setdefault(i, mention)
        locative: dict[int, ActorMention] = {}
        at_place: dict[int, ActorMention] = {}
        settings: list[ActorMention] = []
        for place in places:
            ref = place.place
            if ref is None or not ref.country:
                continue
            span = range(place.token_start, place.token_end)
            mention = ActorMention(
                start=place.start,
                end=place.end,
                text=place.text,
                sentence_index=place.sentence_index,
                token_start=place.token_start,
                token_end=place.token_end,
                code=ref.country,
                country=ref.country,
                agent=None,
                name=ref.name,
                rule=place.rule,
                kind=PLACE,
            )
            at_place.update((i, mention) for i in span)
            if place.preposition is not None:
                settings.append(mention)
            if ref.precision != COUNTRY:
                locative.update((i, mention) for i in span)
            elif not any(i in by_token for i in span):
                by_token.update((i, mention) for i in span)
        adjectives: dict[int, ActorMention] = {}
        compounds: dict[int, list[ActorMention]] = {}
        for q in qualifiers:
            for i in range(q.token_start, q.token_end):
                if i in by_token:
                    continue
                if i in adjectives:
                    compounds.setdefault(i, [adjectives[i]]).append(q)
                else:
                    adjectives[i] = q
        groups = {
            i: m
            for m in mentions
            if not m.code
            and m.agent
            and m.kind == ROLE
            and (not m.person or m.agent in PRIVATE_ROLES)
            for i in range(m.token_start, m.token_end)
        }
        plural = {
            i: [mentions[j] for j in m.members]
            for m in mentions
            if m.members and m.code
            for i in range(m.token_start, m.token_end)
        }
        unresolved = frozenset(
            i
            for m in mentions
            if not m.code and not m.agent
            for i in range(m.token_start, m.token_end)
            if i not in by_token
        )
        return cls(
            by_token,
            locative,
            adjectives,
            groups,
            at_place,
            settings,
            compounds,
            plural,
            unresolved,
        )

    def in_sentence(self, sentence: Span) -> list[ActorMention]:
        seen: dict[int, ActorMention] = {}
        for i in range(sentence.start, sentence.end):
            mention = self.by_token.get(i)
            if mention is not None:
                seen.setdefault(id(mention), mention)
        return list(seen.values())


def _within_places(mentions: Sequence[ActorMention], places: Sequence[PlaceMention]) -> set[int]:
    """Ids of mentions that are a word of a longer place name ("la mer de Chine
    méridionale", "le golfe du Mexique"): part of where, not an actor."""
    spans = [(p.token_start, p.token_end) for p in places]
    return {
        id(m)
        for m in mentions
        for start, end in spans
        if start <= m.token_start
        and m.token_end <= end
        and (end - start) > (m.token_end - m.token_start)
    }


@dataclass
class Arguments:
    sources: list[ActorMention]
    targets: list[ActorMention]
    how: str


def _phrase_tokens(head: Token) -> list[Token]:
    """The head and its dependents, without clauses and coordinated phrases. An adjective's
    infinitive ("un accord censé mettre fin au conflit, sous l'égide de Washington") is a
    clause: what it names is not named by the phrase."""
    tokens = [head]
    stack = [c for c in dependents(head) if c.dep_ not in NOT_IN_PHRASE]
    while stack:
        node = stack.pop()
        tokens.append(node)
        stack.extend(
            c
            for c in dependents(node)
            if c.dep_ not in NOT_IN_PHRASE and not (c.dep_ == "xcomp" and node.pos_ == "ADJ")
        )
    return tokens


def _conjuncts(token: Token) -> list[Token]:
    return [c for c in dependents(token) if c.dep_ == "conj"]


def phrase_actor(head: Token, actors: ActorIndex) -> ActorMention | None:
    """The actor a noun phrase names: the mention covering its head, else the head's
    nationality adjective ("deux pétroliers grecs"), else the nearest mention inside."""
    mention = actors.by_token.get(head.i)
    if mention is not None:
        return mention
    branch = _branch_of(head, actors)
    if branch is not None:
        return branch
    # The head's own adjective before any name inside: "deux bases américaines en Syrie"
    # are American. Only the head's: in "le transit du gaz russe" the gas is Russian, not
    # the transit.
    for child in dependents(head):
        if _adjective(child) and child.i in actors.qualifiers:
            return actors.qualifiers[child.i]
    # The phrase lies within the head's subtree: with no mention there, nothing is inside.
    by_token = actors.by_token
    edges = range(head.left_edge.i, head.right_edge.i + 1)
    inside = (
        [t for t in _phrase_tokens(head) if t.i in by_token]
        if any(i in by_token for i in edges)
        else []
    )
    # "la visite à Taïwan d'une délégation canadienne": a party inside the phrase before a
    # place it names, however near the place
    parties = [t for t in inside if actors.by_token[t.i].kind != PLACE]
    if parties:
        return actors.by_token[min(parties, key=lambda t: abs(t.i - head.i)).i]
    if inside:
        return actors.by_token[min(inside, key=lambda t: abs(t.i - head.i)).i]
    # A group with no country yet ("des civils"): ``resolve_group`` gives it one.
    group = actors.groups.get(head.i)
    if group is not None:
        return group
    # "un ancien membre de la marine": a person of a group with no country yet.
    for child in dependents(head):
        if child.dep_ == "nmod" and child.i in actors.groups:
            return actors.groups[child.i]
    # A count of people: "une centaine de journalistes", "des centaines d'opposants" (a
    # "de" phrase with no determiner under the head).
    for child in dependents(head):
        counted = child.dep_ == "nmod" and child.i in actors.groups
        if counted and not any(c.dep_ == "det" for c in dependents(child)):
            return actors.groups[child.i]
    return None


def _branch_of(head: Token, actors: ActorIndex) -> ActorMention | None:
    """The armed group a national branch belongs to: "la branche afghane de l'État
    islamique" is the Islamic State, not Afghanistan, whose adjective only says where the
    branch operates. An armed group named in a "de" complement of a noun naming no actor
    itself, when the noun carries a country adjective."""
    if not any(_adjective(c) and c.i in actors.qualifiers for c in dependents(head)):
        return None
    for child in dependents(head):
        mention = actors.by_token.get(child.i)
        if child.dep_ == "nmod" and mention is not None and mention.kind == GROUP:
            return mention
    return None


def _affiliation(head: Token, actors: ActorIndex) -> ActorMention | None:
    """The armed group a nameless group is tied to by a participle: "des insurgés liés à
    l'État islamique", "des jihadistes affiliés au JNIM" are that group's fighters."""
    for participle in dependents(head):
        if participle.dep_ != "acl" or participle.pos_ != "VERB":
            continue
        for child in dependents(participle):
            mention = actors.by_token.get(child.i)
            if child.dep_ in OBLIQUES and mention is not None and mention.kind == GROUP:
                return mention
    return None


def _adjective(child: Token) -> bool:
    """A nationality adjective on its noun: an ``amod``, or a ``nmod`` with no preposition
    (the parser tags a compound adjective it does not know, "américano-sud-coréennes", as a
    proper noun modifier)."""
    if child.dep_ == "amod":
        return True
    return child.dep_ == "nmod" and not any(c.dep_ == "case" for c in dependents(child))


def _compound_countries(head: Token, actors: ActorIndex) -> list[ActorMention]:
    """Every country of a compound adjective on ``head`` ("le sommet sino-russe": CHN and
    RUS), when the phrase names no actor of its own."""
    if head.i in actors.by_token:
        return []
    return [
        q
        for c in dependents(head)
        if _adjective(c) and c.i in actors.compounds
        for q in actors.compounds[c.i]
    ]


def _listed_appositions(head: Token, actors: ActorIndex) -> list[Token]:
    """Items of a list the parser read as appositions: "L'Espagne, l'Irlande et la Norvège
    ont condamné …" hangs "l'Irlande" on "L'Espagne" as an apposition and "la Norvège" on
    it. An apposition is another item of the list, not a second name of the head, when a
    mention covers both words and they name different countries ("Le ministre russe,
    Sergueï Lavrov" is one actor)."""
    first = actors.by_token.get(head.i)
    if first is None or first.kind == PLACE or first.person or not first.country:
        return []
    listed = []
    for child in dependents(head):
        if child.dep_ != "appos" or child.i < head.i:
            continue
        other = actors.by_token.get(child.i)
        if other is None or other.kind == PLACE or other.person or not other.country:
            continue
        if other.country != first.country:
            listed.append(child)
    return listed


def _stray_appositions(head: Token, actors: ActorIndex) -> list[Token]:
    """The name of a conjunct that names no coded actor, which the parser hung on the first
    conjunct: in "Donald Trump et la cheffe de l'exécutif européen, Ursula von der Leyen, ont
    conclu …" the apposition after "la cheffe …" is hers, not a second name of Trump."""
    nameless = [c for c in _conjuncts(head) if (m := phrase_actor(c, actors)) is None or not m.code]
    if not nameless or head.i not in actors.by_token:
        return []
    return [
        a
        for a in dependents(head)
        if a.dep_ == "appos"
        and a.i > nameless[0].i
        and (m := actors.by_token.get(a.i)) is not None
        and m.kind != PLACE
    ]


def phrase_actors(head: Token, actors: ActorIndex) -> list[ActorMention]:
    """All actors of a possibly coordinated phrase: "la Russie et la Chine", "russes et nord-coréens"."""
    found: list[ActorMention] = []
    nodes = [head, *_conjuncts(head)]
    nodes += [n for a in _listed_appositions(head, actors) for n in (a, *_conjuncts(a))]
    nodes += _stray_appositions(head, actors)
    for node in nodes:
        mention = phrase_actor(node, actors)
        if mention is not None and actors.by_token.get(node.i) is mention:
            # A plural pronoun standing for several actors ("Ils" after "Le Vietnam et l'Inde").
            found += [m for m in actors.plural.get(node.i, ()) if m not in found]
        if mention is not None and mention not in found:
            found.append(mention)
        if mention is not None and mention.kind == QUALIFIER:
            found += [q for q in _compound_countries(node, actors) if q not in found]
        if mention is not None:
            # "Les émissaires de Washington et de Moscou", "les ministres des Affaires
            # étrangères de l'Inde et du Pakistan": a head standing for the actor of its "de"
            # complement stands for each actor coordinated with it, not only the first.
            span = range(mention.token_start, mention.token_end)
            owner = node.i not in actors.by_token
            holders = [c for c in dependents(node) if c.dep_ == "nmod"]
            holders += [g for c in holders for g in dependents(c) if g.dep_ == "nmod"]
            for holder in holders:
                if holder.i not in span and not (owner and phrase_actor(holder, actors) is mention):
                    continue
                for other in _conjuncts(holder):
                    extra = phrase_actor(other, actors) if other.pos_ in NOUNS else None
                    # A group with no country yet ("entre le gouvernement tchadien et les
                    # groupes armés") is a side "entre" already gives its country.
                    if extra is not None and extra.code and extra not in found:
                        found.append(extra)
        # Coordinated adjectives on the head or on its complement: "les délégations russe
        # et ukrainienne", "les ministres de la Défense indien et américain".
        modifiers = [*dependents(node)]
        modifiers += [m for c in dependents(node) if c.dep_ == "nmod" for m in dependents(c)]
        adjectives: list[Token] = []
        for modifier in modifiers:
            if modifier.dep_ == "amod" and _conjuncts(modifier):
                adjectives += [modifier, *_conjuncts(modifier)]
            elif modifier.dep_ == "nmod":
                # "les chefs de la diplomatie arménienne et azerbaïdjanaise": the second
                # adjective read as a conjunct of the noun it qualifies.
                adjectives += [c for c in _conjuncts(modifier) if c.pos_ == "ADJ"]
        for adjective in adjectives:
            extra = actors.by_token.get(adjective.i) or actors.qualifiers.get(adjective.i)
            if extra is not None and extra not in found:
                found.append(extra)
    return found


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in dependents(token) if c.dep_ in deps]


def _prepositions(token: Token, cues: Cues) -> set[str]:
    return {cues.preposition(c.text) for c in dependents(token) if c.dep_ in ("case", "mark")}


def _is_passive(token: Token, children: list[Token] | None = None) -> bool:
    """Passive voice; a reflexive "se sont retirés" is active whatever the parser says.

    ``children`` are the token's, when the caller already listed them.
    """
    if children is None:
        children = list(dependents(token))
    if any(c.dep_ == "obl:agent" for c in children) and not _active_means(token, children):
        return True
    if any(c.pos_ == "PRON" and "Yes" in feature(c, "Reflex") for c in children):
        return False
    return "Pass" in feature(token, "Voice") or any(c.dep_ == "aux:pass" for c in children)


def _active_means(token: Token, children: list[Token]) -> bool:
    """Whether a "par" phrase the parser read as a passive agent is the means of an active
    verb: "L'armée a bombardé par avion un village", "a frappé par drone", "a annoncé par
    communiqué". The verb has an active subject and a tense of its own (an "avoir"
    auxiliary or a finite form), and nothing marks it passive (no "être" auxiliary of the
    passive, no passive voice)."""
    if "Pass" in feature(token, "Voice") or any(c.dep_ == "aux:pass" for c in children):
        return False
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    tensed = any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children)
    return tensed or "Fin" in feature(token, "VerbForm")


def _stative(token: Token) -> bool:
    """A participle with an "être" auxiliary the parser took for a tense ("qui y sont
    stationnés"): passive in meaning, unless reflexive ("qui s'est entretenu")."""
    if _is_passive(token):
        return True
    children = list(dependents(token))
    if any(c.pos_ == "PRON" and "Yes" in feature(c, "Reflex") for c in children):
        return False
    return any(c.dep_.startswith("aux") and c.lemma_ != "avoir" for c in children)


def _present_participle(token: Token) -> bool:
    """ "rappelant que …", "l'accusant de …": its subject is the main clause's."""
    return "Part" in feature(token, "VerbForm") and "Pres" in feature(token, "Tense")


def _infinitive(token: Token) -> bool:
    return "Inf" in feature(token, "VerbForm")


def _subject_of(token: Token, actors: ActorIndex, cues: Cues) -> tuple[list[ActorMention], bool]:
    """Actors of the subject of ``token``'s clause, climbing control verbs; (actors, had subject).

    Climbing from a noun that is itself the subject of its verb ("la réunion aura lieu")
    skips that subject and goes on to the verb that governs the clause.
    """
    ranked = _ranked_subject(token)
    if ranked is not None:
        found = phrase_actors(ranked, actors)
        if found:
            return found, True
    node, came_from = token, None
    patient = False
    for _ in range(MAX_CLIMB):
        passive = _is_passive(node)
        # "L'ONG, dont les activités avaient été suspendues par la junte, a rejeté ces
        # accusations": an active verb with its own auxiliary coordinated with a passive
        # shares its patient, not its agent.
        shares_patient = (
            passive
            and came_from is not None
            and came_from.dep_ == "conj"
            and any(c.dep_ == "aux:tense" for c in dependents(came_from))
            and not _is_passive(came_from)
        )
        if shares_patient:
            subjects = _children(node, PASSIVE_SUBJECT)
            if subjects:
                found = [m for s in subjects for m in phrase_actors(s, actors)]
                return found, True
        if passive and not shares_patient:
            agents = _passive_agents(node, cues) or _ordering_authorities(node, cues)
            if agents:
                for agent in agents:
                    found = (
                        phrase_actors(agent, actors)
                        or _participle_agent(agent, actors, cues)
                        or _split_name(agent, actors)
                    )
                    if found:
                        return found, True
                return [], True
        subjects = [
            s
            for s in _children(node, SUBJECT + PASSIVE_SUBJECT)
            if came_from is None or s.i != came_from.i
        ]
        if passive:
            # "X, qui menace l'Ukraine, a été reçu": an agentless passive has its patient
            # for subject; the words before it are no source (no word-order fallback).
            patient = patient or any(s.dep_ in PASSIVE_SUBJECT for s in subjects)
            subjects = [s for s in subjects if s.dep_ not in PASSIVE_SUBJECT]
        if subjects:
            subject = _after_dateline(_after_topic(subjects[0]), actors)
            if "Rel" in feature(subject, "PronType") and node.dep_.startswith("acl"):
                subject = node.head
            elif "Rel" in feature(subject, "PronType"):
                # "a annoncé Donald Trump, qui accuse les jihadistes …": the parser hung the
                # relative clause on the main verb; its subject is the phrase before "qui".
                named = _misattached_antecedent(subject, node, actors)
                if named:
                    return named, True
            found = _split_coordination(node, subject, actors) + phrase_actors(subject, actors)
            # "Les délégations russe et ukrainienne ont repris …": the parser makes the
            # second adjective a subject of its own.
            for extra in subjects[1:]:
                found += [m for m in phrase_actors(extra, actors) if m not in found]
            return found, True
        is_noun = node.pos_ in ("NOUN", "PROPN")
        if node.dep_ == "acl" and _infinitive(node) and node.head.pos_ == "NOUN":
            # "la décision américaine de reconnaître …": the noun's own author acts.
            adjectives, possessors, agents = _noun_dependents(node.head, actors, cues)
            if adjectives or possessors or agents:
                return adjectives + possessors + agents, True
        if _present_participle(node) and sentence_of(node).root.i != node.i:
            node, came_from = sentence_of(node).root, None
            continue
        if _stray_clause(node):
            # "a promis d'intercéder …, après avoir reçu mardi des représentants …": the
            # parser hung the clause on a noun; it still has the main clause's subject.
            node, came_from = sentence_of(node).root, None
            continue
        fronted = _subject_in_fronted_clause(node, actors, cues) if node.head.i == node.i else []
        if fronted:
            return fronted, True
        if node.head.i == node.i or (not is_noun and node.dep_ not in CONTROL):
            break
        if is_noun and node.dep_ not in NOUN_TO_VERB:
            break
        node, came_from = node.head, node
    return [], patient


def _subject_in_fronted_clause(root: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """The subject the parser gave to a clause before a subjectless root: in "M. Tshisekedi,
    arrivé la veille dans la capitale angolaise, est reparti sans avoir rencontré …" and
    "Pékin n'a pas condamné l'invasion, se contentant d'appeler …" it makes the first verb an
    adverbial clause of the second and leaves the subject with it. Only a subject that opens
    the sentence, of a clause before the root; not before a speech verb, whose clause before
    it is what is reported ("L'armée a largué du gaz …, ont affirmé des témoins")."""
    if root.pos_ not in ("VERB", "AUX") or _children(root, SUBJECT + PASSIVE_SUBJECT):
        return []
    if normalise(root.lemma_) in cues.speech_verbs:
        return []
    start = sentence_of(root).start
    for clause in _children(root, ("advcl",)):
        if clause.i > root.i:
            continue
        for subject in _children(clause, SUBJECT):
            if subject.left_edge.i == start:
                return phrase_actors(subject, actors)
    return []


def _ranked_subject(verb: Token) -> Token | None:
    """The subject of "devenir le premier pays à reconnaître …": an infinitive completing a
    predicate noun ranked by an ordinal ("le premier pays", "le quatrième gouvernement") has
    for subject the subject that noun is said of. The parser reads "est devenue" as a
    passive with the noun for object, and hangs the infinitive on the verb or on a noun
    near it ("le quatrième pays européen en deux semaines à reconnaître"): the clause's
    verb is the nearest verb above the infinitive. The noun is predicative when the parser
    made it a complement of state (``xcomp``) or the object of a verb it also took for a
    passive, which has no object of its own; "a envoyé le premier contingent à débarquer"
    is the contingent's landing."""
    if not _infinitive(verb) or _children(verb, SUBJECT + PASSIVE_SUBJECT):
        return None
    if not _children(verb, ("mark",)):
        return None
    clause = verb.head
    for _ in range(MAX_CLIMB):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.i == verb.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    passive = any(c.dep_ == "aux:pass" for c in dependents(clause))
    predicates = [
        c
        for c in _children(clause, ("xcomp", "obj"))
        if c.pos_ in NOUNS and c.i < verb.i and (c.dep_ == "xcomp" or passive)
    ]
    ranked = any(
        "Ord" in feature(a, "NumType") for p in predicates for a in _children(p, ("amod",))
    )
    subjects = _children(clause, SUBJECT + PASSIVE_SUBJECT)
    return subjects[0] if ranked and subjects else None


def _stray_clause(node: Token) -> bool:
    """An adverbial infinitive clause ("après avoir reçu …", "avant de rencontrer …", "pour
    obtenir …") the parser hung on a noun of the main clause rather than on its verb (a
    noun it may tag as a verb: "Aung San Suu Kyi", "San" an oblique)."""
    if node.dep_ != "advcl" or sentence_of(node).root.i == node.i:
        return False
    if node.head.pos_ not in NOUNS and node.head.dep_ not in OBJECTS + OBLIQUES:
        return False
    if not any(c.dep_ == "mark" for c in dependents(node)):
        return False
    auxiliaries = [c for c in dependents(node) if c.dep_.startswith("aux")]
    return _infinitive(node) or any(_infinitive(a) for a in auxiliaries)


def _after_topic(subject: Token) -> Token:
    """The subject a headline's topic hides: in "Haut-Karabakh : Erevan et Bakou s'accusent
    …" the parser takes the topic before the colon for the subject and hangs the real one
    on it. The first noun phrase after the colon under the topic is the subject."""
    colons = [c for c in dependents(subject) if c.dep_ == "punct" and c.text == ":"]
    if not colons:
        return subject
    after = [
        c
        for c in dependents(subject)
        if c.i > colons[0].i and c.pos_ in ("NOUN", "PROPN") and c.dep_ not in NOT_IN_PHRASE
    ]
    return after[0] if after else subject


def _after_dateline(subject: Token, actors: ActorIndex) -> Token:
    """The subject a dateline city hides: in "Ankara — L'Éthiopie et la Somalie ont signé
    …" the parser takes the city for the subject and hangs the real one (with its
    conjuncts) on it. The pipeline keeps a dateline's mentions away from the coder, so a
    sentence-initial phrase naming no actor before a dash, with a noun phrase after it, is
    a dateline: the first noun phrase after the dash is the subject."""
    dashes = [c for c in dependents(subject) if c.dep_ == "punct" and c.text in DASHES]
    if not dashes or subject.left_edge.i != sentence_of(subject).start or dashes[0].i < subject.i:
        return subject
    before = range(sentence_of(subject).start, dashes[0].i)
    if any(i in actors.by_token or i in actors.places for i in before):
        return subject
    after = [
        c
        for c in dependents(subject)
        if c.i > dashes[0].i and c.pos_ in ("NOUN", "PROPN") and c.dep_ not in NOT_IN_PHRASE
    ]
    return after[0] if after else subject


def _pair_named_before(
    phrase: Token, sentence: Span, actors: ActorIndex, contracted: bool = False
) -> list[ActorMention]:
    """The two actors "les deux dirigeants", "les deux pays" stand for: the two nearest of
    different countries named before the phrase, in its sentence or the one before ("La
    rencontre entre Vladimir Poutine et Joe Biden …, mais les deux présidents ont convenu").
    Only a definite "les deux" phrase that names no actor itself; ``contracted``: its article
    is in the preposition before it ("des deux voisins")."""
    counted = any(c.dep_ == "nummod" and c.lower_ == "deux" for c in dependents(phrase))
    definite = any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in dependents(phrase))
    if not counted or not (definite or contracted) or phrase_actors(phrase, actors):
        return []
    doc = phrase.doc
    first = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    found: list[ActorMention] = []
    for i in range(phrase.i - 1, first - 1, -1):
        mention = actors.by_token.get(i)
        if mention is None or not mention.country:
            continue
        if all(m.country != mention.country for m in found):
            found.append(mention)
            if len(found) == 2:
                return found[::-1]
    return []


def _pair_named_before_subject(
    trigger: Token, sentence: Span, actors: ActorIndex
) -> list[ActorMention]:
    subjects = _children(trigger, SUBJECT)
    return _pair_named_before(subjects[0], sentence, actors) if subjects else []


def _passive_agents(verb: Token, cues: Cues) -> list[Token]:
    """The "par X" phrases of a passive verb, whatever oblique the parser tagged them
    ("tués … par des combattants de Boko Haram" as a modifier), else the stray ones."""
    return [
        c for c in _children(verb, OBLIQUES) if _prepositions(c, cues) & cues.agent_prepositions
    ] or _stray_agents(verb, cues)


def _stray_agents(verb: Token, cues: Cues) -> list[Token]:
    """ "par X" phrases after a passive verb that the parser hung on another word of its
    clause: "a été violé à plusieurs reprises par les forces ukrainiennes" (under
    "reprises"), "a été expulsé jeudi par la France" (under "jeudi"). Only the words after
    the verb, so the patient's own phrase is never read, and one word deep: in "tué lors
    d'une embuscade tendue par des jihadistes" the agent is the ambush's.

    Deeper, through nouns only: "a été arrêté mardi à l'aéroport de Manille par la police"
    (under "aéroport"), "arrêté en pleine nuit à son domicile par des policiers"; never
    through a participle, whose own agent it is."""
    after = [
        t
        for t in sorted(_phrase_tokens(verb), key=lambda t: t.i)
        if t.i > verb.i and t.dep_ in OBLIQUES and _prepositions(t, cues) & cues.agent_prepositions
    ]
    near = [t for t in after if t.head.head.i == verb.i]
    return near or [t for t in after if _through_nouns(t.head, verb)]


def _ordering_authorities(verb: Token, cues: Cues) -> list[Token]:
    """The "de X" of an order noun after an agentless passive (``roles.yaml#order-noun``):
    "a été remis en liberté sous caution sur décision de la Haute Cour", "placé en détention
    sur ordre du juge": X did what the passive says was done."""
    found: list[Token] = []
    for noun in sorted(_phrase_tokens(verb), key=lambda t: t.i):
        if noun.i <= verb.i or normalise(noun.lemma_) not in cues.order_nouns:
            continue
        if not _prepositions(noun, cues) & cues.order_prepositions:
            continue
        found += [
            c
            for c in _children(noun, OBLIQUES)
            if _prepositions(c, cues) & cues.possessor_prepositions
        ]
    return found


def _through_nouns(node: Token, verb: Token) -> bool:
    """Whether the heads from ``node`` up to ``verb`` are all nouns."""
    for _ in range(MAX_CLIMB + 2):
        if node.i == verb.i:
            return True
        if node.pos_ not in NOUNS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _split_name(phrase: Token, actors: ActorIndex) -> list[ActorMention]:
    """The name the parser split off a nameless role noun and hung on its governor: in "a
    été reçu par son homologue Xi Jinping" it reads "Xi Jinping" as an oblique of the verb
    beside "homologue". The mention that starts right after the phrase, under the same
    governor, is the phrase's apposition."""
    if phrase.pos_ != "NOUN" or phrase.i in actors.by_token:
        return []
    following = (
        phrase.doc[phrase.right_edge.i + 1] if phrase.right_edge.i + 1 < len(phrase.doc) else None
    )
    if following is None or following.head.i != phrase.head.i or following.dep_ == "conj":
        return []
    mention = actors.by_token.get(following.i)
    if mention is None or mention.token_start != following.i or mention.kind == PLACE:
        return []
    return [mention]


def _participle_agent(noun: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """The agent of a participle on a nameless agent: "visées par des drones lancés par des
    milices irakiennes" were aimed by the militias."""
    for participle in dependents(noun):
        if participle.dep_ != "acl" or participle.pos_ != "VERB":
            continue
        for child in _children(participle, OBLIQUES):
            if _prepositions(child, cues) & cues.agent_prepositions:
                found = phrase_actors(child, actors)
                if found:
                    return found
    return []


def _deployed(code: str) -> bool:
    return code.startswith(POSTURE_CODES)


def _split_coordination(verb: Token, subject: Token, actors: ActorIndex) -> list[ActorMention]:
    """The first conjunct of a subject the parser made the head of the verb: in "L'Inde et
    le Pakistan ont échangé des tirs" it reads "Inde" as the root, the verb as its conjunct
    and "Pakistan" alone as the subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN") or head.i > subject.i:
        return []
    if not any(c.dep_ == "cc" and head.i < c.i < subject.i for c in dependents(verb)):
        return []
    return phrase_actors(head, actors)


def _noun_dependents(trigger: Token, actors: ActorIndex, cues: Cues) -> tuple[list, list, list]:
    """Actors an event noun governs: (adjectives, "de X" possessors, "par X" agents)."""
    adjectives: list[ActorMention] = []
    possessors: list[ActorMention] = []
    agents: list[ActorMention] = []
    for child in dependents(trigger):
        if child.dep_ == "amod" and child.i in actors.by_token:
            adjectives.append(actors.by_token[child.i])
        elif child.dep_ == "amod" and child.i in actors.compounds:
            # "les pourparlers russo-ukrainiens": every country of a compound adjective.
            adjectives.extend(actors.compounds[child.i])
        elif child.dep_ == "amod" and child.i in actors.qualifiers:
            adjectives.append(actors.qualifiers[child.i])
        elif child.dep_ in OBLIQUES:
            prepositions = _prepositions(child, cues)
            if prepositions & cues.possessor_prepositions:
                possessors.extend(phrase_actors(child, actors))
                # "la libération de 200 prisonniers palestiniens par Israël": the parser
                # hangs the noun's agent on its complement.
                for inner in _children(child, OBLIQUES):
                    if _prepositions(inner, cues) & cues.agent_prepositions:
                        agents.extend(phrase_actors(inner, actors))
            elif prepositions & cues.agent_prepositions:
                agents.extend(phrase_actors(child, actors))
    return adjectives, possessors, agents


def _between(trigger: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """Actors of "entre X et Y" under the noun, or right after it when misattached."""
    for child in dependents(trigger):
        if child.dep_ in OBLIQUES and _prepositions(child, cues) & cues.between_prepositions:
            return _domestic_parties(phrase_actors(child, actors))
    following = _following_phrase(trigger, cues.between_prepositions, cues)
    if following is None:
        return []
    return _domestic_parties(phrase_actors(following, actors))


def _names_actor(head: Token, actors: ActorIndex) -> bool:
    """Whether a phrase's head is itself an actor ("le Nigeria", "les rebelles", "des
    pétroliers grecs"), not a thing an actor is named inside ("un siège au Conseil")."""
    return (
        head.i in actors.by_token
        or head.i in actors.groups
        or any(_adjective(a) and a.i in actors.qualifiers for a in dependents(head))
    )


def _addressed(trigger: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """The actors a trigger's direct object names, whom the act is addressed to.
    When the object's head is no actor and a dative names one, the dative is the addressee:
    in "a rendu au Nigeria une vingtaine de bronzes du Bénin", "a refusé à l'Allemagne
    l'autorisation de réexporter vers l'Ukraine" the actor inside the object is what is
    given or refused, not to whom."""
    objects = _children(trigger, OBJECTS)
    antecedent = _comma_relative(trigger, list(dependents(trigger)))
    objects = [antecedent] if antecedent is not None else objects
    named = [o for o in objects if _names_actor(o, actors)]
    dative = [
        m
        for c in _children(trigger, OBLIQUES)
        if c.dep_ != "obl:agent"
        and _prepositions(c, cues) & cues.dative_prepositions
        and _names_actor(c, actors)
        for m in phrase_actors(c, actors)
    ]
    # "reprochant à Berlin une « attitude négative » sur la question du Sahara occidental":
    # a capital in the dative stands for its state, the addressee.
    dative += [
        actors.locative[c.i]
        for c in _children(trigger, OBLIQUES)
        if c.dep_ != "obl:agent"
        and _prepositions(c, cues) & cues.dative_prepositions
        and c.i in actors.locative
        and not phrase_actors(c, actors)
    ]
    if not named and dative:
        return dative
    return [m for o in objects for m in phrase_actors(o, actors)]


def _party_key(mention: ActorMention) -> tuple[int, str | None]:
    return mention.token_start, mention.code


def _domestic_parties(parties: list[ActorMention]) -> list[ActorMention]:
    """The parties of "entre X et Y" where one is a group with no country: it is of the
    other's country ("entre le gouvernement malien et les groupes armés du Nord", "entre
    l'armée soudanaise et les paramilitaires"): two sides named against each other with
    one country between them are a country's government and its challengers."""
    countries = {p.country for p in parties if p.code and p.country}
    if len(countries) != 1 or all(p.code for p in parties):
        return parties
    country = countries.pop()
    return [
        p if p.code or not p.agent else replace(p, code=country + p.agent, country=country)
        for p in parties
    ]


def _following_phrase(
    trigger: Token, prepositions: frozenset[str] | set[str], cues: Cues
) -> Token | None:
    """The head of the phrase a preposition introduces right after a noun trigger."""
    doc = trigger.doc
    for i in range(trigger.i + 1, min(trigger.i + 1 + NOUN_REACH, sentence_of(trigger).end)):
        token = doc[i]
        if token.pos_ == "ADP" and cues.preposition(token.text) in prepositions:
            return token.head if token.head.i > token.i else None
        if token.pos_ not in ("ADJ", "ADV", "NUM"):
            return None
    return None


def _split_fragment(sentence: Span) -> Span | None:
    """The verbless piece the parser cut off just before ``sentence`` on the same line.

    fr_core_news_md often ends a sentence after a sentence-initial name ("Israël | et le
    Hamas mènent …", "Pékin | a exigé …"); that piece is the start of the subject.
    """
    doc = sentence.doc
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1]
    if "\n" in previous.text + previous.whitespace_:
        return None
    if ":" in (previous.text, sentence[0].text):
        # "Biélorussie : l'UE exige …": a headline's topic, not a piece of the subject.
        return None
    if previous.text in DASHES or sentence[0].text in DASHES:
        # "HANOÏ, 10 septembre (Reuters) - Le président américain …": a dateline set off
        # by a dash names where and by whom the story was filed, not who acts.
        return None
    fragment = sentence_of(previous)
    if any(t.pos_ in ("VERB", "AUX") for t in fragment) or len(fragment) > FRAGMENT_MAX:
        return None
    return fragment


def _headline_topic(sentence: Span, actors: ActorIndex) -> ActorMention | None:
    """The country a headline is filed under: "Biélorussie : l'UE exige …", "Nucléaire
    iranien : Washington étudie …". A phrase of a few words before a colon on the same
    line, whose head is the country or carries its adjective ("Guerre en Ukraine : …" is
    filed under a war, not under Ukraine)."""
    doc = sentence.doc
    colon = next((t for t in sentence[: TOPIC_MAX + 1] if t.text == ":"), None)
    if colon is not None and colon.i > sentence.start:
        words = doc[sentence.start : colon.i]
    elif sentence.start > 0 and ":" in (sentence[0].text, doc[sentence.start - 1].text):
        # The parser ended the sentence before or after the colon.
        previous = sentence_of(doc[sentence.start - 1])
        if "\n" in previous.text or len(previous) > TOPIC_MAX + 1:
            return None
        words = doc[previous.start : sentence.start]
        if words[-1].text == ":":
            words = words[:-1]
    else:
        return None
    if not len(words) or "\n" in words.text:
        return None
    head = next((t for t in words if not words.start <= t.head.i < words.end), words[0])
    mention = actors.by_token.get(head.i)
    if mention is None:
        mention = next(
            (actors.qualifiers[c.i] for c in dependents(head) if c.i in actors.qualifiers), None
        )
    return mention if mention is not None and mention.country else None


def _fragment_actors(sentence: Span, actors: ActorIndex) -> list[ActorMention]:
    fragment = _split_fragment(sentence)
    if fragment is None:
        return []
    found: list[ActorMention] = []
    for token in fragment:
        mention = actors.by_token.get(token.i)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def _starts_sentence(phrase: Token, sentence: Span) -> bool:
    first = sentence[0]
    return phrase.left_edge.i == sentence.start or (
        first.pos_ in ("CCONJ", "PUNCT") and phrase.left_edge.i <= sentence.start + 1
    )


def _leftward_group(
    trigger: Token, sentence: Span, actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """The actors right before the trigger, joined by coordination (word-order fallback).

    A verbless fragment on the same line just before the sentence counts as part of it:
    that is what the parser leaves of a subject it split off.
    """
    doc = trigger.doc
    fragment = _split_fragment(sentence)
    start = fragment.start if fragment is not None else sentence.start
    group: list[ActorMention] = []
    i = trigger.i - 1
    while i >= max(start, trigger.i - WORD_ORDER_REACH):
        token = doc[i]
        mention = actors.by_token.get(i)
        if mention is not None:
            if mention not in group:
                group.append(mention)
            i = mention.token_start - 1
            continue
        if normalise(token.text) in cues.coordination or token.pos_ == "DET":
            i -= 1
            continue
        if token.head.i == trigger.i and token.dep_ != "nsubj" and not group:
            i -= 1
            continue

        if group or token.pos_ in ("VERB", "AUX"):
            break
        i -= 1
    group.reverse()
    return group


def _subject_before_incise(
    verb: Token, sentence: Span, actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """The actors that open the sentence when a relative clause set off by commas separates
    them from their verb: "Helsinki, qui a fermé …, accuse Moscou", "L'Unita, principal parti
    d'opposition, qui réclame …, a accusé", "L'Inde et la Chine, qui se disputent …, l'ont
    félicité". The verb (with its auxiliaries, clitics and negation) follows a comma; the
    sentence (or what follows its dateline dash) opens with actors joined by coordination
    and a comma; a relative pronoun opens one of the pieces between the two commas."""
    doc = verb.doc
    own = {c.i for c in dependents(verb) if c.i < verb.i}
    i = verb.i - 1
    while i > sentence.start and i in own and doc[i].text != ",":
        i -= 1
    if doc[i].text != ",":
        return []
    start = sentence.start
    dashes = [t.i for t in doc[sentence.start : i] if t.text in DASHES]
    if dashes and dashes[0] - sentence.start <= FRAGMENT_MAX:
        start = dashes[0] + 1
    group: list[ActorMention] = []
    j = start
    while j < i:
        mention = actors.by_token.get(j)
        if mention is not None and mention.token_start == j:
            group.append(mention)
            j = mention.token_end
        elif group and doc[j].text != "," and normalise(doc[j].text) in cues.coordination:
            j += 1
        else:
            break
    if not group or j >= i or doc[j].text != ",":
        return []
    opens = [k + 1 for k in range(j, i) if doc[k].text == ","]
    if not any("Rel" in feature(doc[k], "PronType") for k in opens):
        return []
    return group


def _informant(mention: ActorMention, doc: Doc, cues: Cues) -> bool:
    """An actor an attribution phrase names ("selon des responsables américains") is who
    reports the event, never its target, wherever the parser hung the phrase."""
    head = _mention_head(mention, doc)
    return any(
        c.dep_ == "case" and cues.preposition(c.text) in cues.attribution_prepositions
        for c in dependents(head)
    )


def _acted_on(mention: ActorMention, doc: Doc, cues: Cues) -> bool:
    """Whether a mention is what its clause acts on: a direct object or a phrase a target
    preposition introduces ("contre la Russie"), not a circumstance ("devant la Cour")."""
    head = _mention_head(mention, doc)
    if head.dep_ in OBJECTS:
        return True
    return head.dep_ in OBLIQUES and bool(_prepositions(head, cues) & cues.target_prepositions)


def _object_pronoun(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """A third-person object pronoun takes the nearest actor before it that is not the
    source, one its clause acts on first: "a déposé plainte contre la Russie …, l'accusant de …", "reçu par Vladimir
    Poutine, qui lui a promis une aide". Read back to the start of the previous sentence."""
    verbs = [trigger, *_children(trigger, ("xcomp",))]
    pronouns = [
        c
        for v in verbs
        for c in _children(v, OBJECTS)
        if c.pos_ == "PRON"
        and not set(feature(c, "PronType")) & {"Rel", "Int", "Dem", "Ind", "Neg"}
        and not set(feature(c, "Person")) & {"1", "2"}
        and "Yes" not in feature(c, "Reflex")
    ]
    if not pronouns:
        return []
    doc = trigger.doc
    sentence = sentence_of(trigger)
    start = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else 0
    own = {s.code for s in sources}
    # Another office of the source's own government is someone else: "Le président a
    # limogé le Premier ministre, lui reprochant …".
    roles = {s.role for s in sources}
    before: list[ActorMention] = []
    for i in range(pronouns[0].i - 1, start - 1, -1):
        mention = actors.by_token.get(i)
        if mention is None or mention.kind == PLACE:
            continue
        if mention.code in own and not (
            mention.role and None not in roles and mention.role not in roles
        ):
            continue
        if mention not in before:
            before.append(mention)
    # An antecedent its clause acts on (its object, or a target phrase) before a nearer
    # circumstance: "a déposé plainte contre la Russie devant la Cour, l'accusant".
    acted_on = [m for m in before if _acted_on(m, doc, cues)]
    # Else the subject of a clause before a nearer circumstance: "Le dirigeant s'était
    # adressé à la foule en marge de l'Assemblée générale de l'ONU. Washington lui reproche
    # …" is about the leader.
    subjects = [m for m in before if _mention_head(m, doc).dep_ in SUBJECT + PASSIVE_SUBJECT]
    return (acted_on or subjects or before)[:1]


def _rightward_object(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """The object the parser lost behind a time or place word (word-order fallback): in
    "a reçu dimanche au Caire le ministre grec" it reads "dimanche" as the object and the
    minister as an apposition of Cairo. The first actor after the verb, within its clause
    (no verb, punctuation, conjunction or pronoun in between), not introduced by a
    preposition and not a subject."""
    doc = trigger.doc
    end = min(sentence_of(trigger).end, trigger.i + 1 + WORD_ORDER_REACH)
    for i in range(trigger.i + 1, end):
        token = doc[i]
        mention = actors.by_token.get(i)
        if mention is not None:
            before = doc[mention.token_start - 1]
            head = _mention_head(mention, doc)
            own = {s.country for s in sources if s.country}
            if before.pos_ == "ADP" and mention.country in own and mention not in sources:
                # "a reçu samedi au Kremlin le maréchal Khalifa Haftar": the source's own
                # seat or city is where it acts; the lost object follows.
                continue
            if before.pos_ == "ADP" or mention in sources:
                return []
            # A subject of the trigger itself is inverted ("a déclaré jeudi le ministre");
            # one the parser gave to a word after it, when the trigger has its own subject,
            # is the lost object ("a rencontré jeudi à Bangkok le Premier ministre indien
            # Narendra Modi", the name read as a verb).
            inverted = head.head.i == trigger.i or not _children(trigger, SUBJECT)
            if head.dep_.startswith("nsubj") and inverted:
                return []
            return [mention]
        if token.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "ADV", "NUM", "ADJ"):
            return []
    return []


def _subject_relative(clause: Token) -> bool:
    """Whether a relative clause has its relative pronoun for subject ("qui frappaient …"),
    so that it says what the noun it qualifies does, as a present participle would."""
    return clause.dep_ == "acl:relcl" and any(
        "Rel" in feature(s, "PronType") for s in _children(clause, SUBJECT)
    )


def _nested_target(
    trigger: Token,
    sources: list[ActorMention],
    actors: ActorIndex,
    cues: Cues,
    comment: bool = False,
    aims: bool = True,
    groups: bool = True,
    threat: bool = False,
) -> list[ActorMention]:
    """The first foreign actor named deeper in what the act is about, when no phrase of
    the trigger names one itself: "enquête sur des aides publiques chinoises", "a ouvert une
    enquête sur les subventions chinoises". Read in the trigger's object and obliques,
    ``NESTED_DEPTH`` words down through nested phrases and relative clauses, never through
    an agent, an attribution phrase or a place, nor in a phrase set off by a comma; an
    actor of the source's own country is not it (the source's means or people)."""
    own = {s.country for s in sources if s.country}
    deps: tuple[str, ...] = OBJECTS + OBLIQUES
    if threat:
        # A warning is aimed at whom its content names ("a averti que ces livraisons
        # feraient de la République tchèque une partie au conflit"), in the content's own
        # phrases: not in a clause set beside it ("…, sans nommer Israël", "tandis que …").
        deps = deps + ("ccomp",)
    if comment:
        # A comment is about what its content names: "a estimé que les relations avec la
        # Chine traversaient une phase difficile" (the content's subject and objects).
        deps = deps + ("ccomp",)
    # "s'est dit « optimiste » quant à une normalisation des relations avec l'Arménie": a
    # predicative adjective's phrases say what the stance is about, as the verb's would.
    anchors = [trigger, *(c for c in _children(trigger, ("xcomp", "advcl")) if c.pos_ == "ADJ")]
    heads = [
        (anchor, c)
        for anchor in anchors
        for c in dependents(anchor)
        if (c.dep_ in deps if anchor is trigger else c.dep_ in OBLIQUES)
        and c.dep_ != "obl:agent"
        and not _prepositions(c, cues) & (cues.agent_prepositions | cues.attribution_prepositions)
    ]
    doc = trigger.doc
    for anchor, head in sorted(heads, key=lambda pair: pair[1].i):
        low, high = sorted((anchor.i, head.left_edge.i))
        between = doc[low + 1 : high]
        if any(t.is_punct and not (anchor is not trigger and t.is_quote) for t in between):
            # Set off by a comma, a circumstance: ", en violation des résolutions de l'ONU".
            # The quotes closing a quoted adjective ("« optimiste » quant à") set nothing off.
            continue
        stack = [(head, 0, False)]
        seen: list[Token] = []
        # Tokens reached through what a participle or a subject relative aims at: an actor
        # there is the act's target even of the source's own country ("une enquête visant
        # TotalEnergies" opened by a French court, "l'interdiction qui visait l'ancien
        # président" lifted by the junta of his country).
        aimed: set[int] = set()
        while stack:
            node, depth, through = stack.pop()
            seen.append(node)
            if through:
                aimed.add(node.i)
            if depth == NESTED_DEPTH:
                continue
            for child in dependents(node):
                clause = comment and node.i == head.i and head.dep_ == "ccomp"
                # "des soupçons de corruption impliquant le Qatar", "des contrats visant une
                # entreprise chinoise": what an active participle aims at is what the phrase
                # is about; the participle itself is no step deeper.
                aiming = child.dep_ == "acl" and _present_participle(child)
                # "les droits de douane qui frappaient le vin australien": a relative clause
                # on its own subject reads as that participle does.
                aiming = aiming or _subject_relative(child)
                if aiming and aims:
                    stack.append((child, depth, True))
                    continue
                # "des soldats près de la frontière ukrainienne": a noun the parser hung
                # as a clause is a phrase of the noun before.
                noun = child.dep_ == "acl" and child.pos_ == "NOUN"
                phrase = child.dep_ not in NOT_IN_PHRASE or child.dep_ == "acl:relcl" or noun
                if not phrase and not clause:
                    continue
                if _prepositions(child, cues) & cues.agent_prepositions:
                    continue
                stack.append((child, depth + 1, through))
        group: list[ActorMention] = []
        for token in sorted(seen, key=lambda t: t.i):
            mention = actors.by_token.get(token.i) or actors.qualifiers.get(token.i)
            found = actors.groups.get(token.i) if mention is None else None
            if found is not None and not groups and actors.groups.get(head.i) is found:
                continue
            if found is not None:
                # A group with no country yet: ``resolve_group`` places it or drops it,
                # unless the phrase names a foreign actor ("de vastes manœuvres militaires
                # autour de Taïwan": the manoeuvres are the source's means, Taiwan their aim).
                group = group or [found]
                continue
            if mention is None or mention.kind == PLACE or not mention.country:
                continue
            if mention.country in own and token.i not in aimed:
                continue
            if _informant(mention, trigger.doc, cues):
                continue
            return [mention]
        if group:
            return group
    return []


def _condition_subject(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Who a conditional offer or threat is addressed to: the foreign subject of its
    condition ("si l'OTAN renonce à ses manœuvres", "si Chisinau ne règle pas sa dette"),
    or for civil society its own state ("si le gouvernement maintient sa réforme").
    An offer or a threat set on a condition is made to whoever must meet it. The condition
    ("si …" clause) hangs on the trigger, on a word under it, or on one of the verbs that
    introduce it ("se dit prêt à …, si …": the parser may tie it to "dit")."""
    anchors = {trigger.i}
    node = trigger
    for _ in range(CONDITION_REACH):
        if node.head.i == node.i:
            break
        node = node.head
        anchors.add(node.i)
    under = {t.i for t in trigger.subtree}
    own = {s.country for s in sources if s.country}
    # Civil society's threats are addressed to its own state as often as not: "les
    # syndicats menacent d'une grève si le gouvernement maintient sa réforme".
    civil = all(s.agent in PRIVATE_ROLES for s in sources)
    for clause in sentence_of(trigger):
        if clause.i == trigger.i or clause.dep_ not in ("advcl", "conj"):
            continue
        if clause.head.i not in anchors and clause.head.i not in under:
            continue
        if not any(
            c.dep_ == "mark" and normalise(c.text) in cues.hypothetical_marks
            for c in dependents(clause)
        ):
            continue
        found = [
            m
            for m in _subject_actors(clause, actors)
            if m.kind != PLACE
            and (m.country not in own or (civil and m.agent in STATE_ROLES))
            and not _informant(m, trigger.doc, cues)
        ]
        if found:
            return found
    return []


def _maker(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Who made the thing praised, condemned or rejected: the agent of a participle on the
    object ("salue les réformes engagées par le Caire", "dénoncent l'austérité imposée par
    le président Javier Milei", "rejette le plan présenté par Kiev"). Judging a policy is
    judging its author, also one of the source's own country (unions and their
    government); not the source itself."""
    own = {s.code for s in sources}
    # The participle may close the object's complement ("les accusations d'ingérence
    # formulées par la junte": the parser hangs it on "ingérence").
    objects = _children(trigger, OBJECTS)
    if trigger.pos_ in NOUNS:
        # "a annoncé son soutien à la plainte pour génocide déposée par l'Afrique du Sud": a
        # noun's "à" phrase is what it is given to.
        objects += [
            c
            for c in _children(trigger, ("nmod",))
            if _prepositions(c, cues) & cues.dative_prepositions
        ]
    # "a refusé de promulguer la loi votée par le Parlement": what the content infinitive
    # acts on is what is rejected.
    objects += [
        o
        for c in _children(trigger, ("xcomp",))
        if c.pos_ == "VERB" and _infinitive(c)
        for o in _children(c, (*OBJECTS, "obl:arg"))
    ]
    things = [n for o in objects for n in (o, *_children(o, ("nmod",)))]
    # "a rejeté la déclaration signée par le président": the parser may read the object and
    # its participle as a small clause, the noun the participle's subject.
    made = [
        c
        for c in _children(trigger, ("xcomp",))
        if "Part" in feature(c, "VerbForm")
        and any(n.pos_ == "NOUN" for n in _children(c, SUBJECT + PASSIVE_SUBJECT))
    ]
    made += [participle for obj in things for participle in _children(obj, ("acl",))]
    for participle in made:
        if participle.pos_ != "VERB" or _infinitive(participle):
            continue
        agents = [
            m
            for c in _children(participle, OBLIQUES)
            if c.dep_ == "obl:agent" or _prepositions(c, cues) & cues.agent_prepositions
            for m in phrase_actors(c, actors)
            if m.code not in own
        ]
        if agents:
            return agents
    return []


def _pair_in_object(
    trigger: Token, sentence: Span, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """The other of "les deux pays" named in the object: "Il a salué l'excellence des
    relations entre les deux pays" after a sentence naming Egypt and Greece is praise for
    Greece when Egypt speaks. The pair is the two actors named before (``_pair_named_before``)."""
    own = {s.country for s in sources if s.country}
    # The parser may hang "entre les deux pays" on the verb rather than on its object.
    phrases = [
        c for c in dependents(trigger) if c.dep_ in OBJECTS + OBLIQUES and c.dep_ != "obl:agent"
    ]
    for obj in phrases:
        for token in sorted(_phrase_tokens(obj), key=lambda t: t.i):
            if token.pos_ != "NOUN":
                continue
            pair = _pair_named_before(token, sentence, actors)
            other = [m for m in pair if m.country not in own]
            if len(pair) == 2 and len(other) == 1:
                return other
    return []


def _own_pair(
    trigger: Token, sentence: Span, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> bool:
    """Whether a phrase of the trigger names, with "entre" or "pour", a pair the source belongs
    to: "a salué une « étape historique » pour les deux voisins", "une nouvelle ère dans les
    relations entre les deux pays". The pair itself praised ("le « courage » des deux pays")
    is aimed at (``_pair_in_object``)."""
    own = {s.country for s in sources if s.country}
    marks = cues.between_prepositions | cues.purpose_marks
    phrases = [
        c for c in dependents(trigger) if c.dep_ in OBJECTS + OBLIQUES and c.dep_ != "obl:agent"
    ]
    for phrase in phrases:
        for token in _phrase_tokens(phrase):
            # "pour l'économie des deux voisins": the mark may head a phrase above the pair
            path = [token, *(a for a in token.ancestors if phrase.is_ancestor(a) or a == phrase)]
            if token.pos_ != "NOUN" or not any(_prepositions(a, cues) & marks for a in path):
                continue
            # "des deux voisins": the article is in the contracted preposition
            contracted = any(
                c.dep_ == "case" and c.lower_ in cues.contractions for c in dependents(token)
            )
            # the actor stage may have spelled the pair out already ("les deux pays")
            pair = actors.plural.get(token.i) or _pair_named_before(
                token, sentence, actors, contracted
            )
            if len({m.country for m in pair}) == 2 and any(m.country in own for m in pair):
                return True
    return False


def _uncoded_addressee(obj: Token, actors: ActorIndex) -> bool:
    """A direct object naming whom an appeal is addressed to with no actor, not even a
    nationality adjective: "toutes les parties", "les dirigeants de la région"."""
    if obj.i in actors.unresolved:
        return True
    if obj.pos_ != "NOUN":
        return False
    known = (actors.by_token, actors.groups, actors.plural, actors.qualifiers, actors.places)
    words = [obj, *(c for c in dependents(obj) if c.dep_ in ("amod", "nmod", "appos", "flat:name"))]
    return not any(w.i in index for w in words for index in known)


def _venue(mention: ActorMention) -> bool:
    """An international body or a court: where a complaint is brought, not whom it accuses."""
    return mention.country == ORGANISATION or mention.agent == JUDICIARY


def _accused(
    trigger: Token, sentence: Span, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Whom a complaint brought before a court or a council accuses: a foreign actor named
    after the trigger in its own phrases ("a saisi la Cour internationale de justice de son
    différend frontalier avec le Venezuela"), else the one foreign country named in the
    sentence before the trigger and the one before it ("Des drones turcs ont frappé … Bagdad
    … a annoncé qu'il saisirait le Conseil de sécurité")."""
    own = {s.country for s in sources}
    subjects = {t.i for c in _children(trigger, SUBJECT) for t in c.subtree}
    for token in sorted(trigger.subtree, key=lambda t: t.i):
        mention = actors.by_token.get(token.i)
        if token.i <= trigger.i or token.i in subjects or mention is None:
            continue
        if mention.country and mention.country not in own and not _venue(mention):
            return [mention]
    doc = trigger.doc
    first = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    # Nationality adjectives and places count: "l'assassinat de l'ancien lieutenant
    # vénézuélien …, commandité depuis Caracas".
    before = [
        m
        for i in range(first, trigger.i)
        if (m := actors.by_token.get(i) or actors.qualifiers.get(i) or actors.places.get(i))
        is not None
        and m.country
        and m.country not in own
        and not _venue(m)
    ]
    if len({m.country for m in before}) != 1:
        return []
    return before[-1:]


def _summed_up_author(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whom a reaction to the act its clause sums up is aimed at: "La Thaïlande a renvoyé
    quarante Ouïghours en Chine, une décision condamnée par Washington", "…, une mesure que
    Londres a aussitôt condamnée", "…, un vote salué par Kiev". The trigger is a participle
    or relative clause on an indefinite or demonstrative noun set off by a comma that names
    no actor: that noun restates the clause before, whose subject is the act's author."""
    if trigger.dep_ not in ("acl", "acl:relcl") or trigger.head.pos_ != "NOUN":
        return []
    noun = trigger.head
    determiners = [c for c in dependents(noun) if c.dep_ == "det"]
    if not determiners or not any(
        "Ind" in feature(d, "Definite") or "Dem" in feature(d, "PronType") for d in determiners
    ):
        return []
    # The comma may hang on the noun itself, as the left edge of its phrase.
    start = min(t.i for t in noun.subtree if not t.is_punct)
    if start == sentence_of(trigger).start or trigger.doc[start - 1].text not in (",", *DASHES):
        return []
    # The noun's own complements and adjectives ("une décision de Moscou"), not the
    # reaction under it nor what the parser hung on it from the relative clause.
    own_phrase = [c for c in dependents(noun) if c.dep_ in ("nmod", "amod") and c.i < trigger.i]
    if noun.i in actors.by_token or any(
        t.i in actors.by_token or t.i in actors.qualifiers for c in own_phrase for t in c.subtree
    ):
        return []
    verb = noun.head
    for _ in range(MAX_CLIMB):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > noun.i:
        return []
    own = {s.country for s in sources}
    authors, _ = _subject_of(verb, actors, cues)
    return [a for a in authors if a.country and a.country not in own]


def _incise_speaker(verb: Token, cues: Cues) -> Token | None:
    """The inverted subject of a speech verb set off by a comma, which the parser may read as
    its object: "…, a affirmé le ministère arménien de la Défense"."""
    if normalise(verb.lemma_) not in cues.speech_verbs or _children(verb, SUBJECT):
        return None
    start = min(t.i for t in verb.subtree if not t.is_punct)
    doc = verb.doc
    if start == 0 or doc[start - 1].text != ",":
        return None
    inverted = [
        o for o in _children(verb, ("obj",)) if o.i > verb.i and o.pos_ in ("NOUN", "PROPN")
    ]
    return inverted[-1] if inverted else None


def _denied_claimant(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whose claim a denial in "…, ce que X dément" answers: the author of the clause "ce"
    sums up. "Gitega a fermé sa frontière, accusant son voisin d'héberger des rebelles, ce
    que Kigali dément", "Le président américain accuse l'Afrique du Sud de persécuter …, ce
    que Pretoria dément", "Le parti affirme que des manifestants ont été tués, ce que le
    gouvernement dément". From the clause "ce" hangs on, climb (as a subject is sought) to
    the nearest clause with an author: its subject, the agent of a passive, or the inverted
    subject of a speech verb in an incise ("…, a affirmé le ministère arménien, ce que Bakou
    dément"). Not the source itself."""
    own = {s.code for s in sources}
    for word in trigger.subtree:
        # "Belgrade a démenti avoir vendu des munitions, contrairement à ce qu'affirmait une
        # enquête publiée par le Financial Times": the claim is the relative's subject's.
        if word.lower_ != "contrairement":
            continue
        for pronoun in _children(word, ("dep", "obl", "obl:arg", "nmod")):
            for clause in _children(pronoun, ("acl:relcl",)) if pronoun.lemma_ == "ce" else []:
                for subject in _children(clause, SUBJECT):
                    named = phrase_actors(subject, actors) or _participle_agent(
                        subject, actors, cues
                    )
                    return [m for m in named if m.code not in own]
    pronoun = trigger.head
    if trigger.dep_ != "acl:relcl" or pronoun.lemma_ != "ce" or pronoun.pos_ != "PRON":
        return []
    if not any(
        c.i < trigger.i and c.lower_ in ("que", "qu'") and c.dep_ in ("obj", "mark")
        for c in dependents(trigger)
    ):
        return []
    node = pronoun.head
    if node.i == pronoun.i:
        return []
    # "ce" may hang on the last noun of the clause it sums up ("d'armer les rebelles, ce
    # que …"): the clause is that noun's verb.
    for _ in range(MAX_CLIMB):
        if node.pos_ == "VERB" or node.head.i == node.i:
            break
        node = node.head
    for _ in range(MAX_CLIMB):
        speaker = _incise_speaker(node, cues)
        if speaker is not None:
            return [m for m in phrase_actors(speaker, actors) if m.code not in own]
        active = _children(node, SUBJECT)
        agents = _is_passive(node) and any(
            _prepositions(c, cues) & cues.agent_prepositions for c in _children(node, OBLIQUES)
        )
        if active or agents:
            found, _ = _subject_of(node, actors, cues)
            return [m for m in found if m.code not in own]
        if _present_participle(node) and sentence_of(node).root.i != node.i:
            node = sentence_of(node).root
            continue
        if node.head.i == node.i or node.dep_ not in CONTROL:
            break
        node = node.head
        # "Ottawa a accusé des agents indiens d'être impliqués dans l'assassinat, ce que New
        # Delhi a nié": the clause hangs on the accused noun; its verb is the noun's.
        for _ in range(MAX_CLIMB):
            if node.pos_ == "VERB" or node.head.i == node.i:
                break
            node = node.head
    return []


def _demonstrative_antecedent(
    trigger: Token,
    sources: list[ActorMention],
    actors: ActorIndex,
    cues: Cues,
    reaction: bool = False,
    concern: bool = False,
) -> list[ActorMention]:
    """Whose act a demonstrative object refers back to: "Le Premier ministre japonais a fait
    parvenir une offrande au sanctuaire Yasukuni. Séoul a déploré ce geste." A reaction to
    "ce geste", "cette décision", "ces propos" in the sentence after an act is aimed at
    whoever did it: the foreign subject of the previous sentence's main verb (its agent
    when passive). Only an object naming no actor itself.

    ``reaction``: a condemnation (11) whose object is any phrase naming no actor reacts to
    the previous sentence's act too ("L'aviation pakistanaise a frappé … Kaboul a dénoncé
    une « violation flagrante » de sa souveraineté"). Not one naming a party no code resolved
    ("a accusé les pays occidentaux"). It answers the article's lead act first; a
    reaction's author may be of the source's own country, though not the source itself.

    ``concern``: concern (012) is such a reaction, told by the adjective ("s'est dit
    « préoccupé » par ces décisions": the object hangs on the adjective), or by none at all
    ("Le Japon s'est dit « préoccupé »." after a Chinese drill)."""
    start = sentence_of(trigger).start
    if start == 0 or (reaction and "\n" in trigger.doc[start - 1].text_with_ws):
        # A reaction with no demonstrative reads only the sentence before in its paragraph.
        return []
    objects = _children(trigger, OBJECTS)
    if concern:
        objects += [o for a in _children(trigger, CONCERN_STATES) for o in _children(a, OBJECTS)]
    demonstrative = [
        o
        for o in objects
        if o.pos_ == "NOUN"
        and (reaction or any("Dem" in feature(d, "PronType") for d in _children(o, ("det",))))
        and not phrase_actors(o, actors)
        and o.i not in actors.unresolved
    ]
    if not demonstrative and not (concern and not any(o.pos_ == "PROPN" for o in objects)):
        return []
    doc = trigger.doc
    own = {s.country for s in sources if s.country}
    roots = [sentence_of(doc[start - 1]).root]
    if reaction:
        # A reaction naming no act answers the article's lead act before the sentence just
        # before it ("… Zelensky a appelé les alliés de Kiev à accroître la pression. L'UE a
        # dénoncé « un nouveau crime de guerre »": the strike of the lead).
        roots = [r for r in _lead_roots(doc, start, cues) if r.i != roots[0].i][:1] + roots
    selves = {s.code for s in sources}
    acts = [(act, root) for root in roots for act in _reported_acts(root, cues)]
    for act, root in acts:
        doers = _passive_agents(act, cues) if _is_passive(act) else _children(act, SUBJECT)
        lead = reaction and root.i != roots[-1].i
        if lead and not doers and _is_passive(act):
            # "25 personnes ont été tuées lorsque des missiles russes ont frappé …": an
            # agentless lead says who acted in its adverbial clause.
            doers = [s for c in _children(act, ("advcl",)) for s in _children(c, SUBJECT)]
        found = [
            m
            for d in doers
            for m in phrase_actors(d, actors)
            if m.code
            and m.country
            and m.kind != PLACE
            and (m.country not in own or (reaction and m.code not in selves))
        ][:1]
        if found:
            return found
    return []


def _reported_acts(root: Token, cues: Cues) -> list[Token]:
    """The act a sentence tells, before its verb of saying when that verb only reports it:
    "Le Portugal a reconnu l'État de Palestine, quelques heures après le Canada, a annoncé
    son ministre" tells Portugal's recognition (the parser may take a country of the
    clause for the inverted speaker). A clause before the speech verb comes first, then the
    speech verb itself; any other verb is its own act."""
    if normalise(root.lemma_) not in cues.speech_verbs:
        return [root]
    reported = [
        c
        for c in dependents(root)
        if c.dep_ in REPORTED_CLAUSES and c.pos_ == "VERB" and c.i < root.i
    ]
    return [*reported[:1], root]


def _lead_roots(doc: Doc, end: int, cues: Cues) -> list[Token]:
    """The main verb of an article's lead: the first sentence before ``end`` whose main
    verb, or the clause its verb of saying reports, has a subject (a dateline or a headline
    fragment has none)."""
    for sentence in doc.sents:
        if sentence.start >= end:
            break
        root = sentence.root
        told = _reported_acts(root, cues) if root.pos_ == "VERB" else []
        if any(_children(r, SUBJECT + PASSIVE_SUBJECT) for r in told):
            return [root]
    return []


def _subject_actors(clause: Token, actors: ActorIndex) -> list[ActorMention]:
    """The actors of a clause's subjects: whom a condition or a demanded act is about."""
    return [m for subject in _children(clause, SUBJECT) for m in phrase_actors(subject, actors)]


def _content_subject(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Whom a demand or an appeal made as a clause is addressed to: the foreign subject of
    its content ("exigent que Washington dégèle les avoirs", "demande que Moscou retire ses
    troupes"). What is demanded is that party's act, so the demand is made of it. Only a
    clause introduced by a conjunction, and a named actor (not a group with no country)."""
    own = {s.country for s in sources if s.country}
    for clause in _children(trigger, ("ccomp",)):
        if not _children(clause, ("mark",)):
            continue
        found = [
            m
            for m in _subject_actors(clause, actors)
            if m.code and m.country and m.country not in own
        ]
        if found:
            return found
    return []


def _beneficiary(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whom aid is for, when no phrase names a recipient: the first foreign actor, people or
    place in a phrase the purpose preposition introduces ("pour Gaza", "pour les réfugiés
    syriens", "pour la reconstruction des infrastructures ukrainiennes"), at most
    ``BENEFIT_DEPTH`` words below the trigger, never inside a clause of its own."""
    own = {s.country for s in sources if s.country}
    stack = [(trigger, 0)]
    phrases: list[Token] = []
    while stack:
        node, depth = stack.pop()
        if depth == BENEFIT_DEPTH:
            continue
        for child in dependents(node):
            purpose = bool(_prepositions(child, cues) & cues.purpose_marks)
            if child.dep_ == "advcl" and purpose and _infinitive(child):
                # "a approuvé un financement pour appuyer le budget de la Côte d'Ivoire": what
                # a purpose infinitive supports is whom the aid is for.
                phrases.extend(_children(child, OBJECTS))
                continue
            if child.dep_ in ("ccomp", "parataxis", "advcl", "conj", "acl:relcl"):
                continue
            if child.dep_ in OBLIQUES and purpose:
                phrases.append(child)
            stack.append((child, depth + 1))
    for phrase in sorted(phrases, key=lambda t: t.i):
        tokens = sorted(_phrase_tokens(phrase), key=lambda t: t.i)
        # "pour les victimes des inondations qui ont dévasté Derna", "… du séisme qui a
        # frappé le centre de la Birmanie": where the disaster a phrase names struck.
        tokens += [
            t
            for word in tokens
            for clause in dependents(word)
            if _subject_relative(clause) or (clause.dep_ == "acl" and clause.pos_ == "VERB")
            for o in _children(clause, OBJECTS + OBLIQUES)
            for t in sorted(_phrase_tokens(o), key=lambda t: t.i)
        ]
        for token in tokens:
            mention = (
                actors.by_token.get(token.i)
                or actors.qualifiers.get(token.i)
                or actors.places.get(token.i)
            )
            if mention is None or not mention.country or mention.country in own:
                continue
            if _informant(mention, trigger.doc, cues):
                continue
            return [mention]
    return []


def _destination(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Where aid is delivered when no phrase names a recipient: the first foreign place in
    the trigger's obliques or objects ("a envoyé des vivres en Birmanie", "livrés aux hôpitaux de
    Kharkiv", "des casques bleus ont été déployés autour de Goma"), whose country receives
    it. Not its agent ("par le Croissant-Rouge iranien"), and not a place of the source's
    own country, where aid is handed out at home. Only a verb that reports the act: an
    adjectival participle ("une école financée par l'UE dans le sud de la Cisjordanie") or a
    noun ("la foule qui attendait l'aide dans le nord de Gaza") only names it."""
    if trigger.pos_ != "VERB" or trigger.dep_ == "acl":
        return []
    own = {s.country for s in sources if s.country}
    # The parser often hangs the place on what is sent ("a envoyé des vivres, des tentes et
    # une équipe de secouristes en Birmanie"): the objects and their conjuncts are read too.
    phrases = [p for p in _children(trigger, OBLIQUES + OBJECTS) if p.dep_ != "obl:agent"]
    phrases += [c for p in [trigger, *phrases] for c in _conjuncts(p) if c.pos_ == "NOUN"]
    tokens = sorted({t.i for p in phrases for t in _phrase_tokens(p)})
    for i in tokens:
        place = actors.places.get(i)
        if place is not None and place.country and place.country not in own:
            return [place]
    return []


def _opposed(
    candidate: Candidate,
    targets: list[ActorMention],
    sources: list[ActorMention],
    actors: ActorIndex,
) -> list[ActorMention]:
    """Whom a call to act against an actor opposes: the first actor named in the act called
    for, the pattern's deepest verb complement ("a demandé à Paris de faire pression sur la
    Hongrie" opposes Hungary; Paris is only called on). With no verb complement, or no actor
    in it, the targets found stand ("a appelé à isoler l'Iran", "a appelé ses partisans à
    défendre la révolution"), but for those called on to an act with no noun complement: "a
    appelé l'ONU à réagir fermement" calls the UN against whoever did the act to be answered, named elsewhere
    in the article or not at all."""
    called = [c for c in candidate.complements if c.pos_ in ("VERB", "AUX")]
    if not called:
        return targets
    act = called[-1]
    for token in sorted(act.subtree, key=lambda t: t.i):
        mention = actors.by_token.get(token.i)
        if token.i == act.i or mention is None or any(mention is s for s in sources):
            continue
        return [mention]
    if any(c.pos_ in (*NOUNS, "PRON") for c in _children(act, (*OBJECTS, "obl:arg"))):
        return targets
    called_on = {t.i for o in _children(candidate.trigger, OBJECTS) for t in o.subtree}
    return [t for t in targets if t.token_start not in called_on]


def _holder(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Who holds the source's own nationals a demand is about: "exige la libération du
    journaliste américain, arrêté en Russie", "… détenus par l'Iran". The foreign place or
    agent of a participle on a phrase of the trigger's object."""
    own = {s.country for s in sources if s.country}
    for obj in _children(trigger, OBJECTS):
        for node in sorted(obj.subtree, key=lambda t: t.i):
            if node.dep_ != "acl" or node.pos_ != "VERB" or node.i == obj.i:
                continue
            found = [
                m
                for c in _children(node, OBLIQUES)
                if c.dep_ == "obl:agent" or _prepositions(c, cues) & cues.agent_prepositions
                for m in phrase_actors(c, actors)
            ]
            place = _setting(node, actors)
            if place is not None:
                found.append(place)
            foreign = [m for m in found if m.country and m.country not in own]
            if foreign:
                return foreign[:1]
    return []


def _aimed_at(
    thing: Token, actors: ActorIndex, cues: Cues, partners: set[str], objects: bool = True
) -> list[ActorMention]:
    """Whom a participle on an object aims at: "les sanctions visant le secteur pétrolier du
    Venezuela", "une enquête visant la junte birmane". Not its agent: "une école financée
    par l'Union européenne" is no act against the EU."""
    found: list[ActorMention] = []
    for participle in dependents(thing):
        if participle.dep_ != "acl" or participle.pos_ != "VERB":
            continue
        for child in dependents(participle):
            if child.dep_ in OBJECTS and objects:
                found.extend(phrase_actors(child, actors))
            elif child.dep_ in OBLIQUES and _prepositions(child, cues) & partners:
                # "a suspendu le dialogue engagé à Mexico avec l'opposition", "s'est engagé,
                # dans un accord signé à la Barbade avec l'opposition, à …": the partner of
                # the tie the act is on or made in.
                found.extend(phrase_actors(child, actors))
    return found


def _owners(thing: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """The actors a "de" phrase on a thing names as its owners ("les actifs russes du
    finlandais Fortum et de l'allemand Uniper")."""
    return [
        m
        for inner in _children(thing, ("nmod",))
        if _prepositions(inner, cues) & cues.possessor_prepositions
        for m in phrase_actors(inner, actors)
    ]


def _bound_party(thing: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """Whom a tie the act is about binds the source to: "l'accord de défense qui le liait à
    la France", "le traité qui les unissait avec Moscou". A relative clause on the thing
    whose verb has a personal pronoun for object (the source) and an oblique naming an
    actor: the act on the tie is an act on that party."""
    found: list[ActorMention] = []
    for clause in _children(thing, ("acl:relcl",)):
        pronoun = any(
            c.dep_ in OBJECTS and c.pos_ == "PRON" and "Rel" not in feature(c, "PronType")
            for c in dependents(clause)
        )
        if not pronoun:
            continue
        for oblique in _children(clause, OBLIQUES):
            if _prepositions(oblique, cues) & (cues.dative_prepositions | cues.target_prepositions):
                # A capital stands for its country here ("qui le liait à Paris").
                named = phrase_actors(oblique, actors)
                found.extend(named or [m for m in [actors.locative.get(oblique.i)] if m])
    return found


def _main_clause_addressee(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whom the main clause's act is addressed to, for a present participle that goes on
    with it ("a donné une semaine à la junte nigérienne …, n'excluant pas le recours à la
    force", "a qualifié de manipulation la décision de Washington …, promettant de
    riposter"): its subject is the main clause's, and so is its addressee. The main
    clause's direct object or dative, not of the source's own country."""
    main = trigger.head if trigger.head.pos_ == "VERB" else sentence_of(trigger).root
    if main.i == trigger.i or main.pos_ != "VERB":
        return []
    own = {s.country for s in sources if s.country}
    named = [m for o in _children(main, OBJECTS) for m in phrase_actors(o, actors)]
    named += [
        m
        for c in _children(main, OBLIQUES)
        if c.dep_ != "obl:agent" and _prepositions(c, cues) & cues.dative_prepositions
        for m in phrase_actors(c, actors)
    ]
    return [m for m in named if m.code and m.kind != PLACE and m.country not in own]


def _governor_targets(
    trigger: Token, preferred: set[str], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Target phrases the parser hung on the verb that introduces the trigger: "se dit prêt
    à un sommet avec le président sud-coréen", "a affirmé vouloir signer un traité avec
    l'Azerbaïdjan". Only phrases a target preposition introduces, on the verb or on its
    object, never its dative (whom the speaker said it to)."""
    found: list[ActorMention] = []
    for child in dependents(trigger.head):
        if child.i == trigger.i:
            continue
        if child.dep_ in OBLIQUES and _prepositions(child, cues) & preferred:
            found.extend(phrase_actors(child, actors))
        elif child.dep_ in OBJECTS and child.i not in actors.by_token:
            for inner in _children(child, OBLIQUES):
                if _prepositions(inner, cues) & preferred:
                    found.extend(phrase_actors(inner, actors))
    return found


def _qualifies_patient(anchor: Token, children: list[Token]) -> bool:
    """Whether the noun a clause qualifies is what the clause acts on: "les civils tués
    par …" (a participle), "les attaques, que Washington attribue à l'Iran" (a relative
    whose pronoun is the object). Not the noun an infinitive completes ("la décision de
    reconnaître"), nor the subject of a relative ("le Premier ministre, qui accuse l'Inde")."""
    if anchor.dep_ == "acl":
        return not _infinitive(anchor)
    if anchor.dep_ == "acl:relcl":
        return any(c.dep_ == "obj" and "Rel" in feature(c, "PronType") for c in children)
    return False


def _hung_on_author(
    candidate: Candidate, authors: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Targets the parser hung on the noun trigger's author rather than on the noun.

    "Les menaces de la Corée du Nord contre le Japon": "contre le Japon" hangs on "Nord",
    inside the author's name, so the noun has no target of its own. A phrase with a
    target preposition hanging on a word of the author's name is the noun's.
    """
    preferred = set(cues.target_prepositions)
    if candidate.pattern.target_preposition:
        preferred.add(candidate.pattern.target_preposition)
    doc = candidate.trigger.doc
    found: list[ActorMention] = []
    for author in authors:
        span = range(author.token_start, author.token_end)
        for token in doc[author.token_start : author.token_end]:
            for child in dependents(token):
                if (
                    child.i not in span
                    and child.dep_ in OBLIQUES
                    and _prepositions(child, cues) & preferred
                ):
                    found.extend(m for m in phrase_actors(child, actors) if m not in authors)
    return found


def _absolute_subject(trigger: Token, actors: ActorIndex) -> list[ActorMention]:
    """The actors that open an absolute participle clause after a comma.

    "Minsk a démenti toute implication, Varsovie et Bruxelles l'accusant d'orchestrer …":
    the parser hangs the named actors on the noun before the comma and gives the
    participle no subject, so the accusers would become the accused. Only actors,
    determiners, conjunctions and the participle's clitics may stand between the comma
    and the participle.
    """
    if not _present_participle(trigger) or any(c.dep_ in SUBJECT for c in dependents(trigger)):
        return []
    if trigger.i in actors.by_token:
        # "le Vezhen, un vraquier battant pavillon maltais": a participle inside an actor's
        # own phrase qualifies it; it opens no clause of its own.
        return []
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 0 and doc[i].pos_ == "PRON" and doc[i].head.i == trigger.i:
        i -= 1
    found: list[ActorMention] = []
    while i >= 0:
        mention = actors.by_token.get(i)
        if mention is not None:
            if all(m is not mention for m in found):
                found.insert(0, mention)
        elif doc[i].pos_ == "PUNCT" and doc[i].text == ",":
            return found
        elif doc[i].pos_ not in ("CCONJ", "DET"):
            return []
        i -= 1
    return []


def _comma_relative(anchor: Token, children: list[Token]) -> Token | None:
    """The noun before the comma of a relative the parser read as a completive clause.

    "Pékin a pris la défense de Phnom Penh, que Washington accuse d'abriter une base": the
    relative pronoun is tagged a subordinator and the clause hung on the main verb, so the
    accused has no place in it. A completive clause with no object whose subordinator comes
    right after a comma (a completive follows its verb) is a relative on the noun before
    the comma, which is its object.
    """
    # An object with a preposition is a complement the parser misread ("de crimes"); the
    # relative pronoun may itself be tagged the object of a clause hung on the main verb.
    relative = [c for c in children if c.dep_ in OBJECTS and "Rel" in feature(c, "PronType")]
    if anchor.dep_ != "ccomp" or any(
        c.dep_ in OBJECTS and not _children(c, ("case",)) and c not in relative for c in children
    ):
        return None
    marks = [c for c in children if c.dep_ == "mark" and c.i < anchor.i] + relative
    if len(marks) != 1 or any(g.dep_ == "fixed" for g in dependents(marks[0])):
        return None
    doc = anchor.doc
    comma = marks[0].i - 1
    if comma < 1 or doc[comma].pos_ != "PUNCT" or doc[comma].text != ",":
        return None
    noun = doc[comma - 1]
    while noun.dep_ in ("flat:name", "flat", "amod", "fixed") and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _relative_antecedent(pronoun: Token, clause: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Xi Jinping, avec qui il a paraphé …", "trois
    diplomates français, à qui il reproche …". The head of the relative clause; when the
    parser hung the clause on the main verb, the noun just before the pronoun's preposition
    (and its comma)."""
    if "Rel" not in feature(pronoun, "PronType") or pronoun.pos_ != "PRON":
        return None
    if clause.dep_ == "acl:relcl":
        return clause.head
    doc = pronoun.doc
    i = min([pronoun.i, *(c.i for c in dependents(pronoun) if c.dep_ == "case")]) - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    noun = doc[i]
    while noun.dep_ in ("flat:name", "flat", "amod", "fixed") and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _misattached_antecedent(
    pronoun: Token, clause: Token, actors: ActorIndex
) -> list[ActorMention]:
    """Actors of the antecedent of a relative subject pronoun whose clause the parser hung on
    another word than its antecedent (as an adverbial, completive or loose clause): the phrase
    just before the pronoun and its comma, or the mention that ends there ("le Comité
    d'enquête, qui a ouvert …")."""
    if pronoun.pos_ != "PRON" or pronoun.i < 2:
        return []
    antecedent = _relative_antecedent(pronoun, clause)
    named = _antecedent_actors(antecedent, actors) if antecedent is not None else []
    if named:
        return named
    before = pronoun.i - 2 if pronoun.doc[pronoun.i - 1].text == "," else pronoun.i - 1
    mention = actors.by_token.get(before)
    return [mention] if mention is not None else []


def _antecedent_actors(antecedent: Token, actors: ActorIndex) -> list[ActorMention]:
    """Actors a relative's antecedent names; the last conjunct of a list names the whole list
    ("à l'ancien président haïtien Michel Martelly et à deux anciens Premiers ministres,
    qu'il accuse …")."""
    named = phrase_actors(antecedent, actors)
    if not named and antecedent.dep_ == "conj":
        named = phrase_actors(antecedent.head, actors)
    return named


def _inverted_objects(children: list[Token], cues: Cues) -> list[Token]:
    """The object that follows the attribute of a qualifying verb: in "a qualifié de
    « corrompue » l'épouse de Pedro Sánchez", "une motion qualifiant de « génocide » le
    traitement des Ouïghours par la Chine", the parser hangs the object on the attribute
    as an apposition. One with no comma before it is the object; after a comma it restates
    the phrase ("à Pékin, la capitale")."""
    found: list[Token] = []
    for phrase in children:
        # The attribute's preposition is the possessive one ("de").
        attribute = phrase.dep_ in OBLIQUES or (phrase.dep_ == "xcomp" and phrase.pos_ == "NOUN")
        if not attribute or not _prepositions(phrase, cues) & cues.possessor_prepositions:
            continue
        for appos in _children(phrase, ("appos",)):
            first = min(t.i for t in appos.subtree)
            if first > 0 and appos.doc[first - 1].text != ",":
                found.append(appos)
    return found


def _nominal_xcomp(children: list[Token]) -> list[Token]:
    """The object the parser read as a predicate: in "a appelé Kaboul à libérer les otages",
    "appelé les insurgés à accepter …", the name before the infinitive is tagged a
    complement (``xcomp``) of the verb, like the infinitive itself. A noun or name with no
    preposition of its own, so tagged before an infinitive complement, is the object."""
    infinitives = [c.i for c in children if c.dep_ == "xcomp" and _infinitive(c)]
    return [
        c
        for c in children
        if c.dep_ == "xcomp"
        and c.pos_ in ("NOUN", "PROPN")
        and infinitives
        and c.i < min(infinitives)
        and not any(g.dep_ == "case" for g in dependents(c))
    ]


def _partitive_object(phrase: Token, cues: Cues) -> bool:
    """An object the parser read as an oblique because of its partitive article: "a livré
    à Kiev des missiles", "a transmis à Washington des éléments" ("des" tagged a case
    marker, or the possessor preposition contracted with an article)."""
    markers = [c for c in dependents(phrase) if c.dep_ == "case"]
    return bool(markers) and all(
        m.pos_ == "DET"
        or (
            cues.preposition(m.text) in cues.possessor_prepositions
            and "Art" in feature(m, "PronType")
        )
        for m in markers
    )


def _targets(
    candidate: Candidate, actors: ActorIndex, cues: Cues, times: frozenset[int] = frozenset()
) -> list[ActorMention]:
    """Whom the trigger's own phrases name: its object, its target phrases, the complements
    its pattern matched. ``times`` are the tokens of time expressions."""
    trigger = candidate.trigger
    preferred = set(cues.target_prepositions)
    if candidate.pattern.target_preposition:
        preferred.add(candidate.pattern.target_preposition)
    found: list[ActorMention] = []
    anchors = [trigger, *candidate.complements]
    anchors += [
        c
        for a in list(anchors)
        for c in dependents(a)
        if c.dep_ in ("xcomp", "acl") and c not in anchors and not _present_participle(c)
    ]
    # "a menacé de suspendre son aide et de revoir ses relations avec le Niger": the
    # second infinitive of the content is part of it.
    anchors += [
        c
        for a in list(anchors)
        if a.dep_ == "xcomp"
        for c in _conjuncts(a)
        if c.pos_ == "VERB" and _infinitive(c) and c not in anchors
    ]
    complements = list(candidate.complements)
    if candidate.pattern.code.startswith(DENIAL):
        anchors = [trigger]
        complements = [c for c in complements if c.head.i == trigger.i and c.dep_ in OBJECTS]
    ditransitive = any(c.dep_ in ("obj", "xcomp", "ccomp") for c in dependents(trigger))
    ditransitive = ditransitive or any(
        _partitive_object(c, cues) for c in _children(trigger, ("obl:arg",))
    )
    addressed = candidate.pattern.code[:2] not in LOCATIVE_ROOTS
    if _subject_relative(trigger) and not _stative(trigger):
        # "l'armée thaïlandaise, qui a déployé des chars près du temple": the noun an active
        # subject relative qualifies is who acts, whatever complement the pattern bound it
        # to ("des soldats qui y sont stationnés" are the patient).
        complements = [c for c in complements if c.i != trigger.head.i]
    for complement in complements:
        if complement.i in actors.by_token:
            # "conduire les discussions entre [le gouvernement éthiopien et les rebelles
            # tigréens]": the actor the pattern names, and the actors coordinated with it.
            named = phrase_actors(complement, actors)
            if _prepositions(complement, cues) & cues.between_prepositions:
                named = _domestic_parties(named)
            found.extend(named)
        elif complement.i in actors.locative and candidate.pattern.destination:
            found.append(actors.locative[complement.i])
        elif candidate.pattern.destination and (place := _placed_by_apposition(complement, actors)):
            found.append(place)
        elif complement.i in actors.groups:
            # "a tiré sur la foule": the group the pattern names is whom it acts on.
            found.append(actors.groups[complement.i])
        else:
            for inner in _children(complement, OBLIQUES):
                if _prepositions(inner, cues) & preferred:
                    found.extend(phrase_actors(inner, actors))
    for anchor in anchors:
        children = list(dependents(anchor))
        if _is_passive(anchor, children):
            objects = [c for c in children if c.dep_ in PASSIVE_SUBJECT]
            auxiliary = any(c.dep_ == "aux:pass" for c in children)
            if not objects and anchor.dep_ == "xcomp" and auxiliary:
                # "Il doit y être reçu par le prince héritier", "devrait être extradé vers
                # …": the patient of a passive under a modal or control verb is that
                # verb's subject.
                objects = _children(anchor.head, SUBJECT + PASSIVE_SUBJECT)
            infinitive = auxiliary and any(
                c.dep_.startswith("aux") and _infinitive(c) for c in children
            )
            if not objects and anchor.dep_ == "advcl" and infinitive:
                # "Des manifestants ont forcé les grilles, avant d'être repoussés par la
                # police": a passive infinitive clause's patient is its main clause's subject.
                objects = _children(anchor.head, SUBJECT + PASSIVE_SUBJECT)
            if not objects and anchor.dep_ == "conj" and auxiliary:
                # "Le pape est arrivé au Liban et a été accueilli par le président": a
                # passive coordinated with no subject of its own has its first conjunct's
                # subject for patient.
                objects = _children(anchor.head, SUBJECT + PASSIVE_SUBJECT)
        else:
            objects = [c for c in children if c.dep_ in OBJECTS]
            if not objects:
                objects = _nominal_xcomp(children)
            if not objects:
                # "a libéré samedi quatre soldates israéliennes": after a time word the
                # parser reads the object as an oblique with no preposition.
                # Not the time word itself, nor what hangs on it ("se sont entretenus
                # mercredi en marge des funérailles du roi").
                objects = [
                    c
                    for c in children
                    if c.dep_ in OBLIQUES
                    and c.i > anchor.i
                    and c.pos_ == "NOUN"
                    and c.i not in times
                    and not any(g.dep_ in ("case", "mark") for g in dependents(c))
                ]
        if anchor.pos_ not in NOUNS:
            # only a verb has an attribute before its object ("a qualifié de « corrompue »
            # l'épouse de …"); a noun's "du président Emmanuel Macron" is its possessor
            objects += _inverted_objects(children, cues)
        # "un diplomate de l'ambassade de Russie qu'elle soupçonne d'avoir financé …", "un
        # journaliste français que la junte accuse d'espionnage": an object relative pronoun
        # stands for the noun its clause qualifies.
        objects = [
            (_relative_antecedent(o, anchor) or o) if o.dep_ in OBJECTS else o for o in objects
        ]
        if not objects and anchor.dep_ == "acl:relcl":
            # The parser may tag that pronoun a marker ("qu'il soupçonne d'espionnage").
            marks = [c for c in children if c.dep_ == "mark" and c.pos_ == "PRON"]
            objects = [a for m in marks if (a := _relative_antecedent(m, anchor)) is not None]
        if _qualifies_patient(anchor, children) and anchor.head not in anchors:
            objects.append(anchor.head)
        elif (antecedent := _comma_relative(anchor, children)) is not None and not any(
            phrase_actors(o, actors) for o in objects
        ):
            objects.append(antecedent)
            ending = actors.by_token.get(antecedent.i)
            if ending is not None and not phrase_actors(antecedent, actors):
                # "la guérilla de l'ELN, qu'il accuse …": the noun before the comma ends
                # an actor named by a longer phrase.
                found.append(ending)
        for obj in objects:
            direct = (
                _antecedent_actors(obj, actors)
                if obj.dep_ == "conj"
                else phrase_actors(obj, actors)
            )
            if all(not m.code for m in direct):
                direct = _named_members(obj, actors) or direct
            if direct:
                found.extend(direct)
                continue
            for inner in dependents(obj):
                if inner.dep_ in OBLIQUES and _prepositions(inner, cues) & (
                    preferred | cues.possessor_prepositions
                ):
                    found.extend(phrase_actors(inner, actors))
            found.extend(_aimed_at(obj, actors, cues, preferred))
        for oblique in [c for c in children if c.dep_ in OBLIQUES]:
            if oblique.dep_ == "obl:agent":
                continue
            prepositions = _prepositions(oblique, cues)
            relative = _relative_antecedent(oblique, anchor)
            if relative is not None and prepositions & (preferred | cues.dative_prepositions):
                # "Xi Jinping, avec qui il a paraphé …": the pronoun's antecedent.
                found.extend(_antecedent_actors(relative, actors))
            elif prepositions & preferred:
                named = phrase_actors(oblique, actors)
                if not named and oblique.i in actors.locative:
                    named = [actors.locative[oblique.i]]
                found.extend(named)
            elif prepositions & cues.dative_prepositions:
                if oblique.i in actors.locative:
                    # "a signé à Alger un accord avec …": a symmetric act's partner comes
                    # with "avec"; a place after "à" is where it was done, and so is a
                    # seat of power ("ont paraphé à la Maison Blanche une déclaration")
                    if ditransitive and addressed and not candidate.pattern.symmetric:
                        found.extend(phrase_actors(oblique, actors) or [actors.locative[oblique.i]])
                elif (
                    candidate.pattern.code[:2] not in GATHERING_ROOTS
                    and not candidate.pattern.symmetric
                    and not _setting_phrase(oblique, actors)
                ):
                    found.extend(phrase_actors(oblique, actors))
            elif oblique.pos_ == "NOUN" and oblique.i not in actors.by_token:
                for inner in _children(oblique, OBLIQUES):
                    if _prepositions(inner, cues) & preferred:
                        found.extend(phrase_actors(inner, actors))
                found.extend(_aimed_at(oblique, actors, cues, preferred, objects=False))
        # "s'est engagée auprès du Vatican à libérer …": the parser reads a target
        # preposition as an adverb and hangs the phrase it introduces on it.
        for adverb in _children(anchor, ("advmod",)):
            if cues.preposition(adverb.text) in preferred:
                for inner in _children(adverb, OBLIQUES):
                    found.extend(phrase_actors(inner, actors))
    if not found and trigger.pos_ == "VERB" and not _children(trigger, OBJECTS):
        # "ont arrêté puis expulsé vers l'Éthiopie deux militants": coordinated verbs with
        # one subject share the object the parser gave the last one. Not a verb after a
        # comma or a speech verb: ", a annoncé l'agence chinoise" is an inverted subject.
        for verb in _conjuncts(trigger):
            shares = (
                verb.pos_ == "VERB"
                and normalise(verb.lemma_) not in cues.speech_verbs
                and not any(c.dep_ == "punct" and c.i < verb.i for c in dependents(verb))
            )
            if shares and not _children(verb, SUBJECT + PASSIVE_SUBJECT):
                for obj in _children(verb, OBJECTS):
                    found.extend(phrase_actors(obj, actors))
    if not found and trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB":
        # "Ousmane Sonko, que la justice venait de condamner": the relative is on the verb
        # the trigger completes.
        governor = trigger.head
        antecedent = _comma_relative(governor, list(dependents(governor)))
        if antecedent is not None:
            found.extend(_antecedent_actors(antecedent, actors))
    if not found and trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB":
        found.extend(_governor_targets(trigger, preferred, actors, cues))
    if trigger.pos_ in ("NOUN", "PROPN") and not found:
        following = _following_phrase(trigger, preferred, cues)
        if following is not None:
            found.extend(phrase_actors(following, actors))
    if not found:
        things = [*complements, *(c for a in anchors for c in _children(a, OBJECTS + OBLIQUES))]
        found.extend(m for thing in things for m in _bound_party(thing, actors, cues))
    unique: list[ActorMention] = []
    for mention in found:
        if mention not in unique:
            unique.append(mention)
    return unique


def _setting_phrase(oblique: Token, actors: ActorIndex) -> bool:
    """Whether an "à" phrase is a circumstance of the act, not its addressee: a modifier
    whose head names no one itself and whose actors are a party of an act it names ("à
    l'occasion d'une visite à Minsk de l'émissaire américain", "à l'issue d'une rencontre
    entre …"), two phrases down; "à la frontière du Guyana" names its country directly."""
    if oblique.dep_ != "obl:mod" or oblique.pos_ != "NOUN":
        return False
    if oblique.i in actors.by_token or oblique.i in actors.groups:
        return False
    if any(_adjective(c) and c.i in actors.qualifiers for c in dependents(oblique)):
        return False
    named = [t for t in oblique.subtree if t.i in actors.by_token and t.i != oblique.i]
    return bool(named) and all(_depth_below(t, oblique) >= SETTING_DEPTH for t in named)


def _depth_below(token: Token, ancestor: Token) -> int:
    """How many dependency steps ``token`` lies below ``ancestor``."""
    depth = 0
    while token.i != ancestor.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _named_members(group: Token, actors: ActorIndex) -> list[ActorMention]:
    """The actors a verbless relative on a group names as its members: "52 prisonniers,
    dont des ressortissants lituaniens et polonais", "des militants, dont la Suédoise Greta
    Thunberg". They are whom an act on the group reaches, where the group itself names no
    country; a relative with a verb ("dont les familles ont …") says something else."""
    found: list[ActorMention] = []
    for clause in _children(group, ("acl:relcl",)):
        listed = clause.pos_ in NOUNS and any(
            c.dep_ == "nmod" and "Rel" in feature(c, "PronType") for c in dependents(clause)
        )
        if listed:
            found += [m for m in phrase_actors(clause, actors) if m.code and m not in found]
    return found


def _mention_head(mention: ActorMention, doc: Doc) -> Token:
    tokens = doc[mention.token_start : mention.token_end]
    return next(
        (t for t in tokens if not mention.token_start <= t.head.i < mention.token_end),
        tokens[-1],
    )


def _setting(trigger: Token, actors: ActorIndex) -> ActorMention | None:
    """Where the trigger's own clause says it happens: a place or a nationality adjective in
    one of its obliques ("à Axoum", "dans des localités israéliennes"). The oblique's own
    adjective first: "des localités israéliennes proches de Gaza" are in Israel."""
    for oblique in _children(trigger, OBLIQUES):
        if oblique.dep_ == "obl:agent":
            continue
        for child in dependents(oblique):
            if child.dep_ == "amod" and child.i in actors.qualifiers:
                return actors.qualifiers[child.i]
        for token in _phrase_tokens(oblique):
            if token.i in actors.places:
                return actors.places[token.i]
    return None


def _visited(
    trigger: Token, own: set[str | None], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """The country a visit noun sends its visitor to ("lors de la première visite de M. Modi
    en Chine", "sa visite à Pékin"): a foreign place its own phrases introduce, other than
    its visitor ("de"), an agent or a topic, or that the parser hung on its visitor ("la
    visite du président kényan en Éthiopie"). It is the host, before the subject of the
    clause the visit is a circumstance of, who may be the visitor's partner there."""
    others = cues.possessor_prepositions | cues.agent_prepositions | cues.topic_prepositions
    phrases = _children(trigger, OBLIQUES)
    phrases += [
        inner
        for visitor in phrases
        if _prepositions(visitor, cues) & cues.possessor_prepositions
        for inner in _children(visitor, OBLIQUES)
    ]
    for oblique in phrases:
        prepositions = _prepositions(oblique, cues)
        if not prepositions or prepositions & others:
            continue
        for token in sorted(_phrase_tokens(oblique), key=lambda t: t.i):
            place = actors.places.get(token.i)
            if place is not None and place.country and place.country not in own:
                return [place]
    return []


def _placed_by_apposition(name: Token, actors: ActorIndex) -> ActorMention | None:
    """The place an apposition puts an unknown place name in: "s'est rendu samedi à Taybeh,
    seul village entièrement chrétien de Cisjordanie" is a visit to the West Bank."""
    for apposition in _children(name, ("appos",)):
        for token in sorted(apposition.subtree, key=lambda t: t.i):
            place = actors.places.get(token.i)
            if place is not None and place.country:
                return place
    return None


def _struck_place(trigger: Token, actors: ActorIndex) -> ActorMention | None:
    """A place named in what force strikes or seizes: "a pris le contrôle de la ville
    d'Avdiïvka", "une gare de Kramatorsk a été frappée" (the object, or the patient of a
    passive)."""
    patients = _children(trigger, PASSIVE_SUBJECT if _is_passive(trigger) else OBJECTS)
    for patient in patients:
        for token in sorted(_phrase_tokens(patient), key=lambda t: t.i):
            if token.i in actors.places:
                return actors.places[token.i]
    return None


def _reacting_to(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Whom a criticism in a relative clause on its author answers when it names nobody:
    the subject of the sentence's main clause, whose act it is about ("Niamey a pris le
    contrôle de la mine, filiale du groupe Orano, qui dénonce une « nationalisation »").
    Not the source's own country or party."""
    if trigger.dep_ != "acl:relcl":
        return []
    main = sentence_of(trigger).root
    if main.i == trigger.i or main.pos_ != "VERB":
        return []
    own = {s.country or s.code for s in sources}
    return [m for m in _subject_actors(main, actors) if (m.country or m.code) not in own]


def _host_seat(trigger: Token, actors: ActorIndex) -> list[ActorMention]:
    """The host of an agentless passive of hosting: a seat of power named in the verb's
    obliques ("a été reçu jeudi à l'Élysée", "accueilli à la Maison Blanche"), a building
    standing for its government. A capital is where the guest went, not who received him."""
    for oblique in _children(trigger, OBLIQUES):
        mention = actors.by_token.get(oblique.i)
        if oblique.dep_ == "obl:agent" or mention is None:
            continue
        if mention.metonymy and mention.kind != "country" and mention.code:
            return [mention]
    return []


def _opposed_parties(trigger: Token, actors: ActorIndex) -> list[ActorMention]:
    """The sides of a fight noun that is the subject of a clause whose object lists them:
    "Des affrontements ont opposé les soldats arméniens et azerbaïdjanais", "des combats
    ont mis aux prises l'armée et les rebelles", or opposes them to its "à" phrase ("des
    heurts ont opposé la police aux manifestants"). Two sides of different countries or parties
    at least, each acting on the other as the parties of "entre X et Y" do."""
    verb = trigger.head
    if trigger.dep_ not in SUBJECT or verb.i == trigger.i or verb.pos_ != "VERB":
        return []
    sides = [m for o in _children(verb, OBJECTS) for m in phrase_actors(o, actors)]
    if sides and verb.lemma_ == "opposer":
        # "Des combats ont opposé l'armée aux rebelles": the "à" phrase is the other side.
        # The parser may hang the "à" phrase on the object ("les forces de sécurité aux
        # combattants kurdes").
        phrases = _children(verb, ("obl:arg", "obl"))
        phrases += [n for o in _children(verb, OBJECTS) for n in _children(o, ("nmod",))]
        sides += [
            m
            for o in phrases
            if any(c.dep_ == "case" and c.lemma_ == "à" for c in o.children)
            for m in phrase_actors(o, actors)
            if m not in sides
        ]
    # "… les soldats arméniens et azerbaïdjanais": the parser hangs the second adjective on
    # the verb.
    sides += [
        actors.by_token[c.i]
        for c in _children(verb, ("conj",))
        if c.pos_ in ("ADJ", "NOUN", "PROPN") and c.i in actors.by_token and sides
    ]
    sides = _domestic_parties([m for m in sides if m.kind != PLACE])
    return sides if len({m.code for m in sides}) > 1 else []


def _home_ground(trigger: Token, source: ActorMention, actors: ActorIndex) -> list[ActorMention]:
    """Where an insurgent group fights when no place named is resolved: its own country.
    "Les rebelles du M23 se sont emparés de la cité minière de Rubaya", "Les paramilitaires
    ont pilonné des quartiers de Kadougli": a rebel group is bound to one country
    (docs/annotation.md), and a town or site it takes or strikes that no gazetteer knows is
    in it. Only when the act names what it struck (an object or a complement) and no actor
    there; not the bare noun of a light verb ("sans livrer bataille")."""
    agent = source.agent or ""
    # a paramilitary force with a name of its own ("les FSR": SDNMILRSF) is such a group,
    # when the sentence places nothing in another country
    named_force = agent.startswith(ARMED_FORCES) and len(agent) > len(ARMY)
    if not (agent.startswith(REBELS) or named_force) or not source.country:
        return []
    sentence = sentence_of(trigger)
    named = [
        m
        for i in range(sentence.start, sentence.end)
        if (m := actors.by_token.get(i) or actors.places.get(i) or actors.qualifiers.get(i))
    ]
    if named_force and any(m.country and m.country != source.country for m in named):
        return []
    struck = [
        c
        for c in _children(trigger, (*OBJECTS, "obl:arg"))
        if (c.pos_ == "PROPN" or _children(c, ("det", "nummod")))
        and c.i not in actors.by_token
        and c.i not in actors.unresolved
    ]
    if not struck or any(phrase_actors(c, actors) for c in struck):
        return []
    return [replace(source, code=source.country, agent=None, kind=PLACE, role=None)]


def _threatened_place(
    candidate: Candidate, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> ActorMention | None:
    """Where a threat of force would strike: the first place of another country than the
    source's named in what is threatened ("a menacé de lancer une opération dans le nord de
    la Syrie", "a refusé d'exclure le recours à la force pour reprendre le contrôle du
    Groenland"). Only in the threat's content (its object, infinitive or clause), never in
    its circumstances ("…, selon des diplomates à Paris")."""
    own = {s.country for s in sources if s.country}
    trigger = candidate.trigger
    contents = [*candidate.complements, *_children(trigger, OBJECTS + ("xcomp", "ccomp"))]
    # "… ne resterait pas impuni, sans nommer Israël": a privative clause names whom the
    # threat leaves out.
    left_out = {
        t.i
        for c in contents
        for clause in c.subtree
        if any(
            m.dep_ == "mark" and normalise(m.text) in cues.privative_marks
            for m in dependents(clause)
        )
        for t in clause.subtree
    }
    # "a averti que toute attaque recevrait une riposte et que New Delhi ne céderait à aucun
    # chantage du Pakistan": a second content clause with a subject of its own is a second
    # statement, not where the threatened force would strike.
    left_out |= {
        t.i
        for c in contents
        for clause in c.subtree
        if clause.dep_ == "conj"
        and clause.head.i != clause.i
        and clause.head in c.subtree
        and _children(clause, SUBJECT + PASSIVE_SUBJECT)
        and any(m.dep_ == "mark" for m in dependents(clause))
        for t in clause.subtree
    }
    tokens = sorted({t.i for c in contents for t in c.subtree} - left_out)
    for i in tokens:
        # "… le contrôle du Groenland": a country the actor stage read as one.
        named = actors.by_token.get(i)
        for place in (actors.places.get(i), named if named and named.kind in STATES else None):
            if place is not None and place.country and place.country not in own:
                return place
    return None


def _content_of(noun: Token, actors: ActorIndex, cues: Cues) -> Token | None:
    """The onset noun an event noun is the content of: in "a annoncé l'ouverture d'une
    enquête", "a ordonné le lancement d'une offensive" the event noun hangs by "de" on a
    noun that opens or holds an act (``roles.yaml#onset-noun``), itself the object or subject
    of a verb: the verb's subject does the act. Only when the onset noun names no actor."""
    head = noun.head
    if noun.dep_ not in OBLIQUES or head.i == noun.i or head.pos_ != "NOUN":
        return None
    if normalise(head.lemma_) not in cues.onset_nouns:
        return None
    if not _prepositions(noun, cues) & cues.possessor_prepositions:
        return None
    if head.dep_ not in NOUN_TO_VERB or _names_actor(head, actors):
        return None
    return head


def _clause_subject(noun: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """The subject of the clause a noun is a circumstance of ("lors de la visite …",
    "grâce à une médiation …"): the first verb above it."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return _subject_of(verb, actors, cues)[0] if verb.i != noun.i else []


def _mediated_parties(
    trigger: Token, sentence: Span, own: set[str | None], actors: ActorIndex
) -> list[ActorMention]:
    """The parties a mediation noun helped when the tree gives its clause no subject ("X et
    Y ont signé une déclaration mettant fin à … , sous l'égide du président turc", "X et Y
    se sont entendus …, grâce à la médiation de la Malaisie" with X parsed as a dependent):
    the actors named before it in its sentence, of other countries than the mediator's, one
    per actor (a country and its government are one), when there are two sides or more."""
    parties: list[ActorMention] = []
    keys: set[str] = set()
    for mention in actors.in_sentence(sentence):
        if mention.token_end > trigger.i or mention.country in own or not mention.code:
            continue
        key = mention.code.removesuffix(GOVERNMENT)
        if key not in keys:
            keys.add(key)
            parties.append(mention)
    return parties if len(parties) > 1 else []


def _circumstance(noun: Token, cues: Cues) -> bool:
    """Whether a noun is a circumstance of its clause ("lors de la rencontre", "pendant un
    appel"), not its subject or object ("a annulé la rencontre") nor its purpose ("se
    retrouvent pour un sommet", which the verb already codes)."""
    return (
        noun.dep_ in CIRCUMSTANCE
        and noun.head.pos_ in ("VERB", "AUX", "ADV")
        and not _prepositions(noun, cues) & cues.purpose_marks
    )


def _armed(mention: ActorMention) -> bool:
    """An armed force or group, whatever group code follows its role ("REBSHB")."""
    return (mention.agent or "")[:3] in ARMED_ROLES


def _circumstance_head(noun: Token, cues: Cues) -> Token | None:
    """The phrase that makes a noun a circumstance of its clause: the noun itself ("après
    des affrontements avec …") or the noun it completes ("à l'issue de combats avec …", "au
    terme d'affrontements avec …")."""
    node = noun
    for _ in range(CIRCUMSTANCE_REACH):
        if _circumstance(node, cues):
            return node
        if node.dep_ != "nmod" or node.head.pos_ not in NOUNS:
            return None
        node = node.head
    return node if _circumstance(node, cues) else None


def _clause_partners(
    noun: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """The other party of a meeting a possessive names ("a promis au président sri-lankais
    un soutien, lors de leur rencontre"): a foreign actor among the clause verb's objects."""
    if not any("Yes" in feature(d, "Poss") for d in _children(noun, ("det",))):
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own = {s.country for s in sources}
    inside = {t.i for t in noun.subtree}
    return [
        m
        for c in _children(verb, (*OBJECTS, "obl:arg"))
        if c.i not in inside
        for m in phrase_actors(c, actors)
        if m.country not in own
    ]


def _previous_party(
    sentence: Span, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Whom a sentence opening on a pronoun for its source goes on acting on: the one foreign
    party of the sentence before ("Le chancelier a écarté l'envoi de missiles à l'Ukraine.
    Il a en revanche promis des obus."). Several foreign countries there are no answer."""
    if sentence.start == 0 or not sources:
        return []
    if not all(s.kind == "pronoun" and s.token_start == sentence.start for s in sources):
        return []
    previous = sentence_of(sentence.doc[sentence.start - 1])
    own = {s.country for s in sources}
    foreign = [m for m in actors.in_sentence(previous) if m.country and m.country not in own]
    if len({m.country for m in foreign}) != 1:
        return []
    return foreign[:1]


def _answered(
    sentence: Span, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whom a reply answers: in the sentence before, the subject of the clause whose object
    (or target-preposition phrase) is of the source's country ("Les dirigeants de l'Otan ont
    qualifié la Chine de « facilitateur décisif » … Pékin a aussitôt dénoncé des
    « provocations »"). One foreign country only; none is no answer."""
    if sentence.start == 0 or not sources:
        return []
    own = {s.country for s in sources if s.country}
    if not own:
        return []
    doc = sentence.doc
    previous = sentence_of(doc[sentence.start - 1])
    found: list[ActorMention] = []
    for mention in actors.in_sentence(previous):
        if mention.country not in own or not _acted_on(mention, doc, cues):
            continue
        verb = _mention_head(mention, doc).head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        for subject in _children(verb, SUBJECT):
            found += [
                m
                for m in phrase_actors(subject, actors)
                if m.kind != PLACE and m.country and m.country not in own and m not in found
            ]
    return found if len({m.country for m in found}) == 1 else []


def _previous_claimant(
    sentence: Span, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """Whose claim a denial answers when the sentence before is that claim: the subject of
    its main verb of saying ("Bakou affirme avoir mené une « opération de vengeance ».
    Erevan a démenti avoir ouvert le feu le premier"; "Les rebelles ont affirmé s'être
    emparés de la ville. L'armée a démenti"). Not the source itself."""
    if sentence.start == 0 or not sources:
        return []
    previous = sentence_of(sentence.doc[sentence.start - 1])
    claim = previous.root
    if normalise(claim.lemma_) not in cues.speech_verbs:
        return []
    selves = {s.code for s in sources}
    return [
        m
        for subject in _children(claim, SUBJECT)
        for m in phrase_actors(subject, actors)
        if m.code and m.code not in selves and m.kind != PLACE
    ]


def _reported_subject(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex
) -> list[ActorMention]:
    """Whom a disapproval set after what it reports is aimed at ("Des garde-côtes chinois ont
    fait usage de canons à eau contre un navire philippin, a dénoncé Manille"): the foreign
    subject of the clause before, which the inverted verb (its subject after it) reports."""
    head = trigger.head
    if head.i == trigger.i or head.i > trigger.i or head.pos_ != "VERB":
        return []
    if not any(s.i > trigger.i for s in _children(trigger, SUBJECT)):
        return []
    own = {s.country for s in sources if s.country}
    return [
        m
        for s in _children(head, SUBJECT)
        for m in phrase_actors(s, actors)
        if m.kind != PLACE and m.country and m.country not in own
    ]


def _withdrawn_from(
    trigger: Token, sources: list[ActorMention], actors: ActorIndex, cues: Cues
) -> list[ActorMention]:
    """The country a force withdraws from ("Les forces arméniennes se sont retirées du
    district de Kelbadjar", "a achevé son retrait de la rive droite du Dniepr"): the first
    foreign place in the trigger's obliques, whose country the withdrawal yields ground to."""
    own = {s.country for s in sources if s.country}
    phrases = _children(trigger, OBLIQUES)
    clause = trigger.head
    circumstance = trigger.pos_ in NOUNS and _circumstance(trigger, cues)
    if circumstance:
        # "ont été exhumés dans la forêt d'Izioum après le retrait des forces russes": a
        # withdrawal noun in a circumstance yields the place its clause happens in.
        phrases += [c for c in _children(clause, OBLIQUES) if c.i != trigger.i]
    for phrase in phrases:
        for token in sorted(_phrase_tokens(phrase), key=lambda t: t.i):
            place = actors.places.get(token.i)
            if place is not None and place.country and place.country not in own:
                return [place]
    for phrase in phrases:
        # "du district de Kelbadjar, restitué à l'Azerbaïdjan": whom a participle on the
        # place hands it back to.
        for clause in dependents(phrase):
            if clause.dep_ != "acl" or clause.pos_ != "VERB":
                continue
            for oblique in _children(clause, OBLIQUES):
                if oblique.dep_ == "obl:agent":
                    continue
                named = [m for m in phrase_actors(oblique, actors) if m.country not in own]
                if named:
                    return named[:1]
    if circumstance:
        # "Les forces russes ont pris la ville après le retrait des troupes ukrainiennes":
        # else to the foreign subject of that clause.
        subjects, _ = _subject_of(clause, actors, cues)
        return [s for s in subjects if s.country and s.country not in own][:1]
    return []


def _struck_by_noun(trigger: Token, actors: ActorIndex, cues: Cues) -> list[ActorMention]:
    """Whom the act a force noun names struck, read off the verb the noun goes with: "une
    frappe de drone américaine a tué le chef d'Al-Qaïda" (the noun is the subject: the
    verb's object), "a été tué dans une frappe américaine" (an oblique of an agentless
    passive: its patient), "la frappe israélienne qui a tué sept employés" (a relative).

    Only when that verb gets no source of its own, so the act is not coded twice: in "des
    frappes israéliennes ont visé …" the subject names Israel and the verb carries the act.
    """
    verb = trigger.head
    circumstance = trigger.dep_ in ("obl", "obl:mod")
    if verb.pos_ == "ADV" and verb.head.pos_ == "VERB":
        # "a été tué lors d'une embuscade": the parser hangs the noun on the adverb.
        verb, circumstance = verb.head, True
    if trigger.dep_ in SUBJECT and verb.pos_ == "VERB" and not _is_passive(verb):
        patients = [] if phrase_actors(trigger, actors) else _children(verb, OBJECTS)
    elif circumstance and verb.pos_ == "VERB" and _is_passive(verb):
        agents = [
            c for c in _children(verb, OBLIQUES) if _prepositions(c, cues) & cues.agent_prepositions
        ]
        patients = [] if agents else _children(verb, PASSIVE_SUBJECT)
    else:
        patients = [
            o
            # The parser may hang the relative on the noun's adjective ("la frappe
            # israélienne qui a tué …"), whose relative pronoun then names nobody.
            for word in [trigger, *_children(trigger, ("amod",))]
            if not phrase_actors(word, actors)
            for clause in dependents(word)
            if clause.dep_ == "acl:relcl"
            and not _is_passive(clause)
            and any(
                s.dep_ in SUBJECT and "Rel" in feature(s, "PronType") for s in dependents(clause)
            )
            for o in _children(clause, OBJECTS)
        ]
    return [m for p in patients for m in phrase_actors(p, actors)]


def resolve_group(
    mention: ActorMention,
    trigger: Token,
    sentence: Span,
    actors: ActorIndex,
    opposed: Sequence[ActorMention] = (),
) -> ActorMention | None:
    """A collective noun with no country takes the country of where the event happens:
    "des civils à Boutcha" are Ukrainian. The place is in the group's phrase, else in the
    trigger's clause, else the nearest the sentence puts the event in; with none, the group
    stays unknown (the source's own army or police is its instrument, not its target).

    ``opposed``: the event's targets. Civil society acting on one state (the opposition,
    protesters, unions accusing or defying a government) is of that state when neither
    the group's phrase nor its clause says where: "Robert Fico, que l'opposition accuse
    d'aligner Bratislava sur Moscou" is the Slovak opposition, not of a place named in
    what it says."""
    if mention.code:
        return mention
    head = _mention_head(mention, sentence.doc)
    affiliated = _affiliation(head, actors)
    if affiliated is not None:
        return affiliated
    inside = [actors.places[t.i] for t in _phrase_tokens(head) if t.i in actors.places]
    place = inside[0] if inside else _setting(trigger, actors)
    governor = head
    while governor.pos_ != "VERB" and governor.head.i != governor.i:
        governor = governor.head
    if place is None and governor.i != trigger.i:
        # "ont tué et enlevé des civils dans des localités israéliennes": the group is an
        # argument of the coordinated verb, whose clause says where it was.
        place = _setting(governor, actors)
    states = {t.country for t in opposed if t.agent in STATE_ROLES and t.country}
    if place is None and mention.agent in PRIVATE_ROLES and len(states) == 1:
        country = states.pop()
        return replace(mention, code=country + (mention.agent or ""), country=country)
    if place is None:
        settings = [p for p in actors.settings if sentence.start <= p.token_start < sentence.end]
        if settings:
            place = min(settings, key=lambda p: abs(p.token_start - head.i))
    if place is None:
        place = _headline_topic(sentence, actors)
    if place is None or not place.country:
        return None
    country = place.country
    return replace(mention, code=country + (mention.agent or ""), country=country)


def _opposition_of(group: ActorMention, sources: list[ActorMention]) -> ActorMention | None:
    """ "l'opposition" with no country named, acted on by one government, is that
    government's own ("Le gouvernement vénézuélien a suspendu le dialogue engagé à Mexico
    avec l'opposition"): an opposition is one only to its own state, wherever the act is."""
    source = sources[0] if len(sources) == 1 else None
    if group.code or group.agent != OPPOSITION or source is None or not source.country:
        return None
    if source.agent != GOVERNMENT:
        return None
    return replace(group, code=source.country + OPPOSITION, country=source.country)


def _compatriots(
    group: ActorMention, sources: list[ActorMention], root: str
) -> ActorMention | None:
    """A group no place located takes its authority's country when the event is one a state
    does to its own people (``DOMESTIC_ROOTS``, ``AUTHORITY_ROOTS``)."""
    source = sources[0] if len(sources) == 1 else None
    if group.code or source is None or not source.country:
        return None
    country = source.country
    if group.agent in STATE_ROLES and source.agent in PRIVATE_ROLES:
        # Civil society acts on its own state: "les syndicats britanniques … contre la
        # politique du gouvernement".
        return replace(group, code=country + (group.agent or ""), country=country)
    if group.agent not in PRIVATE_ROLES:
        return None
    authority = source.agent in AUTHORITY_ROLES or (source.agent is None and root == "17")
    armed = source.agent in ARMED_ROLES and root in ASSAULT_ROOTS
    if root not in DOMESTIC_ROOTS and not (root in AUTHORITY_ROOTS and authority) and not armed:
        return None
    return replace(group, code=source.country + (group.agent or ""), country=source.country)


def _result_victims(trigger: Token, actors: ActorIndex) -> list[ActorMention]:
    """The people an act of violence killed or wounded, named by a present participle of
    result after it ("a bombardé un village, tuant une centaine de civils", "ont ouvert le
    feu sur le cortège, blessant des dizaines de manifestants"): with no target of its own,
    they are whom it struck. Only private people with no country yet (``resolve_group`` or
    ``_compatriots`` gives them one): "…, provoquant la colère de Pékin" names no victim."""
    clauses = _children(trigger, ("advcl", "conj"))
    # "a bombardé un rassemblement dans la région de Sagaing, tuant plus de 160 personnes":
    # the parser hangs the participle after the comma on the noun before it.
    doc = trigger.doc
    for phrase in _children(trigger, OBJECTS + OBLIQUES):
        if phrase.dep_ == "obl:agent":
            continue
        for token in _phrase_tokens(phrase):
            clauses += [
                c for c in _children(token, ("acl",)) if c.i > 0 and doc[c.i - 1].text == ","
            ]
    found: list[ActorMention] = []
    for clause in clauses:
        if not _present_participle(clause):
            continue
        for obj in _children(clause, OBJECTS):
            mention = phrase_actor(obj, actors)
            if mention is not None and mention.agent in PRIVATE_ROLES and not mention.code:
                found.append(mention)
    return found


def _assailant(
    group: ActorMention, targets: list[ActorMention], doc: Doc, actors: ActorIndex
) -> list[ActorMention]:
    """A nameless agent of a passive no place located ("blessé par des hommes armés") takes the
    country of the one state whose people it struck: an attack on a country's leader or
    citizens with no foreign hand named is that country's affair. When its phrase names a
    country, that one: "un commando composé de mercenaires colombiens" is Colombian."""
    countries = {t.country for t in targets if t.country}
    if group.code or not group.agent or len(countries) != 1:
        return []
    named = actors.by_token.keys() | actors.qualifiers.keys()
    inside = [t.i for t in _mention_head(group, doc).subtree if t.i in named]
    if inside:
        mention = actors.by_token.get(inside[0]) or actors.qualifiers[inside[0]]
        if not mention.country:
            return []
        return [replace(group, code=mention.country + group.agent, country=mention.country)]
    country = countries.pop()
    return [replace(group, code=country + group.agent, country=country)]


def _distinct(
    mentions: list[ActorMention], by_country: bool = False, parties: frozenset[int] = frozenset()
) -> list[ActorMention]:
    """One mention per code: "son homologue russe Sergueï Lavrov" is one target, not two.

    ``by_country``: one per country, the first named ("un influenceur algérien expulsé
    vers Alger" is one target, the influencer, not also Algeria); but the ``parties`` (ids)
    of "entre X et Y" stay one per code ("entre le gouvernement éthiopien et les rebelles
    tigréens" are two sides of one country).
    """
    seen: set[str | None] = set()
    kept = []
    for mention in mentions:
        by_code = not by_country or id(mention) in parties
        key = mention.code if by_code else (mention.country or mention.code)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def _coordinated(mentions: list[ActorMention], doc: Doc) -> list[int]:
    """Positions of the coded mentions coordinated with another of another code ("a invité
    le gouvernement éthiopien et les rebelles tigréens à des pourparlers"): each is a party
    of its own, two sides of one country."""
    coded = [(k, m) for k, m in enumerate(mentions) if m.code]
    found: set[int] = set()
    for k, mention in coded:
        head = _mention_head(mention, doc)
        if head.dep_ != "conj":
            continue
        for j, other in coded:
            if other.code != mention.code and other.token_start <= head.head.i < other.token_end:
                found |= {k, j}
    return sorted(found)


def venue_owners(
    sentence: Span, actors: ActorIndex, cues: Cues, gathering: Callable[[Token], bool]
) -> frozenset[int]:
    """First tokens of the organisations a sentence names as the owners of a gathering ("en
    marge du sommet des Brics", "lors de la visite du Premier ministre au sommet du G7",
    "une réunion de l'OCS"): where the act happens, never a party to it. ``gathering`` says
    whether a noun names a gathering."""
    doc = sentence.doc
    owners: set[int] = set()
    for mention in actors.in_sentence(sentence):
        if mention.country != ORGANISATION:
            continue
        head = _mention_head(mention, doc)
        owned = head.head
        if head.dep_ != "nmod" or owned.i == head.i or owned.pos_ != "NOUN":
            continue
        # the preposition may be a word of the mention itself ("des Brics")
        case = {cues.preposition(c.text) for c in dependents(head) if c.dep_ == "case"}
        case |= {
            cues.preposition(t.text) for t in doc[mention.token_start : head.i] if t.pos_ == "ADP"
        }
        if case & cues.possessor_prepositions and gathering(owned):
            owners.add(mention.token_start)
    return frozenset(owners)


def _not_venues(
    mentions: list[ActorMention], venues: frozenset[int], trigger: Token
) -> list[ActorMention]:
    """The mentions but the owners of a gathering, unless the trigger is that gathering."""
    if not venues:
        return mentions
    doc = trigger.doc
    return [
        m
        for m in mentions
        if m.token_start not in venues or _mention_head(m, doc).head.i == trigger.i
    ]


def find_arguments(
    candidate: Candidate,
    sentence: Span,
    actors: ActorIndex,
    cues: Cues,
    venues: frozenset[int] = frozenset(),
    times: frozenset[int] = frozenset(),
) -> Arguments:
    """Source and target actors of one matched trigger, and which rule found the source.
    ``venues`` are the first tokens of the organisations whose gathering is where the act
    happens (``venue_owners``): never a target. ``times`` are the tokens of the sentence's
    time expressions."""
    trigger = candidate.trigger
    root = candidate.pattern.code[:2]
    how = SUBJECT_RULE
    targets = _not_venues(_targets(candidate, actors, cues, times), venues, trigger)
    named_parties: list[ActorMention] = []
    if candidate.pattern.kind == "noun":
        between = _between(trigger, actors, cues)
        adjectives, possessors, agents = _noun_dependents(trigger, actors, cues)
        armed = bool(possessors) and all(p.agent in ARMED_ROLES for p in possessors)
        withdrawal = candidate.pattern.code.startswith(WITHDRAWAL) and not agents + adjectives
        # "après le retrait des troupes ukrainiennes": forces are who withdraw, whatever else
        # the noun's "de" names ("le retrait d'un projet de loi"), when it is known to whom
        # they yield ground.
        yielded = _withdrawn_from(trigger, possessors, actors, cues) if withdrawal and armed else []
        if yielded:
            sources, targets = possessors, yielded
        elif candidate.pattern.of_is_target:
            sources, targets = agents + adjectives, possessors + targets
        else:
            sources = possessors + adjectives + agents
        if between and not sources:
            sources, targets, how = between[:1], between[1:] + targets, BETWEEN
        elif between:
            targets = between + targets
        named_parties = between
        if sources and not targets:
            targets = _hung_on_author(candidate, sources, actors, cues)
            targets = _not_venues(targets, venues, trigger)
        if not sources:
            sources, _ = _subject_of(trigger, actors, cues)
            how = GOVERNING_SUBJECT
        content_of = _content_of(trigger, actors, cues)
        if not sources and content_of is not None:
            # "L'armée a annoncé l'ouverture d'une enquête": the noun the act is the content
            # of is what the clause's subject does.
            sources, _ = _subject_of(content_of, actors, cues)
            how = GOVERNING_SUBJECT
        if candidate.pattern.code.startswith(MEDIATION):
            # "sous l'égide du président turc Recep Tayyip Erdogan": the phrase naming the
            # mediator (twice) is not also a side it helped.
            targets = [t for t in targets if t.code not in {s.code for s in sources}]
        if candidate.pattern.code.startswith(MEDIATION) and sources and not targets:
            # "ont échangé des prisonniers grâce à une médiation du Qatar": the parties are
            # the subject of the clause the mediation helped.
            own = {s.country for s in sources}
            targets = [p for p in _clause_subject(trigger, actors, cues) if p.country not in own]
            # A side the tree lost (no subject, or a list split by the parser): the actors
            # named before the noun, when they include the sides the tree gave.
            named = _mediated_parties(trigger, sentence, own, actors)
            if len(targets) < 2 and len(named) > len(targets) and all(t in named for t in targets):
                targets = named
            # The sides a mediation helped are parties, each kept even when of one country
            # ("Kinshasa et le M23").
            named_parties = list(targets)
        if candidate.pattern.code.startswith(MEETING_CODES) and _circumstance(trigger, cues):
            # "a promis au président sri-lankais un soutien, lors de leur rencontre à New
            # Delhi", "a annoncé le prince héritier lors d'un appel avec Donald Trump": the
            # clause's subject holds the meeting, with whom "avec" or the possessive names.
            if not sources:
                sources = _clause_subject(trigger, actors, cues)
                how = "subject of the clause the meeting is a circumstance of"
            if sources and not targets:
                targets = _clause_partners(trigger, sources, actors)
        if candidate.pattern.code.startswith(VISIT):
            # A visit noun in a circumstance of a clause ("En visite à Dar es Salaam, le
            # président allemand a demandé …"; "… lors de la visite du chef de la diplomatie
            # russe" in a sentence about Brazil): the clause's subject is the visitor, or
            # the host when the noun names its visitor.
            host = _clause_subject(trigger, actors, cues)
            if not sources:
                sources = host
            elif not targets:
                own = {s.country for s in sources}
                targets = _visited(trigger, own, actors, cues) or [
                    h for h in host if h.country not in own
                ]
        struck = _struck_by_noun(trigger, actors, cues) if root in FORCE_ROOTS else []
        if struck and not [t for t in targets if t not in sources]:
            targets = struck
    else:
        sources, had_subject = _subject_of(trigger, actors, cues)
        if sources and _is_passive(trigger):
            # "a été arrêté à l'aéroport de Manille par la police": the agent the parser hung
            # on a noun of the clause is read there as a target too; it is the source.
            targets = [t for t in targets if t not in sources] or targets
        absolute = _absolute_subject(trigger, actors)
        if absolute and trigger.head.i != trigger.i:
            # ", Varsovie et Bruxelles l'accusant d'orchestrer …": the actors just before a
            # present participle are its subject; its clitic object is the main clause's.
            accused = [*targets, *sources]
            if any(c.dep_ in OBJECTS and c.pos_ == "PRON" for c in dependents(trigger)):
                accused = _subject_of(trigger.head, actors, cues)[0]
            sources, how = absolute, "subject of an absolute participle"
            targets = [t for t in accused if t not in absolute]
        pair = [] if sources else _pair_named_before_subject(trigger, sentence, actors)
        if pair:
            # Both act on each other, as the parties of "entre X et Y" do.
            sources, targets, how = pair[:1], pair[1:] + targets, BETWEEN
        elif not had_subject:
            sources = _leftward_group(trigger, sentence, actors, cues)
            how = "word order"
        else:
            subject = _children(trigger, SUBJECT)
            if not subject and not _is_passive(trigger):
                # "L'Espagne, l'Irlande | et la Norvège ont reconnu …": the parser split the
                # list and tagged the last conjunct a passive subject of an active verb.
                subject = _children(trigger, PASSIVE_SUBJECT)
            if subject and _starts_sentence(subject[0], sentence):
                split = [m for m in _fragment_actors(sentence, actors) if m not in sources]
                if split:
                    sources, how = split + sources, "subject, with the part the parser split off"
            parties = _between(subject[0], actors, cues) if subject and not targets else []
            if len(parties) > 1:
                # "Les négociations entre l'Éthiopie et l'Égypte n'ont débouché sur aucun
                # accord": the parties act on each other.
                sources, targets, how = parties[:1], parties[1:], BETWEEN
    # (An agentless passive has its patient there: "Le Premier ministre hongrois, qui menace
    # …, a été reçu jeudi à l'Élysée".)
    fronting = candidate.pattern.kind != "noun" and not _is_passive(trigger)
    if not sources and fronting and not _children(trigger, SUBJECT):
        # "Helsinki, qui a fermé tous ses postes frontaliers, accuse Moscou …": the parser
        # lost the subject across the relative clause set off between commas.
        fronted = _subject_before_incise(trigger, sentence, actors, cues)
        if fronted:
            sources, how = fronted, "subject before a relative incise"
            targets = [t for t in targets if t not in fronted]
    if not sources and _deployed(candidate.pattern.code) and _is_passive(trigger):
        # "Des casques bleus ont été déployés autour de Goma", "L'armée arménienne a été
        # placée en état d'alerte": the force moved is the actor of a force posture.
        patients = [
            m for p in _children(trigger, PASSIVE_SUBJECT) for m in phrase_actors(p, actors)
        ]
        if patients:
            sources, how = patients, "patient of a force posture"
            targets = [t for t in targets if t not in patients]
    if not sources and candidate.pattern.code.startswith(HOSTING) and _is_passive(trigger):
        seats = _host_seat(trigger, actors)
        if seats:
            sources, how = seats, "seat of power where an agentless passive receives"
            targets = [t for t in targets if t not in seats]
    if not sources and candidate.pattern.kind == "noun" and root == FIGHT_ROOT:
        opposed = _opposed_parties(trigger, actors)
        if opposed:
            sources, targets, how = opposed[:1], opposed[1:], BETWEEN
            named_parties = opposed
    armed = bool(targets) and all(_armed(t) for t in targets)
    if not sources and armed and candidate.pattern.kind == "noun" and root == FIGHT_ROOT:
        # "Les shebab ont repris la ville à l'issue de violents combats avec l'armée": the
        # armed subject of the clause a fight with an armed party is a circumstance of is
        # the other side (not a state reacting "au lendemain de l'attaque contre …").
        setting = _circumstance_head(trigger, cues)
        if setting is not None:
            sides = [s for s in _clause_subject(setting, actors, cues) if s not in targets]
            if sides and all(_armed(s) for s in sides):
                sources, how = sides, "subject of the clause the fight is a circumstance of"
    if not sources:
        for phrase in [trigger, *_children(trigger, OBJECTS + PASSIVE_SUBJECT)]:
            between = _between(phrase, actors, cues)
            if between:
                sources, targets, how = between[:1], between[1:] + targets, BETWEEN
                named_parties = between
                break
    source_codes = {s.code for s in sources}
    if sources and all(t.code in source_codes for t in targets):
        # "s'est proposé comme médiateur entre Kiev et Moscou", "joue les médiateurs entre
        # le gouvernement et les rebelles": the parties are whom the act concerns. Also when
        # the only actor read is the source's own party ("a écarté toute rencontre entre
        # Vladimir Poutine et Volodymyr Zelensky"): the other party is.
        for phrase in [trigger, *_children(trigger, OBJECTS + ("xcomp",))]:
            between = _between(phrase, actors, cues)
            others = [p for p in between if p.code not in source_codes]
            if between and (not targets or others):
                targets = named_parties = others if targets else between
                break
    own_countries = {s.country for s in sources if s.country}
    placed_by = {id(q) for q in actors.qualifiers.values()}
    if targets and all(id(t) in placed_by and t.country in own_countries for t in targets):
        # "Moscou a saisi les filiales russes de Danone et de Carlsberg": an adjective of the
        # source's own country says where the thing acted on is; its owners after "de" are
        # whom the act is aimed at (not "l'invasion russe de l'Ukraine", a foreign agent).
        owners = [m for o in _children(trigger, OBJECTS) for m in _owners(o, actors, cues)]
        targets = owners or targets
    # "Le président kényan et le président tanzanien doivent s'entretenir mercredi à
    # l'occasion de l'anniversaire des Brics": parties of a mutual act act on each other, so
    # the parser lost no object of theirs.
    together = candidate.pattern.symmetric or candidate.pattern.reciprocal
    together = together and len({s.country or s.code for s in sources}) > 1
    rightward = bool(sources) and not targets and not together
    if rightward and trigger.pos_ == "VERB" and not _is_passive(trigger):
        targets = _not_venues(_rightward_object(trigger, sources, actors), venues, trigger)
    if sources and not targets:
        targets = _object_pronoun(trigger, sources, actors, cues)
    if sources and not targets and root == DISAPPROVAL_ROOT:
        targets = _reacting_to(trigger, sources, actors)

    pattern = candidate.pattern
    mutual = pattern.symmetric or pattern.reciprocal
    if mutual and len({s.code for s in sources}) > 1:
        # "X et Y ont tenu leur première rencontre depuis le début de la guerre en
        # Ukraine": parties meeting act on each other, not on a country named as a place;
        # so do two parties of one country ("la junte et les rebelles sont convenus à
        # Kunming d'un cessez-le-feu": the city is where, not with whom).
        targets = [t for t in targets if t.kind != PLACE]
    # Only one party acting on nobody yet: a plural subject of a symmetric act acts on
    # itself ("ont échangé des renseignements"), and a fallback never creates an event a
    # target is required for.
    one_party = len({s.country or s.code for s in sources}) == 1
    # Two parties of one country doing a mutual act ("la junte et les rebelles sont convenus
    # d'une trêve") are two parties: no fallback looks for someone else they act on.
    one_party = one_party and not (mutual and len({s.code for s in sources}) > 1)
    directed = not (pattern.symmetric or pattern.reciprocal or pattern.needs_target)
    named = [t for t in targets if t.code]
    # Several parties giving aid together give it as one would ("La Jordanie et les Émirats
    # ont largué des vivres sur la bande de Gaza").
    if sources and not mutual and not named and root in BENEFIT_ROOTS:
        # Aid needs a recipient, so its patterns require a target; the beneficiary of
        # "pour …" is one ("a débloqué des fonds pour les sinistrés du Malawi").
        targets = _beneficiary(trigger, sources, actors, cues) or targets
        named = [t for t in targets if t.code]
    if sources and not mutual and not named and root == AID_ROOT:
        targets = _destination(trigger, sources, actors) or targets
        named = [t for t in targets if t.code]
    if one_party and not mutual and not named and root == RELATIONS_ROOT:
        # "a rappelé pour consultations sa représentante en Israël": the foreign country
        # where the source's envoy or mission is posted is whom ties are cut with.
        targets = _destination(trigger, sources, actors) or targets
        named = [t for t in targets if t.code]
    if one_party and directed and not named and root in CONDITIONED_ROOTS:
        # A group with no country yet ("ses troupes") is what is offered, not to whom.
        targets = _condition_subject(trigger, sources, actors, cues) or targets
    if one_party and directed and not named and root in CONTENT_ROOTS:
        targets = _content_subject(trigger, sources, actors) or targets
    # Several parties doing a directed act together ("La Russie et la Chine ont opposé leur
    # veto à un projet de résolution américain") aim it as one party would.
    # "a levé l'essentiel des sanctions américaines visant la Syrie": the source's own
    # nationality adjective on what it acts on names its means, not whom it aims at.
    own_countries = {s.country for s in sources if s.country}
    selves = {(s.code or "").removesuffix(GOVERNMENT) for s in sources}
    own_adjective = bool(targets) and all(
        (t.kind == QUALIFIER and t.country in own_countries)
        or (t.code or "").removesuffix(GOVERNMENT) in selves
        for t in targets
    )
    if (directed or root == THREAT_ROOT) and (not targets or own_adjective):
        # A denial is not aimed at whom the denied act aimed at ("dément toute implication
        # dans la saisie d'un pétrolier battant pavillon britannique").
        aims = not candidate.pattern.code.startswith(DENIAL)
        comment = root == COMMENT_ROOT
        # "ont manifesté devant le Parlement": a body with no country heading a gathering's
        # phrase is where people gather, not whom they address ("contre la réforme du
        # gouvernement" deeper still is; so is a foreign actor).
        groups = root not in GATHERING_ROOTS
        nested = _nested_target(
            trigger,
            sources,
            actors,
            cues,
            comment=comment,
            aims=aims,
            groups=groups,
            threat=root == THREAT_ROOT,
        )
        nested = _not_venues(nested, venues, trigger)
        # A group with no country yet there ("dont les habitants ont fui vers …") may be
        # the adjective's own people: only a foreign actor replaces the adjective.
        foreign = [t for t in nested if t.code and t.country not in own_countries]
        if not own_adjective or foreign:
            targets = nested
    elif one_party and directed and root != COMMENT_ROOT and all(not t.code for t in targets):
        # "a lancé de vastes manœuvres militaires autour de Taïwan": a group with no country
        # the pattern matched is the source's means when its phrase names a foreign actor
        # (not in a comment: "les informations de presse sur …" is what is commented).
        aimed = _nested_target(trigger, sources, actors, cues, aims=True)
        targets = [t for t in aimed if t.code] or targets
    evaluation = candidate.pattern.code.startswith(EVALUATION_CODES)
    if one_party and not mutual and not named and evaluation:
        targets = _maker(trigger, sources, actors, cues) or targets
    claimant = False
    if one_party and not mutual and not targets and candidate.pattern.code.startswith(DENIAL):
        targets = _denied_claimant(trigger, sources, actors, cues)
        claimant = bool(targets)
    if one_party and not mutual and not targets and root in REACTION_ROOTS:
        targets = _reported_subject(trigger, sources, actors)
    if one_party and not targets and candidate.pattern.code.startswith(WITHDRAWAL):
        targets = _withdrawn_from(trigger, sources, actors, cues)
    own_ties = (
        one_party
        and not mutual
        and not targets
        and candidate.pattern.code.startswith(PRAISE)
        and _own_pair(trigger, sentence, sources, actors, cues)
    )
    if one_party and not mutual and not targets and not own_ties:
        targets = _pair_in_object(trigger, sentence, sources, actors)
    if one_party and not targets and _present_participle(trigger):
        targets = _main_clause_addressee(trigger, sources, actors, cues)
    if sources and not mutual and not targets:
        # Several parties reacting together aim as one would ("une mesure que Londres et
        # Washington ont aussitôt condamnée").
        targets = _summed_up_author(trigger, sources, actors, cues)
    if one_party and not mutual and not targets:
        targets = _demonstrative_antecedent(trigger, sources, actors, cues)
    if one_party and directed and not targets:
        topic = _headline_topic(sentence, actors)
        if topic is not None and topic.country not in {s.country for s in sources}:
            targets = [topic]
    praise = candidate.pattern.code.startswith(PRAISE)
    concern = candidate.pattern.code.startswith(CONCERN)
    if one_party and not mutual and not targets and (root in REACTION_ROOTS or praise or concern):
        # Praise of a thing naming no actor is aimed at whoever did it, as a condemnation is.
        targets = _demonstrative_antecedent(
            trigger, sources, actors, cues, reaction=True, concern=concern
        )
    answer = root in ANSWER_ROOTS or candidate.pattern.code.startswith(DENIAL) or concern
    if one_party and not mutual and not targets and answer:
        targets = _answered(sentence, sources, actors, cues)
    if one_party and not mutual and not targets and candidate.pattern.code.startswith(DENIAL):
        targets = _previous_claimant(sentence, sources, actors, cues)
    if one_party and directed and not targets and root != COMMENT_ROOT:
        # A comment is often addressed to no one ("Il s'est dit « préoccupé »").
        targets = _previous_party(sentence, sources, actors)
    if one_party and not targets and root in ASSAULT_ROOTS:
        targets = _result_victims(trigger, actors)
    targets = [t for t in targets if not _informant(t, trigger.doc, cues)]
    # Coordinated parties the actor stage named (not groups placed later by the event).
    coordinated = {targets[i].token_start for i in _coordinated(targets, trigger.doc)}
    verb_subject = how == "subject" and candidate.pattern.kind != "noun"
    if sources and verb_subject and all(s in targets for s in sources):
        # "…, a menacé Kim Yo-jong, sœur du dirigeant nord-coréen": the parser gave the
        # subject's name to the object too; a subject is read first as the subject.
        targets = [t for t in targets if t not in sources]
    sources = [s for s in sources if s not in targets]
    nameless = sources
    sources = [
        g for s in sources if (g := resolve_group(s, trigger, sentence, actors, opposed=targets))
    ]
    targets = [
        g
        for t in targets
        if (
            g := _opposition_of(t, sources)
            or resolve_group(t, trigger, sentence, actors)
            or _compatriots(t, sources, root)
        )
    ]
    # A nameless court, police or junta as a passive agent ("condamné par un tribunal")
    # acts in its own country, as an assailant does.
    nameless_agent = len(nameless) == 1 and (
        root in ASSAULT_ROOTS or nameless[0].agent in AUTHORITY_ROLES
    )
    if not sources and nameless_agent and _is_passive(trigger):
        sources = _assailant(nameless[0], targets, trigger.doc, actors)
    if root in MEANS_ROOTS and sources:
        # "a déployé 45 000 policiers et gendarmes dans tout le pays": the source's own
        # forces moved or put on alert are its means, not whom the posture is aimed at.
        own = {s.country for s in sources if s.country}
        means = [t for t in targets if t.country in own and t.agent in FORCE_AGENTS]
        targets = [t for t in targets if all(t is not m for m in means)]
        if means and not targets:
            # "Donald Trump lui a proposé une aide militaire": the clitic is the addressee.
            targets = _object_pronoun(trigger, sources, actors, cues)
        if means and not targets and root == OFFER_ROOT:
            # "s'est dit prêt à déployer des soldats britanniques en Ukraine": the forces
            # are offered to the foreign place the content sends them to.
            for content in _children(trigger, ("xcomp",)):
                targets = _destination(content, sources, actors)
                if targets:
                    break
    phrases = [trigger, *candidate.complements, *_children(trigger, OBJECTS + ("xcomp",))]
    named_parties += [p for phrase in phrases for p in _between(phrase, actors, cues)]
    party_keys = {_party_key(p) for p in named_parties}
    kept = frozenset(id(t) for t in targets if _party_key(t) in party_keys)
    kept |= {id(t) for t in targets if t.token_start in coordinated}
    sources, targets = _distinct(sources), _distinct(targets, by_country=True, parties=kept)
    # Two parties of a mutual act of force ("des gardes-frontières tadjiks et kirghiz ont
    # échangé des tirs dans la vallée de la Ferghana") strike each other, not where they are.
    mutual_parties = mutual and len({s.country or s.code for s in sources}) > 1
    if not targets and sources and not mutual_parties and candidate.pattern.code[:2] in FORCE_ROOTS:
        place = _struck_place(trigger, actors) or _setting(trigger, actors)
        if place is None and trigger.pos_ == "NOUN":
            # "l'attentat qui a fait une trentaine de morts dans un marché de Kaboul": the
            # relative clause says where the act struck.
            for clause in _children(trigger, ("acl:relcl",)):
                place = _struck_place(clause, actors) or _setting(clause, actors)
                if place is not None:
                    break
        if place is None:
            # "a démoli une école financée par l'UE dans le sud de la Cisjordanie": the
            # parser hung the place on a participle of the object; what the act struck
            # stands where the clause puts its object.
            for patient in _children(trigger, OBJECTS):
                for participle in _children(patient, ("acl",)):
                    under = {t.i for t in participle.subtree}
                    place = _setting(participle, actors) or next(
                        (p for p in actors.settings if p.token_start in under), None
                    )
                    if place is not None:
                        break
                if place is not None:
                    break
        if place is not None:
            targets = [place]
    if not targets and len(sources) == 1 and root == FIGHT_ROOT:
        targets = _home_ground(trigger, sources[0], actors)
    if not targets and sources and candidate.pattern.code.startswith(FORCE_THREAT_CODES):
        place = _threatened_place(candidate, sources, actors, cues)
        if place is not None:
            targets = [place]
    if candidate.pattern.code == RALLYING_CODE:
        targets = _opposed(candidate, targets, sources, actors)
    # The parties of "entre X et Y" are all whom the act concerns, not only the first.
    between_only = bool(kept) and all(id(t) in kept for t in targets)
    if len(targets) > 1 and not _is_passive(trigger) and not between_only:
        # "ont appelé le gouvernement de Boris Johnson à renoncer à son projet d'expulsion
        # vers le Rwanda": the direct object is whom the act is addressed to; actors named
        # deeper in its complement are what it is about.
        # The source's own body is its instrument ("l'ONU a déployé des casques bleus au
        # Liban"), not its addressee.
        addressees = _addressed(trigger, actors, cues)
        addressed = {id(m) for m in addressees}
        # A capital addressed stands for its country, whichever mention of it was kept.
        addressed |= {
            id(t)
            for t in targets
            for m in addressees
            if m.kind == PLACE and m.country and t.country == m.country
        }
        # The source itself named in the object ("suspendant la coopération de l'Iran avec
        # l'AIEA", said of Iran's president) is no addressee: the other party is.
        own = {s.code for s in sources}
        own |= {
            s.code[: -len(GOVERNMENT)] for s in sources if s.code and s.code.endswith(GOVERNMENT)
        }
        direct = [t for t in targets if id(t) in addressed and t.code not in own]
        if candidate.pattern.code.startswith(HANDOVER_CODES):
            # "a extradé vers les États-Unis l'ancien chef du renseignement vénézuélien":
            # the person handed over is the object; the state receiving him is the partner.
            direct = [t for t in targets if id(t) not in addressed and t.code not in own]
        targets = direct or targets
    if len(targets) > 1 and sources:
        # "a appelé Téhéran à libérer les ressortissants français": of several targets, one
        # of the source's own country is whom the act is for, not whom it is addressed to.
        foreign = [t for t in targets if t.country not in {s.country for s in sources}]
        targets = foreign or targets
    # "exige la libération du journaliste américain, arrêté en Russie": a demand for one's
    # own nationals is addressed to whoever holds them.
    own_only = bool(targets) and all(t.country in {s.country for s in sources} for t in targets)
    if own_only and len(sources) == 1 and root in HOLDER_ROOTS:
        targets = _holder(trigger, sources, actors, cues) or targets
    if candidate.pattern.code.startswith(UNADDRESSED_CODES):
        targets = []
    # "L'Arabie saoudite, les Émirats, Bahreïn et l'Égypte ont rompu …": every member of a
    # list of actors plays the part of the member the parse reached. Only a subject is
    # widened to its list: a source found further off (a relative's antecedent, a noun's
    # governing verb) is already a guess, and a list would multiply it.
    lists = actor_lists(sentence, list({id(m): m for m in actors.by_token.values()}.values()), cues)
    if lists:
        if how == SUBJECT_RULE:
            sources = with_listed(sources, lists, trigger, targets)
        targets = with_listed(targets, lists, trigger, sources)
    # The author of the claim denied may be of the source's own country ("Le parti de
    # l'opposition affirme …, ce que le gouvernement dément").
    if candidate.pattern.code.startswith(DENIAL) and not claimant:
        # "Asmara a démenti la présence de soldats érythréens au Tigré": the source's own
        # people in what it denies are the denied act's agents, not whom it answers.
        own_countries = {s.country for s in sources if s.country}
        targets = [t for t in targets if t.country not in own_countries]
    if targets and how != "subject of an absolute participle":
        # The subject of an absolute participle ("…, Varsovie et Bruxelles l'accusant …")
        # acts in its own clause; the parser's hanging it on a noun before does not make
        # it whom the main clause's act aims at.
        openers = [
            m
            for t in sentence
            if t.i != trigger.i and _present_participle(t)
            for m in _absolute_subject(t, actors)
        ]
        targets = [t for t in targets if all(t is not m for m in openers)]
    complaint = candidate.pattern.code.startswith(COMPLAINT_CODES)
    if complaint and sources and targets and all(_venue(t) for t in targets):
        targets = _accused(trigger, sentence, sources, actors) or targets
    if not sources and not targets:
        return Arguments([], [], "no actor")
    if own_ties:
        return Arguments(sources, [], OWN_TIES)
    # the object is the addressee when an infinitive says what it is asked to do
    asked = bool(_children(trigger, ("xcomp",)))
    if (
        root in UNCODED_ADDRESSEE_ROOTS
        and asked
        and any(
            _uncoded_addressee(o, actors) for o in _children(trigger, ("obj",)) if o.i not in times
        )
    ):
        return Arguments(sources, [], UNCODED_ADDRESSEE)
    return Arguments(sources, targets, how)
