from datetime import date

from faits.actors import ActorModel, resolve_actors
from faits.actors.cameo_dictionaries import parse_code, parse_date, read_actors, read_agents
from tests.actors.conftest import SEEDS, make_parsed

PETRARCH = SEEDS.parents[1] / "eval" / "petrarch2"
ACTORS = PETRARCH / "PETR.Validate.actors.txt"
AGENTS = PETRARCH / "PETR.Validate.agents.txt"


def test_date_restricted_codes():
    assert parse_code("HOBGOV 19950601 - 19990815").start == date(1995, 6, 1)
    assert parse_code("HOB < 950601").end == date(1995, 6, 1)
    assert parse_code("HOBREB > 990816").start == date(1999, 8, 16)
    assert parse_code("---") is None
    assert parse_date("911226") == date(1991, 12, 26)


def test_actor_file_entries_synonyms_and_dates():
    entries = dict(read_actors(ACTORS))
    assert entries["NORTH KOREA"].code == "PRK"
    assert entries["PYONGYANG"] is entries["NORTH KOREA"]
    assert entries["INTERPOL"].code == "IGOCOPITP"
    sam = entries["SAM GAMGEE"]
    assert sam.code_on(date(2009, 1, 1)) == "HOBMIL"
    assert sam.code_on(date(2010, 1, 10)) == "ORCHOB"
    assert sam.code_on(date(2014, 1, 1)) == "HOBELI"
    gollum = entries["SMEAGOL"]
    assert gollum.code_on(date(1997, 1, 1)) == "HOBGOV"
    assert gollum.code_on(date(2001, 1, 1)) == "HOBREB"


def test_agent_file_roles_and_substitutions():
    entries = dict(read_agents(AGENTS))
    assert entries["FOREIGN MINISTER"].agent == "GOVFRM"
    assert entries["POLICE"].agent == "COP"
    assert entries["MSF"].kind == "organisation" and entries["MSF"].code == "NGO"
    assert "MINISTRY OF SILLY WALKS" in entries
    assert "ATTORNEYS GENERAL" in entries


def test_model_merges_user_dictionaries(fr_parser):
    model = ActorModel.load("fr", dictionaries=(ACTORS, AGENTS))
    text = "Sam Gamgee a rencontré les dirigeants de Gondor. Gondor a menacé le Mordor."
    analysis = resolve_actors(make_parsed(fr_parser, text, "2009-06-01"), model)
    codes = {m.text: m.code for m in analysis.mentions}
    assert codes["Sam Gamgee"] == "HOBMIL"
    assert codes["les dirigeants de Gondor"] == "GONGOV"
    assert codes["Gondor"] == "GON"
    assert codes["le Mordor"] == "MOR"
    later = resolve_actors(make_parsed(fr_parser, text, "2014-06-01"), model)
    assert {m.text: m.code for m in later.mentions}["Sam Gamgee"] == "HOBELI"
