"""Actors: who acts. Countries, organisations, people and their roles, pronouns → CAMEO codes."""

from faits.actors.resolver import ActorAnalysis, ActorMention, ActorModel, resolve_actors

__all__ = ["ActorAnalysis", "ActorMention", "ActorModel", "resolve_actors"]
