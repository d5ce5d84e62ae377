// The verification page: reads the code from its own address, checks it against the committee's
// signed lists published beside it (codes.js), and says what the desk would say, in Kyrgyz,
// Russian or English. The outcome is also on the root element: <html data-outcome="…">.

import * as codes from "./codes.js";
import { LANGUAGES, WORDS } from "./words.js";

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const STORED = "belgi-verify-language";
const LISTS = {
  trust: "trust-list.json",
  status: "status-list.json",
  register: "register-list.json",
};
let language = chooseLanguage();
let shown = null; // { published, result } once the check is done

function stored() {
  try {
    return localStorage.getItem(STORED);
  } catch {
    return null; // storage may be off in a private window
  }
}

function chooseLanguage() {
  const asked = [params.get("lang"), stored(), ...(navigator.languages ?? [navigator.language])];
  for (const tag of asked) {
    const base = String(tag ?? "")
      .toLowerCase()
      .split("-")[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return LANGUAGES[0];
}

function word(key, values = {}) {
  const text = WORDS[language][key] ?? WORDS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

function reasonWord(reason) {
  const key = `reason.${reason}`;
  if (key in WORDS.en) return word(key);
  return word(`reason.${reason.split(".")[0]}`);
}

const pad = (n) => String(n).padStart(2, "0");

function dayText(day) {
  const [y, m, d] = codes.isoFromDay(day).split("-");
  return `${d}.${m}.${y}`;
}

/** A moment of a list in Bishkek time, as the office writes it: dd.MM.yyyy HH:mm. */
function momentText(iso) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const local = new Date(ms + 6 * 3600000);
  const date = dayText(codes.bishkekDay(ms));
  return `${date} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

async function fetchText(name) {
  const response = await fetch(name, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

/** The signed lists beside the page, each checked; a list that fails is left out. */
async function loadPublished() {
  const published = { keys: new Map(), trust: null, status: null, register: null, problems: [] };
  const texts = await Promise.all(
    Object.values(LISTS).map((name) => fetchText(name).catch(() => null)),
  );
  const [trust, status, register] = texts;
  const read = async (kind, text, reader) => {
    if (text === null) {
      published.problems.push(`${kind}:missing`);
      return null;
    }
    try {
      return await reader(text);
    } catch (error) {
      if (!(error instanceof codes.ListError)) throw error;
      published.problems.push(`${kind}:${error.reason}`);
      return null;
    }
  };
  published.trust = await read("trust", trust, codes.readTrustList);
  if (published.trust === null) return published;
  published.keys = published.trust.keys;
  published.status = await read("status", status, (t) => codes.readStatusList(t, published.trust));
  published.register = await read("register", register, (t) =>
    codes.readRegisterList(t, published.trust),
  );
  return published;
}

/** The code as the label's QR code held it: the address up to its digits, or `?c=`. */
function openedCode() {
  if (params.has("c")) return params.get("c");
  return /[0-9]$/.test(location.pathname) ? location.origin + location.pathname : "";
}

const CAUTION = ["genuine_expired", "genuine_suspended", "genuine_unknown_status"];

/** Green only for a valid label with no alarm; amber for genuine with a catch; red otherwise. */
function tone({ outcome, flags }) {
  if (outcome === codes.OUTCOME.NO_CODE) return "none";
  if (outcome === codes.OUTCOME.GENUINE_VALID) {
    return flags.includes(codes.FLAG.ALARM) ? "warn" : "good";
  }
  return CAUTION.includes(outcome) ? "warn" : "bad";
}

const MARKS = { good: "✓", warn: "!", bad: "✕", none: "?" };

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function committeeName(published) {
  const issuer = published?.trust?.issuer;
  return issuer?.[`name_${language}`] || issuer?.name_ky || word("committee");
}

function renderLanguages() {
  const nav = document.getElementById("languages");
  nav.setAttribute("aria-label", word("languages"));
  nav.replaceChildren(
    ...LANGUAGES.map((code) => {
      const button = element("button", {
        type: "button",
        lang: code,
        "aria-pressed": String(code === language),
      });
      button.textContent = WORDS[code].language;
      button.addEventListener("click", () => {
        language = code;
        try {
          localStorage.setItem(STORED, code);
        } catch {
          // the choice then lasts for this visit only
        }
        render();
      });
      return button;
    }),
  );
}

function details(result) {
  const rows = [
    ["product", result.product],
    ["producer", result.producer],
    ["lot", result.lot],
    ["serial", result.serial === null ? null : String(result.serial).padStart(6, "0")],
    ["certificate", result.certificate],
    ["valid_until", result.validUntil === null ? null : dayText(result.validUntil)],
    ["signed_on", result.signedOn === null ? null : dayText(result.signedOn)],
    ["status_as_of", result.statusAsOf ? momentText(result.statusAsOf) : null],
  ].filter(([, value]) => value !== null && value !== "");
  const list = element("dl", { class: "details" });
  for (const [key, value] of rows) {
    list.append(
      element("dt", {}, word(`field.${key}`)),
      element("dd", { "data-field": key }, value),
    );
  }
  return rows.length ? list : null;
}

function render() {
  root.lang = language;
  renderLanguages();
  const main = document.getElementById("main");
  document.getElementById("committee").textContent = committeeName(shown?.published);
  if (shown === null) {
    document.title = word("page_title");
    main.replaceChildren(element("p", { class: "checking" }, word("checking")));
    return;
  }
  const { published, result } = shown;
  const kind = tone(result);
  const title = word(`outcome.${result.outcome}`);
  document.title = `${title} — ${word("page_title")}`;
  const verdict = element(
    "section",
    { class: `verdict ${kind}` },
    element("div", { class: "mark", "aria-hidden": "true" }, MARKS[kind]),
    element("h1", {}, title),
    element("p", { class: "reason" }, reasonWord(result.reason)),
  );
  const parts = [verdict];
  const flags = result.flags.filter((f) => f !== codes.FLAG.STATUS_STALE);
  if (flags.length) {
    parts.push(
      element("ul", { class: "flags" }, ...flags.map((f) => element("li", {}, word(`flag.${f}`)))),
    );
  }
  const table = details(result);
  if (table) parts.push(table);
  const status = published.status;
  if (status && Date.now() > status.nextUpdate && result.outcome !== codes.OUTCOME.NO_CODE) {
    const due = momentText(new Date(status.nextUpdate).toISOString());
    parts.push(
      element("p", { class: "stale" }, word("stale", { date: momentText(status.issuedAt), due })),
    );
  }
  main.replaceChildren(...parts);
  const footer = document.getElementById("checked");
  footer.textContent = published.trust
    ? word("checked_with", {
        keys: momentText(published.trust.issuedAt),
        status: status ? momentText(status.issuedAt) : "—",
      })
    : "";
  document.getElementById("register").textContent = word("register");
}

function show(published, result) {
  shown = { published, result };
  root.dataset.reason = result.reason;
  root.dataset.flags = result.flags.join(" ");
  root.dataset.outcome = result.outcome;
  render();
}

async function main() {
  render();
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {}); // offline use is a bonus, not a need
  }
  const published = await loadPublished();
  root.dataset.problems = published.problems.join(" ");
  const result = await codes.checkOpened(openedCode(), published, Date.now());
  if (result.outcome === codes.OUTCOME.UNKNOWN_KEY && published.trust === null) {
    result.reason = "unknown_key.no_trust_list";
  }
  show(published, result);
}

main().catch((error) => {
  root.dataset.error = String(error?.message ?? error);
  document
    .getElementById("main")
    .replaceChildren(element("p", { class: "failed" }, word("failed")));
});
