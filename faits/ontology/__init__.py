"""Language-neutral tables we wrote: CAMEO codes, Goldstein scores, quad classes, PLOVER map."""
