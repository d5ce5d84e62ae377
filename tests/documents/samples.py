"""Realistic documents to render in tests: a honey producers' group of Issyk-Kul."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date

from PIL import Image, ImageDraw

from certification.documents.certificate import CertificateDocument
from certification.documents.inspection_report import (
    InspectionReportDocument,
    ReportCriterion,
    ReportGroup,
    ReportNonConformity,
    ReportPhoto,
)

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
COMMITTEE = {
    "ky": "Ысык-Көл облусунун аймактык бренд-комитети",
    "ru": "Региональный бренд-комитет Иссык-Кульской области",
    "en": "Issyk-Kul Regional Brand Committee",
}
PRODUCER = "«Ак-Суу асалчылары» өндүрүш тобу"


def signed_text(seed: int) -> str:
    """A code text shaped like a signed record: alphanumeric, 136 characters."""
    rng = random.Random(seed)
    return "KG1:" + "".join(rng.choice(BASE32) for _ in range(132))


def certificate(**changes: object) -> CertificateDocument:
    doc = CertificateDocument(
        number="KG-Y-2026-00042",
        committee=COMMITTEE,
        producer=PRODUCER,
        producer_place="Теплоключенка айылы, Ак-Суу району, Ысык-Көл облусу",
        products=("Ысык-Көл балы — ак эспарцет, 500 г", "Тоо чөптөрүнүн балы, 250 г"),
        standard="BABP-HONEY — Бал жана бал азыктары",
        standard_version=2,
        stars=4,
        issued_on=date(2026, 3, 14),
        valid_until=date(2029, 3, 13),
        qr_text=signed_text(42),
        chair="Жумабаева Айгүл Төлөгөновна",
        secretary="Осмонов Нурбек",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def photo(colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (320, 240), colour)
    ImageDraw.Draw(image).ellipse((100, 60, 220, 180), fill=(240, 200, 60))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def inspection_report(**changes: object) -> InspectionReportDocument:
    doc = InspectionReportDocument(
        committee=COMMITTEE,
        producer=PRODUCER,
        product="Ысык-Көл балы — ак эспарцет, 500 г",
        standard="BABP-HONEY — Бал жана бал азыктары",
        standard_version=2,
        inspector="Сыдыков Бакыт",
        inspected_on=date(2026, 2, 20),
        place="Теплоключенка айылы",
        sample_lot="IK25-001",
        groups=(
            ReportGroup(
                "Коопсуздук жана тазалык",
                "0,4",
                (
                    ReportCriterion(
                        "1.1", "Нымдуулук", "17,2 %", "10 / 10", "≤ 20 %", critical=True, ok=True
                    ),
                    ReportCriterion("1.2", "Өндүрүш жайы таза", "ооба", "5 / 5", ok=True),
                    ReportCriterion(
                        "1.3", "Этикеткада мөөнөтү көрсөтүлгөн", "жок", "0 / 5", ok=False
                    ),
                ),
            ),
            ReportGroup(
                "Сапат жана көрүнүш",
                "0,6",
                tuple(
                    ReportCriterion(f"2.{i}", f"Даамы жана жыты {i}", "4", "4 / 5", ok=True)
                    for i in range(1, 40)
                ),
            ),
        ),
        score="82,5 %",
        pass_mark="70 %",
        passed=True,
        stars=4,
        reasons=("Бардык критикалык талаптар аткарылды",),
        non_conformities=(
            ReportNonConformity(
                "1.3", "Этикеткада өндүрүлгөн күнү жок", "Этикетканы жаңылоо", date(2026, 4, 1)
            ),
        ),
        photos=(ReportPhoto("Бал сакталган жай", photo((90, 120, 160))),),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]
