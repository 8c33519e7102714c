"""Wire datelines run into the first paragraph: found, credited, and kept out of events."""

from __future__ import annotations

import pytest

from faits.actors.resolver import ActorAnalysis, ActorMention
from faits.lexicons import load_yaml
from faits.pipeline import _outside
from faits.provenance.datelines import LeadDatelineRules, lead_dateline


@pytest.fixture(scope="module")
def rules() -> LeadDatelineRules:
    return LeadDatelineRules.load("fr")


@pytest.mark.parametrize(
    "entry", load_yaml("fr", "provenance/lead_datelines.yaml"), ids=lambda e: e["id"]
)
def test_lead_dateline_examples(entry, rules):
    for example in entry["examples"]:
        found = lead_dateline(example["line"], rules)
        if example["dateline"] is None:
            assert found is None, example["line"]
        else:
            assert found is not None and found.rule == entry["id"], example["line"]
            assert example["line"][found.start : found.end] == example["dateline"]


def test_the_dateline_may_follow_a_title(rules):
    text = "Visite à Bagdad\n\nBAGDAD, 3 mars (Xinhua) -- Le Premier ministre a reçu son hôte."
    found = lead_dateline(text, rules)
    assert found is not None
    assert text[found.start : found.end] == "BAGDAD, 3 mars (Xinhua) -- "
    assert (found.city, found.date, found.agency) == ("BAGDAD", "3 mars", "Xinhua")
    assert found.agency_span is not None
    assert text[slice(*found.agency_span)] == "Xinhua"


def test_the_dateline_may_follow_a_title_on_the_same_line(rules):
    text = "Niger : la junte libère un ministre. NIAMEY, 4 mai (AFP) - Les militaires ont cédé."
    found = lead_dateline(text, rules)
    assert found is not None
    assert text[found.start : found.end] == "NIAMEY, 4 mai (AFP) - "
    assert (found.city, found.date, found.agency) == ("NIAMEY", "4 mai", "AFP")


def test_a_sentence_of_the_body_is_no_dateline(rules):
    text = "Le sommet s'est ouvert. Les Vingt-Sept - unis - ont voté. Il a dit non."
    assert lead_dateline(text, rules) is None


def test_a_body_line_far_down_is_no_dateline(rules):
    text = "Un.\nDeux.\nTrois.\nMOSCOU, 3 mars (AFP) - Quatre."
    assert lead_dateline(text, rules) is None


def _mention(start: int, end: int, code: str, antecedent: int | None = None) -> ActorMention:
    return ActorMention(
        start, end, "x", 0, start, end, code, code[:3], code[3:] or None, code, None,
        antecedent=antecedent,
    )  # fmt: skip


def test_mentions_in_the_dateline_are_dropped_and_references_renumbered():
    actors = ActorAnalysis(
        [_mention(0, 6, "IRQ"), _mention(16, 22, "CHNMED"), _mention(30, 40, "IRQGOV"),
         _mention(50, 52, "IRQGOV", antecedent=2), _mention(60, 62, "CHNMED", antecedent=1)]
    )  # fmt: skip
    kept = _outside(actors, (0, 27))
    assert [m.code for m in kept.mentions] == ["IRQGOV", "IRQGOV", "CHNMED"]
    assert [m.antecedent for m in kept.mentions] == [None, 0, None]


def test_the_agency_and_city_of_a_dateline_are_no_parties_of_its_event(code_fr):
    coded = code_fr(
        "BAGDAD, 3 mars (Xinhua) -- Le Premier ministre irakien a reçu lundi le ministre "
        "iranien des Affaires étrangères.",
        published="2023-03-06",
    )
    pairs = {(e.cameo, e.source.code, e.target.code) for e in coded.events}
    assert ("043", "IRQGOV", "IRNGOV") in pairs
    assert not any("CHN" in (e.source.code + e.target.code) for e in coded.events)
    assert not any(e.source.text == "BAGDAD" or e.target.text == "BAGDAD" for e in coded.events)
    assert "Xinhua" in coded.article.cited_sources


def test_a_dispatch_agency_gives_no_country_to_the_places_it_reports(code_fr):
    """An AFP dispatch from Antananarivo: "la capitale" is not Paris, and "les autorités" who
    decreed the curfew are not French."""
    coded = code_fr(
        "ANTANANARIVO, 29 septembre (AFP) - Des centaines de jeunes ont défilé lundi dans la "
        "capitale malgache, malgré le couvre-feu décrété par les autorités.",
        published="2025-09-29",
    )
    places = [m for m in coded.mentions if m.kind == "place"]
    assert all((m.resolved or {}).get("country") != "FRA" for m in places)
    assert not any("FRA" in (e.source.code if e.source else "") for e in coded.events)


def test_a_dateline_deep_in_a_one_line_body_is_none(rules):
    text = "Un. Deux. Trois. Quatre. MOSCOU, 3 mars (AFP) - Cinq."
    assert lead_dateline(text, rules) is None
