"""Why each missed gold event was missed: the stage the coder lost it at.

Reads the JSON of ``faits eval jsonl GOLD --json --errors 10000`` and re-explains the missed
records' sentences, then puts each miss whose trigger no false event shares in one stage:

- ``no pattern``: no lexicon pattern lists any word of the gold trigger;
- ``pattern failed``: a pattern on the word was tried and its constraints failed (reason given);
- ``dropped``: a pattern fired but the selection dropped it (outranked, another sense, ...);
- ``no actors``: a pattern was selected but found no source (or no target it needs);
- ``made, merged``: an event was made on the word and matched another gold event, or was
  merged away by the article-level passes.

Misses with a false event on the trigger are ``wrong root`` or ``wrong actors`` as in the
eval. Usage: python scripts/miss_stages.py EVAL.json GOLD.jsonl [--list STAGE]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from datetime import date

from faits.events.explain import explain_text
from faits.models import ModelCache

# A word in more than this share of the gold's texts is too common to tell triggers apart (it
# says nothing of which trigger is meant: "les", "des", "qui"); words are matched across triggers.
COMMON_SHARE = 0.12
WORD = re.compile(r"\w+")


def common_words(texts: list[str]) -> frozenset[str]:
    """The words found in more than ``COMMON_SHARE`` of ``texts``: counted from the gold, so no
    language's stop list is written here."""
    counts: collections.Counter[str] = collections.Counter()
    for text in texts:
        counts.update(set(WORD.findall(text.lower())))
    return frozenset(w for w, n in counts.items() if n > COMMON_SHARE * len(texts))


def words(text: str | None, common: frozenset[str]) -> set[str]:
    """The content words of a trigger, for matching gold triggers to the coder's.

    Split on every non-word character, so an elided article ("l'attaque") leaves its noun;
    three-letter words count ("mis", "tué") unless they are common in the gold.
    """
    found = {w for w in WORD.findall((text or "").lower()) if len(w) >= 3}
    return found - common or found


def _found(reports, token: int, code: str) -> str:
    """Whether an actor of the gold code's country was resolved near the trigger.

    'in sentence' when a mention of that country is in the trigger's sentence, 'before' when
    only in the sentence before, 'unresolved' when neither: an attachment failure in the first
    two cases, an actor-recognition failure in the last.
    """
    for k, report in enumerate(reports):
        if any(t[0] == token for t in report.tokens):
            country = code[:3]
            if any((c or "")[:3] == country for _, c, _ in report.actors):
                return "in sentence"
            if k > 0 and any((c or "")[:3] == country for _, c, _ in reports[k - 1].actors):
                return "before"
            return "unresolved"
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_json")
    parser.add_argument("gold")
    parser.add_argument("--list", action="append", default=[])
    args = parser.parse_args()
    with open(args.eval_json, encoding="utf-8") as handle:
        errors = json.load(handle)["errors"]
    with open(args.gold, encoding="utf-8") as handle:
        gold = {record["id"]: record for record in map(json.loads, handle)}
    common = common_words([record["text"] for record in gold.values()])
    misses = [e for e in errors if e["kind"] == "miss" and e["layer"] == "events"]
    falses = collections.defaultdict(list)
    for e in errors:
        if e["kind"] == "false event" and e["layer"] == "events":
            falses[e["record"]].append(e["system"])
    models = ModelCache().get("fr")
    reports = {}
    stages: collections.Counter[str] = collections.Counter()
    listed = collections.defaultdict(list)
    for miss in misses:
        g = miss["gold"]
        rid = miss["record"]
        gw = words(g["trigger"], common)
        # every word of the trigger, common ones too: a pattern selected on "annoncé" in "a
        # annoncé le déploiement" is on the trigger, though "annoncé" tells triggers apart badly
        every = words(g["trigger"], frozenset())
        near = [s for s in falses[rid] if words(s["trigger"], common) & gw]
        if near:
            same = [s for s in near if s["cameo"][:2] == g["cameo"][:2]]
            stage = "wrong actors" if same else "wrong root"
            detail = [(s["cameo"], s.get("source"), s.get("target"), s.get("rule")) for s in near]
        else:
            if rid not in reports:
                record = gold[rid]
                published = record.get("published")
                reports[rid] = explain_text(
                    record["text"], date.fromisoformat(published) if published else None, models
                )
            cands = [
                c
                for report in reports[rid]
                for c in report.candidates
                if words(c.trigger, common) & gw or c.trigger.lower() in every
            ]
            made = [
                e
                for report in reports[rid]
                for e in report.events
                if words(e.trigger.text, common) & gw
            ]
            if made:
                stage = "made, merged or matched elsewhere"
                detail = [
                    (e.cameo, e.source and e.source.code, e.target and e.target.code) for e in made
                ]
            elif not cands:
                stage = "no pattern"
                detail = []
            elif any(c.status == "selected" for c in cands):
                stage = "no actors"
                chosen = [c for c in cands if c.status == "selected"]
                detail = [(c.rule, c.code, c.sources, c.targets) for c in chosen]
                stage += (
                    " ("
                    + ", ".join(
                        f"{role} {_found(reports[rid], chosen[0].token, g.get(role))}"
                        for role, attr in (("source", "sources"), ("target", "targets"))
                        if g.get(role) and not any(getattr(c, attr) for c in chosen)
                    )
                    + ")"
                )
            elif any(c.status == "dropped" for c in cands):
                stage = "dropped"
                detail = [(c.rule, c.code, c.reason) for c in cands if c.status == "dropped"]
            else:
                stage = "pattern failed"
                detail = [(c.rule, c.pattern, c.reason) for c in cands]
        stages[stage] += 1
        listed[stage].append(
            (rid, g["cameo"], g["trigger"], g.get("source"), g.get("target"), detail)
        )
    for stage, n in stages.most_common():
        print(f"{n:4d}  {stage}")
    for stage in args.list:
        print(f"\n== {stage}")
        for row in listed[stage]:
            print(*row[:5], "|", row[5])


if __name__ == "__main__":
    main()
