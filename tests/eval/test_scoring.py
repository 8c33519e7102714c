"""The scorers on hand-made gold and hand-made system outputs whose scores are known."""

from __future__ import annotations

import pytest

from faits.eval.scoring import (
    ANY_ACTOR,
    ActorScorer,
    Counts,
    EventItem,
    EventScorer,
    PlaceScorer,
    QuoteScorer,
    SpanItem,
    TimeScorer,
    actor_country,
    actors_match,
    anchor_spans,
    haversine_km,
    max_matching,
)

TEXT = "La Russie et la Chine ont appelé au dialogue lundi, puis la Chine a menacé le Japon."
GOLD = [
    EventItem("020", "RUS", None, None, "ont appelé"),
    EventItem("020", "CHN", None, None, "ont appelé"),
    EventItem("138", "CHN", "JPN", "THREATEN", "a menacé"),
]


def scored(gold, system, **kwargs) -> dict:
    scorer = EventScorer(**kwargs)
    scorer.add("r1", TEXT, gold, system)
    return scorer.result()


def level(result: dict, name: str, actors: str = "country_actors") -> dict:
    return result["levels"][name][actors]


def test_perfect_system_scores_one_everywhere():
    system = [EventItem(g.cameo, g.source, g.target, g.plover, g.trigger, "x#y") for g in GOLD]
    result = scored(GOLD, system)
    for name in ("root", "code3"):
        for actors in ("any_actors", "country_actors"):
            counts = level(result, name, actors)
            assert (counts["precision"], counts["recall"], counts["f1"]) == (1.0, 1.0, 1.0)
            assert counts["tp"] == 3
    # Only the THREATEN event has a PLOVER type in this gold (root 02 has none).
    assert level(result, "plover")["tp"] == 1


def test_empty_system_has_zero_recall():
    result = scored(GOLD, [])
    counts = level(result, "root")
    assert counts["recall"] == 0.0
    assert counts["fn"] == 3
    assert counts["precision"] == 0.0
    assert result["per_class"]["02"]["fn"] == 2
    assert result["confusion"]["matrix"]["13"] == {"none": 1}


def test_one_false_event_gives_the_exact_precision():
    system = [EventItem(g.cameo, g.source, g.target, g.plover, g.trigger) for g in GOLD]
    system.append(EventItem("190", "JPN", "CHN", "ASSAULT", "a menacé", "fr/events/19.yaml#x"))
    result = scored(GOLD, system)
    counts = level(result, "root")
    assert counts["precision"] == 0.75
    assert counts["recall"] == 1.0
    assert counts["f1"] == round(2 * 0.75 / 1.75, 4)
    assert result["per_class"]["19"] == {
        "tp": 0,
        "fp": 1,
        "fn": 0,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_false_event_is_listed_with_its_rule():
    system = [EventItem("190", "JPN", "CHN", "ASSAULT", "a menacé", "fr/events/19.yaml#frapper")]
    scorer = EventScorer()
    scorer.add("r1", TEXT, GOLD, system, note=None)
    errors = scorer.errors(10)
    misses = [e for e in errors if e["kind"] == "miss"]
    false = [e for e in errors if e["kind"] == "false event"]
    assert len(misses) == 3
    assert false == [
        {
            "kind": "false event",
            "record": "r1",
            "text": TEXT,
            "system": {
                "cameo": "190",
                "plover": "ASSAULT",
                "source": "JPN",
                "target": "CHN",
                "trigger": "a menacé",
                "rule": "fr/events/19.yaml#frapper",
                "modality": None,
            },
        }
    ]
    assert scorer.errors(1) == [misses[0], false[0]]


def test_wrong_code_lands_in_the_confusion_matrix_on_its_trigger():
    system = [
        EventItem("190", "RUS", "UKR", trigger="attaqué"),
        EventItem("020", "RUS", None, trigger="ont appelé"),
        EventItem("020", "CHN", None, trigger="ont appelé"),
        EventItem("112", "CHN", "JPN", "ACCUSE", "menacé"),
    ]
    result = scored(GOLD, system)
    assert level(result, "root")["tp"] == 2
    assert result["confusion"]["matrix"]["13"] == {"11": 1}
    assert result["confusion"]["matrix"]["none"] == {"19": 1}
    assert result["confusion"]["matrix"]["02"] == {"02": 2}


def test_actor_match_is_at_country_level():
    system = [
        EventItem("020", "RUSGOV", None),
        EventItem("020", "CHNMIL", "USA"),  # gold says no target
        EventItem("138", "CHNGOV", "JPNGOV"),
    ]
    result = scored(GOLD, system)
    assert level(result, "root", "any_actors")["tp"] == 3
    assert level(result, "root")["tp"] == 2
    assert level(result, "root")["fp"] == 1


def test_modality_flags_are_scored_on_matched_events():
    gold = [
        EventItem("036", "PRK", "USA", modality=frozenset({"hypothetical"})),
        EventItem("042", "RUS", "PRK", modality=frozenset()),
        EventItem("043", "USA", "VNM"),  # modality not annotated: not scored
    ]
    system = [
        EventItem("036", "PRK", "USA", modality=frozenset({"hypothetical", "future"})),
        EventItem("042", "RUS", "PRK", modality=frozenset({"negated"})),
        EventItem("043", "USA", "VNM", modality=frozenset({"negated"})),
    ]
    modality = scored(gold, system)["modality"]
    assert (modality["hypothetical"]["tp"], modality["hypothetical"]["fn"]) == (1, 0)
    assert (modality["future"]["fp"], modality["negated"]["fp"]) == (1, 1)
    assert modality["negated"]["precision"] == 0.0


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("USA", "USAGOV", True),
        ("USAGOV", "USAMIL", True),
        ("USA", "CAN", False),
        ("IGO", "IGOUNO", True),
        ("IGOUNO", "IGOEU", False),
        ("---GOV", "FRAGOV", True),
        ('"NEW ACTOR"', "FRA", True),
        (None, None, True),
        (None, "FRA", False),
        ("FRA", None, False),
        (ANY_ACTOR, None, True),
        (ANY_ACTOR, "FRA", True),
    ],
)
def test_actors_match(gold, system, expected):
    assert actors_match(gold, system) is expected


