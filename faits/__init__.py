"""faits: who did what to whom, when, where, and according to whom — from French news.

The Python API: ``faits.code_text(text, published=...)`` codes one article;
``faits.open(path)`` opens a database for queries returning pandas DataFrames or Arrow tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from faits.library import Database, code_text, open  # noqa: F401


def __getattr__(name: str) -> Any:
    # The library pulls in spaCy; import it only when the API is used.
    if name in ("code_text", "open", "Database", "InputError"):
        from faits import library

        return getattr(library, name)
    raise AttributeError(name)
