// The widgets and containers of issue 9 in the widget showcase, by role and
// visible text: pills, segmented control, feedback, link button, badge, chat
// messages, status, skeleton, st.bottom (one server, one browser, one tab).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

describe('more widgets in the showcase', () => {
  test('button groups, ratings, links, chat messages, status', { timeout: 180_000 }, async () => {
    const page = await env.open('widget-showcase/', { waitFor: (p) => p.getByRole('heading', { name: 'Widget showcase' }) });

    // st.pills: toggle buttons in a group named by the label.
    const pills = page.getByRole('group', { name: 'Pills', exact: true });
    await shown(pills);
    await shown(page.getByText(line('Pills:', 'None')));
    await afterRun(page, () => pills.getByRole('button', { name: 'East' }).click());
    await shown(page.getByText(line('Pills:', 'East')));
    assert.equal(await pills.getByRole('button', { name: 'East' }).getAttribute('aria-pressed'), 'true');
    await afterRun(page, () => pills.getByRole('button', { name: 'East' }).click());   // click again: none
    await shown(page.getByText(line('Pills:', 'None')));

    // st.segmented_control with a default.
    const seg = page.getByRole('group', { name: 'Segmented control' });
    assert.equal(await seg.getByRole('button', { name: 'Week' }).getAttribute('aria-pressed'), 'true');
    await afterRun(page, () => seg.getByRole('button', { name: 'Month' }).click());
    await shown(page.getByText(line('Segmented control:', 'Month')));
    assert.equal(await seg.getByRole('button', { name: 'Week' }).getAttribute('aria-pressed'), 'false');

    // st.feedback("stars"): five radios; the fourth star is index 3.
    await afterRun(page, () => page.getByRole('radio', { name: 'Four stars' }).click());
    await shown(page.getByText(line('Feedback:', '3')));
    await afterRun(page, () => page.getByRole('radio', { name: 'Thumbs up' }).click());
    await shown(page.getByText(line('Thumbs:', '1')));

    // st.link_button: a link that opens in a new tab.
    const link = page.getByRole('link', { name: 'Link button' });
    assert.equal(await link.getAttribute('href'), 'https://streamlit.io');
    assert.equal(await link.getAttribute('target'), '_blank');

    await shown(page.getByText('Badge', { exact: true }));

    // st.chat_message: an article per message, named by its author.
    await shown(page.getByRole('article', { name: 'Chat message from user' }).getByText('A chat message from the user'));
    await shown(page.getByRole('article', { name: 'Chat message from assistant' }).getByText("And the assistant's answer"));

    // st.status: complete after its with block; collapsed, opens on click.
    const status = page.getByText('Status: finished');
    await shown(status);
    await shown(page.getByRole('img', { name: 'Complete' }));
    assert.equal(await page.getByText('Step one done').isVisible(), false);
    await status.click();
    await shown(page.getByText('Step one done'));

    await shown(page.getByRole('status', { name: 'Loading' }));            // st.skeleton
    await shown(page.getByTestId('stBottom').getByText('Pinned to the bottom with st.bottom'));
    assert.deepEqual(page.errors, []);
  });
});
