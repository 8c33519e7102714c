"""Time: temporal expressions anchored on the publication date (TIMEX3 values)."""

from faits.time.tagger import TimeExpression, TimeModel, tag_times

__all__ = ["TimeExpression", "TimeModel", "tag_times"]
