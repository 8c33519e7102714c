"""Quote extraction on the seeds (the issue's done-when) and on sentences written for it."""

from __future__ import annotations

from faits.quotes import link_events_to_quotes
from faits.records import Attribution, Event, Modality, Plover, Span

SEED_BLOG = "seed-cellule44-2017-09-29"
SEED_XINHUA = "seed-xinhua-2019-02-19"


def only(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_seed_quote_with_broken_closing_mark_is_nauerts(seed_quotes):
    quote = only(seed_quotes[SEED_BLOG], "La diplomatie est notre approche privilégiée")
    assert quote.kind == "direct"
    assert quote.text.endswith("nous en serions certainement enchantés")
    assert quote.speaker.name == "Heather Nauert"
    assert quote.speaker.code == "USAGOV"
    assert quote.verb == "a déclaré"


def test_seed_ministry_quote_is_russian_government(seed_quotes):
    quote = only(seed_quotes[SEED_BLOG], "trouver des moyens de résoudre les problèmes")
    assert quote.text.startswith("trouver des moyens de résoudre les problèmes")
    assert quote.speaker.code == "RUSGOV"


def test_seed_quote_closed_without_opening_mark(seed_quotes):
    quote = only(seed_quotes[SEED_BLOG], "Les fonctionnaires ont")
    assert quote.kind == "direct"
    assert quote.speaker.text == "le ministère"


def test_seed_incise_reports_the_correspondent(seed_quotes):
    quote = only(seed_quotes[SEED_BLOG], "Les discussions ont duré près de cinq heures")
    assert quote.kind == "indirect"
    assert quote.speaker.text == "le correspondant de RIA Novosti"


def test_seed_selon_cnn(seed_quotes):
    quote = only(seed_quotes[SEED_XINHUA], "envisageraient sérieusement d'échanger")
    assert quote.speaker.text == "CNN"
    assert quote.verb == "selon"


def test_scare_quotes_are_not_quotes(seed_quotes):
    assert not [q for q in seed_quotes[SEED_BLOG] if q.text in ("double gel", "détruisait")]


def test_offsets_point_into_the_text(quotes_of):
    text = "Le maire a affirmé que la piscine rouvrirait en juin. « C'est promis », a-t-il ajouté."
    for quote in quotes_of(text):
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_quote_spanning_sentences_with_inverted_pronoun(quotes_of):
    text = (
        "La ministre de la Culture a visité le chantier. « Les travaux avancent bien. "
        "Nous rouvrirons au printemps », a-t-elle assuré."
    )
    (quote,) = quotes_of(text)
    assert quote.text == "Les travaux avancent bien. Nous rouvrirons au printemps"
    assert quote.speaker.text == "elle"
    assert "ministre de la Culture" in quote.speaker.name


def test_colon_introduction_and_carry_over(quotes_of):
    text = (
        "Le procureur Jean Martin a déclaré : « L'enquête ne fait que commencer. »\n"
        "« Aucune piste n'est écartée à ce stade de la procédure. »"
    )
    first, second = quotes_of(text)
    assert first.speaker.name == "Jean Martin"
    assert second.text.startswith("Aucune piste")
    assert second.speaker.name == "Jean Martin"


def test_indirect_and_pronoun_subject(quotes_of):
    text = (
        "Le syndicat Force ouvrière a reçu le ministre. Il a indiqué qu'il maintiendrait la grève."
    )
    (quote,) = quotes_of(text)
    assert quote.kind == "indirect"
    assert quote.text == "il maintiendrait la grève"
    assert quote.speaker.text == "Il"
    assert "Force ouvrière" in quote.speaker.name


def test_mixed_quote_keeps_the_reported_clause(quotes_of):
    text = (
        "Le Premier ministre a estimé que la situation était « sous contrôle » malgré les pluies."
    )
    (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.text == "la situation était « sous contrôle » malgré les pluies"


def test_selon_at_the_end_and_coordinated_verbs(quotes_of):
    text = (
        "Trois villages ont été évacués, selon la préfecture. "
        "Le préfet a déclaré que les routes étaient coupées et a ajouté que l'eau baissait."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "Trois villages ont été évacués",
        "les routes étaient coupées",
        "l'eau baissait",
    ]
    assert quotes[0].speaker.text == "la préfecture"
    assert {q.speaker.text for q in quotes[1:]} == {"Le préfet"}


def test_non_speaker_after_selon_is_ignored(quotes_of):
    assert quotes_of("Selon ce plan, les deux pays suspendraient leurs exercices.") == []


def test_appositive_name_is_the_speaker_name(quotes_of):
    text = "« Nous ne lâcherons rien », a déclaré la secrétaire générale du syndicat, Sophie Binet."
    (quote,) = quotes_of(text)
    assert quote.speaker.name == "Sophie Binet"


def _event(trigger_start: int, trigger_text: str, sentence_index: int = 0) -> Event:
    return Event(
        event_id="e",
        article_id="a",
        sentence_index=sentence_index,
        sentence="",
        trigger=Span(trigger_text, trigger_start, trigger_start + len(trigger_text)),
        source=None,
        target=None,
        cameo="010",
        cameo_root="01",
        cameo_label="",
        quad_class=1,
        goldstein=0.0,
        plover=Plover("CONSULT"),
        modality=Modality(),
        attribution=Attribution("", None, None),
        date=None,
        date_precision=None,
        date_text=None,
        date_source=None,
        location=None,
        rule="",
        language="fr",
    )


def test_events_link_to_their_quote(quotes_of):
    text = "« Nous condamnons ces frappes », a déclaré le ministre."
    (quote,) = quotes_of(text)
    said = _event(text.index("condamnons"), "condamnons")
    statement = _event(text.index("déclaré"), "déclaré")
    elsewhere = _event(0, "autre", sentence_index=3)
    link_events_to_quotes([said, statement, elsewhere], [quote])
    assert said.quote_id == quote.quote_id
    assert statement.quote_id == quote.quote_id
    assert elsewhere.quote_id is None
