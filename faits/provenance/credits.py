"""Where an article comes from: its original, its translator, the outlets it cites.

Two kinds of evidence. Credit lines ("Source : https://…", "Traduction : …", "avec AFP",
"© Reuters", "PARIS (AFP) -") are taken out of the text by the cleaner and handed over in
``parsed.removed_lines``; they are read with the patterns of ``provenance/credits.yaml``.
A dateline run into the first paragraph ("BAGDAD, 3 mars (Xinhua) -- …") credits its agency
too (``datelines``).
Outlets the text itself cites ("selon CNN", "rapporte le correspondant de RIA Novosti")
are found by name (``provenance/outlets.yaml``) next to a citation cue
(``provenance/citation_cues.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from faits.lexicons import load_yaml
from faits.nlp.document import ParsedArticle
from faits.provenance.datelines import LeadDatelineRules, lead_dateline

# Credit lines come out of the cleaner with these kinds.
CREDIT_KINDS = frozenset({"provenance", "dateline"})
URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
# How far (in characters, within the sentence) a cue may stand from the outlet it introduces.
CUE_WINDOW = 60
# At most this many words between a cue and the outlet ("rapporte le correspondant de …").
CUE_GAP_WORDS = 4


@dataclass
class Provenance:
    original_url: str | None = None
    translated_by: str | None = None
    cited_sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CreditRule:
    id: str
    field: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ProvenanceModel:
    """Compiled credit patterns, outlet names and citation cues of one language."""

    language: str
    credits: tuple[CreditRule, ...]
    outlet_names: re.Pattern[str] | None
    canonical: dict[str, str]
    domains: dict[str, str]
    cue_before: re.Pattern[str] | None
    cue_after: re.Pattern[str] | None
    lead_datelines: LeadDatelineRules

    @classmethod
    def load(cls, language: str) -> ProvenanceModel:
        credits = tuple(
            CreditRule(e["id"], e["field"], re.compile(e["pattern"], re.IGNORECASE))
            for e in load_yaml(language, "provenance/credits.yaml")
        )
        canonical: dict[str, str] = {}
        domains: dict[str, str] = {}
        for entry in load_yaml(language, "provenance/outlets.yaml"):
            for alias in [entry["name"], *entry.get("aliases", [])]:
                canonical[_key(alias)] = entry["name"]
            for domain in entry.get("domains", []):
                domains[domain.lower()] = entry["name"]
        aliases = sorted(
            {a for e in load_yaml(language, "provenance/outlets.yaml") for a in e["aliases"]},
            key=len,
            reverse=True,
        )
        outlet_names = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)")
            if aliases
            else None
        )
        cues = load_yaml(language, "provenance/citation_cues.yaml")
        return cls(
            language,
            credits,
            outlet_names,
            canonical,
            domains,
            _cue_pattern(cues, "before"),
            _cue_pattern(cues, "after"),
            LeadDatelineRules.load(language),
        )

    def outlet(self, name: str) -> str | None:
        """Canonical name of an outlet written ``name`` (``None`` if unknown)."""
        return self.canonical.get(_key(name))

    def outlet_of_url(self, url: str) -> str | None:
        host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        host = host.lower().removeprefix("www.")
        while host:
            if host in self.domains:
                return self.domains[host]
            _, _, host = host.partition(".")
        return None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().casefold()


def _cue_pattern(entries: list[dict], position: str) -> re.Pattern[str] | None:
    patterns = [f"(?:{e['pattern']})" for e in entries if e["position"] == position]
    if not patterns:
        return None
    cue = "|".join(patterns)
    if position == "before":
        # Gap words end in a space or in an elision apostrophe glued to the next word.
        gap = r"(?:[\w-]+['’]\s*|[\w'’-]+\s+){0," + str(CUE_GAP_WORDS) + "}"
        return re.compile(r"(?<!\w)(?:" + cue + r")\W+" + gap + "$")
    return re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}(?:" + cue + r")(?!\w)")


def _read_credit(line: str, model: ProvenanceModel, provenance: Provenance) -> None:
    for rule in model.credits:
        match = rule.pattern.fullmatch(line.strip())
        if match is None:
            continue
        value = re.sub(r"\s+", " ", match.group("value")).strip().rstrip(".")
        if rule.field == "translation":
            provenance.translated_by = provenance.translated_by or value
            return
        if rule.field == "source" and (URL.match(value) or DOMAIN.fullmatch(value)):
            provenance.original_url = provenance.original_url or value.split()[0]
            outlet = model.outlet_of_url(value)
        else:
            outlet = model.outlet(value)
        if outlet is None and rule.field == "source":
            outlet = value
        if outlet is not None:
            _add(provenance.cited_sources, outlet)
            return


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


def cited_in_text(text: str, model: ProvenanceModel) -> list[str]:
    """Outlets the text names next to a citation cue, in order of first citation."""
    found: list[str] = []
    if model.outlet_names is None:
        return found
    for match in model.outlet_names.finditer(text):
        before = text[max(0, match.start() - CUE_WINDOW) : match.start()]
        before = re.split(r"[.!?\n]", before)[-1].lower()
        after = text[match.end() : match.end() + CUE_WINDOW].lower()
        cited = model.cue_before is not None and model.cue_before.search(before)
        cited = cited or (model.cue_after is not None and model.cue_after.match(after))
        outlet = model.outlet(match.group(1))
        if cited and outlet is not None:
            _add(found, outlet)
    return found


def find_provenance(parsed: ParsedArticle, model: ProvenanceModel) -> Provenance:
    """Original URL, translator and cited outlets of one article."""
    provenance = Provenance()
    for line, kind in parsed.removed_lines:
        if kind in CREDIT_KINDS:
            _read_credit(line, model, provenance)
    lead = lead_dateline(parsed.article.text, model.lead_datelines)
    agency = model.outlet(lead.agency) if lead is not None and lead.agency else None
    if agency is not None:
        _add(provenance.cited_sources, agency)
    for outlet in cited_in_text(parsed.article.text, model):
        _add(provenance.cited_sources, outlet)
    return provenance
