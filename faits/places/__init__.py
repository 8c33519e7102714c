"""Places: a gazetteer-backed geoparser resolving place names to coordinates."""

from faits.places.geoparser import PlaceMention, PlaceModel, find_places

__all__ = ["PlaceMention", "PlaceModel", "find_places"]
