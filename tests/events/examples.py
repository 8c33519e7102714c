"""Run lexicon example sentences through the whole pipeline and say whether they come out."""

from __future__ import annotations

from faits.events.lexicon import Example
from faits.records import ActorRef, CodedArticle, Event


def actor_matches(expected: str | None, actual: ActorRef | None) -> bool:
    """Country-level match: ``USA`` matches ``USAGOV``; agent-only codes match the agent."""
    if expected is None:
        return True
    if actual is None:
        return False
    code = actual.code or ""
    return code.startswith(expected) or expected in (actual.country, actual.agent)


def example_event(example: Example, coded: CodedArticle) -> Event | None:
    """The event the example asks for (code, source, target), if the pipeline coded it."""
    for event in coded.events:
        if event.cameo != example.code:
            continue
        if actor_matches(example.source, event.source) and actor_matches(
            example.target, event.target
        ):
            return event
    return None


def describe(coded: CodedArticle) -> str:
    found = [
        f"{e.cameo} {e.source.code if e.source else None}->{e.target.code if e.target else None}"
        f" ({e.trigger.text}, {e.rule})"
        for e in coded.events
    ]
    return "; ".join(found) or "no event"


def codes(coded: CodedArticle, prefix: str) -> list[tuple[str, str | None]]:
    """(source code, target code) of the events whose CAMEO code starts with ``prefix``."""
    return sorted(
        (e.source.code, e.target.code if e.target else None)
        for e in coded.events
        if e.cameo.startswith(prefix) and e.source
    )
