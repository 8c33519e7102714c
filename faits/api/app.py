"""The FastAPI application behind ``faits serve``: the JSON API, its OpenAPI page, the web UI.

Safe by default: read-only unless a token enables ingest, no CORS unless origins are
given, a strict content security policy (everything from this server, nothing inline),
page-size limits on every list and a time limit on every query.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

import faits
from faits.api.database import DEFAULT_TIMEOUT, Database, QueryTimeout
from faits.api.routes import aggregates, articles, events, ingest, quotes

STATIC = Path(str(resources.files("faits.api").joinpath("static")))
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _swagger_assets() -> Path:
    """The Swagger UI files that ``fastapi-offline`` ships, so /docs needs no CDN."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    cors_origins: Sequence[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
) -> FastAPI:
    """The app over one database file; writable (and ingest enabled) only with ``token``."""
    database = Database(Path(db_path), writable=token is not None, timeout=timeout)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database.open()
        yield
        database.close()

    app = FastAPI(
        lifespan=lifespan,
        title="faits",
        version=faits.__version__,
        description="Political events coded from French news: who did what to whom, when, "
        "where, according to whom — each event traced to its sentence and rule.",
        docs_url=None,
        responses={503: {"description": "The query took longer than the time limit"}},
        redoc_url=None,
    )
    app.state.db = database
    app.state.token = token
    app.state.models = None

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_headers=[],
        )

    @app.exception_handler(QueryTimeout)
    async def query_timeout(request: Request, exc: QueryTimeout) -> JSONResponse:
        return JSONResponse(
            status_code=503, content={"detail": f"{exc}: narrow the filters or the dates"}
        )

    for module in (events, articles, quotes, aggregates, ingest):
        app.include_router(module.router)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs/assets", StaticFiles(directory=_swagger_assets()), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg")

    return app
