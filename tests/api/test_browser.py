"""End to end in headless Chromium: filter, open an event, see its sentence; charts render.

Skipped, with the reason, when Chromium or Playwright is missing
(``scripts/install_browser_test_deps.sh`` installs both).
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def open_view(page, hash_: str) -> None:
    page.goto(f"{page.base}/{hash_}")
    page.wait_for_selector("body[data-ready]")


def test_filter_the_table_then_open_the_meeting(page):
    open_view(page, "#/events")
    assert page.locator("#events-table tbody tr").count() == 14
    page.fill("input[name=dyad]", "RUS-PRK")
    page.click("#filters button[type=submit]")
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^3 "))
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 3
    meeting = page.locator("tr[data-event='moscou-2017-09-29-e0']")
    assert "Moscou (RUS)" in meeting.inner_text()
    meeting.locator("a.event-link").click()
    page.wait_for_selector("#event-sentence")
    sentence = page.locator("#event-sentence")
    assert sentence.locator("mark.hl-source").first.inner_text() == "Oleg Burmistrov"
    assert sentence.locator("mark.hl-target").first.inner_text() == "Choe Son-hui"
    assert sentence.locator("mark.hl-trigger").first.inner_text() == "a rencontré"
    assert sentence.locator("mark.hl-time").first.inner_text() == "vendredi"
    assert sentence.locator("mark.hl-place").first.inner_text() == "Moscou"
    assert page.locator("#event-rule").inner_text() == "fr/events/04.yaml#rencontrer"
    page.click("#to-timeline")
    page.wait_for_selector("#timeline-chart")
    assert page.locator("#timeline-chart rect.bar[data-period='2017-09-01']").count() == 1


def test_event_page_shows_its_quote(page):
    open_view(page, "#/event/moscou-2017-09-29-e3")
    page.wait_for_selector("#event-quote")
    assert "Nous voulons une solution pacifique" in page.locator("#event-quote").inner_text()


def test_timeline_has_stacked_bars_and_a_goldstein_line(page):
    open_view(page, "#/timeline?dyad=JPN-PRK&interval=day")
    chart = page.locator("#timeline-chart")
    assert chart.locator("rect.bar.q4").count() == 1
    assert chart.locator("rect.bar.q3").count() == 1
    points = page.get_attribute("#goldstein-line", "points")
    assert len(points.split()) == 2
    assert chart.locator("circle.goldstein-dot").count() == 2
    box = chart.bounding_box()
    assert box["width"] > 600 and box["height"] > 200
    chart.locator("rect.bar.q4").click()
    page.wait_for_selector("#events-table")
    assert page.locator("#events-table tbody tr").count() == 1
    assert page.locator("input[name=since]").input_value() == "2018-01-14"


def test_network_draws_actors_and_edges(page):
    open_view(page, "#/network")
    chart = page.locator("#network-chart")
    labels = chart.locator(".node text").all_text_contents()
    assert {"RUS", "PRK", "USA", "CHN", "JPN"} <= set(labels)
    assert chart.locator("line.edge").count() >= 5
    for circle in chart.locator(".node circle").all():
        box = circle.bounding_box()
        assert box is not None and box["width"] > 5


def test_map_puts_moscow_on_the_basemap(page):
    open_view(page, "#/map")
    chart = page.locator("#map-chart")
    assert chart.locator("path.country").count() > 150
    moscow = chart.locator("a.place[data-place='Moscou'] circle")
    assert float(moscow.get_attribute("cx")) == pytest.approx(37.6 + 180, abs=0.1)
    assert float(moscow.get_attribute("cy")) == pytest.approx(90 - 55.75, abs=0.1)
    russia = chart.locator("path.country", has=page.locator("title", has_text="Russia"))
    assert russia.count() == 1
    moscow.click()
    page.wait_for_selector("#events-table")
    assert page.locator("#events-table tbody tr").count() == 3


def test_article_reader_marks_spans_and_toggles_them(page):
    open_view(page, "#/article/moscou-2017-09-29")
    text = page.locator("#article-text")
    assert "Oleg Burmistrov" in text.locator("mark.hl-actor").all_inner_texts()
    assert text.locator("mark.hl-quote").count() == 1
    before = text.locator("mark.hl-place").count()
    assert before >= 2
    page.locator("label.hl-place input").uncheck()
    assert text.locator("mark.hl-place").count() == 0


def test_english_switch_translates_labels(page):
    open_view(page, "#/event/moscou-2017-09-29-e0")
    assert page.locator("nav a[data-view=events]").inner_text() == "Événements"
    french = page.locator("h1").inner_text()
    page.click("#lang")
    expect(page.locator("nav a[data-view=events]")).to_have_text("Events")
    expect(page.locator("h1")).not_to_have_text(french)
    english = page.locator("h1").inner_text()
    assert french != english
    assert "consult" in english.lower()


def test_map_and_network_follow_their_filters(page):
    open_view(page, "#/map")
    page.select_option("#map-form select[name=quad_class]", "3")
    page.click("#map-form button[type=submit]")
    expect(page.locator("#map-chart a.place")).to_have_count(1)
    assert page.locator("#map-chart a.place").get_attribute("data-place") == "Tokyo"
    open_view(page, "#/network?quad_class=4")
    expect(page.locator("#network-chart .node")).to_have_count(2)
    labels = set(page.locator("#network-chart .node text").all_text_contents())
    assert labels == {"PRK", "JPN"}
