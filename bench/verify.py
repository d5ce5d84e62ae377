"""Verification against its budgets; `python -m bench.verify`.

- from scanner text (typed under the Russian layout, with CR-LF): budget 5 ms, check logged;
- from a 12-megapixel JPEG photo of a label: budget 150 ms, check logged;
- the floor beside them: a write unit inserting one plain row (BEGIN IMMEDIATE, INSERT, COMMIT).
Each figure is the median of repeated runs on a register in a temporary SQLite file.
"""

from __future__ import annotations

import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import zxingcpp
from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import text

from certification import settings
from certification.codes import issuing, keys
from certification.codes.service import verify_image, verify_text
from certification.codes.verification import assess
from certification.core import clock
from certification.labels.serials import allocate_label_serials
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.codes import factories

RUSSIAN = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM./:", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬю.Ж")


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def photo(text: str, width: int = 4000, height: int = 3000) -> bytes:
    """A label's QR code held at a slant in a 12-megapixel photo with an uneven background."""
    rng = random.Random(7)
    background = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(background)
    for _ in range(300):  # clutter: shelves, jars, price tags
        x, y = rng.randrange(width), rng.randrange(height)
        shade = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(20, 300), y + rng.randrange(20, 300)), fill=shade)
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    code = barcode.to_image(scale=11)  # ~630 px: a 25 mm label from 30 cm away
    label = Image.frombytes("L", (code.shape[1], code.shape[0]), bytes(code)).convert("RGB")
    label = label.rotate(8, expand=True, fillcolor=(255, 255, 255))
    background.paste(label, (1700, 1100))
    background = background.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise((width, height), 24).convert("RGB")  # sensor noise
    background = Image.blend(background, noise, 0.25)
    buffer = io.BytesIO()
    background.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(engine)
        factory = session_factory(engine)
        with unit_of_work(factory) as s:
            reg = factories.certificate(s)
            keys.generate_signing_key(s, "demo", "bench", valid_from=date(2026, 1, 1))
        with unit_of_work(factory) as s:
            signer = keys.unlock_signing_key(s, "demo")
            settings.put(s, "bench", "verify_url_prefix", "HTTPS://BELGI.KG/V/")
        with unit_of_work(factory) as s:
            allocation = allocate_label_serials(s, reg.lot_id, 500, "bench")
            texts = issuing.label_codes(s, signer, allocation)
        typed = texts[7].translate(RUSSIAN) + "\r\n"
        with read_unit(factory) as s:
            table = keys.trust_table(s)
        today = clock.today()

        def check_text(record: bool = True) -> None:
            # A logged check writes (the write unit takes the lock); a check not logged reads.
            unit = unit_of_work if record else read_unit
            with unit(factory) as s:
                result = verify_text(s, typed, place="Каракол базары", record=record)
            assert result.outcome.value == "genuine_valid", result

        image = photo(texts[3])
        with unit_of_work(factory) as s:
            s.execute(text("CREATE TABLE bench_floor (n INTEGER)"))

        def floor() -> None:
            # The least a logged check costs: a write unit that inserts one row and commits.
            with unit_of_work(factory) as s:
                s.execute(text("INSERT INTO bench_floor VALUES (1)"))

        def check_photo() -> None:
            with unit_of_work(factory) as s:
                result = verify_image(s, image, place="Каракол базары")
            assert result.outcome.value == "genuine_valid", result

        rows = [
            (
                "signature and rules only (no register)",
                median_ms(lambda: assess(typed, table, today), 500),
                None,
            ),
            ("scanner text, register, not logged", median_ms(lambda: check_text(False), 300), None),
            ("floor: write unit inserting one row", median_ms(floor, 300), None),
            ("scanner text, register, check logged", median_ms(check_text, 300), 5.0),
            ("12-megapixel JPEG photo, check logged", median_ms(check_photo, 15), 150.0),
        ]
        engine.dispose()
    print(f"{'verify':<42} {'median':>9}  budget")
    for name, ms, budget in rows:
        verdict = "" if budget is None else f"{budget:.0f} ms {'ok' if ms <= budget else 'OVER'}"
        print(f"{name:<42} {ms:>6.2f} ms  {verdict}")
    print(f"photo: 4000×3000 JPEG, {len(image) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
