// The signed-code rules of docs/signed-codes.md, step for step as certification/codes/ applies
// them on the desk (text.py, record.py, signing.py, verification.py, lists.py, service.py), so a
// phone and the office always give the same outcome for the same code and the same lists.
// No network, no globals: the page passes in what it has loaded.

export const MAX_INPUT = 2000; // characters of text considered at all
export const MAX_PREFIX = 30;
const PREFIX_CHARS = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:-");
export const REGIONS = ["KG-B", "KG-C", "KG-GB", "KG-GO", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y"];
const FORMAT_VERSION = 1;
const SIGNATURE_SIZE = 64;
export const KIND = { CERTIFICATE: 1, LABEL: 2 };
const RECORD_SIZE = { [KIND.CERTIFICATE]: 16, [KIND.LABEL]: 21 };
const digitsFor = (size) => ((1n << BigInt(8 * size)) - 1n).toString().length;
const BODY_BYTES = new Map(
  Object.values(RECORD_SIZE).map((n) => [digitsFor(n + SIGNATURE_SIZE), n + SIGNATURE_SIZE]),
);
const CODE_CONTEXT = new TextEncoder().encode("BELGI-CODE\0");
const LIST_CONTEXT = new TextEncoder().encode("BELGI-LIST\0");

export const OUTCOME = {
  GENUINE_VALID: "genuine_valid",
  GENUINE_EXPIRED: "genuine_expired",
  GENUINE_SUSPENDED: "genuine_suspended",
  GENUINE_WITHDRAWN: "genuine_withdrawn",
  GENUINE_UNKNOWN_STATUS: "genuine_unknown_status",
  KEY_COMPROMISED: "key_compromised",
  FORGED: "forged",
  UNKNOWN_KEY: "unknown_key",
  MALFORMED: "malformed",
  NO_CODE: "no_code",
};
export const FLAG = {
  POSSIBLY_CLONED: "possibly_cloned",
  ALARM: "alarm",
  STATUS_STALE: "status_stale",
  SPOILED_LABEL: "spoiled_label",
};
export const STATE = {
  ACTIVE: "active",
  SUSPENDED: "suspended",
  WITHDRAWN: "withdrawn",
  EXPIRED: "expired",
  UNKNOWN: "unknown",
};

// Days ---------------------------------------------------------------------------------------
// Dates are whole days since 2000-01-01 in the Asia/Bishkek calendar (UTC+6 all year since 2005).

const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(2000, 0, 1);
const BISHKEK_MS = 6 * 3600000;

export function bishkekDay(ms) {
  return Math.floor((ms + BISHKEK_MS - EPOCH_MS) / DAY_MS);
}

export function dayFromIso(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
  if (!m) throw new ListError("list_unreadable");
  return Math.round((Date.UTC(+m[1], +m[2] - 1, +m[3]) - EPOCH_MS) / DAY_MS);
}

export function isoFromDay(day) {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

const optionalDay = (text) => (text ? dayFromIso(text) : null);

// The text in the QR code (certification/codes/text.py) ---------------------------------------

export class CodeError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

const codePoints = (text) => Array.from(text);

// A scanner sends US key positions; under the Russian (ЙЦУКЕН) or Kyrgyz layout they arrive
// as Cyrillic. Both letter cases map back, since Caps Lock flips them.
const RU_KEYS = codePoints("йцукенгшщзфывапролдячсмитьхъжэбю.ё");
const US_KEYS = codePoints("QWERTYUIOPASDFGHJKLZXCVBNM[];',./`");
const RU_TO_US = new Map();
RU_KEYS.forEach((r, i) => RU_TO_US.set(r, US_KEYS[i]));
RU_KEYS.forEach((r, i) => {
  if (r.toUpperCase() !== r.toLowerCase()) RU_TO_US.set(r.toUpperCase(), US_KEYS[i]);
});
// Shift positions: ж/Ж is ';' or ':' — only ':' can occur in a code; ю/Ю is '.' (never '>').
const SHIFTED = { ж: ":", Ж: ":", ",": "?", "№": "#", '"': "@" };
for (const [r, u] of Object.entries(SHIFTED)) RU_TO_US.set(r, u);
const CYRILLIC = /[\u0400-\u04FF]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const CONTROL = /^\p{Cc}$/u;
const SPACE = /^\s$/; // with the control characters, exactly what Python's str.isspace() drops
const AIM_QR = /^\]Q[0-6]/;

export function normalise(raw) {
  let text = codePoints(String(raw)).slice(0, MAX_INPUT).join("").normalize("NFKC");
  text = text.replace(INVISIBLE, "");
  text = codePoints(text)
    .filter((ch) => !SPACE.test(ch) && !CONTROL.test(ch))
    .join("");
  if (CYRILLIC.test(text)) {
    text = codePoints(text)
      .map((ch) => RU_TO_US.get(ch) ?? ch)
      .join("");
  }
  return text.toUpperCase().replace(AIM_QR, "");
}

const onlyPrefixChars = (text) => codePoints(text).every((ch) => PREFIX_CHARS.has(ch));

export function checkPrefix(prefix) {
  if (codePoints(prefix).length > MAX_PREFIX) throw new CodeError("prefix_too_long");
  if (!onlyPrefixChars(prefix)) throw new CodeError("bad_prefix");
  if (prefix && /[0-9]$/.test(prefix)) throw new CodeError("bad_prefix");
  return prefix;
}

function decodeBody(digits) {
  const size = BODY_BYTES.get(digits.length);
  if (size === undefined) throw new CodeError("bad_length");
  let value = BigInt(digits);
  if (value >= 1n << BigInt(8 * size)) throw new CodeError("bad_number");
  const data = new Uint8Array(size);
  for (let i = size - 1; i >= 0; i--) {
    data[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return data;
}

const BODY = /[0-9]+$/;

/** Split a scanned text into prefix, record and signature; throws CodeError. */
export function parse(raw) {
  if (codePoints(String(raw)).length > MAX_INPUT) throw new CodeError("input_too_long");
  const text = normalise(raw);
  if (!text) throw new CodeError("empty");
  const match = BODY.exec(text);
  if (match === null) throw new CodeError(onlyPrefixChars(text) ? "no_digits" : "bad_alphabet");
  const prefix = text.slice(0, match.index);
  if (!onlyPrefixChars(prefix)) throw new CodeError("bad_alphabet");
  checkPrefix(prefix);
  const data = decodeBody(match[0]);
  return {
    text,
    prefix,
    record: data.subarray(0, data.length - SIGNATURE_SIZE),
    signature: data.subarray(data.length - SIGNATURE_SIZE),
  };
}

// The record (certification/codes/record.py) --------------------------------------------------

export function unpack(data) {
  if (data.length < 1) throw new CodeError("bad_length");
  const version = data[0] >> 4;
  const kind = data[0] & 0x0f;
  if (version !== FORMAT_VERSION) throw new CodeError("unsupported_version");
  if (!(kind in RECORD_SIZE)) throw new CodeError("unknown_kind");
  if (data.length !== RECORD_SIZE[kind]) throw new CodeError("bad_length");
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const regionIndex = data[1];
  if (!(regionIndex >= 1 && regionIndex <= REGIONS.length)) throw new CodeError("unknown_region");
  const u24 = (at) => (data[at] << 16) | (data[at + 1] << 8) | data[at + 2];
  let lot = null;
  let serial = null;
  if (kind === KIND.LABEL) {
    lot = view.getUint16(16);
    serial = u24(18);
    if (lot === 0 || serial === 0) throw new CodeError("bad_serial");
  }
  const sequence = u24(7);
  if (sequence === 0) throw new CodeError("bad_certificate_sequence");
  return {
    kind,
    region: REGIONS[regionIndex - 1],
    keyId: view.getUint32(2),
    certificateYear: 2000 + data[6],
    certificateSequence: sequence,
    signedOn: view.getUint16(10),
    validUntil: view.getUint16(12),
    category: view.getUint16(14),
    lot,
    serial,
    version,
  };
}

/** The number in the default format; the register may write it otherwise. */
export function certificateNumber(record) {
  const sequence = String(record.certificateSequence).padStart(5, "0");
  return `${record.region}-${record.certificateYear}-${sequence}`;
}

export function formatKeyId(keyId) {
  return keyId.toString(16).toUpperCase().padStart(8, "0");
}

// Ed25519 -----------------------------------------------------------------------------------
// WebCrypto where the browser has Ed25519, else the audited pure-JS noble-ed25519 shipped beside
// this file, in its RFC 8032 mode (canonical encodings, no small-order keys).

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const BASE_POINT = hexBytes("5866666666666666666666666666666666666666666666666666666666666666");
let engine = null;

async function webCrypto() {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    await subtle.importKey("raw", BASE_POINT, { name: "Ed25519" }, false, ["verify"]);
  } catch {
    return null;
  }
  const verify = async (publicKey, signature, message) => {
    try {
      const key = await subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
      return await subtle.verify({ name: "Ed25519" }, key, signature, message);
    } catch {
      return false;
    }
  };
  return { name: "webcrypto", verify };
}

async function pureJs() {
  const ed = await import("./vendor/noble-ed25519.js");
  const { sha512 } = await import("./vendor/noble-hashes/sha2.js");
  ed.hashes.sha512 = sha512;
  const verify = async (publicKey, signature, message) => {
    try {
      return ed.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  };
  return { name: "noble-ed25519", verify };
}

/** Choose how signatures are checked: "auto" (WebCrypto if it has Ed25519), "webcrypto", "js". */
export async function useEngine(name = "auto") {
  engine = name === "js" ? null : await webCrypto();
  if (engine === null && name === "webcrypto") throw new Error("no Ed25519 in WebCrypto");
  if (engine === null) engine = await pureJs();
  return engine.name;
}

export async function signatureValid(publicKey, signature, message) {
  if (engine === null) await useEngine();
  return engine.verify(publicKey, signature, message);
}

const ascii = (text) => new TextEncoder().encode(text); // prefixes are ASCII by construction

// Verification (certification/codes/verification.py) -----------------------------------------

/** What nobody here knows about a certificate. */
export const unknownStatus = () => ({ state: STATE.UNKNOWN });

function assessment(outcome, reason, text, record = null, key = null, view = null, flags = []) {
  return { outcome, reason, text, record, key, statusAsOf: view?.asOf ?? null, flags };
}

/**
 * Check one scanned or opened text against trusted keys (a Map of key id → keys), on `today` (a
 * day number), with `status(record, key)` giving what is known about the certificate. Never throws
 * for any text.
 */
export async function assess(raw, keys, today, status = unknownStatus) {
  let code;
  try {
    code = parse(raw);
  } catch (error) {
    if (!(error instanceof CodeError)) throw error;
    const outcome = error.reason === "empty" ? OUTCOME.NO_CODE : OUTCOME.MALFORMED;
    const text = codePoints(normalise(raw)).slice(0, 200).join("");
    return assessment(outcome, `${outcome}.${error.reason}`, text);
  }
  let record;
  try {
    record = unpack(code.record);
  } catch (error) {
    if (!(error instanceof CodeError)) throw error;
    return assessment(OUTCOME.MALFORMED, `malformed.${error.reason}`, code.text);
  }
  const candidates = keys.get(record.keyId) ?? [];
  if (candidates.length === 0) {
    return assessment(OUTCOME.UNKNOWN_KEY, "unknown_key", code.text, record);
  }
  const message = concat(CODE_CONTEXT, code.record, ascii(code.prefix));
  let key = null;
  for (const candidate of candidates) {
    if (await signatureValid(candidate.publicKey, code.signature, message)) {
      key = candidate;
      break;
    }
  }
  if (key === null) return assessment(OUTCOME.FORGED, "forged.signature", code.text, record);
  return afterSignature(code.text, record, key, today, status);
}

function afterSignature(text, record, key, today, status) {
  const result = (outcome, reason, view = null, ...flags) =>
    assessment(outcome, reason, text, record, key, view, flags);
  const alarm = FLAG.ALARM;
  if (record.region !== key.region) {
    return result(OUTCOME.KEY_COMPROMISED, "key_compromised.region_mismatch", null, alarm);
  }
  if (
    record.signedOn < key.validFrom ||
    (key.validUntil !== null && record.signedOn > key.validUntil)
  ) {
    return result(OUTCOME.KEY_COMPROMISED, "key_compromised.outside_signing_period", null, alarm);
  }
  if (record.signedOn > today) {
    return result(OUTCOME.KEY_COMPROMISED, "key_compromised.dated_in_future", null, alarm);
  }
  if (key.compromisedOn !== null && record.signedOn >= key.compromisedOn) {
    return result(OUTCOME.KEY_COMPROMISED, "key_compromised.after_compromise", null, alarm);
  }
  const view = status(record, key);
  const validUntil = view.validUntil ?? record.validUntil;
  const expired = today > validUntil || view.state === STATE.EXPIRED;
  if (view.notInRegister) {
    return result(
      OUTCOME.GENUINE_UNKNOWN_STATUS,
      "genuine_unknown_status.not_in_register",
      view,
      alarm,
    );
  }
  if (view.state === STATE.WITHDRAWN) {
    // Withdrawal is final, so even an outdated list is conclusive.
    return result(OUTCOME.GENUINE_WITHDRAWN, "genuine_withdrawn", view);
  }
  const stale = view.stale ? [FLAG.STATUS_STALE] : [];
  if (view.state === STATE.SUSPENDED && !view.stale) {
    return result(OUTCOME.GENUINE_SUSPENDED, "genuine_suspended", view);
  }
  if (expired) return result(OUTCOME.GENUINE_EXPIRED, "genuine_expired", view, ...stale);
  if (view.stale) {
    return result(
      OUTCOME.GENUINE_UNKNOWN_STATUS,
      "genuine_unknown_status.stale_list",
      view,
      ...stale,
    );
  }
  if (view.state === STATE.UNKNOWN) {
    return result(OUTCOME.GENUINE_UNKNOWN_STATUS, "genuine_unknown_status.no_status", view);
  }
  return result(OUTCOME.GENUINE_VALID, "genuine_valid", view);
}

// Signed lists (certification/codes/lists.py) -------------------------------------------------

export class ListError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/** JSON as Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False). */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isInteger(value)) throw new ListError("list_unreadable");
  return JSON.stringify(value);
}

export function hexBytes(text) {
  if (typeof text !== "string" || !/^([0-9a-fA-F]{2})*$/.test(text)) {
    throw new ListError("list_unreadable");
  }
  return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
}

function envelopeOf(text, kind) {
  let envelope;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new ListError("list_unreadable");
  }
  if (envelope?.format !== "belgi-signed-list" || envelope.version !== 1) {
    throw new ListError("list_unknown_format");
  }
  const body = envelope.body;
  if (body?.kind !== kind || !Number.isInteger(body.sequence)) {
    throw new ListError("list_unknown_format");
  }
  if (typeof body.issued_at !== "string" || Number.isNaN(Date.parse(body.issued_at))) {
    throw new ListError("list_unreadable");
  }
  if (!/^[0-9A-Fa-f]{1,8}$/.test(String(envelope.signer))) throw new ListError("list_unreadable");
  const signature = hexBytes(envelope.signature);
  return { body, signer: parseInt(envelope.signer, 16), signature };
}

