"""Language-neutral tables we wrote: CAMEO codes, Goldstein scores, quad classes, PLOVER map."""

from faits.ontology.tables import CameoCode, Ontology, load_ontology

__all__ = ["CameoCode", "Ontology", "load_ontology"]
