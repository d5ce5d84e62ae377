"""Documents from the register: a certificate by its number, an inspection report by its id, the
public register (label jobs: `certification.labels.printing`).

Signing: a certificate's QR code is signed when its PDF is made, with the committee's key unlocked
by its passphrase for that printing, and is not stored. Printing a certificate therefore changes
no record and needs no user, but it needs the passphrase — the same rule as for labels, so the
private key is never opened without a person who knows it. Each copy carries a code signed on the
day it was printed by the key in force that day; every copy verifies while the certificate does.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification import audit_checkpoints, certificates, inspections, settings, standards
from certification.codes import issuing, keys, lists
from certification.codes.signing import Signer
from certification.core import clock
from certification.documents.certificate import CertificateDocument, localized, render_certificate
from certification.documents.inspection_report import (
    InspectionReportDocument,
    ReportCriterion,
    ReportGroup,
    ReportNonConformity,
    ReportPhoto,
    render_inspection_report,
)
from certification.documents.registers import Register, RegisterEntry, publish_register
from certification.documents.wording import words
from certification.scoring import AnswerValue, CriterionSpec, Reason, criterion_fraction
from models import Committee, Decision, Inspection, Region
from models.enums import CertificateStatus, CriterionKind

# Documents ---------------------------------------------------------------------------------------


def _committee_names(committee: Committee) -> dict[str, str]:
    return {"ky": committee.name_ky, "ru": committee.name_ru, "en": committee.name_en}


def _place(village: str, district: str, region: Region, lang: str) -> str:
    return ", ".join(p for p in (village, district, region.name(lang)) if p)


def certificate_document(
    session: Session, number: str, qr_text: str, today: date | None = None
) -> CertificateDocument:
    """What the certificate shows, as plain values, with its state as of `today`."""
    today = today or clock.today()
    cert = certificates.certificate_model(session, number)
    status = certificates.effective_status(cert.status, cert.valid_until, today)
    langs = settings.document_languages(session)
    as_of = None
    if status is CertificateStatus.EXPIRED:
        as_of = cert.valid_until + timedelta(days=1)
    elif status is not CertificateStatus.ACTIVE and cert.events:
        as_of = clock.today(cert.events[-1].at)
    producer = cert.producer
    version = cert.version
    decision = session.get(Decision, cert.decision_id)
    chair = decision.session.chair if decision is not None else None
    return CertificateDocument(
        number=cert.number,
        committee=_committee_names(cert.committee),
        producer=producer.name,
        producer_place=_place(producer.village, producer.district, producer.region, langs[0]),
        products=tuple(p.name for p in cert.products),
        standard=f"{version.standard.code} — {version.standard.title}",
        standard_version=version.version,
        issued_on=cert.issued_on,
        valid_until=cert.valid_until,
        qr_text=qr_text,
        stars=cert.stars,
        status=status.value,
        status_as_of=as_of,
        replaces=cert.supersedes.number if cert.supersedes else None,
        chair=chair.full_name if chair is not None else "",
        languages=langs,
        emblem=settings.get(session, settings.EMBLEM),
        brand_mark=settings.get(session, settings.BRAND_MARK),
    )


def certificate_pdf(
    session: Session, number: str, signer: Signer, today: date | None = None
) -> bytes:
    """The certificate's PDF with its own code, signed now by `signer`."""
    cert = certificates.certificate_model(session, number)
    code = issuing.certificate_code(session, signer, cert.id)
    return render_certificate(certificate_document(session, number, code, today))


