"""The country a role phrase with no country of its own belongs to, read off its context.

News names the state once and then its bodies bare: "Le président ougandais a refusé de
promulguer la loi votée par le Parlement" (the Ugandan parliament), "TUNIS (AFP) - La police
a arrêté …" (the Tunisian police), "Des militaires birmans auraient massacré … La junte a
rejeté ces accusations" (the Burmese junta). A bare role takes the one country its context
names:

1. its own sentence. A role that acts (a subject, the agent of a passive) is of the places a
   locative preposition introduces ("à Tbilissi", "en Birmanie") and of the coded actors
   that act in the sentence. A definite role acted upon (a person, a body: "a exhorté le
   gouvernement") needs a place or a court or police acting in the sentence ("Un tribunal de Guatemala a condamné le journaliste …",
   "… réclamer à Dacca la démission de la Première ministre"), and no other acting actor
   of another country: "Le président a été tué par des rebelles congolais" does not make
   the victim Congolese, nor "… par des mercenaires vénézuéliens à Bogota". What a
   sentence acts on often has another country than who acts ("Le parquet national
   financier a ouvert une enquête visant un ancien ministre sénégalais"), so those
   mentions do not count;
2. if its sentence gives no country and the role is a definite description, the nearest
   earlier sentence that names one (any coded actor, place or nationality adjective, within
   ``WINDOW`` sentences), as a reader resolves "la junte" from what came before; an
   indefinite "des journalistes" introduces people the earlier sentences did not speak of.
   When that sentence names several countries, the title resumes the dateline's if it is
   among them: "ANKARA (AFP) - La Turquie a restreint l'accès de son espace aérien aux
   appareils israéliens. Le chef de la diplomatie a accusé …" is the Turkish minister. Not
   an envoy ("le diplomate", "l'ambassadeur"), who serves abroad and is as often the
   guest as the host;
3. failing both, the article's dateline ("LOMÉ, 27 juin (AFP) -").

A context that names two countries or more gives nothing: "Paris a condamné l'attaque de
manifestants contre l'ambassade de France à Niamey" leaves the protesters to the event
coder, which reads where the act took place. Only the roles whose members act where they
live are placed so (``CONTEXT_AGENTS``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Roles whose bare mention belongs to the state the context is about: its institutions and
# its domestic society, protesters and residents included (CVL: "Les manifestants ont bloqué
# la route" in a story from Dakar are Senegalese; only an acting or definite one is placed,
# see the resolver). Not refugees (REF) nor armed groups (REB, UAF, CRM): whom a bare
# "réfugiés" or "miliciens" are is where the act happens, which the event coder reads with
# the places stage's gazetteer.
CONTEXT_AGENTS = frozenset(
    {
        "GOV",
        "LEG",
        "JUD",
        "COP",
        "MIL",
        "SPY",
        "OPP",
        "LAB",
        "EDU",
        "AGR",
        "MED",
        "JRN",
        "NGO",
        "CVL",
    }
)
# Who acts on a person as its own state's authority: a court, a prosecutor, the police ("Un
# tribunal de Guatemala a condamné le journaliste"). Not a government, which acts on
# foreigners as often ("Washington a sanctionné le président").
AUTHORITY_AGENTS = frozenset({"JUD", "COP"})
# How many sentences back a bare role looks for the country its article is about.
WINDOW = 2
# What a piece of evidence is in its own sentence.
PLACE = "place"
ACTOR = "actor"  # a coded actor that acts: a subject or the agent of a passive
AUTHORITY = "authority"  # an acting actor that is a state's authority (AUTHORITY_AGENTS)
OTHER = "other"  # an actor acted upon, a nationality adjective on some other noun


@dataclass(frozen=True)
class Evidence:
    """A country the text names, how it names it (``PLACE``, ``ACTOR``, ``OTHER``) and the
    lexicon rule that coded it."""

    sentence: int
    country: str
    rule: str
    kind: str = OTHER
    clause: int = -1  # the verb heading the clause an ACTOR acts in (-1: unknown)


class Context:
    """The countries each sentence of an article names, and its dateline's country."""

    def __init__(self, evidence: Iterable[Evidence], dateline: Evidence | None = None) -> None:
        self.by_sentence: dict[int, list[Evidence]] = {}
        for item in evidence:
            self.by_sentence.setdefault(item.sentence, []).append(item)
        self.dateline = dateline

    def country_for(
        self,
        sentence: int,
        definite: bool,
        acting: bool,
        resumes: bool = True,
        clause: int = -1,
    ) -> Evidence | None:
        """The one country the role's context names (steps 1 to 3 above); ``None`` when
        the first step that names any names several and the dateline is not among them
        (or ``resumes`` is false: an envoy, whose country the dateline does not say).

        An actor acting in another clause of a sentence that names other countries too
        ("Le gouvernement a accusé les Émirats d'armer les FSR, ce que dément Abou Dhabi",
        "Washington s'inquiétait du rapprochement entre Niamey et Téhéran, avant que la
        junte ne dénonce l'accord") says nothing of the role's country: the sentence is
        about several states, and the role is read from the sentences before."""
        here = self.by_sentence.get(sentence, [])
        # Where an envoy is is where it serves, not whose it is ("son ambassade à Moscou").
        own = [e for e in here if e.kind != OTHER and (resumes or e.kind != PLACE)]
        if clause >= 0 and len({e.country for e in here}) > 1:
            own = [e for e in own if e.kind != ACTOR or e.clause in (-1, clause)]
        if own and (acting or any(e.kind != ACTOR for e in own)):
            return _single(own)
        for index in range(sentence - 1, sentence - (WINDOW if definite else 0) - 1, -1):
            named = self.by_sentence.get(index)
            if named:
                found = _single(named)
                if found is None and resumes:
                    found = self._home(named)
                elif resumes and self._abroad(found, sentence):
                    found = self.dateline
                return found
        return self.dateline

    def _abroad(self, found: Evidence | None, sentence: int) -> bool:
        """The one country the nearest sentence names is not the dateline's, and the
        sentences of the window before it name the dateline's: a foreign party's sentence
        in a story about the dateline's state ("GUATEMALA - … L'ambassade des États-Unis a
        réclamé … Le Congrès a convoqué le ministre" is Guatemala's Congress)."""
        if found is None or self.dateline is None or found.country == self.dateline.country:
            return False
        home = self.dateline.country
        return any(
            e.country == home
            for index in range(sentence - WINDOW - 1, sentence)
            for e in self.by_sentence.get(index, [])
        )

    def _home(self, named: list[Evidence]) -> Evidence | None:
        """The dateline, when it is one of the countries ``named``: a wire story filed from
        a capital speaks of that state's institutions bare."""
        if self.dateline and any(e.country == self.dateline.country for e in named):
            return self.dateline
        return None

    def state_among(self, sentence: int, states: frozenset[str]) -> Evidence | None:
        """The one country of ``states`` its sentence, else the nearest of the ``WINDOW``
        sentences before, names in any role: "… avec le Qatar et fermé leurs frontières
        avec l'émirat" is Qatar even beside three kingdoms and a republic."""
        for index in range(sentence, sentence - WINDOW - 1, -1):
            named = [e for e in self.by_sentence.get(index, []) if e.country in states]
            if named:
                return _single(named)
        return None


def _single(named: list[Evidence]) -> Evidence | None:
    countries = {e.country for e in named}
    return named[0] if len(countries) == 1 else None
