"""The 50-article corpus the Spark tests and benchmark run on, written into a folder.

It mixes every input form the job reads: the bundled sample files (plain text, HTML, JSON
Lines, a cp1252 file, mojibake and one English article, which is skipped as not coded), the
shared seeds, articles from the gold sets (the quote gold's whole articles, and the event
gold's sentences five to an article), near-duplicate copies (a new headline, one added
paragraph, another id and a later date; one copy of a copy, so that a cluster is two links
deep) and one malformed JSON line, which must be reported and skipped.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "articles"
SEEDS = ROOT.parent / "shared" / "samples" / "seeds" / "seeds.jsonl"
GOLD = ROOT / "data" / "gold"
QUOTE_ARTICLES = 14
EVENT_ARTICLES = 16
SENTENCES_PER_ARTICLE = 5
BAD_LINE = '{"id": "broken-line", "text": "Le texte de cet article n\'est jamais fermé'
# (copied id, copy id, days later, new headline, added paragraph)
COPIES = (
    (
        "seed-xinhua-2019-02-19",
        "copy-xinhua",
        1,
        "Washington et Pyongyang parlent d'officiers de liaison",
        "Cette dépêche a été reprise par plusieurs sites d'information asiatiques.",
    ),
    (
        "sample-g20-bali-2022-11-15",
        "copy-g20",
        2,
        "Biden et Xi à Bali avant le G20",
        "Notre correspondant à Jakarta précise que la rencontre a duré plus de trois heures.",
    ),
    (
        "q-001",
        "copy-q-001",
        3,
        "Hôpital : le plan du gouvernement",
        "Les fédérations hospitalières doivent être reçues au ministère la semaine prochaine.",
    ),
    (
        "q-002",
        "copy-q-002",
        1,
        "Russie-Chine : des accords commerciaux",
        "Le montant total des contrats signés n'a pas été rendu public par le Kremlin.",
    ),
    (
        "q-003",
        "copy-q-003",
        2,
        "L'ONU divisée sur l'Ukraine",
        "Une nouvelle réunion du Conseil est prévue à la fin du mois, selon des diplomates.",
    ),
    (
        "q-004",
        "copy-q-004",
        4,
        "Reprise : la dépêche complète",
        "Cet article a été mis à jour avec les dernières déclarations des parties.",
    ),
    (
        "q-005",
        "copy-q-005",
        1,
        "Ce qu'il faut retenir",
        "La rédaction reviendra sur ce sujet dans sa prochaine édition du soir.",
    ),
    (
        "copy-q-001",
        "copy-copy-q-001",
        2,
        "Hôpital : ce que contient le plan",
        "Le Premier ministre doit s'exprimer à son tour sur le sujet jeudi soir.",
    ),
)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _write_jsonl(path: Path, rows: list[dict], extra_lines: tuple[str, ...] = ()) -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows] + list(extra_lines)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _later(published: str, days: int) -> str:
    return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()


def build_corpus(folder: Path) -> Path:
    """Write the corpus into ``folder`` (created); returns it. 50 articles, 1 bad line."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = folder / "samples"
    shutil.copytree(SAMPLES, samples)
    shutil.copy(SEEDS, folder / "seeds.jsonl")
    quotes = [
        {k: row[k] for k in ("id", "title", "text", "published", "language")}
        for row in _rows(GOLD / "quotes_dev.jsonl")[:QUOTE_ARTICLES]
    ]
    sentences = _rows(GOLD / "events_dev.jsonl")[: EVENT_ARTICLES * SENTENCES_PER_ARTICLE]
    events = [
        {
            "id": f"gold-events-{n:02d}",
            "text": "\n\n".join(s["text"] for s in group),
            "published": group[0]["published"],
        }
        for n, group in enumerate(
            sentences[i : i + SENTENCES_PER_ARTICLE]
            for i in range(0, len(sentences), SENTENCES_PER_ARTICLE)
        )
    ]
    _write_jsonl(folder / "gold.jsonl", quotes + events)
    known = {row["id"]: row for row in _rows(SEEDS) + _rows(samples / "2022-11-15-g20-bali.jsonl")}
    known.update((row["id"], row) for row in quotes)
    copies = []
    for original, copy_id, days, headline, paragraph in COPIES:
        source = known[original]
        copy = {
            "id": copy_id,
            "title": headline,
            "text": source["text"].rstrip() + "\n\n" + paragraph,
            "published": _later(source["published"], days),
        }
        copies.append(copy)
        known[copy_id] = copy
    _write_jsonl(folder / "copies.jsonl", copies, (BAD_LINE,))
    return folder


def repeated_corpus(folder: Path, total: int) -> Path:
    """The corpus's coded articles repeated to ``total`` as one JSON Lines file, each
    repetition with distinct ids and a numbered closing sentence (so no two are equal)."""
    from faits.batch import RunSummary, prepared_inputs

    base_folder = build_corpus(folder / "base")
    base = [
        p.article
        for p in prepared_inputs([str(base_folder)], RunSummary())
        if p.article.status == "coded"
    ]
    path = folder / "repeated.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(total):
            article = base[i % len(base)]
            row = {
                "id": f"{article.article_id}-r{i // len(base)}",
                "title": article.title,
                "text": article.text + f"\n\nLe dossier numéro {i} est clos par la rédaction.",
                "published": article.published,
                "language": article.language,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
