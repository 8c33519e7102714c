"""Entry point for ``spark-submit``: the same job as ``faits spark``, on any cluster.

    spark-submit --master yarn "$(python -c 'import faits.spark.submit as m; print(m.__file__)')" \
        hdfs:///news/2019/*.jsonl --output hdfs:///faits/2019

faits (with its parser model) must be installed in the executors' Python environment, e.g.
by shipping a packed virtualenv with ``--archives`` and ``spark.pyspark.python``.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from pyspark.sql import SparkSession

    from faits.spark.job import run_job

    parser = argparse.ArgumentParser(prog="faits-spark", description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines, Parquet, text or HTML paths/URIs")
    parser.add_argument("--output", required=True, help="output folder or URI")
    parser.add_argument("--published", default=None, help="date for undated inputs")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument(
        "--parses", action="store_true", help="also write the parses (for recode after import)"
    )
    args = parser.parse_args(argv)
    spark = (
        SparkSession.builder.appName("faits")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    summary = run_job(
        spark, args.inputs, args.output, args.published, args.partitions, keep_parses=args.parses
    )
    for problem in summary.problems:
        print(f"skipped {problem}", file=sys.stderr)
    print(
        f"{summary.articles} articles, {summary.events} events, {summary.quotes} quotes "
        f"→ {args.output}",
        file=sys.stderr,
    )
    spark.stop()
    return 0 if summary.articles else 1


if __name__ == "__main__":
    sys.exit(main())
