"""Scoring faits against gold data: the readers and scorers behind ``faits eval``."""