function listedKey(data, issuer) {
  const publicKey = hexBytes(data.public_key);
  if (publicKey.length !== 32) throw new ListError("list_unreadable");
  return {
    keyId: parseInt(data.key_id, 16),
    publicKey,
    committee: String(issuer.committee),
    region: String(issuer.region),
    validFrom: dayFromIso(data.valid_from),
    validUntil: optionalDay(data.valid_until),
    compromisedOn: optionalDay(data.compromised_on),
  };
}

async function signedBy(candidates, envelope) {
  const message = concat(LIST_CONTEXT, new TextEncoder().encode(canonical(envelope.body)));
  for (const key of candidates) {
    if (key.keyId !== envelope.signer) continue;
    if (await signatureValid(key.publicKey, envelope.signature, message)) return key;
  }
  return null;
}

function refuseCompromised(signer, body) {
  // As on import: a key reported compromised cannot vouch for a list issued on or after that day.
  const issued = dayFromIso(body.issued_at.slice(0, 10));
  if (signer.compromisedOn !== null && issued >= signer.compromisedOn) {
    throw new ListError("list_signer_compromised");
  }
}

/**
 * A committee's trust list, checked like a first import: signed by one of the keys it lists, and
 * that key not compromised when the list was issued. Returns { issuer, sequence, issuedAt, keys }.
 */
