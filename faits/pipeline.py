"""The orchestrator: parse articles, then run the coding stages on each parse.

``code_parsed`` is the pure core — (parsed article, models) → records — used alike by
``faits code``, ``faits ingest``, ``faits recode`` (on stored parses), worker processes and
the Spark job. Keep this file short: each stage lives in its own package.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from faits.actors import resolve_actors
from faits.actors.resolver import ActorAnalysis
from faits.events import code_events
from faits.events.keys import article_keys
from faits.ingest.prepare import PreparedArticle
from faits.models import LanguageModels, ModelCache
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import doc_to_bytes, parse_texts
from faits.places import find_places
from faits.provenance import find_provenance
from faits.provenance.datelines import lead_dateline
from faits.quotes import extract_quotes, link_events_to_quotes
from faits.records import CodedArticle, Span
from faits.time import tag_times


@dataclass
class PipelineResult:
    """One article's records, plus its serialised parse for the store (``None`` if not parsed),
    the hashes of its possible event triggers and the id of the lexicons that coded it (what
    ``faits recode`` compares to redo only what a lexicon change can alter)."""

    prepared: PreparedArticle
    coded: CodedArticle
    parse: bytes | None = None
    parser: str | None = None
    trigger_keys: bytes | None = None
    snapshot: str | None = None


def code_parsed(parsed: ParsedArticle, models: LanguageModels) -> CodedArticle:
    """Run every coding stage on one parsed article."""
    article = parsed.article
    actors = resolve_actors(parsed, models.actors)
    times = tag_times(parsed, models.times)
    lead = lead_dateline(article.text, models.provenance.lead_datelines)
    if lead is None:
        places = find_places(parsed, models.places, actors)
        events = code_events(parsed, actors, times, places, models.events)
    else:
        # The agency of a dispatch says nothing of the country it reports on ("la capitale"
        # in an AFP dispatch from Antananarivo is not Paris); its city does.
        context = _outside(actors, lead.agency_span or (lead.start, lead.start))
        places = find_places(parsed, models.places, context)
        # Neither the city nor the agency is a party of the first sentence's event.
        outside = [p for p in places if not lead.start <= p.start < lead.end]
        span = (lead.start, lead.end)
        events = code_events(parsed, _outside(actors, span), times, outside, models.events)
    quotes = extract_quotes(parsed, actors, models.quotes)
    link_events_to_quotes(events, quotes)
    provenance = find_provenance(parsed, models.provenance)
    article.original_url = provenance.original_url
    article.translated_by = provenance.translated_by
    article.cited_sources = provenance.cited_sources
    mentions = [m.to_mention(article.article_id) for m in actors.mentions]
    mentions += [t.to_mention(article.article_id) for t in times]
    mentions += [p.to_mention(article.article_id) for p in places]
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    # Sliced from the article's text (the doc's own): ``Span.text`` rebuilds it token by token.
    text = article.text
    sentences = [
        Span(text[s.start_char : s.end_char], s.start_char, s.end_char) for s in parsed.sentences
    ]
    return CodedArticle(article, sentences, mentions, events, quotes)


def _outside(actors: ActorAnalysis, span: tuple[int, int]) -> ActorAnalysis:
    """The actor mentions starting outside ``span`` (characters); references back to one
    inside are cut."""
    start, end = span
    kept: dict[int, int] = {}
    for index, mention in enumerate(actors.mentions):
        if not start <= mention.start < end:
            kept[index] = len(kept)
    mentions = [
        replace(
            m,
            antecedent=kept.get(m.antecedent) if m.antecedent is not None else None,
            members=tuple(kept[j] for j in m.members if j in kept),
        )
        for index, m in enumerate(actors.mentions)
        if index in kept
    ]
    qualifiers = [q for q in actors.qualifiers if not start <= q.start < end]
    return ActorAnalysis(mentions, qualifiers=qualifiers)


def code_doc(prepared: PreparedArticle, doc: Doc, models: LanguageModels) -> CodedArticle:
    parsed = ParsedArticle.build(prepared.article, doc, prepared.removed_lines)
    return code_parsed(parsed, models)


def code_doc_safely(prepared: PreparedArticle, doc: Doc, models: LanguageModels) -> CodedArticle:
    """``code_doc``, but an article that breaks a stage is stored as ``failed`` with the reason
    instead of stopping the run; its parse is kept so ``faits recode`` can retry it."""
    try:
        return code_doc(prepared, doc, models)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
        article = prepared.article
        article.status = "failed"
        article.reason = f"coding failed: {type(exc).__name__}: {exc}"
        return CodedArticle(article)


@dataclass
class ParsedBatch:
    """A batch after parsing, before coding: articles that will not be coded (skipped or
    failed at ingest) and, per language, the articles with their docs in input order."""

    passed: list[PreparedArticle]
    parsed: list[tuple[LanguageModels, list[tuple[PreparedArticle, Doc]]]]


def parse_batch(batch: Iterable[PreparedArticle], cache: ModelCache) -> ParsedBatch:
    """Parse a batch with ``nlp.pipe``, one call per language (the expensive half of a batch).

    Kept apart from coding so that a driver can schedule the two halves separately. (A
    thread parsing batch k+1 while batch k is coded was measured and gave nothing: spaCy
    takes the GIL back after each matrix product and waits for it behind the coding.)
    """
    passed: list[PreparedArticle] = []
    by_language: dict[str, list[PreparedArticle]] = {}
    for prepared in batch:
        if prepared.article.status == "coded":
            by_language.setdefault(prepared.article.language or "", []).append(prepared)
        else:
            passed.append(prepared)
    parsed = []
    for language, group in by_language.items():
        models = cache.get(language)
        docs = list(parse_texts(models.nlp, (p.article.text for p in group)))
        parsed.append((models, list(zip(group, docs, strict=True))))
    return ParsedBatch(passed, parsed)


def code_batch(batch: ParsedBatch, keep_parses: bool = True) -> Iterator[PipelineResult]:
    """Code every parsed article of a batch (and pass the others through)."""
    for prepared in batch.passed:
        yield PipelineResult(prepared, CodedArticle(prepared.article))
    for models, pairs in batch.parsed:
        name = models.nlp.meta.get("name")
        for prepared, doc in pairs:
            coded = code_doc_safely(prepared, doc, models)
            parse = doc_to_bytes(doc, prepared.article.text) if keep_parses else None
            keys = article_keys(doc) if keep_parses else None
            yield PipelineResult(prepared, coded, parse, name, keys, models.snapshot.id)


def process_batch(
    batch: Iterable[PreparedArticle], cache: ModelCache, keep_parses: bool = True
) -> Iterator[PipelineResult]:
    """Parse a batch with ``nlp.pipe`` (per language) and code every article of it."""
    return code_batch(parse_batch(batch, cache), keep_parses)
