"""Screenshots of every view of ``faits serve`` for the README, taken in headless Chromium.

Serves DATABASE in this process, finds the Russian–North Korean meeting (the event whose
sentence names Oleg Burmistrov) through the API, and writes one PNG per view into
docs/img/. Needs Debian's chromium and Playwright (scripts/install_browser_test_deps.sh):

    .venv/bin/faits ingest ../shared/samples/seeds/ samples/ --db /tmp/serve.duckdb
    .venv/bin/python scripts/serve_screenshots.py /tmp/serve.duckdb
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from playwright.sync_api import sync_playwright

from faits.api import create_app

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


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


def views(base: str, dyad: str) -> dict[str, str]:
    """File name -> page, with the meeting's event and article when the database has them."""
    found = httpx.get(f"{base}/api/events", params={"dyad": dyad, "q": "Burmistrov"}).json()
    meeting = found["items"][0] if found["items"] else None
    pages = {
        "serve-events": f"#/events?dyad={dyad}",
        "serve-timeline": f"#/timeline?dyad={dyad}&interval=month",
        "serve-network": "#/network",
        "serve-map": "#/map",
    }
    if meeting:
        pages["serve-event"] = f"#/event/{meeting['event_id']}"
        pages["serve-article"] = f"#/article/{meeting['article_id']}?event={meeting['event_id']}"
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--dyad", default="RUS-PRK")
    parser.add_argument("--since", help="First date shown on the timeline (YYYY-MM-DD).")
    parser.add_argument("--until", help="Last date shown on the timeline (YYYY-MM-DD).")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    server, thread, base = serve(args.database)
    try:
        pages = views(base, args.dyad)
        for key in ("since", "until"):
            if getattr(args, key):
                pages["serve-timeline"] += f"&{key}={getattr(args, key)}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="fr-FR")
            for name, target in pages.items():
                page.goto(f"{base}/{target}")
                page.wait_for_selector("body[data-ready]")
                whole = name in ("serve-timeline", "serve-network", "serve-map")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=whole)
                print(f"wrote {OUT / name}.png")
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=30)


if __name__ == "__main__":
    main()
