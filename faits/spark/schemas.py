"""Spark schemas for the contract's records, derived from the dataclasses in ``faits.records``.

One source of truth: a field added to a record appears in the Parquet output without anyone
editing a schema by hand. ``dict`` fields (a mention's ``resolved``) are stored as JSON text,
since their shape depends on the mention's kind.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from pyspark.sql import types as T

from faits.records import Article, Event, Mention, Quote

RECORD_TYPES = {"articles": Article, "events": Event, "quotes": Quote, "mentions": Mention}
# Columns the store needs besides the contract's fields (idempotent import, clustering).
ARTICLE_EXTRAS = ("source_key", "content_hash", "removed_lines", "minhash")


def _spark_type(hint: Any) -> T.DataType:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _spark_type(inner[0])
    if origin is list:
        return T.ArrayType(_spark_type(typing.get_args(hint)[0]))
    if origin is dict or hint is dict:
        return T.StringType()
    if dataclasses.is_dataclass(hint):
        return record_schema(hint)  # type: ignore[arg-type]
    return {
        str: T.StringType(),
        int: T.LongType(),
        float: T.DoubleType(),
        bool: T.BooleanType(),
    }.get(hint, T.StringType())


def record_schema(cls: type) -> T.StructType:
    hints = typing.get_type_hints(cls)
    fields = [T.StructField("schema_version", T.LongType())] if cls in RECORD_TYPES.values() else []
    fields += [T.StructField(f.name, _spark_type(hints[f.name])) for f in dataclasses.fields(cls)]
    return T.StructType(fields)


def _unwrap(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def dict_fields(cls: type) -> list[str]:
    """Top-level fields stored as JSON text (their shape varies from record to record)."""
    hints = typing.get_type_hints(cls)
    return [
        f.name
        for f in dataclasses.fields(cls)
        if typing.get_origin(_unwrap(hints[f.name])) is dict or _unwrap(hints[f.name]) is dict
    ]
