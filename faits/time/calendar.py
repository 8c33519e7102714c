"""Calendar arithmetic and TIMEX3 value formatting, independent of any language."""

from __future__ import annotations

from datetime import date, timedelta

# How far a date without a year may lie on the "wrong" side of the anchor before the
# clause's tense moves it to the previous or next year.
TENSE_SLACK_DAYS = 92
HALF_YEAR_DAYS = 183


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def expand_year(two_digits: int, anchor: date | None) -> int:
    """``98`` → 1998, ``03`` → 2003: the century that puts the year nearest the anchor."""
    reference = anchor.year if anchor else 2000
    candidates = [century + two_digits for century in (1900, 2000, 2100)]
    return min(candidates, key=lambda y: (abs(y - reference), y))


def year_for_day(
    month: int,
    day: int,
    anchor: date,
    tense: str | None,
    direction: int | None = None,
    weekday: int | None = None,
) -> date | None:
    """The year of a day given without one: ``le 8 février`` read on 2019-02-19.

    ``dernier``/``prochain`` pick the occurrence before/after the anchor; a weekday picks the
    year where it fits; otherwise the anchor's year, moved back (past clause) or forward
    (future clause) only when the date is over three months on the wrong side, and to the
    nearest occurrence when the clause says nothing and the date is over half a year away.
    """
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := valid_date(y, month, day))
    ]
    if not options:
        return None
    if weekday is not None:
        fitting = [d for d in options if d.isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - anchor).days))
    if direction is not None and direction < 0:
        before = [d for d in options if d < anchor]
        return before[-1] if before else options[0]
    if direction is not None and direction > 0:
        after = [d for d in options if d > anchor]
        return after[0] if after else options[-1]
    same = valid_date(anchor.year, month, day)
    if same is None:
        return min(options, key=lambda d: abs((d - anchor).days))
    offset = (same - anchor).days
    if tense == "past" and offset > TENSE_SLACK_DAYS:
        return valid_date(anchor.year - 1, month, day)
    if tense == "future" and offset < -TENSE_SLACK_DAYS:
        return valid_date(anchor.year + 1, month, day)
    if tense not in ("past", "future") and abs(offset) > HALF_YEAR_DAYS:
        return min(options, key=lambda d: abs((d - anchor).days))
    return same


def year_for_month(month: int, anchor: date, tense: str | None, direction: int | None) -> int:
    """The year of a month given without one (``en juillet``, ``septembre dernier``)."""
    diff = month - anchor.month
    if direction is not None and direction < 0:
        return anchor.year if diff < 0 else anchor.year - 1
    if direction is not None and direction > 0:
        return anchor.year if diff > 0 else anchor.year + 1
    if tense == "past" and diff > 1:
        return anchor.year - 1
    if tense == "future" and diff < -1:
        return anchor.year + 1
    if tense not in ("past", "future") and abs(diff) > 6:
        return anchor.year - 1 if diff > 0 else anchor.year + 1
    return anchor.year


def weekday_date(weekday: int, anchor: date, tense: str | None, direction: int | None) -> date:
    """The day named by a weekday: last one (past), next one (future), or the nearest.

    The anchor's own weekday is the anchor itself unless ``dernier``/``prochain`` says
    otherwise; direction 0 (``ce lundi``) is the day of the anchor's week.
    """
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if direction == 0:
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if direction is not None and direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction is not None and direction > 0:
        return anchor + timedelta(days=forward or 7)
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)


def shift(anchor: date, unit: str, amount: int) -> tuple[str, str] | None:
    """``anchor`` moved by ``amount`` units, as (TIMEX3 value, precision) at that unit."""
    if unit == "D":
        return day_value(anchor + timedelta(days=amount)), "day"
    if unit == "W":
        return week_value(anchor + timedelta(weeks=amount)), "week"
    if unit == "WE":
        return week_value(anchor + timedelta(weeks=amount)) + "-WE", "week"
    if unit == "M":
        year, month = add_months(anchor.year, anchor.month, amount)
        return month_value(year, month), "month"
    if unit == "Y":
        return f"{anchor.year + amount:04d}", "year"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}", "decade"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}", "century"
    return None


def duration_value(amount: str, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT30.4S``, ``PXM`` (vague)."""
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "DE":
        return f"P{amount}DE"
    if unit == "CE":
        return f"P{amount}CE"
    return f"P{amount}{unit}"


def value_date(value: str | None) -> tuple[date, str] | None:
    """The first day a TIMEX3 value covers and its precision (for event dates)."""
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[5:7].isdigit():
        found = valid_date(year, int(value[5:7]), int(value[8:10]))
        return (found, "day") if found else None
    if len(value) >= 8 and value[5] == "W" and value[6:8].isdigit():
        try:
            return date.fromisocalendar(year, int(value[6:8]), 1), "week"
        except ValueError:
            return None
    if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        found = valid_date(year, int(value[5:7]), 1)
        return (found, "month") if found else None
    if len(value) == 4:
        return date(year, 1, 1), "year"
    return None
