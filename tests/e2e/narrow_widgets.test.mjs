// Widgets in narrow places (tests/e2e/apps/narrow_widgets/app.py), as 1.67 draws them with
// wrap=None: a button, checkbox, pills or segmented control placed directly in a column keeps
// one row (a label too long ends in an ellipsis, options scroll sideways) and a button is never
// wider than its column; wrap=True, or a place that is not a column, wraps.  Pills stand 4 px
// apart and rows of them 4 px apart, segments 16 px in (measured in 1.67).
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
  const check = await measure(page.locator('.tl-k-checkbox .tl-check-label'));
  assert.deepEqual([check.cut, check.ellipsis], [true, 'ellipsis'], 'the checkbox label ends in an ellipsis');
  const main = await measure(page.getByRole('button', { name: /main-area button/ }));
  assert.ok(main.height > 45, 'outside a column a long label wraps');
  assert.equal((await measure(page.getByRole('button', { name: 'A tertiary button' }))).height, 40, 'a tertiary button is as tall as the others');

  // pills and segments: one scrolling row in a column, wrapping rows with wrap=True
  const groups = page.locator('[role=group]:is(.tl-pills, .tl-segmented)');
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