def test_actor_country_keeps_organisation_codes_whole():
    assert actor_country("igounoKFR") == "IGOUNO"
    assert actor_country("PRKGOV") == "PRK"


def test_code_levels_accept_a_more_specific_system_code():
    gold = [EventItem("02", "RUS", None), EventItem("042", "FRA", "DEU")]
    system = [EventItem("023", "RUS", None), EventItem("043", "FRA", "DEU")]
    result = scored(gold, system)
    assert level(result, "root")["tp"] == 2
    assert level(result, "code3")["tp"] == 1  # 02 accepts 023; 042 is not 043


def test_levels_without_codes_are_left_out():
    gold = [EventItem(None, "FRA", "DEU", "CONSULT")]
    system = [EventItem("040", "FRA", "DEU", "CONSULT")]
    result = scored(gold, system, levels=("plover",))
    assert list(result["levels"]) == ["plover"]
    assert level(result, "plover")["tp"] == 1
    assert result["detail_level"] == "plover"
    assert result["per_class"]["CONSULT"]["tp"] == 1


def test_matching_is_maximal_whatever_the_order():
    # Greedy matching would give gold 0 the first system item and leave gold 1 unmatched.
    pairs = max_matching(2, 2, lambda i, j: (i, j) in {(0, 0), (0, 1), (1, 0)})
    assert pairs == [(0, 1), (1, 0)]


def test_counts_conventions_when_nothing_to_find():
    assert Counts().to_dict()["precision"] == 1.0
    assert Counts().recall == 1.0
    assert Counts(fp=2).recall == 0.0
    assert Counts(fn=2).precision == 0.0


def test_anchor_spans_finds_repeated_strings_in_order():
    spans = anchor_spans(TEXT, [{"text": "la Chine"}, {"text": "la Chine"}, {"text": "Pékin"}])
    first = TEXT.find("la Chine")
    assert (spans[0].start, spans[0].end) == (first, first + len("la Chine"))
    assert spans[1].start == TEXT.find("la Chine", first + 1)
    assert not spans[2].anchored
    given = anchor_spans(TEXT, [{"text": "lundi", "start": 45, "end": 50, "value": "x"}])
    assert (given[0].start, given[0].end, given[0].attrs) == (45, 50, {"value": "x"})


def test_time_scorer_strict_relaxed_and_value():
    text = "Ils se sont rencontrés lundi 25 septembre et se reverront en 2018."
    gold = anchor_spans(
        text,
        [
            {"text": "lundi 25 septembre", "type": "DATE", "value": "2017-09-25"},
            {"text": "2018", "type": "DATE", "value": "2018"},
        ],
    )
    start = text.find("lundi")
    system = [
        SpanItem("lundi", start, start + 5, {"type": "DATE", "value": "2017-09-25"}),
        SpanItem(
            "2018", text.find("2018"), text.find("2018") + 4, {"type": "DATE", "value": "2019"}
        ),
        SpanItem("se", 8, 10, {"type": "DATE", "value": "XXXX"}),
    ]
    scorer = TimeScorer()
    scorer.add("t", gold, system)
    result = scorer.result()
    assert result["strict"]["tp"] == 1
    assert result["relaxed"]["tp"] == 2
    assert result["relaxed"]["precision"] == round(2 / 3, 4)
    assert result["value_accuracy"] == 0.5
    assert result["type_accuracy"] == 1.0
    assert result["value"] == {
        "tp": 1,
        "fp": 2,
        "fn": 1,
        "precision": round(1 / 3, 4),
        "recall": 0.5,
        "f1": 0.4,
    }
    kinds = sorted(e["kind"] for e in scorer.errors(10))
    assert kinds == ["false detection", "wrong value"]


