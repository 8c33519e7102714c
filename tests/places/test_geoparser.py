import json

import pytest

from faits.actors import resolve_actors
from faits.actors.resolver import ActorModel
from faits.lexicons import load_yaml
from faits.places import find_places
from tests.conftest import SEEDS


def resolved(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[0]


def test_damaged_name_then_country(places_fr):
    mentions = places_fr("Le sommet aura lieu fin février à Hano?, au Vietnam.")
    hanoi = resolved(mentions, "Hano?")
    assert hanoi.place.country == "VNM" and hanoi.place.precision == "city"
    assert hanoi.place.lat == pytest.approx(21.02, abs=0.05)
    assert hanoi.place.lon == pytest.approx(105.84, abs=0.05)
    assert hanoi.rule == "geonames#1581130"
    vietnam = resolved(mentions, "Vietnam")
    assert vietnam.place.precision == "country" and vietnam.place.country == "VNM"


def test_accents_are_optional(places_fr):
    with_accent = resolved(places_fr("Le sommet s'est tenu à Hanoï."), "Hanoï")
    without = resolved(places_fr("Le sommet s'est tenu à Hanoi."), "Hanoi")
    assert with_accent.place.geonameid == without.place.geonameid == 1581130


def test_ambiguous_damage_stays_unresolved(places_fr):
    mention = resolved(places_fr("Le ministre est arrivé à Bak? mardi."), "Bak?")
    assert mention.place is None and mention.rule is None


def test_question_mark_after_a_real_name(places_fr):
    (paris,) = places_fr("Faut-il tenir le sommet à Paris? Rien n'est décidé.")
    assert paris.text == "Paris" and paris.place.country == "FRA"


def test_preposition_chooses_city_or_country(places_fr):
    mentions = places_fr("Ils se sont vus à Luxembourg, puis au Luxembourg.")
    city, country = [m.place for m in mentions]
    assert city.precision == "city" and country.precision == "country"
    assert city.country == country.country == "LUX"
    singapore = resolved(places_fr("Ils se sont rencontrés à Singapour en juin."), "Singapour")
    assert singapore.place.country == "SGP" and singapore.place.precision == "city"


def test_country_context_settles_homonyms(places_fr):
    lebanon = resolved(places_fr("Des combats ont éclaté à Tripoli, au Liban."), "Tripoli")
    assert lebanon.place.country == "LBN"
    libya = resolved(places_fr("Des combats ont éclaté à Tripoli samedi."), "Tripoli")
    assert libya.place.country == "LBY"


def test_capital_of_the_named_country(places_fr):
    russian = resolved(places_fr("Il a été reçu dans la capitale russe."), "la capitale russe")
    assert russian.place.geonameid == 524901
    assert russian.rule == "fr/places/descriptors.yaml#capitale"
    sudan = places_fr("Des milliers de personnes ont défilé dans la capitale du Soudan.")
    assert resolved(sudan, "la capitale").place.name == "Khartoum"


def test_bare_capital_takes_the_country_in_context(places_fr):
    text = "La crise s'aggrave au Venezuela. Des heurts ont éclaté dans la capitale lundi."
    capital = resolved(places_fr(text), "la capitale")
    assert capital.place.name == "Caracas" and capital.sentence_index == 1


def test_subject_of_a_verb_is_an_actor_not_a_place(places_fr):
    mentions = places_fr("Moscou a réitéré sa volonté de dialogue avec Séoul.")
    assert "Moscou" not in [m.text for m in mentions]
    mentions = places_fr("La Russie et la Chine tentent d'atténuer les tensions.")
    assert [m.text for m in mentions] == []


def test_city_that_is_not_a_capital_stays_a_place_as_object(places_fr):
    mentions = places_fr("Les rebelles ont pris Alep et encerclé Damas.")
    assert [m.text for m in mentions] == ["Alep"]
    assert mentions[0].place.country == "SYR" and mentions[0].preposition is None


def test_locative_complement_of_a_noun(places_fr):
    mention = resolved(
        places_fr("Des manifestants ont défilé dans les rues de Khartoum."), "Khartoum"
    )
    assert (
        mention.place.country == "SDN" and mention.preposition == "fr/places/prepositions.yaml#dans"
    )


def test_article_after_a_turns_the_place_into_a_recipient(places_fr):
    mentions = places_fr("Berlin a promis une aide militaire à l'Ukraine.")
    assert all(m.preposition is None for m in mentions)
    (hague,) = places_fr("Le procès s'ouvrira à La Haye lundi.")
    assert hague.place.country == "NLD" and hague.preposition == "fr/places/prepositions.yaml#a"


def test_people_whose_first_name_is_a_city_are_not_places(places_fr):
    text = "Le prix a été remis à Florence Parly, puis à Vladimir Poutine à Moscou."
    assert [m.text for m in places_fr(text)] == ["Moscou"]


def test_street_and_common_noun_entities_are_not_towns(places_fr):
    mentions = places_fr("Le cortège a remonté la rue de la Libération jusqu'à la Gare.")
    assert all(m.place is None or m.place.name != "Rue" for m in mentions)
    assert "Gare" not in [m.place.name for m in mentions if m.place]


def test_place_named_after_a_facility_in_a_subject(places_fr):
    # The parser tags "la gare de Kharkiv" as one place entity headed by a common noun;
    # as a subject it is no actor, and the town inside it is where the gare is.
    mention = resolved(places_fr("La gare de Kharkiv a été bombardée dans la nuit."), "Kharkiv")
    assert mention.place.country == "UKR"


def test_small_homonym_inside_a_facility_name_is_not_resolved(places_fr):
    # "Evin" is only a French village in the gazetteer: a prison of that name is elsewhere.
    mentions = places_fr("La militante a été transférée vers la prison d'Evin.")
    assert all(m.place is None or m.place.country != "FRA" for m in mentions)


def test_sea_named_after_a_country_is_not_that_country(places_fr):
    mentions = places_fr("Des navires ont manoeuvré en mer du Japon.")
    assert all(m.place is None or m.place.country != "JPN" for m in mentions)


def test_unknown_name_is_kept_unresolved(places_fr):
    mention = resolved(places_fr("La délégation est arrivée à Zorglubville."), "Zorglubville")
    assert mention.place is None and mention.preposition == "fr/places/prepositions.yaml#a"


def test_capitalised_alias_ignores_the_adjective(places_fr):
    assert places_fr("Le peuple corse a voté dimanche.") == []
    assert resolved(places_fr("Le ministre est attendu en Corse."), "Corse").place.country == "FRA"


def test_mention_record_follows_the_contract(places_fr):
    (mention,) = places_fr("Les diplomates se sont rencontrés à Moscou vendredi.")
    record = mention.to_mention("a1").to_dict()
    assert record["kind"] == "place" and record["text"] == "Moscou"
    assert set(record["resolved"]) == {
        "name",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonameid",
        "precision",
    }
    assert record["resolved"]["country"] == "RUS" and record["rule"] == "geonames#524901"


def seed(name):
    with (SEEDS / "seeds.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if name in record["id"]:
                return record
    raise LookupError(name)


def test_seed_xinhua(parse_fr, place_model):
    record = seed("xinhua")
    mentions = find_places(parse_fr(record["text"], record["published"]), place_model)
    hanoi = [m for m in mentions if m.text == "Hano?"]
    assert len(hanoi) == 2
    for mention in hanoi:
        assert mention.place.country == "VNM" and mention.place.name == "Hanoi"
        assert mention.place.lat == pytest.approx(21.02, abs=0.05)
        assert mention.place.lon == pytest.approx(105.84, abs=0.05)
    assert resolved(mentions, "Vietnam").place.country == "VNM"
    assert resolved(mentions, "Singapour").place.country == "SGP"
    text = record["text"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_seed_rt_repost(parse_fr, place_model):
    record = seed("cellule44")
    parsed = parse_fr(record["text"], record["published"])
    mentions = find_places(parsed, place_model)
    moscow = [m for m in mentions if m.text == "Moscou" and m.preposition]
    assert len(moscow) >= 3 and all(m.place.geonameid == 524901 for m in moscow)
    capital = resolved(mentions, "la capitale russe")
    assert capital.place.name == "Moscow" and capital.place.country == "RUS"
    peninsula = [m for m in mentions if m.text == "péninsule coréenne"]
    assert len(peninsula) == 2
    assert all(m.place.precision == "region" for m in peninsula)
    assert peninsula[0].rule == "fr/places/aliases.yaml#peninsule-coreenne"
    northeast = resolved(mentions, "nord-est de l’Asie")
    assert northeast.rule == "fr/places/aliases.yaml#nord-est-asie"
    for mention in mentions:
        assert parsed.sentences[mention.sentence_index].start_char <= mention.start


def lexicon_examples(name):
    for entry in load_yaml("fr", f"places/{name}.yaml"):
        for example in entry["examples"]:
            yield entry, example


@pytest.mark.parametrize(
    ("entry", "example"),
    list(lexicon_examples("aliases")),
    ids=lambda value: value["id"] if isinstance(value, dict) else "",
)
def test_alias_examples(places_fr, entry, example):
    rules = [m.rule for m in places_fr(example)]
    assert f"fr/places/aliases.yaml#{entry['id']}" in rules


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("prepositions")))
def test_preposition_examples(places_fr, entry, example):
    mentions = places_fr(example)
    rule = f"fr/places/prepositions.yaml#{entry['id']}"
    assert any(m.preposition == rule and m.place is not None for m in mentions)


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("descriptors")))
def test_descriptor_examples(places_fr, entry, example):
    mentions = places_fr(example)
    rule = f"fr/places/descriptors.yaml#{entry['id']}"
    assert any(m.rule == rule and m.place.precision == "city" for m in mentions)


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("participants")))
def test_participant_examples(parse_fr, place_model, entry, example):
    parsed = parse_fr(example)
    governed = [t.head.i for t in parsed.doc if t.dep_ == "case" and t.lower_ in entry["forms"]]
    assert governed
    mentions = find_places(parsed, place_model)
    assert not any(m.token_start <= i < m.token_end for m in mentions for i in governed)


