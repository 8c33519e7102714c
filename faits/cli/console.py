"""What the commands print on stderr: problems, progress, the final summary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from faits.batch import RunSummary
from faits.ingest import InputProblem
from faits.pipeline import PipelineResult

err = Console(stderr=True, highlight=False)


def report_problem(problem: InputProblem) -> None:
    err.print(f"[yellow]skipped[/yellow] {problem.line()}", markup=True, soft_wrap=True)


def report_failures(results: list[PipelineResult]) -> None:
    for result in results:
        article = result.coded.article
        if article.status == "failed":
            err.print(
                f"[red]failed[/red] {article.source_path or article.article_id}: {article.reason} "
                "— stored as failed; `faits recode` retries it after a fix",
                markup=True,
                soft_wrap=True,
            )


@contextmanager
def progress_bar(total: int | None, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (hidden when stderr is not a terminal); yields ``advance(n)``."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task(label, total=total)
        yield lambda n: progress.advance(task, n)


def print_summary(summary: RunSummary, verb: str = "coded") -> None:
    rate = summary.articles_per_second
    err.print(
        f"{verb}: {summary.coded} articles coded, {summary.skipped} skipped, "
        f"{summary.failed} failed, {summary.unchanged} unchanged, "
        f"{len(summary.problems)} inputs rejected; {summary.sentences} sentences, "
        f"{summary.events} events, {summary.quotes} quotes, {summary.mentions} mentions; "
        f"{summary.elapsed:.1f} s ({rate:.2f} articles/s)",
        soft_wrap=True,
    )