def test_haversine_paris_berlin():
    assert haversine_km(48.8566, 2.3522, 52.52, 13.405) == pytest.approx(878, abs=5)


def test_place_scorer_country_and_161_km():
    text = "Des manifestations ont eu lieu à Moscou et à Saint-Pétersbourg."
    gold = anchor_spans(
        text,
        [
            {"text": "Moscou", "country": "RUS", "lat": 55.7558, "lon": 37.6173},
            {"text": "Saint-Pétersbourg", "country": "RUS", "lat": 59.9386, "lon": 30.3141},
        ],
    )
    moscow, spb = text.find("Moscou"), text.find("Saint")
    system = [
        # Moscou, Idaho: right name, wrong country, far away.
        SpanItem("Moscou", moscow, moscow + 6, {"country": "USA", "lat": 46.73, "lon": -117.0}),
        SpanItem("Saint-Pétersbourg", spb, spb + 17, {"country": "RUS", "lat": 59.9, "lon": 30.3}),
    ]
    scorer = PlaceScorer()
    scorer.add("p", gold, system)
    result = scorer.result()
    assert result["strict"]["tp"] == 2
    assert result["country_accuracy"] == 0.5
    assert result["within_161km"] == 0.5


def test_actor_scorer_exact_and_country_codes():
    text = "Le Kremlin et l'armée chinoise ont répondu."
    gold = anchor_spans(
        text,
        [{"text": "Le Kremlin", "code": "RUSGOV"}, {"text": "l'armée chinoise", "code": "CHNMIL"}],
    )
    system = [
        SpanItem("Kremlin", 3, 10, {"code": "RUSGOV"}),
        SpanItem("l'armée chinoise", 14, 30, {"code": "CHNGOV"}),
    ]
    scorer = ActorScorer()
    scorer.add("a", gold, system)
    result = scorer.result()
    assert result["strict"]["tp"] == 1
    assert result["relaxed"]["tp"] == 2
    assert result["code_accuracy"] == 0.5
    assert result["country_accuracy"] == 1.0


def test_quote_scorer_speaker_code_and_kind():
    text = "« La diplomatie reste notre approche », a déclaré Heather Nauert."
    gold = anchor_spans(
        text,
        [
            {
                "text": "La diplomatie reste notre approche",
                "speaker": "Heather Nauert",
                "speaker_code": "USAGOV",
                "kind": "direct",
            }
        ],
    )
    system = [
        SpanItem(
            "« La diplomatie reste notre approche »",
            0,
            38,
            {"speaker": "Nauert", "speaker_code": "USA", "kind": "indirect"},
        )
    ]
    scorer = QuoteScorer()
    scorer.add("q", gold, system)
    result = scorer.result()
    assert result["relaxed"]["tp"] == 1
    assert result["strict"]["tp"] == 0
    assert result["speaker_accuracy"] == 1.0
    assert result["speaker_code_accuracy"] == 1.0
    assert result["speaker_code_exact"] == 0.0
    assert result["kind_accuracy"] == 0.0


def test_span_errors_are_limited_per_kind():
    text = "lundi, mardi et mercredi"
    gold = anchor_spans(text, [{"text": "lundi"}, {"text": "mardi"}, {"text": "mercredi"}])
    system = [SpanItem("et", 13, 15), SpanItem(",", 5, 6)]
    scorer = TimeScorer()
    scorer.add("t", gold, system)
    kinds = [e["kind"] for e in scorer.errors(1)]
    assert kinds == ["miss", "false detection"]
    assert len(scorer.errors(5)) == 5


def test_each_rule_counts_its_true_and_false_events():
    system = [
        EventItem("020", "RUS", None, None, "ont appelé", "fr/events/02.yaml#appeler"),
        EventItem("020", "CHN", None, None, "ont appelé", "fr/events/02.yaml#appeler"),
        # Right root, wrong target: a false event of its rule at root level with actors.
        EventItem("138", "CHN", "KOR", "THREATEN", "a menacé", "fr/events/13.yaml#menacer"),
        EventItem("190", "JPN", "CHN", "ASSAULT", "a menacé", None),
    ]
    per_rule = scored(GOLD, system)["per_rule"]
    assert per_rule["fr/events/02.yaml#appeler"]["tp"] == 2
    assert per_rule["fr/events/02.yaml#appeler"]["fp"] == 0
    assert per_rule["fr/events/13.yaml#menacer"]["tp"] == 0
    assert per_rule["fr/events/13.yaml#menacer"]["fp"] == 1
    # A system event without a rule (another coder's output) is counted under one key.
    assert per_rule["(no rule)"]["fp"] == 1
