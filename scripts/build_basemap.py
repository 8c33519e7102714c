"""Build the web interface's offline basemap from Natural Earth's 1:110m countries.

The map must render without any network access, so the outlines ship inside the package
as ``faits/api/static/basemap.json``: one SVG path per country in an equirectangular
projection (x = longitude + 180, y = 90 - latitude; a 360 x 180 box). The input is the
TopoJSON of the ``world-atlas`` npm package (ISC licence, data from Natural Earth, public
domain). Re-run after upgrading it:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-110m.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "faits" / "api" / "static" / "basemap.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring made continuous across the antimeridian (longitudes may leave -180..180)."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in points:
        if out:
            previous = out[-1][0] - shift
            if lon - previous > 180:
                shift -= 360
            elif previous - lon > 180:
                shift += 360
        out.append((lon + shift, lat))
    return out


def ring_path(points: list[tuple[float, float]], offset: float) -> str:
    coords = [f"{lon + 180 + offset:.1f} {90 - lat:.1f}" for lon, lat in points]
    return "M" + "L".join(coords) + "Z"


def path_data(polygons: list[list[list[int]]], arcs: list[list[tuple[float, float]]]) -> str:
    """One path for a country; a ring crossing the antimeridian is drawn on both edges."""
    parts = []
    for polygon in polygons:
        for ring in polygon:
            points = unwrapped(ring_points(ring, arcs))
            parts.append(ring_path(points, 0))
            if min(lon for lon, _ in points) < -180:
                parts.append(ring_path(points, 360))
            if max(lon for lon, _ in points) > 180:
                parts.append(ring_path(points, -360))
    return "".join(parts)


def build(topojson: Path) -> dict:
    topology = json.loads(topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        countries.append(
            {
                "id": geometry.get("id"),
                "name": geometry.get("properties", {}).get("name"),
                "d": path_data(polygons, arcs),
            }
        )
    return {
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC)",
        "width": 360,
        "height": 180,
        "countries": countries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    args = parser.parse_args()
    OUT.write_text(json.dumps(build(args.topojson), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