def _decimal(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if lang in ("ky", "ru") else text


NBSP = "\u00a0"  # a number and its unit stay on one line


def _allowed(c: CriterionSpec, lang: str) -> str:
    unit = f"{NBSP}{c.unit}" if c.unit else ""
    low, high = _decimal(c.min_value, lang), _decimal(c.max_value, lang)
    if c.kind == CriterionKind.MEASUREMENT:
        if low and high:
            return f"{low}–{high}{unit}"
        if low:
            return f"≥{NBSP}{low}{unit}"
        if high:
            return f"≤{NBSP}{high}{unit}"
    if c.kind == CriterionKind.CHOICE:
        return "; ".join(h.text for h in c.choices if h.acceptable)
    return ""


def _answer(c: CriterionSpec, a: AnswerValue | None, langs: tuple[str, ...]) -> str:
    lang = langs[0]
    if c.kind == CriterionKind.NOTE:
        return a.note if a and a.note else "—"
    if a is None:
        return words("not_answered", langs)
    if c.kind == CriterionKind.YES_NO and a.yes is not None:
        return words("yes" if a.yes else "no", langs)
    if c.kind == CriterionKind.SCALE and a.number is not None:
        return f"{_decimal(a.number, lang)} / {c.scale_max}"
    if c.kind == CriterionKind.MEASUREMENT and a.number is not None:
        return f"{_decimal(a.number, lang)}{NBSP + c.unit if c.unit else ''}"
    if c.kind == CriterionKind.CHOICE and a.choice is not None and a.choice < len(c.choices):
        return c.choices[a.choice].text
    return words("not_answered", langs)


def _reason(r: Reason, langs: tuple[str, ...]) -> str:
    lang = langs[0]
    phrase = words(f"reason_{r.kind.value}", langs)
    unit = f"{NBSP}{r.unit}" if r.unit else ""

    def number(text: str) -> str:
        return text.replace(".", ",") if lang in ("ky", "ru") else text

    if r.kind.value == "below_pass_mark":
        return f"{phrase}: {number(r.value)}{NBSP}% < {number(r.minimum)}{NBSP}%"
    head = f"{r.code} {r.text}".strip()
    detail = ""
    if r.value:
        detail = f": {number(r.value)}{unit}"
        if r.minimum and r.maximum:
            detail += f" ({number(r.minimum)}–{number(r.maximum)}{unit})"
        elif r.minimum:
            detail += f" (≥{NBSP}{number(r.minimum)}{unit})"
        elif r.maximum:
            detail += f" (≤{NBSP}{number(r.maximum)}{unit})"
    return f"{head} — {phrase}{detail}"


def _without_repeats(reasons: tuple[Reason, ...]) -> list[Reason]:
    """A failed critical criterion is named once, as critical, not again for its value."""
    critical = {r.code for r in reasons if r.kind.value == "critical_failed"}
    return [r for r in reasons if r.kind.value == "critical_failed" or r.code not in critical]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def inspection_report_document(session: Session, inspection_id: int) -> InspectionReportDocument:
    """The report of one inspection as recorded: answers, points, score and why, photos."""
    info = inspections.get_inspection(session, inspection_id)
    row = session.get(Inspection, inspection_id)
    assert row is not None
    langs = settings.document_languages(session)
    lang = langs[0]
    spec = standards.spec_of(row.version)
    groups = []
    for g in spec.groups:
        rows = []
        for c in g.criteria:
            a = info.answers.get(c.code)
            frac, reason = criterion_fraction(c, a)
            points = ""
            if c.scored and frac is not None:
                points = f"{_decimal(round(frac * c.weight, 2), lang)} / {_decimal(c.weight, lang)}"
            rows.append(
                ReportCriterion(
                    code=c.code,
                    text=c.text,
                    answer=_answer(c, a, langs),
                    points=points,
                    allowed=_allowed(c, lang),
                    critical=c.critical,
                    ok=None if not c.scored or frac is None else reason is None,
                    note=a.note if a and a.note and c.kind != CriterionKind.NOTE else "",
                )
            )
        groups.append(ReportGroup(g.name, _decimal(g.weight, lang), tuple(rows)))
    result = info.result
    photos = tuple(ReportPhoto(p.caption, p.data) for p in row.photos)
    producer = row.product.producer
    place = _place(producer.village, producer.district, producer.region, lang)
    return InspectionReportDocument(
        committee=_committee_names(keys.own_committee(session)),
        producer=f"{producer.name} ({place})",
        product=info.product_name,
        standard=f"{row.version.standard.code} — {row.version.standard.title}",
        standard_version=row.version.version,
        inspector=info.inspector_name,
        inspected_on=info.inspected_on,
        groups=tuple(groups),
        score=f"{_decimal(result.score, lang)}{NBSP}%",
        pass_mark=f"{_decimal(spec.pass_mark, lang)}{NBSP}%",
        passed=result.passed,
        reasons=tuple(_sentence(_reason(r, langs)) for r in _without_repeats(result.reasons)),
        stars=result.stars,
        place=info.place,
        sample_lot=info.sample_lot,
        non_conformities=tuple(
            ReportNonConformity(
                n.criterion_code, n.description, n.corrective_action, n.due_on, n.status.value
            )
            for n in info.non_conformities
        ),
        photos=photos,
        languages=langs,
    )


def inspection_report_pdf(session: Session, inspection_id: int) -> bytes:
    return render_inspection_report(inspection_report_document(session, inspection_id))


# The public register -----------------------------------------------------------------------------


def public_register(session: Session, today: date | None = None) -> Register:
    """Every certificate this committee issued, in the state it is in today."""
    today = today or clock.today()
    langs = settings.document_languages(session)
    committee = keys.own_committee(session)
    regions = {r.code: r for r in session.scalars(select(Region))}
    entries = []
    for c in reversed(certificates.list_certificates(session, today=today)):
        region = regions.get(c.region_code)
        entries.append(
            RegisterEntry(
                number=c.number,
                status=c.status.value,
                producer=c.producer,
                village=c.village,
                region=region.name(langs[0]) if region else c.region_code,
                products=c.products,
                issued=c.issued_on,
                valid_until=c.valid_until,
                stars=c.stars,
            )
        )
    return Register(localized(_committee_names(committee), langs[0]), today, tuple(entries), langs)


def publish(
    session: Session,
    folder: str | os.PathLike[str],
    signer: Signer | None = None,
    username: str = "",
    today: date | None = None,
    now: datetime | None = None,
) -> list[Path]:
    """Write the register ready to publish with the verification page `v/`; with `signer`, the
    signed status list beside it and the page's signed lists (which take the lists' next sequence
    numbers, so call it in a write transaction)."""
    steps = publishing(session, folder, signer, username, today, now)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            written: list[Path] = done.value
            return written


PUBLISHING_STEPS = 3
CHECKPOINT_FILE = "audit" + audit_checkpoints.SUFFIX


def publishing(
    session: Session,
    folder: str | os.PathLike[str],
    signer: Signer | None = None,
    username: str = "",
    today: date | None = None,
    now: datetime | None = None,
) -> Generator[tuple[int, int], None, list[Path]]:
    """`publish` step by step: yields `(done, PUBLISHING_STEPS)` after the register is read, after
    its files are written, and returns the files written."""
    from certification import verify_page

    register = public_register(session, today)
    yield 1, PUBLISHING_STEPS
    status_list = lists.export_status_list(session, signer, username, now=now) if signer else None
    written = publish_register(register, Path(folder), status_list)
    yield 2, PUBLISHING_STEPS
    signed = None
    if signer is not None and status_list is not None:
        signed = verify_page.signed_lists(session, signer, username, status_list, now)
        # The audit chain as signed with the status list: kept beside it, outside the register.
        beside = audit_checkpoints.write_latest(
            session, Path(folder) / CHECKPOINT_FILE, public=True
        )
        written += [beside] if beside else []
    return [*written, verify_page.write_page(folder, signed)]
