// A script that does not compile, in the page (py/tablit/runtime/session.py _error_banner,
// web/render/elements/exception.js CompileErrorDialog), as 1.67 shows it: its "Script execution
// error" dialog with the SyntaxError's message, over the previous run's elements, which stay.
// One `tablit serve`, one browser; run-on-save edits the file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, serveSource, shown, until } from './helpers.mjs';

const GOOD = 'import streamlit as st\nst.title("Hello")\nst.write("first element")\n';
const BAD = 'import streamlit as st\nst.title("Hello")\nst.write("first element"\n';
const MESSAGE = 'File "/home/pyodide/app/app.py", line 3\n  st.write("first element"\n          ^\nSyntaxError: \'(\' was never closed';

const env = serveSource(BAD, { before, after }, 'tablit-compile-error-');

test('a syntax error: 1.67\'s dialog at the first run and after an edit, the previous elements kept', { timeout: 180_000 }, async () => {
  const page = await env.browser.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(env.server.url);
  const dialog = page.getByRole('dialog', { name: 'Script execution error' });
  await shown(dialog, BOOT_TIMEOUT);
  assert.equal(await dialog.getByTestId('stErrorCodeBlock').locator('code').textContent(), MESSAGE);
  assert.equal(await page.locator('[data-testid="stMain"] [data-testid="stException"]').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')?.endsWith('compile-error-title')), true);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await until(async () => (await page.getByRole('dialog').count()) === 0, 'the dialog to close');

  fs.writeFileSync(path.join(env.dir, 'app.py'), GOOD);  // run-on-save: the app runs
  await shown(page.getByText('first element'));
  fs.writeFileSync(path.join(env.dir, 'app.py'), BAD);   // and fails again: the dialog over what was drawn
  await shown(dialog);
  assert.deepEqual(await page.locator('[data-testid="stMain"] .tl-el').evaluateAll((els) => els.map((e) => e.textContent.trim())),
    ['Hello', 'first element']);
  await page.keyboard.press('Escape');
  await until(async () => (await page.getByRole('dialog').count()) === 0, 'Escape to close the dialog');
  assert.deepEqual(page.errors, []);
  await page.close();
});
