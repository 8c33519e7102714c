"""Request-scoped access to what ``create_app`` set up."""

from __future__ import annotations

from fastapi import Request

from faits.api.database import Database


def get_db(request: Request) -> Database:
    return request.app.state.db
