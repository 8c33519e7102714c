"""Drive many inputs through the pipeline: read, prepare, skip what is stored, parse and code
in batches (in this process or a pool of workers), hand each batch to a sink.

The sink decides what happens to results: print records (``faits code``) or store them
(``faits ingest``). Problems with single inputs are reported and the run goes on.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from faits.ingest import InputProblem, read_inputs
from faits.ingest.prepare import PreparedArticle, prepare
from faits.ingest.readers import DEFAULT_MAX_BYTES
from faits.models import ModelCache
from faits.pipeline import PipelineResult, process_batch

DEFAULT_BATCH = 32


@dataclass
class RunSummary:
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    unchanged: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    sentences: int = 0
    events: int = 0
    quotes: int = 0
    mentions: int = 0
    words: int = 0
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    @property
    def articles(self) -> int:
        return self.coded + self.skipped + self.failed

    def add(self, result: PipelineResult) -> None:
        coded = result.coded
        status = coded.article.status
        if status == "coded":
            self.coded += 1
        elif status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        self.sentences += len(coded.sentences)
        self.events += len(coded.events)
        self.quotes += len(coded.quotes)
        self.mentions += len(coded.mentions)
        self.words += len(coded.article.text.split())

    def finish(self) -> None:
        self.elapsed = time.perf_counter() - self.started

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.elapsed if self.elapsed else 0.0


# One model cache per worker process, filled by the pool initializer; the parent never
# touches it. This is the only module-level state, and it is read-only after loading.
_WORKER_MODELS: ModelCache | None = None


def _init_worker() -> None:
    global _WORKER_MODELS
    _WORKER_MODELS = ModelCache()


def _work(batch: list[PreparedArticle], keep_parses: bool) -> list[PipelineResult]:
    assert _WORKER_MODELS is not None
    return list(process_batch(batch, _WORKER_MODELS, keep_parses))


def _loaded_pid(languages: tuple[str, ...]) -> int:
    """This worker's pid, once the models of ``languages`` are loaded in it (they load on
    first use otherwise). The short wait keeps one ready worker from answering for all."""
    assert _WORKER_MODELS is not None
    for language in languages:
        _WORKER_MODELS.get(language)
    time.sleep(0.05)
    return os.getpid()


class WorkerPool:
    """Worker processes that each load the models once and code batches until closed.

    ``run`` starts one for its own use when given ``workers > 1``; a caller that codes
    several corpora in a row, or a benchmark that leaves model loading out of its timing
    (as it does for one process), starts it once and waits for ``ready``.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit(self, batch: list[PreparedArticle], keep_parses: bool) -> Future:
        return self._executor.submit(_work, batch, keep_parses)

    def ready(self, languages: tuple[str, ...] = ("fr",)) -> None:
        """Return once every worker has loaded the models of ``languages``."""
        seen: set[int] = set()
        while len(seen) < self.workers:
            probes = [self._executor.submit(_loaded_pid, languages) for _ in range(self.workers)]
            seen.update(probe.result() for probe in probes)

    def close(self) -> None:
        self._executor.shutdown()


def prepared_inputs(
    paths: Iterable[str],
    summary: RunSummary,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_problem: Callable[[InputProblem], None] | None = None,
) -> Iterator[PreparedArticle]:
    for item in read_inputs(paths, max_bytes):
        prepared = item if isinstance(item, InputProblem) else prepare(item, published)
        if isinstance(prepared, InputProblem):
            summary.problems.append(prepared)
            if on_problem:
                on_problem(prepared)
            continue
        yield prepared


def batched(items: Iterable[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
    batch: list[PreparedArticle] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    batches: Iterable[list[PreparedArticle]],
    sink: Callable[[list[PipelineResult]], None],
    summary: RunSummary,
    workers: int = 1,
    cache: ModelCache | None = None,
    on_batch: Callable[[int], None] | None = None,
    keep_parses: bool = True,
    pool: WorkerPool | None = None,
) -> RunSummary:
    """Process every batch and pass its results to ``sink`` in input order: in this process,
    or in ``pool`` (else in a pool of ``workers`` processes started for this run)."""

    def deliver(results: list[PipelineResult]) -> None:
        sink(results)
        for result in results:
            summary.add(result)
        if on_batch:
            on_batch(len(results))

    if pool is not None:
        _run_in_pool(batches, pool, deliver, keep_parses)
    elif workers <= 1:
        cache = cache or ModelCache()
        for batch in batches:
            deliver(list(process_batch(batch, cache, keep_parses)))
    else:
        with WorkerPool(workers) as own:
            _run_in_pool(batches, own, deliver, keep_parses)
    summary.finish()
    return summary


def _run_in_pool(
    batches: Iterable[list[PreparedArticle]],
    pool: WorkerPool,
    deliver: Callable[[list[PipelineResult]], None],
    keep_parses: bool,
) -> None:
    pending: list[Future] = []
    for batch in batches:
        pending.append(pool.submit(batch, keep_parses))
        # Keep a bounded queue so memory stays flat on large corpora.
        while len(pending) >= pool.workers * 2:
            deliver(pending.pop(0).result())
    for future in pending:
        deliver(future.result())
