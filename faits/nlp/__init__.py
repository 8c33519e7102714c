"""Parsing: one spaCy pipeline per language, article-sized docs, cached parses."""
