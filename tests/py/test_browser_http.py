"""urllib in the tab (runtime/browser_http*.py): requests go to the browser's transport."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request

import pytest

from tablit.runtime import browser_http
from tablit.runtime.browser_http_urllib import TabHTTPHandler


class FakeBrowser:
    """What web/runtime/http.js answers, as a dict; records each request."""

    def __init__(self, answers):
        self.answers = answers
        self.seen = []

    def __call__(self, method, url, headers_json, body, timeout):
        self.seen.append({"method": method, "url": url, "headers": json.loads(headers_json), "body": body,
                          "timeout": timeout})
        answer = self.answers[url]
        if isinstance(answer, Exception):
            raise answer
        return answer


def opener(browser):
    return urllib.request.build_opener(TabHTTPHandler(browser))


def ok(body, url="", headers="Content-Type: text/csv\r\nX-Rows: 2\r\n", status=200, text="OK"):
    return {"status": status, "statusText": text, "url": url, "headers": headers, "body": body, "error": None}


def test_a_get_reads_body_headers_and_the_url_after_redirects():
    browser = FakeBrowser({"https://data.example/a.csv": ok(b"x,y\n1,2\n", url="https://cdn.example/a.csv")})
    with opener(browser).open("https://data.example/a.csv", timeout=5) as r:
        assert r.read() == b"x,y\n1,2\n"
        assert r.status == 200 and r.getcode() == 200
        assert r.headers["Content-Type"] == "text/csv" and r.headers["X-Rows"] == "2"
        assert r.geturl() == "https://cdn.example/a.csv"
    assert browser.seen[0]["method"] == "GET" and browser.seen[0]["timeout"] == 5.0


def test_a_post_sends_its_body_and_only_headers_a_page_may_set():
    browser = FakeBrowser({"http://api.example/x": ok(b"{}")})
    req = urllib.request.Request("http://api.example/x", data=b'{"a": 1}',
                                 headers={"Content-Type": "application/json", "User-Agent": "me", "X-Key": "k"})
    opener(browser).open(req).read()
    seen = browser.seen[0]
    assert seen["method"] == "POST" and seen["body"] == b'{"a": 1}'
    assert seen["headers"] == {"Content-type": "application/json", "X-key": "k"}  # no User-Agent, Host, Connection


def test_an_error_status_raises_urllibs_HTTPError():
    browser = FakeBrowser({"https://x.example/missing": ok(b"not here", status=404, text="Not Found")})
    with pytest.raises(urllib.error.HTTPError) as e:
        opener(browser).open("https://x.example/missing")
    assert e.value.code == 404 and e.value.read() == b"not here"


def test_a_request_the_browser_refuses_says_why_and_what_to_check():
    browser = FakeBrowser({"https://nocors.example/": {"status": 0, "statusText": "", "url": "", "headers": "",
                                                       "body": None, "error": "NetworkError: Failed to load"},
                           "https://down.example/": RuntimeError("Failed to execute 'send'")})
    for url, part in [("https://nocors.example/", "NetworkError"), ("https://down.example/", "Failed to execute")]:
        with pytest.raises(urllib.error.URLError) as e:
            opener(browser).open(url)
        assert part in str(e.value.reason) and url in str(e.value.reason)
        assert "CORS" in str(e.value.reason)


def test_install_patches_urllib_request_when_it_is_first_imported():
    # a fresh interpreter: urllib.request not imported yet, as in the worker at boot
    code = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[1])
        from tablit.runtime import browser_http
        seen = []
        def transport(method, url, headers, body, timeout):
            seen.append(url)
            return {"status": 200, "statusText": "OK", "url": url, "headers": "", "body": b"hi", "error": None}
        assert "urllib.request" not in sys.modules
        browser_http.install(transport)
        assert "urllib.request" not in sys.modules, "installing must not import urllib"
        import urllib.request
        assert urllib.request.urlopen("https://a.example/").read() == b"hi"
        assert seen == ["https://a.example/"]
        assert urllib.request.__loader__.__class__.__name__ != "_Loader"
        assert not any(type(f).__name__ == "_AfterImport" for f in sys.meta_path)
        print("ok")
    """)
    py = str(importlib.import_module("tablit").__path__[0]).rsplit("/", 1)[0]
    out = subprocess.run([sys.executable, "-c", code, py], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


def test_install_when_urllib_request_is_already_imported_patches_it_at_once(monkeypatch):
    before = urllib.request._opener
    try:
        browser = FakeBrowser({"https://b.example/": ok(b"now")})
        browser_http.install(browser)
        assert urllib.request.urlopen("https://b.example/").read() == b"now"
    finally:
        urllib.request.install_opener(before)
