"""Ingest: read files and JSON Lines, repair and clean text, date the article, identify its language."""

from faits.ingest.readers import InputItem, InputProblem, read_inputs

__all__ = ["InputItem", "InputProblem", "read_inputs"]
