import csv
import io
import json
from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from faits.ingest.prepare import PreparedArticle, text_hash
from faits.pipeline import PipelineResult
from faits.records import (
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Mention,
    Modality,
    PlaceRef,
    Plover,
    Span,
)
from faits.store.db import Store
from faits.store.export import GDELT_COLUMNS, write_records
from faits.store.queries import Filters, fetch_records
from faits.store.schema import SCHEMA_VERSION, SchemaError


def make_result(
    article_id="a1",
    text="Moscou a rencontré Pyongyang.",
    source_key=None,
    published="2017-09-29",
    events=1,
    cameo="040",
):
    article = Article(article_id, None, "Titre", "Site", published, "input", "fr", text, "coded")
    evs = [
        Event(
            event_id=f"{article_id}-e{i}",
            article_id=article_id,
            sentence_index=0,
            sentence=text,
            trigger=Span("rencontré", 9, 18),
            source=ActorRef("RUSGOV", "RUS", "GOV", "Russie", "Moscou", 0, 6),
            target=ActorRef("PRKGOV", "PRK", "GOV", "Corée du Nord", "Pyongyang", 19, 28),
            cameo=cameo,
            cameo_root=cameo[:2],
            cameo_label="Consult",
            quad_class=1,
            goldstein=1.0,
            plover=Plover("CONSULT"),
            modality=Modality(),
            attribution=None,
            date=published,
            date_precision="day",
            date_text=None,
            date_source="published",
            location=PlaceRef("Moscou", "Moscou", "RUS", None, 55.75, 37.62, 524901, "city"),
            rule="fr/events/04.yaml#rencontrer",
            language="fr",
        )
        for i in range(events)
    ]
    mentions = [
        Mention(article_id, "actor", "Moscou", 0, 6, {"code": "RUSGOV", "name": "Russie"}, 0)
    ]
    coded = CodedArticle(article, [Span(text, 0, len(text))], mentions, evs, [])
    prepared = PreparedArticle(article, (), source_key or article_id, text_hash(text))
    return PipelineResult(prepared, coded, b"parse-bytes", "core_news_md")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.duckdb") as s:
        yield s


def test_schema_version_recorded_and_newer_refused(tmp_path):
    path = tmp_path / "v.duckdb"
    with Store.open(path) as s:
        assert s.con.execute("SELECT value FROM meta").fetchall() == [(str(SCHEMA_VERSION),)]
        s.con.execute("UPDATE meta SET value = '999'")
    with pytest.raises(SchemaError):
        Store.open(path)


def test_writing_twice_changes_nothing(store):
    store.write([make_result()])
    before = store.counts()
    store.write([make_result()])
    assert store.counts() == before
    assert before["articles"] == 1 and before["events"] == 1


def test_one_article_twice_in_a_write_is_stored_once_as_its_last_version(store):
    store.write([make_result(events=1), make_result(events=2)])
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 2


def test_the_ingest_sink_holds_results_until_a_write_or_its_end(store):
    from faits.store.ingest import ingest_sink

    with ingest_sink(store, write_articles=3) as sink:
        sink([make_result("a1"), make_result("a2")])
        assert store.counts()["articles"] == 0
        sink([make_result("a3")])
        assert store.counts()["articles"] == 3
        sink([make_result("a4")])
    assert store.counts()["articles"] == 4
    with pytest.raises(RuntimeError), ingest_sink(store, write_articles=3) as sink:
        sink([make_result("a5")])
        raise RuntimeError("the run broke")
    assert store.counts()["articles"] == 4


def test_changed_version_replaces_old_one_and_its_records(store):
    store.write(
        [make_result("v1", "Moscou a rencontré Pyongyang.", source_key="file.txt", events=2)]
    )
    store.write([make_result("v2", "Moscou a reçu Pyongyang.", source_key="file.txt", events=1)])
    ids = [r[0] for r in store.con.execute("SELECT article_id FROM articles").fetchall()]
    assert ids == ["v2"]
    assert store.counts()["events"] == 1
    assert store.con.execute("SELECT count(*) FROM events WHERE article_id = 'v1'").fetchall() == [
        (0,)
    ]