def test_appositive_capital_takes_the_preposition_of_its_place(places_fr):
    text = "Les alliés se sont réunis mardi à Vilnius, la capitale lituanienne, pour un sommet."
    mentions = places_fr(text)
    capital = resolved(mentions, "la capitale lituanienne")
    assert (
        capital.place.name == "Vilnius"
        and capital.preposition == resolved(mentions, "Vilnius").preposition
    )


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("demonyms")))
def test_demonym_examples(places_fr, place_model, entry, example):
    capital = place_model.gazetteer.capitals[entry["country"]]
    mentions = [m for m in places_fr(example) if m.rule == "fr/places/descriptors.yaml#capitale"]
    assert [m.place.geonameid for m in mentions] == [capital.geonameid]


def test_replacement_character_inside_a_name(places_fr):
    mention = resolved(places_fr("Le sommet s'est ouvert à Montr\ufffdal lundi."), "Montr\ufffdal")
    assert mention.place.country == "CAN" and mention.place.name == "Montréal"


def actor_at(parsed, text, country):
    from faits.actors import ActorMention

    token = next(t for t in parsed.doc if t.text == text)
    return ActorMention(
        start=token.idx,
        end=token.idx + len(token),
        text=text,
        sentence_index=0,
        token_start=token.i,
        token_end=token.i + 1,
        code=country,
        country=country,
        agent=None,
        name=text,
        rule="test",
    )


