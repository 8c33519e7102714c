"""Remove web boilerplate from plain text and find the headline, without losing article text.

Rules are whole-line regular expressions from ``lexicons/<lang>/boilerplate.yaml``: a line is
removed only when it is entirely an ad label, a comment widget, a share bar, a cookie notice,
a breadcrumb, a caption or a credit. Provenance lines (source, translation, agency credits)
and captions leave the text but are returned so that later stages can read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from faits.lexicons import load_yaml

# A headline is short and does not end like a sentence.
TITLE_MAX_CHARS = 200
SENTENCE_END = tuple('.!?;:»"”…')


@dataclass(frozen=True)
class LineRule:
    id: str
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class CleaningRules:
    rules: tuple[LineRule, ...]

    @classmethod
    def load(cls, language: str) -> CleaningRules:
        entries = load_yaml(language, "boilerplate.yaml")
        return cls(
            tuple(
                LineRule(e["id"], e["kind"], re.compile(e["pattern"], re.IGNORECASE))
                for e in entries
            )
        )

    def classify(self, line: str) -> LineRule | None:
        stripped = line.strip()
        for rule in self.rules:
            if rule.pattern.fullmatch(stripped):
                return rule
        return None


@dataclass
class CleanedText:
    text: str
    title: str | None
    removed: list[tuple[str, str, str]] = field(default_factory=list)  # (line, kind, rule id)
    site_hint: str | None = None


def _same_headline(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return bool(a) and norm(a) == norm(b)


def _looks_like_title(line: str, following: str | None) -> bool:
    line = line.strip()
    if not line or len(line) > TITLE_MAX_CHARS or line.endswith(SENTENCE_END):
        return False
    # A headline stands alone: a blank line after it, or a longer paragraph.
    return following is None or not following.strip() or len(following) > len(line)


def clean_text(text: str, rules: CleaningRules, title: str | None = None) -> CleanedText:
    """Drop boilerplate lines, take the headline out of the body, collapse blank runs."""
    removed: list[tuple[str, str, str]] = []
    site_hint: str | None = None
    kept: list[str] = []
    for line in text.split("\n"):
        rule = rules.classify(line) if line.strip() else None
        if rule is None:
            kept.append(line.rstrip())
            continue
        removed.append((line.strip(), rule.kind, rule.id))
        if rule.id == "breadcrumb" and site_hint is None:
            site_hint = re.split(r" [>»›] ", line.strip())[0].strip() or None

    while kept and not kept[0].strip():
        kept.pop(0)
    if kept:
        first = kept[0].strip()
        following = kept[1] if len(kept) > 1 else None
        if title and _same_headline(first, title):
            kept.pop(0)
        elif title is None and _looks_like_title(first, following) and len(kept) > 1:
            title = first
            kept.pop(0)
    body = "\n".join(kept).strip()
    body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", body)
    return CleanedText(body, title, removed, site_hint)
