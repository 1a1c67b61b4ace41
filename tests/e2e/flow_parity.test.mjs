// What takes no place in the page's flow, drawn beside 1.67 (`streamlit run` of the same app,
// read with Playwright at 1280x900): st.spinner's transient leaves nothing behind, a style-only
// st.html goes to the event root (and still styles the page), st.html's own <p> has 1.67's
// margins, and the sidebar's content starts under its header when there is no page menu.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, serveSource } from './helpers.mjs';

const APP = `
import streamlit as st
st.write("before")
with st.spinner("Working..."):
    pass
st.write("after")
with st.sidebar:
    st.write("side before")
    with st.spinner("side"):
        pass
    st.write("side after")
with st.container(border=True):
    st.write("in c")
    with st.spinner("Working..."):
        pass
st.html("<style>.my-x { color: rgb(255, 0, 0); }</style>")
st.markdown('<span class="my-x">after html</span>', unsafe_allow_html=True)
st.html("<p>visible html</p>")
st.write("end")
`;

const env = serveSource(APP.trimStart(), { before, after }, 'tablit-flow-');

test('spinners, a style-only st.html and the sidebar take 1.67\'s places', { timeout: 180_000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await page.getByText('end', { exact: true }).waitFor({ timeout: BOOT_TIMEOUT });
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: BOOT_TIMEOUT });
  const tops = await page.evaluate(() => {
    const top = (t) => [...document.querySelectorAll('p, span')].find((e) => e.textContent.trim() === t)?.getBoundingClientRect().y;
    return Object.fromEntries(['before', 'after', 'side before', 'side after', 'in c', 'after html', 'visible html', 'end']
      .map((t) => [t, Math.round(top(t))]));
  });
  // 1.67's, measured on the same app
  assert.deepEqual(tops, { before: 96, after: 138, 'side before': 76, 'side after': 118, 'in c': 195,
    'after html': 253, 'visible html': 294, end: 352 });
  assert.equal(await page.locator('[data-testid="stSpinner"], [data-testid="stEmpty"]').count(), 0);
  assert.equal(await page.locator('.my-x').evaluate((e) => getComputedStyle(e).color), 'rgb(255, 0, 0)');
  await page.close();
});
