"""The REST API and the analyst's web interface over the event database (``faits serve``)."""

from faits.api.app import create_app

__all__ = ["create_app"]
