// Stale elements: while a run streams, the previous run's elements it has not
// reached yet stay on the page, faded (as Streamlit's do), until the run
// passes them or ends.  The renderer marks those node objects here; NodeView
// puts the class on its element when it mounts or updates (a node whose
// staleness changes is a new object, so its view updates).

/** @type {WeakSet<object>} interned nodes shown stale */
export const STALE = new WeakSet();

/**
 * Put or take away the class.  A view that never was stale touches nothing
 * (classList.toggle costs even when it changes nothing, on every updated
 * view of every rerun).
 * @param {{base?: any, props: {node: object}, direct?: object|null, staleEl?: any}} view  a mounted NodeView
 */
export function markStale(view) {
  const el = view.base;
  if (STALE.has(view.direct || view.props.node)) {
    if (view.staleEl && view.staleEl !== el) view.staleEl.classList.remove('tl-stale');
    if (el && el.classList) el.classList.add('tl-stale');
    view.staleEl = el;
  } else if (view.staleEl) {
    view.staleEl.classList.remove('tl-stale');
    view.staleEl = null;
  }
}

/**
 * Ids whose staleness differs between two renders (they must be re-rendered).
 * @param {Set<string>} before @param {Set<string>} after
 */
export function staleChanges(before, after) {
  const out = new Set();
  for (const id of before) if (!after.has(id)) out.add(id);
  for (const id of after) if (!before.has(id)) out.add(id);
  return out;
}

/** Mark the nodes of an interned tree whose ids are stale. @param {Record<string, any>} tree @param {Set<string>} ids */
export function markTree(tree, ids) {
  if (!ids.size) return;
  const walk = (n) => {
    if (ids.has(n.id)) STALE.add(n);
    if (n.children) for (const c of n.children) walk(c);
  };
  for (const k in tree) if (tree[k]) walk(tree[k]);
}
