"""Write records as JSON Lines, CSV, Parquet, GDELT 2.0 event rows or PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

# GDELT 2.0 event table columns, in order (documented by the GDELT project).
GDELT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
GEO_TYPES = {"country": 1, "admin1": 2, "city": 4, "region": 1, "continent": 1}


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested records to one level (``source.code`` → ``source_code``) for tables."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = (
                json.dumps(value, ensure_ascii=False)
                if value and isinstance(value[0], dict)
                else "|".join(map(str, value))
            )
        else:
            flat[name] = value
    return flat


def _table_columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    seen: set[str] = set()
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                columns.append(key)
    return columns


def _agent_codes(actor: dict[str, Any] | None) -> list[str]:
    if not actor or not actor.get("code"):
        return []
    code = actor["code"]
    country = actor.get("country") or ""
    rest = code[len(country) :] if country and code.startswith(country) else code[3:]
    return [rest[i : i + 3] for i in range(0, len(rest), 3)][:3]


def gdelt_row(event: dict[str, Any], meta: dict[str, Any]) -> list[Any]:
    """One GDELT 2.0 event row. Differences from GDELT: geo country codes are ISO alpha-3
    (GDELT uses FIPS 10-4), ids are our string ids, AvgTone is empty (we do not score tone)."""
    date = (event.get("date") or "").replace("-", "")
    sqldate = (date + "0101")[:8] if date else ""
    row: dict[str, Any] = {name: "" for name in GDELT_COLUMNS}
    row.update(
        GLOBALEVENTID=event["event_id"], SQLDATE=sqldate, MonthYear=sqldate[:6], Year=sqldate[:4]
    )
    if sqldate:
        row["FractionDate"] = round(int(sqldate[:4]) + (int(sqldate[4:6]) * 30.4 - 15) / 365, 4)
    for n, side in ((1, "source"), (2, "target")):
        actor = event.get(side)
        if actor:
            row[f"Actor{n}Code"] = actor.get("code") or ""
            row[f"Actor{n}Name"] = (actor.get("name") or actor.get("text") or "").upper()
            row[f"Actor{n}CountryCode"] = actor.get("country") or ""
            for i, agent in enumerate(_agent_codes(actor), 1):
                row[f"Actor{n}Type{i}Code"] = agent
    code = event["cameo"]
    row.update(
        IsRootEvent=int(event.get("sentence_index", 1) == 0),
        EventCode=code,
        EventBaseCode=code[:3],
        EventRootCode=event["cameo_root"],
        QuadClass=event["quad_class"],
        GoldsteinScale=event["goldstein"],
        NumMentions=meta.get("mentions", 1),
        NumSources=meta.get("sources", 1),
        NumArticles=meta.get("articles", 1),
    )
    location = event.get("location")
    if location:
        row.update(
            ActionGeo_Type=GEO_TYPES.get(location.get("precision") or "", 4),
            ActionGeo_FullName=location.get("name") or "",
            ActionGeo_CountryCode=location.get("country") or "",
            ActionGeo_ADM1Code=location.get("admin1") or "",
            ActionGeo_Lat=location.get("lat") if location.get("lat") is not None else "",
            ActionGeo_Long=location.get("lon") if location.get("lon") is not None else "",
            ActionGeo_FeatureID=location.get("geonameid") or "",
        )
    row["DATEADDED"] = meta.get("dateadded", "")
    row["SOURCEURL"] = meta.get("url") or ""
    return [row[name] for name in GDELT_COLUMNS]


def plover_record(event: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """An event in the PLOVER/POLECAT style: event type, mode and context, actors, date, place."""
    plover = event.get("plover") or {}

    def actor(side: str) -> dict[str, Any] | None:
        value = event.get(side)
        if not value:
            return None
        return {
            "text": value.get("text"),
            "name": value.get("name"),
            "code": value.get("code"),
            "country": value.get("country"),
            "agents": _agent_codes(value),
        }

    return {
        "id": event["event_id"],
        "date": event.get("date"),
        "event_type": plover.get("type"),
        "mode": plover.get("mode"),
        "context": plover.get("context") or [],
        "source": actor("source"),
        "target": actor("target"),
        "event_text": event.get("trigger", {}).get("text"),
        "sentence": event.get("sentence"),
        "location": event.get("location"),
        "modality": event.get("modality"),
        "cameo": event.get("cameo"),
        "language": event.get("language"),
        "article_id": event.get("article_id"),
        "url": meta.get("url"),
    }


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: IO[str] | IO[bytes] | str,
    metadata: dict[str, dict[str, Any]] | None = None,
) -> int:
    """Write ``records`` in ``fmt`` to a text stream, or to a file path for parquet. Returns a count."""
    rows = list(records)
    metadata = metadata or {}
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [flatten(r) for r in rows]
        columns = _table_columns(flat)
        table = pa.table({c: [f.get(c) for f in flat] for c in columns}) if flat else pa.table({})
        pq.write_table(table, out)  # type: ignore[arg-type]
        return len(rows)
    stream: IO[str] = out  # type: ignore[assignment]
    if fmt == "jsonl":
        for record in rows:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        flat = [flatten(r) for r in rows]
        writer = csv.DictWriter(stream, fieldnames=_table_columns(flat), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
    elif fmt == "gdelt":
        writer_tsv = csv.writer(stream, delimiter="\t", lineterminator="\n")
        writer_tsv.writerow(GDELT_COLUMNS)
        for record in rows:
            writer_tsv.writerow(gdelt_row(record, metadata.get(record["article_id"], {})))
    elif fmt == "plover":
        for record in rows:
            meta = metadata.get(record["article_id"], {})
            stream.write(json.dumps(plover_record(record, meta), ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return len(rows)


def to_text(records: Iterable[dict[str, Any]], fmt: str) -> str:
    buffer = io.StringIO()
    write_records(records, fmt, buffer)
    return buffer.getvalue()
