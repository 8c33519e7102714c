"""Parses of gold texts kept on disk between evaluations (``--parse-cache DIR``).

Scoring a change to the lexicons or to the coding rules parses every gold text again,
although only the coding changed: on the development set the parse is two thirds of an
evaluation's time. With a cache folder, each text's parse is stored once in the store's own
format (``doc_to_bytes``, the bytes ``faits recode`` reads) and read back on the next run, so
re-scoring costs what recoding costs.

A parse is keyed by the text and by the parser's fingerprint: the spaCy model's name and
version, spaCy's version, the pipeline's components, the language's settings (its tokenizer
cases) and the source of ``faits.nlp``, which adds our sentence rules and verb repairs to the
model. Changing any of them, or the text,
never reads a stale parse; it parses again and stores under the new key. Files are written
under a temporary name and renamed, so runs sharing a folder never read half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import faits.nlp
from faits.lexicons import language_settings
from faits.nlp.parse import doc_from_bytes, doc_to_bytes, parse_texts

SUFFIX = ".parse"


def parser_fingerprint(nlp: Language) -> str:
    """What a parse depends on besides its text, as a short hex digest."""
    digest = hashlib.sha256()
    meta = nlp.meta
    for part in (meta.get("lang"), meta.get("name"), meta.get("version"), spacy.__version__):
        digest.update(f"{part}\n".encode())
    digest.update(",".join(nlp.pipe_names).encode())
    # the language's settings, which add tokenizer cases (``load_parser``)
    digest.update(json.dumps(language_settings(str(nlp.lang)), sort_keys=True).encode())
    source_folder = Path(faits.nlp.__file__).parent
    for source in sorted(source_folder.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """A folder of parses, one file per (parser fingerprint, text)."""

    def __init__(self, folder: Path, nlp: Language) -> None:
        self.folder = folder
        self.nlp = nlp
        self.fingerprint = parser_fingerprint(nlp)
        folder.mkdir(parents=True, exist_ok=True)

    def path(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.fingerprint}\n{text}".encode()).hexdigest()
        return self.folder / f"{key[:40]}{SUFFIX}"

    def read(self, text: str) -> Doc | None:
        try:
            data = self.path(text).read_bytes()
        except FileNotFoundError:
            return None
        doc = doc_from_bytes(self.nlp, data)
        return doc if doc.text == text else None

    def write(self, text: str, doc: Doc) -> None:
        target = self.path(text)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(doc_to_bytes(doc, text))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Each text's parse, from the folder when there, else parsed (in one batch) and stored."""
        texts = list(texts)
        found = [self.read(text) for text in texts]
        missing = [text for text, doc in zip(texts, found, strict=True) if doc is None]
        parsed = iter(parse_texts(self.nlp, missing))
        for text, doc in zip(texts, found, strict=True):
            if doc is None:
                doc = next(parsed)
                self.write(text, doc)
                # the stored bytes, not the live doc: a cached run and a fresh one code the same
                doc = doc_from_bytes(self.nlp, doc_to_bytes(doc, text))
            yield doc
