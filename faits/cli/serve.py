"""``faits serve``: the REST API and the web interface over one database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from faits.cli.app import app
from faits.cli.console import err
from faits.store.db import default_db_path

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Annotated[
        Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (local only by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="FAITS_TOKEN",
            help="Enable POST /api/articles for requests bearing this token; the server then "
            "opens the database for writing and `faits ingest` must wait until it stops.",
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", help="Allow reads from this web origin (repeatable)."),
    ] = None,
    query_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds after which a query is interrupted.")
    ] = 5.0,
) -> None:
    """Serve the API (OpenAPI page at /docs) and the web interface, read-only by default."""
    import uvicorn

    from faits.api import create_app
    from faits.api.database import DatabaseUnavailable

    if host not in LOCAL_HOSTS:
        err.print(
            f"warning: listening on {host}: anyone who can reach this address can read the "
            "database" + (" and, with the token, write to it" if token else "")
        )
    if token is not None and len(token) < 8:
        err.print("--token: use at least 8 characters")
        raise typer.Exit(2)
    path = default_db_path(db)
    try:
        application = create_app(
            path, token, cors_origins=tuple(cors_origin or ()), timeout=query_timeout
        )
    except DatabaseUnavailable as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    mode = "read-write, ingest enabled" if token else "read-only"
    err.print(f"faits serve: {path} ({mode}) on http://{host}:{port}/ — API docs at /docs")
    uvicorn.run(application, host=host, port=port, log_level="warning")
