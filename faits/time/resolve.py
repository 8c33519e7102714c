"""Turn a rule's match into TIMEX3 values, one resolver per kind of expression.

A resolver reads the match's named groups (looked up in the language's tables), the
anchor (publication date), the day in context (for "la veille", clock times) and, when a
weekday or a year is left implicit, the tense of the clause. It returns the spans to
report with their values, or ``None`` when the match does not make a valid time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from faits.time import calendar as cal
from faits.time.lexicon import Rule, TimeLexicon, fold

_DIGITS = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+(?:,\d+)?")
_CLOCK = re.compile(r"(\d\d):(\d\d)")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str | None
    precision: str | None
    modifier: str | None = None


@dataclass
class Context:
    """What a resolver may consult besides the match: anchor, day and time in context, tense."""

    anchor: date | None
    reference: date | None
    tense_at: Callable[[int], str | None]
    quantity_at: Callable[[int], bool]
    last: Resolution | None = None


Found = list[tuple[int, int, Resolution]]


class Groups:
    """Typed access to a match's named groups through the lexicon's tables."""

    def __init__(self, match: re.Match[str], lexicon: TimeLexicon) -> None:
        self.match = match
        self.lexicon = lexicon

    def text(self, name: str) -> str | None:
        if name not in self.match.re.groupindex:
            return None
        return self.match.group(name)

    def table(self, name: str, table: str | None = None) -> object | None:
        raw = self.text(name)
        if raw is None:
            return None
        entry = self.lexicon.lookup(table or name, raw.rstrip("."))
        return entry.value if entry else None

    def entry_extra(self, name: str, table: str) -> dict:
        raw = self.text(name)
        entry = self.lexicon.lookup(table, raw) if raw else None
        return entry.extra if entry else {}

    def integer(self, name: str, table: str | None = None) -> int | None:
        raw = self.text(name)
        if raw is None:
            return None
        if _DIGITS.fullmatch(raw.strip("'")):
            return int(raw.strip("'"))
        value = self.table(name, table) if table else None
        return value if isinstance(value, int) else None

    def day(self, name: str = "day") -> int | None:
        return self.integer(name, "ordinal")

    def month(self) -> int | None:
        value = self.table("month")
        return value if isinstance(value, int) else self.integer("monthnum")

    def year(self, anchor: date | None) -> int | None:
        full = self.integer("year")
        if full is not None:
            return full
        short = self.integer("year2")
        return cal.expand_year(short, anchor) if short is not None else None

    def direction(self) -> int | None:
        if self.text("this") is not None:
            return 0
        value = self.table("direction")
        return value if isinstance(value, int) else None

    def modifier(self) -> str | None:
        value = self.table("modifier")
        if value is None and self.text("approx") is not None:
            value = "APPROX"
        return str(value) if value is not None else None

    def number(self) -> str | None:
        raw = self.text("number")
        if raw is None:
            return None
        if _DECIMAL.fullmatch(raw):
            return raw.replace(",", ".")
        value = self.table("number")
        return None if value is None else str(value)

    def clock(self) -> tuple[int, int] | None:
        hour = self.integer("hour", "number")
        if hour is not None and 0 <= hour <= 24:
            return hour, self.integer("minute") or 0
        pod = self.table("pod", "partofday")
        clock = _CLOCK.fullmatch(str(pod)) if pod is not None else None
        return (int(clock.group(1)), int(clock.group(2))) if clock else None


def emitted_span(match: re.Match[str]) -> tuple[int, int]:
    """The part of a match reported as the expression: its ``span`` group if it took part."""
    if "span" in match.re.groupindex and match.start("span") >= 0:
        return match.span("span")
    return match.span()


def _one(match: re.Match[str], resolution: Resolution | None) -> Found | None:
    if resolution is None:
        return None
    start, end = emitted_span(match)
    return [(start, end, resolution)]


def _with_time_of_day(day: date, g: Groups, modifier: str | None) -> Resolution:
    """A day, or a day and a time when the match names an hour or a part of the day."""
    clock = g.clock()
    if clock is not None:
        return Resolution(
            "TIME", f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}", "time", modifier
        )
    pod = g.table("pod", "partofday")
    if pod is not None:
        return Resolution("TIME", f"{day.isoformat()}T{pod}", "time", modifier)
    return Resolution("DATE", cal.day_value(day), "day", modifier)


def _tense(g: Groups, ctx: Context, group: str) -> str | None:
    start = g.match.start(group) if g.text(group) is not None else g.match.start()
    return ctx.tense_at(start)


def _calendar(g: Groups, ctx: Context, day_group: str, rule: Rule) -> Resolution | None:
    month, day, anchor = g.month(), g.day(day_group), ctx.anchor
    year, modifier, direction = g.year(anchor), g.modifier(), g.direction()
    if month is not None and day is not None:
        if year is not None:
            found = cal.valid_date(year, month, day)
        elif anchor is not None:
            weekday = g.table("weekday")
            tense = None if direction is not None else _tense(g, ctx, day_group)
            found = cal.year_for_day(
                month, day, anchor, tense, direction, weekday if isinstance(weekday, int) else None
            )
        else:
            return Resolution(rule.type, f"XXXX-{month:02d}-{day:02d}", "day", modifier)
        return Resolution(rule.type, cal.day_value(found), "day", modifier) if found else None
    if month is not None:
        if year is None:
            if anchor is None:
                return Resolution(rule.type, f"XXXX-{month:02d}", "month", modifier)
            tense = None if direction is not None else _tense(g, ctx, "month")
            year = cal.year_for_month(month, anchor, tense, direction)
        return Resolution(rule.type, cal.month_value(year, month), "month", modifier)
    if year is not None:
        return Resolution(rule.type, f"{year:04d}", "year", modifier)
    return None


def resolve_date(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    if rule.params.get("reject_quantity") and ctx.quantity_at(g.match.start()):
        return []
    return _one(g.match, _calendar(g, ctx, "day", rule))


def resolve_coordinated(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    """ "les 27 et 28 février": two dates sharing the month (and year) named once."""
    second = _calendar(g, ctx, "day2", rule)
    day = g.day()
    if second is None or second.value is None or day is None:
        return None
    first_value = second.value[:-2] + f"{day:02d}"
    if cal.value_date(first_value) is None:
        return None
    first = Resolution(rule.type, first_value, "day", second.modifier)
    return [(*g.match.span("first"), first), (*g.match.span("second"), second)]


def resolve_decade(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    raw = g.text("decade") or g.text("decade2") or ""
    if len(raw) == 4:
        year = int(raw)
    else:
        year = cal.expand_year(int(raw), ctx.anchor)
        if ctx.anchor is not None and year > ctx.anchor.year:
            year -= 100
    return _one(g.match, Resolution(rule.type, f"{year // 10:03d}", "decade"))


def resolve_season(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    season = g.table("season") or g.table("season2", "season")
    if season is None:
        return None
    direction, anchor, year = g.direction(), ctx.anchor, g.year(ctx.anchor)
    if year is not None:
        return _one(g.match, Resolution(rule.type, f"{year:04d}-{season}", "season"))
    if direction is None or anchor is None:
        return _one(g.match, Resolution(rule.type, f"XXXX-{season}", "season"))
    start = _SEASON_START[str(season)]
    year = anchor.year
    if direction < 0 and start >= anchor.month - 2:
        year -= 1
    if direction > 0 and start <= anchor.month:
        year += 1
    return _one(g.match, Resolution(rule.type, f"{year:04d}-{season}", "season", g.modifier()))


def resolve_relative_day(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    offset = g.table("relday")
    anchored_on = g.entry_extra("relday", "relday").get("anchor", "published")
    base = ctx.reference if anchored_on == "context" else ctx.anchor
    base = base or ctx.anchor
    if base is None:
        return None
    day = base + timedelta(days=int(offset) if isinstance(offset, int) else 0)
    return _one(g.match, _with_time_of_day(day, g, g.modifier()))


def resolve_context_part_of_day(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    base = ctx.reference or ctx.anchor
    if base is None:
        return None
    return _one(g.match, _with_time_of_day(base, g, g.modifier()))


def resolve_context_time(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    """ "à ce moment-là": the last calendar time mentioned; nothing without one."""
    if ctx.last is None:
        return []
    return _one(g.match, replace(ctx.last, modifier=None))


def resolve_relative_period(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    unit, direction, anchor = g.table("unit"), g.direction(), ctx.anchor
    if direction is None and "direction" in rule.params:
        direction = int(rule.params["direction"])
    if unit is None or direction is None or anchor is None:
        return None
    weekend_in_past = unit == "WE" and direction == 0 and anchor.isoweekday() < 6
    if weekend_in_past and ctx.tense_at(g.match.start("unit")) == "past":
        direction = -1
    shifted = cal.shift(anchor, str(unit), direction)
    if shifted is None:
        return None
    return _one(g.match, Resolution(rule.type, shifted[0], shifted[1], g.modifier()))


def resolve_offset(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    """ "il y a deux jours", "dans trois semaines": the anchor moved, at the unit's precision."""
    number, unit, anchor = g.number(), g.table("unit"), ctx.anchor
    sign = int(rule.params.get("sign", -1))
    if number is None or unit is None:
        return None
    if number == "X":
        start, end = g.match.start("number"), g.match.end("unit")
        return [(start, end, Resolution("DURATION", cal.duration_value("X", str(unit)), None))]
    if anchor is None:
        return None
    amount = sign * round(float(number))
    if unit in ("H", "MIN", "S"):
        return _one(g.match, Resolution(rule.type, cal.day_value(anchor), "day", g.modifier()))
    shifted = cal.shift(anchor, str(unit), amount)
    if shifted is None:
        return None
    return _one(g.match, Resolution(rule.type, shifted[0], shifted[1], g.modifier()))


