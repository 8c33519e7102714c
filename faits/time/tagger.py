"""Tag temporal expressions and give them TIMEX3 values anchored on the publication date.

Every rule of the language's time lexicon runs over the folded article text; overlapping
candidates are settled left to right, longest first, then by rule order. Each kept match is
resolved by its rule's resolver; a DATE candidate the resolvers cannot value is handed, as
that span alone, to dateparser. Expressions are resolved in text order so that "la veille",
"le lendemain" and clock times see the last day mentioned before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from spacy.tokens import Token

from faits.nlp.document import ParsedArticle
from faits.records import Mention
from faits.time.calendar import value_date
from faits.time.lexicon import Rule, TimeLexicon, fold, load_time_lexicon
from faits.time.resolve import RESOLVERS, Context, Groups, Resolution, emitted_span
from faits.time.tense import clause_tense

DATEPARSER_SOURCE = "dateparser"
CLOCK_RESOLVER = "clock"
ECHO_RESOLVER = "context_time"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression of the article; ``value`` is TIMEX3 (``2019-02``, ``P3D``, ``XXXX-SU``).

    ``modifier`` is TIMEX3's ``mod`` (``START``, ``MID``, ``END``, ``APPROX``): "fin février"
    is ``2019-02`` with ``END``. ``rule`` cites the lexicon rule that found it.
    """

    start: int
    end: int
    text: str
    sentence_index: int
    type: str
    value: str | None
    precision: str | None
    rule: str | None
    modifier: str | None = None

    def to_mention(self, article_id: str) -> Mention:
        resolved: dict[str, Any] | None = None
        if self.value:
            resolved = {"type": self.type, "value": self.value}
            if self.modifier:
                resolved["modifier"] = self.modifier
        return Mention(
            article_id,
            "time",
            self.text,
            self.start,
            self.end,
            resolved,
            self.sentence_index,
            self.rule,
        )


@dataclass(frozen=True)
class TimeModel:
    language: str
    lexicon: TimeLexicon

    @classmethod
    def load(cls, language: str) -> TimeModel:
        return cls(language, load_time_lexicon(language))


def parse_with_dateparser(language: str, text: str, anchor: date | None) -> Resolution | None:
    """Value one candidate span with dateparser (slow: only for spans our rules could not value).

    Without a publication date there is nothing to anchor on: dateparser would silently use
    today, which dates "vendredi" in an undated article to the week it was coded. Such spans
    stay unvalued.
    """
    if anchor is None:
        return None
    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
    }
    from dateparser.date import DateDataParser

    try:
        found = DateDataParser(languages=[language], settings=settings).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if found is None or found.date_obj is None:
        return None
    day = found.date_obj.date()
    if found.period == "year":
        return Resolution("DATE", f"{day.year:04d}", "year")
    if found.period == "month":
        return Resolution("DATE", f"{day.year:04d}-{day.month:02d}", "month")
    return Resolution("DATE", day.isoformat(), "day")


class _ParseReader:
    """What the resolvers ask of the parse at a character offset (token lookup built lazily)."""

    def __init__(self, parsed: ParsedArticle, lexicon: TimeLexicon) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.lexicon = lexicon

    def token(self, char: int) -> Token | None:
        if len(self.doc) == 0:
            return None
        return self.doc[self.parsed.token_at(char)]

    def tense(self, char: int) -> str | None:
        token = self.token(char)
        return clause_tense(token, self.lexicon.tense) if token is not None else None

    def quantity(self, char: int) -> bool:
        """Is the number at ``char`` counting a noun ("2000 migrants")?"""
        token = self.token(char)
        return token is not None and token.dep_ == "nummod" and token.head.pos_ == "NOUN"


class _Lines:
    """The folded text's lines, and which of them hold given strings.

    A time expression never crosses a line break (lines are headlines, datelines and
    paragraphs: "Mars" ending a headline and "2019" opening the next line are no "mars
    2019"), so each line is scanned apart, and a rule only over the lines holding one of the
    strings each of its matches contains: each regex then reads a few lines instead of the whole article
    (the scans were most of the time stage's cost).
    """

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.starts = [0]
        position = folded.find("\n")
        while position != -1:
            self.starts.append(position + 1)
            position = folded.find("\n", position + 1)
        self._holding: dict[str, set[int]] = {}

    def end(self, line: int) -> int:
        """Where a line ends (its line break excluded)."""
        return self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.folded)

    def holding(self, string: str) -> set[int]:
        lines = self._holding.get(string)
        if lines is None:
            lines = set()
            position = self.folded.find(string)
            while position != -1:
                line = bisect_right(self.starts, position) - 1
                lines.add(line)
                position = self.folded.find(string, max(position + 1, self.end(line) + 1))
            self._holding[string] = lines
        return lines

    def ranges(self, strings: tuple[str, ...]) -> list[tuple[int, int]]:
        """The lines holding one of ``strings`` (every line if none), as text ranges."""
        if strings:
            lines = sorted(set().union(*(self.holding(string) for string in strings)))
        else:
            lines = list(range(len(self.starts)))
        return [(self.starts[line], self.end(line)) for line in lines]


# A word character or a hyphen: what may not stand just before a match (``WORD_START``).
_IN_WORD = re.compile(r"[\w-]")


