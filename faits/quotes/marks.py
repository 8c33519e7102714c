"""Pair quotation marks into quoted spans, tolerating the broken marks of real web text.

A mark's role (opening or closing) is read from its neighbours rather than from its glyph
alone: reposted articles close quotes with an opening guillemet (« … « , a-t-elle déclaré),
and straight quotes look the same at both ends. Quotes never run across a paragraph; a
quote opened and not closed runs to the end of its paragraph (the convention for quotes
that continue over several paragraphs), and a closing mark with no opening one closes a
quote that began at the start of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What may directly follow a closing mark: punctuation, or nothing before the line end.
_AFTER_CLOSE = frozenset(",.;:!?)]…")


@dataclass(frozen=True)
class MarkFamily:
    id: str
    open: str
    close: str


@dataclass(frozen=True)
class QuotedSpan:
    """Text between two marks: ``inner_start``/``inner_end`` exclude the marks and spaces.

    ``open_at``/``close_at`` are the offsets of the marks themselves (``None`` when the mark
    is missing and the span was closed by the paragraph's edge).
    """

    inner_start: int
    inner_end: int
    open_at: int | None
    close_at: int | None
    family: str


@dataclass(frozen=True)
class QuoteMarks:
    families: tuple[MarkFamily, ...]
    any_mark: re.Pattern[str] = field(default=re.compile("(?!)"))

    @classmethod
    def from_entries(cls, entries: list[dict]) -> QuoteMarks:
        families = tuple(MarkFamily(e["id"], e["open"], e["close"]) for e in entries)
        chars = "".join(sorted({c for f in families for c in (f.open, f.close)}))
        return cls(families, re.compile(f"[{re.escape(chars)}]"))

    def find(self, text: str) -> list[QuotedSpan]:
        """All quoted spans of ``text``, in order, outermost only."""
        spans: list[QuotedSpan] = []
        start = 0
        for paragraph in text.split("\n"):
            spans.extend(self._in_paragraph(text, start, start + len(paragraph)))
            start += len(paragraph) + 1
        return spans

    def _role(self, text: str, i: int, end: int) -> tuple[str, str] | None:
        """(family id, "open"/"close") of the character at ``i``, or ``None``."""
        char = text[i]
        before = text[i - 1] if i > 0 else " "
        j = i + 1
        while j < end and text[j] in " \u00a0\u202f\t":
            j += 1
        after = text[j] if j < end else ""
        closes_here = after == "" or after in _AFTER_CLOSE
        for family in self.families:
            if char == family.open and char == family.close:
                opens_here = (before.isspace() or before in "([-—–'’") and not closes_here
                return family.id, "open" if opens_here else "close"
            if char == family.open:
                return family.id, "close" if closes_here else "open"
            if char == family.close:
                return family.id, "close"
        return None

    def _in_paragraph(self, text: str, start: int, end: int) -> list[QuotedSpan]:
        spans: list[QuotedSpan] = []
        open_at: int | None = None
        family: str | None = None
        for match in self.any_mark.finditer(text, start, end):
            i = match.start()
            role = self._role(text, i, end)
            if role is None:
                continue
            fam, kind = role
            if open_at is None:
                if kind == "open":
                    open_at, family = i, fam
                elif not spans:
                    spans.append(_span(text, start, i, None, i, fam))
                continue
            if fam != family:
                continue
            if kind == "close":
                spans.append(_span(text, open_at + 1, i, open_at, i, fam))
                open_at = None
            else:
                open_at = i
        if open_at is not None and family is not None:
            spans.append(_span(text, open_at + 1, end, open_at, None, family))
        return [s for s in spans if s.inner_end > s.inner_start]


def _span(
    text: str, start: int, end: int, open_at: int | None, close_at: int | None, family: str
) -> QuotedSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(start, end, open_at, close_at, family)
