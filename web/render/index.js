// The renderer: turns down messages ("render", "status", "fatal") into DOM
// with Preact, keyed by node id, and sends up messages through `send`.
import { render as preactRender } from 'preact';
import { html } from './html.js';
import './st_classes.js';
import { Ctx } from './context.js';
import { register, registerLazy } from './registry.js';
import { WidgetStore } from './store.js';
import { intern } from './tree.js';
import { Views, chromeOf, updateNow } from './direct.js';
import { Form } from './forms.js';
import { Shell } from './layout.js';
import layout from './layout.js';
import { StatusView, FatalView } from './status.js';
import { applyTheme } from './theme.js';
import button from './widgets/button.js';
import downloadButton from './widgets/download_button.js';
import linkButton from './widgets/link_button.js';
import checkbox from './widgets/checkbox.js';
import text from './widgets/text.js';
import slider from './widgets/slider.js';
import radio from './widgets/radio.js';
import textEls from './elements/text.js';
import alert from './elements/alert.js';
import exception from './elements/exception.js';
import code from './elements/code.js';
import table from './elements/table.js';
import misc, { Toasts } from './elements/misc.js';
import { RunState, Toolbar, RunNotice } from './toolbar.js';
import spinner from './elements/spinner.js';
import { NoticeList, Notices, noticeText } from './notices.js';
import { restyle as restyleStale, staleChanges } from './stale.js';
import expander from './elements/expander.js';
import grid from './elements/grid.js';
import { loadMarkdown, markdownReady, needsMarkdown } from './markdown.js';
import { withCss } from './lazy_css.js';

register({
  ...layout, form: Form,
  ...button, ...downloadButton, ...linkButton, ...checkbox, ...text, ...slider, ...radio,
  ...textEls, ...alert, ...exception, ...code, ...table, ...misc,
  ...spinner,
});
registerLazy(['dataframe'], () => withCss(import('./grid/grid.js'), 'grid')); // (with its stylesheet, web/render/lazy/grid.css)
// widgets and elements few apps use: each module's chunk is fetched the first time one of its kinds is drawn
// (with its stylesheet, web/render/lazy/NAME.css, when it has one: its rules out of tablit.css, put after it)
lazyMap(['date_input', 'time_input'], () => withCss(import('./widgets/date_time.js'), 'dates', 'after'));
lazyMap(['datetime_input'], () => withCss(import('./widgets/datetime_input.js'), 'dates', 'after'));
lazyMap(['color_picker'], () => withCss(import('./widgets/color_picker.js'), 'color_picker', 'after'));
lazyMap(['file_uploader'], () => withCss(import('./widgets/file_uploader.js'), 'file_uploader', 'after'));
registerLazy(['camera_input', 'audio_input'], () => withCss(import('./widgets/capture_widgets.js'), 'capture')); // (web/render/lazy/capture.css)
lazyMap(['chat_input'], () => withCss(import('./widgets/chat_input.js'), 'chat', 'after'));
lazyMap(['chat_message'], () => withCss(import('./elements/chat_message.js'), 'chat', 'after'));
lazyMap(['feedback'], () => withCss(import('./widgets/feedback.js'), 'feedback', 'after'));
lazyMap(['help'], () => withCss(import('./elements/help.js'), 'help', 'after'));
lazyMap(['pagination'], () => withCss(import('./widgets/pagination.js'), 'pagination', 'after'));
lazyMap(['menu_button'], () => import('./widgets/menu_button.js'));
lazyMap(['dialog'], () => import('./elements/dialog.js'));
register({ ...expander });
registerLazy(['vega_lite_chart'], () => import('./elements/charts/vega.js'));
registerLazy(['plotly_chart'], () => import('./elements/charts/plotly.js'));
registerLazy(['graphviz_chart'], () => import('./elements/charts/graphviz.js'));
registerLazy(['echarts_chart'], () => import('./elements/charts/echarts.js'));
registerLazy(['deck_gl_json_chart'], () => import('./elements/charts/deck.js'));
// KaTeX: fetched the first time a page draws st.latex
registerLazy(['latex'], () => import('./math.js'), 'Latex');
// st.components.v2 components: the app's HTML/CSS/JS module, run in the page
registerLazy(['bidi_component'], () => import('./elements/bidi_component.js'));
register({ ...grid });
lazyMap(['tabs', 'tab', 'popover'], () => withCss(import('./elements/tabs.js'), 'tabs', 'after'));
lazyMap(['json'], () => withCss(import('./elements/json.js'), 'json', 'after'));
lazyMap(['number_input'], () => import('./widgets/number_input.js'));
lazyMap(['selectbox', 'multiselect'], () => withCss(import('./widgets/select.js'), 'select', 'after'));
lazyMap(['metric'], () => withCss(import('./elements/metric.js'), 'metric', 'after'));
lazyMap(['balloons', 'snow'], () => import('./elements/celebration.js'));
lazyMap(['page_link'], () => import('./elements/page_link.js'));
lazyMap(['pills', 'segmented_control'], () => import('./widgets/button_group.js'));
lazyMap(['space', 'skeleton'], () => import('./elements/space.js'));
lazyMap(['audio', 'video', 'pdf', 'iframe'], () => withCss(import('./elements/media.js'), 'media', 'after'));

