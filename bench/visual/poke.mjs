// `npm run compare -- --act`: the same interactions done to both pages, found the way a user's
// Playwright test finds them (Streamlit's data-testid names, which tablit keeps, and roles), so
// that the screenshots after them show whether each widget *behaves* as 1.67's, not only whether
// it looks the same before anyone touches it.  Each poke acts on the first widget of its kind in
// the app's main area (none: skipped), then waits for the rerun it causes to end.

/**
 * @typedef {Object} Poke
 * @property {string} name    what it does, for the log
 * @property {string} find    a selector for the element to act on
 * @property {number} [nth]   which match (default the first)
 * @property {(el: import('playwright-core').Locator, page: import('playwright-core').Page) => Promise<void>} act
 */

/** @type {Poke[]} */
export const POKES = [
  { name: 'button', find: '[data-testid="stButton"] button', act: (el) => el.click() },
  { name: 'checkbox', find: '[data-testid="stCheckbox"] label', act: (el) => el.click() },
  { name: 'radio', find: '[data-testid="stRadio"] [role="radiogroup"] label', nth: 1, act: (el) => el.click() },
  { name: 'slider', find: '[data-testid="stSlider"] [role="slider"]', act: async (el, page) => {
    await el.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  } },
  { name: 'number', find: '[data-testid="stNumberInputStepUp"]', act: (el) => el.click() },
  { name: 'text', find: '[data-testid="stTextInput"] input', act: async (el, page) => {
    await el.fill('tablit');
    await page.keyboard.press('Enter');
  } },
  { name: 'textarea', find: '[data-testid="stTextArea"] textarea', act: async (el, page) => {
    await el.fill('tablit\nsecond line');
    await page.keyboard.press('Control+Enter');
  } },
  { name: 'selectbox', find: '[data-testid="stSelectbox"] input', act: async (el, page) => {
    await el.click();
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  } },
  { name: 'multiselect', find: '[data-testid="stMultiSelect"] input', act: async (el, page) => {
    await el.click();
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  } },
  { name: 'tab', find: '[data-testid="stTabs"] [role="tab"]', nth: 1, act: (el) => el.click() },
  { name: 'expander', find: '[data-testid="stExpander"] summary', act: (el) => el.click() },
  { name: 'chat', find: '[data-testid="stChatInput"] textarea', act: async (el, page) => {
    await el.fill('hello');
    await page.keyboard.press('Enter');
  } },
];

/**
 * Do every poke that finds its element, each followed by `settle(page)`.
 * @param {import('playwright-core').Page} page
 * @param {(page: import('playwright-core').Page) => Promise<void>} settle
 * @returns {Promise<string[]>} the pokes done
 */
export async function pokeAll(page, settle) {
  const done = [];
  for (const p of POKES) {
    const el = page.locator(p.find).nth(p.nth ?? 0);
    if (!(await el.count()) || !(await el.isVisible())) continue;
    try {
      await p.act(el, page);
    } catch (e) {
      done.push(`${p.name}: ${String(e.message || e).split('\n')[0]}`);
      continue;
    }
    await settle(page);
    done.push(p.name);
  }
  // nothing focused or hovered in the picture: focus rings and hover looks are compared elsewhere
  await page.evaluate(() => /** @type {HTMLElement|null} */ (document.activeElement)?.blur?.());
  await page.mouse.move(0, 0);
  await settle(page);
  return done;
}