export async function readTrustList(text) {
  const envelope = envelopeOf(text, "trust");
  const issuer = envelope.body.issuer;
  if (!issuer || !REGIONS.includes(issuer.region)) throw new ListError("list_unknown_region");
  let listed;
  try {
    listed = (envelope.body.keys ?? []).map((k) => listedKey(k, issuer));
  } catch {
    throw new ListError("list_unreadable");
  }
  const signer = await signedBy(listed, envelope);
  if (signer === null) throw new ListError("list_bad_signature");
  refuseCompromised(signer, envelope.body);
  const keys = new Map();
  for (const key of listed) keys.set(key.keyId, [...(keys.get(key.keyId) ?? []), key]);
  return {
    issuer,
    sequence: envelope.body.sequence,
    issuedAt: envelope.body.issued_at,
    keys,
    signer: formatKeyId(signer.keyId),
  };
}

/** A status or register list of the trust list's committee, signed by one of its keys. */
async function readCommitteeList(text, kind, trust) {
  const envelope = envelopeOf(text, kind);
  if (String(envelope.body.issuer?.committee) !== String(trust.issuer.committee)) {
    throw new ListError("list_wrong_issuer");
  }
  const signer = await signedBy(trust.keys.get(envelope.signer) ?? [], envelope);
  if (signer === null) throw new ListError("list_bad_signature");
  refuseCompromised(signer, envelope.body);
  return envelope.body;
}

