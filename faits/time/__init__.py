"""Time: temporal expressions anchored on the publication date (TIMEX3 values)."""

from faits.time.event_dates import EventDate, date_for_event
from faits.time.tagger import TimeExpression, TimeModel, tag_times

__all__ = ["EventDate", "TimeExpression", "TimeModel", "date_for_event", "tag_times"]
