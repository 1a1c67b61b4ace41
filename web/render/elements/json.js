// st.json: a collapsible tree (<details> per object/array).  props.expanded is
// true/false or the depth to open.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

function Scalar({ v }) {
  if (v === null) return html`<span class="tl-json-null">null</span>`;
  if (typeof v === 'string') return html`<span class="tl-json-str">"${v}"</span>`;
  if (typeof v === 'number') return html`<span class="tl-json-num">${String(v)}</span>`;
  if (typeof v === 'boolean') return html`<span class="tl-json-bool">${String(v)}</span>`;
  return html`<span>${String(v)}</span>`;
}

function Value({ k, v, depth, open }) {
  const key = k == null ? null : html`<span class="tl-json-key">${typeof k === 'number' ? k : `"${k}"`}</span>: `;
  if (v === null || typeof v !== 'object') return html`<div class="tl-json-row">${key}<${Scalar} v=${v} /></div>`;
  const arr = Array.isArray(v);
  const entries = arr ? v.map((x, i) => [i, x]) : Object.entries(v);
  const [o, c] = arr ? ['[', ']'] : ['{', '}'];
  if (!entries.length) return html`<div class="tl-json-row">${key}${o}${c}</div>`;
  return html`<details class="tl-json-node" open=${depth < open}>
    <summary>${key}${o}<span class="tl-json-more">${entries.length} item${entries.length === 1 ? '' : 's'}${c}</span></summary>
    <div class="tl-json-children">${entries.map(([ck, cv]) => html`<${Value} key=${ck} k=${ck} v=${cv} depth=${depth + 1} open=${open} />`)}</div>
    <div class="tl-json-close">${c}</div>
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
