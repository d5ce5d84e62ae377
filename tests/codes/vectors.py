"""The published test vectors (docs/test-vectors/codes-v1.json), built from fixed test keys.

Regenerate after a deliberate format change: `python -m tests.codes.vectors`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import (
    Signer,
    code_message,
    format_key_id,
    key_id_for,
    public_bytes,
)
from certification.codes.text import code_text, normalise
from certification.codes.verification import (
    CertificateState,
    StatusView,
    TrustedKey,
)
from certification.core import clock

PATH = Path(__file__).resolve().parents[2] / "docs" / "test-vectors" / "codes-v1.json"
PREFIX = "HTTPS://BELGI.KG/V/"
TODAY = date(2026, 5, 1)


def vector_key(seed_byte: int) -> Ed25519PrivateKey:
    """Test keys only: the seed is 32 copies of one byte. Never use these for real labels."""
    return Ed25519PrivateKey.from_private_bytes(bytes([seed_byte]) * 32)


def _key_json(name: str, seed: int, key: TrustedKey) -> dict[str, Any]:
    return {
        "name": name,
        "seed_hex": (bytes([seed]) * 32).hex(),
        "public_key_hex": key.public_key.hex(),
        "key_id": format_key_id(key.key_id),
        "committee": key.committee,
        "region": key.region,
        "valid_from": key.valid_from.isoformat(),
        "valid_until": key.valid_until.isoformat() if key.valid_until else None,
        "compromised_on": key.compromised_on.isoformat() if key.compromised_on else None,
    }


def trusted_key_from_json(data: dict[str, Any]) -> TrustedKey:
    return TrustedKey(
        key_id=int(data["key_id"], 16),
        public_key=bytes.fromhex(data["public_key_hex"]),
        committee=data["committee"],
        region=data["region"],
        valid_from=date.fromisoformat(data["valid_from"]),
        valid_until=date.fromisoformat(data["valid_until"]) if data["valid_until"] else None,
        compromised_on=(
            date.fromisoformat(data["compromised_on"]) if data["compromised_on"] else None
        ),
    )


def status_from_json(data: dict[str, Any] | None) -> StatusView:
    if data is None:
        return StatusView(CertificateState.UNKNOWN)
    return StatusView(
        CertificateState(data["state"]),
        datetime.fromisoformat(data["as_of"]) if data.get("as_of") else None,
        date.fromisoformat(data["valid_until"]) if data.get("valid_until") else None,
        bool(data.get("stale", False)),
    )


def _record_json(record: CodeRecord) -> dict[str, Any]:
    return {
        "version": record.version,
        "kind": record.kind.name.lower(),
        "region": record.region,
        "key_id": format_key_id(record.key_id),
        "certificate_year": record.certificate_year,
        "certificate_sequence": record.certificate_sequence,
        "certificate_number": record.certificate_number,
        "signed_on": record.signed_on.isoformat(),
        "valid_until": record.valid_until.isoformat(),
        "category": record.category,
        "lot": record.lot,
        "serial": record.serial,
    }


def build() -> dict[str, Any]:
    keys: dict[str, tuple[int, Ed25519PrivateKey, TrustedKey]] = {}

    def add_key(name: str, seed: int, region: str = "KG-Y", **rules: Any) -> Signer:
        private = vector_key(seed)
        public = public_bytes(private)
        key_id = rules.pop("key_id", key_id_for(public))
        committee = rules.pop("committee", "Y1")
        keys[name] = (
            seed,
            private,
            TrustedKey(
                key_id,
                public,
                committee,
                region,
                rules.pop("valid_from", date(2025, 1, 1)),
                **rules,
            ),
        )
        return Signer(key_id, private)

    issuer = add_key("issuer", 0x11)
    retired = add_key("retired", 0x22, valid_from=date(2024, 1, 1), valid_until=date(2025, 12, 31))
    compromised = add_key("compromised", 0x33, compromised_on=date(2026, 3, 1))
    stranger = add_key("stranger", 0x44)  # never in any trust list
    twin = add_key("twin", 0x55, key_id=keys["issuer"][2].key_id)  # shares the issuer's id
    naryn = add_key("naryn", 0x66, region="KG-N", committee="N1")

    label = CodeRecord(
        kind=CodeKind.LABEL,
        region="KG-Y",
        key_id=issuer.key_id,
        certificate_year=2026,
        certificate_sequence=42,
        signed_on=date(2026, 3, 14),
        valid_until=date(2029, 3, 13),
        category=7,
        lot=3,
        serial=1250,
    )
    certificate = replace(label, kind=CodeKind.CERTIFICATE, lot=None, serial=None)
    longest = replace(
        label,
        key_id=0xFFFFFFFF,
        certificate_year=2255,
        certificate_sequence=2**24 - 1,
        signed_on=date(2179, 6, 6),
        valid_until=date(2179, 6, 6),
        category=2**16 - 1,
        lot=2**16 - 1,
        serial=2**24 - 1,
    )
    active = {"state": "active", "as_of": "2026-05-01T10:00:00+06:00", "valid_until": "2029-03-13"}
    vectors: list[dict[str, Any]] = []

    def vector(
        name: str,
        description: str,
        text: str,
        expected: str,
        reason: str,
        *,
        record: CodeRecord | None = None,
        signature: bytes | None = None,
        prefix: str = "",
        trusted: tuple[str, ...] = ("issuer",),
        today: date = TODAY,
        status: dict[str, Any] | None = None,
        flags: tuple[str, ...] = (),
    ) -> None:
        vectors.append(
            {
                "name": name,
                "description": description,
                "record": _record_json(record) if record else None,
                "record_hex": record.pack().hex() if record else None,
                "signature_hex": signature.hex() if signature else None,
                "prefix": prefix,
                "input": text,
                "qr_text": normalise(text),
                "trusted_keys": list(trusted),
                "today": today.isoformat(),
                "status": status,
                "expected": {"outcome": expected, "reason": reason, "flags": sorted(flags)},
            }
        )

    def signed(signer: Signer, record: CodeRecord, prefix: str = "") -> tuple[str, bytes]:
        text = signer.sign_code(record, prefix)
        return text, signer.private_key.sign(code_message(prefix, record.pack()))

    text, sig = signed(issuer, label)
    vector(
        "label_valid",
        "A label, no prefix, certificate active.",
        text,
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=sig,
        status=active,
    )
    ptext, psig = signed(issuer, label, PREFIX)
    vector(
        "label_valid_prefix",
        "The same label behind the committee's URL prefix.",
        ptext,
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=psig,
        prefix=PREFIX,
        status=active,
    )
    ctext, csig = signed(issuer, certificate, PREFIX)
    vector(
        "certificate_valid",
        "A certificate's own code: no lot, no serial.",
        ctext,
        "genuine_valid",
        "genuine_valid",
        record=certificate,
        signature=csig,
        prefix=PREFIX,
        status=active,
    )
    ltext, lsig = signed(Signer(0xFFFFFFFF, issuer.private_key), longest, PREFIX + "ABCDEFGHIJK")
    vector(
        "longest_label",
        "Every field at its largest and a 30-character prefix: QR version 8-Q.",
        ltext,
        "unknown_key",
        "unknown_key",
        record=longest,
        signature=lsig,
        prefix=PREFIX + "ABCDEFGHIJK",
    )

    ru = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM./:", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬю.Ж")
    vector(
        "russian_layout",
        "Typed by a USB scanner while the PC's layout is Russian or Kyrgyz.",
        ptext.translate(ru),
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=psig,
        prefix=PREFIX,
        status=active,
    )
    vector(
        "russian_layout_caps_lock",
        "Russian layout with Caps Lock on: letters in lower case.",
        ptext.translate(ru).lower(),
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=psig,
        prefix=PREFIX,
        status=active,
    )
    vector(
        "scanner_noise",
        "BOM, zero-width space, symbology id ]Q1, spaces and CR-LF.",
        "\ufeff]Q1 " + ptext[:40] + "\u200b" + ptext[40:] + "\r\n",
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=psig,
        prefix=PREFIX,
        status=active,
    )
    vector(
        "lower_case_prefix",
        "A phone or a scanner may lower-case the URL.",
        ptext.lower(),
        "genuine_valid",
        "genuine_valid",
        record=label,
        signature=psig,
        prefix=PREFIX,
        status=active,
    )

    v2 = bytes([0x22]) + label.pack()[1:]
    v2sig = issuer.private_key.sign(code_message("", v2))
    vector(
        "wrong_version",
        "Format version 2 is not known to this reader.",
        code_text("", v2, v2sig),
        "malformed",
        "malformed.unsupported_version",
    )
    vector(
        "wrong_prefix",
        "The URL prefix was changed after signing.",
        "HTTPS://BELGI.KG/X/" + ptext[len(PREFIX) :],
        "forged",
        "forged.signature",
        record=label,
    )
    vector(
        "prefix_bad_alphabet",
        "A prefix with characters outside A–Z 0–9 . / : -.",
        "HTTPS://BELGI.KG/V?C=" + text,
        "malformed",
        "malformed.bad_alphabet",
    )
    vector(
        "body_bad_alphabet",
        "A character no code holds, inside the number.",
        text[:50] + "#" + text[51:],
        "malformed",
        "malformed.bad_alphabet",
    )
    vector(
        "prefix_too_long",
        "A prefix longer than 30 characters.",
        "HTTPS://WWW.YSYK-KOL-BRAND.KG/VERIFY/" + text,
        "malformed",
        "malformed.prefix_too_long",
    )
    vector("short_record", "One digit missing.", text[:-1], "malformed", "malformed.bad_length")
    vector("long_record", "One digit too many.", text + "7", "malformed", "malformed.bad_length")
    vector(
        "number_too_large",
        "Right length, but more than the record's bytes can hold.",
        "9" * len(text),
        "malformed",
        "malformed.bad_number",
    )
    vector(
        "oversized_input",
        "More text than any code.",
        "1" * 5000,
        "malformed",
        "malformed.input_too_long",
    )
    vector("empty", "Only whitespace and a BOM.", "\ufeff \r\n", "no_code", "no_code.empty")
    vector(
        "unknown_key",
        "Signed by a key no trust list holds.",
        signed(stranger, replace(label, key_id=stranger.key_id))[0],
        "unknown_key",
        "unknown_key",
        record=replace(label, key_id=stranger.key_id),
    )
    flipped = bytearray(sig)
    flipped[10] ^= 0x04
    vector(
        "forged_signature",
        "One bit of the signature changed.",
        code_text("", label.pack(), bytes(flipped)),
        "forged",
        "forged.signature",
        record=label,
        status=active,
    )
    other_serial = replace(label, serial=1251)
    vector(
        "forged_record",
        "The serial changed, the signature kept.",
        code_text("", other_serial.pack(), sig),
        "forged",
        "forged.signature",
        record=other_serial,
        status=active,
    )
    twin_record = replace(label, key_id=twin.key_id)
    vector(
        "two_keys_one_id",
        "Two trusted keys share an id; the second one signed.",
        signed(twin, twin_record)[0],
        "genuine_valid",
        "genuine_valid",
        record=twin_record,
        trusted=("issuer", "twin"),
        status=active,
    )
    vector(
        "two_keys_one_id_forged",
        "Two trusted keys share an id; neither signed.",
        code_text("", label.pack(), bytes(flipped)),
        "forged",
        "forged.signature",
        record=label,
        trusted=("issuer", "twin"),
        status=active,
    )
    naryn_record = replace(label, key_id=naryn.key_id)
    vector(
        "region_mismatch",
        "A Naryn committee's key signed an Issyk-Kul code.",
        signed(naryn, naryn_record)[0],
        "key_compromised",
        "key_compromised.region_mismatch",
        record=naryn_record,
        trusted=("naryn",),
        flags=("alarm",),
    )
    in_period = replace(label, key_id=retired.key_id, signed_on=date(2025, 6, 1))
    vector(
        "retired_key_in_period",
        "A retired key's label signed during its signing period.",
        signed(retired, in_period)[0],
        "genuine_valid",
        "genuine_valid",
        record=in_period,
        trusted=("retired",),
        status=active,
    )
    after_period = replace(label, key_id=retired.key_id)
    vector(
        "retired_key_after_period",
        "A retired key used after its signing period ended.",
        signed(retired, after_period)[0],
        "key_compromised",
        "key_compromised.outside_signing_period",
        record=after_period,
        trusted=("retired",),
        status=active,
        flags=("alarm",),
    )
    vector(
        "clock_before_issue",
        "The checking PC's date is before the code's signing date.",
        text,
        "key_compromised",
        "key_compromised.dated_in_future",
        record=label,
        today=date(2026, 3, 13),
        status=active,
        flags=("alarm",),
    )
    vector(
        "after_expiry",
        "Checked the day after the certificate's validity ended.",
        text,
        "genuine_expired",
        "genuine_expired",
        record=label,
        today=date(2029, 3, 14),
        status=dict(active, as_of="2029-03-14T09:00:00+06:00"),
    )
    vector(
        "last_valid_day",
        "Checked on the last day of validity.",
        text,
        "genuine_valid",
        "genuine_valid",
        record=label,
        today=date(2029, 3, 13),
        status=dict(active, as_of="2029-03-13T09:00:00+06:00"),
    )
    before = replace(label, key_id=compromised.key_id, signed_on=date(2026, 2, 28))
    vector(
        "compromised_key_before",
        "Signed the day before the key's compromise date.",
        signed(compromised, before)[0],
        "genuine_valid",
        "genuine_valid",
        record=before,
        trusted=("compromised",),
        status=active,
    )
    after = replace(label, key_id=compromised.key_id, signed_on=date(2026, 3, 1))
    vector(
        "compromised_key_after",
        "Signed on the key's compromise date.",
        signed(compromised, after)[0],
        "key_compromised",
        "key_compromised.after_compromise",
        record=after,
        trusted=("compromised",),
        status=active,
        flags=("alarm",),
    )
    vector(
        "suspended",
        "The certificate is suspended.",
        text,
        "genuine_suspended",
        "genuine_suspended",
        record=label,
        status=dict(active, state="suspended"),
    )
    vector(
        "withdrawn",
        "The certificate is withdrawn.",
        text,
        "genuine_withdrawn",
        "genuine_withdrawn",
        record=label,
        status=dict(active, state="withdrawn"),
    )
    vector(
        "no_status_held",
        "Another committee's code; no status list from it here.",
        text,
        "genuine_unknown_status",
        "genuine_unknown_status.no_status",
        record=label,
    )
    vector(
        "stale_status_list_suspended",
        "Suspended in a list past its next update.",
        text,
        "genuine_unknown_status",
        "genuine_unknown_status.stale_list",
        record=label,
        status=dict(active, state="suspended", stale=True),
        flags=("status_stale",),
    )
    vector(
        "stale_status_list_withdrawn",
        "Withdrawn in a stale list: withdrawal is final.",
        text,
        "genuine_withdrawn",
        "genuine_withdrawn",
        record=label,
        status=dict(active, state="withdrawn", stale=True),
    )
    vector(
        "stale_status_list_expired",
        "Expired by its date, whatever the stale list says.",
        text,
        "genuine_expired",
        "genuine_expired",
        record=label,
        today=date(2030, 1, 1),
        status=dict(active, stale=True),
        flags=("status_stale",),
    )

    assert all(v["today"] for v in vectors)
    return {
        "format": "belgi-signed-code",
        "version": 1,
        "time_zone": str(clock.BISHKEK),
        "note": "Test keys only (seed = one byte repeated). Outcomes per docs/signed-codes.md.",
        "keys": [_key_json(n, seed, k) for n, (seed, _, k) in keys.items()],
        "vectors": vectors,
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    PATH.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {PATH}")
