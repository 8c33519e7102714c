"""An event takes the date of its own clause, else of its sentence, else of publication."""

from __future__ import annotations

from faits.time import EventDate, date_for_event


def _token(parsed, word: str) -> int:
    return next(t.i for t in parsed.doc if t.text == word)


def _date(parse_fr, time_model, text, published, trigger):
    from faits.time import tag_times

    parsed = parse_fr(text, published)
    return date_for_event(parsed, _token(parsed, trigger), tag_times(parsed, time_model))


def test_expression_of_the_trigger_clause_wins(parse_fr, time_model):
    text = (
        "Donald Trump a annoncé le 8 février que sa deuxième réunion avec Kim Jong Un "
        "aurait lieu à Hanoï les 27 et 28 février."
    )
    assert _date(parse_fr, time_model, text, "2019-02-19", "annoncé") == EventDate(
        "2019-02-08", "day", "le 8 février", "text"
    )


def test_weekday_of_the_clause(parse_fr, time_model):
    text = "Les diplomates se sont rencontrés vendredi à Moscou."
    assert _date(parse_fr, time_model, text, "2017-09-29", "rencontrés") == EventDate(
        "2017-09-29", "day", "vendredi", "text"
    )


def test_each_clause_keeps_its_own_date(parse_fr, time_model):
    text = "Le ministre a déclaré lundi que la délégation partirait jeudi pour Pékin."
    assert _date(parse_fr, time_model, text, "2019-02-19", "déclaré").date == "2019-02-18"
    assert _date(parse_fr, time_model, text, "2019-02-19", "partirait").date == "2019-02-21"


def test_month_and_week_precision(parse_fr, time_model):
    text = "Le secrétaire d'État a rencontré son homologue la semaine dernière."
    found = _date(parse_fr, time_model, text, "2019-02-19", "rencontré")
    assert (found.date, found.date_precision, found.date_text) == (
        "2019-02-11",
        "week",
        "la semaine dernière",
    )
    text = "L'envoyé spécial a indiqué le mois dernier que les négociations avançaient."
    found = _date(parse_fr, time_model, text, "2019-02-19", "indiqué")
    assert (found.date, found.date_precision) == ("2019-01", "month")


def test_durations_do_not_date_events(parse_fr, time_model):
    text = "Les négociations ont duré trois jours."
    found = _date(parse_fr, time_model, text, "2019-02-19", "duré")
    assert found == EventDate("2019-02-19", "day", None, "published")


def test_publication_date_when_the_sentence_has_no_time(parse_fr, time_model):
    text = "Le président a condamné l'attaque. Il a reçu lundi les ambassadeurs."
    found = _date(parse_fr, time_model, text, "2019-02-19", "condamné")
    assert found == EventDate("2019-02-19", "day", None, "published")


def test_nothing_without_publication_date(parse_fr, time_model):
    found = _date(parse_fr, time_model, "Le président a condamné l'attaque.", None, "condamné")
    assert found == EventDate(None, None, None, None)


def test_falls_back_to_a_date_of_the_sentence(parse_fr, time_model):
    text = "Le ministre, qui est arrivé lundi à Kiev, a condamné l'attaque."
    found = _date(parse_fr, time_model, text, "2019-02-19", "condamné")
    assert found == EventDate("2019-02-18", "day", "lundi", "text")


def test_clock_time_dates_by_its_day(parse_fr, time_model):
    text = "Les tirs ont commencé hier à 21 h 45 près de la frontière."
    found = _date(parse_fr, time_model, text, "2019-02-19", "commencé")
    assert (found.date, found.date_precision, found.date_source) == ("2019-02-18", "day", "text")
