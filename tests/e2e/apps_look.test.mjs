// What other people's apps showed differently from Streamlit 1.67 (docs/LOOKS.md), as 1.67 draws it:
// measured there with getBoundingClientRect and getComputedStyle on the same app
// (tests/e2e/apps/apps_look, 1280x900).  A progress bar keeps its text row's 8px with no text; an
// alert's leading emoji sits in a 20px icon slot, its text 8px after; an empty "##" heading is a line tall; a sidebar without page menu has no 24px above its content; weighted
// columns get 1.67's widths; a data_editor's delete boxes show only under the pointer; pydeck's HexagonLayer is drawn.  An uncaught
// exception: the heading, then
// 16px lower a "Traceback:" line at the body size and 8px under it the frames in a bordered box with
// no fill, in the alert's red, 14px Source Code Pro, 16px padding; the Copy / Ask links 16px below.
// The rows are 1.67's: the app's frame only (not tablit's module __getattr__), "File" unindented, each a
// block 8px below the one before (a chained KeyError's five).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, launchBrowser, shown, startTablit, until } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await startTablit(['serve', 'tests/e2e/apps/apps_look/app.py']);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

const near = (a, b, what, tol = 1) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} (1.67: ${b})`);

test('a progress bar without text sits as low as 1.67\'s; an alert\'s leading emoji is its icon', { timeout: 240_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.url);
  await shown(page.locator('[data-testid="stException"]'), BOOT_TIMEOUT);
  const g = await page.evaluate(() => {
    const r = (e) => e.getBoundingClientRect();
    const [bare, texted] = [...document.querySelectorAll('[data-testid="stProgress"]')];
    const alert = document.querySelector('[data-testid="stAlert"]');
    return {
      bare: { height: r(bare).height, bar: r(bare.querySelector('[role=progressbar]')).top - r(bare).top },
      texted: { bar: r(texted.querySelector('[role=progressbar]')).top - r(texted).top },
      gap: r(texted).top - r(bare).bottom,
      icon: { left: r(alert.querySelector('.tl-icon')).left - r(alert).left, width: r(alert.querySelector('.tl-icon')).width,
        text: alert.querySelector('.tl-icon').textContent },
      body: { left: r(alert.querySelector('p')).left - r(alert).left, width: r(alert.querySelector('p')).width, text: alert.querySelector('p').textContent },
      height: r(alert).height,
      sidebar: Math.round(r(document.querySelector('[data-testid="stSidebarUserContent"] [data-testid="stHeading"]')).top),
      columns: [...document.querySelectorAll('[data-testid="stHorizontalBlock"]')]
        .map((row) => [...row.querySelectorAll(':scope > [data-testid="stColumn"]')].map((c) => Math.round(r(c).width))),
      spacer: (() => {
        const h2 = [...document.querySelectorAll('.tl-markdown h2')].find((h) => !h.textContent.replace('\u200b', ''));
        return { height: Math.round(r(h2).height), below: Math.round(r(h2.nextElementSibling).top - r(h2).top) };
      })(),
    };
  });
  assert.deepEqual(g.bare, { height: 16, bar: 8 }, 'st.progress(50): 16px tall, the bar 8px down');
  near(g.texted.bar, 27, 'with text: the bar under the 19px text and its 8px', 1);
  near(g.gap, 16, 'the usual 16px between elements');
  assert.deepEqual(g.icon, { left: 16, width: 20, text: '☝️' });
  assert.deepEqual(g.body, { left: 44, width: 644, text: 'Upload a CSV file' });
  near(g.height, 56, 'the alert: one line');
  assert.equal(g.sidebar, 76, 'no page menu: the sidebar\'s first element right under its 60px header and 16px, as 1.67');
  assert.deepEqual(g.columns, [[107, 459, 107], [117, 587]], 'weighted columns as 1.67 shares them: each less a whole gap');
  // the data_editor's row markers: 1.67's 33px column (32 px, then the next column's own line), its
  // boxes unseen until the pointer is over one
  const grid = page.locator('[data-testid="stDataFrame"]').first();
  const marker = grid.locator('[role=gridcell].tl-grid-marker').first();
  const opacity = (l) => l.evaluate((e) => getComputedStyle(e).opacity);
  assert.equal(Math.round((await marker.boundingBox()).width), 32);
  assert.equal(await marker.evaluate((m) => getComputedStyle(m.nextElementSibling).borderLeftWidth), '1px');
  assert.equal(await opacity(marker.locator('input')), '0');
  assert.equal(await opacity(grid.locator('[role=columnheader].tl-grid-marker input')), '0', 'no select-all box in sight');
  await marker.hover();
  assert.equal(await opacity(marker.locator('input')), '1');
  assert.deepEqual(g.spacer, { height: 75, below: 75 }, 'an empty "##" is as tall as a one-line h2, as in 1.67');
});

test('pydeck\'s HexagonLayer is drawn (the aggregation layers are known to the deck)', { timeout: 240_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.url);
  const canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first();
  await shown(canvas, BOOT_TIMEOUT);
  await canvas.scrollIntoViewIfNeeded();
  await until(async () => {
    const shot = await canvas.screenshot();
    const blank = await page.context().newPage();
    try {
      return await blank.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const [r, gr, b] = g.getImageData(img.width >> 1, img.height >> 1, 1, 1).data;
        return r > 200 && gr < 80 && b < 80;
      }, shot.toString('base64'));
    } finally { await blank.close(); }
  }, 'a red hexagon at the centre', 60_000);
});

test('an uncaught exception: heading, traceback box and links placed and styled as in 1.67', { timeout: 240_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.url);
  const box = page.locator('[data-testid="stException"]').last();
  await shown(box, BOOT_TIMEOUT);
  const g = await box.evaluate((e) => {
    const top = e.getBoundingClientRect().top;
    const at = (sel) => { const r = e.querySelector(sel).getBoundingClientRect(); return { top: r.top - top, height: r.height }; };
    const pre = e.querySelector('pre');
    const cs = getComputedStyle(pre);
    return {
      height: e.getBoundingClientRect().height,
      head: at('.tl-exc-head'), title: at('.tl-exc-tb-title'), pre: at('pre'), links: at('.tl-exc-links'),
      titleSize: getComputedStyle(e.querySelector('.tl-exc-tb-title')).fontSize,
      typeWeight: getComputedStyle(e.querySelector('.tl-exc-type')).fontWeight,
      pre: { ...at('pre'), border: cs.border, background: cs.backgroundColor, color: cs.color, font: cs.fontSize, family: cs.fontFamily,
        padding: cs.padding, codeFamily: getComputedStyle(pre.querySelector('code')).fontFamily,
        codeWrap: getComputedStyle(pre.querySelector('code')).whiteSpace, scrolls: getComputedStyle(pre).overflowX },
      alertColor: getComputedStyle(e).color,
      text: pre.textContent,
    };
  });
  near(g.head.top, 16, 'heading top');
  near(g.head.height, 48, 'heading height (two lines)');
  near(g.title.top, 80, '"Traceback:" 16px under the heading');
  assert.equal(g.titleSize, '16px');
  assert.equal(g.typeWeight, '600');
  near(g.pre.top, 112, 'the frames 8px under "Traceback:"');
  near(g.pre.height, 97, 'the frames box: 16px padding, three 21px lines, 1px border');
  near(g.links.top, 225, 'the links 16px under the box');
  near(g.height, 262, 'the whole box');
  assert.equal(g.pre.border, '1px solid rgb(220, 216, 212)');
  assert.equal(g.pre.background, 'rgba(0, 0, 0, 0)');
  assert.equal(g.pre.color, g.alertColor);
  assert.equal(g.pre.font, '14px');
  assert.equal(g.pre.padding, '16px');
  assert.match(g.pre.family, /^"Source Code Pro"/);
  assert.equal(g.pre.codeFamily, g.pre.family, 'the code inherits the box font, not the UA monospace');
  // long lines are not wrapped: the box scrolls sideways (1.67's code is white-space: pre)
  assert.deepEqual([g.pre.codeWrap, g.pre.scrolls], ['pre', 'auto']);
  assert.match(g.text, /^File "[^"]*app\.py", line 28, in <module>\n {4}st\.write\(st\.experimental_get_query_params\(\)\)\n {13}\^+$/);
  assert.ok(!g.text.includes('tablit'), `no tablit frame: ${g.text}`);
  // a chained KeyError (st.exception): one block per row, 8px apart, as 1.67's stExceptionTraceRow
  const rows = await page.locator('[data-testid="stException"]').first().evaluate((e) => {
    const all = [...e.querySelectorAll('[data-testid="stExceptionTraceRow"]')];
    const top = all[0].getBoundingClientRect().top;
    return all.map((r) => [Math.round(r.getBoundingClientRect().top - top), Math.round(r.getBoundingClientRect().height), r.textContent.split('\n')[0]]);
  });
  assert.deepEqual(rows.map(([t, h]) => [t, h]), [[0, 21], [29, 21], [58, 21], [87, 21], [116, 63]]);
  assert.deepEqual(rows.slice(0, 4).map((r) => r[2]), ["KeyError: 'firstname'", 'During handling of the above exception, another exception occurred:',
    'KeyError: \'st.query_params has no key "firstname".\'', 'During handling of the above exception, another exception occurred:']);
});
