"""Events: who did what to whom, coded in CAMEO with PLOVER, Goldstein and quad class."""

from faits.events.coder import EventModel, code_events

__all__ = ["EventModel", "code_events"]
