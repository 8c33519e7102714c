"""Choosing one place among those sharing a name.

The score favours, in order: our curated entries, countries and continents over cities of
the same name ("Singapour" alone is the country), capitals, places in a country the article
talks about, more populous places, and the place whose main name is the one written. A
locative preposition that introduces cities ("à Luxembourg") or countries ("au
Luxembourg") first narrows the choice to that kind when it can.
"""

from __future__ import annotations

import math
from collections import Counter

from faits.places.gazetteer import Place

KIND_WEIGHT = {
    "continent": 10.0,
    "country": 10.0,
    "region": 10.0,
    "admin1": 1.0,
    "capital": 2.0,
    "city": 0.0,
}
CURATED_BONUS = 20.0
CONTEXT_BONUS = 3.0
PRIMARY_NAME_BONUS = 0.5
CITY_KINDS = frozenset({"city", "capital"})


def score(place: Place, key: str, context: Counter[str]) -> float:
    value = KIND_WEIGHT[place.kind] + math.log10(place.population + 10)
    if place.curated:
        value += CURATED_BONUS
    if place.kind in CITY_KINDS | {"admin1"} and place.country in context:
        value += CONTEXT_BONUS
    if key == place.primary_key:
        value += PRIMARY_NAME_BONUS
    return value


def narrow(places: list[Place], prefers: str | None) -> list[Place]:
    """Keep the places of the kind the preposition introduces, if there are any."""
    if prefers is None:
        return places
    wanted = [p for p in places if (p.kind in CITY_KINDS) == (prefers == "city")]
    return wanted or places


def best_place(
    places: list[Place], key: str, prefers: str | None, context: Counter[str]
) -> Place | None:
    candidates = narrow(places, prefers)
    if not candidates:
        return None
    return max(candidates, key=lambda place: score(place, key, context))


def best_damaged(
    matches: dict[str, list[Place]], prefers: str | None, context: Counter[str]
) -> tuple[str, Place] | None:
    """The place a damaged name stands for, only if every reading of it leads there."""
    chosen: dict[str, tuple[str, Place]] = {}
    for key, places in matches.items():
        place = best_place(places, key, prefers, context)
        if place is not None:
            chosen.setdefault(place.source, (key, place))
    if len(chosen) != 1:
        return None
    return next(iter(chosen.values()))
