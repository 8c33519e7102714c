"""Why an event was (or was not) coded: the parse, the actors, every candidate rule.

``explain_sentence`` re-runs the event stage step by step on one sentence of a parsed
article and records what each step saw, so ``faits explain`` can show a user the exact
rule, the dependency it followed and the reason every other candidate was turned down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from faits.actors import ActorMention, resolve_actors
from faits.events.arguments import ActorIndex, Arguments
from faits.events.attachment import ORIGIN
from faits.events.attribution import attribution_for
from faits.events.coder import (
    attached_source,
    attached_target,
    code_events,
    code_match,
    lacks_target,
    match_arguments,
    readings,
)
from faits.events.lasting import lasting_verbs
from faits.events.matching import Candidate, candidates, selection
from faits.events.modality import modality_of
from faits.models import LanguageModels
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import parse_texts
from faits.places import find_places
from faits.records import Article, Event
from faits.time import TimeExpression, tag_times

NO_EVENT = "matched, but no event: no source actor (or no target it needs); next pattern tried"
OTHER_SENSE = "another root than the trigger's best pattern: another sense of the word, not tried"
# A fired pattern not tried: a more specific one on the same word made the event first.
OUTRANKED = "outranked: a more specific pattern on the same word made the event"


@dataclass
class CandidateReport:
    rule: str
    pattern: str
    code: str
    trigger: str
    token: int
    status: str
    reason: str
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    how: str = ""
    modality: str = ""
    attribution: str = ""


@dataclass
class SentenceReport:
    sentence_index: int
    text: str
    tokens: list[tuple[int, str, str, str, str, int, str]]
    actors: list[tuple[str, str | None, str | None]]
    candidates: list[CandidateReport]
    events: list[Event]


def _actor_label(mention: ActorMention) -> str:
    return f"{mention.text} = {mention.code}"


def _report(
    candidate: Candidate,
    status: str,
    reason: str,
    sentence,
    sentence_index: int,
    actors: ActorIndex,
    times: list[TimeExpression],
    models,
) -> CandidateReport:
    report = CandidateReport(
        rule=candidate.pattern.rule,
        pattern=candidate.pattern.text,
        code=candidate.pattern.code,
        trigger=candidate.trigger.text,
        token=candidate.trigger.i,
        status=status,
        reason=reason,
    )
    if status == "selected":
        cues = models.events.cues
        arguments = match_arguments(candidate, sentence, actors, times, models.events)
        report.sources = [_actor_label(m) for m in arguments.sources]
        report.targets = [_actor_label(m) for m in arguments.targets]
        if not arguments.sources:
            # the coder's source fallback (``attachment.SOURCE``), earlier events left out
            source = attached_source(
                candidate, sentence, sentence_index, actors, arguments, models.events, []
            )
            if source is not None:
                label = _actor_label(source.mention)
                report.sources = [f"{label} ({ORIGIN}, p={source.probability:.2f})"]
                arguments = Arguments([source.mention], arguments.targets, arguments.how)
        if candidate.pattern.needs_target and lacks_target(arguments):
            # the coder's fallback (``attachment``), with the earlier events left out
            attached = attached_target(
                candidate, sentence, actors, arguments.sources, models.events, []
            )
            if attached is not None:
                label = _actor_label(attached.mention)
                report.targets = [f"{label} ({ORIGIN}, p={attached.probability:.2f})"]
        report.how = arguments.how
        modality = modality_of(candidate.trigger, candidate.complements, cues)
        report.modality = ", ".join(k for k, v in vars(modality).items() if v) or "asserted"
        attribution = attribution_for(candidate.trigger, sentence, actors, cues)
        report.attribution = attribution.text if attribution else ""
    return report


def explain_sentence(
    parsed: ParsedArticle, sentence_index: int, models: LanguageModels
) -> SentenceReport:
    """Every step of event coding on sentence ``sentence_index`` of ``parsed``."""
    sentence = parsed.sentences[sentence_index]
    analysis = resolve_actors(parsed, models.actors)
    times = tag_times(parsed, models.times)
    places = find_places(parsed, models.places, analysis)
    actors = ActorIndex.build(analysis.mentions, places, analysis.qualifiers)
    found = candidates(sentence, models.events.index, models.events.cues)
    tried: dict[int, tuple[str, str]] = {}
    chosen = selection(
        found, models.events.cues, lasting_verbs(sentence, times, models.events.cues)
    )
    for group in chosen.groups:
        tryable = readings(group)  # as the coder tries them
        for candidate in group:
            if candidate not in tryable:
                tried[id(candidate)] = ("dropped", OTHER_SENSE)
        for candidate in tryable:
            produced = code_match(
                parsed, sentence_index, sentence, candidate, actors, times, places, models.events
            )
            if produced:
                tried[id(candidate)] = ("selected", "matched")
                break
            tried[id(candidate)] = ("selected", NO_EVENT)
    reports: list[CandidateReport] = []
    for candidate in found:
        if id(candidate) in tried:
            status, reason = tried[id(candidate)]
        elif candidate.fired:
            status, reason = "dropped", chosen.dropped.get(id(candidate), OUTRANKED)
        else:
            status, reason = "failed", candidate.reason
        reports.append(
            _report(candidate, status, reason, sentence, sentence_index, actors, times, models)
        )
    # The events as the pipeline codes the article: a match's events may still be merged or
    # dropped by what the article tells around them (joined verbs telling one act, a mutual
    # act told twice, a request behind an act).
    coded = code_events(parsed, analysis, times, places, models.events)
    events = [e for e in coded if e.sentence_index == sentence_index]
    tokens = [(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in sentence]
    in_sentence = actors.in_sentence(sentence)
    actor_rows = [(m.text, m.code, m.rule) for m in in_sentence]
    return SentenceReport(sentence_index, sentence.text, tokens, actor_rows, reports, events)


def parse_text(text: str, published: date | None, models: LanguageModels) -> ParsedArticle:
    """Parse a free sentence or paragraph as an article of the models' language."""
    article = Article(
        article_id="explain",
        url=None,
        title=None,
        site=None,
        published=published.isoformat() if published else None,
        published_source="input" if published else "unknown",
        language=models.language,
        text=text,
        status="coded",
    )
    doc = next(iter(parse_texts(models.nlp, [text])))
    return ParsedArticle.build(article, doc)


