"""End-to-end: the commands as a user runs them, in subprocesses, on files written here."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from ..conftest import SEEDS, SHARED

ROOT = Path(__file__).resolve().parents[2]
FAITS = [sys.executable, "-m", "faits.cli"]
ARTICLE = (
    "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré lundi à Moscou "
    "son homologue chinois Wang Yi, a indiqué le Kremlin."
)


def faits(*args, cwd=None, check=True, env=None):
    result = subprocess.run(
        [*FAITS, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\n{result.stderr}")
    return result


def records(stdout):
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_code_seeds_passes_the_contract_check():
    out = faits("code", SEEDS / "seeds.jsonl", "--what", "events,quotes,articles,mentions")
    checked = subprocess.run(
        [sys.executable, SHARED / "tools" / "check_contract.py"],
        input=out.stdout,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
    articles = [r for r in records(out.stdout) if "status" in r]
    assert [a["published"] for a in articles] == ["2019-02-19", "2017-09-29"]
    assert articles[1]["title"].startswith("Derrière les portes closes")


def test_bad_inputs_each_one_line_and_run_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes(ARTICLE.replace("Sergueï", "Serguei").encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes(("« " + ARTICLE + " »").encode("cp1252"))
    (tmp_path / "nopage.html").write_text("<html><body><nav>Accueil</nav></body></html>")
    (tmp_path / "bad.jsonl").write_text('{"id": "j1", "text": "' + ARTICLE + '"}\nnot json\n')
    result = faits("code", tmp_path, tmp_path / "missing", "--what", "articles")
    assert result.returncode == 0
    problem_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped")]
    assert len(problem_lines) == 5, result.stderr
    for name in ("empty.txt", "bin.txt", "nopage.html", "bad.jsonl:2", "missing"):
        assert sum(name in line for line in problem_lines) == 1
    coded = records(result.stdout)
    assert len(coded) == 4 and all(r["status"] == "coded" for r in coded)
    assert any("Sergueï" in r["text"] for r in coded)


def test_nothing_processable_exits_1_and_usage_error_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert faits("code", tmp_path / "empty.txt", check=False).returncode == 1
    assert faits("code", tmp_path / "empty.txt", "--published", "hier", check=False).returncode == 2
    assert faits("code", tmp_path / "empty.txt", "--what", "tout", check=False).returncode == 2


def test_ingest_is_idempotent_and_queries_work(tmp_path):
    db = tmp_path / "f.duckdb"
    faits("ingest", ROOT / "samples", SEEDS / "seeds.jsonl", "--db", db)
    first = duckdb.connect(str(db), read_only=True)
    counts = {
        t: first.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        for t in ("articles", "sentences", "mentions", "events", "quotes", "parses")
    }
    first.close()
    again = faits("ingest", ROOT / "samples", SEEDS / "seeds.jsonl", "--db", db)
    assert "0 articles coded" in again.stderr and f"{counts['articles']} unchanged" in again.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert counts == {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in counts}
    statuses = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY 1").fetchall())
    con.close()
    assert statuses["skipped"] == 1 and statuses["coded"] >= 10
    arts = records(
        faits("articles", "--db", db, "--since", "2019-01-01", "--until", "2019-12-31").stdout
    )
    assert {a["published"][:4] for a in arts} == {"2019"}
    env_run = faits("articles", "--limit", "2", env={"FAITS_DB": str(db)})
    assert len(records(env_run.stdout)) == 2
    faits("events", "--db", db, "--format", "parquet", "--output", tmp_path / "e.parquet")
    assert (tmp_path / "e.parquet").exists()


def test_the_same_article_twice_in_one_run_is_stored_once(tmp_path):
    """A copied file (same text, same article id) in the same run: coded once, stored once,
    counted as unchanged, and a second run changes nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_copy.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "f.duckdb"
    first = faits("ingest", folder, "--db", db, "--batch-size", "1")
    assert "1 articles coded" in first.stderr and "1 unchanged" in first.stderr
    faits("ingest", folder, "--db", db)
    con = duckdb.connect(str(db), read_only=True)
    for table, key in (("articles", "article_id"), ("events", "event_id")):
        total, distinct = con.execute(
            f"SELECT count(*), count(DISTINCT {key}) FROM {table}"
        ).fetchone()
        assert total == distinct >= 1, table
    con.close()


