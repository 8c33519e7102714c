"""Event labels compared on one scale: PLOVER types named as in the current codebook.

Gold sets were annotated under different PLOVER drafts (the 2016 gold standard records,
the 2021 CAMEO map, the 2023 README) that name some categories differently; both gold and
system labels go through ``plover_label`` so that a renamed category still matches.
CAMEO codes get their PLOVER type from our ontology tables (``faits.ontology``). CAMEO
roots 01 and 02 have no PLOVER category, so they are left out of PLOVER-level scores.
"""

from __future__ import annotations

from faits.ontology import load_ontology

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)

# Names used by other PLOVER drafts -> the name in the current codebook.
LEGACY_PLOVER = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
    "THREAT": "THREATEN",
    "DISSENT": "PROTEST",
}


def plover_label(label: str | None) -> str | None:
    """The current PLOVER name of ``label``; ``None`` for labels outside PLOVER."""
    if not label:
        return None
    name = label.strip().upper()
    name = LEGACY_PLOVER.get(name, name)
    return name if name in PLOVER_TYPES else None


def plover_of_cameo(cameo: str | None) -> str | None:
    """The PLOVER type of a CAMEO event code, from our ontology tables."""
    if not cameo:
        return None
    try:
        entry = load_ontology().get(cameo)
    except KeyError:
        return None
    return plover_label(entry.plover.type)
