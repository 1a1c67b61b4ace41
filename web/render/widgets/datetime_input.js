// st.datetime_input: a native <input type="datetime-local"> (min, max, step),
// committed on change; the value is also shown in the app's date format.
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

/** "2024-01-02T09:30" in a Streamlit date format ("DD/MM/YYYY") plus the time. */
export function formatDateTime(value, format) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
  if (!m) return '';
  const date = String(format || 'YYYY/MM/DD').replace('YYYY', m[1]).replace('MM', m[2]).replace('DD', m[3]);
  return `${date}, ${m[4]}:${m[5]}`;
}

function DateTimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const val = typeof w.e.value === 'string' ? w.e.value : '';
  const vis = p.label_visibility || 'visible';
  const hintId = w.id + '-shown';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <input class="tl-input" type="datetime-local" id=${w.id} value=${val} min=${p.min || undefined} max=${p.max || undefined}
      step=${p.step || 900} required=${!!p.required} disabled=${!!p.disabled} aria-describedby=${val ? hintId : undefined}
      aria-label=${vis !== 'visible' ? ariaName(node) : undefined}
      onChange=${(ev) => { const v = ev.currentTarget.value; if (v || !p.required) w.commit(v ? v.slice(0, 16) : null); }} />
    ${val ? html`<div class="tl-caption tl-datetime-shown" id=${hintId}>${formatDateTime(val, p.format)}</div>` : null}
  </div>`;
}

export default { datetime_input: DateTimeInput };
