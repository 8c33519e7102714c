"""The API's one DuckDB connection, and the guard that stops a query running too long.

DuckDB lets one process write a file, or several processes read it. ``faits serve`` opens
the file read-only unless it was given an ingest token, in which case it is the writer and
``faits ingest`` must wait until it stops. Every request gets its own cursor on the shared
connection (DuckDB cursors are safe to use from the threads FastAPI runs handlers in), and
a timer interrupts any query still running after the time limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from faits.store.schema import current_version, ensure_schema

DEFAULT_TIMEOUT = 5.0
T = TypeVar("T")


class DatabaseUnavailable(RuntimeError):
    """The file is missing, locked by a writer, or not a faits database."""


class QueryTimeout(RuntimeError):
    """A query ran past the time limit and was interrupted."""


class Database:
    """A read-only (or, for the ingest endpoint, single-writer) connection with a time limit."""

    def __init__(self, path: Path, writable: bool = False, timeout: float = DEFAULT_TIMEOUT):
        self.path = Path(path)
        self.writable = writable
        self.timeout = timeout
        self.write_lock = threading.Lock()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.open()

    def open(self) -> None:
        """Connect (again, after ``close``): the app's lifespan may start more than once."""
        if self.con is not None:
            return
        if not self.writable and not self.path.exists():
            raise DatabaseUnavailable(f"{self.path}: no such database (run `faits ingest` first)")
        try:
            con = duckdb.connect(str(self.path), read_only=not self.writable)
        except duckdb.IOException as exc:
            raise DatabaseUnavailable(
                f"{self.path}: cannot open ({exc}); is `faits ingest` writing to it?"
            ) from None
        if self.writable:
            ensure_schema(con)
        elif current_version(con) is None:
            con.close()
            raise DatabaseUnavailable(f"{self.path}: not a faits database")
        self.con = con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        if self.con is None:
            self.open()
        assert self.con is not None
        return self.con.cursor()

    def run(self, query: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Call ``query`` with a fresh cursor, interrupting it past the time limit."""
        cursor = self.cursor()
        done = threading.Event()

        def watch() -> None:
            # Interrupt until the query ends: one interrupt sent before DuckDB started
            # executing would be lost.
            if not done.wait(self.timeout):
                while not done.wait(0.05):
                    cursor.interrupt()

        watchdog = threading.Thread(target=watch, daemon=True)
        watchdog.start()
        try:
            return query(cursor)
        except duckdb.InterruptException:
            raise QueryTimeout(f"query took longer than {self.timeout:g} s") from None
        finally:
            done.set()
            watchdog.join()
            cursor.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run one parameterised query and return its rows as dicts, within the time limit."""

        def fetch(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
            result = cursor.execute(sql, list(params))
            names = [column[0] for column in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

        return self.run(fetch)

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
