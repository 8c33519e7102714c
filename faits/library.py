"""The Python API: code a string, or open a database and get DataFrames.

>>> import faits
>>> coded = faits.code_text("La Russie et la Chine ont appelé au dialogue.", published="2017-09-29")
>>> db = faits.open("faits.duckdb"); db.events(actor="RUS").head()
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any, Literal

from faits.ingest.prepare import prepare
from faits.ingest.readers import InputItem, InputProblem
from faits.models import ModelCache
from faits.pipeline import process_batch
from faits.records import CodedArticle
from faits.store.db import Store
from faits.store.export import flatten
from faits.store.queries import Filters, fetch_records

Frame = Literal["pandas", "arrow", "records"]
# Models are loaded once per process for the convenience API; pass ``models`` to control it.
_SHARED_MODELS = ModelCache()


class InputError(ValueError):
    """The text could not be turned into an article (empty, no text left, ...)."""


def code_text(
    text: str,
    published: str | date | None = None,
    language: str | None = None,
    title: str | None = None,
    article_id: str | None = None,
    models: ModelCache | None = None,
) -> CodedArticle:
    """Clean, parse and code one article given as a string; returns the article and its records.

    ``language`` skips identification; a language faits does not code yields an article with
    status ``skipped`` and no records.
    """
    item = InputItem(
        origin="<text>",
        text=text,
        id=article_id,
        title=title,
        language=language,
        published=published.isoformat() if isinstance(published, date) else published,
    )
    prepared = prepare(item)
    if isinstance(prepared, InputProblem):
        raise InputError(prepared.line())
    result = next(process_batch([prepared], models or _SHARED_MODELS, keep_parses=False))
    return result.coded


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


class Database:
    """Read access to a faits database with query helpers returning DataFrames or Arrow tables."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.store = Store.open(path, read_only=True)
        self.con = self.store.con

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _frame(self, records: list[dict[str, Any]], as_: Frame) -> Any:
        if as_ == "records":
            return records
        flat = [flatten(r) for r in records]
        if as_ == "arrow":
            import pyarrow as pa

            return pa.Table.from_pylist(flat)
        import pandas as pd

        return pd.DataFrame.from_records(flat)

    def _records(
        self,
        kind: str,
        actor: str | None,
        code: str | None,
        since: str | date | None,
        until: str | date | None,
        limit: int | None,
        as_: Frame,
    ) -> Any:
        filters = Filters(actor, code, _as_date(since), _as_date(until), limit)
        return self._frame(fetch_records(self.con, kind, filters), as_)

    def events(
        self,
        actor: str | None = None,
        code: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int | None = None,
        as_: Frame = "pandas",
    ) -> Any:
        """Events, one row each, nested fields flattened (``source_code``, ``location_lat``)."""
        return self._records("events", actor, code, since, until, limit, as_)

    def quotes(
        self,
        actor: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int | None = None,
        as_: Frame = "pandas",
    ) -> Any:
        return self._records("quotes", actor, None, since, until, limit, as_)

    def articles(
        self,
        actor: str | None = None,
        code: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int | None = None,
        as_: Frame = "pandas",
    ) -> Any:
        return self._records("articles", actor, code, since, until, limit, as_)

    def mentions(self, kind: str | None = None, as_: Frame = "pandas") -> Any:
        sql = 'SELECT article_id, kind, text, start, "end", sentence_index, code, resolved, rule FROM mentions'
        relation = self.con.execute(
            sql + (" WHERE kind = ?" if kind else ""), [kind] if kind else []
        )
        if as_ == "arrow":
            return relation.to_arrow_table()
        return relation.fetch_df()

    def sql(self, query: str, params: list[Any] | None = None) -> Any:
        """Any read-only SQL over the tables (see docs/data-model.md), as a pandas DataFrame."""
        return self.con.execute(query, params or []).fetch_df()


def open(path: str | os.PathLike[str] | None = None) -> Database:  # noqa: A001 - the API's name
    """Open a database read-only (``path``, else ``$FAITS_DB``, else ``faits.duckdb``)."""
    return Database(path)
