"""Weekdays and implicit years follow the clause's tense; the calendar arithmetic behind them."""

from __future__ import annotations

from datetime import date

import pytest

from faits.time import calendar as cal

TUESDAY = "2019-02-19"


def _value(found, text):
    return next(t.value for t in found if t.text == text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Le ministre a rencontré jeudi son homologue russe.", "2019-02-14"),
        ("Le ministre rencontrera jeudi son homologue russe.", "2019-02-21"),
        ("Le ministre rencontrerait jeudi son homologue russe, selon la presse.", "2019-02-21"),
        ("Le ministre va rencontrer jeudi son homologue russe.", "2019-02-21"),
        ("Le ministre aura rencontré jeudi son homologue russe.", "2019-02-21"),
        ("Le ministre rencontrait jeudi son homologue russe.", "2019-02-14"),
        ("Le ministre avait rencontré jeudi son homologue russe.", "2019-02-14"),
        ("Le texte a été adopté mardi par les députés.", "2019-02-19"),
    ],
)
def test_weekday_follows_tense(tag_fr, sentence, value):
    assert _value(tag_fr(sentence, TUESDAY), "jeudi" if "jeudi" in sentence else "mardi") == value


def test_weekday_in_present_is_the_nearest(tag_fr):
    found = tag_fr("Le président se rend mercredi à Berlin.", TUESDAY)
    assert _value(found, "mercredi") == "2019-02-20"


def test_explicit_direction_beats_tense(tag_fr):
    found = tag_fr("Il se rendra à Berlin lundi prochain.", TUESDAY)
    assert _value(found, "lundi prochain") == "2019-02-25"


def test_past_clause_moves_a_far_future_day_to_last_year(tag_fr):
    found = tag_fr("Les troupes sont entrées dans la ville le 20 décembre.", TUESDAY)
    assert _value(found, "le 20 décembre") == "2018-12-20"


def test_future_clause_moves_a_far_past_day_to_next_year(tag_fr):
    found = tag_fr("Les élections se tiendront le 10 janvier.", "2019-11-20")
    assert _value(found, "le 10 janvier") == "2020-01-10"


def test_no_publication_date_leaves_year_unknown(tag_fr):
    found = tag_fr("Le traité a été signé le 8 février.", None)
    assert _value(found, "le 8 février") == "XXXX-02-08"


def test_weekday_date_rules():
    tuesday = date(2019, 2, 19)
    assert cal.weekday_date(2, tuesday, "past", None) == tuesday
    assert cal.weekday_date(1, tuesday, "past", None) == date(2019, 2, 18)
    assert cal.weekday_date(1, tuesday, "future", None) == date(2019, 2, 25)
    assert cal.weekday_date(2, tuesday, None, -1) == date(2019, 2, 12)
    assert cal.weekday_date(7, tuesday, None, 0) == date(2019, 2, 24)


def test_shift_units():
    anchor = date(2019, 1, 31)
    assert cal.shift(anchor, "M", -1) == ("2018-12", "month")
    assert cal.shift(anchor, "W", 3) == ("2019-W08", "week")
    assert cal.shift(anchor, "Y", 1) == ("2020", "year")
    assert cal.shift(anchor, "D", -2) == ("2019-01-29", "day")
    assert cal.shift(anchor, "DE", 0) == ("201", "decade")


def test_value_date_reads_every_calendar_value():
    assert cal.value_date("2019-02-18T21:45") == (date(2019, 2, 18), "day")
    assert cal.value_date("2019-W07") == (date(2019, 2, 11), "week")
    assert cal.value_date("2019-02") == (date(2019, 2, 1), "month")
    assert cal.value_date("2019") == (date(2019, 1, 1), "year")
    assert cal.value_date("P3D") is None
    assert cal.value_date("PRESENT_REF") is None


def test_durations():
    assert cal.duration_value("3", "D") == "P3D"
    assert cal.duration_value("30.4", "S") == "PT30.4S"
    assert cal.duration_value("15", "MIN") == "PT15M"
    assert cal.duration_value("X", "M") == "PXM"
