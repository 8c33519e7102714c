"""``faits recode`` redoes only what a lexicon change can alter, and gives what a full recode gives.

Every test runs on its own copy of the lexicon folder (``$FAITS_LEXICONS``), changed the way a
lexicographer would, on a small store ingested with the unchanged copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faits.batch import RunSummary, batched, run
from faits.events.keys import Requirements, article_keys
from faits.events.matching import token_keys
from faits.ingest.prepare import PreparedArticle, text_hash
from faits.lexicons import LEXICON_ROOT, ROOT_VARIABLE
from faits.lexicons.snapshot import ENGINE, Entry, LexiconSnapshot, compare
from faits.models import LanguageModels, ModelCache
from faits.nlp.parse import parse_texts
from faits.records import Article
from faits.store.db import Store
from faits.store.ingest import ingest_sink
from faits.store.recode import recode_store

TEXTS = [
    "Le président russe a bavardé avec son homologue chinois à Pékin lundi.",
    "La Russie a condamné les essais nucléaires de la Corée du Nord.",
    "Le ministre français a bavardé avec son homologue allemand. Ils ont signé un accord.",
    "Les États-Unis ont imposé de nouvelles sanctions à l'Iran mardi.",
    "Le Japon a rencontré la Corée du Sud à Tokyo pour discuter de la sécurité régionale.",
    "Le gouvernement allemand a promis une aide financière à l'Ukraine.",
    "Bavarder n'est pas négocier, a déclaré le ministre turc à Ankara.",
    "L'Inde a accusé le Pakistan d'avoir violé le cessez-le-feu au Cachemire.",
]
NEW_ENTRY = """
- id: test-bavarder
  code: "040"
  verbs: ["bavarder avec"]
  example: {text: "Le ministre a bavardé avec son homologue.", source: FRA, target: DEU}
