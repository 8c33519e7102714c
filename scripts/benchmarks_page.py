"""Run ``faits eval`` on every gold set present and rewrite the accuracy tables of the docs.

Gold sets are looked for in ``../shared/eval`` (third-party sets, read where they are, never
copied) and ``data/gold/*.jsonl`` (ours). The tables replace what lies between
``<!-- eval:begin -->`` and ``<!-- eval:end -->`` in ``docs/benchmarks.md``; the rest of the
page (throughput and other sections) is left as it is. Run it with ``make eval``.

    python scripts/benchmarks_page.py [--page docs/benchmarks.md] [--shared ../shared/eval]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import faits  # noqa: E402
from faits.eval import FORMATS, evaluate  # noqa: E402
from faits.eval.report import markdown, summary_line  # noqa: E402

BEGIN = "<!-- eval:begin -->"
END = "<!-- eval:end -->"

# Third-party gold sets: (format, path under the shared eval folder, what it is).
SHARED_SETS = (
    ("ftib", "fr-timebank/dev", "French TimeBank (dev), TIMEX3"),
    (
        "recognizers",
        "recognizers-text-fr-datetime/French",
        "Recognizers-Text French DateTime specs",
    ),
    ("petrarch", "petrarch2/PETR.UnitTest.records.xml", "PETRARCH2 unit tests (English)"),
    (
        "universalpetrarch",
        "universalpetrarch/PETR2_GSR_validation.xml",
        "UniversalPetrarch validation (English)",
    ),
    ("plover", "plover/PLOVER_GSR_CAMEO.txt", "PLOVER gold standard records (English)"),
)


# Slices of our gold sets worth their own table: (file stem, first id, last id, what they are).
# The development records written blind in session 5 show how far the coder is from the
# records it was tuned on (data/gold/README.md says how they were written and scored).
SLICES = (
    ("events_dev", "dev-0001", "dev-0459", "records written with the coder (sessions 1-4)"),
    ("events_dev", "dev-0460", "dev-0789", "records written blind in session 5, then tuned on"),
    ("events_dev", "dev-0790", "dev-0939", "records written blind in session 6, then tuned on"),
    ("events_dev", "dev-0940", "dev-1089", "records written blind in session 7, then tuned on"),
    (
        "events_dev",
        "dev-1090",
        "dev-1239",
        "records written blind in session 8, tuned on in session 9",
    ),
    ("events_dev", "dev-1240", "dev-1400", "records written blind in session 9, tuned on in 10"),
    (
        "events_dev",
        "dev-1401",
        "dev-1457",
        "short articles written blind in session 9, tuned on in sessions 9-10",
    ),
    (
        "events_dev",
        "dev-1458",
        "dev-1525",
        "short articles written blind in session 10, tuned on in session 11",
    ),
    (
        "events_dev",
        "dev-1526",
        "dev-1596",
        "short articles written blind in session 11, tuned on in session 12",
    ),
    (
        "events_dev",
        "dev-1597",
        "dev-1666",
        "short articles written blind in session 12, tuned on in session 13",
    ),
    (
        "events_dev",
        "dev-1667",
        "dev-1736",
        "short articles written blind in session 13, tuned on in session 14",
    ),
    (
        "events_dev",
        "dev-1737",
        "dev-1806",
        "short articles written blind in session 14, tuned on in session 15",
    ),
    (
        "events_dev",
        "dev-1807",
        "dev-1876",
        "short articles written blind in session 15, tuned on in session 16",
    ),
    (
        "events_dev",
        "dev-1877",
        "dev-1946",
        "short articles written blind in session 16, tuned on in session 17",
    ),
    (
        "events_dev",
        "dev-1947",
        "dev-2016",
        "short articles written blind in session 17, tuned on in sessions 18-19",
    ),
    (
        "events_dev",
        "dev-2017",
        "dev-2089",
        "short articles written blind in sessions 18-19, tuned on in session 20",
    ),
    (
        "events_dev",
        "dev-2090",
        "dev-2158",
        "short articles written blind in session 20, tuned on in session 21",
    ),
    (
        "events_dev",
        "dev-2159",
        "dev-2231",
        "short articles written blind in session 21, not tuned on",
    ),
)


def gold_sets(shared: Path) -> list[tuple[str, Path, str]]:
    """Every gold set present whose reader exists, ours last."""
    found = []
    for format_name, relative, label in SHARED_SETS:
        path = shared / relative
        if path.exists() and importlib.util.find_spec(FORMATS[format_name]) is not None:
            found.append((format_name, path, label))
    for path in sorted((ROOT / "data" / "gold").glob("*.jsonl")):
        found.append(("jsonl", path, f"faits gold: {path.stem}"))
    # Held-out sets, written apart from the development sets and never used to tune.
    for path in sorted((ROOT / "data" / "gold" / "heldout").glob("*.jsonl")):
        found.append(("jsonl", path, f"faits gold, held out: {path.stem}"))
    return found


def shown_path(path: Path) -> str:
    """The path as a user types it from the repository root."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return "../" + str(path.resolve().relative_to(ROOT.parent))


def set_section(
    format_name: str,
    path: Path,
    label: str,
    report: dict[str, Any],
    seconds: float,
    ids: tuple[str, str] | None = None,
) -> list[str]:
    command = f"faits eval {format_name} {shown_path(path)}"
    if ids is not None:
        command += f" --ids {ids[0]}..{ids[1]}"
    lines = [f"### {label}", "", f"`{command}` — {summary_line(report)}; {seconds:.0f} s.", ""]
    return lines + markdown(report, per_class=format_name in ("jsonl", "plover"))


def accuracy_section(sets: list[tuple[str, Path, str]]) -> str:
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        BEGIN,
        "## Accuracy",
        "",
        f"Generated {today} with faits {faits.__version__} by `make eval` "
        "(`python scripts/benchmarks_page.py`). Every figure comes from the command shown; "
        "`--json` gives all of them, `--errors N` the misses and false detections with the "
        "rule that fired. Scoring rules: docs/eval.md.",
        "",
    ]
    for format_name, path, label in sets:
        print(f"faits eval {format_name} {shown_path(path)}", file=sys.stderr)
        started = time.perf_counter()
        report = evaluate(format_name, path)
        seconds = time.perf_counter() - started
        lines += set_section(format_name, path, label, report, seconds)
        for stem, first, last, what in SLICES:
            if format_name != "jsonl" or path.stem != stem or path.parent.name != "gold":
                continue
            print(f"faits eval jsonl {shown_path(path)} --ids {first}..{last}", file=sys.stderr)
            started = time.perf_counter()
            report = evaluate(format_name, path, ids=(first, last))
            seconds = time.perf_counter() - started
            title = f"{label}, {first}..{last}: {what}"
            lines += set_section(format_name, path, title, report, seconds, (first, last))
    if not sets:
        lines += ["No gold set found.", ""]
    lines.append(END)
    return "\n".join(lines)


def replace_section(page: str, section: str) -> str:
    """``page`` with the marked section replaced (or appended when the markers are absent)."""
    if BEGIN in page and END in page:
        head, rest = page.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        return head + section + tail
    return page.rstrip("\n") + ("\n\n" if page.strip() else "") + section + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--page", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    page = args.page.read_text(encoding="utf-8") if args.page.exists() else "# Benchmarks\n"
    section = accuracy_section(gold_sets(args.shared))
    args.page.write_text(replace_section(page, section), encoding="utf-8")
    print(f"updated {args.page}", file=sys.stderr)


if __name__ == "__main__":
    main()
