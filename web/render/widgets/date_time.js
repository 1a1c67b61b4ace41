// st.date_input (native date inputs; two for a range) and st.time_input,
// committed on change.
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

/** "2024-01-02" in a Streamlit date format ("DD/MM/YYYY"): the value as the app asked to show it. */
export function formatDate(value, format) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  if (!m) return '';
  return String(format || 'YYYY/MM/DD').replace('YYYY', m[1]).replace('MM', m[2]).replace('DD', m[3]);
}

/** The date(s) in props.format, tied to the inputs by aria-describedby. */
function Shown({ id, vals, format }) {
  const parts = vals.map((v) => formatDate(v, format)).filter(Boolean);
  return parts.length ? html`<div class="tl-caption tl-datetime-shown" id=${id}>${parts.join(' – ')}</div>` : null;
}

function hidden(node) {
  const v = node.props.label_visibility;
  return v && v !== 'visible';
}

function DateInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const val = w.e.value;
  const name = ariaName(node);
  if (p.range) {
    const vals = Array.isArray(val) ? val : [];
    const labelId = w.id + '-label';
    const set = (i) => (ev) => {
      const nv = [vals[0] || '', vals[1] || ''];
      nv[i] = ev.currentTarget.value;
      w.commit(nv.filter(Boolean));
    };
    return html`<div ...${elAttrs(node)}>
      <${Label} node=${node} tag="div" labelId=${labelId} />
      <div class="tl-date-range" role="group" aria-labelledby=${labelId}>
        <input class="tl-input" type="date" id=${w.id} value=${vals[0] || ''} min=${p.min || undefined} max=${p.max || undefined}
          disabled=${!!p.disabled} aria-label=${name + ' start'} onChange=${set(0)} />
        <span aria-hidden="true">–</span>
        <input class="tl-input" type="date" id=${w.id + '-end'} value=${vals[1] || ''} min=${vals[0] || p.min || undefined} max=${p.max || undefined}
          disabled=${!!p.disabled} aria-label=${name + ' end'} onChange=${set(1)} />
      </div>
      <${Shown} id=${w.id + '-shown'} vals=${vals} format=${p.format} />
    </div>`;
  }
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <input class="tl-input" type="date" id=${w.id} value=${val || ''} min=${p.min || undefined} max=${p.max || undefined}
      disabled=${!!p.disabled} aria-label=${hidden(node) ? name : undefined} required=${!!p.required}
      aria-describedby=${val ? w.id + '-shown' : undefined}
      onChange=${(ev) => w.commit(ev.currentTarget.value || null)} />
    <${Shown} id=${w.id + '-shown'} vals=${val ? [val] : []} format=${p.format} />
  </div>`;
}

function TimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const step = p.step || 900;
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <input class="tl-input" type="time" id=${w.id} value=${w.e.value || ''} step=${step}
      disabled=${!!p.disabled} aria-label=${hidden(node) ? ariaName(node) : undefined}
      onChange=${(ev) => w.commit(ev.currentTarget.value || null)} />
  </div>`;
}

export default { date_input: DateInput, time_input: TimeInput };
