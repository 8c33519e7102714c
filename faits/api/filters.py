"""Query parameters shared by the event endpoints, turned into parameterised SQL.

Every value reaches DuckDB as a bound parameter; only fixed fragments written here are
pasted into the SQL text. Bad values are refused with a 422 that names the parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Query

ACTOR_PATTERN = r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$"
DYAD_PATTERN = r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}-[A-Za-z]{3}[A-Za-z0-9]{0,12}$"
MAX_PAGE_SIZE = 200
REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$")
Modality = Literal["asserted", "negated", "hypothetical", "future"]

# A country-level key for an actor: its country, else its whole code, and the whole code
# for transnational actors (CAMEO's IGO, NGO, MNC: the UN and the G20 stay apart).
TRANSNATIONAL = "('IGO', 'NGO', 'MNC')"


def actor_key(side: str) -> str:
    return (
        f"CASE WHEN e.{side}_country IS NULL OR e.{side}_country IN {TRANSNATIONAL} "
        f"THEN e.{side}_code ELSE e.{side}_country END"
    )


SOURCE_KEY = actor_key("source")
TARGET_KEY = actor_key("target")


def bad_parameter(name: str, message: str) -> HTTPException:
    return HTTPException(
        status_code=422, detail=[{"loc": ["query", name], "msg": message, "type": "value_error"}]
    )


@dataclass
class Where:
    """SQL conditions joined by AND, with their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def split_dyad(value: str) -> tuple[str, str]:
    first, second = value.upper().split("-", 1)
    return first, second


@dataclass
class EventFilters:
    """What an analyst can filter events on; every endpoint over events takes these."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: str | None = None
    directed: bool = False
    cameo: str | None = None
    root: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    country: str | None = None
    place: str | None = None
    modality: Modality | None = None
    q: str | None = None
    article: str | None = None

    def where(self) -> Where:
        where = Where()
        if self.actor:
            code = self.actor.upper()
            where.add(
                "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", code, code
            )
        if self.source:
            where.add("starts_with(e.source_code, ?)", self.source.upper())
        if self.target:
            where.add("starts_with(e.target_code, ?)", self.target.upper())
        if self.dyad:
            first, second = split_dyad(self.dyad)
            forward = "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
            if self.directed:
                where.add(forward, first, second)
            else:
                where.add(f"({forward} OR {forward})", first, second, second, first)
        if self.cameo:
            where.add("starts_with(e.cameo, ?)", self.cameo)
        if self.root:
            where.add("e.cameo_root = ?", self.root)
        if self.quad_class:
            where.add("e.quad_class = ?", self.quad_class)
        if self.since:
            where.add("e.date_start >= ?", self.since)
        if self.until:
            where.add("e.date_start <= ?", self.until)
        if self.country:
            where.add("e.location_country = ?", self.country.upper())
        if self.place:
            where.add("e.location_name ILIKE ? ESCAPE '\\'", f"%{escape_like(self.place)}%")
        if self.modality == "asserted":
            where.add("NOT (e.negated OR e.hypothetical OR e.future)")
        elif self.modality:
            where.add(f"e.{self.modality}")
        if self.q:
            # The sentences table holds each sentence once, short and unparsed: scanning it
            # with a regular expression (RE2) is much cheaper than the events' JSON.
            where.add(
                "EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = e.article_id "
                "AND s.sentence_index = e.sentence_index AND regexp_matches(s.text, ?))",
                "(?i)" + regex_literal(self.q),
            )
        if self.article:
            where.add("e.article_id = ?", self.article)
        return where


def regex_literal(text: str) -> str:
    """``text`` as an RE2 pattern matching itself."""
    return "".join("\\" + ch if ch in REGEX_SPECIAL else ch for ch in text)


def escape_like(text: str) -> str:
    """Make ``%`` and ``_`` in user text match themselves in an ILIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_filters(
    actor: Annotated[
        str | None,
        Query(pattern=ACTOR_PATTERN, description="Actor code prefix on either side (RUS, USAGOV)."),
    ] = None,
    source: Annotated[
        str | None, Query(pattern=ACTOR_PATTERN, description="Source actor code prefix.")
    ] = None,
    target: Annotated[
        str | None, Query(pattern=ACTOR_PATTERN, description="Target actor code prefix.")
    ] = None,
    dyad: Annotated[
        str | None,
        Query(pattern=DYAD_PATTERN, description="Two actor code prefixes: RUS-PRK."),
    ] = None,
    directed: Annotated[
        bool, Query(description="With dyad: only the first actor as source.")
    ] = False,
    cameo: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code prefix (04, 042).")
    ] = None,
    root: Annotated[
        str | None, Query(pattern=r"^(0[1-9]|1\d|20)$", description="CAMEO root, 01 to 20.")
    ] = None,
    quad_class: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.",
        ),
    ] = None,
    since: Annotated[date | None, Query(description="First event date (inclusive).")] = None,
    until: Annotated[date | None, Query(description="Last event date (inclusive).")] = None,
    country: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z]{3}$", description="Country of the event's place (ISO alpha-3)."),
    ] = None,
    place: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Place name contains.")
    ] = None,
    modality: Annotated[
        Modality | None, Query(description="asserted, negated, hypothetical or future.")
    ] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Sentence contains.")
    ] = None,
    article: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Article id.")
    ] = None,
) -> EventFilters:
    if since and until and since > until:
        raise bad_parameter("until", "until is before since")
    return EventFilters(
        actor,
        source,
        target,
        dyad,
        directed,
        cameo,
        root,
        quad_class,
        since,
        until,
        country,
        place,
        modality,
        q,
        article,
    )


@dataclass
class Page:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def envelope(self, total: int, items: list[Any]) -> dict[str, Any]:
        return {"total": total, "page": self.page, "page_size": self.page_size, "items": items}


def pagination(
    page: Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")] = 1,
    page_size: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page (at most {MAX_PAGE_SIZE}).")
    ] = 50,
) -> Page:
    return Page(page, page_size)
