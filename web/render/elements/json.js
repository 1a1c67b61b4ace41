// st.json: a collapsible tree (<details> per object/array).  props.expanded is
// true/false or the depth to open.
//
// Nesting is capped: below MAX_DEPTH levels a value is shown as one line of
// JSON text after a visible marker, so a body nested hundreds of levels deep
// (which JSON allows) neither overflows the stack of the component tree nor
// builds a DOM too deep to lay out.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

export const MAX_DEPTH = 64;
const MAX_TEXT = 5000;

function Scalar({ v }) {
  if (v === null) return html`<span class="tl-json-null">NULL</span>`;
  if (typeof v === 'string') return html`<span class="tl-json-str">"${v}"</span>`;
  if (typeof v === 'number') return html`<span class=${Number.isInteger(v) ? 'tl-json-int' : 'tl-json-float'}>${String(v)}</span>`;
  if (typeof v === 'boolean') return html`<span class="tl-json-bool">${String(v)}</span>`;
  return html`<span>${String(v)}</span>`;
}

/** A key and its colon: an object's key in quotes, an array's index bare (1.67's look). */
function Key({ k }) {
  if (k == null) return null;
  return html`<span class=${typeof k === 'number' ? 'tl-json-index' : 'tl-json-key'}>${typeof k === 'number' ? k : `"${k}"`}</span><span class="tl-json-colon">:</span>`;
}

// 1.67's triangles: pointing down when open, right when closed (drawn in the theme's colours by CSS)
const Icons = () => html`<span class="tl-json-icon" aria-hidden="true"><svg class="tl-json-open" viewBox="0 0 15 15"><path d="M0 5l6 6 6-6z" /></svg><svg class="tl-json-shut" viewBox="0 0 15 15"><path d="M0 14l6-6-6-6z" /></svg></span>`;

/** How many levels of arrays/objects `v` holds (without recursion). */
export function nestingDepth(v) {
  let max = 0;
  /** @type {[any, number][]} */
  const stack = [[v, 0]];
  while (stack.length) {
    const [x, d] = /** @type {[any, number]} */ (stack.pop());
    if (x === null || typeof x !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    for (const c of Array.isArray(x) ? x : Object.values(x)) if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
  }
  return max;
}

/** One line of JSON text for a too-deep value (cut at MAX_TEXT characters). */
function flatText(v) {
  let s;
  try {
    s = JSON.stringify(v);
  } catch {
    s = '(too deep to show as text)';
  }
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '…' : s;
}

function Deep({ k, v }) {
  return html`<div class="tl-json-row tl-json-deep"><${Key} k=${k} /><span class="tl-json-marker" role="note">… ${nestingDepth(v)} more nested levels, shown as text:</span> <code class="tl-json-flat">${flatText(v)}</code></div>`;
}

function Value({ k, v, depth, open }) {
  if (v === null || typeof v !== 'object') return html`<div class="tl-json-row"><${Key} k=${k} /><${Scalar} v=${v} /></div>`;
  if (depth >= MAX_DEPTH) return html`<${Deep} k=${k} v=${v} />`;
  const arr = Array.isArray(v);
  const entries = arr ? v.map((x, i) => [i, x]) : Object.entries(v);
  const [o, c] = arr ? ['[', ']'] : ['{', '}'];
  // (an empty one is drawn closed, with nothing to open)
  if (!entries.length) return html`<div class="tl-json-row tl-json-empty"><${Icons} /><${Key} k=${k} /><span class="tl-json-brace">${o}${c}</span></div>`;
  return html`<details class="tl-json-node tl-json-row" open=${depth < open}>
    <summary><${Icons} /><${Key} k=${k} /><span class="tl-json-brace">${o}</span><span class="tl-json-more" aria-label=${`${entries.length} item${entries.length === 1 ? '' : 's'}`}>...</span><span class="tl-json-brace tl-json-more">${c}</span></summary>
    <div class="tl-json-children">${entries.map(([ck, cv]) => html`<${Value} key=${ck} k=${ck} v=${cv} depth=${depth + 1} open=${open} />`)}</div>
    <span class="tl-json-brace tl-json-close">${c}</span>
  </details>`;
}

function Json({ node }) {
  const p = node.props;
  let data;
  try {
    data = JSON.parse(p.body);
  } catch {
    data = p.body;
  }
  const open = p.expanded === false ? 0 : p.expanded === true || p.expanded == null ? Infinity : +p.expanded;
  return html`<div ...${elAttrs(node)}><div class="tl-json"><${Value} v=${data} depth=${0} open=${open} /></div></div>`;
}

export default { json: Json };
