import pytest

from faits.places import find_places
from faits.places.event_location import location_for_event


@pytest.fixture(scope="module")
def locate(parse_fr, place_model):
    """Location of the event triggered by the word ``trigger`` in ``text`` (first occurrence)."""

    def run(text, trigger):
        parsed = parse_fr(text)
        places = find_places(parsed, place_model)
        index = next(t.i for t in parsed.doc if t.text == trigger)
        return location_for_event(parsed, index, places)

    return run


def test_place_attached_to_the_trigger(locate):
    text = "Les diplomates se sont rencontrés à Moscou pour discuter de la crise coréenne."
    place = locate(text, "rencontrés")
    assert place.name == "Moscow" and place.country == "RUS"


def test_each_clause_keeps_its_own_place(locate):
    text = "Les diplomates se sont rencontrés à Moscou pour discuter de la crise dans la péninsule coréenne."
    assert locate(text, "rencontrés").name == "Moscow"
    assert locate(text, "discuter").precision == "region"


def test_light_verb_trigger_and_nearest_most_precise_place(locate):
    text = "Le sommet aura lieu fin février à Hanoï, au Vietnam."
    for trigger in ("aura", "lieu", "sommet"):
        place = locate(text, trigger)
        assert place.name == "Hanoi" and place.precision == "city"


def test_nominal_trigger_takes_the_place_of_its_relative_clause(locate):
    text = "Trump prépare le prochain sommet, qui aura lieu fin février à Hanoï."
    assert locate(text, "sommet").name == "Hanoi"
    assert locate("Moscou a condamné les frappes menées en Syrie.", "frappes").country == "SYR"


def test_noun_with_a_determiner_is_not_part_of_its_verb(locate):
    text = "Ils préparent à Genève le sommet qui se tiendra à Hanoï."
    assert locate(text, "préparent").name == "Geneva"
    assert locate(text, "sommet").name == "Hanoi"


def test_place_of_a_subordinate_clause_is_not_the_main_event_place(locate):
    text = "Moscou a condamné les frappes menées en Syrie."
    assert locate(text, "condamné") is None
    assert locate(text, "menées").country == "SYR"


def test_relative_clause_place_stays_in_its_clause(locate):
    text = "Le président, qui se trouvait à Paris, a annoncé sa démission."
    assert locate(text, "annoncé") is None
    assert locate(text, "trouvait").country == "FRA"


def test_place_in_another_sentence_is_not_used(locate):
    text = "Le ministre s'est rendu à Paris. Il a rencontré son homologue."
    assert locate(text, "rencontré") is None
    assert locate(text, "rendu").name == "Paris"


def test_location_through_a_locative_noun(locate):
    place = locate("Des manifestants ont défilé samedi dans les rues de Khartoum.", "défilé")
    assert place.country == "SDN" and place.precision == "city"


def test_actor_place_is_not_a_location(locate):
    assert locate("La Russie a accusé l'Ukraine de provocation.", "accusé") is None


def test_pipeline_records_place_mentions_and_event_locations(code_fr):
    coded = code_fr(
        "Les diplomates russes et nord-coréens se sont rencontrés vendredi à Moscou, dans la capitale russe.",
        published="2017-09-29",
    )
    places = [m for m in coded.mentions if m.kind == "place"]
    assert [m.text for m in places] == ["Moscou", "la capitale russe"]
    assert all(m.resolved["geonameid"] == 524901 for m in places)
    assert all(m.rule for m in places)
    located = [e.location for e in coded.events if e.location is not None]
    assert located and all(place.name == "Moscow" for place in located)
