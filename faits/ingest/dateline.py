"""Publication dates written in the text itself: "Dernière mise à jour à 09h41 le 19/02"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from faits.lexicons import load_yaml
from faits.provenance.datelines import LeadDateline, LeadDatelineRules, lead_dateline

# Datelines sit at the top or the bottom of an article.
EDGE_LINES = 3
YEAR_IN_TEXT = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# The date of a wire dateline: "3 mars", "1er février 2024" (month names from months.yaml).
LEAD_DATE = re.compile(r"(?P<day>\d{1,2})\D*?\s+(?P<month>[^\s\d]+?)\.?(?:\s+(?P<year>\d{4}))?$")


@dataclass(frozen=True)
class Dateline:
    line: str
    day: int
    month: int
    year: int | None
    rule: str


@dataclass(frozen=True)
class DatelineRules:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    lead: LeadDatelineRules

    @classmethod
    def load(cls, language: str) -> DatelineRules:
        entries = load_yaml(language, "datelines.yaml")
        months = {k.casefold(): int(v) for k, v in load_yaml(language, "months.yaml").items()}
        return cls(
            tuple((e["id"], re.compile(e["pattern"], re.IGNORECASE)) for e in entries),
            months,
            LeadDatelineRules.load(language),
        )

    def read_lead(self, text: str) -> Dateline | None:
        """The day of a wire dateline run into the first paragraph ("BAGDAD, 3 mars (Xinhua)
        -- …"), which stays in the text: ``provenance.datelines`` keeps it from the events."""
        lead: LeadDateline | None = lead_dateline(text, self.lead)
        found = LEAD_DATE.match(lead.date) if lead is not None and lead.date else None
        if lead is None or found is None:
            return None
        month = self.months.get(found.group("month").casefold())
        day = int(found.group("day"))
        year = int(found.group("year")) if found.group("year") else None
        if month is None or not 1 <= day <= 31:
            return None
        return Dateline(text[lead.start : lead.end].strip(), day, month, year, f"lead:{lead.rule}")

    def read(self, line: str) -> Dateline | None:
        for rule_id, pattern in self.patterns:
            found = pattern.fullmatch(line.strip())
            if not found:
                continue
            groups = found.groupdict()
            month_text = (groups.get("month") or "").casefold().rstrip(".")
            month = int(month_text) if month_text.isdigit() else self.months.get(month_text)
            day = int(groups["day"])
            year = groups.get("year")
            year_value = None
            if year:
                year_value = int(year) + (2000 if len(year) == 2 else 0)
            if month and 1 <= month <= 12 and 1 <= day <= 31:
                return Dateline(line.strip(), day, month, year_value, rule_id)
        return None


def find_dateline(text: str, rules: DatelineRules) -> Dateline | None:
    """The first dateline among the first and last lines of ``text``."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
        found = rules.read(line)
        if found:
            return found
    return None


def remove_line(text: str, line: str) -> str:
    """Take one dateline out of the text (it is metadata, not article content)."""
    kept = [row for row in text.split("\n") if row.strip() != line]
    return "\n".join(kept).strip()


def _year_after_latest_mention(dateline: Dateline, text: str, months: dict[str, int]) -> int | None:
    """The first year in which the dateline's day falls on or after the latest dated mention.

    Articles report the past: "en juin 2018" in a text updated "le 19/02" puts the update
    in February 2019. A bare year ("en 2018") bounds only the year.
    """
    latest: tuple[int, int] | None = None
    for found in YEAR_IN_TEXT.finditer(text):
        year = int(found.group(1))
        before = text[max(0, found.start() - 12) : found.start()].split()
        month = months.get(before[-1].casefold()) if before else None
        mention = (year, month or 1)
        if latest is None or mention > latest:
            latest = mention
    if latest is None:
        return None
    year = latest[0]
    if (dateline.month, dateline.day) < (latest[1], 1):
        year += 1
    return year


def dateline_date(
    dateline: Dateline, year_hint: int | None, text: str, months: dict[str, int]
) -> tuple[date, str] | None:
    """The dateline's date and where its year came from ("text", "input" or "inferred").

    Without a year in the line, the year comes from ``year_hint`` (``--published`` or the
    input), else from the latest dated mention in the article (see above).
    """
    year = dateline.year
    source = "text"
    if year is None and year_hint is not None:
        year, source = year_hint, "input"
    if year is None:
        year = _year_after_latest_mention(dateline, text, months)
        if year is None:
            return None
        source = "inferred"
    try:
        return date(year, dateline.month, dateline.day), source
    except ValueError:
        return None
