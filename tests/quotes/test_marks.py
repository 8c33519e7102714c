"""Pairing quotation marks, including the broken marks of reposted web text."""

from __future__ import annotations

import pytest

from faits.quotes import QuoteModel


@pytest.fixture(scope="module")
def marks():
    return QuoteModel.load("fr").marks


def inner(text: str, marks) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in marks.find(text)]


def test_guillemets_pair(marks):
    text = "« Nous ne céderons pas », a affirmé le ministre."
    assert inner(text, marks) == ["Nous ne céderons pas"]


def test_opening_guillemet_used_to_close(marks):
    text = "« La diplomatie est notre approche. Nous en serions enchantés « , a-t-elle déclaré."
    assert inner(text, marks) == ["La diplomatie est notre approche. Nous en serions enchantés"]


def test_closing_mark_without_opening_starts_at_paragraph(marks):
    text = "Intro.\nLes fonctionnaires ont échangé des vues « , a déclaré le ministère."
    spans = marks.find(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "Les fonctionnaires ont échangé des vues"
    ]
    assert spans[0].open_at is None


def test_unclosed_quote_runs_to_paragraph_end_only(marks):
    text = "« Premier paragraphe sans fin\nSecond paragraphe."
    assert inner(text, marks) == ["Premier paragraphe sans fin"]


def test_straight_and_curly_quotes(marks):
    text = 'Il a dit "Rien ne change" puis “Tout est possible”, selon lui.'
    assert inner(text, marks) == ["Rien ne change", "Tout est possible"]


def test_inner_quotes_of_another_family_stay_inside(marks):
    text = "« Il m'a dit “jamais” et il est parti », raconte-t-elle."
    assert inner(text, marks) == ["Il m'a dit “jamais” et il est parti"]
