"""The verification page published beside the register: what `publish` writes and signs, and
the page itself in a real browser — Debian's headless Chromium opens labels the way a buyer's
phone does, from the folder served on 127.0.0.1, and the page's own script runs the project's
test vectors with both of its Ed25519 engines."""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from certification import office, printing, verify_page
from certification.codes import keys, lists, service
from certification.codes.signing import LIST_CONTEXT, signature_valid
from certification.codes.text import parse
from certification.codes.verification import Outcome, TrustedKey, assess
from certification.core import clock
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.browser import Browser, PublishedSite
from tests.certification.labelled import PASSPHRASE
from tests.certification.published import (
    OTHER_GROUP,
    PREFIX,
    Published,
    publish_office,
    tampered,
)
from tests.codes import vectors

VECTORS: dict[str, Any] = json.loads(vectors.PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    root = tmp_path_factory.mktemp("site")
    engine = make_engine(f"sqlite:///{root.parent / 'belgi.sqlite3'}")
    upgrade(engine)
    for name in ("signed", "unsigned", "stale"):
        (root / name).mkdir()
    done = publish_office(engine, root / "signed", tmp_path_factory.mktemp("labels"))
    with read_unit(done.lab.office.factory) as s:
        printing.publish(s, root / "unsigned")  # without the passphrase: no lists yet
    with unit_of_work(done.lab.office.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        # Published ten days ago: the status list was due for renewal three days ago.
        printing.publish(s, root / "stale", signer, "clerk", now=clock.now() - timedelta(days=10))
    # Lists altered after signing: a suspension struck out, a key's name changed.
    for name, altered in (("status-list.json", "hidden"), ("trust-list.json", "renamed")):
        shutil.copytree(root / "signed", root / altered)
        path = root / altered / "v" / name
        data = json.loads(path.read_text(encoding="utf-8"))
        if altered == "hidden":
            data["body"]["certificates"] = []
        else:
            data["body"]["issuer"]["name_ru"] = "Нарынский бренд-комитет"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    yield done
    engine.dispose()


def _signed(folder: Path, name: str) -> dict[str, Any]:
    return json.loads((folder / "v" / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# What publishing writes ----------------------------------------------------------------------


def test_the_register_is_published_with_the_page_and_its_signed_lists(
    published: Published,
) -> None:
    page = published.folder / "v"
    names = {p.relative_to(page).as_posix() for p in page.rglob("*") if p.is_file()}
    shipped = {name for name, _ in verify_page.page_files()}
    assert names == shipped | {"trust-list.json", "status-list.json", "register-list.json"}
    assert {
        "index.html",
        "sw.js",
        "vendor/noble-ed25519.js",
        "vendor/noble-ed25519.LICENSE",
    } <= names
    # Readable by a web server running as another user, like the register beside it.
    for path in [*page.rglob("*.js*"), published.folder / "index.html"]:
        assert path.stat().st_mode & 0o044 == 0o044, path
    assert (page / "status-list.json").read_bytes() == (
        published.folder / "status-list.json"
    ).read_bytes()


def test_the_register_list_holds_what_a_label_check_needs(published: Published) -> None:
    trust = _signed(published.folder, "trust-list.json")["body"]
    signed = _signed(published.folder, "register-list.json")
    body = signed["body"]
    (key,) = trust["keys"]
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert signed["signer"] == key["key_id"]
    assert signature_valid(
        bytes.fromhex(key["public_key"]),
        bytes.fromhex(signed["signature"]),
        LIST_CONTEXT + canonical.encode(),
    )
    assert (body["kind"], body["prefix"], body["issuer"]["committee"]) == ("register", PREFIX, "N1")
    by_number = {c["number"]: c for c in body["certificates"]}
    honey = by_number[published.lab.certificate]
    assert honey["producer"] == "«Ак-Суу бал» өндүрүш тобу"
    assert honey["lots"] == [
        {
            "lot_no": 1,
            "lot": "2611-017",
            "product": "Тоо балы",
            "printed": 10,
            "issued": [[1, 10]],
            "spoiled": [[3, 3, "jammed"]],
        }
    ]
    assert by_number[published.suspended_certificate]["producer"] == OTHER_GROUP


def test_the_lists_beside_the_page_are_the_ones_offices_import(
    published: Published, tmp_path: Path
) -> None:
    """Another committee's desk takes the page's trust and status lists and then says of the
    labels what the page says."""
    engine = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    upgrade(engine)
    factory = session_factory(engine)
    trust = (published.folder / "v" / "trust-list.json").read_bytes()
    (key,) = json.loads(trust)["body"]["keys"]
    with unit_of_work(factory) as s:
        office.set_up(
            s,
            region_code="KG-Y",
            code="Y1",
            name_ky="Ысык-Көл облустук бренд-комитети",
            name_ru="Иссык-Кульский областной бренд-комитет",
            name_en="Issyk-Kul Brand Committee",
            admin_username="admin",
            admin_full_name="Админ",
            admin_password="secret",
        )
        fingerprint = keys.fingerprint(bytes.fromhex(key["public_key"]))
        lists.import_list(s, trust, "admin", accept_fingerprint=fingerprint)
        lists.import_list(s, (published.folder / "v" / "status-list.json").read_bytes(), "admin")
    with read_unit(factory) as s:
        said = [
            service.verify_text(s, t, record=False).outcome
            for t in (published.genuine[0], published.suspended, published.unknown_key)
        ]
    assert said == [Outcome.GENUINE_VALID, Outcome.GENUINE_SUSPENDED, Outcome.UNKNOWN_KEY]
    engine.dispose()


def test_published_again_without_the_passphrase_the_lists_are_kept(
    published: Published, tmp_path: Path
) -> None:
    again = tmp_path / "site"
    shutil.copytree(published.folder, again)
    (again / "v" / "page.js").write_text("stale", encoding="utf-8")
    before = {n: (again / "v" / n).read_bytes() for n in ("trust-list.json", "register-list.json")}
    with read_unit(published.lab.office.factory) as s:
        written = printing.publish(s, again)
    assert written[-1] == again / "v"
    assert verify_page.has_lists(again)
    assert {n: (again / "v" / n).read_bytes() for n in before} == before
    assert (again / "v" / "page.js").read_bytes() == (verify_page.PAGE / "page.js").read_bytes()


def test_the_service_worker_keeps_every_file_of_the_page() -> None:
    files = dict(verify_page.page_files())
    worker = files["sw.js"].decode("utf-8")
    kept = re.search(r"const SHELL = \[(.*?)\];", worker, re.S)
    assert kept is not None
    shell = set(re.findall(r'"([^"]+)"', kept.group(1)))
    assert shell == {n for n in files if n.endswith((".html", ".js", ".css")) and n != "sw.js"}
    version = re.search(r'const VERSION = "([0-9a-f]{16})";', worker)
    assert version is not None, "the version names the files a phone keeps"


def _words() -> dict[str, Any]:
    text = (verify_page.PAGE / "words.js").read_text(encoding="utf-8")
    found = re.search(r"export const WORDS = (\{.*?\n\});", text, re.S)
    assert found is not None
    return json.loads(found.group(1))  # type: ignore[no-any-return]


def test_the_page_speaks_kyrgyz_russian_and_english_throughout() -> None:
    words = _words()
    unsure = words.pop("unsure")
    assert list(words) == ["ky", "ru", "en"]
    placeholders = {k: set(re.findall(r"\{\w+\}", v)) for k, v in words["en"].items()}
    for lang, said in words.items():
        assert said.keys() == words["en"].keys(), lang
        for key, text in said.items():
            assert text.strip(), (lang, key)
            assert set(re.findall(r"\{\w+\}", text)) == placeholders[key], (lang, key)
        assert "\u04c9" not in "".join(said.values())  # ң, never the old letter
    assert set(unsure["ky"]) <= words["ky"].keys()
    # Every outcome has its title, and every reason the desk can give a sentence of its own or
    # its outcome's.
    from ui.messages.verify import REASONS

    for outcome in Outcome:
        assert f"outcome.{outcome.value}" in words["en"]
    for reason in REASONS:
        if "image" in reason:
            continue  # the page reads text from its address, never an image
        assert (
            f"reason.{reason}" in words["en"] or f"reason.{reason.split('.')[0]}" in words["en"]
        ), reason


# The page in a browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(published: Published) -> Iterator[PublishedSite]:
    served = PublishedSite(published.folder.parent)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    opened = Browser()
    yield opened
    opened.quit()


def _query(text: str) -> str:
    from urllib.parse import quote

    return "signed/v/?c=" + quote(text, safe="")


def _digits(text: str) -> str:
    return text[len(parse(text).prefix) :]


def test_a_genuine_label_opened_from_its_address(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    # The phone opens PREFIX + digits; the page sits behind the committee's prefix path /V/.
    verdict = browser.open(site.url("signed/V/" + _digits(published.genuine[0])))
    assert verdict == {
        "outcome": "genuine_valid",
        "reason": "genuine_valid",
        "flags": "",
        "problems": "",
    }
    shown = {
        field: browser.text(f'dd[data-field="{field}"]')
        for field in ("product", "producer", "lot", "serial", "certificate")
    }
    assert shown == {
        "product": "Тоо балы",
        "producer": "«Ак-Суу бал» өндүрүш тобу",
        "lot": "2611-017",
        "serial": "000001",
        "certificate": published.lab.certificate,
    }
    assert browser.text("h1") == "Genuine and valid"  # the browser speaks English
    assert browser.driver.execute_script("return document.scrollingElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    ("label", "outcome", "reason", "flags"),
    [
        ("tampered", "forged", "forged.signature", ""),
        ("suspended", "genuine_suspended", "genuine_suspended", ""),
        ("unknown_key", "unknown_key", "unknown_key", ""),
        ("spoiled", "genuine_valid", "genuine_valid.spoiled_label", "alarm spoiled_label"),
        ("never_printed", "genuine_valid", "genuine_valid", "alarm possibly_cloned"),
        ("in_a_gap", "genuine_suspended", "genuine_suspended", "alarm possibly_cloned"),
        ("lower_case", "genuine_valid", "genuine_valid", ""),
    ],
)
def test_what_the_page_says_of_a_label(
    published: Published,
    site: PublishedSite,
    browser: Browser,
    label: str,
    outcome: str,
    reason: str,
    flags: str,
) -> None:
    text = {
        "tampered": tampered(published.genuine[1]),
        "suspended": published.suspended,
        "unknown_key": published.unknown_key,
        "spoiled": published.genuine[2],
        "never_printed": published.never_printed,
        "in_a_gap": published.gap,  # below the lot's highest serial, but never issued
        "lower_case": published.genuine[4].lower(),
    }[label]
    verdict = browser.open(site.url(_query(text)))
    assert (verdict.get("outcome"), verdict.get("reason"), verdict.get("flags")) == (
        outcome,
        reason,
        flags,
    ), verdict


def test_published_without_the_passphrase_the_page_says_it_cannot_check(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    verdict = browser.open(site.url("unsigned/v/?c=" + published.genuine[0]))
    assert verdict["outcome"] == "unknown_key"
    assert verdict["reason"] == "unknown_key.no_trust_list"
    assert verdict["problems"] == "trust:missing"


def test_lists_altered_after_signing_are_not_believed(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    verdict = browser.open(site.url("hidden/v/?c=" + published.suspended))
    assert verdict["problems"] == "status:list_bad_signature"
    assert verdict["outcome"] == "genuine_unknown_status"  # never "valid"
    assert verdict["reason"] == "genuine_unknown_status.no_status"
    verdict = browser.open(site.url("renamed/v/?c=" + published.genuine[0]))
    assert verdict["problems"] == "trust:list_bad_signature"
    assert (verdict["outcome"], verdict["reason"]) == ("unknown_key", "unknown_key.no_trust_list")


def test_an_old_status_list_proves_no_more_than_the_desk_lets_it(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    verdict = browser.open(site.url("stale/v/?c=" + published.genuine[0]))
    assert (verdict["outcome"], verdict["reason"], verdict["flags"]) == (
        "genuine_unknown_status",
        "genuine_unknown_status.stale_list",
        "status_stale",
    )
    assert "a newer one was due on" in browser.text(".stale")


def test_kyrgyz_russian_english_and_a_switch(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    browser.open(site.url(_query(published.suspended) + "&lang=ru"))
    assert browser.driver.execute_script("return document.documentElement.lang") == "ru"
    assert browser.text("h1") == "Подлинный, но сертификат приостановлен"
    assert browser.text('dd[data-field="producer"]') == "«Ала-Тоо» кийиз тобу"
    browser.driver.find_element("css selector", 'button[lang="ky"]').click()
    assert browser.text("h1") == "Чыныгы, бирок сертификат убактылуу токтотулган"
    assert browser.driver.execute_script("return document.documentElement.lang") == "ky"
    # The choice is remembered on this phone.
    browser.open(site.url(_query(published.genuine[0])))
    assert browser.text("h1") == "Чыныгы жана күчүндө"
    browser.driver.execute_script("localStorage.clear()")


def test_a_label_checked_again_without_a_connection(
    published: Published, site: PublishedSite, browser: Browser
) -> None:
    browser.open(site.url(_query(published.genuine[0])))
    ready = browser.run(
        "const registration = await navigator.serviceWorker.ready;"
        "const kept = await caches.keys();"
        "return [registration.active.state, kept.length];"
    )
    assert ready[0] == "activated", ready
    site.offline = True
    try:
        verdict = browser.open(site.url(_query(published.suspended)))
        assert verdict.get("outcome") == "genuine_suspended", verdict
        assert verdict.get("problems") == ""
    finally:
        site.offline = False


_RUN_VECTORS = """
const [published, engine] = args;
const codes = await import(new URL("codes.js", document.baseURI).href);
const used = await codes.useEngine(engine);
const key = (k) => ({
  keyId: parseInt(k.key_id, 16),
  publicKey: codes.hexBytes(k.public_key_hex),
  committee: k.committee,
  region: k.region,
  validFrom: codes.dayFromIso(k.valid_from),
  validUntil: k.valid_until ? codes.dayFromIso(k.valid_until) : null,
  compromisedOn: k.compromised_on ? codes.dayFromIso(k.compromised_on) : null,
});
const named = Object.fromEntries(published.keys.map((k) => [k.name, key(k)]));
const results = {};
for (const v of published.vectors) {
  const keys = new Map();
  for (const name of v.trusted_keys) {
    const k = named[name];
    keys.set(k.keyId, [...(keys.get(k.keyId) ?? []), k]);
  }
  const view = v.status === null ? codes.unknownStatus() : {
    state: v.status.state,
    asOf: v.status.as_of ?? null,
    validUntil: v.status.valid_until ? codes.dayFromIso(v.status.valid_until) : null,
    stale: Boolean(v.status.stale),
  };
  const found = await codes.assess(v.input, keys, codes.dayFromIso(v.today), () => view);
  const r = found.record;
  results[v.name] = {
    outcome: found.outcome,
    reason: found.reason,
    flags: [...found.flags].sort(),
    text: found.text,
    record: r && {
      version: r.version,
      kind: r.kind === codes.KIND.LABEL ? "label" : "certificate",
      region: r.region,
      key_id: codes.formatKeyId(r.keyId),
      certificate_year: r.certificateYear,
      certificate_sequence: r.certificateSequence,
      certificate_number: codes.certificateNumber(r),
      signed_on: codes.isoFromDay(r.signedOn),
      valid_until: codes.isoFromDay(r.validUntil),
      category: r.category,
      lot: r.lot,
      serial: r.serial,
    },
  };
}
return { used, results };
"""


@pytest.mark.parametrize(("engine", "name"), [("webcrypto", "webcrypto"), ("js", "noble-ed25519")])
def test_every_test_vector_through_the_page_script(
    site: PublishedSite, browser: Browser, engine: str, name: str
) -> None:
    browser.open(site.url("signed/v/"))
    answer = browser.run(_RUN_VECTORS, VECTORS, engine)
    assert "error" not in answer, answer.get("error")
    assert answer["used"] == name
    for vector in VECTORS["vectors"]:
        got = answer["results"][vector["name"]]
        expected = vector["expected"]
        assert (got["outcome"], got["reason"], got["flags"]) == (
            expected["outcome"],
            expected["reason"],
            expected["flags"],
        ), vector["name"]
        if vector["record_hex"] and got["record"] is not None:
            assert got["record"] == vector["record"], vector["name"]
        if got["outcome"] != "malformed":
            assert got["text"] == vector["qr_text"], vector["name"]


def _mutations(count: int) -> list[dict[str, Any]]:
    """The vectors' inputs as scanners and people spoil them: characters inserted, replaced or
    lost, from the scripts and invisible marks a phone or a keyboard may bring in."""
    rng = random.Random(14)
    alphabet = [
        *"0123456789ABCXYZabcxyz/.:-?=# ",
        *"йцукенгшщзфывапролдячсмитьхъжэбюЁЖңөүҢӨҮ№,;",
        *"\u00a0\u00ad\u200b\u200d\u202e\u2028\u3000\ufeff\uff10\uff19\uff21\t\r\n\x00\x1f\x85",
    ]
    out = []
    for _ in range(count):
        vector = rng.choice(VECTORS["vectors"])
        text = list(vector["input"])
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            action = rng.random()
            if action < 0.5 or not text:
                text.insert(at, rng.choice(alphabet))
            elif action < 0.8:
                text[min(at, len(text) - 1)] = rng.choice(alphabet)
            else:
                del text[min(at, len(text) - 1)]
        out.append({**vector, "name": f"mutation {len(out)}", "input": "".join(text)})
    return out


def test_spoilt_inputs_get_the_desks_answer_from_the_page(
    site: PublishedSite, browser: Browser
) -> None:
    mutated = _mutations(300)
    keys_by_name = {k["name"]: vectors.trusted_key_from_json(k) for k in VECTORS["keys"]}
    browser.open(site.url("signed/v/"))
    answer = browser.run(_RUN_VECTORS, {**VECTORS, "vectors": mutated}, "webcrypto")
    assert "error" not in answer, answer.get("error")
    for vector in mutated:
        trusted: dict[int, list[TrustedKey]] = {}
        for name in vector["trusted_keys"]:
            key = keys_by_name[name]
            trusted.setdefault(key.key_id, []).append(key)
        view = vectors.status_from_json(vector["status"])
        desk = assess(
            vector["input"], trusted, date.fromisoformat(vector["today"]), lambda r, k, v=view: v
        )
        page = answer["results"][vector["name"]]
        assert (page["outcome"], page["reason"], page["flags"]) == (
            desk.outcome.value,
            desk.reason,
            sorted(desk.flags),
        ), repr(vector["input"])
        if desk.outcome.genuine:
            assert page["text"] == desk.text


def test_the_desk_too_calls_a_serial_in_a_gap_never_issued(published: Published) -> None:
    """Serial 5 of the felt lot lies below its highest serial (11) but in no allocation or job:
    the desk says what the page says."""
    with read_unit(published.lab.office.factory) as s:
        found = service.verify_text(s, published.gap, record=False)
    assert found.outcome is Outcome.GENUINE_SUSPENDED
    assert not found.issued and found.printed == 11
    assert {"possibly_cloned", "alarm"} <= {f.value for f in found.flags}
