"""Quotes: who said what, direct and indirect, with the speaker coded."""

from faits.quotes.extractor import QuoteModel, extract_quotes, link_events_to_quotes

__all__ = ["QuoteModel", "extract_quotes", "link_events_to_quotes"]
