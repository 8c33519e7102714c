"""The gazetteer: every known place under the folded keys of its names.

Rows come from the derived table ``places/gazetteer.tsv.gz`` (geonames cities, countries,
continents; see ``scripts/build_gazetteer.py``) and from the curated ``places/aliases.yaml``
(regions and names the table lacks). Loading is one pass over the table; lookups are
dictionary hits on a key (:func:`faits.places.names.fold`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from typing import NamedTuple

from faits.lexicons import LexiconError, lexicon_path, load_yaml
from faits.places.names import fold, is_damaged, wildcard_keys
from faits.records import PlaceRef

GAZETTEER_FILE = "places/gazetteer.tsv.gz"
ALIASES_FILE = "places/aliases.yaml"

# The contract's precision for each kind of gazetteer row.
PRECISION = {
    "city": "city",
    "capital": "city",
    "admin1": "admin1",
    "country": "country",
    "region": "region",
    "continent": "continent",
}
COUNTRY_LIKE = frozenset({"country", "continent"})
# Rows of first-level subdivisions (ISO 3166-2), kept apart: only a division noun before the
# name makes it one ("l'État de Benue"); alone, "Plateau" or "Centre" are common words.
DIVISION = "division"


class Place(NamedTuple):
    """One gazetteer row. ``source`` is what a mention's ``rule`` cites.

    A named tuple rather than a dataclass: tens of thousands are built at load time.
    """

    source: str
    kind: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    primary_key: str = ""
    curated: bool = False

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]

    def to_ref(self, text: str) -> PlaceRef:
        return PlaceRef(
            name=self.name,
            text=text,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid,
            precision=self.precision,
        )


class Gazetteer:
    """Places by key, plus each country's own row and its capital."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[Place]] = {}
        self._divisions: dict[str, list[Place]] = {}
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, Place] = {}

    @classmethod
    def load(cls, language: str) -> Gazetteer:
        gazetteer = cls()
        gazetteer._read_table(language)
        gazetteer._read_aliases(language)
        return gazetteer

    def _add(self, place: Place, keys: Iterable[str]) -> None:
        for key in keys:
            self._by_key.setdefault(key, []).append(place)

    def _read_table(self, language: str) -> None:
        path = lexicon_path(language, GAZETTEER_FILE)
        if not path.exists():
            raise LexiconError(f"{path}: run scripts/build_gazetteer.py {language}")
        by_key = self._by_key
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = (line for line in handle if line[0] != "#")
            next(lines)
            for line in lines:
                geonameid, kind, name, country, admin1, lat, lon, population, keys = line.rstrip(
                    "\n"
                ).split("\t")
                key_list = keys.split("|")
                if kind == DIVISION:
                    self._add_division(name, country, admin1, key_list)
                    continue
                place = Place(
                    f"geonames#{geonameid}",
                    kind,
                    name,
                    country or None,
                    admin1 or None,
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    int(population or 0),
                    int(geonameid),
                    key_list[0],
                )
                for key in key_list:
                    bucket = by_key.get(key)
                    if bucket is None:
                        by_key[key] = [place]
                    else:
                        bucket.append(place)
                if kind == "country" and country:
                    self.countries[country] = place
                elif kind == "capital" and country:
                    self.capitals[country] = place

    def _add_division(self, name: str, country: str, code: str, keys: list[str]) -> None:
        place = Place(
            f"iso3166-2#{code}", "admin1", name, country, code, None, None, 0, None, keys[0]
        )
        for key in keys:
            self._divisions.setdefault(key, []).append(place)

    def _read_aliases(self, language: str) -> None:
        for entry in load_yaml(language, ALIASES_FILE):
            country = entry.get("country")
            precision = entry["precision"]
            base = self.countries.get(country) if precision == "country" else None
            lat = entry.get("lat", base.lat if base else None)
            lon = entry.get("lon", base.lon if base else None)
            keys = [fold(name) for name in entry["names"]]
            place = Place(
                source=f"{language}/{ALIASES_FILE}#{entry['id']}",
                kind=precision,
                name=base.name if base else entry["names"][0],
                country=country,
                admin1=None,
                lat=lat,
                lon=lon,
                population=base.population if base else 0,
                geonameid=base.geonameid if base else None,
                primary_key=keys[0],
                curated=True,
            )
            self._add(place, keys)

    def __contains__(self, key: str) -> bool:
        return key in self._by_key

    def lookup(self, key: str) -> list[Place]:
        return self._by_key.get(key, [])

    def lookup_division(self, key: str) -> list[Place]:
        """First-level subdivisions named ``key`` (ISO 3166-2; no coordinates)."""
        return self._divisions.get(key, [])

    def lookup_damaged(self, key: str) -> dict[str, list[Place]]:
        """Keys the damaged ``key`` can stand for that exist in the gazetteer, with their places."""
        if not is_damaged(key):
            return {}
        return {k: self._by_key[k] for k in wildcard_keys(key) if k in self._by_key}
