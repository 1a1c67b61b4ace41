// Streamlit's documentation apps about widgets, forms and chat, operated as a user would
// (by role and label) in Chromium, checked against what Streamlit 1.67 shows for the same
// clicks.  The apps are copied from streamlit/docs (Apache-2.0) into
// tests/e2e/apps/docs_widgets/<name>/app.py; one gallery server and one browser for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { afterRun, docsGallery, shown } from './helpers.mjs';

const open = docsGallery('tests/e2e/apps/docs_widgets', { before, after });

test('chat.echo: the box sits at the window bottom from the start, 1.67 icons, messages echo above it', { timeout: 240_000 }, async () => {
  const page = await open('chat_echo', (p) => p.getByRole('heading', { name: 'Echo Bot' }));
  const box = page.getByRole('textbox', { name: 'What is up?' });
  await shown(box);
  // 1.67 pins a top-level chat_input at the bottom of the window even on a short page:
  // its box ends 3.5rem above the window's bottom edge
  const r = await page.locator('.tl-chat-box').boundingBox();
  assert.ok(Math.abs(900 - (r.y + r.height) - 56) <= 4, `box bottom at ${r.y + r.height} of 900`);
  // the send button shows 1.67's arrow (Material "arrow_upward") and is disabled while empty
  const send = page.getByRole('button', { name: 'Send message' });
  assert.equal(await send.isDisabled(), true);
  assert.match(await send.locator('svg path').getAttribute('d'), /^M450-686/);
  for (const word of ['hi', 'there']) {
    await box.fill(word);
    await afterRun(page, () => box.press('Enter'));
    await shown(page.getByText(`Echo: ${word}`));
  }
  const msgs = await page.locator('[data-testid=stChatMessage]').allInnerTexts();
  assert.deepEqual(msgs.map((t) => t.trim()), ['hi', 'Echo: hi', 'there', 'Echo: there']);
  // the preset avatars are 1.67's: "face" for the user, "smart_toy" for the assistant
  const avatars = await page.locator('[data-testid=stChatMessage] .tl-chat-avatar svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d').slice(0, 12)));
  assert.deepEqual(avatars, ['M315.5-398.7', 'M147-376q-45', 'M315.5-398.7', 'M147-376q-45']);
  // still pinned, below the last message
  const last = await page.getByText('Echo: there').boundingBox();
  const r2 = await page.locator('.tl-chat-box').boundingBox();
  assert.ok(r2.y > last.y + last.height, 'the box is below the newest message');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget.feedback_thumbs: thumbs up first, 1.67 icons and names, keyboard and click choose', { timeout: 240_000 }, async () => {
  const page = await open('widget_feedback_thumbs', (p) => p.getByRole('radiogroup', { name: 'Feedback rating' }));
  const radios = page.getByRole('radiogroup', { name: 'Feedback rating' }).getByRole('radio');
  assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label'))), ['Thumbs up', 'Thumbs down']);
  // Material Symbols icons (not emoji), loaded from dist/icons
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=stFeedback] [data-icon] svg').length === 2, null, { timeout: 20_000 });
  assert.deepEqual(await page.locator('[data-testid=stFeedback] [data-icon]').evaluateAll((es) => es.map((e) => e.dataset.icon)), ['thumb_up', 'thumb_down']);
  // one tab stop; the arrow key moves to "Thumbs down", Space chooses it (index 0)
  await radios.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Thumbs down');
  await afterRun(page, () => page.keyboard.press('Space'));
  await shown(page.getByText('You selected:'));
  assert.equal(await page.getByRole('radio', { name: 'Thumbs down' }).getAttribute('aria-checked'), 'true');
  const said = await page.getByText('You selected:').first().evaluate((e) => e.closest('.tl-markdown, [data-testid=stMarkdownContainer]')?.outerHTML ?? e.outerHTML);
  assert.match(said, /thumb_down/, said);
  // clicking the chosen one again clears it
  await afterRun(page, () => page.getByRole('radio', { name: 'Thumbs down' }).click());
  await page.getByText('You selected:').waitFor({ state: 'detached', timeout: 20_000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget.slider: keyboard steps each slider; the datetime one shows its MM/DD/YY format', { timeout: 240_000 }, async () => {
  const page = await open('widget_slider', (p) => p.getByRole('slider', { name: 'How old are you?' }));
  const age = page.getByRole('slider', { name: 'How old are you?' });
  await age.focus();
  await afterRun(page, () => age.press('ArrowRight'));
  await shown(page.getByText(/I'm\s+26\s+years old\./));
  // format="MM/DD/YY - hh:mm" is drawn as 1.67 draws it (momentjs tokens), on the thumb and the bounds
  await shown(page.getByText('01/01/20 - 09:30', { exact: true }));
  const start = page.getByRole('slider', { name: 'When do you start?' });
  assert.equal(await start.getAttribute('aria-valuetext'), '01/01/20 - 09:30');
  await start.focus();
  await afterRun(page, () => start.press('ArrowRight'));
  await shown(page.getByText('01/02/20 - 09:30', { exact: true }));
  await shown(page.getByText(/Start time:\s*2020-01-02 09:30:00/));
  // the time range slider: 15-minute steps, 1.67's HH:mm
  const appt = page.getByRole('slider', { name: 'Schedule your appointment:' }).last();
  await appt.focus();
  await afterRun(page, () => appt.press('ArrowRight'));
  await shown(page.getByText('13:00', { exact: true }));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget.menu_button: the menu opens below the button from its left edge; a choice reruns once', { timeout: 240_000 }, async () => {
  const page = await open('widget_menu_button', (p) => p.getByRole('button', { name: 'Export' }));
  const button = page.getByRole('button', { name: 'Export' });
  await button.click();
  const menu = page.getByRole('menu');
  await shown(menu);
  const [b, m] = [await button.boundingBox(), await menu.boundingBox()];
  assert.ok(Math.abs(m.x - b.x) <= 1, `menu left ${m.x}, button left ${b.x}`);
  assert.ok(m.y >= b.y + b.height, 'below the button');
  assert.deepEqual(await menu.getByRole('menuitem').allInnerTexts(), ['CSV', 'JSON', 'PDF']);
  // 1.67's names and measures (read off its page): the button stMenuButtonButton, kind secondary, 81 px
  // wide with its 20 px chevron 2 px after the label; 28 px rows 4 px apart, 142 px of menu
  assert.equal(await button.getAttribute('data-testid'), 'stMenuButtonButton');
  assert.equal(await button.getAttribute('kind'), 'secondary');
  assert.ok(Math.abs(b.width - 81) <= 2, `button ${b.width} px`);
  const rows = await Promise.all([0, 1].map((i) => menu.getByRole('menuitem').nth(i).boundingBox()));
  assert.ok(Math.abs(rows[0].height - 28) <= 1 && Math.abs(rows[1].y - rows[0].y - 32) <= 1, JSON.stringify(rows));
  assert.ok(Math.abs(m.width - 142) <= 1, `menu ${m.width} px`);
  await afterRun(page, () => menu.getByRole('menuitem', { name: 'JSON' }).click());
  await shown(page.getByText('Exporting as JSON...'));
  assert.equal(await page.getByRole('menu').count(), 0, 'closed after the choice');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget.pagination: 1.67 look (current page on the secondary background, no border, chevrons); next and a page number', { timeout: 240_000 }, async () => {
  const page = await open('widget_pagination', (p) => p.getByText('Showing page 1'));
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  const current = nav.getByRole('button', { name: 'Page 1', exact: true });
  const look = await current.evaluate((b) => {
    const cs = getComputedStyle(b);
    return { bg: cs.backgroundColor, border: cs.borderTopWidth, size: cs.fontSize };
  });
  assert.notEqual(look.bg, 'rgba(0, 0, 0, 0)', 'the current page is filled');
  assert.equal(look.border, '0px');
  assert.equal(look.size, '14px');
  // 1.67's measures: a 32 px row of 32 px squares 4 px apart, steps and the ellipsis included
  const boxes = await nav.locator('li').evaluateAll((lis) => lis.map((li) => { const r = li.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }));
  assert.deepEqual(boxes, Array(boxes.length).fill([32, 32]));
  assert.equal(Math.round((await nav.boundingBox()).height), 32);
  await page.waitForFunction(() => document.querySelector('[aria-label="Next page"] [data-icon=chevron_right] svg'), null, { timeout: 20_000 });
  await afterRun(page, () => nav.getByRole('button', { name: 'Next page' }).click());
  await shown(page.getByText('Showing page 2'));
  await afterRun(page, () => nav.getByRole('button', { name: 'Page 10', exact: true }).click());
  await shown(page.getByText('Showing page 10'));
  assert.equal(await nav.getByRole('button', { name: 'Next page' }).isDisabled(), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget.radio with captions: 1.67 spacing (8 px between options with captions), test ids, a choice reruns', { timeout: 240_000 }, async () => {
  const page = await open('widget_radio', (p) => p.getByRole('radiogroup', { name: "What's your favorite movie genre" }));
  const group = page.getByRole('radiogroup', { name: "What's your favorite movie genre" });
  assert.equal(await group.getAttribute('data-testid'), 'stRadioGroup');
  const options = page.getByTestId('stRadioOption');
  assert.equal(await options.count(), 3);
  // 1.67: an option with its caption is 45 px tall, the next 8 px below it; each as wide as its text
  const boxes = await options.evaluateAll((os) => os.map((o) => o.getBoundingClientRect().toJSON()));
  assert.deepEqual(boxes.map((b) => Math.round(b.y - boxes[0].y)), [0, 53, 106]);
  assert.ok(boxes.every((b) => Math.round(b.height) === 45), `heights ${boxes.map((b) => b.height)}`);
  assert.ok(boxes.every((b) => b.width < 200), 'an option is as wide as its text, not the column');
  assert.deepEqual(await page.getByTestId('stRadioCaption').allInnerTexts(), ['Laugh out loud.', 'Get the popcorn.', 'Never stop learning.']);
  await shown(page.getByText('You selected comedy.'));
  await afterRun(page, () => page.getByRole('radio', { name: 'Drama' }).check());
  await shown(page.getByText("You didn't select comedy."));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('chat_input(accept_file=True): 1.67 geometry (a 58 px box, a 20 px upload button at its padding edge, a 20 px send arrow)', { timeout: 240_000 }, async () => {
  const page = await open('chat_input_file', (p) => p.getByRole('textbox', { name: 'Say something and/or attach an image' }));
  const rect = (loc) => loc.evaluate((e) => e.getBoundingClientRect().toJSON());
  const box = await rect(page.getByTestId('stChatInput'));
  assert.equal(Math.round(box.height), 58);
  const attach = await rect(page.locator('.tl-chat-attach').first());
  assert.deepEqual([Math.round(attach.x - box.x), Math.round(attach.width), Math.round(attach.height)], [17, 20, 20]);
  const text = await rect(page.getByRole('textbox', { name: 'Say something and/or attach an image' }));
  assert.equal(Math.round(text.x - attach.x - attach.width), 8);
  const arrow = await rect(page.getByRole('button', { name: 'Send message' }).locator('svg'));
  assert.deepEqual([Math.round(arrow.width), Math.round(arrow.height)], [20, 20]);
  assert.deepEqual(page.errors, []);
  await page.close();
});
