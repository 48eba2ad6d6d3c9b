#!/usr/bin/env python3
"""Writes the map's basemap (us-basemap.bin) from the us-atlas npm package.

Reads counties-10m.json from the package tarball (TopoJSON: counties, states and the nation,
lon/lat quantized, arcs delta-encoded under a top-level transform) and writes every arc once,
tagged as a coast (or national border), a state border or a county border, with the quantized
points decoded to absolute integers, followed by the nation, state and county regions as rings
of arc indexes. Python 3 standard library only.

Usage: generate_basemap.py [us-atlas-3.0.1.tgz] [us-basemap.bin]
The defaults are ../shared/data/basemap/us-atlas-3.0.1.tgz beside the project and the file
next to this script. See README.md for the format.
"""

import json
import os
import struct
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "data", "basemap", "us-atlas-3.0.1.tgz"))
DEFAULT_OUTPUT = os.path.join(HERE, "us-basemap.bin")

MAGIC = b"PABASEM1"
KIND_COUNTY, KIND_STATE, KIND_COAST = 0, 1, 2
LEVEL_NATION, LEVEL_STATE, LEVEL_COUNTY = 0, 1, 2


def read_topology(path):
    with tarfile.open(path, "r:gz") as archive:
        member = archive.getmember("package/counties-10m.json")
        return json.load(archive.extractfile(member))


def rings_of(geometry):
    """The rings (lists of signed arc indexes) of a Polygon or MultiPolygon."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return list(geometry["arcs"])
    if kind == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def arc_index(signed):
    return signed if signed >= 0 else ~signed


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    output = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    topology = read_topology(source)
    transform = topology["transform"]
    arcs = topology["arcs"]
    objects = topology["objects"]

    in_nation, in_states = set(), set()
    for geometry in objects["nation"]["geometries"]:
        for ring in rings_of(geometry):
            in_nation.update(arc_index(a) for a in ring)
    for geometry in objects["states"]["geometries"]:
        for ring in rings_of(geometry):
            in_states.update(arc_index(a) for a in ring)

    out = bytearray(MAGIC)
    out += struct.pack("<4d", transform["scale"][0], transform["scale"][1],
                       transform["translate"][0], transform["translate"][1])
    out += struct.pack("<I", len(arcs))
    for index, arc in enumerate(arcs):
        kind = (KIND_COAST if index in in_nation
                else KIND_STATE if index in in_states else KIND_COUNTY)
        out += struct.pack("<BI", kind, len(arc))
        x = y = 0
        for dx, dy in arc:  # delta-encoded in the source, absolute here
            x += dx
            y += dy
            out += struct.pack("<ii", x, y)

    regions = []
    for level, name in ((LEVEL_NATION, "nation"), (LEVEL_STATE, "states"),
                        (LEVEL_COUNTY, "counties")):
        for geometry in objects[name]["geometries"]:
            regions.append((level, str(geometry.get("id", "")),
                            geometry.get("properties", {}).get("name", ""),
                            rings_of(geometry)))
    out += struct.pack("<I", len(regions))
    for level, fips, label, rings in regions:
        fips_bytes, label_bytes = fips.encode("utf-8"), label.encode("utf-8")
        out += struct.pack("<BB", level, len(fips_bytes)) + fips_bytes
        out += struct.pack("<H", len(label_bytes)) + label_bytes
        out += struct.pack("<I", len(rings))
        for ring in rings:
            out += struct.pack("<I%di" % len(ring), len(ring), *ring)

    with open(output, "wb") as handle:
        handle.write(out)
    print("%s: %d arcs, %d points, %d regions, %d bytes" % (
        output, len(arcs), sum(len(a) for a in arcs), len(regions), len(out)))


if __name__ == "__main__":
    main()
