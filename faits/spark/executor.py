"""What runs inside a Spark executor: the local pipeline's own functions, on one partition.

The models load once per Python worker process (Spark reuses its workers), on the first
partition that worker gets. Each output row is ``(kind, article_id, month, payload, blob)``:
``payload`` the record as JSON, ``blob`` the serialised parse for ``parses`` rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from faits.batch import batched
from faits.ingest.prepare import PreparedArticle, prepare
from faits.ingest.readers import InputItem, InputProblem
from faits.models import ModelCache
from faits.pipeline import process_batch
from faits.provenance.clusters import signature
from faits.spark.schemas import dict_fields

BATCH = 32
_MODELS: ModelCache | None = None


def _models() -> ModelCache:
    global _MODELS
    if _MODELS is None:
        _MODELS = ModelCache()
    return _MODELS


def month_of(published: str | None) -> str:
    return published[:7] if published else "unknown"


def _dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False)


def process_partition(
    items: Iterable[InputItem | InputProblem],
    published: str | None = None,
    keep_parses: bool = False,
) -> Iterator[tuple[str, str, str, str, bytes | None]]:
    """Prepare, parse and code a partition's inputs; yield one row per output record (and
    one ``parses`` row per coded article when ``keep_parses``)."""
    prepared: list[PreparedArticle] = []
    for item in items:
        ready = item if isinstance(item, InputProblem) else prepare(item, published)
        if isinstance(ready, InputProblem):
            yield ("problem", "", "", ready.line(), None)
        else:
            prepared.append(ready)
    for batch in batched(prepared, BATCH):
        for result in process_batch(batch, _models(), keep_parses):
            article = result.coded.article
            month = month_of(article.published)
            record = article.to_dict()
            record.update(
                source_key=result.prepared.source_key,
                content_hash=result.prepared.content_hash,
                removed_lines=_dumps(list(result.prepared.removed_lines)),
                minhash=signature(article.text).hex() if article.status == "coded" else None,
            )
            yield ("articles", article.article_id, month, _dumps(record), None)
            for kind in ("events", "quotes", "mentions"):
                for rec in getattr(result.coded, kind):
                    data = rec.to_dict()
                    for name in dict_fields(type(rec)):
                        if data[name] is not None:
                            data[name] = _dumps(data[name])
                    yield (kind, article.article_id, month, _dumps(data), None)
            if result.parse is not None:
                yield ("parses", article.article_id, month, result.parser or "", result.parse)