def explain_text(text: str, published: date | None, models: LanguageModels) -> list[SentenceReport]:
    parsed = parse_text(text, published, models)
    return [explain_sentence(parsed, i, models) for i in range(len(parsed.sentences))]


def render(report: SentenceReport) -> str:
    """A plain-text account of one sentence, for the terminal."""
    lines = [f"sentence {report.sentence_index}: {report.text}", "", "parse:"]
    for i, text, lemma, pos, dep, head, morph in report.tokens:
        lines.append(f"  {i:>4} {text:<18} {lemma:<16} {pos:<6} {dep:<12} {head:>4} {morph}")
    lines += ["", "actors:"]
    lines += [f"  {text} = {code}  ({rule})" for text, code, rule in report.actors] or ["  none"]
    lines += ["", "candidate rules:"]
    for c in report.candidates or []:
        lines.append(
            f"  [{c.status}] {c.rule}  «{c.pattern}» on '{c.trigger}' ({c.code}): {c.reason}"
        )
        if c.status == "selected":
            lines.append(f"      sources ({c.how}): {', '.join(c.sources) or 'none'}")
            lines.append(f"      targets: {', '.join(c.targets) or 'none'}")
            lines.append(f"      modality: {c.modality}; attribution: {c.attribution or 'none'}")
    if not report.candidates:
        lines.append("  none: no token of this sentence indexes a pattern")
    lines += ["", "events:"]
    for e in report.events:
        source = e.source.code if e.source else "-"
        target = e.target.code if e.target else "-"
        lines.append(f"  {e.event_id} {e.cameo} {source} -> {target} '{e.trigger.text}' {e.rule}")
    if not report.events:
        lines.append("  none")
    return "\n".join(lines)
