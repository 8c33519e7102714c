"""Fixtures for the event tests: the loaded event model and the seeds, coded once."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS


@pytest.fixture(scope="session")
def event_model(fr_models):
    return fr_models.events


@pytest.fixture(scope="session")
def coded_seeds(code_fr):
    """Both seed articles coded end to end with their publication dates, by id."""
    coded = {}
    with (SEEDS / "seeds.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            coded[record["id"]] = code_fr(
                record["text"], published=record["published"], article_id=record["id"]
            )
    return coded
