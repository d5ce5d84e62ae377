"""Hostile input turned away quickly; `python -m bench.hostile_codes`.

Anything can reach the verification desk: a scanner's garbage, a pasted page, random bytes. Each
is judged without the register (`assess`, the signature and the rules), 3,000 characters at most:
median ≤ 5 ms (the brief's budget for scanner text) and the worst case ≤ 50 ms. Beside them, in
the same run, the floor: a genuine code checked the same way.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterable
from datetime import date

from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.codes.text import PREFIX_CHARS
from certification.codes.verification import CertificateState, StatusView, TrustedKey, assess
from tests.codes.vectors import vector_key

KEY = vector_key(0x11)
SIGNER = Signer(key_id_for(public_bytes(KEY)), KEY)
TRUST = {
    SIGNER.key_id: [TrustedKey(SIGNER.key_id, public_bytes(KEY), "Y1", "KG-Y", date(2000, 1, 1))]
}
TODAY = date(2026, 5, 1)
EACH = 300


def _status(_record: object, _key: object) -> StatusView:
    return StatusView(CertificateState.ACTIVE)


def timings_ms(texts: Iterable[str], check: Callable[[str], None]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        check(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def hostile(rng: random.Random) -> dict[str, list[str]]:
    alphabet = sorted(PREFIX_CHARS) + list("абвгдеёжңөү\r\n\t ")
    return {
        "random text": ["".join(rng.choices(alphabet, k=rng.randrange(3000))) for _ in range(EACH)],
        "random bytes as latin-1": [
            rng.randbytes(rng.randrange(3000)).decode("latin-1") for _ in range(EACH)
        ],
        "random digits (a code's length)": [
            "".join(rng.choices("0123456789", k=rng.randrange(190, 211))) for _ in range(EACH)
        ],
    }


def main() -> None:
    record = CodeRecord(
        CodeKind.LABEL,
        "KG-Y",
        SIGNER.key_id,
        2026,
        42,
        date(2026, 3, 14),
        date(2029, 3, 13),
        7,
        3,
        9,
    )
    genuine = SIGNER.sign_code(record, "HTTPS://BELGI.KG/V/")

    def check(text: str) -> None:
        assess(text, TRUST, TODAY, _status)

    floor = statistics.median(timings_ms([genuine] * EACH, check))
    print(f"{'hostile input, assess only':<34} {'median':>9} {'worst':>9}  vs genuine")
    print(f"{'genuine code (floor)':<34} {floor:>6.2f} ms {'':>9}  1.0×")
    for name, texts in hostile(random.Random(2026)).items():
        times = timings_ms(texts, check)
        median, worst = statistics.median(times), max(times)
        verdict = "ok" if median <= 5 and worst <= 50 else "OVER"
        print(
            f"{name:<34} {median:>6.2f} ms {worst:>6.2f} ms  {median / floor:.1f}×  "
            f"budget 5 ms / 50 ms {verdict}"
        )


if __name__ == "__main__":
    main()
