// Markdown's block geometry as Streamlit 1.67 draws it (measured there with getBoundingClientRect
// on the same app, tests/e2e/apps/markdown_look): list items 0.2em apart with their text 1.45em
// in, a task list's checkbox where the bullet would be, a rule with 2em above and below (so
// st.markdown("---") is a tall divider, not a hairline between two elements), a quote at 0.6
// opacity with a 2px bar and 1em above even as the first block, a code block right under its
// heading's padding.  And st.json as 1.67's react-json-view draws it: rows 28.4px tall, 27px a
// level, its colours, null as a NULL badge, an array's items by index, a closed node as {...}.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, jsonValue, launchBrowser, shown, startTablit } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await startTablit(['serve', 'tests/e2e/apps/markdown_look/app.py']);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

const near = (a, b, what, tol = 1) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} (1.67: ${b})`);

test('lists, task lists, rules, quotes and code blocks are spaced as in 1.67', { timeout: 240_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await shown(page.getByText('after the rule'), BOOT_TIMEOUT);
  const g = await page.evaluate(() => {
    const box = (e) => e.getBoundingClientRect();
    const blocks = [...document.querySelectorAll('.tl-markdown')];
    const [b0, b1, b2, b3, b4, b5] = blocks;
    const q = b1.querySelector('blockquote');
    const lis = [...b1.querySelectorAll('li')];
    const tasks = [...b3.querySelectorAll('li')].filter((l) => l.querySelector('input[type=checkbox]'));
    const hr = b5.querySelector('hr');
    const after = blocks[6];
    return {
      quoteTop: box(q).top - box(b0.querySelector('p')).bottom,
      quote: { opacity: getComputedStyle(q).opacity, bar: getComputedStyle(q).borderLeftWidth },
      itemStep: box(lis[1]).top - box(lis[0]).top,
      itemIndent: box(lis[0]).left + parseFloat(getComputedStyle(lis[0]).paddingLeft) - box(b1).left,
      // what follows a block that ends with a list: 1rem away, as after a paragraph
      afterList: box(b2).top - box(lis[1]).bottom,
      codeGap: box(b2.querySelector('pre')).top - box(b2.querySelector('h3')).bottom,
      codeHeight: box(b2.querySelector('pre')).height,
      nestedIndent: box(b2.querySelector('ul li')).left - box(b2.querySelector('ol li')).left,
      checkboxLeft: box(tasks[0].querySelector('input')).left - box(b3).left,
      taskBullet: getComputedStyle(tasks[0]).listStyleType,
      starBullet: getComputedStyle(b3.querySelector('li')).listStyleType,
      ruleAbove: box(hr).top - box(b4.querySelector('p')).bottom,
      ruleBelow: box(after).top - box(hr).bottom,
      rule: { h: box(hr).height, color: getComputedStyle(hr).borderBottomColor, top: getComputedStyle(hr).borderTopWidth },
    };
  });
  near(g.quoteTop, 32, 'a quote first in its block: the gap, then its 1em top margin');
  assert.equal(g.quote.opacity, '0.6');
  assert.equal(g.quote.bar, '2px');
  near(g.itemStep, 28.8, 'list items: a line (25.6) and 0.2em apart');
  near(g.itemIndent, 23.2, 'list item text 1.45em in');
  near(g.afterList, 16, 'the next element after a block ending with a list');
  near(g.codeGap, 0, "a code block right under its heading's padding");
  near(g.codeHeight, 54.4, 'a one-line code block');
  near(g.nestedIndent, 23.2, 'a nested list one step in');
  near(g.checkboxLeft, 0, "a task's checkbox where the bullet would be");
  assert.equal(g.taskBullet, 'none');
  assert.equal(g.starBullet, 'disc');
  near(g.ruleAbove, 32 + 16, 'st.markdown("---"): the gap, then 2em above the rule');
  near(g.ruleBelow, 32, '2em below the rule (1em of it the gap to the next element)');
  assert.equal(g.rule.h, 1);
  assert.equal(g.rule.top, '0px');
  assert.deepEqual(errors, []);
});

test('st.json is drawn as in 1.67', { timeout: 240_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.url);
  const [open, shut] = [page.locator('.tl-k-json').nth(0), page.locator('.tl-k-json').nth(1)];
  await shown(shut, BOOT_TIMEOUT);
  assert.deepEqual(await jsonValue(open), { foo: 'bar', stuff: ['a', 'b'], num: 3.5, int: 7, t: true, n: null, empty: {} });
  const g = await open.evaluate((el) => {
    const rows = [...el.querySelectorAll('.tl-json-row')];
    const row = (text) => rows.find((r) => r.textContent.startsWith(text));
    const color = (sel) => getComputedStyle(el.querySelector(sel)).color;
    const box = (e) => e.getBoundingClientRect();
    return {
      step: box(row('"int"')).top - box(row('"num"')).top,
      indent: box(row('0').querySelector('.tl-json-index')).left - box(row('"stuff"').querySelector('.tl-json-key')).left,
      key: color('.tl-json-key'), str: color('.tl-json-str'), int: color('.tl-json-int'), float: color('.tl-json-float'),
      bool: color('.tl-json-bool'), index: color('.tl-json-index'),
      nul: [el.querySelector('.tl-json-null').textContent, color('.tl-json-null'), getComputedStyle(el.querySelector('.tl-json-null')).backgroundColor],
      rule: getComputedStyle(row('"foo"')).borderLeft,
      text: el.innerText.replace(/\s+/g, ' ').trim(),
    };
  });
  assert.equal(Math.round(g.step * 10) / 10, 28.4);
  assert.equal(g.indent, 27 - 17, 'an item 27px in from its parent row (whose key follows a 17px arrow)');
  assert.deepEqual([g.key, g.str, g.int, g.float, g.bool, g.index],
    ['rgb(0, 43, 54)', 'rgb(203, 75, 22)', 'rgb(38, 139, 210)', 'rgb(133, 153, 0)', 'rgb(42, 161, 152)', 'rgb(108, 113, 196)']);
  assert.deepEqual(g.nul, ['NULL', 'rgb(220, 50, 47)', 'rgb(235, 235, 235)']);
  assert.equal(g.rule, '1px solid rgb(235, 235, 235)');
  assert.equal(g.text, '{ "foo":"bar" "stuff":[ 0:"a" 1:"b" ] "num":3.5 "int":7 "t":true "n":NULL "empty":{} }');
  // expanded=False: one line, {...}; its summary opens it by keyboard
  assert.equal((await shut.innerText()).replace(/\s+/g, ''), '{...}');
  await shut.locator('summary').first().focus();
  await page.keyboard.press('Enter');
  assert.equal((await shut.innerText()).replace(/\s+/g, ' ').trim(), '{ "collapsed":{...} }');
});
