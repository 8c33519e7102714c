"""The Spark job: read inputs where Spark reads them, code each partition with the local
pipeline's functions, do the cross-article steps with Spark, write Parquet datasets.

Output folder layout (each a Parquet dataset partitioned by ``published_month``, except the
last three):

    articles/ events/ quotes/ mentions/   the contract's records, field for field
    parses/                               serialised parses (``keep_parses``), for recode
    merged_events/ dyads/                 one event many mentions; dyad aggregates per day
    problems.jsonl                        one line per rejected input (also printed)
"""

from __future__ import annotations

import glob
import json
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pyspark.sql import Column, DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from faits.ingest.readers import (
    SUPPORTED,
    InputItem,
    InputProblem,
    item_from_mapping,
    items_from_bytes,
)
from faits.provenance import clusters
from faits.spark.executor import process_partition
from faits.spark.schemas import ARTICLE_EXTRAS, RECORD_TYPES, record_schema

ROW_SCHEMA = T.StructType(
    [
        T.StructField("kind", T.StringType()),
        T.StructField("article_id", T.StringType()),
        T.StructField("published_month", T.StringType()),
        T.StructField("payload", T.StringType()),
        T.StructField("blob", T.BinaryType()),
    ]
)
# A scheme (``hdfs:``, ``s3a:``, ``file:``): the path is Spark's to resolve.
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
# Pointer jumping halves the distance to a cluster's root each round.
MAX_CLUSTER_ROUNDS = 32
# Driver threads writing datasets side by side (each write is one Spark job at a time).
WRITERS = 4


@dataclass
class JobSummary:
    articles: int
    events: int
    quotes: int
    problems: list[str]


def _suffix(path: str) -> str:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _parquet_item(path: str, pair: tuple[Any, int]) -> InputItem | InputProblem:
    """A Parquet row (with its index, for the origin) as an input article."""
    row, index = pair
    return item_from_mapping(f"{path}:{index + 1}", row.asDict())


def read_inputs(spark: SparkSession, paths: Sequence[str]):
    """An RDD of ``InputItem``/``InputProblem`` from JSON Lines, Parquet, text and HTML inputs
    (local paths, HDFS or object stores: whatever URI Spark's file sources accept).

    Every input's origin is unique, as in a local run: ``file:line`` for JSON Lines (read
    whole, so that a problem names its line; a file must stay under Spark's 2 GB per-file
    limit) and ``path:row`` for Parquet. An article with neither id nor URL takes its
    origin as its source, so two rows must never share one.
    """
    parts = []
    for path in paths:
        if _suffix(path) == ".parquet":
            rows = spark.read.parquet(path).rdd.zipWithIndex()
            parts.append(rows.map(partial(_parquet_item, path)))
        else:
            files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
            parts.append(
                files.rdd.filter(lambda r: _suffix(r.path) in SUPPORTED).flatMap(
                    lambda r: items_from_bytes(r.path, _suffix(r.path), bytes(r.content))
                )
            )
    rdd = parts[0]
    for part in parts[1:]:
        rdd = rdd.union(part)
    return rdd


def _records(rows: DataFrame, kind: str) -> DataFrame:
    """The records of one kind as typed columns (the contract's fields)."""
    schema = record_schema(RECORD_TYPES[kind])
    if kind == "articles":
        for extra in ARTICLE_EXTRAS:
            schema = schema.add(extra, T.StringType())
    parsed = rows.where(F.col("kind") == kind).select(
        F.from_json("payload", schema).alias("r"), "published_month"
    )
    return parsed.select("r.*", "published_month")


def _tagged_signature(minhash: str) -> Column:
    """The hex signature as an array of ``position * 2**32 + value``: two articles' arrays
    share one element per position where their hash values agree, so their similarity is
    the size of the intersection (a primitive-array set operation in the JVM), read once
    per article instead of slicing both hex strings for every candidate pair."""
    chars = clusters.SIGNATURE_BYTES * 2
    return F.expr(
        f"transform(regexp_extract_all({minhash}, '(.{{{chars}}})', 1),"
        f" (value, i) -> i * {1 << (8 * clusters.SIGNATURE_BYTES)} + cast(conv(value, 16, 10) as bigint))"
    )


