"""Label stock: where the labels sit on a sheet or roll, and reading gLabels template files.

Built-in templates live in `resources/templates/builtin.xml`, in the gLabels template format, so the
office's own gLabels files (a `Glabels-templates` file or a `.glabels` document, gzipped or not)
are read by the same code. Distances are millimetres, measured from the page's top-left corner.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from certification.core import files
from certification.core.errors import InvalidInput, NotFound

BUILTIN_FILE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "builtin.xml"

PAPER_MM = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "A6": (105.0, 148.0),
    "US-Letter": (215.9, 279.4),
    "US-Legal": (215.9, 355.6),
}
_UNITS_MM = {"pt": 25.4 / 72, "in": 25.4, "mm": 1.0, "cm": 10.0, "pc": 25.4 / 6}
_DISTANCE = re.compile(r"\s*([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(pt|in|mm|cm|pc)?\s*$")
MAX_IMPORT_BYTES = 20_000_000


@dataclass(frozen=True)
class Layout:
    """A grid of labels: `nx` × `ny`, first one at (x0, y0), pitch (dx, dy)."""

    nx: int
    ny: int
    x0: float
    y0: float
    dx: float
    dy: float


@dataclass(frozen=True)
class LabelTemplate:
    id: str
    brand: str
    part: str
    description: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    layouts: tuple[Layout, ...]
    corner: float = 0.0
    roll: bool = False  # a thermal roll: one label per page, the page the size of the label

    @property
    def per_page(self) -> int:
        return sum(lay.nx * lay.ny for lay in self.layouts)

    def positions(self) -> tuple[tuple[float, float], ...]:
        """Top-left corners of the labels on one page in printing order (across, then down)."""
        out = []
        for lay in self.layouts:
            for row in range(lay.ny):
                for col in range(lay.nx):
                    out.append((lay.x0 + col * lay.dx, lay.y0 + row * lay.dy))
        return tuple(out)

    def check(self) -> None:
        """Every label lies on the page; a template that puts them off the page is refused."""
        if self.label_width <= 0 or self.label_height <= 0 or not self.layouts:
            raise InvalidInput("label.template_invalid", template=self.id)
        if any(lay.nx < 1 or lay.ny < 1 for lay in self.layouts):
            raise InvalidInput("label.template_invalid", template=self.id)
        tolerance = 0.5
        for x, y in self.positions():
            if (
                x < -tolerance
                or y < -tolerance
                or x + self.label_width > self.page_width + tolerance
                or y + self.label_height > self.page_height + tolerance
            ):
                raise InvalidInput("label.template_off_page", template=self.id)


MAX_ACROSS = 1000  # labels across or down one sheet: more is no label stock


def label_count(value: str) -> int:
    """How many labels a layout has across or down: a whole number from 1 to `MAX_ACROSS`."""
    try:
        count = int(value.strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_ACROSS:
        raise InvalidInput("label.template_count", value=value[:40], most=MAX_ACROSS)
    return count


def distance_mm(value: str | None, default: float | None = None) -> float:
    """A gLabels distance («70mm», «181.4», «2.5in») in millimetres; bare numbers are points."""
    if value is None:
        if default is None:
            raise InvalidInput("label.template_attribute_missing")
        return default
    m = _DISTANCE.match(value)
    if not m:
        raise InvalidInput("label.template_distance", value=value)
    return float(m.group(1)) * _UNITS_MM[m.group(2) or "pt"]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in node if _local(child.tag) == name]


def parse_glabels(data: bytes) -> list[LabelTemplate]:
    """Every rectangular label template in a gLabels templates file or document.

    Round and CD labels are skipped (our labels are rectangles); `equiv` clones and `Alias`
    entries become templates of their own so an office finds its sheet by brand and part number.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput("label.import_too_large", size=len(data))
    if data[:2] == b"\x1f\x8b":
        try:
            data = files.gunzip(data, MAX_IMPORT_BYTES)
        except zlib.error as exc:
            raise InvalidInput("label.import_unreadable") from exc
    if b"<!DOCTYPE" in data[:2000] or b"<!ENTITY" in data:
        raise InvalidInput("label.import_unreadable")  # no entity tricks in a template file
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: an unknown encoding
        raise InvalidInput("label.import_unreadable") from exc
    if _local(root.tag) not in ("Glabels-templates", "Glabels-document"):
        raise InvalidInput("label.import_not_glabels")
    found: dict[tuple[str, str], LabelTemplate] = {}
    out: list[LabelTemplate] = []
    for node in _children(root, "Template"):
        brand, part = node.get("brand", "").strip(), node.get("part", "").strip()
        if not brand or not part:
            continue
        equiv = node.get("equiv")
        if equiv:
            base = found.get((brand, equiv))
            if base is None:
                continue
            template = _renamed(base, brand, part)
        else:
            parsed = _template(node, brand, part)
            if parsed is None:
                continue
            template = parsed
        found[(brand, part)] = template
        out.append(template)
        for alias in _children(node, "Alias"):
            a_brand, a_part = alias.get("brand", brand).strip(), alias.get("part", "").strip()
            if a_part and (a_brand, a_part) not in found:
                found[(a_brand, a_part)] = _renamed(template, a_brand, a_part)
                out.append(found[(a_brand, a_part)])
    if not out:
        raise InvalidInput("label.import_no_templates")
    return out