def resolve_weekday(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    weekday, anchor = g.table("weekday"), ctx.anchor
    if not isinstance(weekday, int) or anchor is None:
        return None
    direction = g.direction()
    reference = ctx.reference
    if g.text("same") is not None and reference is not None and reference.isoweekday() == weekday:
        return _one(g.match, _with_time_of_day(reference, g, g.modifier()))
    tense = None if direction is not None else _tense(g, ctx, "weekday")
    day = cal.weekday_date(weekday, anchor, tense, direction)
    return _one(g.match, _with_time_of_day(day, g, g.modifier()))


def resolve_clock(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    clock = g.clock()
    if clock is None:
        return None
    base = ctx.reference or ctx.anchor
    day = base.isoformat() if base else "XXXX-XX-XX"
    value = f"{day}T{clock[0]:02d}:{clock[1]:02d}"
    return _one(g.match, Resolution("TIME", value, "time", g.modifier()))


def resolve_duration(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    unit = g.table("unit")
    if unit is None:
        return None
    amount = g.number() or "X"
    return _one(
        g.match, Resolution(rule.type, cal.duration_value(amount, str(unit)), None, g.modifier())
    )


def resolve_fixed(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    value = rule.fixed.get(" ".join(fold(g.match.group()).split()))
    return _one(g.match, Resolution(rule.type, value, None)) if value else None


def resolve_set_unit(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    unit = g.table("unit")
    if unit is None:
        return None
    return _one(g.match, Resolution(rule.type, cal.duration_value("1", str(unit)), None))


def resolve_set_weekday(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    weekday = g.table("weekday")
    if weekday is None:
        weekday = g.table("weekday_plural")
    if not isinstance(weekday, int):
        return None
    return _one(g.match, Resolution(rule.type, f"XXXX-WXX-{weekday}", None))


def resolve_block(rule: Rule, g: Groups, ctx: Context) -> Found | None:
    """A span that is no time expression ("un homme de 38 ans") and that no rule may take."""
    return []


RESOLVERS: dict[str, Callable[[Rule, Groups, Context], Found | None]] = {
    "date": resolve_date,
    "coordinated": resolve_coordinated,
    "decade": resolve_decade,
    "season": resolve_season,
    "relative_day": resolve_relative_day,
    "context_part_of_day": resolve_context_part_of_day,
    "context_time": resolve_context_time,
    "relative_period": resolve_relative_period,
    "offset": resolve_offset,
    "weekday": resolve_weekday,
    "clock": resolve_clock,
    "duration": resolve_duration,
    "fixed": resolve_fixed,
    "set_unit": resolve_set_unit,
    "set_weekday": resolve_set_weekday,
    "block": resolve_block,
}
