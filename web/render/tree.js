// Structural sharing between successive render trees: a node whose kind,
// props and children are unchanged keeps the previous run's object, so the
// memoised NodeView skips it (a rerun re-renders only what changed).
// Transient elements (balloons, snow, toast) are new in every run that has
// them, so they play again.

const TRANSIENT = new Set(['balloons', 'snow', 'toast']);

/** @type {WeakMap<object, string>} node -> JSON of its props */
const SIG = new WeakMap();
/** @type {WeakMap<object, string>} props object of a message -> its JSON.  A patched
 * render (web/protocol.js applyPatch) hands back the very props objects of the
 * nodes it did not change, so their JSON is not computed again. */
const PROPS_JSON = new WeakMap();

function propsJson(props) {
  let s = PROPS_JSON.get(props);
  if (s === undefined) {
    s = JSON.stringify(props);
    PROPS_JSON.set(props, s);
  }
  return s;
}

function index(node, map) {
  if (!node) return;
  map.set(node.id, node);
  if (node.children) for (const c of node.children) index(c, map);
}

/**
 * @param {Record<string, any>|null} prevTree previous (interned) tree, by root name
 * @param {Record<string, any>} nextTree the tree of the new render message
 * @param {Set<string>} forced ids that must be treated as changed
 * @param {boolean} [sameRun] the next tree is the same run as the previous (a
 *   streamed run going on): transient elements it already showed do not play again
 * @returns {Record<string, any>}
 */
export function intern(prevTree, nextTree, forced, sameRun = false) {
  const prev = new Map();
  if (prevTree) for (const k in prevTree) index(prevTree[k], prev);
  const visit = (n) => {
    let kids = n.children;
    let kidsSame = true;
    if (kids) {
      const out = new Array(kids.length);
      for (let i = 0; i < kids.length; i++) out[i] = visit(kids[i]);
      kids = out;
    }
    const sig = n.props ? propsJson(n.props) : '{}';
    const p = prev.get(n.id);
    if (p && p.kind === n.kind && !forced.has(n.id) && SIG.get(p) === sig && (sameRun || !TRANSIENT.has(n.kind))) {
      const pk = p.children;
      if (!kids && !pk) return p;
      if (kids && pk && kids.length === pk.length) {
        for (let i = 0; i < kids.length; i++) if (kids[i] !== pk[i]) { kidsSame = false; break; }
        if (kidsSame) return p;
      }
    }
    const node = { id: n.id, kind: n.kind, props: n.props || {} };
    if (kids) node.children = kids;
    SIG.set(node, sig);
    return node;
  };
  /** @type {Record<string, any>} */
  const out = {};
  for (const k in nextTree) if (nextTree[k]) out[k] = visit(nextTree[k]);
  return out;
}
