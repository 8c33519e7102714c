"""From an ``InputItem`` to a clean, dated, identified ``Article`` ready to parse."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from faits.ingest.cleaning import CleaningRules, clean_text
from faits.ingest.dateline import DatelineRules, dateline_date, find_dateline, remove_line
from faits.ingest.decoding import repair_text
from faits.ingest.html import extract_html
from faits.ingest.language import identify_language
from faits.ingest.readers import InputItem, InputProblem
from faits.lexicons import available_languages, lexicon_root
from faits.records import Article


@dataclass
class PreparedArticle:
    """A cleaned article and what the store needs to keep ingestion idempotent.

    ``source_key`` identifies "the same article" across versions (the input's id, its URL
    or its file); ``content_hash`` tells whether that article changed.
    """

    article: Article
    removed_lines: tuple[tuple[str, str], ...]
    source_key: str
    content_hash: str


def normalise_for_hash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_hash(text: str) -> str:
    return hashlib.sha1(normalise_for_hash(text).encode("utf-8")).hexdigest()


def _rules(language: str) -> tuple[CleaningRules, DatelineRules]:
    return _rules_in(lexicon_root(), language)


@cache
def _rules_in(root: Path, language: str) -> tuple[CleaningRules, DatelineRules]:
    """Compiled once per process and lexicon folder (``root`` keys the cache)."""
    return CleaningRules.load(language), DatelineRules.load(language)


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def prepare(
    item: InputItem, published_default: str | None = None
) -> PreparedArticle | InputProblem:
    """Clean, date and identify one input; a problem only when there is no article at all."""
    title, site, url = item.title, item.site, item.url
    html_date: str | None = None
    if item.html is not None:
        page = extract_html(item.html, url)
        if page is None:
            return InputProblem(
                item.origin,
                "no article text found in the HTML",
                "check that the page holds an article (not an index or a login page)",
            )
        raw_text = page.text
        title = title or page.title
        site = site or page.site
        url = url or page.url
        html_date = page.published
    else:
        raw_text = repair_text(item.text or "")
    if not raw_text.strip():
        return InputProblem(item.origin, "no text", "give the article's text")

    # The input's own language is taken as given: identifying it again is wasted work.
    language = item.language or identify_language(raw_text).language
    removed: list[tuple[str, str]] = []
    published = _iso(item.published) or _iso(published_default)
    published_source = "input" if published else None
    if published is None and html_date:
        published, published_source = html_date, "html"

    text = raw_text.strip()
    status, reason = "coded", None
    if language in available_languages():
        cleaning, datelines = _rules(language)
        dateline = find_dateline(text, datelines)
        if dateline is not None:
            text = remove_line(text, dateline.line)
            removed.append((dateline.line, "dateline"))
        elif published is None:
            dateline = datelines.read_lead(text)
        if dateline is not None and published is None:
            year_hint = int(published_default[:4]) if published_default else None
            dated = dateline_date(dateline, year_hint, text, datelines.months)
            if dated:
                published = dated[0].isoformat()
                published_source = "text" if dated[1] == "text" else "inferred"
        cleaned = clean_text(text, cleaning, title)
        text, title = cleaned.text, cleaned.title
        site = site or cleaned.site_hint
        removed.extend((line, kind) for line, kind, _ in cleaned.removed)
        if not text.strip():
            where = "in the HTML" if item.html is not None else "in the text"
            return InputProblem(
                item.origin,
                f"no article text found {where} (only boilerplate)",
                "check that the input holds an article",
            )
    else:
        status = "skipped"
        reason = (
            f"language '{language}' is not coded (coded: {', '.join(available_languages())})"
            if language
            else "language could not be identified"
        )

    content_hash = text_hash(text)
    article_id = item.id or content_hash[:16]
    source_key = item.id or url or (item.origin if ":" not in Path(item.origin).name else None)
    article = Article(
        article_id=article_id,
        url=url,
        title=title,
        site=site,
        published=published,
        published_source=published_source or "unknown",
        language=language,
        text=text,
        status=status,
        reason=reason,
        source_path=item.origin,
    )
    return PreparedArticle(article, tuple(removed), source_key or article_id, content_hash)
