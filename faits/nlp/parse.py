"""Load the parser named by a language's lexicon folder and turn articles into docs.

An article is parsed as one ``Doc`` whose text is exactly the article's cleaned text, so
every offset a stage reports is an offset into that text. Line breaks always end a
sentence (headlines, datelines and list items carry no final full stop). Very long texts
are parsed in paragraph-aligned chunks and joined back, keeping the text identical.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
import spacy
from spacy import attrs
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token
from srsly import msgpack

from faits.lexicons import language_settings

# ``Doc.to_bytes``/``from_bytes`` go through srsly, which rebuilds its numpy codec chain from a
# scan of every function registered with catalogue (all of spaCy's) on each call: 1-2 ms per
# article, more than the packing itself. The chains are built once here, and the bytes are
# the same as ``Doc.to_bytes`` gives (msgpack, binary type, numpy arrays as srsly packs them).
_EXCLUDED = ["tensor", "user_data"]


def _chain(codecs: Iterable[Callable[..., Any]]) -> Callable[..., Any] | None:
    chained = None
    for codec in codecs:
        chained = functools.partial(codec, chain=chained)
    return chained


_ENCODE = _chain(msgpack.msgpack_encoders.get_all().values())
_DECODE = _chain(msgpack.msgpack_decoders.get_all().values())

# What a sentence may end with (the last character of its last word or mark): after
# anything else the next token is never a sentence start.
SENTENCE_ENDINGS = frozenset('.!?…:;»"”)]')
# What the sentence rules read of each token.
_RULE_COLUMNS = [attrs.ORTH, attrs.SPACY, attrs.IS_SPACE, attrs.IS_ALPHA, attrs.SENT_START]
# spaCy refuses texts longer than nlp.max_length; chunks stay well below it.
CHUNK_CHARS = 100_000


@Language.component("faits_sentence_rules")
def news_sentence_rules(doc: Doc) -> Doc:
    """Sentence rules the parser gets wrong on news text.

    A line break always ends a sentence (headlines and datelines carry no full stop). A
    question mark glued to a word and followed by lower case or a comma is a letter lost to
    a bad encoding ("à Hano?, au Vietnam", "à Hano? les 27 et 28"), not the end of a question.
    A hyphen glued to both its neighbours joins a compound the tokenizer split
    ("postes-frontières", "attentat-suicide", "Addis-Abeba"): left to itself the parser
    cut the sentence there. And no sentence starts after a word: a sentence ends with a
    mark (full stop, question or exclamation mark, colon, semicolon, closing quote or
    bracket). Left free, the parser cut a subject off its verb ("Pékin | a annulé les
    pourparlers", "Paris et Berlin | partagent …") or an incise off its clause ("…,
    détenu depuis 2019 | , a entamé une grève de la faim") in one development record in
    twelve.
    """
    # Read once as arrays and written back in one call: a Token object per read or write
    # (three per token) made this component a fifth of the time the parser takes. A token's
    # trailing whitespace is a single space or nothing: a line break is a token of its own.
    if not len(doc):
        return doc
    array = doc.to_array(_RULE_COLUMNS)
    strings = doc.vocab.strings
    texts = [strings[key] for key in array[:, 0].tolist()]
    spaced, space, alpha = (array[:, column].tolist() for column in (1, 2, 3))
    starts = array[:, 4].view(numpy.int64).tolist()  # 1 a start, -1 none, 0 the parser's call
    for i in range(1, len(texts)):
        if space[i]:
            starts[i] = -1
    last = ""  # the last word or mark before the following token, spaces skipped
    # the first tokens of the first lines, where a dateline may stand
    lines = [0] if not space[0] else []
    for i in range(len(texts) - 1):
        text = texts[i]
        if not space[i]:
            last = text
        if "\n" in text:
            if not space[i + 1]:
                starts[i + 1] = 1
                if len(lines) < DATELINE_LINES:
                    lines.append(i + 1)
        elif text == "?" and _damaged_letter(i, texts, spaced, alpha):
            starts[i + 1] = -1
        elif text == "-" and _glued_hyphen(i, spaced, space):
            starts[i] = -1
            starts[i + 1] = -1
        elif last[-1:] not in SENTENCE_ENDINGS:
            starts[i + 1] = -1
    # spaCy reads the column as unsigned: -1 (no start) is passed as its two's complement.
    column: Any = numpy.array(starts, dtype=numpy.int64).view(numpy.uint64)
    doc.from_array([attrs.SENT_START], column)
    _cut_wire_datelines(doc, lines)
    return doc


# The dashes that close a wire dateline ("BAGDAD, 3 mars (AFP) — Le …"), and how far after
# the line's first word one may stand.
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_TOKENS = 12
# A dispatch's dateline opens one of its first lines (after at most a title and a subtitle).
DATELINE_LINES = 3


def _cut_wire_datelines(doc: Doc, lines: list[int]) -> None:
    """A wire dateline opening one of the first lines (``lines``: their first tokens) is a sentence.

    Agencies open a dispatch with the city in capitals, often the day and their name, then a
    dash: "CARACAS, 29 juillet (Reuters) — Le gouvernement a ordonné …". Left in the
    sentence, the parser made the city its subject ("PORT-AU-PRINCE — Des membres … ont
    pris": the gang members lost) or its root, with the clause hung on it as a parataxis.
    The dateline ends at its dash when the line opens with a word in capitals, the dash
    stands alone between spaces, the next word is capitalised, and either a comma or a
    bracket stands before the dash or the dash is a long one: "UE - Russie : …" is a
    headline, not a dateline.
    """
    for start in lines:
        first = doc[start]
        if not (first.is_upper and first.text[:1].isalpha() and len(first.text) > 1):
            continue
        marked = False
        for token in doc[start + 1 : min(start + DATELINE_TOKENS, len(doc) - 1)]:
            if "\n" in token.text or "\n" in token.whitespace_ or token.is_space:
                break
            if token.text in (",", "("):
                marked = True
            elif token.text in DATELINE_DASHES and token.whitespace_:
                following = doc[token.i + 1]
                glued = not doc[token.i - 1].whitespace_
                long_dash = token.text not in ("-", "--")
                if not glued and (marked or long_dash) and following.text[:1].isupper():
                    token.is_sent_start = False
                    following.is_sent_start = True
                break


def _glued_hyphen(i: int, spaced: list[int], space: list[int]) -> bool:
    """Is the hyphen at ``i`` glued to the word before it and to the one after?"""
    return i > 0 and not spaced[i] and not spaced[i - 1] and not space[i - 1]


def _damaged_letter(i: int, texts: list[str], spaced: list[int], alpha: list[int]) -> bool:
    """Is the question mark at ``i`` glued to a word and followed by lower case or a comma?"""
    if i == 0:
        return False
    glued = not spaced[i - 1] and alpha[i - 1]
    following = texts[i + 1]
    return bool(glued) and (following == "," or following[:1].islower())


# The parts of speech the tagger gives participles it does not know; a word the parser makes
# the head of a tense auxiliary is a verb whatever the tagger said.
NOT_PARTICIPLES = frozenset({"NOUN", "ADJ", "ADV", "X"})
TENSE_AUXILIARY = "aux:tense"
# A verb in the present indicative that the tagger misreads heads a subject although it is
# tagged a noun or an adjective ("L'UE sanctionne la Biélorussie": NOUN "sanctionne"). A real
# noun heading a subject has a copula, an article or a preposition of its own.
SUBJECT = "nsubj"
NOT_VERB_CHILDREN = frozenset({"cop", "det", "case", "nummod"})
NOT_VERBS = frozenset({"NOUN", "ADJ"})
# The indirect object pronoun that reads as a possessive determiner before a verb.
CLITICS = frozenset({"leur"})
SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "X"})
# The complements such a word was given as a noun, named as a verb's: a bare noun phrase is its
# object, one with a preposition its oblique.
NOUN_COMPLEMENT = "nmod"
# The preposition of a noun's complement ("figure de la révolution").
NOUN_PREPOSITION = "de"
# The plural indefinite article the tagger reads as a preposition ("livre des chars").
PARTITIVES = frozenset({"des"})
# "Moscou expulse deux diplomates": the parser makes the capital the root and hangs the
# present-tense verb on it as a clause or an adjective modifying it.
MODIFIER_VERBS = ("acl", "amod", "nmod", "advmod", "punct", "flat:name", "dep")
# Links only a noun or a name takes; on a verb they are its object the parser misread
# ("expulse deux diplomates": nmod; "bombarde Kharkiv": flat:name).
NOUN_LINKS = ("nmod", "flat:name")
# The token attributes the repair reads as arrays (HEAD is an offset, MORPH a string id).
COLUMNS = [attrs.DEP, attrs.POS, attrs.LEMMA, attrs.LOWER, attrs.ORTH, attrs.HEAD, attrs.MORPH]
# Parts of speech that are never a misread verb.
CLOSED_CLASSES = ("PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "NUM", "PRON", "AUX", "SYM")
COPULA = "être"
# What a bare noun after its verb ("a levé mercredi …") may hang on the verb as.
BARE_ADVERBIALS = ("obl:mod", "obl", "xcomp", "obj")
# What a noun phrase that is no bare adverbial has of its own.
NOUN_MARKERS = ("det", "case", "nummod")
# How far after its verb such a noun may stand (an adverb between: "a levé hier soir").
BARE_DISTANCE = 2
# What a clause's predicate governs as a clause, not as a noun: it moves to the real verb.
CLAUSE_LINKS = frozenset({"nsubj", "aux", "mark", "advmod", "punct", "advcl", "obl", "expl"})
# Clauses that hang on a word and may hold a finite verb of their own beside the main one.
DEPENDENT_CLAUSES = frozenset({"conj", "acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
PRESENT_FORMS = ("e", "ent")
# The future and the conditional, as unmistakable in writing as the tagger is unsure of them
# ("enquêteront": NOUN), with the morphology each gives the verb.
FUTURE_FORMS = {"ra": "Fut", "ront": "Fut", "rait": "Cnd", "raient": "Cnd"}
FINITE_FORMS = PRESENT_FORMS + tuple(FUTURE_FORMS)
# The words that open a clause whose verb the tagger may miss ("ce que Kigali dément"), and
# the endings of the present's third person such a verb has ("dément", "nie", "contestent").
COMPLEMENTISERS = ("que", "qu'")
CLAUSE_FORMS = ("e", "ent", "t", "d")
FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
# The tense auxiliary, and what may stand between it and its participle: an adverbial phrase
# opening on a preposition or an adverb ("de son côté", "pour sa part"), of a few words.
TENSE_VERB = "avoir"
INCISE_OPENERS = frozenset({"ADP", "ADV"})
INCISE_WORDS = frozenset({"ADP", "ADV", "DET", "NOUN", "PRON", "ADJ"})
INCISE_LENGTH = 4
# Feminine past participles end like the present ("condamnée"); they are not present forms.
PARTICIPLES = ("ée",)
VERB_ENDINGS = ("er", "ir", "re", "oir", "ïr")
# The third person singular present of the first group ("réclame"), which the lemmatiser's
# rules lack; the headline tense.
PRESENT_ENDINGS = (("e", "er"),)
# How a name hangs on the title before it ("le président Ilham Aliev": nmod, or appos).
NAME_LINKS = ("nmod", "appos", "flat:name")
# What a capitalised word may follow and still open a phrase, so be no name in mid-sentence.
PHRASE_OPENERS = frozenset("«\"“—–-(:‘'’")
# The clauses a name misread as the root verb may govern, of which the first after the name
# is the sentence's real verb ("Narendra Modi a promis …": "promis" hangs on "Narendra").
ROOT_CLAUSES = ("advcl", "conj", "ccomp", "xcomp", "parataxis", "obl:arg", "obl")
# Links by which a name's second part may hang on its first (or on what the first governs).
NAME_PART_LINKS = frozenset({"flat:name", "obj", "xcomp", "obl:arg", "appos", "nmod", "nsubj"})
# What stays on a misread name when its clauses move to the real verb: what qualifies it.
NOUN_MODIFIERS = frozenset({"acl", "acl:relcl", "amod", "appos", "nmod", "det"})
# Links a noun phrase keeps when it takes a misread name's place under the name's head.
NOMINAL_LINKS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod"})
# Verbs whose compound tenses take "être" in the active ("sont convenus de …", "est arrivé",
# "sont entrés dans Bukavu"): with it, the auxiliary is their tense, not the passive's.
ETRE_TENSE_VERBS = frozenset(
    {
        "aller", "venir", "revenir", "devenir", "redevenir", "parvenir", "intervenir",
        "survenir", "convenir", "arriver", "partir", "repartir", "entrer", "rentrer",
        "rester", "tomber", "retomber", "retourner", "naître", "mourir", "décéder",
        "accourir", "descendre", "monter", "sortir",
    }
)  # fmt: skip


@Language.factory("faits_participle_repair", requires=["token.lemma", "token.dep"])
def make_participle_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the verb repair with the pipeline's own verb lemmatisation tables."""
    # spaCy's stubs type a pipe as a bare callable: its tables are read untyped.
    lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009
    tense_auxiliary = _hash(nlp, TENSE_AUXILIARY)
    subject = _hash(nlp, SUBJECT)
    verb_pos = _hash(nlp, "VERB")
    verbs = frozenset(lookups.get_table("lemma_index", {}).get("verb", ()))
    adjectives = frozenset(lookups.get_table("lemma_index", {}).get("adj", ()))
    # the irregular verbs' inflected forms ("dément": "démentir"), which the index lacks
    irregular: dict[str, list[str]] = lookups.get_table("lemma_exc", {}).get("verb", {})
    rules = [tuple(rule) for rule in lookups.get_table("lemma_rules", {}).get("verb", [])]
    present_rules = rules + list(PRESENT_ENDINGS)
    modifiers = _hashes(nlp, MODIFIER_VERBS)
    copula = _hash(nlp, "cop")
    noun_links = _hashes(nlp, NOUN_LINKS)
    nominal = _hashes(nlp, NOT_VERBS)
    # what a verb conjunct may be misattached to: a noun, a name or an adjective
    misread_heads = _hashes(nlp, ("NOUN", "PROPN", "ADJ"))
    closed = _hashes(nlp, CLOSED_CLASSES)
    bare_adverbials = _hashes(nlp, BARE_ADVERBIALS)
    markers = _hashes(nlp, NOUN_MARKERS)
    names = _hashes(nlp, ("NOUN", "PROPN"))
    adverb = _hash(nlp, "ADV")
    strings = nlp.vocab.strings
    complementisers = _hashes(nlp, COMPLEMENTISERS)
    root = _hash(nlp, "ROOT")
    clause = _hash(nlp, "acl")
    conjunct = _hash(nlp, "conj")
    have = _hash(nlp, TENSE_VERB)
    be = _hash(nlp, COPULA)
    passive_auxiliary = _hash(nlp, "aux:pass")
    proper = _hashes(nlp, ("PROPN",))
    auxiliaries = _hashes(nlp, ("aux:tense", "aux:pass", "aux", "aux:caus"))
    comma = _hash(nlp, ",")
    determiner = _hash(nlp, "DET")
    clitics = _hashes(nlp, CLITIC_OBJECTS)
    objects = _hashes(nlp, ("obj", "iobj"))

    # Which lemmas and morphologies a verb's repair must look at, decided once per string.
    @functools.lru_cache(maxsize=8192)
    def suspect_lemma(key: int) -> bool:
        return strings[key].endswith("re")

    @functools.lru_cache(maxsize=1024)
    def suspect_tense(key: int) -> bool:
        morphology = strings[key] if key else ""
        return "Tense=Fut" in morphology or "Mood=Cnd" in morphology

    def repair_participles(doc: Doc) -> Doc:
        """A word the parser made the head of a tense auxiliary is a verb's participle.

        The tagger reads an unfamiliar participle as a noun, an adjective or an adverb
        ("des miliciens ont massacré …": NOUN of lemma "massacré"; "a été violé": ADV) while
        the parser attaches "ont" to it as its tense auxiliary. The stages after the parse
        find verbs by part of speech and lemma, so the word gets the verb's, when the
        lemmatiser's own verb rules turn it into a verb; otherwise it stays as tagged.
        Present-tense verbs get the same care (see ``repair_present``).
        """
        # Only the tense auxiliaries are visited: reading every token from Python would cost
        # a fair share of what the rest of the coding does.
        table = doc.to_array(COLUMNS)
        capital_verbs = (table[:, 1] == verb_pos) & (table[:, 3] != table[:, 4])
        if capital_verbs.any():
            for i in numpy.flatnonzero(capital_verbs).tolist():
                repair_name_verb(doc[i], verbs, irregular)
            table = doc.to_array(COLUMNS)
        dep, pos, lemma, lower, orth = (table[:, k] for k in range(5))
        # HEAD is a signed offset stored in the unsigned table
        heads = numpy.arange(len(doc)) + table[:, 5].astype("int64")
        for i in numpy.flatnonzero(dep == tense_auxiliary).tolist():
            word = doc[i].head
            if word.i == i or word.pos_ not in NOT_PARTICIPLES:
                continue
            found = participle_lemma(word.text.lower(), rules, verbs)
            if found is not None:
                word.pos_ = "VERB"
                word.lemma_ = found
                word.morph = MorphAnalysis(doc.vocab, {"Tense": "Past", "VerbForm": "Part"})
        verb_rows = numpy.flatnonzero(pos == verb_pos).tolist()
        for i in verb_rows:
            if lemma[i] == lower[i] or suspect_lemma(int(lemma[i])):
                repair_present_lemma(doc[i], present_rules, verbs)
        for i in verb_rows:
            if suspect_tense(int(table[i, 6])):
                repair_tense(doc[i])
        nominal_heads = _any_of(pos[heads], nominal)
        for i in numpy.flatnonzero((dep == subject) & nominal_heads).tolist():
            repair_present(doc[i].head, present_rules, verbs)
        for i in numpy.flatnonzero(_any_of(lower, complementisers)).tolist():
            repair_clause_verb(doc, i, irregular, rules, verbs)
            repair_comma_relative(doc[i])
        open_lower = (orth == lower) & ~_any_of(pos, closed)
        for i in numpy.flatnonzero(_any_of(dep, modifiers) & open_lower).tolist():
            repair_modifier_verb(doc[i], rules, verbs, adjectives)
        for i in numpy.flatnonzero(dep == copula).tolist():
            repair_copula(doc[i])
        # an object clitic read as an article ("Téhéran les accuse", ", l'accusant")
        determiners = _any_of(lower, clitics) & (pos == determiner)
        for i in numpy.flatnonzero(determiners & _any_of(dep, objects)).tolist():
            repair_clitic_determiner(doc[i])
        # a verb of the "avoir" tense read as passive ("Le président X a critiqué l'arrêt")
        for i in numpy.flatnonzero((dep == tense_auxiliary) & (lemma == have)).tolist():
            repair_false_passive(doc[i].head)
        # a verb of the "être" tense read as passive ("Bahreïn et l'Iran sont convenus de …")
        for i in numpy.flatnonzero((dep == passive_auxiliary) & (lemma == be)).tolist():
            repair_etre_tense(doc[i].head)
        # "avoir" as no verb's auxiliary: a tense split by an incise ("a de son côté convoqué")
        for i in numpy.flatnonzero((lemma == have) & ~_any_of(dep, auxiliaries)).tolist():
            repair_split_tense(doc[i])
        # the parts of speech as the repairs above left them
        pos_now = doc.to_array(attrs.POS)
        # a noun between commas after a name, read as a present verb ("X, figure de …,")
        for i in numpy.flatnonzero(pos_now == verb_pos).tolist():
            if i > 1 and orth[i - 1] == comma:
                repair_apposed_noun(doc[i])
        pos_now = doc.to_array(attrs.POS)
        # a participle coordinated with a participle clause rather than the tensed verb
        rows = numpy.arange(len(doc))
        verb_heads = (pos_now[heads] == verb_pos) | _any_of(pos_now[heads], misread_heads)
        stray = (dep == conjunct) & (pos_now == verb_pos) & verb_heads & (heads < rows)
        for i in numpy.flatnonzero(stray).tolist():
            repair_conjunct(doc[i])
        # a noun phrase as the root, with the sentence's tensed verb as its clause
        with_clause = numpy.zeros(len(doc), dtype=bool)
        with_clause[heads[dep == clause]] = True
        for i in numpy.flatnonzero((dep == root) & _any_of(pos, names) & with_clause).tolist():
            repair_nominal_root(doc[i])
        # a second title coordinated with the first's name ("le président X et le ministre Y")
        for i in numpy.flatnonzero((dep == conjunct) & _any_of(pos[heads], proper)).tolist():
            repair_name_conjunct(doc[i])
        # a noun or name at most one word after its verb, with no determiner or preposition
        # of its own: nearly always a day or a time, and rare enough to visit one by one
        after_verb = (pos[heads] == verb_pos) & (heads < rows) & (rows - heads <= BARE_DISTANCE)
        marked = numpy.zeros(len(doc), dtype=bool)
        marked[heads[_any_of(dep, markers)]] = True
        bare = _any_of(dep, bare_adverbials) & _any_of(pos, names) & after_verb & ~marked
        for i in numpy.flatnonzero(bare).tolist():
            if all(pos[k] == adverb for k in range(heads[i] + 1, i)):
                repair_bare_adverbial(doc[i])
        linked = _any_of(dep, noun_links) & verb_heads
        for i in numpy.flatnonzero(linked).tolist():
            repair_verb_complement(doc[i])
        return doc

    return repair_participles


def _hash(nlp: Language, value: str) -> int:
    """A string's id as ``Doc.to_array`` gives it."""
    return int(nlp.vocab.strings.add(value))


def _hashes(nlp: Language, values: Iterable[str]) -> list[int]:
    return [_hash(nlp, value) for value in values]


def _any_of(column: Any, values: list[int]) -> Any:
    """Where a column holds one of a few values (``numpy.isin`` costs more on short arrays)."""
    found = column == values[0]
    for value in values[1:]:
        found |= column == value
    return found


def repair_name_verb(word: Token, verbs: frozenset[str], irregular: dict[str, list[str]]) -> None:
    """A capitalised word in mid-sentence that the tagger reads as an unknown verb is a name.

    "Le Premier ministre indien Narendra Modi a promis …": the model reads "Narendra" as a
    verb ("narendrer"), makes it the root with "Modi" as its object and the real verb a
    clause of it, so the sentence has no subject and, with "et le président chinois Xi
    Jinping", no second party. French verbs take a capital only at the start of a sentence
    or of a quote, so a capitalised verb elsewhere whose lemma the lemmatiser's tables do not
    know as a verb is a name: it becomes a name hung on the title before it, the capitalised
    words after it its parts, and when it was the root the first clause after it takes its
    place, with the title as its subject and a phrase coordinated by "et" as the title's
    conjunct.
    """
    doc = word.doc
    text = word.text
    if word.is_sent_start or text.isupper() or not text.isalpha():
        return
    if doc[word.i - 1].text[-1:] in PHRASE_OPENERS:
        return
    if word.lemma_ in verbs or text.lower() in irregular:
        return
    word.pos_ = "PROPN"
    word.lemma_ = text
    word.morph = MorphAnalysis(doc.vocab, {})
    parts = []
    k = word.i + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "X", "NOUN"):
        part = doc[k]
        if part.head.i > word.i and part.head != word or part.dep_ not in NAME_PART_LINKS:
            break
        parts.append(part)
        k += 1
    for part in parts:
        part.head = word
        part.dep_ = "flat:name"
    title = _title_before(word)
    was_root = word.head == word
    head, link = word.head, word.dep_
    if was_root:
        clause = next(
            (
                c
                for c in word.children
                if c.i >= k
                and c.dep_ in ROOT_CLAUSES
                and c.pos_ in ("VERB", "AUX")
                and not any(m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        if clause is None:
            return
        clause.head = clause
        clause.dep_ = "ROOT"
        for child in list(word.children):
            if child not in parts and child != clause and child.dep_ not in NOUN_MODIFIERS:
                child.head = clause
        subject = title if title is not None and title.head == clause else None
        if subject is None:
            word.head = clause
            word.dep_ = SUBJECT
            return
        subject.dep_ = SUBJECT
        for other in list(clause.children):
            if (
                subject.i < other.i < clause.i
                and other.pos_ in ("NOUN", "PROPN")
                and (other.dep_ in NOMINAL_LINKS or other.dep_ == "conj")
                and other != subject
                and any(c.dep_ == "cc" for c in other.children)
            ):
                other.head = subject
                other.dep_ = "conj"
    elif title is not None and title.head == word:
        title.head = head
        title.dep_ = link if link in NOMINAL_LINKS else "obj"
    if title is not None and not word.is_ancestor(title):
        word.head = title
        word.dep_ = "appos"
        # what the verb reading hung on the name as its obliques qualifies the title
        # ("la visite du Premier ministre Narendra Modi au sommet du G7")
        for child in list(word.children):
            if child.dep_.startswith("obl"):
                child.head = title
                child.dep_ = "nmod"


def _title_before(name: Token) -> Token | None:
    """The noun a name follows with only its adjectives between ("le président chinois")."""
    k = name.i - 1
    doc = name.doc
    while k >= name.sent.start and doc[k].pos_ == "ADJ":
        k -= 1
    if k < name.sent.start or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[k]


def repair_present_lemma(word: Token, rules: list[tuple[str, ...]], verbs: frozenset[str]) -> None:
    """A present-tense verb the lemmatiser got wrong gets its infinitive.

    It leaves some as written ("réclame") and reads others as a form of another group
    ("tue": "taire", whose present is "tait"): a form in "-e"/"-ent" whose lemma is not a
    first-group verb is the first group's when the verb index knows that verb.
    """
    lemma = word.lemma_
    if lemma.endswith(VERB_ENDINGS):
        if not lemma.endswith("re") or not word.text.endswith(PRESENT_FORMS):
            return
        repaired = known_verb_lemma(word.text.lower(), rules, verbs)
        if repaired is not None and repaired.endswith("er"):
            word.lemma_ = repaired
        return
    if lemma != word.lower_:
        return
    found = verb_lemma(word.lower_, rules, verbs)
    if found is not None:
        word.lemma_ = found


def repair_tense(word: Token) -> None:
    """A future or conditional the tagger gives a form that cannot be one is the present.

    Every French future ends in -rai/-ras/-ra/-rons/-rez/-ront and every conditional in
    -rais/-rait/-rions/-riez/-raient, the irregular ones included ("sera", "pourrait"); the
    tagger still reads "interpelle" as a future, which would make an arrest a plan.
    """
    features = word.morph.to_dict()
    text = word.lower_
    changed = False
    if features.get("Tense") == "Fut" and not text.endswith(FUTURE_ENDINGS):
        features["Tense"] = "Pres"
        changed = True
    if features.get("Mood") == "Cnd" and not text.endswith(CONDITIONAL_ENDINGS):
        features["Mood"] = "Ind"
        changed = True
    if changed:
        word.morph = MorphAnalysis(word.doc.vocab, features)


def repair_present(word: Token, rules: list[tuple[str, ...]], verbs: frozenset[str]) -> None:
    """A lower-case noun or adjective in the present's form heading a subject is the verb.

    "Berlin livre des chars à Kiev": the tagger reads "livre" as the noun, the parser still
    gives it "Berlin" as subject and hangs the rest on it as noun modifiers. The word becomes
    the verb, and its modifiers its object (a bare noun phrase) or obliques (with a
    preposition), so that the stages after the parse read the clause as written.
    """
    if word.pos_ not in NOT_VERBS or not word.text.islower() or not word.text.endswith("e"):
        return
    children = list(word.children)
    # "leur" right before the word is the verb's pronoun ("le ministère leur reproche …"),
    # which the tagger reads as a determiner
    clitic = next((c for c in children if c.i == word.i - 1 and c.lower_ in CLITICS), None)
    if any(c.dep_ in NOT_VERB_CHILDREN and c != clitic for c in children):
        return
    lemma = verb_lemma(word.text, rules, verbs)
    if lemma is None:
        return
    if clitic is not None:
        clitic.pos_ = "PRON"
        clitic.dep_ = "iobj"
    word.pos_ = "VERB"
    word.lemma_ = lemma
    word.morph = MorphAnalysis(
        word.doc.vocab, {"Mood": "Ind", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}
    )
    for child in children:
        if child.dep_ == NOUN_COMPLEMENT:
            child.dep_ = "obl:arg" if _has_preposition(child) else "obj"


def repair_modifier_verb(
    word: Token, rules: list[tuple[str, ...]], verbs: frozenset[str], adjectives: frozenset[str]
) -> None:
    """A present-tense verb hung on the subject before it as a modifier is the clause's verb.

    The parser reads "La Chine proteste" or "Moscou expulse deux diplomates" as a noun phrase:
    the name is the root and the verb its clause ("acl"), its adjective ("amod", with a word
    it does not know: "L'armée pilonne les positions"), its noun modifier ("Moscou masse des
    soldats") or even a mark ("Des émeutiers incendient …": punct); or it makes the object
    the root with the name as its subject ("Le Mali ferme sa frontière"). When the word
    directly follows the name's phrase, the sentence has no other finite verb and the word
    is a lower-case present form of a verb the lemmatiser's index knows, the word becomes the
    root and the name its subject; what the name governed after the verb, or the object
    root, becomes the verb's object or oblique, and a "subject" the parser found after the
    verb its object ("Bamako expulse le porte-parole").
    """
    text = word.text
    if not text.islower() or not text.endswith(FINITE_FORMS) or text.endswith(PARTICIPLES):
        return
    name = word.head
    # climb to the top of the phrase the word hangs in ("Kiril Petkov expulse": the word
    # hangs on the name, the name on "ministre")
    while name.dep_ not in ("ROOT", SUBJECT) and name.head.i < word.i:
        name = name.head
    if name.i >= word.i or name.pos_ not in SUBJECT_WORDS:
        return
    if any(c.dep_ == "case" for c in name.children):
        # a phrase with a preposition is no subject ("Selon Amnesty, l'armée incendie…")
        return
    if name.dep_ == "ROOT":
        displaced = None
    elif name.dep_ == SUBJECT and name.head.dep_ == "ROOT" and name.head.i > word.i:
        displaced = name.head
    else:
        return
    if any(
        c.dep_ in NOT_VERB_CHILDREN or (c.dep_.startswith(SUBJECT) and c.i < word.i)
        for c in word.children
    ):
        return
    if word.pos_ == "ADJ" and word.lemma_ != word.lower_ and word.lemma_ in adjectives:
        # an inflected adjective the lemmatiser knows ("chinoise": "chinois")
        return
    doc = word.doc
    if not all(name.is_ancestor(doc[k]) for k in range(name.i + 1, word.i)):
        return
    if any(_main_verb(t) and t.i != word.i for t in word.sent):
        return
    if word.pos_ != "VERB":
        # a verb the index lacks is still one when the lemmatiser itself read it so
        lemma = verb_lemma(text, rules, verbs)
        if lemma is None or lemma not in verbs:
            own = word.lemma_
            lemma = own if own.endswith("er") and text.startswith(own[:-2]) else None
        if lemma is None:
            return
        word.pos_ = "VERB"
        word.lemma_ = lemma
    word.morph = MorphAnalysis(doc.vocab, finite_morphology(text))
    sentence = word.sent
    # what the subject's phrase governed across the verb is the verb's
    moved = [t for t in sentence if t.i > word.i and t.head.i < word.i and t.head != t]
    if displaced is not None:
        moved += [displaced] + [c for c in displaced.children if c.i < word.i and c != name]
    for child in word.children:
        if child.dep_.startswith(SUBJECT):
            child.dep_ = "obj"
    word.head = word
    word.dep_ = "ROOT"
    name.head = word
    name.dep_ = SUBJECT
    for child in moved:
        child.head = word
        if child.dep_ in (NOUN_COMPLEMENT, "conj", "appos", "flat:name", "ROOT", "amod"):
            child.dep_ = "obl:arg" if _has_preposition(child) else "obj"


def repair_split_tense(have: Token) -> None:
    """ "avoir", an adverbial phrase, then a past participle: the participle is the verb.

    "Le Sénégal a de son côté convoqué l'ambassadeur", "Washington avait de son côté
    repris sa coopération": the parser makes "avoir" the main verb, "côté" its object and the
    participle a clause of "côté", so the clause's verb has no subject. When at most four
    words stand between "avoir" and a lower-case past participle, the first a preposition or
    an adverb and none a verb or a mark, and at most one a noun or pronoun, "avoir" is
    the participle's tense auxiliary: the participle takes its place and its subject, the
    phrase becomes its adverbial, and what the phrase governed after the participle its
    object (or oblique, with a preposition).
    """
    doc = have.doc
    end = min(have.i + INCISE_LENGTH + 2, len(doc))
    k = have.i + 1
    while k < end and doc[k].pos_ in INCISE_WORDS:
        k += 1
    if k >= end or k == have.i + 1 or doc[have.i + 1].pos_ not in INCISE_OPENERS:
        return
    verb = doc[k]
    if verb.pos_ != "VERB" or not verb.text.islower() or verb.morph.get("VerbForm", []) != ["Part"]:
        return
    incise = doc[have.i + 1 : k]
    if sum(t.pos_ in ("NOUN", "PRON") for t in incise) > 1:
        return
    if not all(have.is_ancestor(t) for t in incise) or not have.is_ancestor(verb):
        return
    if have.head.i == have.i:
        verb.head = verb
    else:
        verb.head = have.head
    verb.dep_ = have.dep_
    moved = [c for c in have.children if c.i < have.i or c.i > k]
    for t in incise:
        moved += [c for c in t.children if c.i > k]
        if t.head == have:
            t.head = verb
            t.dep_ = "obl:mod" if t.pos_ in ("NOUN", "PRON") else "advmod"
    have.head = verb
    have.dep_ = TENSE_AUXILIARY
    have.pos_ = "AUX"
    for child in moved:
        child.head = verb
        if child.dep_ in (NOUN_COMPLEMENT, "obj", "appos", "acl"):
            child.dep_ = "obl:arg" if _has_preposition(child) else "obj"


def repair_false_passive(verb: Token) -> None:
    """A verb whose only auxiliary is "avoir" is active: "Le président Yoweri Museveni a
    vivement critiqué l'arrêt", "Téhéran n'a pas relâché les Français" come out of the
    parser with a passive subject (``nsubj:pass``) or a passive voice. With no "être"
    auxiliary (nor a stray "été") and no agent phrase, the subject is the active subject
    and the voice goes."""
    children = list(verb.children)
    if any(
        c.dep_ in ("aux:pass", "obl:agent") or c.lemma_ == "être" or c.lower_ == "été"
        for c in children
    ):
        return
    if not any(c.dep_ == TENSE_AUXILIARY and c.lemma_ == TENSE_VERB for c in children):
        return
    for child in children:
        if child.dep_ == "nsubj:pass":
            child.dep_ = SUBJECT
    _drop_passive_voice(verb)


def repair_etre_tense(verb: Token) -> None:
    """A verb whose compound tenses take "être" is active with it: "Bahreïn et l'Iran sont
    convenus de …", "Les rebelles sont entrés dans la ville", "Des milliers de manifestants
    sont descendus dans la rue" come out of the parser as passives (``aux:pass``,
    ``nsubj:pass``), so their subject is taken for a patient and the act has no author. A
    past participle of such a verb (``ETRE_TENSE_VERBS``) with an "être" auxiliary, no
    stray "été" ("a été convenu") and no agent phrase has a tense auxiliary and an active
    subject."""
    if verb.lemma_ not in ETRE_TENSE_VERBS or verb.morph.get("VerbForm", []) != ["Part"]:
        return
    children = list(verb.children)
    if any(c.dep_ == "obl:agent" or c.lower_ == "été" for c in children):
        return
    for child in children:
        if child.dep_ == "aux:pass" and child.lemma_ == COPULA:
            child.dep_ = TENSE_AUXILIARY
        elif child.dep_ == "nsubj:pass":
            child.dep_ = SUBJECT
    _drop_passive_voice(verb)


def _drop_passive_voice(verb: Token) -> None:
    """The verb's morphology without the passive voice the tagger gave it."""
    if "Pass" in verb.morph.get("Voice", []):
        features = verb.morph.to_dict()
        del features["Voice"]
        verb.morph = MorphAnalysis(verb.doc.vocab, features)


CLITIC_OBJECTS = ("l'", "l’", "le", "la", "les")


def repair_clitic_determiner(word: Token) -> None:
    """An object clitic the tagger reads as an article: "Téhéran les accuse de …",
    ", l'accusant d'être …", "l'État les « traitera »" come out as DET with the verb as
    head. A determiner that is the object of a verb after it, with nothing of its own and
    only auxiliaries, "ne", "y", "en", adverbs or quotes in between, is a third-person
    pronoun."""
    verb = word.head
    if verb.i <= word.i or verb.pos_ != "VERB" or any(True for _ in word.children):
        return
    between = word.doc[word.i + 1 : verb.i]
    if not all(t.pos_ in ("AUX", "ADV", "PART", "PRON") or t.is_quote for t in between):
        return
    number = "Plur" if word.lower_ == "les" else "Sing"
    word.pos_ = "PRON"
    word.morph = MorphAnalysis(word.doc.vocab, {"Number": number, "Person": "3", "PronType": "Prs"})


def repair_conjunct(verb: Token) -> None:
    """A participle coordinated with a participle clause is the conjunct of the tensed verb.

    "Bakou a annulé les manifestations organisées par des institutions russes et interpellé
    plusieurs employés", "Kiev a fustigé un coup dur porté à la justice et appelé les
    Européens à …": the parser coordinates the second participle with the participle
    without auxiliary just before "et", and it loses the subject it shares with the first
    verb. A past participle with an object and neither auxiliary nor subject of its own,
    hung as a conjunct on a participle without auxiliary, is the conjunct of the nearest
    ancestor participle that has its tense auxiliary (the auxiliary is shared: "a annulé …
    et interpellé").
    """
    head = verb.head
    if head.i < verb.i and head.pos_ in ("NOUN", "ADJ", "PROPN"):
        _coordinate_with_verb(verb)
        return
    if head.i >= verb.i or head.pos_ != "VERB" or not _bare_participle(verb):
        return
    if not _bare_participle(head) or not any(c.dep_ == "obj" for c in verb.children):
        return
    ancestor = head
    while ancestor.i != ancestor.head.i:
        ancestor = ancestor.head
        participle = ancestor.pos_ == "VERB" and ancestor.morph.get("VerbForm", []) == ["Part"]
        if participle and any(c.dep_ == TENSE_AUXILIARY for c in ancestor.children):
            verb.head = ancestor
            return


def _coordinate_with_verb(verb: Token) -> None:
    """A verb coordinated with a noun or adjective ("a dénoncé une décision « discriminatoire »
    et exigé …") is the conjunct of the nearest ancestor verb of its form."""
    if any(c.dep_.startswith(("aux", SUBJECT)) for c in verb.children):
        return
    form = verb.morph.get("VerbForm", [])
    ancestor = verb.head
    while ancestor.i != ancestor.head.i:
        ancestor = ancestor.head
        if ancestor.pos_ == "VERB" and ancestor.morph.get("VerbForm", []) == form:
            verb.head = ancestor
            return


def _bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject of its own."""
    if verb.morph.get("VerbForm", []) != ["Part"]:
        return False
    return not any(c.dep_.startswith(("aux", SUBJECT)) for c in verb.children)


def repair_apposed_noun(word: Token) -> None:
    """A noun set off by commas after a name is its apposition, not a present verb.

    "Le militant Alaa Abd el-Fattah, figure de la révolution de 2011, a été libéré …", "Le
    cardinal Joseph Zen, figure de l'Église de Hong Kong, dénonce …": the tagger reads the
    noun as the verb "figurer", which the parser makes the sentence's root with the name
    for subject, or a clause of the verb; the act's author is lost. A present verb right
    after a comma that follows a noun or a name, with no auxiliary and no subject after it,
    whose first complement is a "de" phrase closed by a comma, is the noun's apposition;
    when it was the root, the tensed verb after the closing comma is.
    """
    doc = word.doc
    if word.morph.get("VerbForm", []) != ["Fin"] or word.morph.get("Tense", []) != ["Pres"]:
        return
    if any(
        c.dep_.startswith("aux") or (c.dep_.startswith(SUBJECT) and c.i > word.i)
        for c in word.children
    ):
        return
    noun = doc[word.i - 2]
    while noun.dep_ in ("flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or word.i + 1 >= len(doc):
        return
    complement = next((c for c in word.children if c.i > word.i), None)
    if complement is None or doc[word.i + 1].lemma_ != NOUN_PREPOSITION:
        return
    end = complement.right_edge.i + 1
    if complement.pos_ not in ("NOUN", "PROPN") or end >= len(doc) or doc[end].text != ",":
        return
    moved = [c for c in word.children if c.i > end or (c.i < word.i and c.i != noun.i)]
    if word.dep_ == "ROOT":
        verb = next(
            (c for c in moved if c.i > end and c.pos_ == "VERB" and c.dep_ in ROOT_CLAUSES), None
        )
        if verb is None:
            return
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        verb.head = verb
        verb.dep_ = "ROOT"
        if noun.head == word:
            moved.append(noun)
        for subject in moved:
            if subject.dep_.startswith(SUBJECT):
                subject.dep_ = SUBJECT + ":pass" if passive else SUBJECT
        new_head = verb
    else:
        new_head = word.head
    word.head = noun
    word.dep_ = "appos"
    word.pos_ = "NOUN"
    word.lemma_ = word.lower_
    word.morph = MorphAnalysis(doc.vocab, {})
    for child in moved:
        if child.i != new_head.i:
            child.head = new_head


def repair_nominal_root(noun: Token) -> None:
    """A subject split by "et" or by an apposition: the first part is no root but a subject.

    "Les forces de sécurité et des groupes armés alliés ont tué …", "La force de l'OTAN au
    Kosovo, la Kfor, a appelé …": the parser makes the first noun phrase the root, the second
    the subject of the verb, and the verb a clause of the root ("acl"): the act's author is
    half lost. When a root noun governs such a clause whose verb has a tense auxiliary and
    a subject between the noun and itself, the verb is the root and the noun its subject,
    with the other subject its conjunct (after "et"/"ou") or its apposition (after a comma).
    """
    doc = noun.doc
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.i < noun.i:
            continue
        if not any(c.dep_ == TENSE_AUXILIARY for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_.startswith(SUBJECT)), None)
        if subject is None or not noun.i < subject.i < verb.i or subject.pos_ == "PRON":
            continue
        before = subject.left_edge
        if before.lower_ not in ("et", "ou"):
            before = doc[before.i - 1]
        if before.lower_ in ("et", "ou"):
            link = "conj"
        elif before.text == ",":
            link = "appos"
        else:
            continue
        moved = [c for c in noun.children if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        noun.head = verb
        noun.dep_ = subject.dep_
        subject.head = noun
        subject.dep_ = link
        if link == "conj" and before.head != subject:
            before.head = subject
            before.dep_ = "cc"
        for child in moved:
            child.head = verb
        return


def repair_clause_verb(
    doc: Doc,
    start: int,
    irregular: dict[str, list[str]],
    rules: list[tuple[str, ...]],
    verbs: frozenset[str],
) -> None:
    """A present verb closing "que" + its subject's phrase is the clause's verb, whatever its tag.

    "…, ce que Kigali dément." "…, ce que le gouvernement dément.": the tagger reads the
    verb after its subject as an adverb or a noun and the parser hangs it on the subject;
    the clause has no verb, and the denial no author. When "que" (``start``) is followed by
    a noun phrase (a name, or a determiner and a noun, with their adjectives and names) and
    then by a lower-case word not tagged a verb, in the present's form, that the
    lemmatiser's tables know as a verb's (its irregular forms first: "dément",
    "démentir"), that word becomes the clause's verb: the subject and "que" hang on it, and
    it takes the place the clause held ("ce que …": a relative clause of "ce").
    """
    k = start + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k >= len(doc) or doc[k].pos_ not in SUBJECT_WORDS:
        return
    subject = doc[k]
    k += 1
    while k < len(doc) and doc[k].head == subject and doc[k].dep_ in ("amod", "flat:name"):
        k += 1
    if k >= len(doc):
        return
    word = doc[k]
    text = word.text
    if word.pos_ not in NOT_PARTICIPLES or not text.islower() or not text.endswith(CLAUSE_FORMS):
        return
    found = irregular.get(text)
    lemma = found[0] if found else known_verb_lemma(text, rules, verbs)
    if lemma is None:
        return
    span = range(start, k + 1)
    outside = [t for t in doc[start : k + 1] if t.head.i not in span or t.head.i == t.i]
    relative = doc[start].pos_ == "PRON" or (start > 0 and doc[start - 1].lower_ == "ce")
    # "ce que Paris dément": the parser may hang both the subject and the verb on "ce"; a
    # relative clause takes the place of them all when they share that one head.
    shared = relative and all(t.head.i == outside[0].head.i != t.i for t in outside)
    if len(outside) != 1 and not shared:
        return
    anchor = outside[0]
    word.pos_ = "VERB"
    word.lemma_ = lemma
    word.morph = MorphAnalysis(doc.vocab, finite_morphology(text))
    if anchor.head.i == anchor.i:
        word.head = word
        word.dep_ = "ROOT"
    else:
        word.head = anchor.head
        word.dep_ = "acl:relcl" if relative else anchor.dep_
    subject.head = word
    subject.dep_ = SUBJECT
    doc[start].head = word
    doc[start].dep_ = "obj" if relative else "mark"


def repair_comma_relative(que: Token) -> None:
    """ "que" after a comma that closes a noun phrase, opening a clause whose verb lacks its
    object, is a relative pronoun: "… les organisateurs des manifestations, qu'il accuse de
    préparer une révolution", "… les Émirats arabes unis, qu'il accuse de complicité".

    The parser reads it as the conjunction of a clause completing the main verb ("ccomp"),
    so the accusation seems to be what the main verb says or promises, and its target is
    lost. The clause becomes a relative clause of the noun before the comma, with "que" as
    its verb's object. A clause with an object of its own ("…, que la Russie suivait la
    situation") or a complement clause of its own is left as parsed.
    """
    doc = que.doc
    if que.dep_ != "mark" or que.i < 2 or doc[que.i - 1].text != ",":
        return
    if que.pos_ != "PRON":
        return
    clause = que.head
    if clause.dep_ not in ("ccomp", "advcl", "acl") or clause.i <= que.i:
        return
    if clause.pos_ != "VERB" or clause.head.i >= que.i:
        return
    children = list(clause.children)
    if not any(c.dep_.startswith(SUBJECT) and c.i < clause.i for c in children):
        return
    if any(c.dep_ in ("ccomp", "cop", "expl:comp", "expl:pv") for c in children):
        return
    # The main verb's own object before the comma: what follows is no second object, so no
    # clause it says; else the clause's verb must lack the object "que" stands for.
    main = clause.head
    told = any(c.dep_ == "obj" and c.i < que.i for c in main.children)
    if not told and any(c.dep_ == "obj" for c in children):
        return
    antecedent = doc[que.i - 2]
    # the head of the whole noun phrase ("les organisateurs des manifestations, qu'il …",
    # "l'inauguration par l'Éthiopie du barrage sur le Nil, qu'elle qualifie de …")
    while (
        antecedent.dep_ in ("flat:name", "amod", "nmod")
        and antecedent.head.i < antecedent.i
        and antecedent.head.pos_ in ("NOUN", "PROPN")
    ):
        antecedent = antecedent.head
    if antecedent.pos_ not in ("NOUN", "PROPN") or clause.is_ancestor(antecedent):
        return
    clause.head = antecedent
    clause.dep_ = "acl:relcl"
    que.dep_ = "obj"
    que.pos_ = "PRON"
    que.morph = MorphAnalysis(doc.vocab, {"PronType": "Rel"})


def repair_name_conjunct(conjunct: Token) -> None:
    """A title phrase coordinated with the name of the title before it is the title's conjunct.

    "Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol
    Pachinian ont signé …", "Le président sud-africain Cyril Ramaphosa et son homologue
    ukrainien …": the parser hangs the second phrase on the first's name, which it made a
    modifier of the title, so the subject's conjuncts are the first title alone and the
    second party is lost. A noun phrase with a determiner and no preposition, after "et",
    coordinated with a name hung without preposition on a title that has its determiner,
    with no mark in between, is the title's conjunct.
    """
    name = conjunct.head
    if conjunct.pos_ not in ("NOUN", "PROPN") or name.i > conjunct.i:
        return
    if name.dep_ not in NAME_LINKS or _has_any_preposition(name):
        return
    if _has_any_preposition(conjunct) or not any(c.dep_ == "det" for c in conjunct.children):
        return
    if not any(c.dep_ == "cc" and c.lower_ in ("et", "ou") for c in conjunct.children):
        return
    title = name
    while title.dep_ in NAME_LINKS and not _has_any_preposition(title) and title.head.i < title.i:
        title = title.head
    if title == name or title.pos_ != "NOUN" or not any(c.dep_ == "det" for c in title.children):
        return
    doc = conjunct.doc
    if any(t.is_punct for t in doc[title.i : conjunct.i]):
        return
    conjunct.head = title


def _has_any_preposition(phrase: Token) -> bool:
    return any(c.dep_ == "case" for c in phrase.children)


def repair_bare_adverbial(word: Token) -> None:
    """A bare noun right after its verb is an adverbial of time; the noun phrase after it the object.

    "Le gouvernement a levé mercredi la suspension", "a promis dimanche une riposte": the
    parser hangs the object on the day as its modifier, and the verb loses it; "ont activé
    jeudi la procédure" gives the verb two objects, the day first. A noun with neither
    determiner nor preposition between a verb and a noun phrase of its own is the adverbial
    (a day, a time: "lundi", "hier soir"): the phrase it governs becomes the verb's object
    (or oblique, with a preposition), and a day read as a first object becomes an oblique.
    A bare object with nothing after it ("a porté plainte", "fait grève") is left alone.
    """
    verb = word.head
    children = list(word.children)
    if any(c.dep_ in NOUN_MARKERS for c in children):
        return
    phrases = [
        c
        for c in children
        if c.i > word.i
        and c.dep_ in ("nmod", "obj", "appos")
        and any(d.dep_ == "det" for d in c.children)
    ]
    if word.dep_ == "obj":
        later = [c for c in verb.children if c.dep_ == "obj" and c.i > word.i]
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
        adjacent = bool(later) and following.head == later[0] and following.dep_ == "det"
        adjacent = adjacent and word.text.islower()
        if adjacent and not phrases and any(d.dep_ == "det" for d in later[0].children):
            word.dep_ = "obl:mod"
        return
    if len(phrases) != 1 or phrases[0].left_edge.i != word.i + 1:
        return
    if any(c.dep_ == "obj" for c in verb.children):
        return
    phrase = phrases[0]
    phrase.head = verb
    phrase.dep_ = "obl:arg" if _has_preposition(phrase) else "obj"
    word.dep_ = "obl:mod"


def finite_morphology(form: str) -> dict[str, str]:
    """The mood and tense a finite form's written ending says."""
    features = {"Mood": "Ind", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}
    for ending, feature in FUTURE_FORMS.items():
        if form.endswith(ending):
            if feature == "Cnd":
                features["Mood"] = "Cnd"
            else:
                features["Tense"] = "Fut"
    return features


def repair_copula(word: Token) -> None:
    """A copula that is not "être" is the verb of its clause, and its "predicate" the object.

    "Les deux pays signeraient un accord": the parser makes "signeraient" the copula of
    "accord" (the root) with "pays" as subject. Only "être" is a copula in the treebank's
    scheme, so any other word in that place is a verb read as one; it takes the predicate's
    place in the tree, with the predicate's subject, auxiliaries and marks.
    """
    if word.lemma_ == COPULA or word.pos_ not in ("AUX", "VERB"):
        return
    predicate = word.head
    if predicate.i == word.i:
        return
    moved = [c for c in predicate.children if c.dep_.split(":")[0] in CLAUSE_LINKS and c != word]
    if predicate.dep_ == "ROOT":
        word.head = word
    else:
        word.head = predicate.head
    word.dep_ = predicate.dep_
    word.pos_ = "VERB"
    predicate.head = word
    predicate.dep_ = "obl:arg" if _has_preposition(predicate) else "obj"
    for child in moved:
        child.head = word


def repair_verb_complement(word: Token) -> None:
    """A bare noun phrase or name the parser linked to a verb as a noun's modifier is its object.

    Verbs take no "nmod" or "flat:name" in the treebank's scheme; such a link is the parser
    reading the verb as a noun ("expulse deux diplomates", "bombarde Kharkiv"). Only a verb
    without an object of its own gets one, and only a phrase with no preposition.
    """
    verb = word.head
    if verb.pos_ != "VERB" or verb.i == word.i or _has_preposition(word):
        return
    if any(c.dep_ == "obj" for c in verb.children):
        return
    word.dep_ = "obj"


def _has_preposition(phrase: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ not in PARTITIVES for c in phrase.children)


def _main_verb(token: Token) -> bool:
    """An auxiliary, or a finite verb outside a clause that hangs on another word."""
    if token.pos_ == "AUX":
        # an auxiliary counts as its verb does ("l'attentat qui a fait": a relative clause's)
        verb = token.head
        return verb.i == token.i or verb.dep_ not in DEPENDENT_CLAUSES
    finite = token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm", [])
    return finite and token.dep_ not in DEPENDENT_CLAUSES


def known_verb_lemma(form: str, rules: list[tuple[str, ...]], verbs: frozenset[str]) -> str | None:
    """The infinitive of a finite form, only when the lemmatiser's verb index knows it."""
    lemma = verb_lemma(form, rules, verbs)
    if lemma is None or (lemma not in verbs):
        return None
    return lemma


def verb_lemma(form: str, rules: list[tuple[str, ...]], verbs: frozenset[str]) -> str | None:
    """The infinitive of a finite verb form, when the lemmatiser's verb index knows it.

    An unknown form in "-e" is read as the first group's present ("juge" → "juger"), the
    group nearly every new verb joins.
    """
    if not form.isalpha():
        return None
    for ending, replacement in rules:
        if form.endswith(ending):
            lemma = form[: len(form) - len(ending)] + replacement
            if lemma in verbs:
                return lemma
    if form.endswith("e") and len(form) > 3:
        return form[:-1] + "er"
    return None


def participle_lemma(form: str, rules: list[tuple[str, ...]], verbs: frozenset[str]) -> str | None:
    """The verb a participle comes from, by the lemmatiser's suffix rules.

    A verb the lemmatiser's index knows comes first. The index misses common verbs
    ("geler"), so a form in "-é(e)(s)", the first group and by far the most frequent, is
    read as its "-er" verb even when unknown: the tense auxiliary already says it is a verb.
    """
    if not form.isalpha():
        return None
    for ending, replacement in rules:
        if form.endswith(ending):
            lemma = form[: len(form) - len(ending)] + replacement
            if lemma in verbs:
                return lemma
    stem = form.rstrip("s").removesuffix("e")
    if stem.endswith("é") and len(stem) > 2:
        return stem[:-1] + "er"
    return None


def load_parser(model_name: str) -> Language:
    """Load an installed spaCy package (never downloads) with our sentence and tag rules."""
    nlp = spacy.load(model_name)
    add_elision_cases(nlp, language_settings(str(nlp.lang)))
    if "faits_sentence_rules" not in nlp.pipe_names:
        nlp.add_pipe("faits_sentence_rules", before="parser")
    if "lemmatizer" in nlp.pipe_names and "faits_participle_repair" not in nlp.pipe_names:
        nlp.add_pipe("faits_participle_repair", after="lemmatizer")
    return nlp


def add_elision_cases(nlp: Language, settings: dict[str, Any]) -> None:
    """Keep an elided word whole before an opening quote: "d'« ami de fer »".

    The tokenizer splits "d'«" into "d", "'" and "«", so the preposition is no longer "de"
    to the matcher ("a qualifié la Chine d'« ami de fer »" loses its "de" complement) nor
    to the parser. The language's elided words (``language.yaml#elisions``) before each of
    its apostrophes and opening quotes are special cases: the word with its apostrophe,
    then the quote.
    """
    # spaCy's stubs type the tokenizer as a bare callable: its special cases are untyped.
    tokenizer: Any = nlp.tokenizer
    for word in settings.get("elisions") or ():
        for apostrophe in settings.get("apostrophes") or ():
            for quote in settings.get("opening_quotes") or ():
                for form in {word, word.capitalize()}:
                    elided = f"{form}{apostrophe}"
                    tokenizer.add_special_case(
                        elided + quote, [{attrs.ORTH: elided}, {attrs.ORTH: quote}]
                    )


def split_for_parsing(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` at line breaks into pieces shorter than ``limit`` that concatenate back to it."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; long texts are parsed by chunk and rejoined."""
    texts = list(texts)
    pieces: list[str] = []
    owners: list[int] = []
    for n, text in enumerate(texts):
        for piece in split_for_parsing(text):
            pieces.append(piece)
            owners.append(n)
    current: list[Doc] = []
    current_owner = 0
    for owner, doc in zip(owners, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        if owner != current_owner:
            yield _join(nlp, current)
            current, current_owner = [], owner
        current.append(doc)
    if current or texts:
        yield _join(nlp, current)


def _join(nlp: Language, docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    if not docs:
        return nlp.make_doc("")
    return Doc.from_docs(docs, ensure_whitespace=False)


# ``Doc.to_dict`` collects the strings a parse needs by reading eight string attributes of
# every token (a Python object per token, a string lookup per attribute) and rebuilds the
# text from the tokens: most of the serialisation's cost. The same strings are read here
# from the hash columns of the token array, once per distinct value, and the text is the
# article's own when the caller has it.
_ARRAY_HEAD: list[int | str] = list(Doc._get_array_attrs())
_STRING_COLUMNS = [
    _ARRAY_HEAD.index(attrs.IDS[name])
    for name in ("TAG", "LEMMA", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "NORM")
]
_MORPH_COLUMN = _ARRAY_HEAD.index(attrs.IDS["MORPH"])
_EMPTY_MORPH = "_"  # how the morphology table writes no features (``str(token.morph)`` is "")


def _doc_fields(doc: Doc, text: str | None) -> dict[str, Any]:
    """What ``Doc.to_dict(exclude=["tensor", "user_data"])`` returns, computed faster."""
    body = doc.to_array(_ARRAY_HEAD)
    strings = doc.vocab.strings
    found: set[str] = set()
    if len(doc):
        found = {strings[int(key)] for key in numpy.unique(body[:, _STRING_COLUMNS])}
        for key in numpy.unique(body[:, _MORPH_COLUMN]):
            morph = strings[int(key)]
            found.add("" if morph == _EMPTY_MORPH else morph)
    for group in doc.spans.values():
        for span in group:
            found.add(span.label_)
            if span.kb_id in strings:
                found.add(span.kb_id_)
            if span.id in strings:
                found.add(span.id_)
    if text is None or not _spans_text(doc, text):
        text = doc.text
    return {
        "text": text,
        "array_head": _ARRAY_HEAD,
        "array_body": body,
        "sentiment": doc.sentiment,
        "cats": doc.cats,
        "spans": doc.spans.to_bytes(),
        "strings": list(found),
        "has_unknown_spaces": doc.has_unknown_spaces,
    }


def _spans_text(doc: Doc, text: str) -> bool:
    """Whether ``text`` has the length of the doc's text (a cheap guard on the caller)."""
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


def doc_to_bytes(doc: Doc, text: str | None = None) -> bytes:
    """Serialise a parse for the store (no tensors: recoding needs the tree, not the vectors).

    The bytes are ``Doc.to_bytes``'s format (``doc_from_bytes`` and spaCy both read them).
    ``text``, when given, must be ``doc.text`` (the article's text the doc was parsed from):
    it spares rebuilding it from the tokens.
    """
    packed = msgpack._Packer(default=_ENCODE, use_bin_type=True).pack(_doc_fields(doc, text))
    return zlib.compress(packed, 1)


def doc_from_bytes(nlp: Language, data: bytes) -> Doc:
    """The parse ``doc_to_bytes`` stored, on ``nlp``'s vocabulary."""
    fields = msgpack._unpackb(zlib.decompress(data), raw=False, use_list=True, object_hook=_DECODE)
    return Doc(nlp.vocab).from_dict(fields)
