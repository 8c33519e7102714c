"""Throughput of the Spark job with one and two local cores, and Spark's fixed start-up cost.

    .venv/bin/python benchmarks/spark_throughput.py [--articles 2000] [--cores 1,2] [--json]

The corpus is the Spark tests' 50-article corpus (tests/spark/corpus.py), its coded articles
repeated with distinct ids and a numbered closing sentence up to ``--articles``. Each run
starts a fresh local session with N cores, then times ``run_job`` end to end (read, code
every partition, cluster, merge, write every Parquet dataset); the session's start is timed
apart, as Spark's fixed cost, with a trivial JVM job and a trivial Python job (which starts
the Python workers). After the job, the same session times the parallel part alone (read
and code every partition, nothing written), the models already loaded. CPU seconds are
those of the Spark process tree (JVM and Python workers, from /proc) alive at the end of
the job, a lower bound (a process that exits during the job is missed): on a shared machine
wall time measures the machine's load as much as the job. The load average (``uptime``)
is reported before and after each run.
"""

from __future__ import annotations

import argparse
import json
import os
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
    """User + system CPU seconds of ``root``'s descendants that are alive now (Linux /proc)."""
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    total = 0.0
    for pid in cpu:
        ancestor = parents.get(pid)
        while ancestor and ancestor != root:
            ancestor = parents.get(ancestor)
        if ancestor == root:
            total += cpu[pid]
    return total


def time_start(cores: int) -> dict[str, float]:
    """Spark's fixed cost: session start (JVM), a trivial JVM job, a trivial Python job."""
    from faits.spark.session import start

    began = time.perf_counter()
    spark = start(f"local[{cores}]", "faits-startup")
    session = time.perf_counter() - began
    began = time.perf_counter()
    spark.range(10).count()
    jvm_job = time.perf_counter() - began
    began = time.perf_counter()
    spark.sparkContext.parallelize(range(cores), cores).map(lambda x: x + 1).count()
    python_job = time.perf_counter() - began
    spark.stop()
    return {
        "session_start_s": round(session, 1),
        "trivial_jvm_job_s": round(jvm_job, 1),
        "trivial_python_job_s": round(python_job, 1),
        "fixed_cost_s": round(session + jvm_job + python_job, 1),
    }


def time_job(corpus: Path, output: Path, cores: int) -> dict[str, float | int | str]:
    from faits.spark.job import run_job
    from faits.spark.session import start

    load_before = load_average()
    spark = start(f"local[{cores}]", f"faits-bench-{cores}")
    spark.range(1).count()
    cpu_before = tree_cpu_seconds(os.getpid())
    began = time.perf_counter()
    summary = run_job(spark, [str(corpus)], str(output))
    seconds = time.perf_counter() - began
    cpu = tree_cpu_seconds(os.getpid()) - cpu_before
    coding = time_coding(spark, corpus, cores)
    spark.stop()
    return {
        "cores": cores,
        "articles": summary.articles,
        "events": summary.events,
        "seconds": round(seconds, 1),
        "articles_per_s": round(summary.articles / seconds, 2),
        "cpu_seconds": round(cpu, 1),
        "articles_per_cpu_s": round(summary.articles / cpu, 2),
        "coding_only_s": round(coding, 1),
        "coding_only_articles_per_s": round(summary.articles / coding, 2),
        "load_before": load_before,
        "load_after": load_average(),
    }


def time_coding(spark, corpus: Path, cores: int) -> float:
    """The parallel part alone: read and code every partition, no clusters, no writes
    (after the job, so the workers have their model loaded already)."""
    from faits.spark.executor import process_partition
    from faits.spark.job import read_inputs

    began = time.perf_counter()
    read_inputs(spark, [str(corpus)]).repartition(2 * cores).mapPartitions(
        process_partition
    ).count()
    return time.perf_counter() - began


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
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cores", default="1,2", help="comma-separated local core counts")
    parser.add_argument(
        "--day-words", type=int, default=500, help="mean words per article of the projected day"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from tests.spark.corpus import repeated_corpus

    cores = [int(c) for c in args.cores.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = repeated_corpus(folder, args.articles)
        with corpus.open(encoding="utf-8") as handle:
            words = sum(len(json.loads(line)["text"].split()) for line in handle)
        result: dict = {"words_per_article": round(words / args.articles)}
        result["startup"] = time_start(1)
        runs = [time_job(corpus, folder / f"out{n}", n) for n in cores]
    result["runs"] = runs
    one = next((r for r in runs if r["cores"] == 1), None)
    two = next((r for r in runs if r["cores"] == 2), None)
    if one and two:
        result["speedup_2_cores"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
        result["speedup_2_cores_coding_only"] = round(
            two["coding_only_articles_per_s"] / one["coding_only_articles_per_s"], 2
        )
    if one:
        scale = args.day_words / result["words_per_article"]
        result["projection_wall"] = projection(one["articles_per_s"])
        result["projection_cpu"] = projection(one["articles_per_cpu_s"])
        result[f"projection_cpu_{args.day_words}_words"] = projection(
            one["articles_per_cpu_s"], scale
        )
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
