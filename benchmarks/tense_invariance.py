"""Tense invariance: the dev set's sentences told in the present instead of the passé composé.

    .venv/bin/python benchmarks/tense_invariance.py [--gold data/gold/events_dev.jsonl] [--json]
                                                     [--show 20]

Most of the dev set is written in the passé composé ("a expulsé"), as wire copy is; headlines
and many leads are in the present ("expulse"), and the parser gets present-tense verbs wrong
far more often (a verb read as a noun, an adjective or a mark). This benchmark rewrites every
single-paragraph dev record holding "a/ont + participle in -é" into the present, keeps its
gold events (what happened, and who did it to whom, does not change with the tense), and
scores both versions of the same records with ``faits eval``: the gap between them is what
the tense alone costs. It also reports the share of records whose coded events (root,
source country, target country) are identical in both versions.

The rewrite is a first-group conjugation (the participle in -é is the only one it touches):
"a condamné" -> "condamne", "ont condamné" -> "condamnent", with the spelling changes of the
present ("rejeté" -> "rejette", "procédé" -> "procède", "gelé" -> "gèle", "déployé" -> "déploie"). "a été" and
negated or reflexive forms are left alone.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
COMPOUND_PAST = re.compile(r"\b(a|ont) ([a-zéèêàâîôûç]+é)(e?s?)\b")
DOUBLING = ("jet", "appel")
# A stem ending in e/é + one consonant (+ r/l) takes a grave accent in the present.
OPEN_SYLLABLE = re.compile(r"[eé]([bcdfgjklmnpqrstvz][rl]?)$")


def present(match: re.Match[str]) -> str:
    """The present of a first-group verb from its auxiliary and participle."""
    auxiliary, participle = match.group(1), match.group(2)
    if participle == "été":
        return match.group(0)
    stem = participle[:-1]
    if stem.endswith("oy"):
        stem = stem[:-2] + "oi"
    elif stem.endswith(DOUBLING):
        stem += stem[-1]
    else:
        accent = OPEN_SYLLABLE.search(stem)
        if accent and len(stem) > 2 and not stem.endswith(("ll", "rr")):
            stem = stem[: accent.start()] + "è" + accent.group(1)
    return stem + ("e" if auxiliary == "a" else "ent")


def rewritten(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records the rewrite changes, as they are and in the present."""
    before, after = [], []
    for record in records:
        text = record["text"]
        if "\n" in text:
            continue
        changed = COMPOUND_PAST.sub(present, text)
        if changed == text:
            continue
        before.append(record)
        after.append({**record, "text": changed})
    return before, after


def score(path: Path) -> dict[str, Any]:
    """``faits eval jsonl --json`` on one file, run as a user runs it."""
    command = [sys.executable, "-m", "faits.cli", "eval", "jsonl", str(path), "--json"]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out)


def coded(records: list[dict[str, Any]]) -> list[list[str]]:
    """Each record's events as sorted (root, source country, target country) keys."""
    import faits

    keys = []
    for record in records:
        article = faits.code_text(
            record["text"], published=record.get("published"), language=record["language"]
        )
        keys.append(
            sorted(
                str(
                    (
                        e.cameo[:2],
                        e.source.country if e.source else None,
                        e.target.country if e.target else None,
                    )
                )
                for e in article.events
            )
        )
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "data" / "gold" / "events_dev.jsonl"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="list N records that change")
    args = parser.parse_args()
    records = [json.loads(line) for line in Path(args.gold).read_text("utf-8").splitlines()]
    before, after = rewritten(records)
    result: dict[str, Any] = {"gold": args.gold, "records": len(before)}
    with tempfile.TemporaryDirectory() as folder:
        for name, subset in (("past", before), ("present", after)):
            path = Path(folder) / f"{name}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset))
            root = score(path)["scores"]["events"]["levels"]["root"]
            result[name] = {level: root[level] for level in ("any_actors", "country_actors")}
    past_keys, present_keys = coded(before), coded(after)
    same = sum(a == b for a, b in zip(past_keys, present_keys, strict=True))
    result["identical_events"] = round(same / len(before), 4) if before else None
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{len(before)} records rewritten in the present ({args.gold})")
        for name in ("past", "present"):
            for level in ("any_actors", "country_actors"):
                s = result[name][level]
                print(
                    f"  {name:<8} {level:<15} P {s['precision']:.3f}  R {s['recall']:.3f}"
                    f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
                )
        print(f"  identical coded events in both versions: {result['identical_events']:.3f}")
    shown = 0
    for record, changed, a, b in zip(before, after, past_keys, present_keys, strict=True):
        if shown < args.show and a != b:
            shown += 1
            print(f"{record['id']}: {changed['text']}\n    past {a}\n    present {b}")


if __name__ == "__main__":
    main()
