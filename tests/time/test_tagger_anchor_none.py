"""An article without a publication date: relative expressions stay unvalued."""


def test_undated_article_does_not_anchor_on_today(code_fr):
    coded = code_fr("Le ministre a rencontré vendredi son homologue. Il partira jeudi à Paris.")
    times = [m for m in coded.mentions if m.kind == "time"]
    assert [m.text for m in times] == ["vendredi", "jeudi"]
    assert all(m.resolved is None for m in times)
    assert all(e.date is None for e in coded.events)


def test_undated_article_keeps_absolute_dates(code_fr):
    coded = code_fr("Le sommet s'est tenu le 3 mars 2021 à Bruxelles.")
    values = [m.resolved["value"] for m in coded.mentions if m.kind == "time" and m.resolved]
    assert values == ["2021-03-03"]
