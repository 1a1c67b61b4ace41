"""``urllib.request.urlopen`` in the tab: HTTP(S) through the browser (the handler).

Pyodide has no sockets, so the standard library's HTTP client cannot connect:
``urllib.request.urlopen(url)`` and everything built on it (``pandas.read_csv``
and ``read_json`` of a URL, ``PIL.Image.open(urlopen(...))``) fail with a
socket error.  Apps written for Streamlit load data from the web this way all
the time, so the worker installs a urllib handler that sends the request with
the browser (a synchronous ``XMLHttpRequest`` in the worker, see
``web/runtime/http.js``): ``transport`` is that JavaScript function.

What the browser decides stays the browser's: a cross-origin server must allow
the page to read its answer (CORS), redirects are followed by the browser, and
headers a page may not set (``User-Agent``, ``Cookie``...) are dropped.  A
request the browser refuses becomes a ``urllib.error.URLError`` that says so.

Imported only once the app imports ``urllib.request`` (``browser_http.py``):
urllib and email are a cost at boot that most apps never need.
"""

from __future__ import annotations

import email.message
import io
import json
# (from-imports: this module is imported while urllib.request is still being
# imported, before ``urllib.request`` is an attribute of ``urllib``)
from urllib import error as urllib_error
from urllib import request as urllib_request
from urllib import response as urllib_response
from typing import Any, Callable

# Headers a page cannot set (the browser refuses them: the Fetch standard's
# forbidden request headers); urllib adds some on its own (Host, Connection).
_FORBIDDEN = frozenset({
    "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
    "connection", "content-length", "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive",
    "origin", "referer", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "via",
})

Transport = Callable[..., Any]


def _sendable(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items()
            if k.lower() not in _FORBIDDEN and not k.lower().startswith(("proxy-", "sec-"))}


def _headers(raw: str) -> email.message.Message:
    """``getAllResponseHeaders()``'s CRLF lines as the Message urllib answers with."""
    message = email.message.Message()
    for line in raw.split("\r\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            message[name.strip()] = value.strip()
    return message


def _field(answer: Any, name: str) -> Any:
    """A field of the transport's answer: a dict (tests) or a JavaScript object."""
    return answer[name] if isinstance(answer, dict) else getattr(answer, name)


def _bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    return bytes(body.to_py())  # a Uint8Array


class TabHTTPHandler(urllib_request.BaseHandler):
    """Opens ``http:`` and ``https:`` URLs with the browser (``transport``)."""

    handler_order = 400  # before urllib's own HTTP(S) handlers, which need sockets

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def http_open(self, req: urllib_request.Request) -> urllib_response.addinfourl:
        return self._open(req)

    https_open = http_open

    def _open(self, req: urllib_request.Request) -> urllib_response.addinfourl:
        url = req.full_url
        headers = _sendable({**req.unredirected_hdrs, **req.headers})
        data = req.data
        if data is not None and not isinstance(data, (bytes, bytearray)):
            data = b"".join(data)  # an iterable of bytes, as urllib allows
        timeout = getattr(req, "timeout", None)
        try:
            answer = self._transport(req.get_method(), url, json.dumps(headers),
                                     None if data is None else bytes(data),
                                     0 if not isinstance(timeout, (int, float)) else float(timeout))
        except Exception as e:  # the browser refused the request: the message says why
            raise urllib_error.URLError(_why(url, e)) from None
        error = _field(answer, "error")
        if error:
            raise urllib_error.URLError(_why(url, error))
        status = int(_field(answer, "status"))
        final = _field(answer, "url") or url
        response = urllib_response.addinfourl(io.BytesIO(_bytes(_field(answer, "body"))),
                                              _headers(str(_field(answer, "headers") or "")), final, status)
        response.msg = str(_field(answer, "statusText") or "")
        return response  # urllib's HTTPErrorProcessor raises HTTPError for 4xx/5xx


def _why(url: str, error: Any) -> str:
    text = str(getattr(error, "message", None) or error)
    return (f"could not fetch {url} from the browser tab ({text}). tablit's Python runs in the page, so "
            "the browser sends the request: the server must be reachable from this browser and, when it is "
            "on another site, allow this page to read its answer (CORS: Access-Control-Allow-Origin)")


def install_opener(transport: Transport) -> None:
    """Make ``urllib_request.urlopen`` (and what uses it) fetch through ``transport``.

    ``transport(method, url, headers_json, body_or_None, timeout_seconds)`` answers
    an object with ``status``, ``statusText``, ``url`` (after redirects), ``headers``
    (CRLF lines) and ``body`` (bytes), or with ``error`` when the browser refused.
    """
    urllib_request.install_opener(urllib_request.build_opener(TabHTTPHandler(transport)))
