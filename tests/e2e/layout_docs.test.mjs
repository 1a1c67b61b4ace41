// Streamlit's documentation apps about layout, status and text (tests/e2e/apps/layout_docs/, from
// streamlit/docs, Apache-2.0) drawn as 1.67 draws them: a horizontal container's row and its
// alignment, st.space("stretch"), bordered columns as tall as their row, st.exception's error
// links, st.code's token colours.  One gallery server, one browser.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { docsGallery, shown, until } from './helpers.mjs';

const openPage = docsGallery('tests/e2e/apps/layout_docs', { before, after });

/** Open one docs app; resolves to {page, errors} once `ready` is shown. */
async function open(name, ready) {
  const page = await openPage(name, ready);
  return { page, errors: page.errors };
}

const box = (loc) => loc.boundingBox();

test('layout: horizontal containers, st.space and bordered columns', { timeout: 300_000 }, async () => {
  // layout.container5: three buttons in one row, pushed to the right edge of the main column
  let { page, errors } = await open('layout.container5', (p) => p.getByRole('button', { name: 'Button 3' }));
  const row = await box(page.locator('[data-testid=stHorizontalBlock]').first());
  const b = await Promise.all([1, 2, 3].map((i) => box(page.getByRole('button', { name: `Button ${i}` }))));
  assert.ok(b.every((x) => Math.abs(x.y - b[0].y) < 1), 'the buttons share a row');
  assert.ok(b[0].x < b[1].x && b[1].x < b[2].x, 'in order, left to right');
  assert.ok(Math.abs(b[2].x + b[2].width - (row.x + row.width)) < 2, 'the last one ends at the right edge');
  assert.ok(b[0].x > row.x + row.width / 2, 'right-aligned: the row starts right of the middle');
  assert.deepEqual(errors, []);
  await page.close();

  // layout.space_horizontal: Left at the left edge, Right at the right edge (the space stretches)
  ({ page, errors } = await open('layout.space_horizontal', (p) => p.getByRole('button', { name: 'Right' })));
  const row2 = await box(page.locator('[data-testid=stHorizontalBlock]').first());
  const left = await box(page.getByRole('button', { name: 'Left' }));
  const right = await box(page.getByRole('button', { name: 'Right' }));
  assert.ok(Math.abs(left.x - row2.x) < 2 && Math.abs(right.x + right.width - (row2.x + row2.width)) < 2);
  assert.ok(Math.abs(left.y - right.y) < 1);
  await page.close();

  // layout.columns_borders: every column bordered, all as tall as the tallest
  ({ page, errors } = await open('layout.columns_borders', (p) => p.getByText('Lorem ipsum', { exact: true })));
  const cols = page.locator('[data-testid=stColumn]');
  assert.equal(await cols.count(), 3);
  const heights = [];
  for (let i = 0; i < 3; i++) {
    heights.push((await box(cols.nth(i))).height);
    assert.equal(await cols.nth(i).evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');
  }
  assert.ok(Math.max(...heights) - Math.min(...heights) < 1, `equal heights, got ${heights}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('status and text: st.exception links, st.code colours', { timeout: 300_000 }, async () => {
  // status.exception: served from 127.0.0.1, the box has 1.67's Copy / Ask Google / Ask ChatGPT
  let { page, errors } = await open('status.exception', (p) => p.getByRole('alert').filter({ hasText: 'RuntimeError' }));
  const alert = page.getByRole('alert').filter({ hasText: 'RuntimeError' });
  await shown(alert.getByRole('button', { name: 'Copy' }));
  const google = await alert.getByRole('link', { name: 'Ask Google' }).getAttribute('href');
  assert.equal(google, `https://www.google.com/search?q=${encodeURIComponent('RuntimeError: This is an exception of type RuntimeError')}`);
  const gpt = await alert.getByRole('link', { name: 'Ask ChatGPT' }).getAttribute('href');
  assert.ok(gpt.startsWith('https://chatgpt.com/?q=RuntimeError'));
  assert.deepEqual(errors, []);
  await page.close();

  // text.code: Python keywords in 1.67's blue, strings in its green, a function's name bold blue, punctuation grey
  ({ page, errors } = await open('text.code', (p) => p.locator('.token.keyword').first()));
  assert.equal(await page.locator('.token.keyword').first().evaluate((el) => getComputedStyle(el).color), 'rgb(28, 131, 225)');
  assert.equal(await page.locator('.token.string').first().evaluate((el) => getComputedStyle(el).color), 'rgb(9, 171, 59)');
  assert.deepEqual(await page.locator('.token.function').first().evaluate((el) => [el.textContent, getComputedStyle(el).color, getComputedStyle(el).fontWeight]), ['hello', 'rgb(28, 131, 225)', '700']);
  assert.equal(await page.locator('.token.punctuation').first().evaluate((el) => getComputedStyle(el).color), 'rgb(128, 132, 149)');
  // in the theme's code font (Source Code Pro), not the browser's generic monospace
  assert.match(await page.locator('.tl-code pre > code').evaluate((el) => getComputedStyle(el).fontFamily), /^"Source Code Pro"/);
  assert.deepEqual(errors, []);
  await page.close();

  // text.text: the body font (1.67 does not draw st.text in monospace), newlines kept
  ({ page, errors } = await open('text.text', (p) => p.locator('.tl-text')));
  const font = await page.locator('.tl-text').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.ok(!/mono/i.test(font), font);
  assert.equal((await page.locator('.tl-text').innerText()).split('\n').length, 2);
  await page.close();

  // text.latex: KaTeX at 1.21 x the body size, as 1.67's
  ({ page, errors } = await open('text.latex', (p) => p.locator('.tl-latex .katex')));
  const px = await page.locator('.tl-latex .katex').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(Math.abs(px - 16 * 1.21) < 0.5, `KaTeX font size ${px}`);
  // the display's 1rem bottom margin taken back, as 1.67's Markdown container does: the element is the
  // display's top margin and the display (76 px for a one-line sum in 1.67, not 92)
  const [el, display] = await page.locator('[data-testid=stLatex]').first().evaluate((e) => [e, e.querySelector('.katex-display')].map((n) => n.getBoundingClientRect().height));
  assert.ok(Math.abs(el - (display + 16)) < 1, `st.latex ${el} px high, its display ${display} px`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('st.grid: columns as 1.67 fits them, every child a cell', { timeout: 300_000 }, async () => {
  const { page, errors } = await open('layout.grid', (p) => p.getByText('small 4'));
  /** The cells' boxes of the grid with key `key`, rounded. */
  const cells = (key) => page.locator(`.st-key-${key} > [data-testid=stGridCell]`).evaluateAll((els) => els.map((e) => {
    const b = e.getBoundingClientRect();
    return [Math.round(b.x), Math.round(b.y), Math.round(b.width)];
  }));
  // st.grid(4): three columns of 224 px (16 px gaps), the fourth metric on a second row
  const four = await cells('four');
  assert.deepEqual(four.map(([x, , w]) => [x, w]), [[288, 224], [528, 224], [768, 224], [288, 224]]);
  assert.ok(four[3][1] > four[0][1], 'the fourth cell wraps');
  // two cells of a four-column grid keep a column's width (empty tracks are kept)
  assert.deepEqual((await cells('two_of_four')).map(([x, , w]) => [x, w]), [[288, 224], [528, 224]]);
  // wrap=False: five 200 px columns in a scrolling row, room left above it
  const noWrap = page.locator('.st-key-no_wrap');
  assert.deepEqual((await cells('no_wrap')).map(([, , w]) => w), [200, 200, 200, 200, 200]);
  const scroll = await noWrap.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, ox: getComputedStyle(e).overflowX, pt: getComputedStyle(e).paddingTop }));
  assert.ok(scroll.sw > scroll.cw, 'wider than the page');
  assert.equal(scroll.ox, 'auto');
  assert.equal(scroll.pt, '37.6px');
  // min_column_width=150: four columns of 164 px
  assert.deepEqual((await cells('min_150')).map(([, , w]) => w), [164, 164, 164, 164, 164]);
  // vertical_alignment="bottom": a grid.cell()'s content sits at the bottom of its full-height cell (as 1.67: y 773.6 in a 120 px row)
  const row = await cells('bottom');
  assert.equal(row.length, 2);
  // (both boxes from one layout: something drawn above the grid meanwhile moves both)
  const bottom = page.locator('.st-key-bottom [data-testid=stGridCell]').nth(1);
  const at = () => bottom.evaluate((cell) => {
    const low = [...cell.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent.trim() === 'low').getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    return { height: Math.round(box.height), gap: Math.abs(low.bottom - box.bottom) };
  });
  const box = await until(async () => { const b = await at(); return b.gap < 2 && b; }, 'the cell content at the bottom');
  assert.equal(box.height, 120, 'the cell fills its row');
  assert.deepEqual(errors, []);
  await page.close();
});

test("Streamlit's class names and st-key- classes: an app's own CSS applies", { timeout: 300_000 }, async () => {
  const { page, errors } = await open('layout.st_classes', (p) => p.getByRole('button', { name: 'Styled' }));
  // 1.67's classes: the element roots, the app, keyed things as st-key-<key> (other characters as "-")
  await shown(page.locator('.stApp .stMain .stMainBlockContainer .stVerticalBlock .stButton.st-key-go'));
  await shown(page.locator('.stTextInput.st-key-my-name-1'));
  await shown(page.locator('.stVerticalBlock.st-key-fancy_box'));
  await shown(page.locator('.stExpander.st-key-more'));
  await shown(page.locator('[data-testid=stWidgetLabel]').filter({ hasText: 'Your name' }));
  // the app's own rules reach what they name
  const bg = (loc) => loc.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await bg(page.getByRole('button', { name: 'Styled' })), 'rgb(1, 2, 3)');
  assert.equal(await bg(page.locator('.st-key-fancy_box')), 'rgb(4, 5, 6)');
  assert.equal(await bg(page.locator('.stApp')), 'rgb(250, 240, 230)');
  const spacing = await page.locator('[data-testid=stMarkdownContainer] p').filter({ hasText: 'boxed' }).evaluate((e) => getComputedStyle(e).letterSpacing);
  assert.equal(spacing, '1px');
  // 1.67's wrappers: every element in an stElementContainer (.element-container, a keyed widget's st-key- on it),
  // a layout block in an stLayoutWrapper; the rules that name them reach what they name
  await shown(page.locator('.stVerticalBlock > .stElementContainer.element-container.st-key-go > .stButton'));
  await shown(page.locator('[data-testid=stLayoutWrapper].st-key-more > [data-testid=stExpander]'));
  await shown(page.locator('[data-testid=stLayoutWrapper] > .stVerticalBlock.st-key-fancy_box'));
  await shown(page.locator('.stAlert > .stAlertContainer > [data-testid=stAlertContentInfo]').filter({ hasText: 'A note' }));
  await shown(page.locator('.stMarkdown [data-testid=stCaptionContainer]').filter({ hasText: 'small print' }));
  const color = (name, prop = 'color') => page.getByRole('button', { name, exact: true }).evaluate((e, p) => getComputedStyle(e)[p], prop);
  assert.equal(await color('Marked'), 'rgb(7, 8, 9)');
  assert.notEqual(await color('Not marked'), 'rgb(7, 8, 9)');
  assert.equal(await color('Styled', 'borderTopColor'), 'rgb(10, 11, 12)');
  const summary = page.locator('summary').filter({ hasText: 'More' });
  assert.equal(await summary.evaluate((e) => getComputedStyle(e).color), 'rgb(13, 14, 15)');
  assert.equal(await summary.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(19, 20, 21)'); // ([data-testid=stExpander] details > summary)
  // a button's kind and test id, an input's root, as 1.67's
  assert.equal(await color('Go on', 'backgroundColor'), 'rgb(22, 23, 24)');
  await shown(page.locator('button[data-testid=stBaseButton-primary]').filter({ hasText: 'Go on' }));
  assert.equal(await page.getByRole('textbox', { name: 'Your name' }).evaluate((e) => getComputedStyle(e).color), 'rgb(25, 26, 27)');
  assert.equal(await page.getByRole('textbox', { name: 'Your name' }).evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(28, 29, 30)'); // (.stTextInput > div > div > input)
  // the shell's ids and classes: #MainMenu, stAppViewContainer, .block-container
  assert.equal(await page.getByRole('button', { name: 'Main menu' }).isVisible(), false);
  assert.equal(await page.getByTestId('stAppViewContainer').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(16, 17, 18)');
  assert.equal(await page.getByTestId('stMainBlockContainer').evaluate((e) => getComputedStyle(e).paddingTop), '24px');
  // ...and that padding is the whole space above the first element: the header lies over it and takes no
  // room (as 1.67's), so the rule pulls the content up to 24px + the style element's gap, where 1.67 draws it
  assert.equal(Math.round((await box(page.getByRole('button', { name: 'Styled' }))).y), 40);
  assert.equal(Math.round((await box(page.getByTestId('stHeader'))).y), 0);
  // a hidden element container takes no room: the next button is one gap below the one before
  assert.equal(await page.getByText('hidden', { exact: true }).isVisible(), false);
  const [a, b] = await Promise.all(['Not marked', 'After the hidden one'].map((n) => box(page.getByRole('button', { name: n }))));
  assert.equal(Math.round(b.y - (a.y + a.height)), 16);
  // the wrappers draw no box: a button's row is where it was without them (its element's width, not the column's)
  assert.equal(Math.round((await box(page.getByRole('button', { name: 'Styled' }))).width), Math.round((await box(page.locator('.stButton.st-key-go'))).width));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a width of their own: a button and a row of pills take it as 1.67 does', { timeout: 300_000 }, async () => {
  const { page, errors } = await open('layout.st_classes', (p) => p.getByRole('button', { name: 'Wide' }));
  assert.equal(Math.round((await box(page.getByRole('button', { name: 'Wide' }))).width), 300);
  // 1.67: each pill grows by the same share of what is left, the row as wide as the width (a 4 px gap);
  // here "a" grows from ~33 to ~185 px
  const pills = await Promise.all([0, 1].map((i) => box(page.locator('[data-testid=stButtonGroup] button').nth(i))));
  assert.equal(Math.round(pills[0].width + pills[1].width + 4), 500);
  assert.ok(pills[0].width > 150, `the short pill grew: ${pills[0].width}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a heading's icon and Markdown's Material icons, sized as 1.67's", { timeout: 300_000 }, async () => {
  const { page, errors } = await open('text.title_icons', (p) => p.getByRole('heading', { name: 'Dashboard' }));
  // 1.67: a 1em box, 1.2em tall, 8 px before the text; a Material icon fills it, an emoji is 0.9em
  const size = (loc) => loc.evaluate((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10, getComputedStyle(e).marginRight]; });
  await shown(page.getByTestId('stHeadingIconWrapper').first());
  const [title, sub] = await page.getByTestId('stHeadingIconWrapper').all();
  assert.deepEqual(await size(title), [44, 52.8, '8px']);
  assert.deepEqual(await size(title.getByTestId('stHeadingIcon')), [44, 44, '0px']);
  assert.deepEqual(await size(sub.getByTestId('stHeadingIcon')), [25.2, 25.2, '0px']);
  // an inline :material/...: icon is one em of its text (16 px in a paragraph), so a heading holding one
  // is as tall as one without (88.8 px)
  const icon = page.locator('p').filter({ hasText: 'Widget Pro' }).locator('svg');
  await shown(icon);
  assert.deepEqual((await size(icon)).slice(0, 2), [16, 16]);
  const h = page.getByRole('heading', { name: 'In a heading' });
  assert.equal(Math.round((await h.boundingBox()).height * 10) / 10, 88.8);
  assert.deepEqual(errors, []);
  await page.close();
});

test("labels are Markdown in 1.67's stMarkdownContainer > p: apps' CSS recipes restyle them", { timeout: 300_000 }, async () => {
  const { page, errors } = await open('layout.label_css', (p) => p.getByRole('button', { name: 'Bold label' }));
  const cs = (loc, prop) => loc.evaluate((e, pr) => getComputedStyle(e)[pr], prop);
  const text = (t) => page.getByText(t, { exact: true });
  // every value as 1.67 computes it for the same app (tests/e2e/apps/layout_docs/layout.label_css)
  assert.equal(await cs(text('Your city'), 'fontSize'), '20px');                 // [data-testid=stWidgetLabel] p
  assert.equal(await cs(text('Bold label'), 'fontWeight'), '700');              // .stButton button p
  assert.equal(await cs(text('Big tab'), 'fontSize'), '24px');                   // .stTabs [data-testid=stTab] ... p
  assert.equal(await cs(text('Coloured'), 'color'), 'rgb(1, 2, 3)');            // [data-testid=stExpander] summary p
  assert.equal(await cs(text('Temperature'), 'color'), 'rgb(4, 5, 6)');         // [data-testid=stMetricLabel] p
  assert.equal(await cs(text('20 °C'), 'color'), 'rgb(7, 8, 9)');               // [data-testid=stMetricValue] p
  assert.equal(await cs(text('I agree'), 'color'), 'rgb(10, 11, 12)');          // .stCheckbox label p
  assert.equal(await cs(text('second'), 'color'), 'rgb(13, 14, 15)');           // [data-testid=stRadioOption] p
  assert.equal(await cs(page.getByTestId('stSliderTickBar').getByText('10', { exact: true }), 'color'), 'rgb(16, 17, 18)');
  assert.equal(await cs(text('blue'), 'color'), 'rgb(19, 20, 21)');             // [data-testid=stButtonGroup] button p
  assert.equal(await cs(page.getByTestId('stChatInputTextArea'), 'color'), 'rgb(22, 23, 24)');
  // the label's text is a p, as in 1.67, and a click on it still reaches its control
  assert.equal(await text('I agree').evaluate((e) => e.tagName), 'P');
  await text('I agree').click();
  await shown(page.getByText('agreed: True'));
  // a heading is in 1.67's containers too (stMarkdownContainer > stHeadingWithActionElements > h1)
  await shown(page.locator('.stHeading > [data-testid=stMarkdownContainer] > [data-testid=stHeadingWithActionElements] > h1').filter({ hasText: 'Labels' }));
  // the boxes add no room: a button is as tall as before (40 px), a label row as its text
  assert.equal(Math.round((await box(page.getByRole('button', { name: 'Bold label' }))).height), 40);
  assert.deepEqual(errors, []);
  await page.close();
});

test("containers hold 1.67's stVerticalBlock and Material icons are stIconMaterial: apps' CSS reaches them", { timeout: 300_000 }, async () => {
  const { page, errors } = await open('layout.block_css', (p) => p.getByRole('button', { name: 'Launch' }));
  const cs = (loc, prop) => loc.evaluate((e, pr) => getComputedStyle(e)[pr], prop);
  const text = (t) => page.getByText(t, { exact: true });
  // every value as 1.67 computes it for the same app (tests/e2e/apps/layout_docs/layout.block_css)
  assert.equal(await cs(page.locator('[data-testid=stColumn] > [data-testid=stVerticalBlock]').first(), 'rowGap'), '3px');
  const y = async (t) => (await box(text(t))).y;
  assert.equal(Math.round((await y('two')) - (await y('one'))), 29);                 // the column's own gap, 3 px
  assert.equal(await cs(text('in the expander'), 'color'), 'rgb(31, 32, 33)');       // stExpanderDetails > stVerticalBlock
  assert.equal(await cs(text('in the tab'), 'color'), 'rgb(34, 35, 36)');            // stTabPanel > stVerticalBlock
  assert.equal(await cs(text('in the form'), 'color'), 'rgb(37, 38, 39)');           // stForm > stVerticalBlock
  assert.equal(await cs(page.getByTestId('stButton').getByTestId('stIconMaterial'), 'color'), 'rgb(43, 44, 45)');
  assert.equal(await page.getByTestId('stPopover').getByTestId('stIconMaterial').isVisible(), false); // the chevron hidden
  await page.getByRole('button', { name: 'More' }).click();
  await shown(text('in the popover'));
  assert.equal(await cs(text('in the popover'), 'color'), 'rgb(40, 41, 42)');        // stPopoverBody > stVerticalBlock
  assert.deepEqual(errors, []);
  await page.close();
});
