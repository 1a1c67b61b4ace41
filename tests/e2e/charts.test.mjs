// Charts (examples/charts): every chart kind drawn from lists and dicts, in a
// page served under a Content-Security-Policy without 'unsafe-eval'; the SVG
// or canvas is there and sized, a selection reaches the script, the data can
// be shown as a table, and no request leaves 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, setup, shown, until } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
  + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

let env;
let page;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push(r.url()));
  await env.context.route('**/charts/', async (route) => {
    const r = await route.fetch();
    await route.fulfill({ response: r, headers: { ...r.headers(), 'content-security-policy': CSP } });
  });
  await env.context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await env.open('charts/', { waitFor: (p) => p.getByRole('heading', { name: 'Charts', exact: true }) });
  page.payloads = true;  // (a test below tries an eval on purpose: the policy refuses it)
  await shown(page.getByRole('figure', { name: 'Three named points' }).locator('svg'), 60_000);
});
after(async () => { await env?.close(); });

/** Size of the drawing (svg or canvas) in a figure. */
async function drawing(fig, selector = 'svg, canvas') {
  const el = fig.locator(selector).first();
  // (a chart may be drawn anew meanwhile, e.g. just after "Show chart": its element replaced, the box null)
  return until(async () => {
    await shown(el, 60_000);
    return el.boundingBox();
  }, `the chart's ${selector} drawn`, 60_000);
}

