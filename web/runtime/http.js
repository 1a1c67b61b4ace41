// HTTP for the app's Python (py/tablit/runtime/browser_http*.py): urllib's
// requests sent by the browser.  Python is synchronous and the request must
// finish inside its call, so this is a synchronous XMLHttpRequest, which a
// worker may make (a page's main thread may not).  The browser's rules hold:
// CORS for other sites, redirects followed, forbidden headers dropped.

/**
 * @typedef {{status: number, statusText: string, url: string, headers: string,
 *   body: Uint8Array|null, error: string|null}} HttpAnswer
 */

/**
 * One request, answered when it is done.  Never throws: a request the browser
 * refuses (network down, CORS, timeout) answers with `error`.
 * @param {string} method
 * @param {string} url
 * @param {string} headersJson  {name: value} (Python already dropped what a page may not set)
 * @param {any} body  null, or Python bytes (a PyProxy with the buffer protocol)
 * @param {number} timeout  seconds; 0: none
 * @returns {HttpAnswer}
 */
export function httpSync(method, url, headersJson, body, timeout) {
  const xhr = new XMLHttpRequest();
  try {
    xhr.open(method, url, false);
    xhr.responseType = "arraybuffer";
    if (timeout > 0) xhr.timeout = Math.round(timeout * 1000);
    const headers = JSON.parse(headersJson || "{}");
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, String(value));
    xhr.send(body == null ? null : bytesOf(body));
  } catch (e) {
    return { status: 0, statusText: "", url, headers: "", body: null, error: String(/** @type {any} */ (e)?.message ?? e) };
  }
  return {
    status: xhr.status,
    statusText: xhr.statusText,
    url: xhr.responseURL || url,
    headers: xhr.getAllResponseHeaders(),
    body: xhr.response ? new Uint8Array(xhr.response) : new Uint8Array(0),
    error: null,
  };
}

/** A copy of Python bytes' contents (the proxy is Python's to free). @param {any} body */
function bytesOf(body) {
  if (body instanceof Uint8Array) return body;
  const view = body.getBuffer("u8");
  try {
    return view.data.slice();
  } finally {
    view.release();
  }
}
