// An app that loads its data from the web, as Streamlit apps do: pandas.read_csv of a URL and
// urllib.request.urlopen, sent by the browser from the worker (web/runtime/http.js,
// py/tablit/runtime/browser_http*.py).  Two data servers on 127.0.0.1, other origins than the
// page's: one allows the page to read its answers (CORS), one does not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { BOOT_TIMEOUT, blockNetwork, launchBrowser, servePyodide027, shown } from './helpers.mjs';

/** A data server on 127.0.0.1; `cors`: it allows any page to read its answers. */
async function dataServer(cors) {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const allow = cors ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'content-type, x-key' } : {};
    if (req.method === 'OPTIONS') return res.writeHead(204, allow).end();
    if (req.url === '/sales.csv') return res.writeHead(200, { ...allow, 'Content-Type': 'text/csv' }).end('city,n\nOslo,3\nLima,4\nPune,5\n');
    if (req.url === '/old.csv') return res.writeHead(302, { ...allow, Location: '/sales.csv' }).end();
    if (req.url === '/echo' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => res.writeHead(200, { ...allow, 'Content-Type': 'application/json' })
        .end(JSON.stringify({ got: JSON.parse(body), key: req.headers['x-key'] ?? null })));
      return undefined;
    }
    return res.writeHead(404, { ...allow, 'Content-Type': 'text/plain' }).end('no such thing');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, seen, stop: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}

let open, closed, tablit, browser, dir;
before(async () => {
  open = await dataServer(true);
  closed = await dataServer(false);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-web-data-'));
  fs.writeFileSync(path.join(dir, 'app.py'), `
import json
import urllib.error
import urllib.request

import pandas as pd
import streamlit as st

OPEN = ${JSON.stringify(open.url)}
CLOSED = ${JSON.stringify(closed.url)}

st.title("Data from the web")

@st.cache_data
def load(url):
    return pd.read_csv(url)

df = load(OPEN + "old.csv")
st.write("rows:", len(df), "total:", int(df["n"].sum()), "first:", df["city"][0])

req = urllib.request.Request(OPEN + "echo", data=json.dumps({"a": 1}).encode(),
                             headers={"Content-Type": "application/json", "X-Key": "k1"})
with urllib.request.urlopen(req, timeout=10) as r:
    st.text("posted: " + json.dumps(json.load(r), sort_keys=True))
try:
    urllib.request.urlopen(OPEN + "missing")
except urllib.error.HTTPError as e:
    st.write("missing:", e.code, e.read().decode())
try:
    urllib.request.urlopen(CLOSED + "sales.csv")
except urllib.error.URLError as e:
    st.write("refused:", "CORS" in str(e.reason))
`);
  tablit = await servePyodide027(path.join(dir, 'app.py'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await tablit?.stop();
  await open?.stop();
  await closed?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('pandas.read_csv and urllib.request.urlopen of URLs work from the tab, with urllib\'s errors', { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const outside = await blockNetwork(context);
  const page = await context.newPage();
  const logs = [];
  page.on('pageerror', (e) => logs.push(String(e)));
  await page.goto(tablit.url);
  await shown(page.getByRole('heading', { name: 'Data from the web' }), BOOT_TIMEOUT * 4);
  // the redirect was followed by the browser; @st.cache_data kept the frame
  await shown(page.getByText('rows: 3 total: 12 first: Oslo'), 60_000);
  await shown(page.getByText('posted: {"got": {"a": 1}, "key": "k1"}'));
  await shown(page.getByText('missing: 404 no such thing'));
  await shown(page.getByText('refused: True'));
  assert.ok(open.seen.includes('GET /old.csv') && open.seen.includes('GET /sales.csv'), open.seen.join(', '));
  assert.ok(open.seen.includes('POST /echo'), 'the POST reached the server');
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  assert.deepEqual(logs, []);
  await context.close();
});