describe('charts', () => {
  test('the page runs under a CSP without unsafe-eval, and violates none of it', async () => {
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    // (the page's own code cannot eval a string: the policy is in force)
    const evalRan = await page.evaluate(() => new Promise((done) => {
      try { setTimeout('window.__evalRan = true', 0); } catch { /* refused */ }
      setTimeout(() => done(!!window.__evalRan), 100);
    }));
    assert.equal(evalRan, false, 'the CSP forbids eval');
  });

  test('built-in charts from lists and dicts: named, drawn as sized SVG', { timeout: 60_000 }, async () => {
    for (const name of ['Line chart', 'Area chart', 'Bar chart', 'Scatter chart']) {
      const fig = page.getByRole('figure', { name }).first();
      const box = await drawing(fig, 'svg');
      assert.ok(box.width > 300 && box.height > 100, `${name} sized ${JSON.stringify(box)}`);
    }
    const line = page.getByRole('figure', { name: 'Line chart' }).first();
    assert.ok(await line.getByText('Temperature').count() > 0, 'y_label is the axis title');
    assert.ok(await line.getByText('Oslo').count() > 0, 'the legend names the y columns');
  });

  test('a Vega-Lite selection reaches the script', { timeout: 60_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Three named points' });
    await shown(page.getByText('Picked: nothing'));
    await afterRun(page, () => fig.locator('g.mark-symbol path').nth(1).click({ force: true }));
    await shown(page.getByText('Picked: B'));
  });

  test('a Plotly chart (a dict figure, no plotly in Python) draws, and a clicked point reaches the script', { timeout: 90_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Plotly points' });
    const box = await drawing(fig, 'svg.main-svg');
    assert.ok(box.width > 300 && box.height >= 400, `sized ${JSON.stringify(box)}`);
    await shown(page.getByText('Plotly picked: nothing'));
    await afterRun(page, () => fig.locator('g.points path').nth(2).click({ force: true }));
    await shown(page.getByText('Plotly picked: 2'));
  });

  test('Graphviz (WebAssembly) draws a named SVG; Mermaid a named image (as 1.67)', { timeout: 90_000 }, async () => {
    const graph = page.getByRole('img', { name: 'Data pipeline' });
    await shown(graph, 60_000);
    assert.equal(await graph.evaluate((el) => el.tagName.toLowerCase()), 'svg');
    assert.ok((await graph.boundingBox()).height > 100);
    assert.equal(await graph.locator('g.node').count(), 4);
    const flow = page.getByRole('img', { name: 'Start flow' });
    await shown(flow, 60_000);
    assert.equal(await flow.evaluate((el) => el.tagName.toLowerCase()), 'img');
    await until(() => flow.evaluate((el) => el.complete && el.naturalWidth > 200), 'the diagram (SVG as an image) loaded');
    assert.ok((await flow.boundingBox()).width > 200);
  });

  test('an ECharts bar clicked reaches the script', { timeout: 90_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Weekly visits' });
    const canvas = fig.locator('canvas').first();
    await shown(canvas, 60_000);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    assert.ok(box.width > 300 && box.height === 350, `sized ${JSON.stringify(box)}`);
    await shown(page.getByText('ECharts picked: nothing'));
    await afterRun(page, () => page.mouse.click(box.x + box.width * 0.37, box.y + box.height * 0.6)); // Tue
    await shown(page.getByText('ECharts picked: 1'));
  });

  test('st.map draws on a plain labelled basemap (WebGL canvas), offline', { timeout: 90_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Four capitals' });
    const canvas = fig.locator('canvas').first();
    await shown(canvas, 60_000);
    const box = await canvas.boundingBox();
    assert.ok(box.width > 300 && Math.round(box.height) === 500, `sized ${JSON.stringify(box)}`);
    await shown(fig.getByText('Offline basemap: graticule only'));
    // 1.67's zoom control, top right: "Zoom In" and "Zoom Out" step the map about its centre
    const zoomIn = fig.getByRole('button', { name: 'Zoom In' });
    const zoomOut = fig.getByRole('button', { name: 'Zoom Out' });
    const [inBox, outBox] = [await zoomIn.boundingBox(), await zoomOut.boundingBox()];
    assert.ok(Math.abs(inBox.y - box.y - 12) <= 1 && Math.abs(box.x + box.width - inBox.x - inBox.width - 13) <= 1, `placed ${JSON.stringify(inBox)} in ${JSON.stringify(box)}`);
    assert.ok(outBox.y >= inBox.y + inBox.height - 1, 'Zoom Out under Zoom In');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const before = await canvas.screenshot();
    await zoomIn.click();
    await until(async () => !(await canvas.screenshot()).equals(before), 'the map zoomed in');
    await page.waitForTimeout(600); // (the 300 ms ease)
    const zoomed = await canvas.screenshot();
    await zoomOut.focus();
    await page.keyboard.press('Enter');
    await until(async () => !(await canvas.screenshot()).equals(zoomed), 'the map zoomed out (by keyboard)');
  });

  test('a deck.gl object clicked reaches the script', { timeout: 90_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Two cities' });
    const canvas = fig.locator('canvas').first();
    await shown(canvas, 60_000);
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000); // (deck.gl draws on the next animation frames)
    const box = await canvas.boundingBox();
    await shown(page.getByText('Deck picked: nothing'));
    // Oslo's position on screen, from deck.gl's own projection of the view
    const [x, y] = await page.evaluate(({ w, h }) => {
      const lon = 10.75, lat = 59.91, zoom = 1, clon = -30, clat = 20;
      const scale = 512 * 2 ** zoom / (2 * Math.PI);
      const mx = (l) => scale * (l * Math.PI / 180);
      const my = (p) => -scale * Math.log(Math.tan(Math.PI / 4 + p * Math.PI / 360));
      return [w / 2 + mx(lon) - mx(clon), h / 2 + my(lat) - my(clat)];
    }, { w: box.width, h: box.height });
    // (deck.gl picks from its last drawn frame: under load the first click can come before it)
    const picked = page.getByText('Deck picked: Oslo');
    for (let attempt = 0; attempt < 5 && !(await picked.isVisible()); attempt++) {
      await page.mouse.click(box.x + x, box.y + y);
      await picked.waitFor({ state: 'visible', timeout: 6000 }).catch(() => {});
    }
    await shown(picked);
  });

  test('"Show data" shows the chart\'s data as a table', { timeout: 30_000 }, async () => {
    const tools = page.getByRole('toolbar', { name: 'Bar chart: chart tools' });
    assert.equal(await tools.getAttribute('data-testid'), 'stElementToolbar');
    // 1.67's icon buttons for a Vega-Lite chart, named (their names are their tooltips)
    assert.deepEqual(await tools.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))),
      ['Show data', 'Download as PNG', 'Copy Vega-Lite spec', 'Fullscreen']);
    assert.equal(await tools.getByTestId('stElementToolbarButtonIcon').count(), 4);
    await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await tools.getByRole('button', { name: 'Copy Vega-Lite spec' }).click();
    await until(async () => /"mark"/.test(await page.evaluate(() => navigator.clipboard.readText())), 'the spec on the clipboard');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.mark?.type ?? copied.mark, 'bar');
    const button = tools.getByRole('button', { name: 'Show data' });
    const id = await button.getAttribute('aria-controls');
    await button.click();
    const table = page.locator(`[id="${id}"]`).getByRole('table');
    await shown(table);
    assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['fruit', 'sold']);
    assert.equal(await table.getByRole('row').count(), 4);
    await tools.getByRole('button', { name: 'Show chart' }).click();
    await shown(page.getByRole('figure', { name: 'Bar chart' }).locator('svg').first());
  });

  test('Fullscreen: the chart fills the window, drawn at its width and height; Escape ends it', { timeout: 30_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Bar chart' });
    const before = (await drawing(fig, 'svg')).width;
    const beforeH = (await drawing(fig, 'svg')).height;
    const tools = page.getByRole('toolbar', { name: 'Bar chart: chart tools' });
    await tools.getByRole('button', { name: 'Fullscreen' }).click();
    await shown(page.getByRole('dialog', { name: 'Bar chart' }));
    const wide = page.viewportSize().width;
    const tall = page.viewportSize().height;
    await until(async () => (await drawing(fig, 'svg')).width > Math.max(before + 100, wide * 0.8), 'the chart as wide as the window');
    await until(async () => (await drawing(fig, 'svg')).height > Math.max(beforeH + 50, tall * 0.6), 'and as tall (1.67)');
    const box = await page.getByRole('dialog', { name: 'Bar chart' }).boundingBox();
    assert.ok((await drawing(fig, 'svg')).y + (await drawing(fig, 'svg')).height <= box.y + box.height + 1, 'within the window, no scrolling');
    assert.equal(await tools.getByRole('button', { name: 'Close fullscreen' }).getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    await until(async () => (await page.getByRole('dialog', { name: 'Bar chart' }).count()) === 0, 'fullscreen ended');
    await until(async () => Math.abs((await drawing(fig, 'svg')).width - before) < 2, 'the chart at its own width again');
  });

  test('charts resize with the container', { timeout: 30_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Scatter chart' });
    const before = (await drawing(fig, 'svg')).width;
    await page.setViewportSize({ width: 600, height: 900 });
    await until(async () => (await drawing(fig, 'svg')).width < before - 50, 'the chart narrows');
    await page.setViewportSize({ width: 1280, height: 720 });
    await until(async () => Math.abs((await drawing(fig, 'svg')).width - before) < 2, 'the chart widens back');
  });

  test('charts follow the light/dark theme', { timeout: 150_000 }, async () => {
    const fig = page.getByRole('figure', { name: 'Line chart' }).first();
    const colours = () => fig.locator('svg').first().evaluate((svg) => {
      const text = svg.querySelector('g.role-axis-label text');
      return { text: text && text.getAttribute('fill'), bg: svg.querySelector('rect.background, path.background')?.getAttribute('fill') ?? svg.style.backgroundColor };
    });
    const light = await colours();
    const setTheme = (t) => page.evaluate((theme) => document.querySelector('.tl-root').setAttribute('data-theme', theme), t);
    await setTheme('dark');
    await until(async () => JSON.stringify(await colours()) !== JSON.stringify(light), 'the chart is redrawn dark', 60_000); // (every chart of the page redraws)
    const dark = await colours();
    assert.notEqual(dark.text, light.text);
    await setTheme('light');
    await until(async () => JSON.stringify(await colours()) === JSON.stringify(light), 'and light again', 60_000);
  });

  test('no request leaves 127.0.0.1', () => {
    const outside = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));
    assert.deepEqual(outside, []);
  });
});