"""
CODED = ("events", "mentions", "quotes", "sentences")


@pytest.fixture(scope="module")
def lexicon_copy(tmp_path_factory):
    """The bundled lexicons as they are when the module starts (other edits do not leak in)."""
    folder = tmp_path_factory.mktemp("lexicons") / "base"
    shutil.copytree(LEXICON_ROOT, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def variant(base: Path, tmp_path: Path, name: str, change) -> Path:
    folder = tmp_path / name
    shutil.copytree(base, folder)
    change(folder / "fr")
    return folder


def models_in(folder: Path, fr_models, monkeypatch) -> ModelCache:
    monkeypatch.setenv(ROOT_VARIABLE, str(folder))
    return ModelCache(LanguageModels.load("fr", nlp=fr_models.nlp))


def prepared(n: int, text: str) -> PreparedArticle:
    article = Article(f"a{n}", None, None, None, "2020-03-02", "input", "fr", text, "coded")
    return PreparedArticle(article, (), f"a{n}", text_hash(text))


def ingest(path: Path, cache: ModelCache, numbers: range = range(len(TEXTS))) -> None:
    with Store.open(path) as store:
        items = [prepared(n, TEXTS[n]) for n in numbers]
        with ingest_sink(store) as sink:
            run(batched(items, 3), sink, RunSummary(), cache=cache)


def recode(path: Path, cache: ModelCache, everything: bool = False):
    with Store.open(path) as store:
        return recode_store(store, cache, everything=everything)


def records(path: Path) -> dict[str, list[tuple]]:
    with Store.open(path, read_only=True) as store:
        return {
            table: sorted(store.con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in CODED
        }


@pytest.fixture
def stored(tmp_path, lexicon_copy, fr_models, monkeypatch):
    """A store ingested with the unchanged lexicons."""
    path = tmp_path / "store.duckdb"
    ingest(path, models_in(lexicon_copy, fr_models, monkeypatch))
    return path


def add_entry(folder: Path) -> None:
    path = folder / "events" / "04.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_ENTRY, encoding="utf-8")


def test_unchanged_lexicons_recode_nothing(stored, lexicon_copy, fr_models, monkeypatch):
    before = records(stored)
    summary = recode(stored, models_in(lexicon_copy, fr_models, monkeypatch))
    assert (summary.recoded, summary.total) == (0, len(TEXTS))
    assert "unchanged" in summary.describe()
    assert records(stored) == before


def test_event_entry_change_recodes_exactly_its_articles_as_a_full_recode_would(
    stored, tmp_path, lexicon_copy, fr_models, monkeypatch
):
    full = tmp_path / "full.duckdb"
    shutil.copy(stored, full)
    changed = variant(lexicon_copy, tmp_path, "changed", add_entry)
    cache = models_in(changed, fr_models, monkeypatch)
    docs = parse_texts(fr_models.nlp, TEXTS)
    holding = [
        f"a{n}" for n, doc in enumerate(docs) if any("bavarder" in token_keys(t) for t in doc)
    ]
    assert holding == ["a0", "a2", "a6"]

    summary = recode(stored, cache)
    assert (summary.recoded, summary.total) == (len(holding), len(TEXTS))
    assert "events/04.yaml#test-bavarder" in summary.describe()
    assert recode(full, cache, everything=True).recoded == len(TEXTS)
    selective = records(stored)
    assert selective == records(full)
    rules = {row[20] for row in selective["events"]}
    assert "fr/events/04.yaml#test-bavarder" in rules, "the new entry codes events"
    # The unaffected articles now count as coded with the changed lexicons: nothing is left.
    assert recode(stored, cache).recoded == 0


def test_other_lexicon_change_recodes_everything(
    stored, tmp_path, lexicon_copy, fr_models, monkeypatch
):
    def touch_roles(folder: Path) -> None:
        path = folder / "actors" / "roles.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")

    changed = variant(lexicon_copy, tmp_path, "actors", touch_roles)
    summary = recode(stored, models_in(changed, fr_models, monkeypatch))
    assert (summary.recoded, summary.total) == (len(TEXTS), len(TEXTS))
    assert "actors/roles.yaml" in summary.describe()


def test_store_without_a_snapshot_recodes_everything_once(
    stored, lexicon_copy, fr_models, monkeypatch
):
    # What a store written before schema version 2 looks like once migrated.
    with Store.open(stored) as store:
        store.con.execute("DROP TABLE coded_with")
        store.con.execute("DROP TABLE snapshots")
        store.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    cache = models_in(lexicon_copy, fr_models, monkeypatch)
    before = records(stored)
    summary = recode(stored, cache)
    assert (summary.recoded, summary.total) == (len(TEXTS), len(TEXTS))
    assert "no record" in summary.describe()
    assert records(stored) == before
    assert recode(stored, cache).recoded == 0


def test_all_recodes_everything(stored, lexicon_copy, fr_models, monkeypatch):
    summary = recode(stored, models_in(lexicon_copy, fr_models, monkeypatch), everything=True)
    assert (summary.recoded, summary.total) == (len(TEXTS), len(TEXTS))


def test_articles_without_a_parse_are_named_not_silently_skipped(
    stored, lexicon_copy, fr_models, monkeypatch
):
    """An article imported from a Spark run made without ``--parses`` cannot be recoded: the
    summary says how many, and why, and their records stay as they were."""
    with Store.open(stored) as store:
        store.con.execute("DELETE FROM parses WHERE article_id IN ('a0', 'a1')")
    before = records(stored)
    summary = recode(stored, models_in(lexicon_copy, fr_models, monkeypatch), everything=True)
    assert (summary.recoded, summary.total, summary.unparsed) == (6, 6, 2)
    assert "2 coded articles have no stored parse" in summary.describe()
    assert "--parses" in summary.describe()
    assert records(stored) == before


def snapshot(**entries: Entry) -> LexiconSnapshot:
    return LexiconSnapshot("xx", {ENGINE: Entry("e"), **entries})


def test_compare_tells_entries_from_files_and_engine():
    old = {
        ENGINE: Entry("e"),
        "a/file.tsv": Entry("1"),
        "events/04.yaml#x": Entry("2", frozenset({"voir"})),
        "events/04.yaml#y": Entry("3", frozenset({"tenir\tréunion|sommet"})),
    }
    same = snapshot(**{k: v for k, v in old.items() if k != ENGINE})
    assert not compare(old, same).everything and not compare(old, same).requirements
    moved = dict(same.entries)
    moved["events/04.yaml#y"] = Entry("4", frozenset({"tenir\tsommet"}))
    moved["events/04.yaml#z"] = Entry("5", frozenset({"parler"}))
    del moved["events/04.yaml#x"]
    change = compare(old, LexiconSnapshot("xx", moved))
    assert not change.everything
    assert change.requirements == {"voir", "tenir\tréunion|sommet", "tenir\tsommet", "parler"}
    moved["a/file.tsv"] = Entry("9")
    assert compare(old, LexiconSnapshot("xx", moved)).everything
    assert compare({**old, ENGINE: Entry("old")}, same).everything
    assert compare(None, same).everything
    wildcard = dict(same.entries)
    wildcard["events/04.yaml#x"] = Entry("8", frozenset({"*"}))
    assert compare(old, LexiconSnapshot("xx", wildcard)).everything


def test_requirements_need_the_trigger_and_a_word_of_each_complement(fr_models):
    docs = list(parse_texts(fr_models.nlp, ["Ils ont tenu une réunion.", "Ils ont tenu parole."]))
    meeting, promise = (article_keys(doc) for doc in docs)
    needs = Requirements({"tenir\tréunion|sommet"})
    assert needs.met_by(meeting) and not needs.met_by(promise)
    assert Requirements({"réunion"}).met_by(meeting)
    assert not Requirements({"bavarder"}).met_by(meeting)


def test_articles_coded_with_different_lexicons_are_compared_each_with_its_own(
    tmp_path, lexicon_copy, fr_models, monkeypatch
):
    """Half the store ingested before an entry was added, half after: only the older half can
    be out of date."""
    path = tmp_path / "mixed.duckdb"
    ingest(path, models_in(lexicon_copy, fr_models, monkeypatch), range(0, 4))
    changed = models_in(
        variant(lexicon_copy, tmp_path, "changed", add_entry), fr_models, monkeypatch
    )
    ingest(path, changed, range(4, len(TEXTS)))
    summary = recode(path, changed)
    # "bavarder" is in a0 and a2 (coded before the entry existed) and a6 (coded after).
    assert (summary.recoded, summary.total) == (2, len(TEXTS))
    assert len(summary.reasons) == 2
    assert recode(path, changed).recoded == 0
