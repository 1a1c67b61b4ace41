// The widgets and containers of issue 9 in the widget showcase, by role and
// visible text: pills, segmented control, feedback, link button, badge, chat
// messages, status, skeleton, st.bottom (one server, one browser, one tab).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

describe('more widgets in the showcase', () => {
  test('button groups, ratings, links, dates, pages, menus, grid, dialog, chat messages, status', { timeout: 240_000 }, async () => {
    const page = await env.open('widget-showcase/', { waitFor: (p) => p.getByRole('heading', { name: 'Widget showcase' }) });

    // st.pills (single): 1.67's radiogroup of radios named by the label.
    const pills = page.getByRole('radiogroup', { name: 'Pills', exact: true });
    await shown(pills);
    await shown(page.getByText(line('Pills:', 'None')));
    await afterRun(page, () => pills.getByRole('radio', { name: 'East' }).click());
    await shown(page.getByText(line('Pills:', 'East')));
    assert.equal(await pills.getByRole('radio', { name: 'East' }).getAttribute('aria-checked'), 'true');
    await afterRun(page, () => pills.getByRole('radio', { name: 'East' }).click());   // click again: none
    await shown(page.getByText(line('Pills:', 'None')));

    // st.segmented_control with a default; one tab stop, arrows move, Space chooses (1.67's keys)
    const seg = page.getByRole('radiogroup', { name: 'Segmented control' });
    const week = seg.getByRole('radio', { name: 'Week' });
    assert.equal(await week.getAttribute('aria-checked'), 'true');
    assert.deepEqual(await seg.getByRole('radio').evaluateAll((bs) => bs.map((b) => b.tabIndex)), [-1, 0, -1]);
    await week.focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(await focused(), 'Month');
    await afterRun(page, () => page.keyboard.press('Space'));
    await shown(page.getByText(line('Segmented control:', 'Month')));
    assert.equal(await week.getAttribute('aria-checked'), 'false');
    assert.equal(await seg.getByRole('radio', { name: 'Month' }).getAttribute('tabindex'), '0');

    // st.feedback("stars"): five radios named as 1.67 names them; the fourth star is index 3.
    await afterRun(page, () => page.getByRole('radio', { name: '4 out of 5 stars' }).click());
    await shown(page.getByText(line('Feedback:', '3')));
    await afterRun(page, () => page.getByRole('radio', { name: 'Thumbs up' }).click());
    await shown(page.getByText(line('Thumbs:', '1')));

    // st.link_button: a link that opens in a new tab.
    const link = page.getByRole('link', { name: 'Link button' });
    assert.equal(await link.getAttribute('href'), 'https://streamlit.io');
    assert.equal(await link.getAttribute('target'), '_blank');

    await shown(page.getByText('Badge', { exact: true }));

    // st.chat_message: an article per message, named by its author.
    await shown(page.getByRole('group', { name: 'Chat message from user' }).getByText('A chat message from the user'));
    await shown(page.getByRole('group', { name: 'Chat message from assistant' }).getByText("And the assistant's answer"));

    // st.status: complete after its with block; collapsed, opens on click.
    const status = page.getByText('Status: finished');
    await shown(status);
    await page.mouse.move(0, 0);   // (under the pointer the chevron replaces the icon, as in 1.67)
    await shown(page.getByRole('img', { name: 'Complete' }));
    // 1.67's test ids: a status is an stExpander with its state's icon; stStatusWidget is only
    // the toolbar's running indicator (a user's test waits for it to go), never a status box
    const box = page.getByTestId('stExpander').filter({ hasText: 'Status: finished' });
    await shown(box.getByTestId('stExpanderIconCheck'));
    assert.equal(await page.getByTestId('stStatusWidget').count(), 0, 'nothing running, no stStatusWidget');
    assert.equal(await page.getByText('Step one done').isVisible(), false);
    await status.click();
    await shown(page.getByText('Step one done'));

    // st.datetime_input: 1.67's segmented "2024/01/02, 09:30", typed part by part.
    const when = page.getByRole('group', { name: 'Date and time', exact: true });
    assert.equal(await when.textContent(), '2024/01/02, 09:30');
    await page.getByRole('spinbutton', { name: 'year, Date and time' }).click();
    await page.keyboard.type('202503040506');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Date and time:', '2025-03-04 05:06:00')));

    // st.pagination: page buttons in a navigation landmark.
    const pager = page.getByRole('navigation', { name: 'Pagination' });
    assert.equal(await pager.getByRole('button', { name: 'Page 1', exact: true }).getAttribute('aria-current'), 'page');
    await afterRun(page, () => pager.getByRole('button', { name: 'Next page' }).click());
    await shown(page.getByText(line('Page:', '2')));
    await afterRun(page, () => pager.getByRole('button', { name: 'Page 12' }).click());
    await shown(page.getByText(line('Page:', '12')));

    // st.menu_button: a menu of options; the choice is returned for one run.
    await page.getByRole('button', { name: 'Export as' }).click();
    await afterRun(page, () => page.getByRole('menuitem', { name: 'JSON' }).click());
    await shown(page.getByText(line('Exported as:', 'JSON')));
    await page.getByRole('button', { name: 'Export as' }).press('ArrowDown');
    await shown(page.getByRole('menuitem', { name: 'CSV' }));
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('menu').count(), 0);

    // st.grid: the cells are laid out in three columns.
    const one = await page.getByText('Grid cell 1', { exact: true }).boundingBox();
    const two = await page.getByText('Grid cell 2', { exact: true }).boundingBox();
    const four = await page.getByText('Grid cell 4', { exact: true }).boundingBox();
    assert.ok(Math.abs(one.y - two.y) < 2 && two.x > one.x, 'cells 1 and 2 share a row');
    assert.ok(four.y > one.y && Math.abs(four.x - one.x) < 2, 'cell 4 starts the second row');

    // st.dialog: a modal; typing inside keeps it open; st.rerun() closes it.
    await afterRun(page, () => page.getByRole('button', { name: 'Open dialog' }).click());
    const dialog = page.getByRole('dialog', { name: 'Rename the project' });
    await shown(dialog);
    const newName = dialog.getByLabel('New name');
    await newName.fill('Apollo');
    await afterRun(page, () => newName.press('Enter'));
    await shown(dialog);
    await afterRun(page, () => dialog.getByRole('button', { name: 'Save name' }).click());
    await shown(page.getByText(line('Project:', 'Apollo')));
    assert.equal(await page.getByRole('dialog').count(), 0);
    await afterRun(page, () => page.getByRole('button', { name: 'Open dialog' }).click());
    await shown(page.getByRole('dialog', { name: 'Rename the project' }));
    await page.keyboard.press('Escape');                                   // dismissible
    await until(async () => (await page.getByRole('dialog').count()) === 0, 'the dialog to close');

    // text_input(type="email", required=True): checked in the page before it commits.
    const email = page.getByLabel('Email', { exact: true });
    assert.equal(await email.getAttribute('type'), 'email');
    await email.fill('not an address');
    await email.press('Enter');
    await shown(page.getByRole('alert').getByText('Enter a valid email address.'));
    await email.fill('ada@example.com');
    await afterRun(page, () => email.press('Enter'));
    await shown(page.getByText(line('Email:', 'ada@example.com')));
    assert.equal(await page.getByText('Enter a valid email address.').count(), 0);

    // (audio_input records from the microphone: tests/e2e/media_capture.test.mjs, with Chromium's fake devices)
    await shown(page.getByRole('group', { name: 'Voice note' }).getByRole('button', { name: 'Record', exact: true }));

    // Stateful containers: opening/selecting reruns and the script reads it.
    await shown(page.getByText(line('Expander open:', 'False')));
    await afterRun(page, () => page.getByText('Stateful expander').click());
    await shown(page.getByText(line('Expander open:', 'True')));
    await shown(page.getByText('Expander content'));
    await shown(page.getByText(line('Selected tab:', 'First tab')));
    await afterRun(page, () => page.getByRole('tab', { name: 'Second tab' }).click());
    await shown(page.getByText(line('Selected tab:', 'Second tab')));
    assert.equal(await page.getByRole('tab', { name: 'Second tab' }).getAttribute('aria-selected'), 'true');
    // every tab's panel is on the page, the others hidden and inert, as 1.67's
    assert.equal(await page.getByTestId('stTabPanel').count(), 2);
    assert.equal(await page.getByRole('tabpanel').count(), 1);
    await shown(page.getByRole('tabpanel').getByText('In the second tab'));
    assert.equal(await page.getByText('In the first tab').count(), 1);
    assert.equal(await page.getByText('In the first tab').isVisible(), false);
    // a closed popover's body is not on the page (1.67 mounts it only while open)
    assert.equal(await page.getByTestId('stPopoverBody').count(), 0);
    assert.equal(await page.getByText('Popover content').count(), 0);
    await afterRun(page, () => page.getByRole('button', { name: 'Stateful popover' }).click());
    await shown(page.getByText(line('Popover open:', 'True')));
    await shown(page.getByTestId('stPopoverBody').getByText('Popover content'));
    await afterRun(page, () => page.keyboard.press('Escape'));
    await shown(page.getByText(line('Popover open:', 'False')));
    assert.equal(await page.getByTestId('stPopoverBody').count(), 0);

    // st.chat_input(accept_file="multiple"): attach a file, then send text and file.
    await page.getByLabel('Attach files').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await shown(page.getByRole('list', { name: 'Attachments' }).getByText('notes.txt'));
    const chat = page.getByPlaceholder('Say something');
    await chat.fill('with a file');
    await afterRun(page, () => chat.press('Enter'));
    await shown(page.getByText(line('Chat message:', 'with a file')));
    await shown(page.getByText(/^\s*Attached:\s*notes\.txt\s*5\s*bytes\s*$/));
    assert.equal(await page.getByRole('list', { name: 'Attachments' }).count(), 0);

    await shown(page.getByRole('status', { name: 'Loading' }));            // st.skeleton
    await shown(page.getByTestId('stBottom').getByText('Pinned to the bottom with st.bottom'));
    assert.deepEqual(page.errors, []);
  });
});