/**
 * Register `kinds`, drawn by the components of a module's default export
 * ({kind: Component}), as lazily loaded (registerLazy): one fetch of the module for all of them.
 * @param {string[]} kinds @param {() => Promise<{default: Record<string, any>}>} load
 */
function lazyMap(kinds, load) {
  /** @type {Promise<{default: Record<string, any>}> | null} */
  let mod = null;
  const once = () => (mod ??= load().catch((e) => { mod = null; throw e; }));
  for (const k of kinds) registerLazy([k], () => once().then((m) => ({ default: m.default[k] })));
}

let instances = 0;

/**
 * @typedef {Object} Renderer
 * @property {(msg: {type: 'render', run: number, tree: Record<string, any>, page?: string, pages?: any[],
 *   query?: string, banner?: any, clear_forms?: string[], page_config?: Record<string, any>}) => void} render
 *   patch the DOM to a run's tree
 * @property {(msg: {type: 'status', stage: string, detail?: string}) => void} status  show the loading view
 * @property {(msg: {type: 'fatal', stage: string, error: string}) => void} fatal  show the error view
 * @property {(msg: {reason?: unknown}) => void} refused  show why a message was refused (notices.js)
 * @property {(msg: {text: string}) => void} notice  show what the app runs without (a requirement not installed; notices.js)
 * @property {() => void} destroy  unmount
 */

/**
 * @param {Element} rootElement where the app is drawn (its content is replaced)
 * @param {{send: (msg: object) => void, pageHref?: (urlPath: string) => string, runState?: RunState, frameURL?: string}} opts
 *   send posts an up message to the worker; pageHref makes the href of a page link
 *   (default "#/<url_path>"; clicks are intercepted and sent as navigate); runState
 *   drives the toolbar (running indicator, Stop, main menu; see toolbar.js); frameURL is
 *   dist/frame.html, the document HTML frames load so their scripts run under its own policy.
 * @returns {Renderer}
 */