def _renamed(template: LabelTemplate, brand: str, part: str) -> LabelTemplate:
    return replace(template, id=f"{brand} {part}", brand=brand, part=part)


def _template(node: ET.Element, brand: str, part: str) -> LabelTemplate | None:
    labels = _children(node, "Label-rectangle")
    if not labels:
        return None
    label = labels[0]
    size = node.get("size", "")
    width = distance_mm(label.get("width"))
    height = distance_mm(label.get("height"))
    layouts = tuple(
        Layout(
            nx=label_count(lay.get("nx", "1")),
            ny=label_count(lay.get("ny", "1")),
            x0=distance_mm(lay.get("x0"), 0.0),
            y0=distance_mm(lay.get("y0"), 0.0),
            dx=distance_mm(lay.get("dx"), 0.0),
            dy=distance_mm(lay.get("dy"), 0.0),
        )
        for lay in _children(label, "Layout")
    ) or (Layout(1, 1, 0.0, 0.0, width, height),)
    roll = size == "roll"
    if size in PAPER_MM:
        page_w, page_h = PAPER_MM[size]
    elif size in ("other", "roll"):
        page_w = distance_mm(node.get("width"))
        if roll:
            page_h = max(lay.y0 + (lay.ny - 1) * lay.dy + height for lay in layouts)
        else:
            page_h = distance_mm(node.get("height"))
    else:
        raise InvalidInput("label.template_paper_unknown", paper=size, template=f"{brand} {part}")
    description = node.get("description") or node.get("_description") or ""
    template = LabelTemplate(
        id=f"{brand} {part}",
        brand=brand,
        part=part,
        description=description,
        page_width=page_w,
        page_height=page_h,
        label_width=width,
        label_height=height,
        layouts=layouts,
        corner=distance_mm(label.get("round"), 0.0),
        roll=roll,
    )
    template.check()
    return template


def template_xml(template: LabelTemplate) -> str:
    """A template as a gLabels `Template` element, so offices can take it back to gLabels."""
    root = ET.Element(
        "Template",
        brand=template.brand,
        part=template.part,
        size="roll" if template.roll else "other",
        width=f"{template.page_width:g}mm",
        description=template.description,
    )
    if not template.roll:
        root.set("height", f"{template.page_height:g}mm")
    label = ET.SubElement(
        root,
        "Label-rectangle",
        id="0",
        width=f"{template.label_width:g}mm",
        height=f"{template.label_height:g}mm",
        round=f"{template.corner:g}mm",
    )
    for lay in template.layouts:
        ET.SubElement(
            label,
            "Layout",
            nx=str(lay.nx),
            ny=str(lay.ny),
            x0=f"{lay.x0:g}mm",
            y0=f"{lay.y0:g}mm",
            dx=f"{lay.dx:g}mm",
            dy=f"{lay.dy:g}mm",
        )
    return ET.tostring(root, encoding="unicode")


@cache
def builtin_templates() -> tuple[LabelTemplate, ...]:
    """The sheets and rolls Belgi knows out of the box; ids are short names like `a4-3x8`."""
    return tuple(
        replace(t, id=t.part) if t.brand == "Belgi" else t
        for t in parse_glabels(BUILTIN_FILE.read_bytes())
    )


def find_template(template_id: str, extra: tuple[LabelTemplate, ...] = ()) -> LabelTemplate:
    """A template by id among the built-ins and the office's own (`extra`)."""
    for template in (*extra, *builtin_templates()):
        if template.id == template_id:
            return template
    raise NotFound("label.template_not_found", template=template_id)
