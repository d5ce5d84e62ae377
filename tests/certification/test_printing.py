"""Documents made from the register, read back as a buyer's phone and a person would read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from certification import certificates, printing
from certification.codes import keys, lists
from certification.codes.service import verify_text
from certification.core.errors import DomainError
from certification.labels import ledger
from certification.labels.printing import print_labels, reprint_labels
from models import AuditEntry
from models.db import read_unit, unit_of_work
from models.enums import CertificateEventKind
from tests.certification.labelled import PASSPHRASE, labelled_office
from tests.documents import pdfcheck
from tests.factories import add_producer, make_office, submitted_inspection


def test_a_certificate_from_the_register_carries_its_own_genuine_code(
    any_engine: Engine,
) -> None:
    lab = labelled_office(any_engine)
    factory = lab.office.factory
    with read_unit(factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        pdf = printing.certificate_pdf(s, lab.certificate, signer)
    text = pdfcheck.text(pdf)
    for expected in (lab.certificate, "«Ак-Суу бал» өндүрүш тобу", "Тоо балы", "Эмгекчил"):
        assert expected in text
    assert "Өндүрүүчү" in text and "Производитель" in text  # Kyrgyz and Russian by default
    assert "Нарын облустук бренд-комитети" in text
    (code,) = pdfcheck.qr_texts(pdfcheck.pages(pdf, dpi=200)[0])
    with read_unit(factory) as s:
        result = verify_text(s, code, record=False)
    assert result.outcome.value == "genuine_valid" and result.certificate == lab.certificate

    with unit_of_work(factory) as s:
        certificates.change_status(
            s, lab.office.chair, lab.certificate, CertificateEventKind.SUSPENDED, "мониторинг"
        )
    with read_unit(factory) as s:
        pdf = printing.certificate_pdf(s, lab.certificate, signer)
        (code,) = pdfcheck.qr_texts(pdfcheck.pages(pdf, dpi=200)[0])
        assert verify_text(s, code, record=False).outcome.value == "genuine_suspended"
    assert "УБАКТЫЛУУ ТОКТОТУЛГАН" in pdfcheck.text(pdf)


def test_a_label_job_prints_every_serial_once_with_a_genuine_code(
    any_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(any_engine)
    factory = lab.office.factory
    out = tmp_path / "labels.pdf"
    result = print_labels(
        factory, lab.certificate, lab.lot.lot_number, 30, PASSPHRASE, out, start=5
    )
    assert result.job.serials == ((1, 30),) and result.path == out
    pdf = out.read_bytes()
    assert pdfcheck.page_count(pdf) == 2  # positions 5–24 of the first sheet, 10 on the next
    codes = [t for page in pdfcheck.pages(pdf, dpi=300) for t in pdfcheck.qr_texts(page)]
    assert len(codes) == len(set(codes)) == 30
    with read_unit(factory) as s:
        checked = [verify_text(s, c, record=False) for c in codes]
        balance = ledger.reconcile(s, lab.lot.id)
        who = s.scalars(
            select(AuditEntry.username).where(AuditEntry.action == "labels.allocate")
        ).one()
    assert {r.outcome.value for r in checked} == {"genuine_valid"}
    assert sorted(r.serial or 0 for r in checked) == list(range(1, 31))
    assert {r.lot for r in checked} == {lab.lot.lot_number}
    assert (balance.allocated, balance.printed) == (30, 30)
    assert who.startswith("key ")  # no user named: the audit log names the key that signed

    with unit_of_work(factory) as s:
        ledger.spoil(s, lab.office.clerk, lab.lot.id, ((7, 8),), "misprint")
    again = reprint_labels(
        factory,
        lab.certificate,
        lab.lot.lot_number,
        ((7, 8),),
        PASSPHRASE,
        tmp_path / "again.pdf",
        template_id="roll-58x40",
        user=lab.office.clerk,
    )
    pages = pdfcheck.pages((tmp_path / "again.pdf").read_bytes(), dpi=300)
    assert len(pages) == 2  # one label a page on a roll
    with read_unit(factory) as s:
        serials = [verify_text(s, pdfcheck.qr_texts(p)[0], record=False).serial for p in pages]
        assert ledger.reconcile(s, lab.lot.id).reprinted == 2
    assert serials == [7, 8] and again.job.kind == "reprint"


def test_nothing_is_allocated_when_a_label_job_is_refused(
    any_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(any_engine)
    folder = tmp_path / "out"
    folder.mkdir()

    def attempt(
        certificate: str = lab.certificate,
        lot: str = lab.lot.lot_number,
        count: int = 5,
        passphrase: str = PASSPHRASE,
        output: Path = folder / "l.pdf",
        **options: object,
    ) -> None:
        print_labels(
            lab.office.factory,
            certificate,
            lot,
            count,
            passphrase,
            output,
            **options,  # type: ignore[arg-type]
        )

    refused = [
        (dict(passphrase="wrong"), "codes.wrong_passphrase"),
        (dict(output=folder / "missing" / "l.pdf"), "document.folder_missing"),
        (dict(output=folder), "document.not_a_file"),
        (dict(template_id="a4-9x9"), "label.template_not_found"),
        (dict(start=25), "label.start"),
        (dict(count=501), "labels.more_than_lot"),
        (dict(count=0), "labels.bad_count"),
        (dict(lot="2611-999"), "lot.not_found"),
        (dict(certificate="KG-N-1999-00001"), "certificate.not_found"),
        (dict(user=lab.office.inspector), "auth.role_required"),
    ]
    for changes, code in refused:
        with pytest.raises(DomainError) as caught:
            attempt(**changes)  # type: ignore[arg-type]
        assert caught.value.code == code
    with read_unit(lab.office.factory) as s:
        assert ledger.reconcile(s, lab.lot.id).allocated == 0
    assert list(folder.iterdir()) == []


def test_the_inspection_report_says_what_was_found_and_why(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    inspection = submitted_inspection(o, product, quality="weak")
    with read_unit(o.factory) as s:
        pdf = printing.inspection_report_pdf(s, inspection)
    text = pdfcheck.text(pdf)
    for expected in (
        "Текшерүүнүн актысы / Акт проверки",
        "«Ак-Суу бал» өндүрүш тобу",
        "Тоо балы",
        "BABP-HONEY",
        "ӨТКӨН ЖОК / НЕ ПРОЙДЕНО",
        "Нымдуулугу",  # a measurement criterion of the honey standard
        "Жыйынтык балл өтүү баллынан төмөн / итоговый балл ниже проходного",
    ):
        assert expected in " ".join(text.split()), expected
    with pytest.raises(DomainError) as caught, read_unit(o.factory) as s:
        printing.inspection_report_pdf(s, 9999)
    assert caught.value.code == "inspection.not_found"


def test_the_public_register_is_published_with_a_signed_status_list(
    any_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(any_engine)
    factory = lab.office.factory
    with unit_of_work(factory) as s:
        certificates.change_status(
            s, lab.office.chair, lab.certificate, CertificateEventKind.SUSPENDED, "мониторинг"
        )
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        written = printing.publish(s, tmp_path, signer, "clerk")
    assert {p.name for p in written} == {
        "index.html",
        "register.json",
        "register.csv",
        "register.xlsx",
        "register.pdf",
        "status-list.json",
        "audit.checkpoint.json",  # the audit chain as signed with the status list
        "v",  # the verification page
    }
    register = json.loads((tmp_path / "register.json").read_text(encoding="utf-8"))
    assert [(c["number"], c["status"]) for c in register["certificates"]] == [
        (lab.certificate, "suspended")
    ]
    assert "status-list.json" in (tmp_path / "index.html").read_text(encoding="utf-8")
    status = json.loads((tmp_path / "status-list.json").read_text(encoding="utf-8"))
    assert status["body"]["kind"] == lists.STATUS
    assert [c["number"] for c in status["body"]["certificates"]] == [lab.certificate]
