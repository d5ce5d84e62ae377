"""Whatever an importer or the command line is given — random bytes, a real file damaged, a real
file with hostile values — it answers with its result or one refusal, and never a traceback.

Bounded: each property runs a fixed number of examples (no deadline: the machine is shared)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import Engine

from certification.codes import images, lists
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.core.errors import DomainError
from certification.documents import templates
from models.db import make_engine, session_factory, unit_of_work, upgrade
from tests.codes import factories
from tests.codes.vectors import vector_key
from tests.reliability.conftest import register_dump
from ui.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "explore" else 1
FUZZ = settings(
    max_examples=100 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

HOSTILE = [
    "",
    " ",
    "-",
    "--",
    "0",
    "-1",
    "nan",
    "inf",
    "-inf",
    "1e309",
    "9" * 40,
    "0x10",
    "1,5",
    "%s%n%x",
    "{0}",
    "{}",
    "{seconds}",
    "'; DROP TABLE certificate; --",
    "../../../etc/passwd",
    "/dev/null",
    "/dev/zero",
    "/",
    ".",
    "\x00",
    "a\x00b",
    "\n",
    "\r\n",
    "\u202e",
    "Ң Ө Ү",
    "𝕏" * 10,
    "x" * 5000,
    "<script>",
    "\udcff",
]


def mutated(original: bytes) -> st.SearchStrategy[bytes]:
    """A real file cut short, with bytes flipped, removed or inserted."""

    @st.composite
    def damage(draw: st.DrawFn) -> bytes:
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 8))):
            if not data:
                break
            at = draw(st.integers(0, len(data) - 1))
            how = draw(st.sampled_from(["flip", "cut", "drop", "insert", "zero"]))
            if how == "flip":
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif how == "cut":
                del data[at:]
            elif how == "drop":
                del data[at : at + draw(st.integers(1, 64))]
            elif how == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=64))
            else:
                data[at : at + 16] = bytes(min(16, len(data) - at))
        return bytes(data)

    return damage()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | st.sampled_from(HOSTILE).filter(lambda t: "\udcff" not in t),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


# Signed lists -----------------------------------------------------------------------------


NARYN_KEY = vector_key(0x66)
NARYN = Signer(key_id_for(public_bytes(NARYN_KEY)), NARYN_KEY)
ISSUER = {
    "committee": "N1",
    "region": "KG-N",
    "name_ky": "Нарын",
    "name_ru": "Нарын",
    "name_en": "N",
}
NOW = datetime(2026, 11, 1, tzinfo=UTC)
TRUST_LIST = lists.trust_list_file(
    NARYN,
    ISSUER,
    1,
    NOW,
    [lists.ListedKey(NARYN.key_id, public_bytes(NARYN_KEY), date(2026, 1, 1))],
)
STATUS_LIST = lists.status_list_file(
    NARYN,
    ISSUER,
    1,
    NOW,
    timedelta(days=7),
    [
        {
            "region": "KG-N",
            "year": 2026,
            "sequence": 3,
            "number": "KG-N-2026-00003",
            "status": "withdrawn",
            "since": "2026-10-01",
        }
    ],
)


def _hostile_envelope(content: bytes) -> st.SearchStrategy[bytes]:
    """A real list with one field of its envelope or body replaced by any JSON value."""
    envelope = json.loads(content)

    @st.composite
    def replaced(draw: st.DrawFn) -> bytes:
        copy = json.loads(json.dumps(envelope))
        where = draw(st.sampled_from(["envelope", "body", "issuer", "entry"]))
        target = {
            "envelope": copy,
            "body": copy["body"],
            "issuer": copy["body"]["issuer"],
            "entry": (copy["body"].get("keys") or copy["body"].get("certificates") or [{}])[0],
        }[where]
        keys = [*target.keys(), "extra"]
        target[draw(st.sampled_from(keys))] = draw(json_values)
        return json.dumps(copy, ensure_ascii=draw(st.booleans())).encode()

    return replaced()


list_files = st.one_of(
    st.binary(max_size=600),
    mutated(TRUST_LIST),
    mutated(STATUS_LIST),
    _hostile_envelope(TRUST_LIST),
    _hostile_envelope(STATUS_LIST),
)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'office.sqlite3'}")
    upgrade(engine)
    with unit_of_work(session_factory(engine)) as s:
        factories.certificate(s)
    yield engine
    engine.dispose()


@FUZZ
@given(content=list_files, accept=st.booleans())
def test_a_received_list_is_taken_in_or_refused_in_one_message(
    office: Engine, content: bytes, accept: bool
) -> None:
    fingerprint = None
    if accept:
        from certification.codes.keys import fingerprint as of_key

        fingerprint = of_key(public_bytes(NARYN_KEY))
    before = register_dump(office)
    try:
        with unit_of_work(session_factory(office)) as s:
            lists.import_list(s, content, "admin", accept_fingerprint=fingerprint, now=NOW)
    except DomainError:
        assert register_dump(office) == before  # refused: nothing written
    else:
        assert content in (TRUST_LIST, STATUS_LIST) or json.loads(content)  # a list after all


# gLabels templates ------------------------------------------------------------------------

GLABELS = (ROOT / "resources" / "templates" / "builtin.xml").read_bytes()[:6000]

measures = st.one_of(
    st.sampled_from(HOSTILE),
    st.builds(
        lambda n, unit: f"{n}{unit}",
        st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**12), 10**12),
        st.sampled_from(["", "pt", "mm", "cm", "in", "px", "%", "em"]),
    ),
)


@st.composite
def glabels_documents(draw: st.DrawFn) -> bytes:
    """A template file of plausible shape with hostile measures."""
    m = [draw(measures).replace('"', "").replace("<", "").replace("&", "") for _ in range(9)]
    text = (
        '<?xml version="1.0"?>\n<Glabels-templates>'
        f'<Template brand="B{m[8][:20]}" part="P" size="A4" description="d">'
        f'<Label-rectangle id="0" width="{m[0]}" height="{m[1]}" round="{m[2]}" x_waste="{m[3]}">'
        f'<Layout nx="{m[4]}" ny="{m[5]}" x0="{m[6]}" y0="{m[7]}" dx="{m[0]}" dy="{m[1]}"/>'
        "</Label-rectangle></Template></Glabels-templates>"
    )
    return text.encode("utf-8", "surrogatepass")


template_files = st.one_of(st.binary(max_size=400), mutated(GLABELS), glabels_documents())


@FUZZ
@given(data=template_files)
def test_a_glabels_file_gives_usable_templates_or_one_refusal(data: bytes) -> None:
    try:
        found = templates.parse_glabels(data)
    except DomainError:
        return
    for t in found:
        xml = templates.template_xml(t)  # what is kept of it can be written back
        assert t.id and xml


# Images ------------------------------------------------------------------------------------


def _qr_png() -> bytes:
    matrix = zxingcpp.create_barcode("BLG1TEST", zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    out = io.BytesIO()
    Image.fromarray(matrix).save(out, "PNG")
    return out.getvalue()


QR_PNG = _qr_png()


@settings(FUZZ, max_examples=80 * SCALE)
@given(data=st.one_of(st.binary(max_size=300), mutated(QR_PNG)))
def test_any_bytes_as_a_photo_give_codes_or_a_reason(data: bytes) -> None:
    read = images.decode_image(data)
    assert isinstance(read, images.ImageRead)
    assert read.problem in ("", "image_too_large", "image_format", "image_unreadable")
    assert read.texts == () or read.problem == ""


def test_the_undamaged_photo_reads() -> None:
    assert images.decode_image(QR_PNG).texts == ("BLG1TEST",)


# The command line --------------------------------------------------------------------------

COMMANDS = [
    ["certificates"],
    ["certificate", "show"],
    ["certificate", "suspend"],
    ["certificate", "restore"],
    ["certificate", "pdf"],
    ["lots"],
    ["lot", "add"],
    ["labels"],
    ["label", "spoil"],
    ["label", "stock"],
    ["label", "templates"],
    ["label", "offset"],
    ["report", "inspection"],
    ["report", "dashboard"],
    ["verify"],
    ["audit", "verify"],
    ["users"],
    ["user", "add"],
    ["user", "roles"],
    ["key", "list"],
    ["lists", "export"],
    ["lists", "import"],
    ["backup"],
    ["restore"],
]
PLAUSIBLE = [
    "KG-Y-2026-00007",
    "KG-Y-2026-00001",
    "2610-001",
    "--lot",
    "--count",
    "5",
    "--user",
    "chair",
    "clerk",
    "admin",
    "inspector",
    "--reason",
    "Мониторинг",
    "--json",
    "--status",
    "active",
    "-o",
    "out.pdf",
    "out.csv",
    "--from",
    "2026-01-01",
    "--to",
    "01.13.2026",
    "--serials",
    "1-3,5",
    "--role",
    "clerk",
    "--dx",
    "--dy",
    "--yes",
    "--lang",
    "ky",
    "--help",
]
tokens = st.sampled_from(PLAUSIBLE) | st.sampled_from(HOSTILE) | st.text(max_size=12)


@pytest.fixture
def cli_register(
    register_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> Iterator[tuple[Path, Engine]]:
    """The demo register, with files written to a folder of their own."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in [n for n in os.environ if n.startswith("BELGI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BELGI_PASSWORD", "demo")
    monkeypatch.setenv("BELGI_PASSPHRASE", "demo")
    engine = make_engine(f"sqlite:///{register_copy}")
    yield register_copy, engine
    engine.dispose()


@settings(FUZZ, max_examples=40 * SCALE)
@given(command=st.sampled_from(COMMANDS), rest=st.lists(tokens, max_size=7))
def test_any_command_line_ends_in_a_result_or_one_line(
    cli_register: tuple[Path, Engine],
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    rest: list[str],
) -> None:
    db, engine = cli_register
    argv = ["--db", str(db), "--lang", "en", *command, *rest]
    before = register_dump(engine)
    try:
        status = main(argv)
    except SystemExit as done:  # --help
        status = int(done.code or 0)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    assert status in (0, 1, 2), (argv, status, captured.err)
    if command == ["verify"] and captured.out and not captured.err:
        return  # a verdict: exit 1 means "not a genuine label in force", and the check is logged
    if status != 0:
        assert len(captured.err.strip().splitlines()) == 1, (argv, captured.err)
        assert register_dump(engine) == before, argv
