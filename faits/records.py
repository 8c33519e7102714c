"""The records faits produces, as plain typed data.

These mirror the public contract (``docs/contract.md``, schema version 1): every stage
takes records or a parsed article and returns new records; nothing here knows about the
store or the command line. ``to_dict`` gives the contract's JSON shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Records to plain dicts and lists (faster than ``dataclasses.asdict``: no deep copies).

    Records declare no class variables, so a dataclass's ``__dataclass_fields__`` are
    exactly its fields, in order. Scalars are told by their exact type first: most values
    are, and a set lookup is cheaper than ``isinstance`` with a union."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    fields = getattr(kind, "__dataclass_fields__", None)
    if fields is not None:
        return {name: _plain(getattr(value, name)) for name in fields}
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: contract-shaped dict with ``schema_version`` first."""

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **_plain(self)}


@dataclass
class Span:
    """A piece of the article's cleaned text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class ActorRef:
    """An actor as coded in an event or a quote (CAMEO code, resolved name, where in the text)."""

    code: str
    country: str | None
    agent: str | None
    name: str | None
    text: str
    start: int
    end: int


@dataclass
class PlaceRef:
    """A place resolved to the gazetteer; ``country`` is ISO 3166-1 alpha-3."""

    name: str
    text: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str


@dataclass
class Attribution:
    """Who reports the event: ``selon CNN``, ``a indiqué le ministère``."""

    text: str
    name: str | None
    code: str | None


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False


@dataclass
class Plover:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass
class Event(Record):
    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: Span
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_root: str
    cameo_label: str
    quad_class: int
    goldstein: float
    plover: Plover
    modality: Modality
    attribution: Attribution | None
    date: str | None
    date_precision: str | None
    date_text: str | None
    date_source: str | None
    location: PlaceRef | None
    rule: str
    language: str
    quote_id: str | None = None


@dataclass
class Speaker:
    code: str | None
    name: str | None
    text: str
    start: int
    end: int
    role: str | None = None


@dataclass
class Quote(Record):
    quote_id: str
    article_id: str
    sentence_index: int
    kind: str
    text: str
    start: int
    end: int
    speaker: Speaker | None
    verb: str | None
    language: str


@dataclass
class Mention(Record):
    """An actor, place or time expression found in an article, resolved or not.

    ``resolved`` follows the contract by kind: actor ``{code, name}``; place
    ``{name, country, admin1, lat, lon, geonameid, precision}``; time ``{type, value}``.
    ``rule`` names the lexicon entry that resolved it (``None`` when unresolved).
    """

    article_id: str
    kind: str
    text: str
    start: int
    end: int
    resolved: dict[str, Any] | None
    sentence_index: int
    rule: str | None = None


@dataclass
class Article(Record):
    article_id: str
    url: str | None
    title: str | None
    site: str | None
    published: str | None
    published_source: str | None
    language: str | None
    text: str
    status: str
    reason: str | None = None
    original_url: str | None = None
    translated_by: str | None = None
    duplicate_of: str | None = None
    cluster_id: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    source_path: str | None = None


@dataclass
class CodedArticle:
    """Everything one article yields: the pure output of the pipeline for it."""

    article: Article
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
