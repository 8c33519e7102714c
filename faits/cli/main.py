"""Entry point: import every command module so it registers on ``app``."""

from __future__ import annotations

from faits.cli.app import app

# Each module registers its commands on import; add a module here to add commands.
COMMAND_MODULES = (
    "coding",
    "query",
    "stats",
    "eval",
    "serve",
    "dyads",
    "spark",
    "actors",
    "explain",
)

for _name in COMMAND_MODULES:
    __import__(f"faits.cli.{_name}")

__all__ = ["app"]
