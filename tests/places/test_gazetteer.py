import gzip
import time

from faits.lexicons import lexicon_path
from faits.places.gazetteer import GAZETTEER_FILE, Gazetteer
from faits.places.names import fold


def test_load_is_fast_enough():
    started = time.process_time()
    Gazetteer.load("fr")
    assert time.process_time() - started < 2.0


def test_french_names_reach_geonames_cities(place_model):
    gazetteer = place_model.gazetteer
    moscow = [p for p in gazetteer.lookup("moscou") if p.country == "RUS"]
    assert moscow and moscow[0].geonameid == 524901 and moscow[0].kind == "capital"
    assert any(p.name == "Beijing" for p in gazetteer.lookup(fold("Pékin")))
    assert any(p.country == "GBR" for p in gazetteer.lookup(fold("Londres")))


def test_countries_have_french_names_and_coordinates(place_model):
    gazetteer = place_model.gazetteer
    vietnam = gazetteer.lookup(fold("Vietnam"))
    assert [p.country for p in vietnam if p.kind == "country"] == ["VNM"]
    assert gazetteer.countries["DEU"].name == "Allemagne"
    assert all(p.lat is not None for p in gazetteer.countries.values() if p.population > 10**6)
    assert gazetteer.capitals["RUS"].name == "Moscow"
    assert gazetteer.capitals["SDN"].name == "Khartoum"


def test_curated_aliases_join_the_index(place_model):
    (donbass,) = place_model.gazetteer.lookup("donbass")
    assert donbass.curated and donbass.country == "UKR" and donbass.precision == "region"
    (rdc,) = place_model.gazetteer.lookup("rdc")
    assert rdc.country == "COD" and rdc.precision == "country" and rdc.lat is not None


def test_table_keys_are_the_folded_names():
    path = lexicon_path("fr", GAZETTEER_FILE)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    header, body = rows[0], rows[1:]
    assert header[-1] == "keys" and len(body) > 30000
    for row in body[::97]:
        record = dict(zip(header, row, strict=True))
        assert record["keys"].split("|")[0] == fold(record["name"]) or record["kind"] in (
            "country",
            "continent",
        )
        assert all(key == fold(key) for key in record["keys"].split("|"))
