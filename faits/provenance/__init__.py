"""Provenance: original source, translation, republication, cited outlets, near-duplicates."""

from faits.provenance.credits import Provenance, ProvenanceModel, find_provenance

__all__ = ["Provenance", "ProvenanceModel", "find_provenance"]
