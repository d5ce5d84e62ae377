"""A published folder served on 127.0.0.1 from a thread, and Debian's headless Chromium to open it.

The server answers like the README's nginx rule: a `v/` folder is found in any letter case, and
an address in it that ends in a digit is the page itself (`v/index.html`), so the address a
label's QR code holds (`PREFIX` + digits) opens the page. Chromium is driven by Selenium through
Debian's own chromedriver, started with flags that keep it off every network but this one.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True}


class _Handler(http.server.SimpleHTTPRequestHandler):
    site: PublishedSite

    def translate_path(self, path: str) -> str:
        served = Path(super().translate_path(path))
        root = Path(self.directory)
        parts = served.relative_to(root).parts if served.is_relative_to(root) else ()
        for i, part in enumerate(parts[:-1]):
            if part.lower() == "v":  # the page's folder, in any letter case
                page = root.joinpath(*parts[:i], "v")
                wanted = page.joinpath(*parts[i + 1 :])
                code = parts[-1][-1:].isdigit() and not wanted.is_file()  # PREFIX + digits
                return str(page / "index.html" if code else wanted)
        return str(served)

    def do_GET(self) -> None:
        if self.site.offline:
            self.close_connection = True  # as a dropped connection: no answer at all
            return
        self.site.requests.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PublishedSite:
    """Serves `root` until `stop()`; `offline = True` drops every request."""

    def __init__(self, root: Path) -> None:
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
        )
        self.offline = False
        self.requests: list[str] = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.server.server_port}/{path}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


class Browser:
    """One headless Chromium with a fresh profile, shown the world at a phone's size."""

    def __init__(self) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        for program in (CHROMIUM, CHROMEDRIVER):
            if not Path(program).is_file():
                raise RuntimeError(
                    f"{program} not found: install the Debian packages 'chromium' and "
                    "'chromium-driver' (make system-deps)"
                )
        self.profile = tempfile.mkdtemp(prefix="belgi-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={self.profile}"):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)

    def open(self, url: str, timeout: float = 15) -> dict[str, str]:
        """Open the page and wait for its verdict: the root element's data-* attributes."""
        self.driver.get(url)
        return self.verdict(timeout)

    def verdict(self, timeout: float = 15) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while True:
            data: dict[str, str] = self.driver.execute_script(
                "return Object.assign({}, document.documentElement.dataset)"
            )
            if "outcome" in data or "error" in data or time.monotonic() > deadline:
                return data
            time.sleep(0.02)

    def run(self, script: str, *args: Any) -> Any:
        """Run an async function body in the page: `args` are its arguments, its value returned."""
        wrapped = (
            "const done = arguments[arguments.length - 1];"
            f"(async (...args) => {{ {script} }})(...Array.from(arguments).slice(0, -1))"
            ".then(done, (e) => done({ error: String(e && e.stack || e) }));"
        )
        return self.driver.execute_async_script(wrapped, *args)

    def text(self, selector: str) -> str:
        from selenium.webdriver.common.by import By

        return str(self.driver.find_element(By.CSS_SELECTOR, selector).text)

    def quit(self) -> None:
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)
