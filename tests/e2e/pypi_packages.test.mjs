// Pure-Python packages from a package index, in the tab: two of Streamlit's
// documentation apps (tests/e2e/apps/docs-charts/, from streamlit/docs) whose
// requirements.txt asks for altair and plotly, which Pyodide 0.27.7 does not
// build: micropip installs them, with their dependencies, from a local index
// (tests/e2e/package_index.mjs, wheels from tests/fixtures/pypi_wheels.sh) that
// `--package-index` points at; Pyodide's packages (numpy, pandas, scipy) come
// from the 0.27.7 fixture.  Nothing but 127.0.0.1 is reachable.  The charts
// are drawn, no error is shown, and the docs' `numpy<2` is met by Pyodide's
// numpy 2.0.2 with a notice saying so.  And `requests` (its urllib3 sends requests
// with the browser in Pyodide) fetching from a data server on 127.0.0.1.  And Plotly
// Express in an app that imports neither numpy nor pandas (px.data): px needs both.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { App, startServer } from '../../web/serve/server.js';
import { BOOT_TIMEOUT, ROOT, blockNetwork, launchBrowser, pyodide027Dir, shown, until } from './helpers.mjs';
import { pypiWheelsDir, servePackageIndex } from './package_index.mjs';

const DIR = path.join(ROOT, 'tests', 'e2e', 'apps', 'docs-charts');
const BOOT = 6 * BOOT_TIMEOUT; // Pyodide + numpy, pandas, scipy + micropip's installs (plotly: 15 MB) on 2 busy cores

let browser;
let context;
let outside; // requests for anything but 127.0.0.1: must stay empty
let index;
let server;
let data; // a data server another origin than the page's, which lets pages read it (CORS)
let dataSeen = [];
let webDir;
let pxDir;

before(async () => {
  const wheels = pypiWheelsDir(); // downloaded (or fails loudly) before anything starts
  index = await servePackageIndex(wheels);
  data = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      dataSeen.push(`${req.method} ${req.url}`);
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'content-type', 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, path: req.url, body: body ? JSON.parse(body) : null }));
    });
  });
  await new Promise((resolve) => data.listen(0, '127.0.0.1', resolve));
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-requests-'));
  fs.writeFileSync(path.join(webDir, 'requirements.txt'), 'requests\n');
  fs.writeFileSync(path.join(webDir, 'app.py'), [
    'import requests',
    'import streamlit as st',
    `URL = ${JSON.stringify(`http://127.0.0.1:${data.address().port}/`)}`,
    'st.title("requests")',
    'r = requests.get(URL + "items", params={"page": 2}, timeout=10)',
    'st.text(f"get: {r.status_code} {r.json()[\'path\']}")',
    'p = requests.post(URL + "items", json={"name": "pen"})',
    'st.text(f"post: {p.status_code} {p.json()[\'body\']}")',
    'st.text(f"missing: {requests.get(URL + \'missing\').status_code}")',
  ].join('\n'));
  // Plotly Express alone (plotly.express raises ImportError without numpy and remembers it)
  pxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-px-'));
  fs.writeFileSync(path.join(pxDir, 'requirements.txt'), 'plotly\njinja2\n');
  fs.writeFileSync(path.join(pxDir, 'app.py'), [
    'import plotly.express as px',
    'import streamlit as st',
    'df = px.data.gapminder().query("country == \'Canada\'")',
    'st.plotly_chart(px.bar(df, x="year", y="pop"))',
    'st.text(f"rows: {len(df)}")',
    // and a Styler in st.table (jinja2 from the index): its format, a cell colour, its caption
    'st.table(df.head(2)[["year", "pop"]].style.format({"pop": "{:,}"}).map(lambda v: "color: red", subset=["year"]).set_caption("Canada"))',
    // st.dataframe draws no Styler caption (as 1.67's grid)
    'st.dataframe(df.head(2)[["year"]].style.set_caption("Not under the grid"))',
  ].join('\n'));
  server = await startServer({
    apps: [new App('altair', DIR, 'charts.altair_selections.py'), new App('plotly', DIR, 'charts.plotly_chart.py'),
      new App('requests', webDir, 'app.py'), new App('px', pxDir, 'app.py')],
    gallery: true, quiet: true, pyodideDir: pyodide027Dir(), packageIndex: index.url,
  });
  browser = await launchBrowser();
  context = await browser.newContext();
  outside = await blockNetwork(context);
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  await index?.stop();
  await new Promise((resolve) => (data ? data.close(() => resolve()) : resolve()));
  if (webDir) fs.rmSync(webDir, { recursive: true, force: true });
  if (pxDir) fs.rmSync(pxDir, { recursive: true, force: true });
});

