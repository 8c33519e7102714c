import importlib.util
from pathlib import Path

import pytest

from faits.lexicons import lexicon_path, load_yaml
from faits.places.gazetteer import GAZETTEER_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


@pytest.mark.slow
def test_committed_gazetteer_is_what_the_script_builds(tmp_path):
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rebuilt = tmp_path / "gazetteer.tsv.gz"
    script.write(script.build("fr", load_yaml("fr", "places/gazetteer.yaml")), rebuilt)
    assert rebuilt.read_bytes() == lexicon_path("fr", GAZETTEER_FILE).read_bytes()


def test_name_variants_split_brackets():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.name_variants("Myanmar (Birmanie)") == [
        "Myanmar (Birmanie)",
        "Myanmar",
        "Birmanie",
    ]
    assert script.usable_alternate("Hanoï") and not script.usable_alternate("HAN")
    assert not script.usable_alternate("Ханой") and not script.usable_alternate("he nei")
