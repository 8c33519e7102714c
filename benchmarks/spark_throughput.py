"""Throughput of the Spark job with one and two local cores, and Spark's fixed start-up cost.

    .venv/bin/python benchmarks/spark_throughput.py [--articles 3000] [--cores 1,2] [--json]

The corpus is the Spark tests' 50-article corpus (tests/spark/corpus.py), its coded articles
repeated with distinct ids and a numbered closing sentence up to ``--articles`` (so every
repetition is a near-duplicate of its original: the clustering has big clusters to build).

Each core setting runs in its own Python process, so each has a fresh JVM: a JVM kept from
an earlier run would hand the later one its warmed-up JIT. In that process the benchmark
times Spark's fixed start-up cost (session start, a trivial JVM job, a trivial Python job,
which starts a Python worker), then ``run_job`` end to end, with each of its phases:

- ``coded``: read the inputs, code every partition (each Python worker loads the model on
  its first partition), count the rows: the parallel part;
- ``clustered``: near-duplicate clusters (Spark joins);
- ``written``: the five record datasets written as Parquet;
- ``aggregated``: merged events and dyads written.

CPU seconds are those of the run's whole process tree (driver, JVM, Python workers, and the
workers that exited, counted by their parent), from /proc. On a shared machine wall time
measures the machine's load as much as the job: the load average (``/proc/loadavg``) is
reported before and after each run, and the ratio of two core settings only means something
when the machine has two idle cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = 1_000_000
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds of ``root`` and its descendants (Linux /proc): user + system time of the
    live processes, plus the time of the children they have reaped (a Python worker that
    exits is counted by the daemon that forked it)."""
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        own = int(fields[11]) + int(fields[12])
        reaped = int(fields[13]) + int(fields[14])
        # The root's reaped children are not ours to count (e.g. an earlier run's JVM).
        cpu[pid] = (own + (reaped if pid != root else 0)) / CLOCK_TICKS
    total = 0.0
    for pid in cpu:
        ancestor = pid
        while ancestor and ancestor != root:
            ancestor = parents.get(ancestor, 0)
        if ancestor == root:
            total += cpu[pid]
    return total


def run_one(corpus: Path, output: Path, cores: int) -> dict:
    """One core setting, in this (fresh) process: start-up cost, then the job by phases."""
    from faits.spark.job import run_job
    from faits.spark.session import start

    me = os.getpid()
    result: dict = {"cores": cores, "load_before": load_average()}
    began = time.perf_counter()
    spark = start(f"local[{cores}]", f"faits-bench-{cores}")
    session = time.perf_counter() - began
    began = time.perf_counter()
    spark.range(10).count()
    jvm_job = time.perf_counter() - began
    began = time.perf_counter()
    spark.sparkContext.parallelize(range(cores), cores).map(lambda x: x + 1).count()
    python_job = time.perf_counter() - began
    result["startup"] = {
        "session_start_s": round(session, 1),
        "trivial_jvm_job_s": round(jvm_job, 1),
        "trivial_python_job_s": round(python_job, 1),
        "fixed_cost_s": round(session + jvm_job + python_job, 1),
        "cpu_s": round(tree_cpu_seconds(me), 1),
    }
    phases: dict[str, dict[str, float | str]] = {}
    mark = [time.perf_counter(), tree_cpu_seconds(me)]

    def phase(name: str) -> None:
        now, cpu = time.perf_counter(), tree_cpu_seconds(me)
        phases[name] = {
            "s": round(now - mark[0], 1),
            "cpu_s": round(cpu - mark[1], 1),
            "load": load_average().split()[0],
        }
        mark[:] = [now, cpu]

    began, cpu_before = mark
    summary = run_job(spark, [str(corpus)], str(output), progress=phase)
    seconds = time.perf_counter() - began
    cpu = tree_cpu_seconds(me) - cpu_before
    spark.stop()
    result.update(
        articles=summary.articles,
        events=summary.events,
        seconds=round(seconds, 1),
        articles_per_s=round(summary.articles / seconds, 2),
        cpu_seconds=round(cpu, 1),
        articles_per_cpu_s=round(summary.articles / cpu, 2),
        phases=phases,
        load_after=load_average(),
    )
    return result


def run_fresh(corpus: Path, output: Path, cores: int) -> dict:
    """``run_one`` in a new Python process (so a new JVM); its result is its last line."""
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(cores), "--corpus", str(corpus)]
        + ["--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"local[{cores}] run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def projection(articles_per_core_s: float, scale: float = 1.0) -> dict[str, float]:
    """What a day of 1,000,000 articles costs at the measured per-core throughput, for
    articles ``scale`` times as long as the corpus's (parsing cost grows with words)."""
    core_hours = DAY * scale / articles_per_core_s / 3600
    return {
        "core_hours_per_million": round(core_hours, 1),
        "hours_on_64_cores": round(core_hours / 64, 2),
        "cores_for_one_hour": round(core_hours),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--cores", default="1,2", help="comma-separated local core counts")
    parser.add_argument(
        "--day-words", type=int, default=500, help="mean words per article of the projected day"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one run
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.corpus, args.output, args.one)))
        return 0

    from tests.spark.corpus import repeated_corpus

    cores = [int(c) for c in args.cores.split(",")]
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = repeated_corpus(folder, args.articles)
        with corpus.open(encoding="utf-8") as handle:
            words = sum(len(json.loads(line)["text"].split()) for line in handle)
        result: dict = {
            "articles": args.articles,
            "words_per_article": round(words / args.articles),
        }
        runs = [run_fresh(corpus, folder / f"out{n}", n) for n in cores]
    result["runs"] = runs
    result["benchmark_s"] = round(time.perf_counter() - began, 1)
    one = next((r for r in runs if r["cores"] == 1), None)
    two = next((r for r in runs if r["cores"] == 2), None)
    if one and two:
        result["speedup_2_cores"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
        result["speedup_2_cores_coding_phase"] = round(
            one["phases"]["coded"]["s"] / two["phases"]["coded"]["s"], 2
        )
    if one:
        scale = args.day_words / result["words_per_article"]
        result["projection_wall"] = projection(one["articles_per_s"])
        result["projection_cpu"] = projection(one["articles_per_cpu_s"])
        result[f"projection_cpu_{args.day_words}_words"] = projection(
            one["articles_per_cpu_s"], scale
        )
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