def test_actor_coded_name_is_left_to_the_actors_stage(parse_fr, place_model):
    from faits.actors import ActorAnalysis

    parsed = parse_fr("Le porte-parole de Pékin a démenti, puis il s'est rendu à Pékin.")
    actors = ActorAnalysis([actor_at(parsed, "Pékin", "CHN")])
    mentions = find_places(parsed, place_model, actors)
    assert [m.text for m in mentions] == ["Pékin"]
    assert mentions[0].preposition == "fr/places/prepositions.yaml#a"


def test_actor_countries_give_the_context(parse_fr, place_model):
    from faits.actors import ActorAnalysis

    parsed = parse_fr("L'ONU dit que les Soudanais ont manifesté dans la capitale dimanche.")
    actors = ActorAnalysis([actor_at(parsed, "ONU", "IGO"), actor_at(parsed, "Soudanais", "SDN")])
    (capital,) = find_places(parsed, place_model, actors)
    assert capital.text == "la capitale" and capital.place.name == "Khartoum"
    (bare,) = find_places(parsed, place_model)
    assert bare.place is None


def test_news_agency_is_no_country_context_for_a_bare_capital(parse_fr, place_model):
    # AFP is a French outlet: the capital of a story it files is not Paris.
    parsed = parse_fr("LIMA (AFP) - Des milliers de manifestants ont défilé dans la capitale.")
    actors = resolve_actors(parsed, ActorModel.load("fr"))
    assert "FRA" in {m.country for m in actors.mentions}
    capital = resolved(find_places(parsed, place_model, actors), "la capitale")
    assert capital.place is None or capital.place.country != "FRA"


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("divisions")))
def test_division_examples(places_fr, entry, example):
    countries = {m.place.country for m in places_fr(example["text"]) if m.place is not None}
    assert example["country"] in countries