def test_unchanged_detects_stored_content(store):
    result = make_result()
    store.write([result])
    other = make_result("a2", "Un autre texte.")
    assert store.unchanged([result.prepared, other.prepared]) == {"a1"}


def test_failed_write_leaves_store_untouched(store):
    store.write([make_result("a1")])
    bad = make_result("a2")
    bad.coded.events[0].quad_class = "not a number"  # type: ignore[assignment]
    with pytest.raises((duckdb.Error, pa.ArrowException)):
        store.write([make_result("a3"), bad])
    assert [r[0] for r in store.con.execute("SELECT article_id FROM articles").fetchall()] == ["a1"]


def test_filters(store):
    store.write(
        [
            make_result("a1", published="2017-09-29", cameo="040"),
            make_result("a2", "Autre.", published="2019-02-18", cameo="120"),
        ]
    )

    def ids(**kw):
        return [r["article_id"] for r in fetch_records(store.con, "events", Filters(**kw))]

    assert ids(actor="RUS") == ["a1", "a2"]
    assert ids(actor="PRKGOV") == ["a1", "a2"]
    assert ids(actor="USA") == []
    assert ids(code="12") == ["a2"]
    assert ids(since=date(2018, 1, 1)) == ["a2"]
    assert ids(until=date(2018, 1, 1)) == ["a1"]
    assert len(ids(limit=1)) == 1
    articles = fetch_records(store.con, "articles", Filters(actor="RUS", code="04"))
    assert [a["article_id"] for a in articles] == ["a1"]


def test_exports(store, tmp_path):
    store.write([make_result()])
    records = fetch_records(store.con, "events", Filters())
    buffer = io.StringIO()
    write_records(records, "jsonl", buffer)
    assert json.loads(buffer.getvalue())["event_id"] == "a1-e0"
    buffer = io.StringIO()
    write_records(records, "csv", buffer)
    row = next(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert row["source_code"] == "RUSGOV" and row["location_lat"] == "55.75"
    write_records(records, "parquet", str(tmp_path / "e.parquet"))
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column("target_code").to_pylist() == ["PRKGOV"]
    buffer = io.StringIO()
    write_records(records, "gdelt", buffer, {"a1": {"url": "https://x"}})
    header, line = buffer.getvalue().splitlines()[:2]
    values = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert header.split("\t") == GDELT_COLUMNS
    assert values["SQLDATE"] == "20170929" and values["Actor1Code"] == "RUSGOV"
    assert values["Actor1Type1Code"] == "GOV" and values["EventRootCode"] == "04"
    assert values["SOURCEURL"] == "https://x"
    buffer = io.StringIO()
    write_records(records, "plover", buffer)
    plover = json.loads(buffer.getvalue())
    assert plover["event_type"] == "CONSULT" and plover["source"]["agents"] == ["GOV"]


def test_parse_cache_roundtrip(store):
    store.write([make_result()])
    assert store.parse_bytes("a1") == b"parse-bytes"
    prepared = store.prepared_article("a1")
    assert prepared.article.text == "Moscou a rencontré Pyongyang."


def test_mention_rows_are_those_of_the_contract_dicts(code_fr):
    """The store builds mention rows from the records directly (they are most of the rows):
    the same rows as from their contract dicts, which is how an imported run is stored."""
    from faits.store.rows import _mention_row, mention_row

    coded = code_fr(
        "Le président russe Vladimir Poutine a reçu lundi à Moscou le dirigeant nord-coréen "
        "Kim Jong-un, a rapporté l'agence KCNA.",
        published="2019-04-29",
    )
    assert {m.kind for m in coded.mentions} == {"actor", "place", "time"}
    for mention in coded.mentions:
        assert _mention_row(mention) == mention_row(mention.to_dict())
