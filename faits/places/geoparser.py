"""Find place mentions in a parsed article and resolve them to the gazetteer.

A place mention is one of:

* a curated name (``places/aliases.yaml``: regions, areas, a few country names), anywhere;
* a name governed by a locative preposition (``places/prepositions.yaml``): "à Moscou",
  "au Vietnam", including names damaged by a bad decoding ("à Hano?");
* a descriptor such as "dans la capitale russe" (``places/descriptors.yaml``), resolved
  through the country its adjective (``places/demonyms.yaml``), its complement or the
  article's context names;
* a place entity of the parser that is not an argument of a verb: "Moscou a réitéré…"
  makes Moscou an actor, coded by the actors stage, not a place.

Mentions are resolved in two passes: names that are sure (countries, unique names) and the
actors' countries make the article's country context, which then settles ambiguous names
("Tripoli") and bare descriptors ("dans la capitale").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from faits.actors import ActorAnalysis
from faits.lexicons import load_yaml
from faits.nlp.document import ParsedArticle
from faits.places.gazetteer import ALIASES_FILE, COUNTRY_LIKE, Gazetteer, Place
from faits.places.names import fold, is_damaged
from faits.places.resolve import best_damaged, best_place
from faits.places.tokens import (
    damaged_end,
    glued_word_end,
    has_article,
    inside_word,
    span_key,
)
from faits.records import Mention, PlaceRef
from faits.tokens import dependents

# CAMEO agent codes of media and journalists.
REPORTERS = frozenset({"MED", "JRN"})

PREPOSITIONS_FILE = "places/prepositions.yaml"
DESCRIPTORS_FILE = "places/descriptors.yaml"
DEMONYMS_FILE = "places/demonyms.yaml"
PARTICIPANTS_FILE = "places/participants.yaml"
DIVISIONS_FILE = "places/divisions.yaml"
GLOSSES_FILE = "places/glosses.yaml"
# How far after its gloss noun the country of a gloss may be named ("un village du nord-est
# du Burkina Faso": four words).
GLOSS_REACH = 8
# What a gloss may name to place what it glosses: a country, or a state or province of one.
GLOSS_KINDS = frozenset({"country", "admin1"})
# spaCy entity labels for places, and Universal Dependencies relations of a verb's
# arguments: both are conventions of the parser, not of a language.
PLACE_LABELS = frozenset({"LOC", "GPE"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
GOVERNING_KINDS = frozenset({"country", "capital", "continent"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "obl:agent"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
SKIPPED_BEFORE_NAME = frozenset({"DET", "ADP"})
MAX_NAME_TOKENS = 6
SMALL_PLACE = 15000
# A division named after a town by another of the town's names ("l'État de Borno" is not
# Borna, Germany, whose alternate names include "Borno") is only read as that town when the
# town is large, as the seat of a division usually is ("le Gouvernorat d'Alep").
DIVISION_SEAT_BY_ALIAS = 100000


@dataclass(frozen=True)
class PlaceMention:
    """A place expression: offsets into the article, doc token range, its resolution.

    ``preposition`` cites the locative preposition governing the mention (``None`` when it
    is not introduced by one); event location only trusts locative mentions.
    """

    start: int
    end: int
    text: str
    sentence_index: int
    token_start: int
    token_end: int
    place: PlaceRef | None
    rule: str | None
    preposition: str | None = None

    def to_mention(self, article_id: str) -> Mention:
        resolved = None
        if self.place is not None:
            resolved = {k: v for k, v in asdict(self.place).items() if k != "text"}
        return Mention(
            article_id,
            "place",
            self.text,
            self.start,
            self.end,
            resolved,
            self.sentence_index,
            self.rule,
        )


@dataclass(frozen=True)
class Preposition:
    rule: str
    prefers: str | None
    article_makes_dative: bool = False


@dataclass(frozen=True)
class Descriptor:
    rule: str
    refers_to: str


FOLDS_KEPT = 100_000


@dataclass(frozen=True, eq=False)
class PlaceModel:
    """The compiled place lexicons of one language."""

    language: str
    gazetteer: Gazetteer
    prepositions: dict[str, Preposition]
    descriptors: dict[str, Descriptor]
    demonyms: dict[str, str]
    participant_prepositions: frozenset[str]
    curated_prefixes: frozenset[str]
    capitalised_keys: frozenset[str]
    division_nouns: frozenset[str] = frozenset()
    gloss_nouns: dict[str, str] = field(default_factory=dict)
    # Token texts folded so far (articles share most of their words), emptied when large.
    folds: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, language: str) -> PlaceModel:
        gazetteer = Gazetteer.load(language)
        prepositions = {
            form: Preposition(
                f"{language}/{PREPOSITIONS_FILE}#{e['id']}",
                e.get("prefers"),
                bool(e.get("article_makes_dative")),
            )
            for e in load_yaml(language, PREPOSITIONS_FILE)
            for form in e["forms"]
        }
        descriptors = {
            fold(noun): Descriptor(f"{language}/{DESCRIPTORS_FILE}#{e['id']}", e["refers_to"])
            for e in load_yaml(language, DESCRIPTORS_FILE)
            for noun in e["nouns"]
        }
        demonyms = {
            fold(form): e["country"]
            for e in load_yaml(language, DEMONYMS_FILE)
            for form in e["forms"]
        }
        participants = frozenset(
            form for e in load_yaml(language, PARTICIPANTS_FILE) for form in e["forms"]
        )
        prefixes: set[str] = set()
        capitalised: set[str] = set()
        for entry in load_yaml(language, ALIASES_FILE):
            for name in entry["names"]:
                key = fold(name)
                prefixes.update(key[:n] for n in range(1, len(key) + 1))
                if name[:1].isupper():
                    capitalised.add(key)
        return cls(
            language,
            gazetteer,
            prepositions,
            descriptors,
            demonyms,
            participants,
            frozenset(prefixes),
            frozenset(capitalised),
            frozenset(
                fold(noun) for e in load_yaml(language, DIVISIONS_FILE) for noun in e["nouns"]
            ),
            {
                fold(noun): f"{language}/{GLOSSES_FILE}#{e['id']}"
                for e in load_yaml(language, GLOSSES_FILE)
                for noun in e["nouns"]
            },
        )


@dataclass
class _Candidate:
    """A span that names (or points at) a place, before resolution."""

    start: int
    end: int
    key: str
    preposition: Preposition | None = None
    descriptor: Descriptor | None = None
    places: list[Place] = field(default_factory=list)
    damaged: dict[str, list[Place]] = field(default_factory=dict)


def _growing_keys(doc: Doc, start: int, limit: int, folds: list[str]) -> Iterator[tuple[int, str]]:
    """(end, key) for the names starting at token ``start``, one token longer each time, up
    to ``MAX_NAME_TOKENS``: a hyphen or apostrophe inside a word ("Nord-Kivu") is part of
    the name, any other token without letters ends it."""
    key = ""
    for end in range(start + 1, min(start + MAX_NAME_TOKENS, limit) + 1):
        part = folds[end - 1]
        if not part:
            if inside_word(doc, end - 1, start):
                continue
            return
        key += part
        yield end, key


def _name_at(
    doc: Doc, start: int, model: PlaceModel, limit: int, folds: list[str]
) -> _Candidate | None:
    """The longest gazetteer name starting at token ``start``, or its damaged reading.

    A mark glued to a name that exists ("Paris?") is read as damage only when the damaged
    reading leads, unambiguously, somewhere else.
    """
    gazetteer = model.gazetteer
    found: _Candidate | None = None
    for end, key in _growing_keys(doc, start, limit, folds):
        if key in gazetteer:
            upper_only = doc[end - 1].text.isupper() and len(key) <= 4
            places = gazetteer.lookup(key)
            if upper_only:
                places = [p for p in places if p.kind not in ("city", "capital")]
            if places:
                found = _Candidate(start, end, key, places=places)
    end = damaged_end(doc, found.end if found else start + 1)
    key = "".join(folds[start:end])
    if not is_damaged(key):
        return found
    matches = gazetteer.lookup_damaged(key)
    if not matches:
        return found
    if found is None:
        return _Candidate(start, end, key, damaged=matches)
    reading = best_damaged(matches, None, Counter())
    plain = best_place(found.places, found.key, None, Counter())
    if reading is None or (plain is not None and reading[1].source == plain.source):
        return found
    return _Candidate(start, end, key, damaged=matches)


def _curated_at(doc: Doc, start: int, model: PlaceModel, folds: list[str]) -> _Candidate | None:
    """The longest curated name starting at token ``start`` (``folds``: the doc's token keys)."""
    found = None
    for end, key in _growing_keys(doc, start, len(doc), folds):
        if key not in model.curated_prefixes:
            break
        curated = [p for p in model.gazetteer.lookup(key) if p.curated]
        if curated and (key not in model.capitalised_keys or doc[start].text[:1].isupper()):
            found = _Candidate(start, end, key, places=curated)
    return found


def _preposition_before(doc: Doc, start: int, model: PlaceModel) -> Preposition | None:
    """The locative preposition right before a name, skipping articles: "dans le Donbass"."""
    i = start - 1
    while i >= 0 and doc[i].pos_ in SKIPPED_BEFORE_NAME:
        preposition = model.prepositions.get(doc[i].lower_)
        if preposition is not None:
            return _unless_dative(doc, preposition, i, start)
        i -= 1
    if i >= 0:
        preposition = model.prepositions.get(doc[i].lower_)
        return _unless_dative(doc, preposition, i, start) if preposition else None
    return None


def _unless_dative(doc: Doc, preposition: Preposition, at: int, start: int) -> Preposition | None:
    if preposition.article_makes_dative and has_article(doc, at + 1, start):
        return None
    return preposition


def _governing_preposition(doc: Doc, start: int, end: int, model: PlaceModel) -> Preposition | None:
    """The locative preposition before a name, or before the noun it complements.

    "dans le nord de la Syrie", "dans les rues de Khartoum": the name is the complement of
    a noun that is itself a location.
    """
    preposition = _preposition_before(doc, start, model)
    if preposition is not None:
        return preposition
    root = doc[start:end].root
    if not root.dep_.startswith("nmod") or root.head.pos_ != "NOUN":
        return None
    for child in dependents(root.head):
        if child.dep_ == "case" and child.lower_ in model.prepositions:
            found = model.prepositions[child.lower_]
            return Preposition(found.rule, None)
    return None


def _descriptor_at(doc: Doc, i: int, model: PlaceModel, folds: list[str]) -> _Candidate | None:
    descriptor = model.descriptors.get(folds[i])
    if descriptor is None or doc[i].pos_ != "NOUN":
        return None
    start = i
    while start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    end = i + 1
    word = glued_word_end(doc, end) if end < len(doc) else end
    if word > end and span_key(doc, end, word) in model.demonyms:
        end = word
    return _Candidate(start, end, folds[i], descriptor=descriptor)


def _entity_name(ent: Span, model: PlaceModel, folds: list[str]) -> _Candidate | None:
    """A place entity: its longest known name, else the whole entity, unresolved.

    An unknown entity with no proper noun in it ("les deux États") is a tagging slip, not
    a place; one starting with a lower-case word is only a country or continent ("la rue
    de Paris" is no city, a badly cased "états-Unis" is still a country).
    """
    doc = ent.doc
    start = ent.start
    while start < ent.end - 1 and doc[start].pos_ in SKIPPED_BEFORE_NAME:
        start += 1
    limit = damaged_end(doc, ent.end)
    found = _curated_at(doc, start, model, folds) or _name_at(doc, start, model, limit, folds)
    if found is not None and _common_noun_for_small_place(doc, found):
        found = None
    if found is not None and not doc[start].text[:1].isupper():
        found.places = [p for p in found.places if p.kind in COUNTRY_LIKE]
        found = found if found.places else None
    if found is not None:
        return found
    if not any(token.pos_ == "PROPN" for token in doc[start : ent.end]):
        return None
    inner = _complement_name(ent, start, model, limit, folds)
    if inner is not None:
        return inner
    return _Candidate(start, max(ent.end, limit), span_key(doc, start, ent.end))


def _complement_name(
    ent: Span, start: int, model: PlaceModel, limit: int, folds: list[str]
) -> _Candidate | None:
    """The known name a place entity headed by a common noun ends on: "gare de
    Kramatorsk", "hôpital al-Ahli de Gaza" are in Kramatorsk and Gaza. Only a capitalised
    name right after a preposition or article, so a name glued inside another ("al-Ahli")
    is not read as a place of its own. A capitalised head is a proper name ("Banque de
    France") unless it is a division noun (divisions.yaml: "l'État de Kaduna"). Only a town of some size: "la prison d'Evin" is no
    French village of that name, and "la mer du Japon" is not in Japan."""
    doc = ent.doc
    division = fold(doc[start].text) in model.division_nouns
    if doc[start].text[:1].isupper() and not division:
        return None
    for i in range(start + 1, ent.end):
        if not doc[i].text[:1].isupper() or doc[i - 1].pos_ not in SKIPPED_BEFORE_NAME:
            continue
        found = _curated_at(doc, i, model, folds) or _name_at(doc, i, model, limit, folds)
        if found is None:
            continue
        found.places = [
            p
            for p in found.places
            if p.kind not in COUNTRY_LIKE
            and (p.curated or p.population >= SMALL_PLACE)
            and (
                not division
                or p.curated
                or found.key == p.primary_key
                or p.population >= DIVISION_SEAT_BY_ALIAS
            )
        ]
        if found.places:
            return found
    return None


def _division_after(doc: Doc, noun: int, model: PlaceModel, folds: list[str]) -> _Candidate | None:
    """A first-level subdivision named after a division noun: "l'État de Benue", "la
    province de Cabo Delgado" (ISO 3166-2 names, no coordinates). A town or curated name
    as long as the subdivision's is kept instead ("l'État de Kaduna" is read in Kaduna, with
    its coordinates); a shorter one is a slip ("Cabo" is a Brazilian town)."""
    start = noun + 1
    while start < len(doc) and start <= noun + 2 and doc[start].pos_ in SKIPPED_BEFORE_NAME:
        start += 1
    if start == noun + 1 or start >= len(doc) or not doc[start].text[:1].isupper():
        return None
    found: _Candidate | None = None
    for end, key in _growing_keys(doc, start, len(doc), folds):
        places = model.gazetteer.lookup_division(key)
        if places:
            found = _Candidate(start, end, key, places=places)
    if found is None:
        return None
    other = _curated_at(doc, start, model, folds) or _name_at(doc, start, model, len(doc), folds)
    if other is not None and other.end >= found.end:
        return None
    return found


def _common_noun_for_small_place(doc: Doc, candidate: _Candidate) -> bool:
    """A capitalised common noun ("Gare", "Ville") matches a small town only by accident."""
    if candidate.end - candidate.start != 1 or doc[candidate.start].pos_ != "NOUN":
        return False
    return all(p.population < SMALL_PLACE for p in candidate.places)


def _may_govern(candidate: _Candidate) -> bool:
    """Countries and capitals stand for governments ("accuser Moscou"); other cities do not
    ("Il a visité Alep"). An unknown name may be either."""
    places = candidate.places or [p for ps in candidate.damaged.values() for p in ps]
    return not places or any(p.kind in GOVERNING_KINDS for p in places)


def _part_of_person(doc: Doc, candidate: _Candidate) -> bool:
    """A person's name that starts like a place: "à Vladimir Poutine", "à Florence Parly".

    The name goes on after the match, as a capitalised word or inside a person entity.
    """
    after = doc[candidate.end] if candidate.end < len(doc) else None
    if after is None:
        return False
    if after.is_alpha and after.is_title:
        return True
    return after.ent_type_ in PERSON_LABELS and after.ent_iob_ == "I"


def _is_actor(
    doc: Doc, candidate: _Candidate, model: PlaceModel, actors: ActorAnalysis | None
) -> bool:
    """A subject or agent; a country, capital or continent as object; a participant ("avec
    Pyongyang"); or a name the actors stage coded.

    Conjuncts share the role of the first one: "négociée par le Qatar et l'Égypte".
    """
    root = doc[candidate.start : candidate.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECT_DEPS or (root.dep_ in OBJECT_DEPS and _may_govern(candidate)):
        return True
    if any(
        child.dep_ == "case" and child.lower_ in model.participant_prepositions
        for child in dependents(root)
    ):
        return True
    if actors is not None:
        actor = actors.at_token(candidate.start)
        return actor is not None and actor.code is not None
    return False


def _candidates(doc: Doc, model: PlaceModel, actors: ActorAnalysis | None) -> list[_Candidate]:
    taken = [False] * len(doc)
    found: list[_Candidate] = []

    def keep(candidate: _Candidate) -> None:
        if candidate.preposition is None:
            candidate.preposition = _governing_preposition(
                doc, candidate.start, candidate.end, model
            )
        found.append(candidate)
        for i in range(candidate.start, candidate.end):
            taken[i] = True

    # Token attributes read once per doc, from its arrays: spaCy builds a Python object per
    # token access, and most tokens are never looked at again.
    strings = doc.vocab.strings
    orths, lows = doc.to_array([ORTH, LOWER]).T.tolist() if len(doc) else ([], [])
    texts = [strings[orth] for orth in orths]
    known = model.folds
    if len(known) > FOLDS_KEPT:
        known.clear()
    keys = {}
    for text in set(texts):
        key = known.get(text)
        if key is None:
            key = known[text] = fold(text)
        keys[text] = key
    folds = [keys[text] for text in texts]
    lowers = [strings[low] for low in lows]
    for i, key in enumerate(folds):
        if not taken[i] and key in model.curated_prefixes:
            curated = _curated_at(doc, i, model, folds)
            if curated is None:
                continue
            curated.preposition = _governing_preposition(doc, curated.start, curated.end, model)
            country_named = all(p.kind == "country" for p in curated.places)
            if (
                curated.preposition
                or not country_named
                or not _is_actor(doc, curated, model, actors)
            ):
                keep(curated)

    for i, key in enumerate(folds):
        if not taken[i] and key in model.division_nouns:
            division = _division_after(doc, i, model, folds)
            if division is not None:
                keep(division)

    prepositions = model.prepositions
    for i, lower in enumerate(lowers):
        preposition = prepositions.get(lower)
        if preposition is None:
            continue
        token = doc[i]
        if token.pos_ not in ("ADP", "ADV"):
            continue
        start = token.i + 1
        while start < len(doc) and doc[start].pos_ in SKIPPED_BEFORE_NAME:
            start += 1
        if start >= len(doc) or taken[start]:
            continue
        if preposition.article_makes_dative and has_article(doc, token.i + 1, start):
            continue
        candidate = _descriptor_at(doc, start, model, folds)
        if candidate is None and start > token.i + 1 and doc[token.i + 1].text[:1].isupper():
            candidate = _name_at(doc, token.i + 1, model, len(doc), folds)
        if candidate is None and doc[start].text[:1].isupper():
            candidate = _name_at(doc, start, model, len(doc), folds)
        if (
            candidate is not None
            and candidate.descriptor is None
            and _part_of_person(doc, candidate)
        ):
            continue
        if candidate is not None:
            candidate.preposition = preposition
            keep(candidate)

    by_end = {c.end: c for c in found if c.preposition is not None}
    for i, key in enumerate(folds):
        if taken[i] or key not in model.descriptors:
            continue
        candidate = _descriptor_at(doc, i, model, folds)
        if candidate is None:
            continue
        comma = candidate.start - 1
        if comma > 0 and doc[comma].is_punct and comma in by_end:
            candidate.preposition = by_end[comma].preposition
            keep(candidate)

    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(taken[ent.start : ent.end]):
            continue
        candidate = _entity_name(ent, model, folds)
        if candidate is None:
            continue
        if candidate.preposition is None:
            candidate.preposition = _governing_preposition(
                doc, candidate.start, candidate.end, model
            )
        if candidate.preposition is None and _is_actor(doc, candidate, model, actors):
            continue
        keep(candidate)

    found.sort(key=lambda c: c.start)
    return found


def _resolve_name(candidate: _Candidate, context: Counter[str]) -> tuple[str, Place] | None:
    prefers = candidate.preposition.prefers if candidate.preposition else None
    if candidate.places:
        place = best_place(candidate.places, candidate.key, prefers, context)
        return (candidate.key, place) if place is not None else None
    if candidate.damaged:
        return best_damaged(candidate.damaged, prefers, context)
    return None


def _gloss_country(doc: Doc, end: int, model: PlaceModel) -> tuple[str, str] | None:
    """(country, rule) of an apposition glossing the place that ends at token ``end``: a
    comma, a determiner, a gloss noun, then a country named within ``GLOSS_REACH`` words of
    it, in the same phrase ("du Burkina Faso" is no place candidate of its own: "de" is no
    place preposition)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    # "Maga, dans l'État de Kebbi", "Maga, au nord-ouest du Nigeria": a locative phrase
    # glosses it too.
    at = end + 2 if doc[end + 1].pos_ == "ADP" else end + 1
    at = at + 1 if at < len(doc) and doc[at].pos_ == "DET" else at
    noun = doc[at] if end + 1 < at < len(doc) and doc[at].pos_ in ("NOUN", "PROPN") else None
    rule = model.gloss_nouns.get(fold(noun.text)) if noun is not None else None
    if noun is None or rule is None:
        return None
    limit = min(noun.i + 1 + GLOSS_REACH, len(doc))
    folds = [fold(t.text) for t in doc[: limit + MAX_NAME_TOKENS]]
    division = _division_after(doc, noun.i, model, [fold(t.text) for t in doc])
    country = division.places[0].country if division is not None and division.places else None
    if country:
        return country, rule
    for i in range(noun.i + 1, limit):
        if doc[i].is_punct and doc[i].text not in "-'’":
            return None
        if not doc[i].text[:1].isupper():
            continue
        name = _name_at(doc, i, model, len(folds), folds)
        country = (
            next((p.country for p in name.places if p.kind in GLOSS_KINDS), None) if name else None
        )
        if country:
            return country, rule
    return None


def _glossed(
    doc: Doc,
    model: PlaceModel,
    result: tuple[_Candidate, Place | None, str | None],
) -> tuple[_Candidate, Place | None, str | None]:
    """A place glossed as lying in a country is there: "Solhan, un village du nord-est du
    Burkina Faso" is not the Turkish town of that name, the only Solhan the gazetteer has."""
    candidate, place, rule = result
    if place is None or place.kind in COUNTRY_LIKE:
        return result
    gloss = _gloss_country(doc, candidate.end, model)
    if gloss is None or gloss[0] == place.country:
        return result
    country, gloss_rule = gloss
    namesake = next((p for p in candidate.places if p.country == country), None)
    if namesake is not None:
        return candidate, namesake, namesake.source
    # Too small for the gazetteer: known to its country, with no point of its own.
    known = Place(
        gloss_rule,
        "country",
        doc[candidate.start : candidate.end].text,
        country,
        None,
        None,
        None,
        0,
    )
    return candidate, known, gloss_rule


def _descriptor_country(
    doc: Doc,
    candidate: _Candidate,
    model: PlaceModel,
    resolved: dict[int, Place],
    timeline: list[tuple[int, str]],
    context: Counter[str],
) -> str | None:
    """The country a descriptor points at: its adjective, its complement, else the context.

    The adjective is the demonym glued to the noun (``_descriptor_at`` took it into the
    span): the parser often hangs "la capitale algérienne mardi" elsewhere.
    """
    noun = next(t for t in doc[candidate.start : candidate.end] if t.pos_ == "NOUN")
    if candidate.end > noun.i + 1:
        return model.demonyms[span_key(doc, noun.i + 1, candidate.end)]
    for child in dependents(noun):
        place = resolved.get(child.i)
        if child.dep_.startswith("nmod") and place is not None and place.kind == "country":
            return place.country
    before = [country for start, country in timeline if start < doc[candidate.start].idx]
    if before:
        return before[-1]
    if context:
        return context.most_common(1)[0][0]
    return None


def find_places(
    parsed: ParsedArticle, model: PlaceModel, actors: ActorAnalysis | None = None
) -> list[PlaceMention]:
    """Every place mention of the article, resolved or not, in text order."""
    doc = parsed.doc
    candidates = _candidates(doc, model, actors)

    timeline: list[tuple[int, str]] = []
    if actors is not None:
        known = model.gazetteer.countries
        # A news outlet's country ("(AFP)", "selon Reuters") says who reports, not where:
        # it is no context for "dans la capitale".
        timeline += [
            (m.start, m.country)
            for m in actors.mentions
            if m.country in known and m.agent not in REPORTERS
        ]
    empty: Counter[str] = Counter()
    for candidate in candidates:
        first = _resolve_name(candidate, empty)
        if first is None or first[1].country is None:
            continue
        sure = first[1].kind in COUNTRY_LIKE or first[1].curated or len(candidate.places) == 1
        if sure:
            timeline.append((doc[candidate.start].idx, first[1].country))
    timeline.sort()
    context = Counter(country for _, country in timeline)

    resolved: dict[int, Place] = {}
    results: list[tuple[_Candidate, Place | None, str | None]] = []
    for candidate in candidates:
        if candidate.descriptor is not None:
            continue
        found = _resolve_name(candidate, context)
        place = found[1] if found else None
        if place is not None:
            for i in range(candidate.start, candidate.end):
                resolved[i] = place
        results.append((candidate, place, place.source if place else None))
    results = [_glossed(doc, model, result) for result in results]
    for candidate in candidates:
        if candidate.descriptor is None:
            continue
        country = _descriptor_country(doc, candidate, model, resolved, timeline, context)
        place = model.gazetteer.capitals.get(country) if country else None
        results.append((candidate, place, candidate.descriptor.rule if place else None))

    mentions = []
    for candidate, place, rule in sorted(results, key=lambda r: r[0].start):
        span = doc[candidate.start : candidate.end]
        mentions.append(
            PlaceMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                sentence_index=parsed.sentence_index_at(span.start_char),
                token_start=span.start,
                token_end=span.end,
                place=place.to_ref(span.text) if place else None,
                rule=rule,
                preposition=candidate.preposition.rule if candidate.preposition else None,
            )
        )
    return mentions
