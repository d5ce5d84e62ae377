"""What the inspections page reads and writes in one unit, beyond a single service call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from certification import inspections, standards
from certification.inspections import InspectionInfo
from certification.scoring import VersionSpec
from certification.standards import StandardVersionInfo

Thumbnails = dict[str, list[tuple[int, str, bytes]]]


@dataclass(frozen=True)
class Loaded:
    inspection: InspectionInfo
    spec: VersionSpec
    thumbnails: Thumbnails


def load(session: Session, inspection_id: int) -> Loaded:
    info = inspections.get_inspection(session, inspection_id)
    spec = standards.get_version(session, info.version_id).spec
    return Loaded(info, spec, thumbnails(session, inspection_id))


def thumbnails(session: Session, inspection_id: int) -> Thumbnails:
    by_code: Thumbnails = {}
    for photo_id, code, caption, data in inspections.photo_thumbnails(session, inspection_id):
        by_code.setdefault(code, []).append((photo_id, caption, data))
    return by_code


def report_file_name(info: InspectionInfo) -> str:
    """The product and the day of the inspection, without characters a file name may not hold."""
    product = re.sub(r'[\\/:*?"<>|]+', " ", info.product_name).strip() or str(info.id)
    return f"{product} {info.inspected_on.isoformat()}.pdf"


def write_report(session: Session, inspection_id: int, path: str) -> Path:
    """Render the inspection report and write it whole, or nothing (runs off the GUI thread)."""
    from certification import printing  # loads reportlab: only when a PDF is made
    from certification.documents.output import write_document

    return write_document(path, lambda: printing.inspection_report_pdf(session, inspection_id))


def versions_of_category(session: Session, category_id: int) -> list[StandardVersionInfo]:
    """Every version of the category's standards, newest first."""
    found = [
        v
        for summary in standards.list_standards(session, category_id)
        for v in standards.versions(session, summary.id)
    ]
    return sorted(found, key=lambda v: (v.code, -v.version))
