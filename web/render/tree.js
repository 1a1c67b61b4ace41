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

/** @type {WeakMap<object, any>} a message's node -> the interned node made of it.  A patched render
 * hands back the very node objects of the subtrees it did not change (web/protocol.js applyPatch), whose
 * interned nodes are then the ones on the page: taken as they are, without a visit of every node below
 * (10,000 of them on a page of 10,000 elements, on every click). */
const MADE = new WeakMap();
/** @type {WeakSet<object>} interned nodes with a transient element in their subtree */
const HAS_TRANSIENT = new WeakSet();

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
  /** @type {Map<string, any>|null} id -> node of the previous tree, made when a node is not where it was */
  let prev = null;
  const previous = (/** @type {string} */ id) => {
    if (!prev) {
      prev = new Map();
      if (prevTree) for (const k in prevTree) index(prevTree[k], prev);
    }
    return prev.get(id);
  };
  // (a forced id may lie below an unchanged node: then every node is visited)
  const reuse = !forced.size;
  /** @param {any} n a node of the message @param {any} hint the previous tree's node at its place, if any */
  const visit = (n, hint) => {
    if (reuse) {
      const made = MADE.get(n);
      if (made && (sameRun || !HAS_TRANSIENT.has(made))) return made;
    }
    const p = hint && hint.id === n.id ? hint : previous(n.id);
    let kids = n.children;
    let kidsSame = true;
    let transient = TRANSIENT.has(n.kind);
    if (kids) {
      const out = new Array(kids.length);
      const pk = p && p.children;
      for (let i = 0; i < kids.length; i++) {
        const c = (out[i] = visit(kids[i], pk && pk[i]));
        if (!transient && HAS_TRANSIENT.has(c)) transient = true;
      }
      kids = out;
    }
    const sig = n.props ? propsJson(n.props) : '{}';
    let node = null;
    if (p && p.kind === n.kind && !forced.has(n.id) && SIG.get(p) === sig && (sameRun || !TRANSIENT.has(n.kind))) {
      const pk = p.children;
      if (!kids && !pk) node = p;
      else if (kids && pk && kids.length === pk.length) {
        for (let i = 0; i < kids.length; i++) if (kids[i] !== pk[i]) { kidsSame = false; break; }
        if (kidsSame) node = p;
      }
    }
    if (!node) {
      node = { id: n.id, kind: n.kind, props: n.props || {} };
      if (kids) node.children = kids;
      SIG.set(node, sig);
    }
    if (transient) HAS_TRANSIENT.add(node);
    if (typeof n === 'object') MADE.set(n, node); // (a malformed message may hold anything)
    return node;
  };
  /** @type {Record<string, any>} */
  const out = {};
  for (const k in nextTree) if (nextTree[k]) out[k] = visit(nextTree[k], prevTree ? prevTree[k] : undefined);
  return out;
}
