"""Wire datelines run into the first paragraph: "BAGDAD, 3 mars (Xinhua) -- Le Premier …".

Agencies open a dispatch with the city it was filed from, often the day, and their own
name, before the first sentence. That is metadata of the dispatch, not part of what the
sentence reports; but left in the text, the parser hangs the city and the agency on the
first sentence, and the coder made them parties of its event (Xinhua "hosting" a visit in
Baghdad). The text is kept as it is, so every offset stays valid: the dateline's span is
only kept away from the event coder (``pipeline.code_parsed``), and its agency is credited
as a source (``credits.find_provenance``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from faits.lexicons import load_yaml

LEXICON = "provenance/lead_datelines.yaml"
# A dispatch's dateline opens its first paragraph: after at most a title and a subtitle.
LEAD_LINES = 3


@dataclass(frozen=True)
class LeadDateline:
    """The dateline's character span in the article, what it names, and the rule that read it."""

    start: int
    end: int
    city: str
    date: str | None
    agency: str | None
    rule: str
    agency_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class LeadDatelineRules:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def load(cls, language: str) -> LeadDatelineRules:
        return cls(tuple((e["id"], re.compile(e["pattern"])) for e in load_yaml(language, LEXICON)))


def _line_starts(text: str) -> list[int]:
    """Offsets of the first non-empty lines of ``text``."""
    starts: list[int] = []
    position = 0
    while position < len(text) and len(starts) < LEAD_LINES:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        if text[position:end].strip():
            starts.append(position + len(text[position:end]) - len(text[position:end].lstrip()))
        position = end + 1
    return starts


# Where a sentence ends inside a line: a headline run into the dateline on one line
# ("Bénin : tentative de putsch déjouée. COTONOU, 8 décembre (AFP) - Des militaires …").
SENTENCE_END = re.compile(r"[.!?]\s+")


def _lead_starts(text: str) -> list[tuple[int, int]]:
    """Where a dateline may open, with the end of its line: the first lines' starts, then
    the first sentence starts inside them (after a title and a subtitle at most, as for
    lines: an article given as one long line has no dateline deep in its body)."""
    spans: list[tuple[int, int]] = []
    for start in _line_starts(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        spans.append((start, end))
        inner = SENTENCE_END.finditer(text, start, end)
        spans.extend((found.end(), end) for found in itertools.islice(inner, LEAD_LINES - 1))
    return spans


def lead_dateline(text: str, rules: LeadDatelineRules) -> LeadDateline | None:
    """The dateline opening one of the article's first lines, if any.

    A dateline names its day or its agency, or is followed by a sentence opening with an
    article (the rule's group ``lede``): a capitalised word and a dash alone open many a
    headline ("UE - Russie : …", "URGENT - …").
    """
    for start, end in _lead_starts(text):
        for rule_id, pattern in rules.patterns:
            found = pattern.match(text, start, end)
            groups = found.groupdict() if found is not None else {}
            if found is not None and any(groups.get(g) for g in ("date", "agency", "lede")):
                agency = groups.get("agency")
                return LeadDateline(
                    start,
                    found.end(),
                    groups["city"],
                    groups.get("date"),
                    agency,
                    rule_id,
                    found.span("agency") if agency else None,
                )
    return None