/** Suspended and withdrawn certificates "as of" a time; stale after `next_update`. */
export async function readStatusList(text, trust) {
  const body = await readCommitteeList(text, "status", trust);
  const nextUpdate = Date.parse(body.next_update);
  if (Number.isNaN(nextUpdate)) throw new ListError("list_unreadable");
  const entries = new Map();
  for (const row of body.certificates ?? []) {
    if (row.status !== STATE.SUSPENDED && row.status !== STATE.WITHDRAWN) {
      throw new ListError("list_unreadable");
    }
    entries.set(`${row.region}/${row.year}/${row.sequence}`, row);
  }
  return {
    sequence: body.sequence,
    issuedAt: body.issued_at,
    asOf: body.as_of,
    nextUpdate,
    entries,
  };
}

/**
 * What the register held when the page was published: every certificate with its producer and
 * products, the certificate its labels now follow, and each labelled lot with its number, product,
 * the serials issued (allocated or printed), the labels printed and the serials spoiled and not
 * printed again.
 */
export async function readRegisterList(text, trust) {
  const body = await readCommitteeList(text, "register", trust);
  const certificates = new Map();
  for (const c of body.certificates ?? []) {
    const lots = new Map((c.lots ?? []).map((l) => [l.lot_no, l]));
    certificates.set(`${c.year}/${c.sequence}`, {
      ...c,
      validUntil: dayFromIso(c.valid_until),
      lots,
    });
  }
  return {
    sequence: body.sequence,
    issuedAt: body.issued_at,
    asOfDay: dayFromIso(body.as_of.slice(0, 10)),
    prefix: typeof body.prefix === "string" ? body.prefix : "",
    certificates,
  };
}

