"""The REST API and web interface behind ``faits serve``."""
