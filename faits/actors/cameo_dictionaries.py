"""Read TABARI/PETRARCH actor and agent dictionaries so users can bring their own.

The format (``.actors.txt``): a line ``NAME_WITH_UNDERSCORES [CODE]`` starts an entry;
``+SYNONYM`` lines add names to it; code blocks may stand on their own lines and carry date
restrictions: ``[HOBGOV 19950601 - 19990815]``, ``[HOB < 950601]``, ``[HOBREB > 990816]``.
``#`` starts a comment, ``<!-- ... -->`` lines are comments. Agents (``.agents.txt``):
``NAME {PLURAL} [~GOV]`` for a role suffix or ``[NGO~]`` for a prefix; ``!NAME! = A, B``
defines substitution sets, which we expand.

Entries become :class:`faits.actors.lexicon.Entry` objects that ``ActorModel.load`` merges
into its phrase index; their ``rule`` names the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from faits.actors.lexicon import DatedCode, Entry

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
RANGE = re.compile(r"^\s*(\S+)\s*(?:(\d{6,8})\s*-\s*(\d{6,8})|([<>])\s*(\d{6,8}))?\s*$")
SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def parse_date(value: str) -> date:
    """``YYYYMMDD`` or TABARI's ``YYMMDD`` (years 00–29 are 20xx, the rest 19xx)."""
    if len(value) == 6:
        year = int(value[:2])
        value = f"{2000 + year if year < 30 else 1900 + year}{value[2:]}"
    return date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def parse_code(block: str) -> DatedCode | None:
    """One ``[...]`` block; ``None`` for blocks that are not a code (bad or empty)."""
    match = RANGE.match(block)
    if not match:
        return None
    code, start, end, sign, bound = match.groups()
    if not re.fullmatch(r"[A-Za-z~+\-]{3,}", code) or code.strip("-+~") == "":
        return None
    code = code.upper()
    try:
        if start:
            return DatedCode(code, parse_date(start), parse_date(end))
        if sign == "<":
            return DatedCode(code, None, parse_date(bound))
        if sign == ">":
            return DatedCode(code, parse_date(bound), None)
    except ValueError:
        return None
    return DatedCode(code)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _surface(name: str) -> str:
    return name.strip().strip("_").replace("_", " ")


def read_actors(path: Path) -> Iterator[tuple[str, Entry]]:
    """(surface name, entry) pairs of a ``.actors.txt`` file."""
    names: list[str] = []
    codes: list[DatedCode] = []
    first_line = 0

    def flush() -> Iterator[tuple[str, Entry]]:
        undated = [c for c in codes if c.start is None and c.end is None]
        dated = tuple(c for c in codes if c.start is not None or c.end is not None)
        if not names or not codes:
            return
        default = undated[-1].code if undated else None
        main = names[0]
        # A bare three-letter code is a state: roles compose with it ("les dirigeants de X").
        kind = "country" if len(default or "") == 3 and not dated else "organisation"
        entry = Entry(
            id=main,
            kind=kind,
            rule=f"{path.name}:{first_line}#{main}",
            name=main.title(),
            code=default,
            country=(default or dated[0].code)[:3],
            dated=dated,
        )
        for name in names:
            yield name, entry

    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        stripped = raw.strip()
        if stripped.startswith("<!") or stripped.startswith("<") and stripped.endswith(">"):
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        blocks = [parse_code(b) for b in CODE_BLOCK.findall(line)]
        text = CODE_BLOCK.sub(" ", line).strip()
        if text.startswith("+"):
            names.append(_surface(text[1:]))
        elif text and not raw[:1].isspace():
            yield from flush()
            names, codes, first_line = [_surface(text)], [], number
        codes.extend(b for b in blocks if b is not None)
    yield from flush()


def read_agents(path: Path) -> Iterator[tuple[str, Entry]]:
    """(surface name, entry) pairs of an ``.agents.txt`` file: ``~XXX`` suffixes become role
    agents; ``XXX~`` prefixes become organisation codes."""
    substitutions: dict[str, list[str]] = {}
    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        sub = SUBSTITUTION.match(line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        blocks = CODE_BLOCK.findall(line)
        if not blocks:
            continue
        code = blocks[0].replace(" ", "").upper()
        head = CODE_BLOCK.sub(" ", line)
        plurals = re.findall(r"\{([^}]*)\}", head)
        name = re.sub(r"\{[^}]*\}", " ", head).strip()
        if not name or "~" not in code:
            continue
        surfaces = [name, *[p for p in plurals if p.strip()]]
        expanded: list[str] = []
        for surface in surfaces:
            expanded.extend(_expand(surface, substitutions))
        rule = f"{path.name}:{number}#{name}"
        if code.startswith("~"):
            entry = Entry(
                id=name, kind="role", rule=rule, name=_surface(name).lower(), agent=code[1:]
            )
        else:
            entry = Entry(
                id=name,
                kind="organisation",
                rule=rule,
                name=_surface(name).lower(),
                code=code.rstrip("~"),
            )
        for surface in expanded:
            yield _surface(surface), entry


def _expand(surface: str, substitutions: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", surface)
    if not match or match.group(1) not in substitutions:
        return [surface.replace("!", "")]
    out: list[str] = []
    for word in substitutions[match.group(1)]:
        out.extend(_expand(surface[: match.start()] + word + surface[match.end() :], substitutions))
    return out


def read_dictionary(path: Path) -> list[tuple[str, Entry]]:
    """Either kind of dictionary, told apart by the file name (``agents`` in it or not)."""
    if "agent" in path.name.lower():
        return list(read_agents(path))
    return list(read_actors(path))