def assign_clusters(articles: DataFrame, similarity: float = clusters.SIMILARITY) -> DataFrame:
    """``(article_id, cluster_id, duplicate_of)`` for every coded article, with Spark joins.

    The same definition as ``clusters.cluster_batch``: articles in (publication date, id)
    order; each joins the cluster of its most similar earlier article among those sharing an
    LSH band with it (ties to the earliest), if the estimated Jaccard similarity reaches the
    threshold; a cluster is named by its first article, which is also its ``duplicate_of``.

    Near-duplicates share most of their bands, so the band join yields each candidate pair
    many times, and a story copied n times yields n²/2 pairs: the join and everything after
    it work on article ranks (longs, numbered in (date, id) order) rather than on id
    strings, the similarity is a set intersection of tagged hash values, and the best
    parent per child is one aggregate. Pointer jumping then runs on a checkpointed table,
    whose convergence test reads the checkpoint instead of joining again.
    """
    bands, rows = clusters.band_layout(similarity)
    width = rows * clusters.SIGNATURE_BYTES * 2  # hex characters per band
    order_key = F.concat_ws(
        "|", F.coalesce(F.col("published").substr(1, 10), F.lit(clusters.UNDATED)), "article_id"
    )
    # After a global sort, monotonically increasing ids follow the sort order (each sorted
    # range is one partition); checkpointed so that every use sees the same numbers.
    ranked = (
        articles.where(F.col("minhash").isNotNull())
        .select("article_id", "minhash", order_key.alias("order_key"))
        .orderBy("order_key")
        .select(
            "article_id",
            "minhash",
            F.monotonically_increasing_id().alias("rank"),
            _tagged_signature("minhash").alias("tagged"),
        )
        .localCheckpoint()
    )
    banded = ranked.select(
        "rank", "minhash", F.explode(F.sequence(F.lit(0), F.lit(bands - 1))).alias("band")
    ).select(
        "rank", "band", F.expr(f"substr(minhash, band * {width} + 1, {width})").alias("band_value")
    )
    # Candidate pairs without the band join: near-duplicates share most of their bands, so
    # joining on them yields each pair up to ``bands`` times (3 million rows for 124,000
    # pairs at 3,000 articles) before a distinct. Each band bucket's members are one array
    # instead; every member takes the earlier ones, and one aggregate per article merges
    # its buckets' arrays, so each pair becomes a row once.
    buckets = (
        banded.groupBy("band", "band_value")
        .agg(F.collect_list("rank").alias("members"))
        .where(F.size("members") > 1)
    )
    earlier = buckets.select(F.explode("members").alias("child"), "members").select(
        "child", F.filter("members", lambda member: member < F.col("child")).alias("earlier")
    )
    pairs = (
        earlier.where(F.size("earlier") > 0)
        .groupBy("child")
        .agg(F.array_distinct(F.flatten(F.collect_list("earlier"))).alias("parents"))
        .select(F.explode("parents").alias("parent"), "child")
    )
    tags_a = ranked.select(F.col("rank").alias("parent"), F.col("tagged").alias("ta"))
    tags_b = ranked.select(F.col("rank").alias("child"), F.col("tagged").alias("tb"))
    agree = F.size(F.array_intersect("ta", "tb"))
    scored = (
        pairs.join(tags_a, "parent")
        .join(tags_b, "child")
        .select("child", "parent", (agree / F.lit(clusters.NUM_PERM)).alias("score"))
        .where(F.col("score") >= similarity)
    )
    # The best parent: highest score, then earliest (the smallest struct, -score first).
    best = F.min(F.struct(-F.col("score"), F.col("parent")))
    parents = scored.groupBy(F.col("child").alias("rank")).agg(
        best.getField("parent").alias("parent")
    )
    pointers = (
        ranked.select("rank")
        .join(parents, "rank", "left")
        .select("rank", F.coalesce("parent", "rank").alias("root"))
        .localCheckpoint()
    )
    for _ in range(MAX_CLUSTER_ROUNDS):
        hop = (
            pointers.alias("p")
            .join(pointers.alias("q"), F.col("p.root") == F.col("q.rank"))
            .select(
                F.col("p.rank").alias("rank"),
                F.col("q.root").alias("root"),
                (F.col("q.root") != F.col("p.root")).alias("moved"),
            )
            .localCheckpoint()
        )
        pointers = hop.select("rank", "root")
        if hop.where("moved").isEmpty():
            break
    ids = ranked.select("rank", "article_id")
    roots = ranked.select(F.col("rank").alias("root"), F.col("article_id").alias("cluster_id"))
    return (
        pointers.join(ids, "rank")
        .join(roots, "root")
        .select(
            "article_id",
            "cluster_id",
            F.when(F.col("root") != F.col("rank"), F.col("cluster_id")).alias("duplicate_of"),
        )
    )


