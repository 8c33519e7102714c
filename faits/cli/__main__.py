"""``python -m faits.cli``: the same as the ``faits`` command."""

from faits.cli.main import app

app()
