"""Derive the base country names of a language from babel and pycountry.

Writes ``faits/lexicons/<language>/actors/countries.tsv``: one row per ISO 3166-1 country or
territory (plus Kosovo, which has a user-assigned code), with its short name from the CLDR
(babel) and the ISO names translated by pycountry's gettext catalogue. Hand-written aliases,
acronyms, demonyms and capitals live in their own curated files beside it. Re-run after
upgrading babel or pycountry:

    .venv/bin/python scripts/build_countries.py fr
"""

from __future__ import annotations

import argparse
import gettext
import re
from pathlib import Path

import pycountry
import yaml
from babel import Locale

LEXICONS = Path(__file__).resolve().parents[1] / "faits" / "lexicons"

# Codes outside ISO 3166-1 that CAMEO and the news use for a real polity.
EXTRA_CODES = {"XK": "XKX"}


def name_variants(*names: str) -> list[str]:
    """Distinct usable names: parenthesised parts split off (kept only when they are a name,
    not a gloss like "partie néerlandaise"), inverted ISO forms ("Corée, République de") dropped."""
    variants: list[str] = []
    for name in names:
        if not name:
            continue
        for part in re.split(r"\s*[()]\s*", name):
            part = part.strip().replace("\u2019", "'")
            if part and part[0].isupper() and "," not in part and part not in variants:
                variants.append(part)
    return variants


def example_template(language: str) -> str:
    """The language's example sentence for a country row, from its lexicon folder."""
    settings = yaml.safe_load((LEXICONS / language / "actors" / "derivation.yaml").read_text())
    return next(item["template"] for item in settings if item["id"] == "country-example")


def build_rows(language: str) -> list[dict[str, str]]:
    territories = Locale.parse(language).territories
    template = example_template(language)
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    rows: list[dict[str, str]] = []
    for alpha2, cldr_name in sorted(territories.items()):
        country = pycountry.countries.get(alpha_2=alpha2) if len(alpha2) == 2 else None
        if country is None and alpha2 not in EXTRA_CODES:
            continue
        alpha3 = country.alpha_3 if country else EXTRA_CODES[alpha2]
        iso_names = []
        if country is not None:
            iso_names.append(catalogue.gettext(country.name))
            official = getattr(country, "official_name", None)
            if official:
                iso_names.append(catalogue.gettext(official))
        variants = name_variants(cldr_name, *iso_names)
        rows.append(
            {
                "id": alpha3,
                "alpha2": alpha2,
                "name": variants[0],
                "variants": "|".join(variants),
                "example": template.format(name=variants[0]),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", nargs="?", default="fr")
    args = parser.parse_args()
    rows = build_rows(args.language)
    target = LEXICONS / args.language / "actors" / "countries.tsv"
    target.parent.mkdir(parents=True, exist_ok=True)
    columns = ["id", "alpha2", "name", "variants", "example"]
    with target.open("w", encoding="utf-8") as handle:
        handle.write("# Derived by scripts/build_countries.py from babel (CLDR) and pycountry.\n")
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            handle.write("\t".join(row[c] for c in columns) + "\n")
    print(f"{target}: {len(rows)} countries")


if __name__ == "__main__":
    main()
