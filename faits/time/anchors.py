"""Literal strings a rule's match must contain, to skip rules that cannot match a text.

Scanning the folded text with every rule costs a pass of the regex engine per rule, and a
pattern opening on a look-behind gets none of the engine's prefix shortcuts. Most rules
cannot match most texts: "{month} {year}" needs a month name. Reading the parsed pattern
gives, for each rule, a set of strings one of which every match contains; a text holding
none of them is not scanned. This is only a necessary condition, so the matches found are
exactly those of the full scan.
"""

from __future__ import annotations

import importlib
from typing import Any

# The standard library's own pattern parser (private modules, hence imported by name).
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")
sre_compiler: Any = importlib.import_module("re._compiler")

_LITERAL = sre_constants.LITERAL
_IN = sre_constants.IN
_RANGE = sre_constants.RANGE
_BRANCH = sre_constants.BRANCH
_SUBPATTERN = sre_constants.SUBPATTERN
_REPEATS = frozenset(
    op
    for op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
# A set with a string shorter than this filters nothing worth a test on a whole text.
MIN_ANCHOR = 2
# A character class this small ("[0-9]") is a requirement worth testing on a line.
MAX_CLASS = 10


def required_strings(pattern: str, classes: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or ``None`` if unknown.

    With ``classes``, a small character class counts as the set of its characters: the
    numeric date rules then require a digit.
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & sre_constants.SRE_FLAG_IGNORECASE:
        return None
    return _sequence(parsed.data, classes)


def _sequence(items: list[tuple[Any, Any]], classes: bool = False) -> frozenset[str] | None:
    """The best requirement of a sequence: a run of literals, or one of its parts'."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _class(av) if classes and op is _IN else _item(op, av, classes)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a class made of literals and ranges only, if it is small."""
    chars: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            chars.add(chr(av))
        elif op is _RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= MAX_CLASS else None


def _item(op: Any, av: Any, classes: bool = False) -> frozenset[str] | None:
    if op is _SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None
        return _sequence(inner.data, classes)
    if op is _ATOMIC:
        return _sequence(av.data, classes)
    if op in _REPEATS:
        low, _high, inner = av
        return _sequence(inner.data, classes) if low >= 1 else None
    if op is _BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(alternative.data, classes)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    return None


def anchors_of(pattern: str) -> tuple[str, ...]:
    """The strings to look for before scanning with ``pattern``; empty means always scan."""
    strings = required_strings(pattern)
    if not strings or min(map(len, strings)) < MIN_ANCHOR:
        return ()
    return tuple(sorted(strings))


def line_anchors_of(pattern: str) -> tuple[str, ...]:
    """The strings (single characters of a small class included) a line must hold one of for
    ``pattern`` to match in it, none holding another; empty means every line."""
    strings = required_strings(pattern, classes=True)
    if not strings:
        return ()
    # A line holding "avril" holds "avr": the shortest strings are the only ones to look for.
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


def has_prefix(pattern: str) -> bool:
    """Does the regex engine skip ahead to where ``pattern`` may start (a literal prefix or a
    set of first characters it searches for) and never match the empty string?

    A pattern opening on a look-behind gets no such shortcut: the engine runs it at every
    position of the text. False when unsure (the private helpers of another Python).
    """
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.getwidth()[0] == 0:
            return False
        prefix = sre_compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
        return bool(prefix) or bool(sre_compiler._get_charset_prefix(parsed, parsed.state.flags))
    except (AttributeError, TypeError, ValueError, IndexError):
        return False
