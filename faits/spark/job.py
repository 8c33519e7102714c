"""The Spark job: read inputs where Spark reads them, code each partition with the local
pipeline's functions, do the cross-article steps with Spark, write Parquet datasets.

Output folder layout (each a Parquet dataset partitioned by ``published_month``, except the
last three):

    articles/ events/ quotes/ mentions/   the contract's records, field for field
    parses/                               serialised parses, for ``faits recode`` after import
    merged_events/ dyads/                 one event many mentions; dyad aggregates per day
    problems.jsonl                        one line per rejected input (also printed)
"""

from __future__ import annotations

import glob
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pyspark.sql import DataFrame, SparkSession, Window
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
from faits.spark.schemas import RECORD_TYPES, record_schema

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
        for extra in ("source_key", "content_hash", "removed_lines", "minhash"):
            schema = schema.add(extra, T.StringType())
    parsed = rows.where(F.col("kind") == kind).select(
        F.from_json("payload", schema).alias("r"), "published_month"
    )
    return parsed.select("r.*", "published_month")


def assign_clusters(articles: DataFrame, similarity: float = clusters.SIMILARITY) -> DataFrame:
    """``(article_id, cluster_id, duplicate_of)`` for every coded article, with Spark joins.

    The same definition as ``clusters.cluster_batch``: articles in (publication date, id)
    order; each joins the cluster of its most similar earlier article among those sharing an
    LSH band with it (ties to the earliest), if the estimated Jaccard similarity reaches the
    threshold; a cluster is named by its first article, which is also its ``duplicate_of``.
    """
    bands, rows = clusters.band_layout(similarity)
    width = rows * clusters.SIGNATURE_BYTES * 2  # hex characters per band
    signed = articles.where(F.col("minhash").isNotNull()).select(
        "article_id",
        "minhash",
        F.concat_ws(
            "|", F.coalesce(F.col("published").substr(1, 10), F.lit(clusters.UNDATED)), "article_id"
        ).alias("order_key"),
    )
    banded = (
        signed.select(
            "article_id",
            "order_key",
            F.explode(F.sequence(F.lit(0), F.lit(bands - 1))).alias("band"),
        )
        .join(signed.select("article_id", "minhash"), "article_id")
        .select(
            "article_id",
            "order_key",
            "band",
            F.expr(f"substr(minhash, band * {width} + 1, {width})").alias("band_value"),
        )
    )
    earlier, later = banded.alias("a"), banded.alias("b")
    pairs = (
        earlier.join(
            later,
            (F.col("a.band") == F.col("b.band"))
            & (F.col("a.band_value") == F.col("b.band_value"))
            & (F.col("a.order_key") < F.col("b.order_key")),
        )
        .select(
            F.col("a.article_id").alias("parent"),
            F.col("a.order_key").alias("parent_key"),
            F.col("b.article_id").alias("child"),
        )
        .distinct()
    )
    similar = F.udf(clusters.hex_similarity, T.DoubleType())
    sig_a = signed.select(F.col("article_id").alias("parent"), F.col("minhash").alias("ma"))
    sig_b = signed.select(F.col("article_id").alias("child"), F.col("minhash").alias("mb"))
    scored = (
        pairs.join(sig_a, "parent")
        .join(sig_b, "child")
        .withColumn("score", similar("ma", "mb"))
        .where(F.col("score") >= similarity)
    )
    best = Window.partitionBy("child").orderBy(F.col("score").desc(), F.col("parent_key"))
    parents = (
        scored.withColumn("rank", F.row_number().over(best))
        .where("rank = 1")
        .select(F.col("child").alias("article_id"), "parent")
    )
    pointers = (
        signed.select("article_id")
        .join(parents, "article_id", "left")
        .select("article_id", F.coalesce("parent", "article_id").alias("root"))
        .localCheckpoint()
    )
    for _ in range(MAX_CLUSTER_ROUNDS):
        hop = (
            pointers.alias("p")
            .join(pointers.alias("q"), F.col("p.root") == F.col("q.article_id"))
            .select(F.col("p.article_id").alias("article_id"), F.col("q.root").alias("root"))
        )
        changed = hop.join(pointers, ["article_id", "root"], "left_anti").limit(1).count()
        pointers = hop.localCheckpoint()
        if not changed:
            break
    return pointers.select(
        "article_id",
        F.col("root").alias("cluster_id"),
        F.when(F.col("root") != F.col("article_id"), F.col("root")).alias("duplicate_of"),
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


def merged_events(events: DataFrame, articles: DataFrame) -> DataFrame:
    """One event, many mentions (the semantics of ``faits.provenance.merging``), by groupBy."""
    key = ["source_code", "target_code", "cameo_family", "date", "location_country"]
    merged_id = F.substring(
        F.md5(F.concat_ws("|", *[F.coalesce(F.col(k), F.lit("")) for k in key])), 1, 16
    )
    return (
        _scoped(events, articles)
        .groupBy(*key)
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


def dyads(events: DataFrame, articles: DataFrame) -> DataFrame:
    """Per dyad and day: events (each story's event once), Goldstein, quad classes, stories."""
    scoped = _scoped(events, articles).withColumn("day", F.to_date("date"))
    once = scoped.dropDuplicates(
        ["story", "source_code", "target_code", "cameo_family", "day", "location_country"]
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


def run_job(
    spark: SparkSession,
    paths: Sequence[str],
    output: str,
    published: str | None = None,
    partitions: int | None = None,
) -> JobSummary:
    """Code ``paths`` into Parquet datasets under ``output`` (overwritten).

    A missing local path is reported as a problem, as ``faits code`` reports it, instead of
    failing the whole job; URIs (``hdfs:``, ``s3a:``…) are left for Spark to check.
    """
    missing = [p for p in paths if not URI.match(p) and not glob.glob(p)]
    paths = [p for p in paths if p not in missing]
    early = [InputProblem(p, "no such file or folder", "check the path").line() for p in missing]
    if not paths:
        return JobSummary(0, 0, 0, early)
    items = read_inputs(spark, paths)
    partitions = partitions or max(spark.sparkContext.defaultParallelism * 2, 2)

    def code(part: Iterator[InputItem | InputProblem]):
        return process_partition(part, published)

    rows = spark.createDataFrame(items.repartition(partitions).mapPartitions(code), ROW_SCHEMA)
    rows = rows.persist()
    problems = early + [
        r.payload for r in rows.where("kind = 'problem'").select("payload").collect()
    ]
    articles = _records(rows, "articles")
    assigned = assign_clusters(articles)
    articles = articles.drop("cluster_id", "duplicate_of").join(assigned, "article_id", "left")
    tables = {"articles": articles}
    for kind in ("events", "quotes", "mentions"):
        tables[kind] = _records(rows, kind)
    base = output.rstrip("/")
    for kind, frame in tables.items():
        columns = [f.name for f in record_schema(RECORD_TYPES[kind]).fields]
        if kind == "articles":
            columns += ["source_key", "content_hash", "removed_lines", "minhash"]
        frame.select(*columns, "published_month").write.mode("overwrite").partitionBy(
            "published_month"
        ).parquet(f"{base}/{kind}")
    rows.where("kind = 'parses'").select(
        "article_id",
        F.col("payload").alias("parser"),
        F.col("blob").alias("parse"),
        "published_month",
    ).write.mode("overwrite").partitionBy("published_month").parquet(f"{base}/parses")
    written = spark.read.parquet(f"{base}/articles")
    events = spark.read.parquet(f"{base}/events")
    merged_events(events, written).write.mode("overwrite").parquet(f"{base}/merged_events")
    dyads(events, written).write.mode("overwrite").parquet(f"{base}/dyads")
    if not base.startswith(("hdfs:", "s3", "gs:", "abfs")):
        Path(base).mkdir(parents=True, exist_ok=True)
        Path(base, "problems.jsonl").write_text(
            "".join(json.dumps({"problem": p}, ensure_ascii=False) + "\n" for p in problems),
            encoding="utf-8",
        )
    counts: dict[str, int] = dict(rows.groupBy("kind").count().collect())
    rows.unpersist()
    return JobSummary(
        counts.get("articles", 0), counts.get("events", 0), counts.get("quotes", 0), problems
    )
