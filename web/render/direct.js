// Updates in place: a rerun that changed only some leaves of the tree (a count
// in a Markdown line, a widget's value) re-renders the views of those leaves
// and nothing else, instead of painting from the root (the app shell, the
// header, every container on the way down).  That is the common rerun after a
// click, and the root's paint was most of the page's share of a click's
// latency (issue 16, BENCHMARKS.md).  Anything else — a node added, removed,
// moved or of another kind, a container's own props, the page's chrome (pages,
// config, logo, banner), stale elements — takes the full paint.

import { options } from 'preact';

/**
 * Draw each leaf's new node in its view, synchronously: the views are queued
 * for Preact's re-render, and the queue is run now rather than in a microtask
 * (Preact's `options.debounceRendering` hook), so that, as after a full paint,
 * the page shows the run when render() returns.
 * @param {Array<[any, any]>} leaves  from Views.leaves()
 */
export function updateNow(leaves) {
  const before = options.debounceRendering;
  /** @type {(() => void)|null} */
  let flush = null;
  options.debounceRendering = (cb) => { flush = cb; };
  try {
    for (const [view, node] of leaves) view.update(node);
  } finally {
    options.debounceRendering = before;
  }
  /** @type {any} */ (flush)?.();
}

/**
 * Containers whose view draws its own props and its children, and never looks
 * at a child's props (web/render/layout.js): a leaf below them may change alone.
 */
const PASS = new Set(['block', 'container', 'empty', 'transparent', 'columns', 'column']);

/**
 * The fields of a render message the renderer itself takes care of on the fast path;
 * any other field that differs from the last render's (pages, page_config, logo, nav,
 * banner, theme, and any field added later) takes the full paint.
 */
const HANDLED = new Set(['type', 'run', 'running', 'tree', 'stale', 'clear_forms', 'fragments', 'patched', 'query']);

/** The JSON of a render message's other fields, to compare with the last render's. @param {Record<string, any>} msg */
export function chromeOf(msg) {
  /** @type {Record<string, any>} */
  const rest = {};
  for (const k of Object.keys(msg).sort()) if (!HANDLED.has(k)) rest[k] = msg[k];
  return JSON.stringify(rest);
}

/** Mounted node views by node id, for one renderer. */
export class Views {
  constructor() {
    /** @type {Map<string, Set<any>>} the views drawing each id (updated in place only when one) */
    this.byId = new Map();
  }

  /** @param {any} view a NodeView that mounted, or updated (it may draw another id now) */
  add(view) {
    const id = view.props.node.id;
    if (view.viewId === id) return;
    this.remove(view);
    view.viewId = id;
    const set = this.byId.get(id);
    if (set) set.add(view);
    else this.byId.set(id, new Set([view]));
  }

  /** @param {any} view a NodeView that unmounts */
  remove(view) {
    const set = view.viewId === undefined ? undefined : this.byId.get(view.viewId);
    if (set) {
      set.delete(view);
      if (!set.size) this.byId.delete(view.viewId);
    }
    view.viewId = undefined;
  }

  /** The one view drawing `id`, or null (none, or more than one). @param {string} id */
  only(id) {
    const set = this.byId.get(id);
    return set && set.size === 1 ? set.values().next().value : null;
  }

  /**
   * The views to update and the nodes they now draw, when the new tree differs from
   * the one on the page only in leaves (nodes without children, of the same kind,
   * under PASS containers whose own props and children's ids are unchanged), each
   * drawn by exactly one mounted view; else null.
   * @param {Record<string, any>} before  the interned tree on the page
   * @param {Record<string, any>} after   the interned tree of the new render
   * @returns {Array<[any, any]>|null}
   */
  leaves(before, after) {
    /** @type {Array<[any, any]>} */
    const out = [];
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) if (!this.walk(before[k], after[k], out)) return null;
    return out;
  }

  /** @returns {boolean} whether the change from `a` to `b` is leaves only (collected in `out`) */
  walk(a, b, out) {
    if (a === b) return true;
    if (!a || !b || a.id !== b.id || a.kind !== b.kind) return false;
    const ka = a.children;
    const kb = b.children;
    if (!ka && !kb) {
      const view = this.only(b.id);
      if (!view || (view.direct || view.props.node) !== a) return false;
      out.push([view, b]);
      return true;
    }
    if (!ka || !kb || ka.length !== kb.length || !PASS.has(b.kind) || JSON.stringify(a.props) !== JSON.stringify(b.props)) return false;
    for (let i = 0; i < ka.length; i++) if (!this.walk(ka[i], kb[i], out)) return false;
    return true;
  }
}
