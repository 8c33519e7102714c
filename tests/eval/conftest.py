"""Fixtures for the evaluation tests: the gold samples and the session's French models."""

from __future__ import annotations

from pathlib import Path

import pytest

from faits.models import LanguageModels

DATA = Path(__file__).parent / "data"


class SessionModels:
    """A ``ModelCache`` stand-in that hands out the session's already-loaded models."""

    def __init__(self, models: LanguageModels) -> None:
        self.models = models

    def get(self, language: str) -> LanguageModels:
        assert language == self.models.language
        return self.models


@pytest.fixture(scope="session")
def session_cache(fr_models) -> SessionModels:
    return SessionModels(fr_models)
