"""The ``faits`` command line: thin typer commands over the library."""
