// Stale elements: while a run streams, the previous run's elements it has not
// reached yet stay on the page, faded (as Streamlit's do), until the run
// passes them or ends.  Staleness belongs to a node's id, not to its object:
// a mid-run render of a page of 10,000 elements marks nearly all of them stale
// and the next one clears them, and giving each a new object (so that its view
// re-rendered to put the class on) made every such render re-render the whole
// page twice (BENCHMARKS.md, "Scale").  The renderer keeps the stale ids; a view
// puts the class on its element when it mounts or updates, and the renderer puts
// it on or takes it off the elements of the views whose id changed staleness
// without anything else changing (restyle()).

/**
 * Put or take away the class.  A view that never was stale touches nothing
 * (classList.toggle costs even when it changes nothing, on every updated
 * view of every rerun).
 * @param {{base?: any, props: {node: {id: string}}, direct?: {id: string}|null, staleEl?: any}} view  a mounted NodeView
 * @param {Set<string>|undefined} staleIds  the ids shown stale now
 */
export function markStale(view, staleIds) {
  const el = view.base;
  if (staleIds?.size && staleIds.has((view.direct || view.props.node).id)) {
    if (view.staleEl && view.staleEl !== el) view.staleEl.classList.remove('tl-stale');
    if (el && el.classList) el.classList.add('tl-stale');
    view.staleEl = el;
  } else if (view.staleEl) {
    view.staleEl.classList.remove('tl-stale');
    view.staleEl = null;
  }
}

/**
 * Ids whose staleness differs between two renders.
 * @param {Set<string>} before @param {Set<string>} after
 */
export function staleChanges(before, after) {
  const out = new Set();
  for (const id of before) if (!after.has(id)) out.add(id);
  for (const id of after) if (!before.has(id)) out.add(id);
  return out;
}

/**
 * After a paint: the class of every mounted view of the ids whose staleness changed
 * (those the paint re-rendered have it already; markStale changes nothing twice).
 * @param {Iterable<string>} ids  from staleChanges()
 * @param {Set<string>} staleIds  the ids shown stale now
 * @param {import('./direct.js').Views} views  the mounted node views
 */
export function restyle(ids, staleIds, views) {
  for (const id of ids) {
    const drawing = views.byId.get(id);
    if (drawing) for (const view of drawing) markStale(view, staleIds);
  }
}