def test_subdivision_after_a_division_noun_has_its_code_and_no_invented_point(places_fr):
    (benue,) = [m for m in places_fr("Des éleveurs ont attaqué un village dans l'État de Benue.")]
    assert benue.text == "Benue" and benue.preposition is not None
    assert (benue.place.country, benue.place.admin1, benue.place.precision) == (
        "NGA",
        "NG-BE",
        "admin1",
    )
    assert benue.place.lat is None and benue.place.lon is None


def test_subdivision_names_need_the_division_noun(places_fr):
    # Alone, a subdivision's name is no place: "Plateau" or "Enga" could be anything.
    assert not [m for m in places_fr("Enga a remporté le match.") if m.place is not None]


def test_longer_subdivision_beats_a_town_prefix(places_fr):
    (found,) = [m for m in places_fr("Les rebelles ont attaqué la province de Cabo Delgado.")]
    assert found.text == "Cabo Delgado" and found.place.country == "MOZ"


def test_compass_point_subdivision_is_not_read(places_fr):
    # "Nord-Ouest" is a Haitian department in ISO 3166-2, and any country's north-west.
    found = places_fr("Des séparatistes ont enlevé un prêtre dans la région du Nord-Ouest.")
    assert all(m.place is None or m.place.country != "HTI" for m in found)


@pytest.mark.parametrize(("entry", "example"), list(lexicon_examples("glosses")))
def test_gloss_examples(places_fr, entry, example):
    first = next(m for m in places_fr(example["text"]) if m.place is not None)
    assert first.place.country == example["country"]


def test_glossed_village_too_small_for_the_gazetteer_keeps_no_point(places_fr):
    # The only Solhan of the gazetteer is a Turkish town; the gloss places it in Burkina Faso,
    # known to the country only.
    (solhan,) = [
        m
        for m in places_fr(
            "Des hommes armés ont attaqué Solhan, un village du nord-est du Burkina Faso."
        )
        if m.text == "Solhan"
    ]
    assert solhan.place.country == "BFA" and solhan.place.precision == "country"
    assert solhan.place.lat is None and solhan.rule == "fr/places/glosses.yaml#localite"


def test_gloss_naming_the_same_country_changes_nothing(places_fr):
    found = places_fr("Des combats ont eu lieu à Gao, une ville du nord du Mali.")
    (gao,) = [m for m in found if m.text == "Gao"]
    assert gao.place.country == "MLI" and gao.place.precision == "city"


def test_locative_gloss_places_a_town_in_the_country_it_names(places_fr):
    # The only Maga of the gazetteer is Cameroonian; "dans l'État de Kebbi" and "au
    # nord-ouest du Nigeria" place this one in Nigeria. A list of places is no gloss.
    for text in (
        "Des hommes armés ont enlevé des élèves à Maga, dans l'État de Kebbi.",
        "Des hommes armés ont enlevé des élèves à Maga, au nord-ouest du Nigeria.",
    ):
        (maga,) = [m for m in places_fr(text) if m.text == "Maga"]
        assert maga.place.country == "NGA"
    found = places_fr("Des frappes ont visé Gaza, au Liban et en Syrie.")
    assert [m.place.country for m in found if m.place] == ["PSE", "LBN", "SYR"]
