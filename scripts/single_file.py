#!/usr/bin/env python3
"""Writes one self-contained page from a built site: DIST/crosscheck.html, with the stylesheet,
the favicon, the JS (wasm-bindgen's no-modules glue and www/main.js) and the wasm (base64, in a
data block that is never run as script) inlined. Opened straight from disk (file://) it works like
the hosted page; it fetches nothing.

The Content-Security-Policy stays as strict as the hosted page's: the one inline script and the one
inline style are allowed by their SHA-256 hashes (computed here, over the exact text written), not
by 'unsafe-inline'. The analysis worker runs the same inline script from a Blob, hence
worker-src blob:.

Usage: single_file.py DIST (a folder holding index.html, app.js, app_bg.wasm, main.js, style.css).
"""

import base64
import hashlib
import html
import pathlib
import re
import sys


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> None:
    dist = pathlib.Path(sys.argv[1])
    template = (dist / "index.html").read_text(encoding="utf-8")
    favicon = "data:image/svg+xml;base64," + base64.b64encode((dist / "icons/favicon.svg").read_bytes()).decode()
    style = (dist / "style.css").read_text(encoding="utf-8").replace('url("icons/favicon.svg")', f'url("{favicon}")')
    script = (dist / "app.js").read_text(encoding="utf-8") + "\n" + (dist / "main.js").read_text(encoding="utf-8")
    wasm = base64.b64encode((dist / "app_bg.wasm").read_bytes()).decode()
    for name, text in (("style", style), ("script", script)):
        if re.search(rf"</{name}", text, re.IGNORECASE):
            sys.exit(f"single_file.py: the inlined {name} contains a closing tag")

    policy = "; ".join(
        [
            "default-src 'none'",
            f"script-src {sha256(script)} 'wasm-unsafe-eval'",
            f"style-src {sha256(style)}",
            "img-src data:",
            "worker-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    title = re.search(r"<title>(.*?)</title>", template, re.S).group(1)
    description = re.search(r'<meta name="description" content="([^"]*)">', template).group(1)
    body = re.search(r"<body>(.*?)</body>", template, re.S).group(1)

    page = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- crosscheck in one file: nothing is fetched, nothing is sent. The inline script and style are
       allowed by their hashes only; the worker is this page's own script, from a Blob. -->
  <meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">
  <meta name="description" content="{description}">
  <meta name="color-scheme" content="light dark">
  <title>{title}</title>
  <link rel="icon" href="{favicon}" type="image/svg+xml">
  <style>{style}</style>
</head>
<body>{body}
<script type="application/octet-stream" id="crosscheck-wasm">{wasm}</script>
<script id="crosscheck-js">{script}</script>
</body>
</html>
"""
    (dist / "crosscheck.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
