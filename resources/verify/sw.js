// Keeps the page and the committee's last lists on the phone, so that a label can be checked at a
// market stall without a connection once the page has been opened there before.
// The page's files are kept per version (a publication with other files brings a new version);
// the lists are asked from the network first and kept as they arrive.

const VERSION = "dev";
const CACHE = `belgi-verify-${VERSION}`;
const SHELL = [
  "index.html",
  "page.js",
  "codes.js",
  "words.js",
  "style.css",
  "vendor/noble-ed25519.js",
  "vendor/noble-hashes/sha2.js",
  "vendor/noble-hashes/_md.js",
  "vendor/noble-hashes/_u64.js",
  "vendor/noble-hashes/utils.js",
];
const LISTS = ["trust-list.json", "status-list.json", "register-list.json"];
const PATIENCE_MS = 4000; // then what was kept answers

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      // A folder published without its lists still opens; the page then says it cannot check.
      await Promise.all(LISTS.map((name) => cache.add(name).catch(() => undefined)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("belgi-verify-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function soon(promise) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), PATIENCE_MS)),
  ]);
}

/**
 * The network's answer if it comes soon, else the kept copy of `name`. A list that arrives is kept
 * for next time; a page address the server does not know (no fallback rule) is the page all the
 * same.
 */
async function fresh(request, name, isList) {
  const cache = await caches.open(CACHE);
  let response = null;
  try {
    response = await soon(fetch(request));
  } catch {
    // offline, or too slow: what was kept answers
  }
  if (response?.ok) {
    if (isList) await cache.put(name, response.clone());
    return response;
  }
  return (await cache.match(name)) ?? response ?? Response.error();
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every address in this folder (PREFIX + digits, ?c=…) is the page itself.
    event.respondWith(fresh(request, "index.html", false));
    return;
  }
  const name = url.pathname.split("/").pop();
  if (LISTS.includes(name)) {
    event.respondWith(fresh(request, name, true));
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? fetch(request)),
  );
});
