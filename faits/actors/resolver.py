"""Find actor mentions in a parsed article and code them with CAMEO actor codes.

One pass over the article's words finds every lexicon phrase (countries, capitals, seats of
power, organisations, media, armed groups, demonyms, roles, office holders' names) by a
first-word index; spaCy's PER/ORG entities are units too, so names the parser mangles
("Choe Son-hui") stay whole. Then, in text order:

1. roles are composed with the country or organisation in their phrase ("le ministère russe
   des Affaires étrangères" -> RUSGOV, "le correspondant de RIA Novosti" -> RUSMED);
   countries and capitals under a locative preposition are places and give no mention;
2. people take the code of their title or apposition ("Oleg Burmistrov, ambassadeur
   extraordinaire de Russie"), else of the dated office-holder lexicon, else of an earlier
   mention of the same name in the article ("M. Pompeo", "Pompeo");
3. role phrases that name one person get that person's name ("le dirigeant suprême de la
   RPDC" -> Kim Jong Un); bare definite roles ("le ministère") take the code of the last
   mention of the same role; subject pronouns take the code of their antecedent.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from faits.actors import lexicon
from faits.actors.cameo_dictionaries import read_dictionary
from faits.actors.context import (
    ACTOR,
    AUTHORITY,
    AUTHORITY_AGENTS,
    CONTEXT_AGENTS,
    OTHER,
    PLACE,
    Context,
    Evidence,
)
from faits.actors.lexicon import Entry, PhraseIndex
from faits.actors.offices import OfficeHolders
from faits.actors.text import fold, fold_phrase, is_capitalised, split_words
from faits.nlp.document import ParsedArticle
from faits.records import ActorRef, Mention
from faits.tokens import dependents, feature, sentence_of

if TYPE_CHECKING:
    # faits.places reads actor analyses: imported where used, not at load
    from faits.places.gazetteer import Gazetteer, Place

# "Il doit y rencontrer …": the parser tags a personal "il" before a modal as expletive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
# Who acts: the subject of an active verb, the agent of a passive one.
ACTING_DEPS = frozenset({"nsubj", "expl:subj", "obl:agent"})
# Dependencies that open a clause of their own (``_Resolver.clause_of``): coordination,
# infinitive complements and participles modifying a noun ("des ressortissants condamnés par
# la justice") share their governor's.
CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "acl:relcl", "csubj", "parataxis", "appos"})
# Roles a possessive places in its possessor's state (``possessed_roles``): its office holders,
# bodies and opposition. Not the troops ("a retiré ses troupes") nor the people ("a
# déconseillé à ses ressortissants"), whom the event lexicon reads with their destination.
POSSESSED_AGENTS = frozenset({"GOV", "LEG", "JUD", "COP", "SPY", "OPP"})
ENTITY_UNITS = frozenset({"PER", "ORG"})
PLACE_KINDS = frozenset({"country", "capital"})
ORGANISATION_KINDS = frozenset({"organisation", "media", "group", "seat"})
# How far back (in sentences) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 2
# How far back a definite noun that resumes a body ("l'organisation") looks: the noun says
# what it resumes, so it reaches further than a pronoun.
ANAPHOR_WINDOW = 3
# The adjective that makes a role the European Union's ("le Parquet européen").
EUROPEAN = frozenset({"europeen", "europeenne", "europeens", "europeennes"})
EUROPEAN_UNION = "IGOEEU"
SENTENCE_FINAL = frozenset({".", "!", "?", "…"})
# What follows the city of a dateline: "TUNIS, 18 avril (AFP) -", "ACCRA - …".
DATELINE_MARKS = frozenset({",", "-", "–", "—"})
# What follows a dateline's date: the agency in brackets or the dash before the story.
DATELINE_CLOSERS = frozenset({"(", "-", "–", "—"})
# Roles of unnamed attackers, whom the group that claims them or they claim names.
ATTACKER_AGENTS = frozenset({"UAF", "REB", "CRM"})
# How many words before a group's name an allegiance word ("se réclamant du JNIM",
# "revendiquée par la branche afghane de l'État islamique") may stand.
ALLEGIANCE_REACH = 6
# How many tokens into the article a headline run into its dateline may end.
HEADLINE_REACH = 60
# Gazetteer kinds of populated places.
CITY_PLACE_KINDS = frozenset({"city", "capital"})
# The fewest people of a city a role's complement names ("un tribunal de Batoumi"): a
# capitalised word is a small town's name somewhere ("les gouvernements de l'Union", "les
# habitants de Solhan" are no town of New Jersey or Turkey).
ROLE_PLACE_SIZE = 100_000
# CAMEO's prefix of non-governmental organisations, and the role of a national one.
NGO_PREFIX = "NGO"
# Country fields of parties that are no state: "les deux pays", "les deux dirigeants" never
# count an international organisation, an NGO or a company among them.
NON_STATES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC"})


@dataclass(frozen=True)
class ActorMention:
    """One actor expression: character offsets into the article, doc token range, its coding.

    ``kind`` is one of ``country``, ``organisation``, ``person``, ``role``, ``pronoun``,
    ``group`` (or ``qualifier`` in ``ActorAnalysis.qualifiers``). ``metonymy`` marks a place or building standing for a government
    ("Moscou", "le Kremlin"); ``role`` is the role entry id of role phrases; ``antecedent``
    is the index (in ``ActorAnalysis.mentions``) of the mention a pronoun or a repeated
    name refers back to; ``person`` says the mention names one person, not a body or a
    group (an unresolved "des civils" is a group whose country the event may give).
    ``members`` are the indices of every actor a plural pronoun stands for when it stands
    for several ("Le Vietnam et l'Inde ont tenu … Ils ont signé …": both countries); the
    antecedent is one of them, so a reader of one actor still gets one, and is listed first
    (the others follow in text order), so a reader that renumbers the antecedent can
    renumber the members alike.
    """

    start: int
    end: int
    text: str
    sentence_index: int
    token_start: int
    token_end: int
    code: str | None
    country: str | None
    agent: str | None
    name: str | None
    rule: str | None
    kind: str = "actor"
    metonymy: bool = False
    role: str | None = None
    antecedent: int | None = None
    person: bool = False
    members: tuple[int, ...] = ()

    def to_ref(self) -> ActorRef:
        return ActorRef(
            code=self.code or "",
            country=self.country,
            agent=self.agent,
            name=self.name,
            text=self.text,
            start=self.start,
            end=self.end,
        )

    def to_mention(self, article_id: str) -> Mention:
        resolved = {"code": self.code, "name": self.name} if self.code else None
        return Mention(
            article_id=article_id,
            kind="actor",
            text=self.text,
            start=self.start,
            end=self.end,
            resolved=resolved,
            sentence_index=self.sentence_index,
            rule=self.rule,
        )


@dataclass
class ActorAnalysis:
    """All actor mentions of an article, in text order, with lookup by token.

    ``qualifiers`` are nationality adjectives on nouns that are not actors ("deux pétroliers
    grecs", "la proposition russe"): not mentions of an actor, but they say whose the thing
    is, which is how an event's target or a noun trigger's source is often expressed.
    """

    mentions: list[ActorMention] = field(default_factory=list)
    _by_token: dict[int, int] = field(default_factory=dict, repr=False)
    qualifiers: list[ActorMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        for index, mention in enumerate(self.mentions):
            for i in range(mention.token_start, mention.token_end):
                self._by_token.setdefault(i, index)

    def at_token(self, i: int) -> ActorMention | None:
        index = self._by_token.get(i)
        return None if index is None else self.mentions[index]

    def for_span(self, token_start: int, token_end: int) -> list[ActorMention]:
        """Mentions overlapping the token range, in text order."""
        seen = sorted(
            {self._by_token[i] for i in range(token_start, token_end) if i in self._by_token}
        )
        return [self.mentions[i] for i in seen]

    def chain(self, mention: ActorMention) -> list[ActorMention]:
        """The mention and the ones it refers back to, nearest first."""
        chain = [mention]
        while chain[-1].antecedent is not None and len(chain) <= len(self.mentions):
            chain.append(self.mentions[chain[-1].antecedent])
        return chain


@dataclass(frozen=True)
class ActorModel:
    """A language's actor lexicons, compiled once: a phrase index and word classes."""

    language: str
    index: PhraseIndex
    offices: OfficeHolders
    country_names: dict[str, str]
    determiners: frozenset[str]
    definites: frozenset[str]
    contracted: frozenset[str]
    complements: frozenset[str]
    coordinators: frozenset[str]
    honorifics: frozenset[str]
    name_heads: frozenset[str]
    allegiance: frozenset[str]
    extensions: frozenset[str]
    locatives: frozenset[str]
    meeting_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, str]]
    combining: dict[str, Entry] = field(default_factory=dict)
    organisation_anaphors: frozenset[str] = frozenset()
    counted_states: frozenset[str] = frozenset()
    counted_leaders: frozenset[str] = frozenset()
    counted_sides: frozenset[str] = frozenset()
    counters: frozenset[str] = frozenset()
    counters_three: frozenset[str] = frozenset()
    between_words: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    plural_possessives: frozenset[str] = frozenset()
    # The places model's gazetteer (``LanguageModels`` shares its instance): the country of
    # a city or region the actor lexicons do not hold.
    gazetteer: Gazetteer | None = field(default=None, compare=False, repr=False)
    # Token texts cut into folded words so far (``_Words``), emptied when large.
    cuts: dict[str, tuple[list[str], list[str], str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def load(
        cls,
        language: str,
        dictionaries: tuple[Path, ...] = (),
        gazetteer: Gazetteer | None = None,
    ) -> ActorModel:
        """Compile ``lexicons/<language>/actors/`` plus any CAMEO-format ``dictionaries``;
        ``gazetteer`` is the places model's (loaded here when not given)."""
        offices = OfficeHolders.load(language)
        items: list[tuple[str, Entry, bool]] = []
        items += lexicon.read_countries(language)
        items += lexicon.read_demonyms(language)
        items += lexicon.read_capitals(language)
        items += lexicon.read_organisations(language)
        items += lexicon.read_roles(language)
        items += [(surface, entry, True) for surface, entry in offices.surfaces]
        for path in dictionaries:
            items += [(surface, entry, False) for surface, entry in read_dictionary(Path(path))]
        words = lexicon.word_set(language, "function_words.yaml")
        places = lexicon.word_set(language, "locatives.yaml")
        return cls(
            language=language,
            index=PhraseIndex.build(items),
            offices=offices,
            country_names=lexicon.country_names(language),
            determiners=words["determiners"],
            definites=words["definite-determiners"],
            contracted=words["contracted-definites"],
            complements=words["complement-prepositions"],
            coordinators=words["coordinators"],
            honorifics=words["honorifics"],
            name_heads=words["name-heads"],
            allegiance=words["allegiance-words"],
            extensions=words["name-extensions"],
            locatives=places["locative-prepositions"],
            meeting_nouns=places["meeting-nouns"],
            pronouns=lexicon.pronoun_numbers(language),
            combining=lexicon.read_combining_forms(language),
            organisation_anaphors=words["organisation-anaphors"],
            counted_states=words["counted-states"],
            counted_leaders=words["counted-leaders"],
            counted_sides=words["counted-sides"],
            counters=words["counters"],
            counters_three=words["counters-three"],
            between_words=words["between-prepositions"],
            possessives=words["possessives"],
            plural_possessives=words["plural-possessives"],
            gazetteer=gazetteer or _load_gazetteer(language),
        )


@dataclass
class Unit:
    """A stretch of tokens that is one candidate: a lexicon phrase or a named entity."""

    start: int
    end: int
    entries: tuple[Entry, ...] = ()
    label: str | None = None

    @property
    def entry(self) -> Entry | None:
        return self.entries[0] if self.entries else None

    @property
    def lexical(self) -> Entry:
        """The entry of a unit known to come from the lexicon (not a bare entity)."""
        if not self.entries:
            raise ValueError(f"unit {self.start}:{self.end} has no lexicon entry")
        return self.entries[0]

    @property
    def kind(self) -> str:
        return self.entries[0].kind if self.entries else "entity"


@dataclass
class Draft:
    """A mention being built; frozen into an ``ActorMention`` at the end."""

    start: int
    end: int
    kind: str
    code: str | None = None
    country: str | None = None
    agent: str | None = None
    name: str | None = None
    rule: str | None = None
    metonymy: bool = False
    role: Entry | None = None
    office: str | None = None
    antecedent: Draft | None = None
    subject: bool = False
    person: bool = False
    sentence: int = -1
    title: Draft | None = None
    members: list[Draft] = field(default_factory=list)


@dataclass
class Composite:
    """A role phrase with what its words add up to."""

    start: int
    end: int
    country: str | None = None
    code: str | None = None
    office: str | None = None
    rules: list[str] = field(default_factory=list)
    coordinated: list[Unit] = field(default_factory=list)


CUTS_KEPT = 100_000


class _Words:
    """The doc cut into folded words, with the token each word belongs to.

    The one pass over the doc also keeps each token's text in a plain list: the later passes
    read it by index instead of building spaCy tokens.
    """

    def __init__(self, doc: Doc, cuts: dict[str, tuple[list[str], list[str], str]]) -> None:
        strings = doc.vocab.strings
        self.text: list[str] = [strings[orth] for orth in doc.to_array([ORTH]).tolist()]
        self.folded: list[str] = []
        self.original: list[str] = []
        self.token: list[int] = []
        self.first: dict[int, int] = {}
        self.by_token: list[str] = []
        self.sentence_starts = {s.start for s in doc.sents}
        folded_words, original, owner, first = self.folded, self.original, self.token, self.first
        by_token = self.by_token
        # Articles repeat their words: each distinct token text is cut and folded once (per
        # model, which keeps them).
        cut = cuts
        if len(cut) > CUTS_KEPT:
            cut.clear()
        for i, text in enumerate(self.text):
            if text.isspace():
                by_token.append("")
                continue
            first[i] = len(folded_words)
            known = cut.get(text)
            if known is None:
                words = split_words(text) if not text.isalpha() else [text]
                folded = [fold(word) for word in words]
                known = cut[text] = (words, folded, " ".join(folded))
            words, folded, joined = known
            original += words
            folded_words += folded
            owner += [i] * len(words)
            by_token.append(joined)

    def starts(self, index: PhraseIndex) -> set[int]:
        """Tokens where ``match`` can find something: their first word (or the word after
        an elided article inside them) begins a lexicon phrase."""
        folded, token, total = self.folded, self.token, len(self.folded)
        found = set()
        for i, w in self.first.items():
            if folded[w] in index.by_first or (
                w + 2 < total
                and token[w + 2] == i
                and folded[w + 1] == "'"
                and folded[w + 2] in index.by_first
            ):
                found.add(i)
        return found

    def match(self, index: PhraseIndex, i: int) -> tuple[int, tuple[Entry, ...]] | None:
        """Longest phrase starting at token ``i`` (or just after an elided article inside it,
        as in "L'ONU") and ending on a token boundary."""
        w = self.first.get(i)
        if w is None:
            return None
        found = self._match_at(index, w)
        elided = w + 2 < len(self.folded) and self.token[w + 2] == i
        if found is None and elided and self.folded[w + 1] == "'":
            found = self._match_at(index, w + 2)
        return found

    def _match_at(self, index: PhraseIndex, w: int) -> tuple[int, tuple[Entry, ...]] | None:
        total = len(self.folded)
        first = self.folded[w]
        if first not in index.by_first:
            return None
        second = self.folded[w + 1] if w + 1 < total else None
        for phrase in index.lookup(first, second):
            n = len(phrase.words)
            end = w + n
            if end > total or tuple(self.folded[w:end]) != phrase.words:
                continue
            if end < total and self.token[end] == self.token[end - 1]:
                continue
            initial = self.token[w] in self.sentence_starts and (
                w == 0 or self.token[w - 1] != self.token[w]
            )
            if not phrase.case_matches(self.original[w:end], initial):
                continue
            return self.token[end - 1] + 1, phrase.entries
        return None


def _units(doc: Doc, model: ActorModel, words: _Words) -> list[Unit]:
    """Lexicon phrases and PER/ORG entities, left to right, never overlapping."""
    ents = doc.ents
    entity_at = {ent.start: ent for ent in ents if ent.label_ in ENTITY_UNITS}
    in_person = {i: ent for ent in ents if ent.label_ == "PER" for i in range(ent.start, ent.end)}
    units: list[Unit] = []
    texts = words.text
    starts = words.starts(model.index)
    i, size = 0, len(texts)
    while i < size:
        hit = words.match(model.index, i) if i in starts else None
        if hit is not None:
            units.append(Unit(i, hit[0], hit[1]))
            i = hit[0]
            continue
        ent = entity_at.get(i)
        if ent is not None and doc[i].pos_ == "DET" and i + 1 < ent.end:
            # "L'ONU" as one entity: the lexicon decides what follows the article.
            entity_at.setdefault(i + 1, ent)
            i += 1
            continue
        if ent is None and i in in_person and units and units[-1].end == i:
            ent = in_person[i]
        if ent is not None and is_capitalised(texts[i]):
            end = i
            while end < ent.end and not texts[end].isspace() and "\n" not in texts[end]:
                end += 1
            units.append(Unit(i, end, label=ent.label_))
            i = end
            continue
        if is_capitalised(texts[i]) and texts[i].isalpha() and doc[i].pos_ == "PROPN":
            units.append(Unit(i, i + 1, label="PROPN"))
        i += 1
    return units


def _load_gazetteer(language: str) -> Gazetteer:
    from faits.places.gazetteer import Gazetteer

    return Gazetteer.load(language)


class _Resolver:
    """The state of resolving one article: its units and the drafts made so far."""

    def __init__(self, parsed: ParsedArticle, model: ActorModel) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.model = model
        self.day: date | None = parsed.published
        self.words = _Words(self.doc, model.cuts)
        self.units = _units(self.doc, model, self.words)
        self.unit_at = {u.start: u for u in self.units}
        self.used: set[int] = set()
        self.drafts: list[Draft] = []
        self.roles_by_end: dict[int, Draft] = {}
        self.roles_by_start: dict[int, Draft] = {}
        self.sentence_chars = [s.start_char for s in parsed.sentences]
        self.periods: list[int] | None = None
        # Countries and capitals read as places ("à Tbilissi"): where the text happens.
        self.settings: list[tuple[int, Entry]] = []
        self.dateline: Entry | None = None
        self._covered: set[int] | None = None
        self._compounds: dict[int, tuple[int, list[Entry]]] | None = None
        self._covered_count = 0

    # -- helpers ---------------------------------------------------------------------------

    def folded(self, i: int) -> str:
        """The token's folded text (its words joined by spaces)."""
        return self.words.by_token[i] if 0 <= i < len(self.words.by_token) else ""

    def sentence_at(self, char: int) -> int:
        """``ParsedArticle.sentence_index_at`` on sentence offsets read once per article."""
        return max(bisect_right(self.sentence_chars, char) - 1, 0)

    def after_determiner(self, i: int) -> int:
        return i + 1 if self.folded(i) in self.model.determiners else i

    def with_determiner(self, start: int) -> int:
        return start - 1 if self.folded(start - 1) in self.model.determiners else start

    def is_place(self, start: int) -> bool:
        """A country or capital after a locative preposition or a meeting noun's ``de``."""
        j = start - 1
        if self.folded(j) in self.model.determiners:
            j -= 1
        word = self.folded(j)
        if word in self.model.locatives:
            return True
        return word in self.model.complements and self.folded(j - 1) in self.model.meeting_nouns

    def joined_to_name(self, unit: Unit) -> bool:
        """The country or city is the first part of a hyphenated name the lexicon does not
        hold ("l'équipe cycliste Israel-Premier Tech", "le club Paris-Saint-Germain"): a
        capitalised word that starts no lexicon phrase follows a hyphen with no space. Not
        two parties ("la guerre Israël-Hamas"), nor one part of a place the lexicon holds."""
        doc = self.doc
        end = unit.end
        if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-":
            return False
        after = self.unit_at.get(end + 1)
        if doc[end].whitespace_ or (after is not None and after.entry is not None):
            return False
        return is_capitalised(doc[end + 1].text)

    def is_dateline(self, unit: Unit) -> bool:
        """The city in capitals that opens a wire story ("TUNIS, 18 avril (AFP) - …"), or
        the country in brackets after it ("BELÉM (Brésil), 12 novembre -"): where it was
        filed, not an actor."""
        first = next((t.i for t in self.doc if not t.is_space), None)
        text = self.doc[unit.start : unit.end].text
        if first is None or unit.end >= len(self.doc):
            return False
        if unit.start == first:
            if self.doc[unit.end].text not in DATELINE_MARKS:
                return False
            return text.isupper() or self.dated_dateline(unit.end)
        if self.after_headline(unit.start):
            # "Bénin : tentative de putsch déjouée. COTONOU, 8 décembre (AFP) - …": the
            # dateline after a headline, in capitals and dated.
            return text.isupper() and self.dated_dateline(unit.end)
        # A city no lexicon knows, with its country in brackets: "ERBIL (Irak), 9 août -",
        # also after a headline.
        if not (
            self.doc[unit.start - 1].text == "("
            and self.doc[unit.end].text == ")"
            and unit.end + 1 < len(self.doc)
            and self.doc[unit.end + 1].text in DATELINE_MARKS
        ):
            return False
        before = range(unit.start - 2, first - 1, -1)
        opening = next((i for i in before if self.opens_lead(i)), None)
        return opening is not None and self.doc[opening : unit.start - 1].text.isupper()

    def opens_lead(self, i: int) -> bool:
        """Token ``i`` is where a dateline may open: the article's first word, or the
        first of its second sentence right after the first one's final mark."""
        return i == next((t.i for t in self.doc if not t.is_space), None) or self.after_headline(i)

    def after_headline(self, i: int) -> bool:
        """Token ``i`` opens the second sentence of the article, right after the first
        one's final mark (a headline run into the dateline on one line)."""
        doc = self.doc
        return i > 1 and doc[i - 1].text in SENTENCE_FINAL and self.period_at(i - 1) == 0

    def gazetteer_city(self, start: int, end: int) -> Place | None:
        """The populated place the places gazetteer holds under the words
        ``start:end`` (the most populous of that name); None when it holds none, or holds a
        country, region or continent of that name ("NEW YORK" is a state too)."""
        gazetteer = self.model.gazetteer
        if gazetteer is None or end <= start:
            return None
        from faits.places.names import fold as place_fold

        places = gazetteer.lookup(place_fold(self.doc[start:end].text))
        if not places or any(p.kind not in CITY_PLACE_KINDS for p in places):
            return None
        return max(places, key=lambda p: p.population)

    def city_dateline(self) -> Entry | None:
        """The city in capitals that opens the article, or its second sentence after a
        headline when dated, which no actor lexicon holds and the places gazetteer does
        ("ISTANBUL, 8 septembre (AFP) -", "SYDNEY - …"): the story was filed in its country."""
        doc = self.doc
        first = next((t.i for t in doc if not t.is_space), None)
        if first is None:
            return None
        opening = [first] + [
            i
            for i in range(first + 1, min(len(doc), first + HEADLINE_REACH))
            if self.after_headline(i)
        ][:1]
        for start in opening:
            end = start
            while end < len(doc) and end - start < 4 and doc[end].text not in DATELINE_MARKS:
                if not doc[end].text.isupper() and doc[end].text != "-":
                    break
                end += 1
            if end == start or end >= len(doc) or doc[end].text not in DATELINE_MARKS:
                continue
            if start != first and not self.dated_dateline(end):
                continue
            place = self.gazetteer_city(start, end)
            if place is None:
                continue
            return Entry(place.source, "city", place.source, place.name, country=place.country)
        return None

    def dated_dateline(self, mark: int) -> bool:
        """A dateline in mixed case ("Séoul, 4 décembre (Yonhap) - …"): after the comma a day
        number and, within a few words, the agency in brackets or the dash that ends it. A
        sentence opening on a capital ("Séoul a tiré …") has no number after a comma."""
        doc = self.doc
        if doc[mark].text != "," or mark + 1 >= len(doc):
            return False
        day = doc[mark + 1]
        if not (day.like_num or day.text[:-2].isdigit() and day.text.endswith("er")):
            # "1er novembre"
            return False
        return any(t.text in DATELINE_CLOSERS for t in doc[mark + 2 : mark + 6])

    def is_modifier(self, token: Token, start: int) -> bool:
        """An adjective of the phrase ("militaires conjoints"), not a capitalised name: also
        a participle the parser attaches as one ("la présidente sortante Xiomara Castro")
        and a lower-case word it mistakes for a name ("le dirigeant chiite Moqtada Sadr")."""
        if is_capitalised(token.text):
            return False
        inside = start <= token.head.i < token.i
        return inside and (
            token.pos_ in ("ADJ", "PROPN")
            or token.dep_ == "amod"
            and token.pos_ in ("NOUN", "VERB")
            or self.is_title_participle(token)
        )

    def is_title_participle(self, token: Token) -> bool:
        """A past participle that is part of a title ("le président élu du Sénégal"), not one
        that opens a clause of its own ("le ministre arrêté par la police", "… arrêté en
        Russie"): right after the role word, with no agent and no locative oblique."""
        if token.pos_ != "VERB" or "Part" not in feature(token, "VerbForm"):
            return False
        if token.dep_ != "acl" or token.head.i != token.i - 1:
            return False
        for child in dependents(token):
            if (
                child.dep_ == "obl:agent"
                or child.dep_.startswith("obl")
                and any(self.folded(c.i) in self.model.locatives for c in dependents(child))
            ):
                return False
        return True

    def is_noun_use(self, i: int) -> bool:
        """A role word is a noun, or a word the tagger missed right after a determiner or a
        contracted article ("L'opposant" tagged VERB, "du Premier ministre" with "Premier"
        tagged ADJ), also past adjectives ("L'ancien Premier ministre"); "pouvoir" the verb
        or "militant" the adjective is not."""
        if self.doc[i].pos_ not in ("VERB", "AUX", "ADJ"):
            return True
        j = i - 1
        while j > 0 and self.doc[j].pos_ == "ADJ" and not is_capitalised(self.doc[j].text):
            j -= 1
        before = self.folded(j)
        return before in self.model.determiners or before in self.model.contracted

    def is_subject(self, start: int, end: int) -> bool:
        doc = self.doc
        for i in range(start, end):
            token = doc[i]
            if start <= token.head.i < end:
                continue
            if token.dep_ in SUBJECT_DEPS or self.inverted_subject(token):
                return True
        return False

    def inverted_subject(self, token: Token) -> bool:
        """The subject after a verb of saying that closes a quote or a clause, which the
        parser reads as its object ("..., a annoncé vendredi la ministre des Affaires
        étrangères", "..., a indiqué la police"): the verb follows a comma, is finite (or
        has a finite auxiliary) and has no subject."""
        verb = token.head
        if token.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > token.i:
            return False
        if any(c.dep_ in SUBJECT_DEPS for c in dependents(verb)):
            return False
        first = min([verb.i] + [c.i for c in dependents(verb) if c.dep_.startswith("aux")])
        if "Fin" not in feature(self.doc[first], "VerbForm"):
            # "…, tuant des dizaines de civils": a participle clause has no inverted subject
            return False
        return first > 0 and self.doc[first - 1].text == ","

    def name_of(self, country: str | None) -> str | None:
        return self.model.country_names.get(country, country) if country else None

    def add(self, draft: Draft) -> Draft:
        draft.subject = self.is_subject(draft.start, draft.end)
        self.drafts.append(draft)
        return draft

    # -- pass 1: roles, countries, organisations -------------------------------------------

    def demonym_of(self, unit: Unit | None, i: int) -> Entry | None:
        """The nationality adjective a unit stands for: its demonym entry, also when a
        country shares the word in lower case ("la justice argentine", not Argentine)."""
        if unit is None:
            return None
        demonym = next((e for e in unit.entries if e.kind == "demonym"), None)
        if demonym is None or (unit.kind != "demonym" and is_capitalised(self.doc[i].text)):
            return None
        return demonym

    def dual_nationality(self, i: int) -> tuple[int, Entry] | None:
        """The compound nationality adjective starting at token ``i`` ("franco-algérien"),
        as its end and its first part."""
        if self._compounds is None:
            self._compounds = {start: (end, parts) for start, end, parts in self.compounds()}
        found = self._compounds.get(i)
        if found is None or not found[1][0].country:
            return None
        return found[0], found[1][0]

    def compose_role(self, unit: Unit) -> Composite:
        role = unit.entry
        assert role is not None
        found = Composite(unit.start, unit.end, office=role.office, rules=[role.rule])
        self.used.add(unit.start)
        closed = False
        i = unit.end
        doc = self.doc
        while i < len(doc):
            nxt = self.unit_at.get(i)
            dual = self.dual_nationality(i) if role.person and i == unit.end else None
            if dual is not None:
                # "le militant égypto-britannique": a person's double nationality; the
                # first part is the state the news is about (an Egyptian held in Egypt).
                dual_end, first = dual
                found.country = first.country
                found.rules.append(first.rule)
                self.used.update(range(i, dual_end))
                found.end = i = dual_end
                continue
            demonym = self.demonym_of(nxt, i)
            if nxt is not None and demonym is not None:
                if found.country is None and found.code is None:
                    found.country = demonym.country
                    found.rules.append(demonym.rule)
                self.used.add(nxt.start)
                found.end = i = nxt.end
                continue
            if (
                nxt is not None
                and nxt.kind in ORGANISATION_KINDS
                and i == unit.end
                and found.country is None
            ):
                # "les rebelles houthis": the group names whose role it is.
                found.code = nxt.lexical.code_on(self.day)
                found.country = nxt.lexical.country
                found.rules.append(nxt.lexical.rule)
                self.used.add(nxt.start)
                found.end = i = nxt.end
                closed = True
                continue
            token = doc[i]
            if nxt is None and self.is_modifier(token, found.start):
                european = self.folded(i) in EUROPEAN and not role.state
                if european and found.country is None and found.code is None:
                    # "le Parquet européen", "l'exécutif européen": the Union's body, not
                    # the state the story is about ("les pays européens" are states).
                    found.code = EUROPEAN_UNION
                    found.rules.append(f"{self.model.language}/actors/organisations.tsv#ue")
                    found.office = None
                found.end = i = i + 1
                continue
            word = self.folded(i)
            after = self.unit_at.get(i + 1)
            if word in self.model.coordinators and after is not None and after.kind == "demonym":
                if found.country is not None:
                    found.coordinated.append(after)
                    self.used.add(after.start)
                break
            if closed or word not in self.model.complements or role.state:
                # "les pays proches de Pékin" are not China: a state noun takes no complement.
                break
            j = self.after_determiner(i + 1)
            # a lexicon name may carry its article ("la Douma": bare "Douma" is a town)
            inner = self.unit_at.get(j) or self.unit_at.get(i + 1)
            if inner is None:
                if (
                    j < len(doc)
                    and doc[j].pos_ == "NOUN"
                    and found.start <= doc[j].head.i < i
                    and not is_capitalised(doc[j].text)
                ):
                    found.end = i = j + 1
                    continue
                break
            kind = inner.kind
            portfolio = next((e for e in inner.entries if e.kind == "portfolio"), None)
            if portfolio is not None:
                if role.person and portfolio.office:
                    found.office = portfolio.office
                found.rules.append(portfolio.rule)
                self.used.add(inner.start)
                found.end = i = inner.end
                continue
            if kind == "demonym" and is_capitalised(doc[inner.start].text):
                # "le roi des Belges": the people whose ruler it is.
                if found.country is None and inner.lexical.country:
                    found.country = inner.lexical.country
                    found.rules.append(inner.lexical.rule)
                self.used.add(inner.start)
                found.end = i = inner.end
                closed = True
                continue
            if kind == "person" and not role.counterpart:
                # "le gouvernement de Nicolás Maduro", "l'émissaire de Donald Trump": the
                # person's state. The name stays a mention of its own.
                if found.country is None and found.code is None and inner.lexical.country:
                    found.country = inner.lexical.country
                    found.rules.append(inner.lexical.rule)
                break
            if kind in PLACE_KINDS:
                if found.country is None:
                    found.country = inner.lexical.country
                    found.rules.append(inner.lexical.rule)
                self.used.add(inner.start)
                found.end = i = inner.end
                closed = True
                continue
            if kind in ORGANISATION_KINDS:
                found.code = inner.lexical.code_on(self.day)
                found.country = inner.lexical.country
                if kind != "seat":
                    found.office = None  # the organisation's office, not the state's
                found.rules.append(inner.lexical.rule)
                self.used.add(inner.start)
                found.end = i = inner.end
                closed = True
                continue
            if kind == "role":
                nested = self.compose_role(inner)
                if found.country is None and found.code is None:
                    found.country, found.code = nested.country, nested.code
                    body = inner.lexical
                    if found.code is None and found.country and role.person and not body.person:
                        # "le dirigeant de l'opposition tunisienne" leads that body: TUNOPP,
                        # not the head of state the bare title would name.
                        found.code = found.country + (body.agent or "")
                        found.office = None
                found.rules += nested.rules[1:]
                found.end = i = nested.end
                closed = True
                continue
            break
        return found

    def role_draft(self, unit: Unit) -> None:
        role = unit.lexical
        composite = self.compose_role(unit)
        start = unit.start
        while start > 0 and self.doc[start - 1].pos_ == "ADJ" and start - 1 not in self.unit_at:
            start -= 1
        start = self.with_determiner(start)
        code = composite.code or (
            composite.country + (role.agent or "") if composite.country else None
        )
        if code is None and role.needs_country and not self.bare_counterpart(unit):
            return
        if self.folded(unit.start) == "etat" and self.folded(start - 1) in self.model.locatives:
            # "dans l'État du Niger", "dans l'État de Washington": a federated state named
            # after a country or a city is a place, not that country's government.
            return
        country = composite.country or (code[:3] if code else None)
        self.add(
            Draft(
                start,
                composite.end,
                "role",
                code=code,
                country=country,
                agent=role.agent if composite.code is None else (code or "")[3:] or None,
                rule="+".join(composite.rules) if code else None,
                role=role,
                office=composite.office,
                person=role.person,
            )
        )
        for other in composite.coordinated:
            entry = other.lexical
            self.add(
                Draft(
                    other.start,
                    other.end,
                    "role",
                    code=(entry.country or "") + (role.agent or ""),
                    country=entry.country,
                    agent=role.agent,
                    rule=f"{role.rule}+{entry.rule}",
                    role=role,
                    person=role.person,
                )
            )

    def entity_draft(self, unit: Unit) -> None:
        """Countries, capitals, seats, organisations, demonym nouns (not people)."""
        entry = unit.lexical
        kind = unit.kind
        if kind in PLACE_KINDS and self.is_dateline(unit):
            self.dateline = entry
            return
        if kind in PLACE_KINDS and self.joined_to_name(unit):
            return
        if kind in PLACE_KINDS and self.is_place(unit.start):
            self.settings.append((unit.start, entry))
            return
        if (
            kind == "organisation"
            and unit.end - unit.start == 1
            and self.folded(unit.start) in self.model.name_heads
            and unit.end + 1 < len(self.doc)
            and (
                self.folded(unit.end) in self.model.complements
                and self.doc[unit.end + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                or self.doc[unit.end].pos_ == "ADJ"
                and self.doc[unit.end].head.i == unit.start
            )
        ):
            # "l'Alliance de l'armée démocratique nationale du Myanmar", "l'Alliance
            # démocratique": the head of a name the lexicon does not hold, not the
            # organisation the word alone names ("un pays de l'Alliance d'ici cinq ans" is
            # NATO: "d'ici" opens no name).
            return
        if kind == "organisation" and self.extended(unit):
            # "le Conseil de sécurité nationale turc": a national body the lexicon lacks,
            # coded as an unknown organisation (by its adjective or "de" complement).
            self.organisation_entity(Unit(unit.start, self.name_end(unit.end)))
            return
        if kind == "demonym":
            # Nouns of nationality are capitalised ("les Russes"); lower case is an adjective
            # or a language ("le russe"), and a capital at the sentence start proves nothing.
            token = self.doc[unit.start]
            if not is_capitalised(token.text) or token.pos_ == "ADJ":
                return
            if token.i == sentence_of(token).start and token.pos_ not in ("NOUN", "PROPN"):
                return
        end = unit.end
        national: Entry | None = None
        while (
            (nxt := self.unit_at.get(end)) is not None
            and nxt.kind == "demonym"
            and (kind in ORGANISATION_KINDS)
        ):
            self.used.add(nxt.start)
            national = national or nxt.entry
            end = nxt.end
        code = entry.code_on(self.day)
        country = entry.country or (code[:3] if code and len(code) >= 3 else None)
        rule = entry.rule
        section = (
            kind == "organisation"
            and code
            and (code.startswith(NGO_PREFIX) or entry.agent == NGO_PREFIX)
            and national is not None
            and national.country
        )
        if section:
            assert national is not None and national.country
            # "le Croissant-Rouge iranien", "la Croix-Rouge française": a movement's
            # national society is an NGO of its country, not the movement (docs/annotation.md
            # codes a body outside its table by the country of its seat).
            country = national.country
            code = country + NGO_PREFIX
            rule = f"{rule}+{national.rule}"
        name = entry.name if kind in ORGANISATION_KINDS else self.name_of(entry.country)
        kinds = {
            "capital": "country",
            "seat": "organisation",
            "media": "organisation",
            "demonym": "group",
            "group": "group",
        }
        self.add(
            Draft(
                self.with_determiner(unit.start),
                end,
                kinds.get(kind, kind),
                code=code,
                country=country,
                agent=(code[3:] or None) if code and (entry.country or section) else None,
                name=name,
                rule=rule,
                metonymy=kind in ("capital", "seat"),
            )
        )

    # -- pass 2: people --------------------------------------------------------------------

    def person_draft(self, unit: Unit, memory: dict[tuple[str, ...], Draft]) -> None:
        doc = self.doc
        start = name_start = unit.start
        while name_start < unit.end - 1 and self.folded(name_start) in self.model.honorifics:
            name_start += 1
        if self.folded(start - 1) in self.model.honorifics:
            start -= 1
        words = fold_phrase(doc[name_start : unit.end].text)
        text_name = doc[name_start : unit.end].text
        draft = Draft(start, unit.end, "person", name=text_name, person=True)
        title = self.role_before(start)
        apposition = self.role_after(unit.end)
        office = self.model.offices.for_name(words, self.day) if unit.entries else None
        earlier = memory.get(words) or (memory.get(words[-1:]) if len(words) == 1 else None)
        for role_draft in (title, apposition):
            if role_draft is not None and role_draft.code:
                self.take(draft, role_draft)
                draft.title = role_draft
                role_draft.name = role_draft.name or (office.name if office else text_name)
                break
        else:
            if office is not None:
                self.take_office(draft, office)
            elif earlier is not None:
                self.take(draft, earlier)
                draft.antecedent = earlier
            elif len(words) == 1 and (start < name_start or unit.label == "PER"):
                surname_office = self.model.offices.for_surname(words[0], self.day)
                if surname_office is not None:
                    self.take_office(draft, surname_office)
            for role_draft in (title, apposition):
                if role_draft is not None:
                    role_draft.name = draft.name
                    draft.title = draft.title or role_draft
                    if draft.code and not role_draft.code:
                        role_draft.code, role_draft.country = draft.code, draft.country
                        role_draft.rule = draft.rule
        if (
            draft.code is None
            and draft.antecedent is None
            and (
                unit.label == "PROPN" or not self.has_proper_noun(unit) or unit.end - name_start < 2
            )
        ):
            # Unknown one-word "names" are mostly the recogniser's mistakes ("Mercredi").
            return
        self.add(draft)
        if draft.code or title is not None or apposition is not None:
            # A titled name is remembered before its title has a code: the context may give
            # it one ("le président de la Chambre, Jonathan Koffa … M. Koffa").
            memory.setdefault(words, draft)
            memory.setdefault(words[-1:], draft)

    def names_after_titles(self) -> None:
        """A run of capitalised words right after a title is a name, even when the parser
        and the entity recogniser broke it ("la Défense Téné Birahima Ouattara")."""
        doc = self.doc
        covered = {i for u in self.units if u.entries for i in range(u.start, u.end)}
        names: list[Unit] = []
        for end in self.roles_by_end:
            i = end
            while (
                i < len(doc)
                and i not in covered
                and doc[i].text[:1].isupper()
                and (doc[i].is_alpha or "-" in doc[i].text)
            ):
                i += 1
            if i - end >= 2:
                names.append(Unit(end, i, label="PER"))
        if names:
            replaced = {i for name in names for i in range(name.start, name.end)}
            self.units = [u for u in self.units if u.start not in replaced] + names
            self.units.sort(key=lambda u: u.start)
            self.unit_at = {u.start: u for u in self.units}

    def take(self, draft: Draft, source: Draft) -> None:
        draft.code, draft.country, draft.agent = source.code, source.country, source.agent
        draft.rule = source.rule
        if source.kind == "person" and source.name:
            draft.name = source.name

    def take_office(self, draft: Draft, office) -> None:
        covering = self.day is None or office.covers(self.day)
        draft.code = office.code if covering else office.country
        draft.country = office.country
        draft.agent = office.agent if covering else None
        draft.name = office.name
        draft.rule = office.rule

    def role_before(self, start: int) -> Draft | None:
        """A title just before a name: "le président américain Donald Trump", or set off by
        a comma: "Le président de la Généralité, Carles Puigdemont"."""
        title = self.roles_by_end.get(start)
        if title is None and start > 0 and self.doc[start - 1].text == ",":
            title = self.roles_by_end.get(start - 1)
        if title is None and start > 1 and self.doc[start - 1].text == ",":
            title = self.role_with_complement(start - 1)
        if title is None and start > 0:
            # "le dirigeant chiite Moqtada Sadr": an adjective the tagger took for a noun,
            # hung on the title, between it and the name.
            word = self.doc[start - 1]
            candidate = self.roles_by_end.get(start - 1)
            if (
                candidate is not None
                and word.is_alpha
                and not is_capitalised(word.text)
                and word.pos_ in ("NOUN", "PROPN")
                and candidate.start <= word.head.i < word.i
            ):
                title = candidate
        return title

    def role_with_complement(self, comma: int) -> Draft | None:
        """A person's title whose "de" complement names a body no lexicon phrase covers,
        right before the comma that sets off the name: "La présidente de la Commission,
        Ursula von der Leyen"."""
        doc = self.doc
        for end in range(comma - 1, max(comma - 8, 0), -1):
            title = self.roles_by_end.get(end)
            if title is None:
                continue
            if self.folded(end) not in self.model.complements:
                return None
            inside = all(
                title.start <= doc[i].head.i < comma and not doc[i].is_punct
                for i in range(end, comma)
            )
            return title if inside else None
        return None

    def role_after(self, end: int) -> Draft | None:
        """An apposition just after a name: "Oleg Burmistrov, ambassadeur de Russie" (not a
        title that heads another name: "Mercredi, le chancelier allemand Olaf Scholz")."""
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None
        role = self.roles_by_start.get(end + 1) or self.roles_by_start.get(end + 2)
        if role is not None and self.names_at(role.end):
            return None
        return role

    def names_at(self, i: int) -> bool:
        unit = self.unit_at.get(i)
        return unit is not None and (unit.kind == "person" or unit.label == "PER")

    def has_proper_noun(self, unit: Unit) -> bool:
        return any(t.pos_ == "PROPN" for t in self.doc[unit.start : unit.end])

    def organisation_entity(self, unit: Unit) -> None:
        """An organisation spaCy found that no lexicon knows: kept unresolved, for
        ``faits actors --unresolved``, unless a nationality adjective names its country.
        Names with digits are products ("F-35"), not actors."""
        if any(c.isdigit() for c in self.doc[unit.start : unit.end].text):
            return
        draft = Draft(self.with_determiner(unit.start), unit.end, "organisation")
        national = self.national_adjective(unit) or self.complement_country(unit)
        if national is not None:
            # "L'Association médicale coréenne": an organisation no lexicon knows is coded by
            # the country of its seat (docs/annotation.md), which its adjective names.
            end, entry = national
            country = entry.country or ""
            draft.end = max(draft.end, end)
            draft.code, draft.country, draft.agent = country + "NGO", country, "NGO"
            draft.rule = entry.rule
        self.add(draft)

    def extended(self, unit: Unit) -> bool:
        """An extension word follows the organisation's name: "national(e)", or "et" and a
        complement on a common noun ("et de défense"; "Danone et de Carlsberg" are two)."""
        word = self.folded(unit.end)
        if word not in self.model.extensions:
            return False
        if word in self.model.coordinators:
            noun = unit.end + 2
            return (
                self.folded(unit.end + 1) in self.model.complements
                and noun < len(self.doc)
                and self.doc[noun].pos_ == "NOUN"
                and not is_capitalised(self.doc[noun].text)
            )
        return True

    def name_end(self, end: int) -> int:
        """Where a name extended past a lexicon phrase ends: its extension words, "de"
        complements and adjectives, up to a verb, a punctuation mark or a capitalised word."""
        doc = self.doc
        while end < len(doc):
            token = doc[end]
            word = self.folded(end)
            extension = word in self.model.extensions or word in self.model.complements
            if not (extension or token.pos_ in ("ADJ", "NOUN")) or token.is_punct:
                break
            end += 1
        return end

    def complement_country(self, unit: Unit) -> tuple[int, Entry] | None:
        """A country named by the "de" complement that ends an organisation's name, inside
        the entity or right after it ("la Fédération des syndicats enseignants du Sénégal",
        "le Bureau national anticorruption d'Ukraine"), with the token it ends on: the
        country of its seat, as a nationality adjective would say."""
        doc, words = self.doc, self.words
        for i in range(unit.start + 1, min(unit.end + 3, len(doc))):
            hit = words.match(self.model.index, i)
            entry = next((e for e in hit[1] if e.kind == "country"), None) if hit else None
            if hit is None or entry is None or not entry.country or hit[0] < unit.end:
                continue
            before = i - 1
            if self.folded(before) in self.model.definites:
                before -= 1
            if before >= unit.start and self.folded(before) in self.model.complements:
                return hit[0], entry
        return None

    def national_adjective(self, unit: Unit) -> tuple[int, Entry] | None:
        """A nationality adjective in lower case inside an organisation's name or right
        after it ("la Commission nationale des droits de l'homme indonésienne"), with the
        token it ends on."""
        i = unit.start + 1
        while i <= unit.end:
            hit = self.words.match(self.model.index, i)
            entry = next((e for e in hit[1] if e.kind == "demonym"), None) if hit else None
            if hit and entry and entry.country and not is_capitalised(self.doc[i].text):
                return hit[0], entry
            i += 1
        return None

    # -- pass 3: coreference ---------------------------------------------------------------

    def link_roles(self) -> None:
        """Role phrases get a name from the article or the office lexicon, or an earlier code."""
        by_role: dict[tuple[str, str | None], Draft] = {}
        last_role: dict[str, Draft] = {}
        for draft in self.drafts:
            if draft.kind != "role" or draft.role is None:
                continue
            role = draft.role
            definite = self.folded(draft.start) in self.model.definites
            if draft.code is None and definite and role.id in last_role and not self.owned(draft):
                source = last_role[role.id]
                draft.code, draft.country, draft.agent = source.code, source.country, source.agent
                draft.rule, draft.antecedent = source.rule, source
                draft.name = draft.name or source.name
            key = (role.id, draft.country)
            if draft.person and draft.name is None and draft.country:
                if key in by_role:
                    draft.name = by_role[key].name
                    draft.antecedent = by_role[key]
                elif draft.office and (
                    not role.office_countries or draft.country in role.office_countries
                ):
                    holder = self.model.offices.holder(draft.country, draft.office, self.day)
                    if holder is not None:
                        draft.name = holder.name
            if draft.code:
                last_role[role.id] = draft
                if draft.name:
                    by_role.setdefault(key, draft)

    def organisation_anaphors(self) -> None:
        """A definite "l'organisation" or "l'ONG" that is a subject and names no body of its
        own is the organisation named last before it, within the ``PRONOUN_WINDOW``: "…, a
        affirmé Human Rights Watch. … L'organisation réclame une enquête". A singular "l'ONG"
        the roles lexicon also reads as a bare role resumes it too, before the context can
        give that role a country ("Human Rights Watch … L'ONG accuse le Rwanda")."""
        doc = self.doc
        covered = self.covered()
        found: list[Draft] = []
        for i in range(1, len(doc)):
            if self.folded(i) not in self.model.organisation_anaphors:
                continue
            role = self.bare_role_at(i) if i in covered else None
            if i in covered and role is None:
                continue
            if self.folded(i - 1) not in self.model.definites:
                continue
            if not self.is_subject(i, i + 1):
                continue
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == i:
                end += 1
            if end < len(doc) and self.folded(end) in self.model.complements:
                continue
            sentence = self.period_at(i)
            earlier = [
                d
                for d in self.drafts
                if (d.kind == "organisation" or d.kind == "role" and d.agent == "NGO")
                and d.code
                and not d.metonymy
                and not self.credit(d)
                and d.end <= i - 1
                and sentence - ANAPHOR_WINDOW <= self.sentence_of(d) <= sentence
            ]
            if not earlier:
                continue
            source = max(earlier, key=lambda d: d.start)
            if role is not None:
                self.take(role, source)
                role.name, role.antecedent = source.name, source
                continue
            draft = Draft(i - 1, end, "organisation", subject=True)
            self.take(draft, source)
            draft.name, draft.antecedent = source.name, source
            found.append(draft)
        for draft in found:
            self.add(draft)
        self.drafts.sort(key=lambda d: d.start)

    def resumed_parties(self) -> None:
        """A bare definite "le mouvement", "le parti" ("des dirigeants du Hamas, tuant cinq
        membres du mouvement", "Le Parti travailliste a gagné … Le parti a remercié …")
        resumes the party, movement or armed group named last before it, within the
        ``ANAPHOR_WINDOW``, before the context could make it a party of the place."""
        for draft in self.drafts:
            role = draft.role
            if draft.kind != "role" or draft.code or role is None or role.id != "parti":
                continue
            i = draft.end - 1
            if draft.start < i - 1 or not self.is_definite(draft.start) or self.owned(draft):
                continue
            if draft.end < len(self.doc) and is_capitalised(self.doc[draft.end].text):
                continue  # a name follows: "le parti Slovaquie progressiste" is a new one
            sentence = self.period_at(i)
            earlier = [
                d
                for d in self.drafts
                if d.code
                and d.end <= draft.start
                and (d.kind in ("organisation", "group") or d.code[3:6] in ("OPP", "REB"))
                and d.agent != "MED"
                and not d.metonymy
                and sentence - ANAPHOR_WINDOW <= self.sentence_of(d) <= sentence
            ]
            if not earlier:
                continue
            source = max(earlier, key=lambda d: d.start)
            self.take(draft, source)
            draft.name, draft.antecedent = source.name, source

    def credit(self, draft: Draft) -> bool:
        """The mention is a wire story's credit in brackets ("LOMÉ, 3 mai (AFP) -"): the
        agency that reports, never what "l'organisation" resumes."""
        doc = self.doc
        return (
            draft.start > 0
            and draft.end < len(doc)
            and doc[draft.start - 1].text == "("
            and doc[draft.end].text == ")"
        )

    def bare_role_at(self, i: int) -> Draft | None:
        """The uncoded role mention that is the singular noun ``i`` with its article alone
        ("L'ONG"), if any."""
        if "Plur" in feature(self.doc[i - 1], "Number"):
            return None
        bare = (
            d
            for d in self.drafts
            if d.kind == "role" and d.code is None and d.end == i + 1 and d.start in (i - 1, i)
        )
        return next(bare, None)

    def host_capitals(self) -> None:
        """A capital the press uses for an institution it hosts ("Bruxelles a infligé une
        amende" is the EU) is its own state's government in a story about that state: when
        its sentence or the ``PRONOUN_WINDOW`` before name the state ("Le Rwanda a rompu ses
        relations avec la Belgique. Bruxelles a qualifié la décision de disproportionnée")
        and not the institution."""
        for draft in self.drafts:
            if not draft.metonymy or not draft.country or draft.kind != "country":
                continue
            if not draft.code or draft.code.startswith(draft.country):
                continue
            sentence = self.sentence_of(draft)
            near = [
                d
                for d in self.drafts
                if d is not draft
                and d.code
                and sentence - PRONOUN_WINDOW <= self.sentence_of(d) <= sentence
            ]
            if any(d.code == draft.code for d in near):
                continue
            if not any(
                d.country == draft.country and (d.code or "").startswith(d.country) for d in near
            ):
                continue
            draft.code, draft.agent = draft.country + "GOV", "GOV"

    def claimed_attackers(self) -> None:
        """Unnamed attackers ("des hommes armés", "un kamikaze", "des insurgés") are the
        armed group an allegiance or claim word ties them to, in their sentence after them or
        in the next one: "Des hommes armés se réclamant du JNIM ont enlevé …", "Un kamikaze
        s'est fait exploser … L'attentat a été revendiqué par l'État islamique". One group
        only: two claimants leave them to their adjective or to the place of the act."""
        groups = [d for d in self.drafts if d.code and d.role is None and d.kind == "group"]
        groups = [g for g in groups if g.code != g.country and self.claimed(g)]
        if not groups:
            return
        for draft in self.drafts:
            role = draft.role
            if draft.kind != "role" or draft.code or role is None:
                continue
            if role.agent not in ATTACKER_AGENTS:
                continue
            sentence = self.sentence_of(draft)
            named = [
                g
                for g in groups
                if g.start >= draft.end and self.sentence_of(g) in (sentence, sentence + 1)
            ]
            if len({g.code for g in named}) == 1:
                group = named[0]
                self.take(draft, group)
                draft.name, draft.antecedent = draft.name or group.name, group

    def claimed(self, group: Draft) -> bool:
        """An allegiance or claim word stands just before the group's name."""
        first = max(group.start - ALLEGIANCE_REACH, 0)
        return any(self.folded(i) in self.model.allegiance for i in range(first, group.start))

    def place_in_context(self) -> None:
        """Bare roles of a state's bodies and society take the one country their sentence,
        the sentences before it or the dateline names (``faits.actors.context``); a name
        under such a title takes it too ("le journaliste José Rubén Zamora").

        Only roles that act, and definite ones acted upon: "L'association a exhorté le
        gouvernement", "Le président a appelé la population au calme" are that state's
        (whether "a déployé l'armée" has a target is the event lexicon's to say); an
        indefinite "des journalistes" acted upon introduces people the context did not
        speak of. Not a role
        whose complement says whose it is in words no lexicon knows ("la présidente du
        Conseil italien", "l'émissaire de Donald Trump"): the context would be a guess
        against the text."""
        bare: list[tuple[Draft, bool, bool]] = []
        for draft in self.drafts:
            role = draft.role
            if draft.kind != "role" or draft.code or role is None:
                continue
            if role.counterpart or role.agent not in CONTEXT_AGENTS and not role.state:
                continue
            if self.owned(draft):
                place = self.complement_place(draft)
                if place is not None:
                    draft.country = place.country
                    draft.code = (place.country or "") + (role.agent or "")
                    draft.agent = role.agent
                    draft.rule = f"{role.rule}+{place.source}"
                continue
            definite = self.is_definite(draft.start)
            acting = self.acts(draft.start, draft.end)
            if role.states and definite:
                # "l'émirat" refers back to the one emirate named, acting or acted upon.
                bare.append((draft, definite, acting))
                continue
            if role.state and not (acting and definite):
                # "le royaume" refers back to a state; "plusieurs pays" introduces new ones.
                continue
            if acting or definite:
                bare.append((draft, definite, acting))
        if not bare:
            return
        context = self.context()
        for draft, definite, acting in bare:
            role = draft.role
            assert role is not None
            if role.states:
                found = context.state_among(self.sentence_of(draft), frozenset(role.states))
            else:
                found = context.country_for(
                    self.sentence_of(draft),
                    definite,
                    acting,
                    resumes=not role.envoy,
                    clause=self.clause_of(draft),
                )
            if found is None:
                continue
            draft.country = found.country
            draft.code = found.country + (role.agent or "")
            draft.agent = role.agent
            draft.rule = f"{role.rule}+{found.rule}"
        for draft in self.drafts:
            title = draft.title
            if draft.kind == "person" and draft.code is None and title and title.code:
                self.take(draft, title)
            elif (
                draft.kind == "person"
                and draft.code is None
                and draft.antecedent
                and draft.antecedent.code
            ):
                self.take(draft, draft.antecedent)

    def owned(self, draft: Draft) -> bool:
        """A "de" complement after the role says whose it is (``whose_complement``,
        ``complement_names``): "Les forces du Puntland" resume no earlier "armée"."""
        end = draft.end
        return (
            self.folded(end) in self.model.complements
            and self.whose_complement(end)
            and self.complement_names(draft)
        )

    def complement_place(self, draft: Draft) -> Place | None:
        """The city (of some size) or first-level region the role's "de" complement names,
        which no actor lexicon holds and the places gazetteer does ("un tribunal de Hô Chi
        Minh-Ville", "le chef de la police du KwaZulu-Natal", "la cour d'appel de Lyon")."""
        doc = self.doc
        gazetteer = self.model.gazetteer
        if any(t.pos_ == "ADP" for t in doc[draft.start : draft.end]):
            # the role has its complement already: in "ses troupes de la centrale de
            # Zaporijjia" the city names where the plant is, not whose the troops are
            return None
        if draft.start > 0 and "Yes" in doc[draft.start - 1].morph.get("Poss", []):
            return None  # "ses troupes" are their possessor's
        start = self.after_determiner(draft.end + 1)
        end = start
        while end < len(doc) and end - start < 6:
            token = doc[end]
            name = is_capitalised(token.text) and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")
            hyphen = token.text == "-" and end > start and not doc[end - 1].whitespace_
            if not (name or hyphen):
                break
            end += 1
        if gazetteer is None or end == start or doc[end - 1].text == "-":
            return None
        if any(u.entries and start <= u.start < end for u in self.units):
            return None
        from faits.places.names import fold as place_fold

        key = place_fold(doc[start:end].text)
        places = gazetteer.lookup(key)
        if any(p.kind not in CITY_PLACE_KINDS | {"admin1"} for p in places):
            return None
        found = [p for p in places if p.country and p.population >= ROLE_PLACE_SIZE]
        found = found or [p for p in gazetteer.lookup_division(key) if p.country]
        return max(found, key=lambda p: p.population) if found else None

    def whose_complement(self, i: int) -> bool:
        """The "de" at ``i`` after a role says whose the role is, in words no lexicon
        knows ("la présidente du Conseil italien"); not when it opens a quoted name for the
        role ("a qualifié les protestataires de « terroristes »") nor the infinitive a verb
        of accusing or asking governs ("accuse les services de sécurité d'avoir perquisitionné",
        "a exhorté la police de cesser")."""
        if self.quoted_attribute(i):
            return False
        following = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return following is None or "Inf" not in feature(following, "VerbForm")

    def complement_names(self, draft: Draft) -> bool:
        """The "de" complement after a role names whose it is: someone a lexicon knows (a
        country, a nationality, an organisation, a person: "la présidente du Conseil
        italien", "l'émissaire de Donald Trump") or a proper name no lexicon knows ("la
        police de Chongqing", a city that may be in another state than the context's).
        A complement of common nouns, a portfolio or a body ("le ministre de la Sécurité",
        "la ministre du Travail"), is the context's state's own. The complement runs to the first punctuation mark or verb."""
        doc = self.doc
        end = draft.end
        edge = self.root_of(draft).right_edge.i
        while end <= edge and doc[end].pos_ not in ("PUNCT", "VERB", "AUX"):
            end += 1
        if any(
            u.entries and u.kind not in ("role", "portfolio") and draft.end <= u.start < end
            for u in self.units
        ):
            return True
        if any(t.pos_ == "PROPN" for t in doc[draft.end : end]):
            return True
        return any(d.code and draft.end <= d.start < end for d in self.drafts)

    def quoted_attribute(self, i: int) -> bool:
        """The "de" at ``i`` opens a quoted name for the role, not whose it is: "a qualifié
        les protestataires de « terroristes »"."""
        return i + 1 < len(self.doc) and self.doc[i + 1].text in ("«", '"', "“")

    def is_definite(self, start: int) -> bool:
        """The phrase opens with a definite article, or follows one contracted with its
        preposition ("la démission du Premier ministre")."""
        if self.folded(start) in self.model.definites:
            return True
        return self.folded(start - 1) in self.model.contracted

    def quantity_head(self, token: Token) -> Token:
        """The quantity the parser makes the head of a group ("Des milliers de manifestants
        ont …": "milliers", a plural noun or number before it with no actor of its own), or
        the token itself."""
        node = token
        while (
            node.dep_ == "nmod"
            and node.head.i < node.i
            and (node.head.pos_ == "NUM" or "Plur" in feature(node.head, "Number"))
            and node.head.i not in self.covered()
        ):
            node = node.head
        return node

    def acts(self, start: int, end: int) -> bool:
        """The phrase is the subject of an active verb or the agent of a passive one, also
        through a quantity the parser makes the subject ("Des milliers de manifestants ont
        …": a plural noun or number before it, with no actor of its own)."""
        for token in self.doc[start:end]:
            if start <= token.head.i < end:
                continue
            node = self.quantity_head(token)
            if node.dep_ in ACTING_DEPS or self.inverted_subject(node):
                return True
        return False

    def covered(self) -> set[int]:
        """Tokens of the mentions drafted so far."""
        if self._covered is None or self._covered_count != len(self.drafts):
            self._covered = {i for d in self.drafts for i in range(d.start, d.end)}
            self._covered_count = len(self.drafts)
        return self._covered

    def evidence_kind(self, draft: Draft) -> str:
        """How a coded mention places its sentence's bare roles: a subject reported in a
        clause ("a affirmé que l'organisation collectait …") is what the speaker speaks
        of, not a party acting beside them."""
        if not self.acts(draft.start, draft.end) or self.root_of(draft).head.dep_ == "ccomp":
            return OTHER
        return AUTHORITY if draft.agent in AUTHORITY_AGENTS else ACTOR

    def context(self) -> Context:
        """The countries each sentence names: coded actors (not the media that report
        it), places under a locative preposition, nationality adjectives on other nouns."""
        names = self.model.country_names
        evidence = [
            Evidence(
                self.sentence_of(d),
                d.country,
                d.rule or "",
                self.evidence_kind(d),
                self.clause_of(d),
            )
            for d in self.drafts
            if d.code and d.country in names and d.agent != "MED" and d.kind != "pronoun"
        ]
        covered = {i for d in self.drafts for i in range(d.start, d.end)}
        for unit in self.units:
            entry = unit.entry
            if unit.kind == "demonym" and entry and entry.country and unit.start not in covered:
                sentence = self.period_at(unit.start)
                evidence.append(Evidence(sentence, entry.country, entry.rule, OTHER))
        for start, entry in self.settings:
            if entry.country:
                # A country a verb addresses ("a demandé à la Russie", "a tendu la main à
                # l'Algérie") is its argument, not where its subject acts (a city there is
                # still a place: "ont exigé à Nairobi la démission").
                argument = entry.kind == "country" and self.doc[start].dep_ == "obl:arg"
                aside = self.qualifies_noun(start) and self.abroad_of_dateline(entry)
                kind = OTHER if argument or aside else PLACE
                evidence.append(Evidence(self.period_at(start), entry.country, entry.rule, kind))
        dateline = self.dateline
        wire = (
            Evidence(0, dateline.country, dateline.rule, PLACE)
            if dateline and dateline.country
            else None
        )
        return Context(evidence, wire)

    def clause_of(self, draft: Draft) -> int:
        """The verb heading the clause the mention stands in: its head word's governors
        climbed through coordination and infinitive complements ("a dénoncé … et accusé",
        "a refusé de promulguer") up to the root or a subordinate clause (a relative, a
        completive, an adverbial: "ce que dément Abou Dhabi", "avant que la junte ne
        dénonce"). A verb of saying that closes a clause is of the clause it reports: "Le
        Ghana va rouvrir sa frontière, a annoncé la ministre" is one clause for her."""
        node = self.root_of(draft)
        while node.head.i != node.i and (
            node.dep_ not in CLAUSE_HEADS or self.closed_by_saying(node)
        ):
            node = node.head
        return node.i

    def closed_by_saying(self, node: Token) -> bool:
        """The clause headed by ``node`` and its governor's are a report and the verb of
        saying that closes it, whichever of the two the parser hangs on the other."""
        if node.dep_ not in ("advcl", "parataxis"):
            return False
        verb = node if node.i > node.head.i else node.head
        return any(self.inverted_subject(c) for c in dependents(verb))

    def qualifies_noun(self, start: int) -> bool:
        """The place at ``start`` qualifies a noun, not a verb: "un voyage privé à Londres",
        "l'aide militaire occidentale à l'Ukraine" say where a trip went or an aid goes. A
        date the parser hangs it on ("arrêtés en décembre 2023 à Ouagadougou") is no noun
        of that kind: a time adjunct with its number."""
        token = self.doc[start]
        while token.head.i != token.i and token.head.i >= start and token.head.i - start < 4:
            token = token.head  # the place's head word ("Nouvelle-Zélande", "Sri Lanka")
        noun = token.head
        if token.dep_ != "nmod" or noun.pos_ != "NOUN":
            return False
        dated = noun.dep_ == "obl:mod" and any(c.pos_ == "NUM" for c in dependents(noun))
        return not dated

    def abroad_of_dateline(self, entry: Entry) -> bool:
        """The place is in another country than the wire story's dateline: a trip abroad
        or an aid sent abroad, in a story filed at home ("COLOMBO - … arrêté par la police
        criminelle, qui le soupçonne d'avoir financé un voyage privé à Londres")."""
        dateline = self.dateline
        return dateline is not None and dateline.country not in (None, entry.country)

    def resolve_pronouns(self) -> None:
        doc = self.doc
        for draft in self.drafts:
            if draft.kind == "role" and not draft.subject:
                draft.subject = self.counted_subject(draft.start, draft.end)
        ordered = sorted(self.drafts, key=lambda d: d.start)
        starts = [d.start for d in ordered]
        pronoun_drafts: list[Draft] = []
        for i, word in enumerate(self.words.by_token):
            entry = self.model.pronouns.get(word)
            if entry is None:
                continue
            token = doc[i]
            if token.dep_ not in SUBJECT_DEPS:
                continue
            sentence = self.period_at(token.i)
            nearby = self.recent(ordered[: bisect_left(starts, token.i)], sentence)
            nearby += self.recent(pronoun_drafts, sentence)
            nearby.sort(key=lambda d: d.start)
            antecedent = self.antecedent(token, sentence, entry[1], nearby)
            members: list[Draft] = []
            if antecedent is not None and entry[1] == "plural":
                antecedent = self.plural_object(antecedent, nearby) or antecedent
                instead = self.plural_instead(token, antecedent, nearby, sentence)
                antecedent = instead or antecedent
                if instead is None:
                    members = self.plural_members(antecedent, ordered, token)
            draft = Draft(
                token.i,
                token.i + 1,
                "pronoun",
                rule=f"{self.model.language}/actors/pronouns.yaml#{entry[0]}",
            )
            if antecedent is not None:
                draft.code, draft.country = antecedent.code, antecedent.country
                draft.agent, draft.name = antecedent.agent, antecedent.name
                draft.antecedent = antecedent
                draft.person = antecedent.person and not members
                draft.members = members
            else:
                draft.rule = None
            draft.subject = True
            pronoun_drafts.append(draft)
        self.drafts += pronoun_drafts

    def counted_subject(self, start: int, end: int) -> bool:
        """A group the parser hangs under the quantity that is the subject ("Des dizaines
        de manifestants ont forcé l'entrée … Ils réclamaient …"): the pronoun after it
        resumes the group, not a source named later in the sentence ("selon l'ONU")."""
        for token in self.doc[start:end]:
            if start <= token.head.i < end:
                continue
            node = self.quantity_head(token)
            if node is not token and node.dep_ in SUBJECT_DEPS:
                return True
        return False

    def recent(self, drafts: list[Draft], sentence: int) -> list[Draft]:
        """The tail of ``drafts`` (in text order) within the pronoun window."""
        out = []
        for draft in reversed(drafts):
            if self.sentence_of(draft) < sentence - PRONOUN_WINDOW:
                break
            out.append(draft)
        return out

    def antecedent(
        self, token: Token, sentence: int, number: str, drafts: list[Draft]
    ) -> Draft | None:
        # An unresolved group that is a subject ("Des insurgés ont décapité … Ils ont
        # incendié …") is still the antecedent: the pronoun then stays unresolved rather
        # than take a later actor that is no subject ("le nord du Mozambique").
        window = [
            d
            for d in drafts
            if (d.code or d.subject and d.kind == "role" and not d.person)
            and d.end <= token.i
            and sentence - PRONOUN_WINDOW <= self.sentence_of(d) <= sentence
        ]
        gender = None
        if number == "singular":
            marked = feature(token, "Gender")
            if marked:
                gender = marked[0]
                window = [d for d in window if self.gender_of(d) in (None, gender)]
        if not window:
            return None
        same = [d for d in window if self.sentence_of(d) == sentence and d.subject]
        if same:
            return same[-1]
        wants_person = number == "singular"
        for index in range(sentence - 1, sentence - PRONOUN_WINDOW - 1, -1):
            subjects = [d for d in window if self.sentence_of(d) == index and d.subject]
            people = [d for d in subjects if d.person or not wants_person]
            if people:
                return people[0]
            # "L'Union européenne a annoncé … Elle a également débloqué": with no person
            # subject, a body or country of the pronoun's gender (or unmarked) is the antecedent.
            agreeing = [d for d in subjects if gender and self.gender_of(d) in (None, gender)]
            if agreeing:
                return agreeing[0]
        fitting = [d for d in window if d.code and d.person == wants_person]
        return fitting[-1] if fitting else None

    def plural_object(self, antecedent: Draft, drafts: list[Draft]) -> Draft | None:
        """A plural pronoun does not resume one state or body: when its antecedent is the
        singular subject of a verb whose object is a plural actor, it is that object ("Le
        Cambodge a expulsé 64 ressortissants sud-coréens. Ils ont été placés en garde à
        vue")."""
        if antecedent.person or antecedent.kind == "pronoun" or not antecedent.subject:
            return None
        root = self.root_of(antecedent)
        if "Sing" not in feature(root, "Number") or self.coordination(antecedent):
            return None
        for draft in drafts:
            if not draft.code or draft.kind == "pronoun":
                continue
            head = self.root_of(draft)
            plural = "Plur" in feature(head, "Number")
            if plural and head.dep_ == "obj" and head.head.i == root.head.i:
                return draft
        return None

    def plural_members(self, antecedent: Draft, drafts: list[Draft], token: Token) -> list[Draft]:
        """Every actor a plural pronoun stands for, when its antecedent is one of several:
        the actors coordinated with it ("Le Vietnam et l'Inde ont tenu … Ils ont signé …"),
        or, when it names one person (a plural pronoun cannot stand for one person alone),
        the one other person of another country named in its sentence before the pronoun,
        the other party of that sentence's act ("William Ruto a été reçu par Xi Jinping. Ils ont signé …").
        Empty when the antecedent stands alone or the other party is not unique. A counted
        noun ("Les deux dirigeants ont été reçus … Ils sont convenus …") passes on the
        parties it stands for."""
        if len({d.code for d in antecedent.members}) >= 2:
            return list(antecedent.members)
        coded = [d for d in drafts if d.code and d.kind != "pronoun"]
        group = self.coordination(antecedent)
        members = [d for d in coded if self.root_of(d).i in group]
        if len({d.code for d in members}) >= 2:
            return members
        if not antecedent.person:
            return []
        sentence = self.sentence_of(antecedent)
        others = [
            d
            for d in coded
            if d.person
            and d.country
            and d.country != antecedent.country
            and self.sentence_of(d) == sentence
            and d.end <= token.i
        ]
        names = {d.name or d.code for d in others}
        if len(names) != 1:
            return []
        return sorted([antecedent, others[0]], key=lambda d: d.start)

    def plural_instead(
        self, token: Token, antecedent: Draft, drafts: list[Draft], sentence: int
    ) -> Draft | None:
        """A plural pronoun does not stand for one person: when its antecedent is one, the
        nearest body or country named after that person and before the pronoun, in the
        pronoun's sentence, takes its place ("Le Premier ministre a exigé des États-Unis
        qu'ils cessent leurs ingérences": the United States)."""
        if not antecedent.person:
            return None
        between = [
            d
            for d in drafts
            if d.code
            and not d.person
            and d.kind != "pronoun"
            and antecedent.end <= d.start
            and d.end <= token.i
            and self.sentence_of(d) == sentence
        ]
        return between[-1] if between else None

    def root_of(self, draft: Draft) -> Token:
        """The token of a mention whose head lies outside it."""
        doc = self.doc
        for i in range(draft.start, draft.end):
            if not draft.start <= doc[i].head.i < draft.end or doc[i].head.i == i:
                return doc[i]
        return doc[draft.start]

    def coordination(self, draft: Draft) -> set[int]:
        """Token indices of the heads of the coordination the mention is part of: its first
        conjunct and every conjunct of it ("L'Inde, le Japon et l'Australie"). The parser
        may read the first conjunct as the root and the verb as its conjunct ("L'Inde, le
        Japon et l'Australie ont tenu": "Australie" is the subject of "tenu", itself a
        conjunct of "Inde"): the last subject then belongs to the first conjunct's list."""
        nominal = ("NOUN", "PROPN")
        first = self.root_of(draft)
        group: set[int] = set()
        verb = first.head
        split = (
            first.dep_ in SUBJECT_DEPS
            and verb.dep_ == "conj"
            and verb.head.pos_ in nominal
            and verb.head.i < first.i
        )
        if split:
            group.add(first.i)
            first = verb.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        group.add(first.i)
        stack = [first]
        while stack:
            for child in dependents(stack.pop()):
                if child.dep_ == "conj" and child.pos_ in nominal and child.i not in group:
                    group.add(child.i)
                    stack.append(child)
        return group if len(group) > 1 else set()

    def gender_of(self, draft: Draft) -> str | None:
        """Grammatical gender of a mention, from its title ("la porte-parole") or its own
        determiners, nouns and names as the tagger marks them; ``None`` when unmarked."""
        for source in (draft.title, draft.antecedent, draft):
            if source is None:
                continue
            for token in self.doc[source.start : source.end]:
                if token.pos_ in ("DET", "NOUN", "PROPN"):
                    gender = feature(token, "Gender")
                    if gender:
                        return gender[0]
        return None

    def sentence_of(self, draft: Draft) -> int:
        """The draft's sentence as the writer ended it (``period_at``), for pronoun windows."""
        if draft.sentence < 0:
            draft.sentence = self.period_at(draft.start)
        return draft.sentence

    def period_at(self, i: int) -> int:
        """Index of the sentence token ``i`` is in, counting only the parser's sentences that
        follow a sentence-final mark or a line break: the parser also cuts after a
        sentence-initial name ("Le président kényan | William | Ruto | est arrivé"), which
        would push an antecedent out of a pronoun's window."""
        if self.periods is None:
            doc = self.doc
            self.periods = [
                s.start
                for s in doc.sents
                if s.start == 0
                or doc[s.start - 1].text in SENTENCE_FINAL
                or "\n" in doc[s.start - 1].text + doc[s.start - 1].whitespace_
            ]
        return max(bisect_right(self.periods, i) - 1, 0)

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> list[ActorMention]:
        for unit in self.units:
            if unit.start in self.used or unit.entry is None:
                continue
            if unit.kind == "role":
                if self.is_noun_use(unit.start):
                    self.role_draft(unit)
            elif unit.kind not in ("person", "portfolio"):
                self.used.add(unit.start)
                self.entity_draft(unit)
        if self.dateline is None:
            self.dateline = self.city_dateline()
        memory: dict[tuple[str, ...], Draft] = {}
        self.drafts.sort(key=lambda d: d.start)
        people = [d for d in self.drafts if d.kind == "role" and d.person]
        self.roles_by_end = {d.end: d for d in people}
        self.roles_by_start = {d.start: d for d in people}
        self.names_after_titles()
        for unit in self.units:
            if unit.start in self.used:
                continue
            if unit.kind == "person" or unit.label in ("PER", "PROPN"):
                self.person_draft(unit, memory)
            elif unit.label == "ORG":
                self.organisation_entity(unit)
        self.drafts.sort(key=lambda d: d.start)
        self.link_roles()
        self.host_capitals()
        self.organisation_anaphors()
        self.claimed_attackers()
        self.resumed_parties()
        self.place_in_context()
        self.counted_references()
        self.resolve_pronouns()
        self.possessed_roles()
        self.place_counterparts()
        self.drafts.sort(key=lambda d: (d.start, d.end))
        return self.freeze()

    def bare_counterpart(self, unit: Unit) -> bool:
        """The role is a singular counterpart after a possessive with nothing after it that
        says whose ("a félicité son homologue"): ``place_counterparts`` may place it."""
        role = unit.lexical
        return (
            role.counterpart
            and unit.end - unit.start == 1
            and self.folded(unit.start - 1) in self.model.possessives
            and "Plur" not in feature(self.doc[unit.start], "Number")
        )

    def place_counterparts(self) -> None:
        """A bare "son homologue" is the one named so before with a country ("le président
        congolais et son homologue rwandais … sans avoir rencontré son homologue"), else
        the government of the dateline's state when the possessor is of another state ("TUNIS
        (AFP) - … Le président algérien a été le premier à féliciter son homologue"); left
        out when neither says."""
        bare = [
            d
            for d in self.drafts
            if d.kind == "role" and d.code is None and d.role is not None and d.role.counterpart
        ]
        if not bare:
            return
        covering = self.covering()
        for draft in bare:
            role = draft.role
            assert role is not None
            possessor = self.possessor(draft, covering)
            if possessor is None or not possessor.country:
                continue
            named = [
                d
                for d in self.drafts
                if d.end <= draft.start
                and d.role is not None
                and d.role.id == role.id
                and d.code
                and d.country != possessor.country
            ]
            if named:
                source = named[-1]
                self.take(draft, source)
                draft.name, draft.antecedent = source.name, source
                continue
            home = self.dateline.country if self.dateline else None
            if home and home != possessor.country and home in self.model.country_names:
                draft.country, draft.agent = home, role.agent
                draft.code = home + (role.agent or "")
                draft.rule = f"{role.rule}+{self.dateline.rule}" if self.dateline else role.rule
        self.drafts = [d for d in self.drafts if d.code or d not in bare]

    def possessed_roles(self) -> None:
        """A bare role after a possessive of the third person is of its possessor's state:
        "Le président sud-africain a suspendu son ministre de la Police", "M. Mondlane a
        appelé ses partisans au calme", "a déclaré son représentant à l'ONU" (the possessor
        is the subject of the clause above, ``possessor``). Not a counterpart ("son
        homologue", ``place_counterparts``) nor a state noun ("son pays")."""
        possessed = [
            d
            for d in self.drafts
            if d.kind == "role"
            and d.code is None
            and d.role is not None
            and not d.role.counterpart
            and not d.role.state
            and not d.role.envoy
            and d.role.agent in POSSESSED_AGENTS
            and self.folded(d.start - 1) in self.model.possessives
            # "Séoul et Tokyo … leurs ministères", "Les deux gouvernements … leurs
            # ministres" are of several states
            and self.folded(d.start - 1) not in self.model.plural_possessives
        ]
        if not possessed:
            return
        covering = self.covering()
        for draft in possessed:
            possessor = self.possessor(draft, covering)
            if possessor is None or not possessor.country or possessor.members:
                continue
            if possessor.country not in self.model.country_names:
                continue
            role = draft.role
            assert role is not None
            if role.agent == "OPP" and possessor.agent == "GOV":
                continue  # a leader's party ("la défaite de son parti") is in power
            draft.country, draft.agent = possessor.country, role.agent
            draft.code = possessor.country + (role.agent or "")
            draft.rule = f"{role.rule}+{possessor.rule}"

    def covering(self) -> dict[int, Draft]:
        """The first draft covering each token, for the possessive's owner (``possessor``)."""
        covering: dict[int, Draft] = {}
        for draft in self.drafts:
            for i in range(draft.start, draft.end):
                covering.setdefault(i, draft)
        return covering

    def possessor(self, draft: Draft, covering: dict[int, Draft]) -> Draft | None:
        """The mention that is the subject of the nearest clause above ``draft`` that has a
        subject other than a relative pronoun; ``None`` when it is no coded mention."""
        node = self.root_of(draft)
        while node.head.i != node.i:
            node = node.head
            subjects = [
                c
                for c in dependents(node)
                if c.dep_ in SUBJECT_DEPS and not draft.start <= c.i < draft.end
            ]
            if not subjects:
                continue
            subject = subjects[0]
            if "Rel" in feature(subject, "PronType"):
                continue
            found = covering.get(subject.i)
            return found if found is not None and found.code else None
        # The parser may hang the subject on an incise ("M. X, arrivé la veille, est reparti
        # sans avoir rencontré son homologue"): the last coded subject before it in its sentence.
        sentence = self.period_at(draft.start)
        earlier = [
            d
            for d in self.drafts
            if d.code and d.subject and d.end <= draft.start and self.period_at(d.start) == sentence
        ]
        return earlier[-1] if earlier else None

    def counted_references(self) -> None:
        """A counted definite noun ("les deux pays", "les deux voisins", "les deux
        dirigeants", "les deux armées", "les deux camps") stands for the two parties the
        text named before it: the two of a coordination ("Le président azerbaïdjanais et
        le Premier ministre arménien ont paraphé … Les deux dirigeants ont salué …"), else
        the two nearest of different countries ("Bakou affirme … Erevan a démenti … l'UE a
        appelé les deux voisins"), within its sentence and the ``PRONOUN_WINDOW`` before.
        Leaders are people, armies a role's agent; sides ("les deux camps") may be two
        parties of one country. Nothing when no such pair is found."""
        model = self.model
        doc = self.doc
        ordered = sorted(self.drafts, key=lambda d: d.start)
        by_start = {d.start: d for d in ordered}
        by_end = {d.end: d for d in ordered}
        for i in range(1, len(doc) - 1):
            three = self.folded(i) in model.counters_three
            if self.folded(i) not in model.counters and not three:
                continue
            if self.folded(i - 1) not in model.definites | model.contracted:
                continue
            noun = self.folded(i + 1)
            existing = by_start.get(i + 1) or by_start.get(i - 1)
            if existing is not None and existing.code:
                continue
            agent = existing.agent if existing is not None and existing.role else None
            leaders = noun in model.counted_leaders
            sides = noun in model.counted_sides
            if not (leaders or sides or noun in model.counted_states or agent):
                continue
            sentence = self.period_at(i)
            candidates = [
                d
                for d in ordered
                if d.code
                and d.kind != "pronoun"
                and d.agent != "MED"
                and d.end <= i
                and sentence - PRONOUN_WINDOW <= self.sentence_of(d) <= sentence
                and (not leaders or d.person)
                and (agent is None or d.agent == agent)
                and (sides or (d.country and d.country not in NON_STATES))
                and not self.co_argument(d, doc[i + 1])
            ]
            if three:
                pair = None if sides else self.counted_three(candidates)
            else:
                pair = self.counted_pair(candidates, sides)
            if pair is None:
                continue
            first = pair[0]
            if existing is None:
                existing = Draft(i - 1, i + 2, "role")
                by_end.setdefault(i + 2, existing)
                self.drafts.append(existing)
            existing.code, existing.country = first.code, first.country
            existing.agent, existing.name = first.agent, None
            existing.rule = f"{model.language}/actors/function_words.yaml#counters"
            existing.members = list(pair)
            existing.antecedent = first
            existing.person = False
            existing.subject = doc[i + 1].dep_ in SUBJECT_DEPS

    def counted_three(self, candidates: list[Draft]) -> tuple[Draft, ...] | None:
        """The nearest coordination of exactly three countries among ``candidates`` ("Le
        Mali, le Burkina Faso et le Niger … Les trois pays")."""
        for draft in reversed(candidates):
            group = self.coordination(draft)
            joined = [d for d in candidates if self.root_of(d).i in group]
            seen: dict[str, Draft] = {}
            for d in joined:
                seen.setdefault(d.country or "", d)
            if len(seen) == 3:
                return tuple(seen.values())
        return None

    def co_argument(self, draft: Draft, token: Token) -> bool:
        """The mention is another argument of the verb the counted noun depends on: "L'UE a
        appelé les deux voisins" does not count the Union among the neighbours."""
        return self.root_of(draft).head.i == token.head.i

    def counted_pair(self, candidates: list[Draft], sides: bool) -> tuple[Draft, Draft] | None:
        """Two parties of ``candidates`` (in text order): the nearest coordination of
        exactly two, else the two nearest of different countries (of different codes for
        ``sides``)."""

        def key(d: Draft) -> str:
            return (d.code or "") if sides else (d.country or d.code or "")

        def between(group: set[int]) -> bool:
            first = self.doc[min(group)]
            return any(
                c.dep_ == "case" and self.folded(c.i) in self.model.between_words
                for c in dependents(first)
            )

        coordinated = list(reversed(candidates))
        if sides:
            # Sides are the two of an "entre X et Y" ("les combats entre l'armée et les
            # rebelles"), wherever a nearer coordination lists others ("des soldats
            # saoudiens et soudanais capturés").
            coordinated.sort(key=lambda d: not between(self.coordination(d) or {0}))
        for draft in coordinated:
            group = self.coordination(draft)
            if not group:
                continue
            joined = [d for d in candidates if self.root_of(d).i in group]
            keys = {key(d) for d in joined}
            if len(keys) == 2:
                seen: dict[str, Draft] = {}
                for d in joined:
                    seen.setdefault(key(d), d)
                found = list(seen.values())
                return found[0], found[1]
        # The two sides of the last act named: its subject and another party of its verb
        # ("Xi Jinping s'est entretenu avec Kim Jong Un, … auquel avait assisté Vladimir
        # Poutine. Les deux dirigeants ont promis …": Xi and Kim).
        for draft in reversed(candidates):
            root = self.root_of(draft)
            if root.dep_ not in SUBJECT_DEPS:
                continue
            party = next(
                (
                    d
                    for d in candidates
                    if d is not draft
                    and key(d) != key(draft)
                    and self.root_of(d).head.i == root.head.i
                    and self.root_of(d).dep_ in ("obj", "obl:arg", "obl:mod", "obl:agent", "iobj")
                ),
                None,
            )
            if party is not None:
                return (draft, party) if draft.start < party.start else (party, draft)
            break
        seen = {}
        for draft in reversed(candidates):
            seen.setdefault(key(draft), draft)
            if len(seen) == 2:
                later, earlier = list(seen.values())
                return earlier, later
        return None

    def compounds(self) -> list[tuple[int, int, list[Entry]]]:
        """Compound country adjectives: combining forms joined by hyphens to a demonym
        ("franco-allemandes", "américano-sud-coréennes", "israélo-palestinien", which the
        tokeniser may cut at the hyphen), as (token start, token end, one entry per part).
        Each part is a country of the thing qualified: "les manœuvres américano-sud-
        coréennes" are American and South Korean, "le conflit israélo-palestinien" is not
        Palestinian only."""
        combining = self.model.combining
        words = self.words
        folded, owner, total = words.folded, words.token, len(words.folded)
        found: list[tuple[int, int, list[Entry]]] = []
        w = 0
        while w < total:
            parts: list[Entry] = []
            v = w
            while v + 2 < total and folded[v] in combining and folded[v + 1] == "-":
                parts.append(combining[folded[v]])
                v += 2
            hit = words._match_at(self.model.index, v) if parts else None
            demonym = next((e for e in hit[1] if e.kind == "demonym"), None) if hit else None
            starts_token = w == 0 or owner[w - 1] != owner[w]
            if hit is None or demonym is None or not demonym.country or not starts_token:
                w += 1
                continue
            found.append((owner[w], hit[0], [*parts, demonym]))
            while w < total and owner[w] < hit[0]:
                w += 1
        return found

    def qualifiers(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """Nationality adjectives no mention took: "pétroliers grecs" -> GRC (country only).
        A compound adjective gives one qualifier per country, all on its tokens."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        spans: list[tuple[int, int, list[Entry]]] = []
        in_compound: set[int] = set()
        # A role phrase with no country may swallow the first part ("les exercices
        # militaires nippo-américains"): only a coded mention keeps the compound's words.
        coded = {i for m in mentions if m.code for i in range(m.token_start, m.token_end)}
        for start, end, parts in self.compounds():
            if any(i in coded for i in range(start, end)):
                continue
            spans.append((start, end, parts))
            in_compound.update(range(start, end))
        for unit in self.units:
            entry = unit.entry
            if unit.kind != "demonym" or entry is None or not entry.country:
                continue
            if any(i in covered or i in in_compound for i in range(unit.start, unit.end)):
                continue
            spans.append((unit.start, unit.end, [entry]))
        spans.sort(key=lambda s: s[0])
        return [self.qualifier(start, end, entry) for start, end, parts in spans for entry in parts]

    def qualifier(self, token_start: int, token_end: int, entry: Entry) -> ActorMention:
        text = self.parsed.article.text
        first, last = self.doc[token_start], self.doc[token_end - 1]
        start, end = first.idx, last.idx + len(last.text)
        return ActorMention(
            start=start,
            end=end,
            text=text[start:end],
            sentence_index=self.sentence_at(start),
            token_start=token_start,
            token_end=token_end,
            code=entry.country,
            country=entry.country,
            agent=None,
            name=self.name_of(entry.country),
            rule=entry.rule,
            kind="qualifier",
        )

    def freeze(self) -> list[ActorMention]:
        doc = self.doc
        text = self.parsed.article.text
        position = {id(d): n for n, d in enumerate(self.drafts)}
        mentions = []
        for draft in self.drafts:
            first, last = doc[draft.start], doc[draft.end - 1]
            start, end = first.idx, last.idx + len(last.text)
            antecedent = position.get(id(draft.antecedent)) if draft.antecedent else None
            listed = [position[id(m)] for m in draft.members if id(m) in position]
            if antecedent in listed:
                # The antecedent first: a reader that drops mentions before it (a dateline's)
                # and renumbers the antecedent can renumber the members alike.
                listed.remove(antecedent)
                listed.insert(0, antecedent)
            members = tuple(listed)
            mentions.append(
                ActorMention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence_index=self.sentence_at(start),
                    token_start=draft.start,
                    token_end=draft.end,
                    code=draft.code,
                    country=draft.country,
                    agent=draft.agent,
                    name=draft.name if draft.code else None,
                    rule=draft.rule if draft.code else None,
                    kind=draft.kind,
                    metonymy=draft.metonymy,
                    role=draft.role.id if draft.role else None,
                    antecedent=antecedent,
                    person=draft.person,
                    members=members if len(members) > 1 else (),
                )
            )
        return mentions


def resolve_actors(parsed: ParsedArticle, model: ActorModel) -> ActorAnalysis:
    """Every actor mention of the article, resolved or not, in text order."""
    resolver = _Resolver(parsed, model)
    mentions = resolver.run()
    return ActorAnalysis(mentions, qualifiers=resolver.qualifiers(mentions))
