"""Compile a language's time lexicon (tables, macros, rules) into regular expressions.

Everything language-specific lives in ``lexicons/<language>/time/``: word tables (each
declares the ``{macro}`` its words form), regex macros, and rule files whose patterns name
those macros. Patterns are matched on *folded* text (lower-cased, accents removed, curly
apostrophes straightened) which keeps the length of the original, so match offsets are
offsets into the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from faits.lexicons import LexiconError, lexicon_path, lexicon_root, load_yaml
from faits.time.anchors import anchors_of, has_prefix, line_anchors_of

TIME_DIR = "time"
RULES_DIR = "time/rules"
MONTHS_FILE = "months.yaml"
MONTH_MACRO = "month"
TABLE_FILES = (
    "weekdays.yaml",
    "numbers.yaml",
    "ordinals.yaml",
    "units.yaml",
    "directions.yaml",
    "demonstratives.yaml",
    "relative_days.yaml",
    "parts_of_day.yaml",
    "modifiers.yaml",
    "hedges.yaml",
    "seasons.yaml",
)
RULE_FILES = (
    "dates.yaml",
    "relative.yaml",
    "weekdays.yaml",
    "clock.yaml",
    "durations.yaml",
    "sets.yaml",
    "references.yaml",
)
_MACRO = re.compile(r"\{([a-z_0-9]+)\}")
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"}


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _APOSTROPHES.items()}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))
        if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
            table[code] = base[0].lower()
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_FOLD)


def fold_pattern(pattern: str) -> str:
    """Accent-free pattern; case is kept because regex syntax (``(?P<...>``) needs it."""
    return pattern.translate(_FOLD)


@dataclass(frozen=True)
class Entry:
    """One table entry: its value and where it comes from (``fr/time/weekdays.yaml#lundi``)."""

    value: Any
    source: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """A compiled rule: the regex, what it yields and how its groups are resolved."""

    id: str
    source: str
    regex: re.Pattern[str]
    type: str
    resolve: str
    order: int
    params: dict[str, Any]
    fixed: dict[str, str]
    anchors: tuple[str, ...] = ()
    line_anchors: tuple[str, ...] = ()
    # ``regex`` without its opening look-behind (a word starts here), when the engine can
    # then skip ahead to the pattern's first characters; see ``tagger._matches``.
    scan: re.Pattern[str] | None = None

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` holds none of the strings every match contains."""
        return not self.anchors or any(anchor in folded for anchor in self.anchors)


@dataclass(frozen=True)
class TenseCues:
    """What tells past from future in a verb group (see ``time/tense.yaml``)."""

    past_auxiliaries: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_endings: tuple[str, ...]
    conditional_endings: tuple[str, ...]
    regular_stems: dict[str, str]
    irregular_stems: dict[str, str]


@dataclass(frozen=True)
class TimeLexicon:
    language: str
    tables: dict[str, dict[str, Entry]]
    rules: tuple[Rule, ...]
    tense: TenseCues

    def lookup(self, table: str, text: str) -> Entry | None:
        return self.tables.get(table, {}).get(" ".join(fold(text).split()))


def _words_regex(words: list[str]) -> str:
    folded = sorted({" ".join(fold(w).split()) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in folded) + ")"


def _load_tables(language: str) -> dict[str, dict[str, Entry]]:
    tables: dict[str, dict[str, Entry]] = {}
    months = load_yaml(language, MONTHS_FILE) or {}
    tables[MONTH_MACRO] = {
        fold(word): Entry(int(number), f"{language}/{MONTHS_FILE}#{word}")
        for word, number in months.items()
    }
    for name in TABLE_FILES:
        data = load_yaml(language, f"{TIME_DIR}/{name}")
        macro = data["macro"]
        table = tables.setdefault(macro, {})
        for entry in data["entries"]:
            extra = {k: v for k, v in entry.items() if k not in ("id", "words", "value", "plural")}
            source = f"{language}/{TIME_DIR}/{name}#{entry['id']}"
            for word in entry["words"]:
                table[" ".join(fold(str(word)).split())] = Entry(entry["value"], source, extra)
            if "plural" in entry:
                plurals = tables.setdefault(f"{macro}_plural", {})
                for word in entry["plural"]:
                    plurals[" ".join(fold(str(word)).split())] = Entry(
                        entry["value"], source, extra
                    )
    return tables


def _expand(pattern: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise LexiconError(f"{where}: macros nest too deeply")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise LexiconError(f"{where}: unknown macro {{{name}}}")
        return _expand(macros[name], macros, where, depth + 1)

    return _MACRO.sub(replace, pattern)


# What a match may not follow or be followed by: it is made of whole words.
WORD_START = r"(?<![\w-])"


def _bounded(pattern: str) -> str:
    """Whole words only; " " in a pattern stands for whitespace, " ?" for optional whitespace."""
    spaced = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    return WORD_START + r"(?:" + spaced + r")(?![\w-])"


def _scan(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` without its opening ``WORD_START``, if the engine can search that faster."""
    body = regex.pattern[len(WORD_START) :]
    return re.compile(body) if has_prefix(body) else None


def _compile_rule(
    language: str, name: str, spec: dict[str, Any], macros: dict[str, str], order: int
) -> Rule:
    source = f"{language}/{RULES_DIR}/{name}#{spec['id']}"
    fixed: dict[str, str] = {}
    if "words" in spec:
        fixed = {" ".join(fold(w).split()): v for w, v in spec["words"].items()}
        exclusions = "".join(
            f"(?<!{re.escape(fold(w))}\\x20)" for w in spec.get("exclude_after", [])
        )
        pattern = exclusions + _words_regex(list(spec["words"]))
    else:
        pattern = _expand(fold_pattern(spec["pattern"]), macros, source)
    try:
        regex = re.compile(_bounded(pattern))
    except re.error as exc:
        raise LexiconError(f"{source}: invalid pattern ({exc})") from exc
    params = {
        k: v
        for k, v in spec.items()
        if k not in ("id", "pattern", "words", "type", "resolve", "examples", "exclude_after")
    }
    return Rule(
        spec["id"],
        source,
        regex,
        spec["type"],
        spec["resolve"],
        order,
        params,
        fixed,
        anchors_of(regex.pattern),
        line_anchors_of(regex.pattern),
        _scan(regex),
    )


def _load_tense(language: str) -> TenseCues:
    by_kind: dict[str, dict[str, Any]] = {}
    for entry in load_yaml(language, f"{TIME_DIR}/tense.yaml")["entries"]:
        by_kind[entry["kind"]] = entry
    return TenseCues(
        past_auxiliaries=frozenset(by_kind["past_auxiliary"]["lemmas"]),
        future_auxiliaries=frozenset(by_kind["future_auxiliary"]["lemmas"]),
        future_endings=tuple(by_kind["future_endings"]["endings"]),
        conditional_endings=tuple(by_kind["conditional_endings"]["endings"]),
        regular_stems=dict(by_kind["regular_stems"]["stems"]),
        irregular_stems=dict(by_kind["irregular_stems"]["stems"]),
    )


def load_time_lexicon(language: str) -> TimeLexicon:
    """Read and compile every time file of ``language`` (once per process and lexicon folder)."""
    return _compiled_time_lexicon(lexicon_root(), language)


@cache
def _compiled_time_lexicon(root: Path, language: str) -> TimeLexicon:
    if not lexicon_path(language, TIME_DIR).is_dir():
        raise LexiconError(f"{lexicon_path(language, TIME_DIR)}: no time lexicon")
    tables = _load_tables(language)
    macros = {name: _words_regex(list(table)) for name, table in tables.items()}
    for entry in load_yaml(language, f"{TIME_DIR}/macros.yaml")["entries"]:
        macros[entry["id"]] = fold_pattern(entry["regex"])
    rules: list[Rule] = []
    for name in RULE_FILES:
        for spec in load_yaml(language, f"{RULES_DIR}/{name}")["rules"]:
            rules.append(_compile_rule(language, name, spec, macros, len(rules)))
    return TimeLexicon(language, tables, tuple(rules), _load_tense(language))


def rule_examples(language: str) -> list[tuple[str, dict[str, Any]]]:
    """Every rule example as ``(rule source, example)``, for the tests."""
    examples: list[tuple[str, dict[str, Any]]] = []
    for name in RULE_FILES:
        for spec in load_yaml(language, f"{RULES_DIR}/{name}")["rules"]:
            source = f"{language}/{RULES_DIR}/{name}#{spec['id']}"
            examples.extend((source, example) for example in spec.get("examples", []))
    return examples


def table_examples(language: str) -> list[tuple[str, list[str], str]]:
    """Every table entry as ``(source, words, example sentence)``, for the tests."""
    found: list[tuple[str, list[str], str]] = []
    for name in (*TABLE_FILES, "macros.yaml", "tense.yaml"):
        data = load_yaml(language, f"{TIME_DIR}/{name}")
        for entry in data["entries"]:
            source = f"{language}/{TIME_DIR}/{name}#{entry['id']}"
            words = [str(w) for w in (*entry.get("words", []), *entry.get("plural", []))]
            found.extend((source, words, example) for example in entry["examples"])
    return found