def test_changed_file_replaces_its_previous_version(tmp_path):
    db, article = tmp_path / "f.duckdb", tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    faits("ingest", article, "--db", db)
    article.write_text(ARTICLE + "\nLa Chine a salué la rencontre.", encoding="utf-8")
    faits("ingest", article, "--db", db)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT text FROM articles").fetchall()
    sentences = con.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchall()
    con.close()
    assert len(rows) == 1 and rows[0][0].endswith("salué la rencontre.")
    assert sentences == [(1,)]


def _corpus(path, n=48):
    texts = [
        line
        for line in (ROOT / "samples" / "articles" / "2022-11-15-g20-bali.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            row = json.loads(texts[i % len(texts)])
            row["id"] = f"copy-{i}"
            row["text"] = row["text"] + f"\nParagraphe {i} ajouté pour distinguer la copie."
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _table_counts(db):
    con = duckdb.connect(str(db), read_only=True)
    counts = {
        t: con.execute(f"SELECT count(*), count(DISTINCT article_id) FROM {t}").fetchall()[0]
        for t in ("articles", "sentences", "parses", "mentions", "events", "quotes")
    }
    con.close()
    return counts


def test_kill_minus_9_then_rerun_loses_and_doubles_nothing(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, n=150)
    reference = tmp_path / "ref.duckdb"
    faits("ingest", corpus, "--db", reference)
    db = tmp_path / "killed.duckdb"
    wal = tmp_path / "killed.duckdb.wal"
    proc = subprocess.Popen(
        [*FAITS, "ingest", str(corpus), "--db", str(db), "--batch-size", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # The write-ahead log grows with each committed batch: kill once some are committed.
    deadline = time.time() + 300
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 200_000):
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    faits("ingest", corpus, "--db", db)
    assert _table_counts(db) == _table_counts(reference)


def test_two_workers_give_the_same_records_as_one(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, n=12)
    one = faits("code", corpus, "--what", "events,articles,mentions", "--batch-size", "3")
    two = faits(
        "code", corpus, "--what", "events,articles,mentions", "--batch-size", "3", "--workers", "2"
    )
    assert records(one.stdout) == records(two.stdout)


def test_python_api(tmp_path):
    import faits as api

    coded = api.code_text(ARTICLE, published="2019-02-18")
    assert coded.article.status == "coded" and coded.article.published == "2019-02-18"
    db = tmp_path / "f.duckdb"
    faits("ingest", ROOT / "samples", "--db", db)
    with api.open(db) as database:
        frame = database.articles()
        assert {"article_id", "title", "status"} <= set(frame.columns)
        assert len(database.articles(as_="records")) == len(frame)
        assert database.sql("SELECT count(*) AS n FROM articles")["n"][0] == len(frame)
        assert database.events(as_="arrow").num_rows == len(database.events())


def test_ingest_clusters_a_republished_copy_with_its_original(tmp_path):
    seed = json.loads((SEEDS / "seeds.jsonl").read_text(encoding="utf-8").splitlines()[1])
    copy = dict(seed, id="repost", published="2017-09-30")
    copy["text"] = (
        seed["text"].replace("Derrière les portes closes", "Moscou reçoit Pyongyang")
        + "\n\nUn paragraphe ajouté par le site qui republie l'article."
    )
    other = {"id": "other", "published": "2017-09-29", "text": ARTICLE}
    (tmp_path / "later.jsonl").write_text(json.dumps(copy, ensure_ascii=False) + "\n")
    (tmp_path / "first.jsonl").write_text(
        json.dumps(seed, ensure_ascii=False) + "\n" + json.dumps(other, ensure_ascii=False) + "\n"
    )
    db = tmp_path / "f.duckdb"
    faits("ingest", tmp_path / "later.jsonl", "--db", db)  # the copy arrives first
    faits("ingest", tmp_path / "first.jsonl", "--db", db)
    rows = {r["article_id"]: r for r in records(faits("articles", "--db", db).stdout)}
    assert rows["repost"]["cluster_id"] == rows[seed["id"]]["cluster_id"]
    assert rows["repost"]["duplicate_of"] == seed["id"]
    assert rows[seed["id"]]["duplicate_of"] is None
    assert rows["other"]["cluster_id"] != rows[seed["id"]]["cluster_id"]
    coded = {
        r["article_id"]: r for r in records(faits("code", tmp_path, "--what", "articles").stdout)
    }
    assert coded["repost"]["cluster_id"] == coded[seed["id"]]["cluster_id"] == seed["id"]
    assert coded["repost"]["duplicate_of"] == seed["id"]