def _scoped(events: DataFrame, articles: DataFrame) -> DataFrame:
    """Every event with its story (near-duplicate cluster, or the article alone), its site and
    the merge key's columns, as in ``faits.provenance.merging``."""
    return events.join(
        articles.select(
            "article_id",
            F.coalesce("cluster_id", "article_id").alias("story"),
            F.coalesce("site", "cluster_id", "article_id").alias("site_key"),
        ),
        "article_id",
    ).select(
        "event_id",
        "story",
        "site_key",
        "cameo",
        "quad_class",
        "goldstein",
        "date",
        F.col("source.code").alias("source_code"),
        F.col("target.code").alias("target_code"),
        F.substring("cameo", 1, 3).alias("cameo_family"),
        F.col("location.country").alias("location_country"),
    )


def merged_events(scoped: DataFrame) -> DataFrame:
    """One event, many mentions (the semantics of ``faits.provenance.merging``), by groupBy
    of the scoped events (``_scoped``)."""
    key = ["source_code", "target_code", "cameo_family", "date", "location_country"]
    merged_id = F.substring(
        F.md5(F.concat_ws("|", *[F.coalesce(F.col(k), F.lit("")) for k in key])), 1, 16
    )
    return (
        scoped.groupBy(*key)
        .agg(
            F.mode("cameo").alias("cameo"),
            F.mode("quad_class").alias("quad_class"),
            F.round(F.avg("goldstein"), 2).alias("goldstein"),
            F.count("*").alias("num_mentions"),
            F.countDistinct("story").alias("num_articles"),
            F.countDistinct("site_key").alias("num_sources"),
            F.array_sort(F.collect_list("event_id")).alias("event_ids"),
        )
        .withColumn("merged_id", merged_id)
    )


def dyads(scoped: DataFrame) -> DataFrame:
    """Per dyad and day: events (each story's event once), Goldstein, quad classes, stories,
    from the scoped events (``_scoped``)."""
    # The event with the smallest id stands for its story, as in ``faits dyads``
    # (``dropDuplicates`` would keep any row, and the Goldstein sums would vary run to run).
    key = ["story", "source_code", "target_code", "cameo_family", "day", "location_country"]
    first = Window.partitionBy(*key).orderBy("event_id")
    once = (
        # Only full dates have a day: Spark's plain ``to_date`` reads "2022-01" as 2022-01-01.
        scoped.withColumn(
            "day", F.when(F.col("date").rlike(r"^\d{4}-\d{2}-\d{2}$"), F.to_date("date"))
        )
        .withColumn("rank_in_story", F.row_number().over(first))
        .where(F.col("rank_in_story") == 1)
        .drop("rank_in_story")
    )
    return (
        once.where(F.col("day").isNotNull())
        .groupBy("source_code", "target_code", "day")
        .agg(
            F.count("*").alias("events"),
            F.round(F.sum("goldstein"), 2).alias("goldstein_sum"),
            F.round(F.avg("goldstein"), 2).alias("goldstein_mean"),
            *[F.count(F.when(F.col("quad_class") == q, 1)).alias(f"quad{q}") for q in (1, 2, 3, 4)],
            F.countDistinct("story").alias("num_articles"),
            F.countDistinct("site_key").alias("num_sources"),
        )
    )


def _tally(rows: DataFrame) -> tuple[dict[str, int], list[str]]:
    """Rows per kind and the problems' lines, in one job. Being the first action on the
    persisted rows, it is the job that codes every partition (and fills the cache)."""
    tally = (
        rows.groupBy("kind")
        .agg(
            F.count(F.lit(1)).alias("rows"),
            F.collect_list(F.when(F.col("kind") == "problem", F.col("payload"))).alias("lines"),
        )
        .collect()
    )
    return {r["kind"]: r["rows"] for r in tally}, [line for r in tally for line in r["lines"]]