export function createRenderer(rootElement, { send, pageHref, runState, frameURL } = /** @type {any} */ ({})) {
  const store = new WidgetStore();
  /** Values of on_change="ignore" widgets, sent with the next update (no rerun of their own). */
  const deferred = new Map();
  const withDeferred = (m) => {
    if (!deferred.size || !m || m.type !== 'update') return m;
    const ids = new Set((m.changes || []).map((c) => c.id));
    const changes = [...[...deferred.values()].filter((c) => !ids.has(c.id)), ...(m.changes || [])];
    deferred.clear();
    return { ...m, changes };
  };
  /** @type {import('./context.js').RenderCtx} */
  const ctx = {
    store,
    views: /** @type {Views|null} */ (null), // (set below: the mounted node views, direct.js)
    stale: /** @type {Set<string>} */ (new Set()), // the ids shown stale (stale.js); replaced by each render
    send: (m) => send && send(withDeferred(m)),
    defer: (change) => { deferred.set(change.id, change); },
    prefix: `tl${instances++}-`,
    pageHref: pageHref || ((p) => '#/' + p),
    frameURL: frameURL || null,
    toasts: new Toasts(),
    notices: new Notices(),
    runState: runState || new RunState({
      rerun: () => send && send(withDeferred({ type: 'update', changes: [], trigger: null })),
      stop: null,
      clearCache: () => send && send({ type: 'clear_cache' }),
      setRunOnSave: null,
    }),
  };
  const toolbarRoot = () => rootElement;
  /** @type {{view: 'status'|'fatal'|'app', status?: any, fatal?: any, msg?: any, tree?: any}} */
  let state = { view: 'status', status: { stage: 'runtime', detail: '' } };
  let tree = null;
  let lastMsg = null;
  /** chromeOf() the last render message (direct.js) */
  let lastChrome = '';
  const views = new Views();
  ctx.views = views;
  /** @type {Promise<void> | null} a paint waiting for the marked chunk */
  let held = null;
  let destroyed = false;
  rootElement.classList.add('tl-root');

  // The same vnodes on every paint: Preact then skips them (they follow the
  // run state and the notices themselves), so a rerun does not re-render them.
  const makeBar = () => html`<${Toolbar} root=${toolbarRoot} /><${RunNotice} /><${NoticeList} />`;
  let barVNodes = makeBar();
  /**
   * Paint the app's state, and only then say on the root which run it shows and whether
   * that run is still going: a component's script waits for a finished run to be in the
   * page (bidi_component.js drawn()), so a paint held for the Markdown chunk must not say
   * "finished" before its elements are there (markdown_links' script found no links).
   */
  const paintRun = (/** @type {Array<[any, any]>|null} */ leaves = null, /** @type {Set<string>|null} */ restyled = null) => {
    const m = state.view === 'app' ? state.msg : null;
    if (m && typeof m.run === 'number') rootElement.setAttribute('data-run', String(m.run));
    if (m) rootElement.toggleAttribute('data-running', !!m.running); // (a live run's partial tree: see bidi_component.js)
    if (leaves) updateNow(leaves); // (direct.js)
    else paint();
    // the views the paint did not re-render whose staleness changed (stale.js)
    if (restyled?.size) restyleStale(restyled, ctx.stale, views);
  };
  const paint = () => {
    let body;
    if (state.view === 'fatal') body = html`<${FatalView} fatal=${state.fatal} />`;
    else if (state.view === 'status' || !state.tree) body = html`<${StatusView} status=${state.status} />`;
    else body = html`<${Shell} msg=${state.msg} tree=${state.tree} />`;
    const bar = state.view === 'fatal' ? null : barVNodes;
    preactRender(html`<${Ctx.Provider} value=${ctx}>${bar}${body}</${Ctx.Provider}>`, rootElement);
  };

  return {
    render(msg) {
      // A compile error may come without a tree: keep the previous one under the banner.
      const next = msg.tree || (lastMsg && lastMsg.tree) || {};
      const forced = store.sync({ tree: next, clear_forms: msg.clear_forms, stale: msg.stale });
      const nowStale = new Set(Array.isArray(msg.stale) ? msg.stale : []);
      // (the marks of the views whose staleness changed: put on after the paint, stale.js)
      const restyled = ctx.stale.size || nowStale.size ? staleChanges(ctx.stale, nowStale) : null;
      ctx.stale = nowStale;
      // (without a tree the kept one stays as it is: toasts and balloons do not replay)
      const shown = state.view === 'app' && !held ? state.tree : null; // the tree on the page
      if (msg.tree || !tree || forced.size) {
        const sameRun = !!lastMsg && lastMsg.run === msg.run && !!lastMsg.running;
        tree = intern(tree, next, forced, sameRun);
      }
      const chrome = chromeOf(msg);
      // only leaves changed (staleness aside), and nothing else the shell draws: update their views alone
      // (a compile error takes the full paint even when it is the last one again: its dialog opens at each run)
      const leaves = shown && chrome === lastChrome && !msg.banner ? views.leaves(shown, tree) : null;
      lastChrome = chrome;
      lastMsg = { ...msg, tree: next };
      if (msg.theme) applyTheme(rootElement, msg.theme, ctx.notices); // [theme] of config.toml (render/theme.js)
      state = { view: 'app', msg, tree };
      if (!markdownReady() && (needsMarkdown(tree) || needsMarkdown([msg.banner, msg.pages, msg.nav, msg.page_config]))) {
        // the marked chunk first (markdown.js): no body is drawn before it can be
        // (then every mounted view's stale mark, as the renders held meanwhile left it)
        held ??= loadMarkdown().catch(() => {}).then(() => { held = null; if (!destroyed) paintRun(null, new Set(views.byId.keys())); });
        return;
      }
      paintRun(leaves, restyled);
    },
    status(msg) {
      if (state.view === 'app') return; // loading is over; ignore late progress
      state = { view: 'status', status: msg };
      paint();
    },
    fatal(msg) {
      state = { view: 'fatal', fatal: msg };
      paint();
    },
    refused(msg) {
      ctx.notices.add(noticeText(msg));
      barVNodes = makeBar(); // new vnodes: this paint re-renders the notices at once
      if (state.view !== 'fatal') paint();
    },
    notice(msg) {
      ctx.notices.add(String(msg.text ?? ''));
      barVNodes = makeBar();
      if (state.view !== 'fatal') paint();
    },
    destroy() {
      destroyed = true;
      ctx.toasts.clear();
      preactRender(null, rootElement);
    },
  };
}
export { preloadLazy } from './registry.js';
export { loadMarkdown } from './markdown.js';
