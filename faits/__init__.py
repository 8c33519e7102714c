"""faits: who did what to whom, when, where, and according to whom — from French news."""

__version__ = "0.1.0"
