// Injected into every benchmark page before its own scripts (addInitScript):
// timing happens inside the page, with performance.now() at the event
// dispatch and a MutationObserver seeing the new text, never through
// playwright round trips.
(() => {
  const now = () => performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  /**
   * Resolves with the time at which check() first held, looking after every
   * DOM mutation (the observer runs right after the renderer's commit).
   */
  function waitFor(check, timeout = 60000) {
    return new Promise((resolve, reject) => {
      if (check()) return resolve(now());
      const mo = new MutationObserver(() => {
        if (!check()) return;
        const at = now();
        mo.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      mo.observe(document, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        mo.disconnect();
        reject(new Error(`timed out waiting for ${check}`));
      }, timeout);
    });
  }

  // Cold start: when the first <h1> with the given text is in the DOM.
  // (window.__benchTitle is set by an init script added before this one)
  const titleWanted = window.__benchTitle;
  if (titleWanted) {
    const seen = () => {
      const h = document.querySelector('h1');
      // drawn by a run, not by the first paint (web/first_paint.js: tablit serve's recorded first run)
      return !!h && h.textContent.includes(titleWanted) && !document.querySelector('[data-first-paint]');
    };
    waitFor(seen, 120000).then((t) => { window.__benchTitleAt = t; });
  }

  const markdowns = () => document.querySelectorAll('[data-testid=stMarkdown]');
  const firstMarkdown = () => document.querySelector('[data-testid=stMarkdown]');
  const findMarkdown = (re) => [...markdowns()].find((e) => re.test(e.textContent));
  const setValue = (input, value) => {
    const proto = Object.getPrototypeOf(input);
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  /** Each scenario: step(i) -> {act, check} for the i-th interaction. */
  const SCENARIOS = {
    // examples/counter-callbacks: click Increment, see "Count = n".
    counter() {
      const probe = () => findMarkdown(/Count =/);
      let count = Number(/Count =\s*(\d+)/.exec(probe().textContent)[1]);
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Increment');
      return {
        step() {
          const want = new RegExp(`Count =\\s*${++count}\\s*$`);
          const el = probe();
          return { act: () => button.click(), check: () => want.test((el.isConnected ? el : probe()).textContent) };
        },
      };
    },
    // bench/apps/inputs: type a number and press Enter, see "number = v".
    number() {
      const input = document.querySelector('input[type=number]');
      const probe = findMarkdown(/^number =/);
      return {
        async step(i) {
          const v = i + 1;
          setValue(input, v);
          await frame();
          const text = `number = ${v}`;
          return {
            act: () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
            check: () => (probe.isConnected ? probe : findMarkdown(/^number =/)).textContent.trim() === text,
          };
        },
      };
    },
    // bench/apps/inputs: move the slider and release it, see "level = v".
    slider() {
      const input = document.querySelector('input[type=range]');
      const probe = findMarkdown(/^level =/);
      return {
        async step(i) {
          const v = (i % 999) + 1;
          setValue(input, v);
          await frame();
          const text = `level = ${v}`;
          return {
            act: () => input.dispatchEvent(new Event('change', { bubbles: true })),
            check: () => (probe.isConnected ? probe : findMarkdown(/^level =/)).textContent.trim() === text,
          };
        },
      };
    },
    // bench/apps/scale?kind=widgets: toggle a checkbox, see "checked = k".
    widgets() {
      const boxes = document.querySelectorAll('input[type=checkbox]');
      // what the page shows (after a navigation it may keep boxes the script forgot)
      let checked = [...boxes].filter((b) => b.checked).length;
      return {
        step(i) {
          const box = boxes[i % 2 === 0 ? 0 : boxes.length - 1];
          checked += box.checked ? -1 : 1;
          const text = `checked = ${checked}`;
          return { act: () => box.click(), check: () => firstMarkdown().textContent.trim() === text };
        },
      };
    },
    // bench/apps/scale?kind=text: click Bump above the text elements, see "bumps = k".
    text() {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Bump');
      let bumps = Number(/bumps = (\d+)/.exec(firstMarkdown().textContent)[1]);
      return {
        step() {
          const text = `bumps = ${++bumps}`;
          return { act: () => button.click(), check: () => firstMarkdown().textContent.trim() === text };
        },
      };
    },
    // bench/apps/scale?kind=table: tick "Show table", see the grid of n rows with its first rows
    // drawn (the grid draws only what is in view; aria-rowcount counts every row and the header)
    // (untick between samples).
    table({ n }) {
      const box = () => document.querySelector('input[type=checkbox]');
      const rows = () => {
        const g = document.querySelector('[role=grid]');
        return g && g.querySelector('[role=gridcell]') ? Number(g.getAttribute('aria-rowcount')) - 1 : 0;
      };
      return {
        async step() {
          if (box().checked) {
            const gone = waitFor(() => rows() === 0);
            box().click();
            await gone;
            await frame();
          }
          return { act: () => box().click(), check: () => rows() === n };
        },
      };
    },
  };

  /**
   * Run `warm + n` interactions of a scenario, one at a time (each waits for
   * its render and a frame); the times of the last n, in ms.
   */
  async function measure(name, { warm = 10, n = 100, params = {}, settle = true } = {}) {
    const scenario = SCENARIOS[name](params);
    const times = [];
    for (let i = 0; i < warm + n; i++) {
      const { act, check } = await scenario.step(i);
      if (settle) await frame();
      const done = waitFor(check);
      const t0 = now();
      act();
      const t1 = await done;
      if (i >= warm) times.push(t1 - t0);
    }
    return times;
  }

  /** postMessage round trips to the floor page's idle worker. */
  async function roundTrips({ warm = 10, n = 100 } = {}) {
    const { worker } = window.__floor;
    const times = [];
    for (let i = 0; i < warm + n; i++) {
      await frame();
      const back = new Promise((r) => worker.addEventListener('message', () => r(now()), { once: true }));
      const t0 = now();
      worker.postMessage(JSON.stringify([{ type: 'update', changes: [], trigger: `x${i}` }]));
      const t1 = await back;
      if (i >= warm) times.push(t1 - t0);
    }
    return times;
  }

  /** Navigate the served app to another query (no reload); ms until the new title shows. */
  async function navigate(query, title) {
    const done = waitFor(() => document.querySelector('h1')?.textContent.replace(/#$/, '').trim() === title, 120000);
    const t0 = now();
    window.tablit.send({ type: 'navigate', page: '', query });
    return (await done) - t0;
  }

  window.__bench = { measure, roundTrips, navigate, waitFor, frame, sleep };
})();
