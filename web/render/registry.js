// Node kind -> component registry and the memoised node view.
import { Component } from 'preact';
import { html } from './html.js';
import { markStale } from './stale.js';
import { Ctx } from './context.js';
import { keyClass } from './st_classes.js';

/**
 * @typedef {{id: string, kind: string, props: Record<string, any>, children?: TreeNode[]}} TreeNode
 */

/** @type {Record<string, (p: {node: TreeNode} & Record<string, any>) => any>} */
export const KINDS = {};

/** Register components by node kind. */
export function register(map) {
  Object.assign(KINDS, map);
}

/**
 * Register kinds whose component lives in a lazily loaded chunk (charts, math,
 * grids): `load` is `() => import('./elements/x.js')`, a module whose export
 * `name` (default: `default`) is the component.  The chunk is fetched the first
 * time a node of one of these kinds is drawn; until then a placeholder holds
 * its place, and a failed load is shown in the page.
 * @param {string[]} kinds
 * @param {() => Promise<Record<string, any>>} load
 * @param {string} [name]
 */
export function registerLazy(kinds, load, name = 'default') {
  /** @type {Promise<any> | null} */
  let pending = null;
  /** @type {any} */
  let loaded = null;
  const ensure = () => (pending ??= load().then((m) => { loaded = m[name]; }));
  for (const k of kinds) LOADERS.set(k, () => ensure().catch((e) => { pending = null; throw e; }));
  class Lazy extends Component {
    componentDidMount() {
      if (loaded) return;
      ensure();
      pending.then(() => this.setState({ ready: true }), (e) => {
        pending = null;
        this.setState({ error: String(e && e.message || e) });
      });
    }

    render(props, state) {
      if (loaded) return html`<${loaded} ...${props} />`;
      if (state.error) return html`<div class="tl-el tl-lazy-error" role="alert">Could not load the code for <code>${props.node.kind}</code>: ${state.error}</div>`;
      return html`<div class="tl-el tl-lazy" aria-busy="true" data-kind=${props.node.kind}></div>`;
    }
  }
  register(Object.fromEntries(kinds.map((k) => [k, Lazy])));
}

/** Each lazily registered kind's loader (registerLazy). */
const LOADERS = new Map();

/**
 * Fetch the chunks of `kinds` now (those not registered lazily are ignored):
 * once it resolves, their nodes draw at once, with no placeholder first.
 * @param {string[]} kinds
 */
export function preloadLazy(kinds) {
  return Promise.all(kinds.map((k) => LOADERS.get(k)?.()));
}

function Unknown({ node }) {
  return html`<div class="tl-el tl-unknown" data-kind=${node.kind}>Unsupported element: <code>${node.kind}</code></div>`;
}

/**
 * Renders one node.  Re-renders only when the node object (or another prop)
 * changed: unchanged subtrees keep their identity across reruns (see tree.js),
 * so a rerun touches only what changed.
 */
export class NodeView extends Component {
  shouldComponentUpdate(next) {
    const cur = this.props;
    let changed = false;
    for (const k in next) if (next[k] !== cur[k]) changed = true;
    for (const k in cur) if (!(k in next)) changed = true;
    if (changed && next.node !== cur.node) this.direct = null; // the parent's node is the newest
    return changed;
  }

  componentDidMount() {
    this.context?.views?.add(this);
    markStale(this, this.context?.stale);
  }

  componentWillUnmount() {
    this.context?.views?.remove(this);
  }

  componentDidUpdate() {
    this.context?.views?.add(this); // (a view given a node of another id)
    markStale(this, this.context?.stale);
  }

  /**
   * Draw `node` (this view's node in a newer tree) without its ancestors
   * re-rendering: direct.js, for a rerun that changed only leaves.
   * @param {TreeNode} node
   */
  update(node) {
    this.direct = node;
    this.forceUpdate();
  }

  render(props) {
    const node = this.direct || props.node;
    const k = node.kind;
    const C = KINDS[k] || Unknown;
    const el = node === props.node ? html`<${C} ...${props} />` : html`<${C} ...${props} node=${node} />`;
    if (BARE.has(k) || (k === 'empty' && node.children && node.children.length)) return el;
    if (LAYOUT.has(k)) {
      return html`<div class=${'tl-wrap' + (k === 'expander' || k === 'popover' ? keyClass(node) : '')} data-testid="stLayoutWrapper">${el}</div>`;
    }
    return html`<div class=${'tl-wrap stElementContainer element-container' + keyClass(node)} data-testid="stElementContainer">${el}</div>`;
  }
}

// 1.67 wraps each element in its block in an stElementContainer (class element-container) and each
// layout block (container, columns, form, expander, popover, chat message, grid) in an stLayoutWrapper.
// Apps' CSS names them ("[data-testid=stElementContainer]:has(.marker) + div button", "...
// > [data-testid=stElementContainer]"), and a keyed widget's st-key- class is on its element container.
// tablit's wrappers are display: contents (tablit.css .tl-wrap), so they draw no box: an element lays
// out as it did without one, and a rule that hides a wrapper hides its element.
const LAYOUT = new Set(['container', 'columns', 'form', 'expander', 'popover', 'chat_message', 'grid']);
/** Nodes drawn without a wrapper: a block's own parts and roots (an empty that holds something is
 * replaced by it in 1.67, so only its content is wrapped). */
const BARE = new Set(['block', 'column', 'tab', 'tabs', 'grid_cell', 'transparent', 'dialog']);
NodeView.contextType = Ctx;

/** Keyed children of a block. */
export function children(nodes) {
  if (!nodes) return null;
  return nodes.map((n) => html`<${NodeView} key=${n.id} node=${n} />`);
}

/**
 * The column that holds a container's children inside its frame (an
 * expander's, a tab's, a popover's, a form's, a dialog's body), named as
 * 1.67 names it: apps' CSS and tests reach into containers through
 * '[data-testid="stExpander"] [data-testid="stVerticalBlock"]'.
 * @param {{children?: any}} props
 */
export function VerticalBlock({ children: kids }) {
  return html`<div class="tl-block" data-testid="stVerticalBlock">${kids}</div>`;
}