// A check as the desk makes it (certification/codes/service.py), from the published lists -------

function spoilage(lot, serial) {
  for (const [first, last, reason] of lot.spoiled ?? []) {
    if (first <= serial && serial <= last) return reason;
  }
  return null;
}

/**
 * What the register says about a code's certificate, as the published lists hold it. A code
 * signed on or after the day the register list was made may be newer than the list: then the
 * list's silence proves nothing (`recent`), and only the status list speaks.
 */
function publishedStatus(published, now) {
  return (record) => {
    const register = published.register;
    const recent = register === null || record.signedOn >= register.asOfDay;
    let year = record.certificateYear;
    let sequence = record.certificateSequence;
    let validUntil = null;
    const certificate = register?.certificates.get(`${year}/${sequence}`);
    if (certificate) {
      // A superseded certificate's labels follow the certificate that replaced it.
      [year, sequence] = certificate.status_of ?? [year, sequence];
      validUntil = certificate.validUntil;
    } else if (!recent) {
      return { state: STATE.UNKNOWN, asOf: register.issuedAt, notInRegister: true };
    }
    const status = published.status;
    if (status === null) return { state: STATE.UNKNOWN, validUntil };
    const entry = status.entries.get(`${record.region}/${year}/${sequence}`);
    return {
      state: entry ? entry.status : STATE.ACTIVE,
      asOf: status.issuedAt,
      validUntil,
      stale: now > status.nextUpdate,
    };
  };
}

