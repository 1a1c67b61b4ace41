// Stale elements: while a run streams, the previous run's elements it has not
// reached yet stay on the page, faded (as Streamlit's do), until the run
// passes them or ends.  The renderer marks those node objects here; NodeView
// puts the class on its element when it mounts or updates (a node whose
// staleness changes is a new object, so its view updates).

/** @type {WeakSet<object>} interned nodes shown stale */
export const STALE = new WeakSet();

/** @param {{base?: any, props: {node: object}}} view  a mounted NodeView */
export function markStale(view) {
  const el = view.base;
  if (el && el.classList) el.classList.toggle('tl-stale', STALE.has(view.props.node));
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
