// Widgets in narrow places (tests/e2e/apps/narrow_widgets/app.py), as 1.67 draws them with
// wrap=None: a button, checkbox, pills or segmented control placed directly in a column keeps
// one row (a label too long ends in an ellipsis, options scroll sideways) and a button is never
// wider than its column; wrap=True, or a place that is not a column, wraps.  Pills stand 4 px
// apart and rows of them 4 px apart, segments 16 px in (measured in 1.67).  A multiselect's chips
// keep one scrolling row there too; a checkbox or toggle directly in a column stands 8 px lower;
// st.code's copy button is 1.67's 24 px icon button, 12 px in from the top right, shown on hover.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serveApp } from './helpers.mjs';

let env;
before(async () => { env = await serveApp('narrow_widgets', (page) => page.getByRole('button', { name: /main-area button/ })); });
after(async () => { await env?.close(); });

/** Box, and whether its text is cut (wider than shown), of the element `locator` finds. */
const measure = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, height: r.height, cut: el.scrollWidth > el.clientWidth + 1, ellipsis: getComputedStyle(el).textOverflow };
});

test('one row directly in a column, wrapping elsewhere or with wrap=True', { timeout: 120_000 }, async () => {
  const { page } = env;
  const columns = page.getByTestId('stColumn');
  for (const [i, name] of [[0, /Primary button/], [1, /Secondary button/]]) {
    const col = await measure(columns.nth(i));
    const btn = page.getByRole('button', { name });
    const box = await measure(btn);
    assert.ok(box.right <= col.right + 0.5 && box.left >= col.left - 0.5, `${name}: inside its column`);
    assert.ok(box.height <= 41, `${name}: one row`);
    const label = await measure(btn.locator('.tl-btn-label'));
    assert.deepEqual([label.cut, label.ellipsis], [true, 'ellipsis'], `${name}: the label ends in an ellipsis`);
  }
  const wrapped = await measure(page.getByRole('button', { name: /Wrapping button/ }));
  assert.ok(wrapped.height > 45, 'wrap=True: the label wraps, the button grows taller');
  const check = await measure(page.locator('.tl-k-checkbox .tl-check-label').first());
  assert.deepEqual([check.cut, check.ellipsis], [true, 'ellipsis'], 'the checkbox label ends in an ellipsis');
  const main = await measure(page.getByRole('button', { name: /main-area button/ }));
  assert.ok(main.height > 45, 'outside a column a long label wraps');
  assert.equal((await measure(page.getByRole('button', { name: 'A tertiary button' }))).height, 40, 'a tertiary button is as tall as the others');

  // pills and segments: one scrolling row in a column, wrapping rows with wrap=True
  const groups = page.locator(':is([role=radiogroup], [role=toolbar]):is(.tl-pills, .tl-segmented)');
  const rows = async (g) => groups.nth(g).evaluate((bar) => {
    const opts = [...bar.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
    return { tops: [...new Set(opts.map((r) => Math.round(r.top)))], scrolls: bar.scrollWidth > bar.clientWidth + 1,
      gaps: opts.slice(1).map((r, i) => Math.round(r.left - opts[i].right)), pad: getComputedStyle(bar.querySelector('button')).paddingLeft };
  });
  const pills = await rows(0);
  assert.equal(pills.tops.length, 1, 'pills in a column: one row');
  assert.ok(pills.scrolls, 'pills in a column: the row scrolls');
  assert.deepEqual(new Set(pills.gaps), new Set([4]), 'pills 4 px apart');
  const seg = await rows(1);
  assert.equal(seg.tops.length, 1, 'segments in a column: one row');
  assert.equal(seg.pad, '16px');
  const wrap = await rows(2);
  assert.ok(wrap.tops.length > 1 && !wrap.scrolls, 'wrap=True: the pills wrap');
  assert.equal(wrap.tops[1] - wrap.tops[0], 36, 'rows of pills 4 px apart');
  assert.deepEqual(page.errors, []);
});

test('multiselect chips, checkbox and toggle in columns, the code copy button', { timeout: 120_000 }, async () => {
  const { page } = env;
  // chips: one row scrolling sideways directly in a column (a 40 px box); wrapping rows with wrap=True or in the main flow
  const chips = (label) => page.getByTestId('stMultiSelect').filter({ hasText: label }).evaluate((m) => {
    const tags = m.querySelector('[data-testid=stMultiSelectTagsContainer]');
    const tops = [...m.querySelectorAll('.tl-chip')].map((c) => Math.round(c.getBoundingClientRect().top));
    return { rows: new Set(tops).size, scrolls: tags.scrollWidth > tags.clientWidth + 1, overflowX: getComputedStyle(tags).overflowX };
  });
  assert.deepEqual(await chips('Chips in a column'), { rows: 1, scrolls: true, overflowX: 'auto' }, 'in a column: one scrolling row');
  assert.ok((await chips('Chips wrap')).rows > 1, 'wrap=True: the chips wrap');
  assert.ok((await chips('Chips in the main flow')).rows > 1, 'in the main flow: the chips wrap');

  // a checkbox or toggle directly in a column: its label 8 px below the column's top (a button beside it: 0)
  const drop = (name) => page.getByRole(/Toggle/.test(name) ? 'switch' : 'checkbox', { name }).evaluate((input) => {
    const block = input.closest('.tl-el').closest('.tl-block'); // (the column or the row: the element's wrapper draws no box)
    return Math.round(input.closest('label').getBoundingClientRect().top - block.getBoundingClientRect().top);
  });
  assert.equal(await drop('Check beside a button'), 8);
  assert.equal(await drop('Toggle beside a button'), 8);
  // (1.67: in a bottom-aligned row 8 px up from the bottom, in a centred row centred, not moved)
  const rise = (name) => page.getByRole('checkbox', { name }).evaluate((input) => {
    const block = input.closest('.tl-el').closest('.tl-block').getBoundingClientRect();
    const box = input.closest('label').getBoundingClientRect();
    return [Math.round(block.bottom - box.bottom), Math.round(box.top - block.top - (block.bottom - box.bottom))];
  });
  assert.equal((await rise('Check at the bottom'))[0], 8);
  assert.equal((await rise('Check in the centre'))[1], 0, 'centred: as far from the top as from the bottom');
  assert.equal(await drop('Check in a row'), 0, 'in a horizontal container: not moved');
  assert.equal(await drop('Toggle in a row'), 0);
  assert.equal(await page.getByRole('checkbox', { name: 'Check in the main flow' }).evaluate((i) => getComputedStyle(i.closest('.tl-el')).paddingTop), '0px');

  // st.code's copy button: hidden until the pointer is over the block, a 24 px icon 12 px in from the top right, reachable with Tab
  const code = page.getByTestId('stCode');
  const copy = code.getByRole('button', { name: 'Copy to clipboard' });
  // (1.67's element toolbar button: the button in stElementToolbarButton, which is what shows and hides)
  assert.equal(await copy.getAttribute('data-testid'), 'stBaseButton-elementToolbar');
  const look = () => copy.evaluate((bt) => {
    const r = bt.getBoundingClientRect(); const k = bt.closest('[data-testid=stCode]').getBoundingClientRect();
    return { shown: getComputedStyle(bt.closest('[data-testid=stElementToolbarButton]')).opacity === '1', top: r.top - k.top, right: k.right - r.right, size: [r.width, r.height],
      icon: Math.round(bt.querySelector('[data-testid=stElementToolbarButtonIcon]').getBoundingClientRect().width * 10) / 10, text: bt.textContent.trim() };
  });
  await page.mouse.move(5, 5);
  assert.equal((await look()).shown, false, 'hidden at rest');
  await code.hover({ position: { x: 40, y: 10 } });
  assert.deepEqual(await look(), { shown: true, top: 12, right: 12, size: [24, 24], icon: 14, text: '' });
  await page.mouse.move(5, 5);
  await copy.focus();
  assert.equal(await copy.evaluate((bt) => getComputedStyle(bt.closest('[data-testid=stElementToolbarButton]')).opacity), '1', 'shown while it has keyboard focus');
  await copy.press('Enter');
  await code.getByRole('button', { name: 'Copied' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a width in pixels holds in a horizontal container (it does not grow)', { timeout: 60_000 }, async () => {
  const { page } = env;
  for (const name of ['Fixed 200 select', 'Fixed 200 text']) {
    const el = page.locator('.tl-horizontal > .tl-wrap > .tl-el').filter({ hasText: name });
    assert.equal(Math.round((await el.boundingBox()).width), 200, name);
  }
});