/**
 * Check a code against what the committee published (`published`: keys, status, register as the
 * read* functions return them, status and register possibly null) at `now` (milliseconds).
 */
export async function check(raw, published, now) {
  const today = bishkekDay(now);
  const found = await assess(raw, published.keys, today, publishedStatus(published, now));
  const result = {
    outcome: found.outcome,
    reason: found.reason,
    flags: new Set(found.flags),
    text: found.text,
    kind: found.record?.kind ?? null,
    certificate: null,
    lot: null,
    serial: null,
    product: null,
    producer: null,
    keyId: null,
    signedOn: null,
    validUntil: null,
    statusAsOf: found.statusAsOf,
    spoiledAs: null,
  };
  const { record, key } = found;
  if (record !== null && key !== null) {
    Object.assign(result, {
      certificate: certificateNumber(record),
      lot: record.lot === null ? null : String(record.lot),
      serial: record.serial,
      keyId: formatKeyId(key.keyId),
      signedOn: record.signedOn,
      validUntil: record.validUntil,
    });
    const register = published.register;
    const recent = register === null || record.signedOn >= register.asOfDay;
    let issued = () => false;
    let lot = null;
    const certificate = register?.certificates.get(
      `${record.certificateYear}/${record.certificateSequence}`,
    );
    if (certificate && found.outcome !== OUTCOME.KEY_COMPROMISED) {
      Object.assign(result, {
        certificate: certificate.number,
        producer: certificate.producer,
        validUntil: certificate.validUntil,
      });
      lot = record.lot === null ? null : (certificate.lots.get(record.lot) ?? null);
      if (lot === null) {
        result.product = (certificate.products ?? []).join(", ") || null;
      } else {
        Object.assign(result, { lot: lot.lot, product: lot.product });
        // The serials the lot's allocations and print jobs hold; a register published before
        // they were listed gives only the highest.
        const ranges = lot.issued ?? [[1, lot.printed]];
        issued = (serial) => ranges.some(([first, last]) => first <= serial && serial <= last);
      }
    }
    if (record.kind === KIND.LABEL && !recent) {
      if (!issued(record.serial)) {
        // This committee's key signed a label it never printed.
        result.flags.add(FLAG.POSSIBLY_CLONED).add(FLAG.ALARM);
      } else if (lot !== null) {
        result.spoiledAs = spoilage(lot, record.serial);
        if (result.spoiledAs !== null) {
          result.flags.add(FLAG.SPOILED_LABEL).add(FLAG.ALARM);
          if (result.outcome === OUTCOME.GENUINE_VALID) {
            // Otherwise the certificate's state is the more important news.
            result.reason = "genuine_valid.spoiled_label";
          }
        }
      }
    }
  }
  result.flags = [...result.flags].sort();
  return result;
}

const signatureChecked = (result) =>
  result.outcome.startsWith("genuine_") || result.outcome === OUTCOME.KEY_COMPROMISED;

/**
 * Check a code as the page received it. Opened at another address than the one signed (a copy of
 * the folder, a test server), the digits are checked again behind the committee's own prefix.
 */
export async function checkOpened(raw, published, now) {
  const first = await check(raw, published, now);
  const prefix = published.register?.prefix;
  if (signatureChecked(first) || !prefix) return first;
  const digits = BODY.exec(normalise(raw));
  if (digits === null || prefix + digits[0] === first.text) return first;
  const second = await check(prefix + digits[0], published, now);
  return signatureChecked(second) ? second : first;
}
