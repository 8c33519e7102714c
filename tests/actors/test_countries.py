"""The derived country table is up to date, and the names the news uses all resolve."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from faits.lexicons import load_tsv
from tests.actors.conftest import find

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_countries.py"


def test_countries_tsv_matches_what_the_script_derives():
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    derived = module.build_rows("fr")
    stored = [dict(row) for row in load_tsv("fr", "actors/countries.tsv")]
    assert stored == derived
    assert len(stored) >= 193 + 2


@pytest.mark.parametrize(
    ("sentence", "mention", "code"),
    [
        ("La Palestine a saisi la Cour.", "La Palestine", "PSE"),
        ("Le Kosovo a proclamé son indépendance.", "Le Kosovo", "XKX"),
        ("Taïwan a dénoncé les manœuvres.", "Taïwan", "TWN"),
        ("Hong Kong a interdit la manifestation.", "Hong Kong", "HKG"),
        ("Le Sahara occidental reste disputé, a rappelé Rabat.", "Le Sahara occidental", "ESH"),
        ("Le Saint-Siège a appelé à la paix.", "Le Saint-Siège", "VAT"),
        ("La RDC a accusé le Rwanda.", "La RDC", "COD"),
        ("Les Etats-Unis ont riposté.", "Les Etats-Unis", "USA"),
        ("Les états-Unis ont riposté.", "Les états-Unis", "USA"),
        ("Les USA ont riposté.", "Les USA", "USA"),
        (
            "La Republique populaire democratique de Coree a protesté.",
            "La Republique populaire democratique de Coree",
            "PRK",
        ),
    ],
)
def test_territories_acronyms_and_spellings(actors_of, sentence, mention, code):
    assert find(actors_of(sentence), mention).code == code


def test_a_dependent_territory_is_coded_by_its_sovereign_state(actors_of):
    # CAMEO and PLOVER have no code of their own for Greenland or New Caledonia.
    analysis = actors_of(
        "Le gouvernement du Groenland a rejeté l'offre. La Nouvelle-Calédonie a voté.",
        published="2025-03-27",
    )
    codes = {m.text: m.code for m in analysis.mentions}
    assert codes["Le gouvernement du Groenland"] == "DNKGOV"
    assert codes["La Nouvelle-Calédonie"] == "FRA"
