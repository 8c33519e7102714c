"""The issue's "done when": what the two seed articles must yield, with their dates."""

from __future__ import annotations

from faits.records import Event

XINHUA = "seed-xinhua-2019-02-19"
CELLULE = "seed-cellule44-2017-09-29"


def events(coded_seeds, article: str, root: str, source: str, target: str | None = None):
    found: list[Event] = []
    for event in coded_seeds[article].events:
        if event.cameo_root != root or event.source is None:
            continue
        if event.source.code[:3] != source:
            continue
        if target is not None and (event.target is None or event.target.code[:3] != target):
            continue
        found.append(event)
    return found


def test_us_dprk_discussions_reported_monday(coded_seeds):
    (event,) = events(coded_seeds, XINHUA, "04", "USA", "PRK")[:1]
    assert event.trigger.text == "discuté"
    assert event.date == "2019-02-18" and event.date_text == "lundi"
    assert event.attribution is not None and "médias américains" in event.attribution.text


def test_exchange_considered_hypothetically_according_to_cnn(coded_seeds):
    found = events(coded_seeds, XINHUA, "03", "USA", "PRK")
    assert found, "Washington and Pyongyang considering the exchange"
    event = found[0]
    assert event.modality.hypothetical and not event.modality.negated
    assert event.attribution is not None and event.attribution.name == "CNN"
    assert events(coded_seeds, XINHUA, "03", "PRK", "USA"), "both directions"


def test_us_refuses_to_lift_sanctions(coded_seeds):
    (event,) = events(coded_seeds, XINHUA, "12", "USA", "PRK")
    assert event.cameo == "1244"
    assert event.trigger.text == "retirées"
    assert not event.modality.negated


def test_summit_planned_in_hanoi_is_future(coded_seeds):
    summits = [
        e
        for e in coded_seeds[XINHUA].events
        if e.cameo_root in ("03", "04") and e.trigger.text in ("sommet", "réunion")
    ]
    assert summits and all(e.modality.future for e in summits)
    pairs = {(e.source.code[:3], e.target.code[:3]) for e in summits if e.source and e.target}
    assert pairs == {("USA", "PRK"), ("PRK", "USA")}


def test_june_2018_meeting_in_singapore(coded_seeds):
    (event,) = [
        e for e in events(coded_seeds, XINHUA, "04", "USA", "PRK") if e.trigger.text == "rencontré"
    ]
    assert event.date == "2018-06"
    assert event.location is not None and event.location.country == "SGP"
    assert not any(vars(event.modality).values())


def test_russian_north_korean_meeting_in_moscow(coded_seeds):
    meetings = events(coded_seeds, CELLULE, "04", "RUS", "PRK") + events(
        coded_seeds, CELLULE, "04", "PRK", "RUS"
    )
    reciprocal = [e for e in meetings if e.trigger.text == "rencontrés"]
    assert len(reciprocal) == 2
    assert all(e.location is not None and e.location.country == "RUS" for e in reciprocal)


def test_moscow_willing_to_work_with_pyongyang(coded_seeds):
    (event,) = events(coded_seeds, CELLULE, "03", "RUS", "PRK")
    assert event.trigger.text == "volonté"
    assert event.attribution is not None and "ministère" in event.attribution.text


def test_us_rejects_double_freeze(coded_seeds):
    rejections = events(coded_seeds, CELLULE, "12", "USA")
    assert len(rejections) == 2
    assert {e.trigger.text for e in rejections} == {"rejeté"}


def test_trump_ready_to_strike_north_korea(coded_seeds):
    (event,) = [
        e for e in events(coded_seeds, CELLULE, "13", "USA", "PRK") if e.trigger.text == "prêt"
    ]
    assert event.cameo == "138"
    assert event.attribution is not None and event.attribution.name == "Donald Trump"


def test_russia_and_china_call_for_dialogue(coded_seeds):
    calls = [e for e in coded_seeds[CELLULE].events if e.cameo_root == "02"]
    assert {e.source.code for e in calls} == {"RUS", "CHN"}
    assert all(e.cameo == "026" for e in calls)


def test_nothing_from_ads_and_comment_lines(coded_seeds):
    article = coded_seeds[CELLULE]
    boilerplate = ("Publicités", "Laisser un commentaire", "Akismet", "blogueurs")
    for event in article.events:
        assert not any(word in event.sentence for word in boilerplate)


def test_every_event_is_complete_and_identified(coded_seeds):
    ids = set()
    for coded in coded_seeds.values():
        for event in coded.events:
            assert event.event_id not in ids
            ids.add(event.event_id)
            text = coded.article.text
            assert text[event.trigger.start : event.trigger.end] == event.trigger.text
            assert event.cameo.startswith(event.cameo_root)
            assert event.quad_class in (1, 2, 3, 4) and event.plover.type
            assert event.rule.startswith("fr/events/") and "#" in event.rule
            assert event.language == "fr" and event.date is not None
