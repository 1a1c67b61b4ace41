// Pure-Python packages from a package index, in the tab: two of Streamlit's
// documentation apps (tests/e2e/apps/docs-charts/, from streamlit/docs) whose
// requirements.txt asks for altair and plotly, which Pyodide 0.27.7 does not
// build: micropip installs them, with their dependencies, from a local index
// (tests/e2e/package_index.mjs, wheels from tests/fixtures/pypi_wheels.sh) that
// `--package-index` points at; Pyodide's packages (numpy, pandas, scipy) come
// from the 0.27.7 fixture.  Nothing but 127.0.0.1 is reachable.  The charts
// are drawn, no error is shown, and the docs' `numpy<2` is met by Pyodide's
// numpy 2.0.2 with a notice saying so.

import assert from 'node:assert/strict';
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

before(async () => {
  const wheels = pypiWheelsDir(); // downloaded (or fails loudly) before anything starts
  index = await servePackageIndex(wheels);
  server = await startServer({
    apps: [new App('altair', DIR, 'charts.altair_selections.py'), new App('plotly', DIR, 'charts.plotly_chart.py')],
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
