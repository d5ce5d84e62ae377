"""The published vectors are what the code produces, and each gives its stated outcome."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

import pytest

from certification.codes.record import CodeRecord
from certification.codes.verification import TrustedKey, assess
from tests.codes import vectors

PUBLISHED: dict[str, Any] = json.loads(vectors.PATH.read_text(encoding="utf-8"))
KEYS = {k["name"]: vectors.trusted_key_from_json(k) for k in PUBLISHED["keys"]}


def test_published_file_matches_the_code() -> None:
    assert vectors.PATH.read_text(encoding="utf-8") == vectors.dumps(vectors.build())


@pytest.mark.parametrize("vector", PUBLISHED["vectors"], ids=lambda v: v["name"])
def test_vector_outcome(vector: dict[str, Any]) -> None:
    trusted: dict[int, list[TrustedKey]] = defaultdict(list)
    for name in vector["trusted_keys"]:
        trusted[KEYS[name].key_id].append(KEYS[name])
    view = vectors.status_from_json(vector["status"])
    result = assess(
        vector["input"], trusted, date.fromisoformat(vector["today"]), lambda r, k: view
    )
    expected = vector["expected"]
    assert (result.outcome.value, result.reason) == (expected["outcome"], expected["reason"])
    assert sorted(result.flags) == expected["flags"]
    if vector["record_hex"] and result.record is not None:
        assert result.record == CodeRecord.unpack(bytes.fromhex(vector["record_hex"]))
    if result.outcome.value != "malformed":
        assert result.text == vector["qr_text"]