def _matches(rule: Rule, folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``rule.regex`` in ``folded[start:end]``, as ``finditer`` gives them.

    A pattern opening on a look-behind is tried at every position; ``rule.scan``, the same
    pattern without it, lets the engine jump to its first characters, and a match found
    inside a word is dropped here (the search goes on from the next position, as the
    engine's would). At a given position both patterns match the same text with the same
    groups: the look-behind only tests the character before it.
    """
    scan = rule.scan
    if scan is None:
        yield from rule.regex.finditer(folded, start, end)
        return
    search = scan.search
    in_word = _IN_WORD.match
    position = start
    while True:
        match = search(folded, position, end)
        if match is None:
            return
        found = match.start()
        if found and in_word(folded, found - 1):
            position = found + 1
            continue
        yield match
        position = match.end()


def _candidates(folded: str, rules: tuple[Rule, ...]) -> list[tuple[int, int, int, Rule, Any]]:
    found = []
    lines = _Lines(folded)
    # Rules share anchor sets (every month rule needs a month name): look them up once.
    ranges: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for rule in rules:
        if rule.line_anchors not in ranges:
            ranges[rule.line_anchors] = lines.ranges(rule.line_anchors)
        for start, end in ranges[rule.line_anchors]:
            for match in _matches(rule, folded, start, end):
                match_start, match_end = emitted_span(match)
                found.append((match_start, -(match_end - match_start), rule.order, rule, match))
    found.sort(key=lambda c: (c[0], c[1], c[2]))
    return found


def tag_times(parsed: ParsedArticle, model: TimeModel) -> list[TimeExpression]:
    """All time expressions of the article, in text order, with their values."""
    text = parsed.article.text  # the doc's text, without rebuilding it from the tokens
    lexicon = model.lexicon
    reader = _ParseReader(parsed, lexicon)
    ctx = Context(parsed.published, None, reader.tense, reader.quantity)
    expressions: list[TimeExpression] = []
    clock_times: set[int] = set()
    echoes: set[int] = set()
    covered = 0
    for start, _, _, rule, match in _candidates(fold(text), lexicon.rules):
        if start < covered:
            continue
        found = RESOLVERS[rule.resolve](rule, Groups(match, lexicon), ctx)
        source = rule.source
        if found is None and rule.type == "DATE":
            span = emitted_span(match)
            resolution = parse_with_dateparser(model.language, text[span[0] : span[1]], ctx.anchor)
            found = [(span[0], span[1], resolution)] if resolution else None
            source = f"{rule.source}+{DATEPARSER_SOURCE}"
            if found is None and ctx.anchor is None:
                # Undated article: the expression is real but has no value to give.
                found = [(span[0], span[1], Resolution("DATE", None, None))]
                source = rule.source
        if found is None:
            continue
        covered = match.end()
        for part_start, part_end, resolution in found:
            if rule.resolve == CLOCK_RESOLVER:
                clock_times.add(len(expressions))
            if rule.resolve == ECHO_RESOLVER:
                echoes.add(len(expressions))
            expressions.append(
                TimeExpression(
                    start=part_start,
                    end=part_end,
                    text=text[part_start:part_end],
                    sentence_index=parsed.sentence_index_at(part_start),
                    type=resolution.type,
                    value=resolution.value,
                    precision=resolution.precision,
                    rule=source,
                    modifier=resolution.modifier,
                )
            )
            dated = value_date(resolution.value)
            if dated is not None:
                ctx.last = resolution
            if dated is not None and dated[1] == "day":
                ctx.reference = dated[0]
        covered = max([covered, *(end for _, end, _ in found)])
    return _date_clock_times(expressions, clock_times, echoes)


def _date_clock_times(
    expressions: list[TimeExpression], clock_times: set[int], echoes: set[int]
) -> list[TimeExpression]:
    """Give a clock time the day named in its own sentence, even when that day comes after it.

    "Vers 0 h 40, jeudi, ..." : the day in context when the clock time was read was the
    previous one; a full date in the same sentence is the better anchor. An echo of the
    time in context ("à ce moment-là") then repeats the corrected value.
    """
    days: dict[int, list[TimeExpression]] = {}
    for expression in expressions:
        dated = value_date(expression.value)
        if expression.type == "DATE" and dated is not None and dated[1] == "day":
            days.setdefault(expression.sentence_index, []).append(expression)
    fixed: list[TimeExpression] = []
    last: TimeExpression | None = None
    for index, expression in enumerate(expressions):
        value = expression.value or ""
        same_sentence = days.get(expression.sentence_index, [])
        if index in clock_times and "T" in value and same_sentence:
            before = [d for d in same_sentence if d.start < expression.start]
            day = (before[-1] if before else same_sentence[0]).value or ""
            expression = replace(expression, value=day[:10] + value[value.index("T") :])
        elif index in echoes and last is not None:
            expression = replace(expression, value=last.value, type=last.type)
        if value_date(expression.value) is not None and index not in echoes:
            last = _more_precise(last, expression)
        fixed.append(expression)
    return fixed


def _more_precise(last: TimeExpression | None, new: TimeExpression) -> TimeExpression:
    """The time in context after ``new``: ``new``, unless it only repeats the day of a
    clock time of the same sentence ("vers 15 h 30, hier")."""
    if (
        last is not None
        and last.type == "TIME"
        and new.type == "DATE"
        and last.sentence_index == new.sentence_index
        and (last.value or "")[:10] == (new.value or "")[:10]
    ):
        return last
    return new