/** Open an app; resolve when its first run is drawn. */
async function open(name) {
  const page = await context.newPage();
  await page.goto(new URL(`${name}/`, server.url).href);
  await page.waitForFunction(() => (globalThis.__tablitRenders ?? 0) > 0, null, { timeout: BOOT });
  return page;
}

/** No exception, no fatal screen, and the only notice is numpy<2's. */
async function noError(page) {
  assert.equal(await page.locator('[data-testid="stException"]').count(), 0, await page.locator('body').innerText());
  assert.equal(await page.getByText(/Error|Traceback/).count(), 0, await page.locator('body').innerText());
  const notices = await page.locator('.tl-notice').allInnerTexts();
  assert.equal(notices.length, 1, JSON.stringify(notices));
  assert.match(notices[0], /^numpy<2: Pyodide 0\.27\.7 provides numpy 2\.0\.2, which the app uses instead\./);
}

test('altair from the package index: the docs app draws its 20 points, with no error', { timeout: BOOT + 120_000 }, async () => {
  const page = await open('altair');
  const fig = page.getByRole('figure').first();
  await shown(fig, 60_000);
  // 20 rows of the DataFrame: 20 circles (SVG: few rows)
  await until(async () => (await fig.locator('g.mark-symbol.role-mark path').count()) === 20, '20 circles drawn (the data marks, not the legend)', 60_000);
  await noError(page);
  // the selection state the app writes below the chart
  await shown(page.getByText('selection', { exact: false }).first());
  for (const project of ['altair', 'jsonschema', 'jinja2', 'markupsafe', 'narwhals']) {
    assert.ok(index.requests.includes(`/simple/${project}/`), `${project} asked of the index: ${index.requests}`);
  }
  assert.ok(index.requests.includes('/files/altair-5.5.0-py3-none-any.whl'), index.requests.join(' '));
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('plotly from the package index: the docs app draws its distplot (three histograms and curves), with no error', { timeout: BOOT + 120_000 }, async () => {
  const page = await open('plotly');
  const plot = page.locator('.js-plotly-plot').first();
  await shown(plot, 60_000);
  // create_distplot: per group a histogram, a KDE curve and a rug
  await until(async () => (await plot.locator('g.trace.bars').count()) === 3, 'three histograms', 60_000);
  assert.ok(await plot.locator('g.trace.bars g.point path').count() > 30, 'histogram bars drawn');
  assert.ok(await plot.locator('g.trace.scatter path.js-line').count() >= 3, 'the curves drawn');
  for (const group of ['Group 1', 'Group 2', 'Group 3']) assert.ok(await plot.getByText(group).count() > 0, `legend names ${group}`);
  await noError(page);
  assert.ok(index.requests.includes('/files/plotly-6.0.1-py3-none-any.whl'), index.requests.join(' '));
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('plotly.express in an app that imports neither numpy nor pandas: px.data and a bar chart, no error; a Styler in st.table', { timeout: BOOT + 120_000 }, async () => {
  const page = await open('px');
  await shown(page.getByText('rows: 12'), 60_000);
  const table = page.locator('table[aria-describedby]');
  await shown(table);
  assert.equal(await table.evaluate((t) => document.getElementById(t.getAttribute('aria-describedby')).textContent), 'Canada');
  assert.deepEqual(await table.locator('tbody tr').first().locator('td').allInnerTexts(), ['1952', '14,785,584']);
  assert.equal(await table.locator('tbody td').first().evaluate((td) => getComputedStyle(td).color), 'rgb(255, 0, 0)');
  await shown(page.getByRole('grid'));
  assert.equal(await page.getByText('Not under the grid').count(), 0, 'no caption under st.dataframe');
  const plot = page.locator('.js-plotly-plot').first();
  await shown(plot, 60_000);
  await until(async () => (await plot.locator('g.trace.bars g.point path').count()) === 12, 'twelve bars', 60_000);
  assert.equal(await page.getByText(/Error|Traceback/).count(), 0, await page.locator('body').innerText());
  assert.deepEqual(await page.locator('.tl-notice').allInnerTexts(), []);
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('requests from the package index fetches with the browser: GET with params, POST of JSON, a 404', { timeout: BOOT + 120_000 }, async () => {
  const page = await open('requests');
  await shown(page.getByText('get: 200 /items?page=2'), 60_000);
  await shown(page.getByText("post: 200 {'name': 'pen'}"));
  await shown(page.getByText('missing: 404'));
  assert.equal(await page.locator('[data-testid="stException"]').count(), 0, await page.locator('body').innerText());
  assert.deepEqual(dataSeen, ['GET /items?page=2', 'POST /items', 'GET /missing']);
  for (const project of ['requests', 'urllib3', 'certifi', 'idna', 'charset-normalizer']) {
    assert.ok(index.requests.includes(`/simple/${project}/`), `${project} asked of the index: ${index.requests}`);
  }
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});
