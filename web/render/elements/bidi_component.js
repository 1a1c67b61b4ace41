// st.components.v2 components (node kind "bidi_component"), a lazily loaded chunk.
//
// As Streamlit 1.67 runs them: the component's HTML and CSS go into a shadow root of
// the element (isolate_styles=True) or straight into it; its JavaScript is an ES
// module whose default export is called, after the HTML is in place, with
// {name, data, key, parentElement, setStateValue, setTriggerValue}.  The module is
// the app's own code (like st.html(..., unsafe_allow_javascript=True)) and runs in
// the page, so it can reach the document as the docs' examples do; it is loaded
// from a blob: URL made here from the node's text (the page's policy allows blob:
// scripts and no inline ones, see docs/ARCHITECTURE.md "Custom components").
//
// The function runs again when the data or the JavaScript changes (the theme's
// variables follow the page's theme by themselves, so a theme switch does not re-run it); a
// cleanup function it returns is called before it runs again and when the element
// goes away.  setStateValue sends the whole state object as the node's value (held
// with a form's values until its submit); setTriggerValue sends the payloads of one
// turn of the event loop as the trigger widget props.events (ignored inside forms,
// as 1.67 does).  The element defines the --st-* theme variables (ST_VARS) as the
// page's own, so the component's CSS can use them, in a shadow root too.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget } from '../widgets/common.js';
import { checkBidiComponent } from '../../protocol.js';
import { parseData } from './bidi_data.js';

/** @type {Map<string, string>} the module URL of each JavaScript source (one per source for the page's life) */
const moduleUrls = new Map();

/** @param {string} js */
function moduleUrl(js) {
  let url = moduleUrls.get(js);
  if (!url) {
    url = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
    moduleUrls.set(js, url);
  }
  return url;
}

/** A JSON copy of a value the component sets (what 1.67 sends: JSON). @param {any} v */
function jsonValue(v) {
  const text = JSON.stringify(v);
  return text === undefined ? null : JSON.parse(text);
}

/**
 * The --st-* variables 1.67 gives a component (its StreamlitTheme, kebab-cased), as the
 * page's theme variables: they follow the light/dark switch and a config.toml theme.
 */
const ST_VARS = (() => {
  const v = {
    'primary-color': 'var(--tl-primary)', 'background-color': 'var(--tl-bg)',
    'secondary-background-color': 'var(--tl-bg2)', 'text-color': 'var(--tl-text)',
    'link-color': 'var(--tl-link)', 'link-underline': '1', 'heading-font': 'var(--tl-heading-font)',
    'code-font': 'var(--tl-mono)', 'base-radius': 'var(--tl-radius)', 'button-radius': 'var(--tl-button-radius)',
    'base-font-size': '1rem', 'base-font-weight': 'var(--tl-font-weight)', 'code-font-weight': 'var(--tl-code-weight)',
    'code-font-size': 'var(--tl-code-size)', 'border-color': 'var(--tl-border)',
    'dataframe-border-color': 'var(--tl-df-border)', 'dataframe-header-background-color': 'var(--tl-df-header-bg)',
    'code-background-color': 'var(--tl-code-bg)', 'font': 'var(--tl-font)', 'heading-color': 'var(--tl-text)',
    'border-color-light': 'var(--tl-border)', 'code-text-color': 'var(--tl-code-text)',
    'widget-border-color': 'var(--tl-widget-border, transparent)',
  };
  const sizes = [];
  const weights = [];
  for (let i = 1; i <= 6; i++) {
    v[`heading-font-size-${i}`] = `var(--tl-h${i}-size)`;
    v[`heading-font-weight-${i}`] = `var(--tl-h${i}-weight)`;
    sizes.push(`var(--tl-h${i}-size)`);
    weights.push(`var(--tl-h${i}-weight)`);
  }
  v['heading-font-sizes'] = sizes.join(',');
  v['heading-font-weights'] = weights.join(',');
  for (const c of ['red', 'orange', 'yellow', 'blue', 'green', 'violet', 'gray']) {
    v[`${c}-color`] = `var(--tl-${c})`;
    v[`${c}-background-color`] = `var(--tl-${c}-bg)`;
    v[`${c}-text-color`] = `var(--tl-${c}-text)`;
  }
  return Object.entries(v).map(([k, val]) => `--st-${k}:${val}`).join(';');
})();

let instances = 0;

/** How long a component's script waits for the rest of its run to be drawn, at most. */
const DRAWN_WAIT_MS = 2000;

/**
 * Resolves when the page shows a finished run (not a live run's partial tree), or
 * after DRAWN_WAIT_MS: 1.67 calls the script once the elements of the run's
 * messages are in the page, and scripts rely on it (markdown_links looks for the
 * links of an st.markdown drawn after the component).
 * @param {Element|null} el
 */
function drawn(el) {
  const root = el && el.closest('[data-run]');
  if (!root || !root.hasAttribute('data-running')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { obs.disconnect(); clearTimeout(timer); requestAnimationFrame(() => resolve(undefined)); };
    const obs = new MutationObserver(() => { if (!root.hasAttribute('data-running')) done(); });
    obs.observe(root, { attributes: true, attributeFilter: ['data-running'] });
    const timer = setTimeout(done, DRAWN_WAIT_MS);
  });
}

