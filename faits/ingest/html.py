"""Saved web pages: main text, title and site with trafilatura, the date with htmldate."""

from __future__ import annotations

from dataclasses import dataclass

from faits.ingest.decoding import repair_text


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    site: str | None
    url: str | None
    published: str | None


def extract_html(html: str, url: str | None = None) -> Page | None:
    """The article of a page, or ``None`` when the page holds no article text."""
    import trafilatura
    from htmldate import find_date

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        return None
    published = document.date
    if not published:
        try:
            published = find_date(html, extensive_search=True, outputformat="%Y-%m-%d")
        except (ValueError, TypeError):
            published = None
    return Page(
        text=repair_text(document.text or ""),
        title=document.title,
        site=document.sitename,
        url=document.url or url,
        published=published,
    )
