"""Redo the coding of stored articles after a lexicon change, from their stored parses, and
only of the articles the change can alter.

Each article's records are stored with the id of the lexicon snapshot that coded them
(``faits.lexicons.snapshot``) and the hashes of its words that can trigger an event pattern
(``faits.events.keys``). Recoding compares each stored snapshot with the current one: if only
event entries changed, only the articles holding the words one of their old or new patterns
needs (its trigger and a word of each complement) are recoded, and the others are marked as coded with the current lexicons (their records are what
those give). Any other change (another lexicon file, faits itself), an unknown snapshot or
``everything=True`` recodes every article. Parsing, most of the cost of a run, is never redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from faits.batch import RunSummary
from faits.events.keys import Requirements, article_keys
from faits.lexicons.snapshot import Change, LexiconSnapshot, compare
from faits.models import ModelCache
from faits.nlp.parse import doc_from_bytes
from faits.pipeline import PipelineResult, code_doc_safely
from faits.store.db import Store

BATCH = 250


@dataclass
class RecodePlan:
    """Which stored articles to recode, which stand as they are, and why."""

    recode: list[str] = field(default_factory=list)
    # Current snapshot -> articles coded with an older one that its changes cannot alter.
    unaffected: dict[str, list[str]] = field(default_factory=dict)
    snapshots: dict[str, LexiconSnapshot] = field(default_factory=dict)
    total: int = 0
    reasons: list[str] = field(default_factory=list)


@dataclass
class RecodeSummary:
    run: RunSummary
    recoded: int
    total: int
    reasons: list[str]
    unparsed: int = 0

    def describe(self) -> str:
        """``recoded 18 of 200 articles (entries changed: events/04.yaml#telephone)``; with
        articles coded with several snapshots, one reason per snapshot with its counts; and
        how many articles could not be considered for want of a stored parse."""
        if len(self.reasons) == 1:
            why = self.reasons[0].split(": ", 1)[1]
        else:
            why = "; ".join(self.reasons) or "nothing stored to recode"
        line = f"recoded {self.recoded} of {self.total} articles ({why})"
        if self.unparsed:
            line += (
                f"; {self.unparsed} coded articles have no stored parse and keep their records"
                " (imported from `faits spark` without --parses: run it again with --parses,"
                " or `faits code` them)"
            )
        return line


def _selected(store: Store, ids: list[str], change: Change) -> list[str]:
    """Of ``ids``, those ``change`` can alter; an article without stored keys cannot be told
    apart and is recoded."""
    if change.everything:
        return ids
    if not change.requirements:
        return []
    keys = store.trigger_keys(ids)
    needs = Requirements(change.requirements)
    return [i for i in ids if i not in keys or needs.met_by(keys[i])]


def plan_recode(store: Store, cache: ModelCache, everything: bool = False) -> RecodePlan:
    """Compare what each stored article was coded with against the current lexicons."""
    plan = RecodePlan()
    groups: dict[tuple[str, str | None], list[str]] = {}
    for article_id, language, snapshot in store.recodable():
        groups.setdefault((language or "", snapshot), []).append(article_id)
        plan.total += 1
    for (language, snapshot), ids in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1] or "")):
        current = cache.get(language).snapshot
        plan.snapshots[current.id] = current
        if everything:
            change = Change(True, frozenset(), (), "every article asked for (--all)")
        else:
            change = compare(store.snapshot_items(snapshot) if snapshot else None, current)
        chosen = _selected(store, ids, change)
        plan.recode += chosen
        if snapshot != current.id:
            picked = set(chosen)
            plan.unaffected.setdefault(current.id, []).extend(i for i in ids if i not in picked)
        plan.reasons.append(f"{len(chosen)} of {len(ids)}: {change.reason}")
    plan.recode.sort()
    return plan


def recode_store(
    store: Store,
    cache: ModelCache,
    on_batch: Callable[[list[PipelineResult]], None] | None = None,
    everything: bool = False,
    plan: RecodePlan | None = None,
) -> RecodeSummary:
    """Recode what the lexicon changes since each article was coded can alter (every coded or
    failed article when ``everything``); each batch is one transaction.

    The current snapshot is stored first and the unaffected articles are marked last, so an
    interrupted recode leaves every article referring to the lexicons its records come from.
    """
    plan = plan or plan_recode(store, cache, everything)
    summary = RunSummary()
    for snapshot in plan.snapshots.values():
        store.save_snapshot(snapshot)
    for batch in store.stored_parses(plan.recode, BATCH):
        results = []
        for prepared, data in batch:
            prepared.article.status, prepared.article.reason = "coded", None
            models = cache.get(prepared.article.language or "")
            doc = doc_from_bytes(models.nlp, data)
            coded = code_doc_safely(prepared, doc, models)
            keys = article_keys(doc)
            results.append(PipelineResult(prepared, coded, None, None, keys, models.snapshot.id))
        store.rewrite_coding(results)
        for result in results:
            summary.add(result)
        if on_batch:
            on_batch(results)
    store.con.execute("BEGIN TRANSACTION")
    try:
        for snapshot_id, ids in plan.unaffected.items():
            store.mark_coded_with(ids, snapshot_id)
        store.drop_unused_snapshots()
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    summary.unchanged = plan.total - len(plan.recode)
    summary.finish()
    return RecodeSummary(
        summary, len(plan.recode), plan.total, plan.reasons, store.count_unparsed()
    )