/** @param {{node: import('../registry.js').TreeNode}} props */
export default function BidiComponent({ node }) {
  const w = useWidget(node);
  const p = node.props;
  let invalid = null;
  try {
    checkBidiComponent(p);
  } catch (e) {
    invalid = e instanceof Error ? e.message : String(e);
  }
  const outerRef = useRef(/** @type {HTMLDivElement|null} */ (null));
  const hostRef = useRef(/** @type {HTMLDivElement|null} */ (null));
  const [error, setError] = useState(/** @type {Error|null} */ (null));
  // what the component's function sees: kept current for the callbacks it holds
  const live = useRef({ node, w });
  live.current = { node, w };
  const instance = useRef('');
  if (!instance.current) instance.current = `st-bidi-component-${++instances}-${Math.random().toString(36).slice(2, 10)}`;
  const cleanup = useRef(/** @type {any} */ (null));
  const pending = useRef(/** @type {any[] | null} */ (null));

  /**
   * The element the HTML goes into: a shadow root, or the element itself.  The host
   * element is made here, not by Preact: a rerun's diff must never replace it (its
   * shadow root and the component's DOM live on it).
   */
  const parent = () => {
    const outer = outerRef.current;
    if (!outer) return null;
    let host = hostRef.current;
    if (host && host.parentNode !== outer) outer.appendChild(host); // (the element was re-created: move ours)
    if (!host) {
      host = document.createElement('div');
      host.className = 'tl-bidi-host';
      host.setAttribute('data-testid', p.isolate_styles ? 'stBidiComponentIsolated' : 'stBidiComponentRegular');
      outer.appendChild(host);
      hostRef.current = host;
    }
    if (!p.isolate_styles) return host;
    return host.shadowRoot || host.attachShadow({ mode: 'open' });
  };

  // HTML and CSS: replaced when they change (the component's own DOM is its own).
  const content = useRef(/** @type {HTMLDivElement|null} */ (null));
  useLayoutEffect(() => {
    const root = invalid ? null : parent();
    if (!root) return;
    try {
      if (content.current?.parentNode === root) root.removeChild(content.current);
      const box = document.createElement('div');
      if (p.html) {
        const inner = document.createElement('div');
        // The app's trusted HTML, not sanitised (as 1.67): a <script src> in it runs.
        inner.appendChild(document.createRange().createContextualFragment(p.html));
        box.appendChild(inner);
      }
      if (p.css) {
        const style = document.createElement('style');
        style.textContent = p.css;
        box.appendChild(style);
      }
      root.appendChild(box);
      content.current = box;
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  }, [p.html, p.css, p.isolate_styles, invalid]); // (props that were invalid and are no longer: drawn now)

  const dataKey = JSON.stringify(p.data ?? null);
  useEffect(() => {
    if (!p.js || error || invalid) return undefined;
    let cancelled = false;
    const run = async () => {
      const data = await parseData(p.data);
      const mod = await import(/* @vite-ignore */ moduleUrl(p.js));
      if (cancelled) return;
      if (!mod || typeof mod.default !== 'function') throw new Error('JS module does not have a default export function.');
      await drawn(outerRef.current);
      if (cancelled) return;
      const before = cleanup.current;
      cleanup.current = null;
      if (typeof before === 'function') await before();
      const root = parent();
      if (!root || cancelled) return;
      const api = {
        name: p.component_name,
        data,
        key: instance.current,
        parentElement: root,
        setStateValue(name, value) {
          const { node: n, w: ww } = live.current;
          const cur = ww.e && ww.e.value && typeof ww.e.value === 'object' ? ww.e.value : {};
          ww.commit(jsonValue({ ...cur, [name]: value }));
          void n;
        },
        setTriggerValue(name, value) {
          const { node: n, w: ww } = live.current;
          if (n.props.form) {
            console.warn('BidiComponent: setTriggerValue ignored inside st.form. Triggers are not allowed in forms; use setStateValue and form submit instead.');
            return;
          }
          const payload = { event: String(name), value: jsonValue(value) };
          if (pending.current) { pending.current.push(payload); return; }
          pending.current = [payload];
          // the triggers of one turn of the event loop go as one update
          queueMicrotask(() => {
            const payloads = pending.current || [];
            pending.current = null;
            const events = live.current.node.props.events;
            if (events) ww.ctx.send({ type: 'update', changes: [{ id: events, value: payloads }], trigger: events });
          });
        },
      };
      cleanup.current = await mod.default(api);
    };
    run().catch((e) => { if (!cancelled) setError(e instanceof Error ? e : new Error(String(e))); });
    return () => { cancelled = true; };
  }, [p.js, dataKey, error, invalid]);

  useLayoutEffect(() => {
    if (hostRef.current) hostRef.current.hidden = !!error;
  }, [error]);

  // After every render: the host (its shadow root and the component's DOM) stays in
  // the element Preact shows, even when Preact re-created that element.
  useLayoutEffect(() => {
    if (!invalid) parent();
  });

  // the cleanup function, when the element goes away
  useEffect(() => () => {
    const fn = cleanup.current;
    cleanup.current = null;
    if (typeof fn === 'function') Promise.resolve().then(fn).catch((e) => console.error('Failed to run custom component cleanup', e));
  }, []);

  const attrs = elAttrs(node, 'stBidiComponent');
  if (invalid) return html`<div ...${attrs} role="alert">${invalid}</div>`;
  const height = typeof p.height === 'number' ? `height:${p.height}px;overflow:auto` : '';
  const style = [ST_VARS, attrs.style, height].filter(Boolean).join(';');
  return html`<div ...${attrs} ref=${outerRef} style=${style} data-testid="stBidiComponent" data-component=${p.component_name}>
    ${error ? html`<div class="tl-bidi-error" role="alert"><strong>BidiComponent Error</strong>: ${error.message}</div>` : null}
  </div>`;
}
