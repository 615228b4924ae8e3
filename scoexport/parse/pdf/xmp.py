"""The document's XMP metadata packet: title, creators and dates, as a fallback beside the info dictionary.

PDFium reads the info dictionary but not XMP. The XMP specification asks writers to leave the
document's metadata stream uncompressed so that tools can find it in the bytes; the document's
packet is the one the catalog (`/Type /Catalog ... /Metadata N 0 R`) points to, not the packets
images carry. A file whose catalog sits in a compressed object stream gives nothing here, and
the info dictionary alone is used.
"""
from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from .reader import calendar_date

_METADATA_REF = re.compile(rb"/Metadata\s+(\d+)\s+(\d+)\s+R")
_OBJ_START = re.compile(rb"\d+\s+\d+\s+obj\b")
_PACKET = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.S)
_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
LOOK_BACK = 4096  # bytes before a /Metadata reference in which its dictionary's object starts
MAX_PACKET = 1_000_000


def _catalog_packet(data: bytes) -> bytes | None:
    for ref in _METADATA_REF.finditer(data):
        window = data[max(0, ref.start() - LOOK_BACK): ref.start()]
        starts = list(_OBJ_START.finditer(window))
        end = data.find(b"endobj", ref.end(), ref.end() + LOOK_BACK)
        if not starts or end < 0 or b"/Catalog" not in window[starts[-1].start():] + data[ref.end():end]:
            continue  # an image's or a page's metadata, not the document's
        obj = re.search(rb"\b" + ref.group(1) + rb"\s+" + ref.group(2) + rb"\s+obj\b", data)
        if obj:
            packet = _PACKET.search(data, obj.end(), obj.end() + MAX_PACKET)
            if packet:
                return packet.group()
    return None


def _date(text: str | None) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", (text or "").strip())
    return calendar_date(*m.groups()) if m else None


def _value(root: etree._Element, path: str, attribute: str) -> str | None:
    """A property written as an element or as an attribute of rdf:Description."""
    found = root.xpath(path, namespaces=_NS)
    if found:
        return "".join(found[0].itertext()).strip() or None
    for description in root.iter(f"{{{_NS['rdf']}}}Description"):
        prefix, name = attribute.split(":")
        value = description.get(f"{{{_NS[prefix]}}}{name}")
        if value:
            return value.strip()
    return None


def xmp_metadata(data: bytes) -> dict[str, object]:
    """{"title": str, "authors": [str], "created": date, "modified": date} where the packet gives them."""
    packet = _catalog_packet(data)
    if packet is None:
        return {}
    try:
        root = etree.fromstring(packet, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    out: dict[str, object] = {}
    title = _value(root, ".//dc:title//rdf:li", "dc:title")
    if title:
        out["title"] = title
    authors = [a for a in ("".join(li.itertext()).strip() for li in root.xpath(".//dc:creator//rdf:li", namespaces=_NS)) if a]
    if authors:
        out["authors"] = authors
    for key, path, attribute in (("created", ".//xmp:CreateDate", "xmp:CreateDate"),
                                 ("modified", ".//xmp:ModifyDate", "xmp:ModifyDate")):
        day = _date(_value(root, path, attribute))
        if day:
            out[key] = day
    return out
