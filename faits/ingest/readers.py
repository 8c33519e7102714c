"""Read what users give: files, folders, JSON Lines. One ``InputItem`` per article.

Problems never stop the run: each becomes an ``InputProblem`` with the file, the reason
and what to do, which the caller prints as one line on stderr.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from faits.ingest.decoding import NotText, decode_bytes

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# No news article is this long; such a file is a corpus dump or a mistake.
DEFAULT_MAX_BYTES = 2_000_000
JSONL_FIELDS = ("id", "url", "title", "published", "site", "language")


@dataclass
class InputItem:
    """One article as read, before cleaning. ``origin`` is ``path`` or ``path:line``."""

    origin: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None


@dataclass
class InputProblem:
    origin: str
    reason: str
    advice: str

    def line(self) -> str:
        return f"{self.origin}: {self.reason} — {self.advice}"


def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUPPORTED:
                yield child
    else:
        yield path


def read_inputs(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[InputItem | InputProblem]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputProblem(str(path), "no such file or folder", "check the path")
            continue
        for file in _iter_files(path):
            yield from read_file(file, max_bytes)


def _read_bytes(file: Path) -> bytes | InputProblem:
    try:
        return file.read_bytes()
    except PermissionError:
        return InputProblem(str(file), "permission denied", "make the file readable")
    except OSError as exc:
        return InputProblem(str(file), f"cannot read ({exc.strerror or exc})", "check the file")


def read_file(file: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem | InputProblem]:
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED:
        yield InputProblem(
            str(file),
            f"unsupported file type '{suffix or 'none'}'",
            "give .txt, .html, .htm or .jsonl files",
        )
        return
    data = _read_bytes(file)
    if isinstance(data, InputProblem):
        yield data
        return
    yield from items_from_bytes(str(file), suffix, data, max_bytes)


def items_from_bytes(
    origin: str, suffix: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[InputItem | InputProblem]:
    """The articles in one file's bytes (also what a Spark executor calls on ``binaryFiles``)."""
    if not data.strip():
        yield InputProblem(origin, "empty file", "remove it or add the article text")
        return
    if suffix in JSONL_SUFFIXES:
        try:
            content, _ = decode_bytes(data)
        except NotText as exc:
            yield InputProblem(origin, str(exc), "JSON Lines must be UTF-8 text")
            return
        for number, line in enumerate(content.split("\n"), 1):
            if line.strip():
                yield item_from_json_line(f"{origin}:{number}", line, max_bytes)
        return
    if len(data) > max_bytes:
        yield InputProblem(
            origin,
            f"file too large for one article ({len(data) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB)",
            "split it into articles (one per file or one per JSON Lines row) or raise --max-bytes",
        )
        return
    try:
        text, _ = decode_bytes(data)
    except NotText as exc:
        yield InputProblem(origin, str(exc), "give the article as text, HTML or JSON Lines")
        return
    if suffix in HTML_SUFFIXES:
        yield InputItem(origin=origin, html=text)
    else:
        yield InputItem(origin=origin, text=text)


def item_from_json_line(
    origin: str, line: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> InputItem | InputProblem:
    """One JSON Lines row as an article (fields of the contract's input format)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(
            origin, f"malformed JSON ({exc.msg} at column {exc.colno})", "fix or remove the line"
        )
    if not isinstance(row, dict):
        return InputProblem(origin, "line is not a JSON object", "give one object per line")
    return item_from_mapping(origin, row, max_bytes)


def item_from_mapping(
    origin: str, row: dict, max_bytes: int = DEFAULT_MAX_BYTES
) -> InputItem | InputProblem:
    """An article from a mapping with the input fields (a JSON object or a Parquet row)."""
    text, html = row.get("text"), row.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputProblem(origin, "no 'text' or 'html' field", "add the article's text or HTML")
    if len((text or html or "").encode("utf-8")) > max_bytes:
        return InputProblem(origin, "article too large", "split it or raise --max-bytes")
    fields = {k: (str(row[k]) if row.get(k) is not None else None) for k in JSONL_FIELDS}
    return InputItem(
        origin=origin,
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        **fields,
    )
