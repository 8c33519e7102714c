"""p95 latency of the filtered events and dyads endpoints on a database of 100,000 events.

Builds a database (the hand-coded sample of tests/api plus generated events over ten years,
16 actors, 19 CAMEO codes, 6 places), serves it with uvicorn on localhost exactly as
``faits serve`` does, and times real HTTP requests: each query is run ``--repeat`` times
after one warm-up call. Run from the repository root:

    .venv/bin/python benchmarks/api_latency.py --events 100000 --repeat 30

With ``--page docs/benchmarks.md`` the figures replace the API section of that page.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faits.api import create_app  # noqa: E402
from tests.api.synthetic import add_bulk_events, build_sample  # noqa: E402

BEGIN, END = "<!-- api:begin -->", "<!-- api:end -->"
QUERIES = {
    "events": [
        "/api/events",
        "/api/events?dyad=RUS-PRK",
        "/api/events?actor=USA&since=2019-01-01&until=2019-12-31",
        "/api/events?quad_class=4&country=RUS",
        "/api/events?root=04&modality=asserted&sort=goldstein",
        "/api/events?cameo=19&place=Pyong",
        "/api/events?q=réunion numéro 4242",
        "/api/events?dyad=USA-CHN&page=20&page_size=100",
    ],
    "dyads": [
        "/api/dyads",
        "/api/dyads?since=2020-01-01&quad_class=1",
        "/api/dyads/timeline?dyad=RUS-PRK&interval=month",
        "/api/dyads/timeline?dyad=USA-CHN&interval=week",
        "/api/dyads/timeline?dyad=JPN-KOR&interval=day",
        "/api/dyads/timeline?interval=month&quad_class=3",
    ],
}


def serve(path: Path) -> tuple[uvicorn.Server, threading.Thread, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def summary(timings: list[float]) -> dict[str, float]:
    return {
        "requests": len(timings),
        "p50": statistics.median(timings),
        "p95": p95(timings),
        "max": max(timings),
    }


def measure(base: str, repeat: int) -> tuple[dict[str, dict], dict[str, dict]]:
    """Summaries per endpoint group and per query, in milliseconds."""
    groups: dict[str, dict[str, float]] = {}
    queries: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        for group, paths in QUERIES.items():
            everything: list[float] = []
            for path in paths:
                client.get(path).raise_for_status()
                timings = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    client.get(path).raise_for_status()
                    timings.append((time.perf_counter() - started) * 1000)
                queries[path] = summary(timings)
                everything += timings
            groups[group] = summary(everything)
    return groups, queries


def _rows(results: dict[str, dict[str, float]], code: bool = False) -> str:
    return "\n".join(
        f"| {f'`{name}`' if code else name} | {r['requests']} | {r['p50']:.1f} | "
        f"{r['p95']:.1f} | {r['max']:.1f} |"
        for name, r in results.items()
    )


def section(
    groups: dict, queries: dict, events: int, repeat: int, build: float, load: float
) -> str:
    head = "| {} | requests | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|"
    return f"""{BEGIN}
## API

Latency of `faits serve` over HTTP on localhost, on a generated database of {events:,} events
(built in {build:.0f} s), {repeat} timed requests per query after one warm-up, one client at a
time; {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs shared
with other work (load average {load:.1f} at the end of the run). Target: p95 < 200 ms.
Reproduce:

    .venv/bin/python benchmarks/api_latency.py --events {events} --repeat {repeat} --page docs/benchmarks.md

{head.format("endpoints")}
{_rows(groups)}

Per query:

{head.format("query")}
{_rows(queries, code=True)}

The slowest two are, by construction, the sentence text search (`q`: a case-insensitive
regular-expression scan of every stored sentence) and the unfiltered top dyads (a grouping
of every event by pair, CAMEO root and day); every other query filters on indexed or
narrow columns. All figures rise and fall with the machine's load.
{END}"""


def replace_section(page: Path, text: str) -> None:
    current = page.read_text(encoding="utf-8") if page.exists() else "# Benchmarks\n"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        updated = head + text + tail
    else:
        updated = current.rstrip("\n") + "\n\n" + text + "\n"
    page.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--page", type=Path, help="Write the API section of this page.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        build_sample(path)
        add_bulk_events(path, args.events)
        build = time.perf_counter() - started
        server, thread, base = serve(path)
        try:
            groups, queries = measure(base, args.repeat)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    for group, r in groups.items():
        print(
            f"{group}: {r['requests']} requests, p50 {r['p50']:.1f} ms, "
            f"p95 {r['p95']:.1f} ms, max {r['max']:.1f} ms"
        )
    text = section(groups, queries, args.events, args.repeat, build, os.getloadavg()[0])
    if args.page:
        replace_section(args.page, text)
        print(f"wrote the API section of {args.page}")


if __name__ == "__main__":
    main()