def run_job(
    spark: SparkSession,
    paths: Sequence[str],
    output: str,
    published: str | None = None,
    partitions: int | None = None,
    progress: Callable[[str], None] | None = None,
    keep_parses: bool = False,
) -> JobSummary:
    """Code ``paths`` into Parquet datasets under ``output`` (overwritten).

    A missing local path is reported as a problem, as ``faits code`` reports it, instead of
    failing the whole job; URIs (``hdfs:``, ``s3a:``…) are left for Spark to check.
    ``progress``, if given, is called with each phase's name as it ends, e.g. to time them:
    "coded" (every partition coded), "clustered" (while the datasets that do not need the
    clusters are being written), "written" (every dataset, the aggregates included).

    ``keep_parses`` also writes every coded article's serialised parse (``parses/``), which
    ``faits import`` stores so that ``faits recode`` can redo the coding without parsing.
    It is off by default: in Parquet a parse weighs about 30 KB for a 130-word article, twice
    all of that article's records, and grows with the words, so ten million articles of
    ordinary length would write about a terabyte of parses that most runs never read again.

    The coded rows are computed once and persisted: every dataset, the clusters and the
    aggregates read them, never the coding again. The job
    runs few Spark jobs (each has a fixed cost that, on a small corpus, outweighs the data):
    one coding pass, the clustering, one write per dataset, the two aggregates; the writes
    run side by side.
    """
    step = progress or (lambda phase: None)
    missing = [p for p in paths if not URI.match(p) and not glob.glob(p)]
    paths = [p for p in paths if p not in missing]
    early = [InputProblem(p, "no such file or folder", "check the path").line() for p in missing]
    if not paths:
        return JobSummary(0, 0, 0, early)
    items = read_inputs(spark, paths)
    partitions = partitions or max(spark.sparkContext.defaultParallelism * 2, 2)

    def code(part: Iterator[InputItem | InputProblem]):
        return process_partition(part, published, keep_parses)

    rows = spark.createDataFrame(items.repartition(partitions).mapPartitions(code), ROW_SCHEMA)
    rows = rows.persist()
    counts, lines = _tally(rows)
    problems = early + lines
    step("coded")
    base = output.rstrip("/")

    def write(frame: DataFrame, name: str, partitioned: bool = True) -> None:
        writer = frame.write.mode("overwrite")
        if partitioned:
            writer = writer.partitionBy("published_month")
        writer.parquet(f"{base}/{name}")

    def records(kind: str, frame: DataFrame) -> DataFrame:
        columns = [f.name for f in record_schema(RECORD_TYPES[kind]).fields]
        if kind == "articles":
            columns += list(ARTICLE_EXTRAS)
        return frame.select(*columns, "published_month")

    events = _records(rows, "events")
    parses = rows.where("kind = 'parses'").select(
        "article_id",
        F.col("payload").alias("parser"),
        F.col("blob").alias("parse"),
        "published_month",
    )
    # After the coding the job is many small Spark jobs, each mostly fixed cost (planning,
    # code generation, one-task stages): run one after another they keep one core busy
    # whatever the cluster. The datasets that do not need the clusters are written while
    # the clusters are computed, and the rest side by side once they are, from driver
    # threads (Spark runs concurrent jobs on the free cores).
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        pending = [pool.submit(write, records("events", events), "events")]
        pending += [
            pool.submit(write, records(kind, _records(rows, kind)), kind)
            for kind in ("quotes", "mentions")
        ]
        if keep_parses:
            pending.append(pool.submit(write, parses, "parses"))
        coded = _records(rows, "articles")
        assigned = assign_clusters(coded)
        step("clustered")
        # Joined frames are not persisted: a cached plan keeps all its shuffle partitions
        # (AQE may not coalesce them), which on a small corpus means hundreds of empty
        # tasks; joining again from the cached rows and the checkpointed clusters costs less.
        articles = coded.drop("cluster_id", "duplicate_of").join(assigned, "article_id", "left")
        scoped = _scoped(events, articles)
        pending.append(pool.submit(write, records("articles", articles), "articles"))
        pending.append(pool.submit(write, merged_events(scoped), "merged_events", False))
        pending.append(pool.submit(write, dyads(scoped), "dyads", False))
        for future in pending:
            future.result()
    step("written")
    if not base.startswith(("hdfs:", "s3", "gs:", "abfs")):
        Path(base).mkdir(parents=True, exist_ok=True)
        Path(base, "problems.jsonl").write_text(
            "".join(json.dumps({"problem": p}, ensure_ascii=False) + "\n" for p in problems),
            encoding="utf-8",
        )
    rows.unpersist()
    return JobSummary(
        counts.get("articles", 0), counts.get("events", 0), counts.get("quotes", 0), problems
    )
