"""Our CAMEO tables agree with the reference ontology where they must."""

from __future__ import annotations

import csv
import re
from difflib import SequenceMatcher

import pytest

from faits.ontology import load_ontology
from tests.conftest import SHARED

CAMEO = SHARED / "ontology" / "cameo"
PLOVER = SHARED / "ontology" / "plover" / "CAMEO2PLOVER-2021.txt"

pytestmark = pytest.mark.skipif(not CAMEO.exists(), reason="reference ontology not available")


def reference_rows(name: str) -> dict[str, str]:
    with (CAMEO / name).open(encoding="utf-8", errors="replace") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return {row[0]: row[1] for row in rows[1:] if row}


def plain(label: str) -> str:
    return re.sub(r"[^a-z]", "", label.lower())


def test_same_codes_and_goldstein_scores():
    ontology = load_ontology()
    scores = reference_rows("CAMEO.goldsteinscale.txt")
    assert set(ontology.codes) == set(scores)
    for code, score in scores.items():
        assert ontology.codes[code].goldstein == float(score), code


def test_labels_match_reference_up_to_typos():
    ontology = load_ontology()
    for code, label in reference_rows("CAMEO.eventcodes.txt").items():
        ratio = SequenceMatcher(None, plain(ontology.codes[code].label), plain(label)).ratio()
        assert ratio > 0.9, (code, ontology.codes[code].label, label)


def test_quad_class_by_root():
    ontology = load_ontology()
    with (CAMEO / "quadclass_by_root.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    for root, _phoenix, gdelt in rows:
        assert ontology.get(root).quad_class == int(gdelt), root
        assert all(c.quad_class == int(gdelt) for c in ontology.codes.values() if c.root == root)


def test_plover_type_mode_context_follow_the_conversion_table():
    ontology = load_ontology()
    checked = 0
    seen: set[str] = set()
    for line in PLOVER.read_text(encoding="utf-8").splitlines():
        found = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not found or found.group(1) in seen or found.group(1) not in ontology:
            continue
        seen.add(found.group(1))
        parts = [p.strip() for p in found.group(2).split(",")]
        plover = ontology.codes[found.group(1)].plover
        assert plover.type == parts[0], found.group(1)
        assert (plover.mode or "") == (parts[1] if len(parts) > 1 else ""), found.group(1)
        context = [c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip()]
        assert plover.context == context, found.group(1)
        checked += 1
    assert checked > 250


def test_statements_and_appeals_have_our_extension_types():
    ontology = load_ontology()
    assert ontology.get("010").plover.type == "STATEMENT"
    assert ontology.get("0254").plover.type == "APPEAL"


def test_unknown_code_falls_back_to_parent_and_rejects_garbage():
    ontology = load_ontology()
    assert ontology.get("0391").code == "039"
    with pytest.raises(KeyError):
        ontology.get("99")


def test_intent_and_refusal_mirrors_name_real_codes_of_the_right_roots():
    """The coder recodes a cooperative act stated in the future (05-08) as the matching
    intent (03) and, negated, as the matching refusal (12): every code on both sides of
    those tables must exist, and each mirror must stay in its root."""
    from faits.events.coder import INTENT_OF, REFUSAL_OF

    codes = load_ontology().codes
    for table, root in ((INTENT_OF, "03"), (REFUSAL_OF, "12")):
        for act, mirror in table.items():
            assert act in codes and act[:2] in {"05", "06", "07", "08"}, act
            assert mirror == "" or (mirror in codes and mirror.startswith(root)), (act, mirror)
            if mirror and len(act) > 2:
                # A specific act mirrors an intent or refusal at least as specific.
                assert len(mirror) >= len(act), (act, mirror)
