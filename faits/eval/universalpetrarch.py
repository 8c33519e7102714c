"""UniversalPetrarch's gold (``PETR2_GSR_validation.xml``): PETRARCH records over UD parses.

The record layout is PETRARCH's (see ``faits.eval.petrarch``, whose tolerant reader also
copes with this file's self-closed ``<Sentence/>`` tags); only the format name differs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from faits.eval.petrarch import evaluate_file

FORMAT = "universalpetrarch"


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    return evaluate_file(path, FORMAT, errors=errors)
