// st.datetime_input as 1.67 draws it: one field "2024/01/02, 09:30" (the
// app's date format, a 24-hour time) that can be typed into, and a
// "Choose date and time" button opening a dialog with calendar.js's month
// grid and a time field.  min/max bound what is applied; committed on
// Enter, on leaving the field, or when the dialog closes.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Calendar, CalendarIcon, formatDate, parseDate, clampDay, today } from './calendar.js';
import { useTypedField, parseTime, stepTime } from './date_time.js';
import { useOutsideClose } from './combobox.js';

/** "2024-01-02T09:30" in a Streamlit date format ("DD/MM/YYYY") plus the 24-hour time, as 1.67 shows it. */
export function formatDateTime(value, format) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value || '');
  if (!m) return '';
  return `${formatDate(m[1], format)}, ${m[2]}:${m[3]}`;
}

/** "2024/01/02, 09:30" (or without the comma) back to "2024-01-02T09:30", or null. */
export function parseDateTime(text, format) {
  const m = /^\s*(.+?)[,\s]\s*(\d{1,2}:?\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s*$/i.exec(String(text || ''));
  if (!m) return null;
  const day = parseDate(m[1].replace(/,$/, ''), format);
  const time = parseTime(m[2]);
  return day && time ? `${day}T${time}` : null;
}

function DateTimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const val = typeof w.e.value === 'string' ? w.e.value.slice(0, 16) : '';
  const fmt = p.format || 'YYYY/MM/DD';
  const step = p.step || 900;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const ok = (v) => v && (!p.min || v >= p.min.slice(0, 16)) && (!p.max || v <= p.max.slice(0, 16));
  const apply = (v) => { if (v !== (val || null)) w.commit(v); };
  const field = useTypedField(formatDateTime(val, fmt), (text) => {
    if (!text.trim()) { if (!p.required) apply(null); return; }
    const v = parseDateTime(text, fmt);
    if (ok(v)) apply(v);
  });
  const close = (focus = false) => {
    setOpen(false);
    if (ok(draft)) apply(draft);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  const start = () => {
    field.reset();
    setDraft(val || `${clampDay(today(), p.min?.slice(0, 10), p.max?.slice(0, 10))}T00:00`);
    setOpen(true);
  };
  const hidden = p.label_visibility && p.label_visibility !== 'visible';
  const time = draft.slice(11, 16);
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-date">
      <input class="tl-input tl-date-input" id=${w.id} value=${field.value} placeholder=${fmt + ', HH:MM'} autocomplete="off"
        spellcheck=${false} disabled=${!!p.disabled} required=${!!p.required} aria-label=${hidden ? ariaName(node) : undefined}
        onInput=${field.onInput} onBlur=${field.onBlur} onKeyDown=${(ev) => { if (!field.onEnter(ev) && ev.altKey && ev.key === 'ArrowDown') { ev.preventDefault(); start(); } }} />
      <button type="button" class="tl-date-btn" ref=${btn} aria-label="Choose date and time" aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'} disabled=${!!p.disabled} onClick=${() => (open ? close() : start())}><${CalendarIcon} /></button>
      ${open ? html`<div class="tl-date-pop" role="dialog" aria-label="Choose date and time"
        onKeyDown=${(ev) => { if (ev.key === 'Escape' || (ev.key === 'Enter' && ev.target.tagName === 'INPUT')) { ev.preventDefault(); ev.stopPropagation(); close(true); } }}>
        <${Calendar} idPrefix=${w.id} start=${draft.slice(0, 10)} selected=${[draft.slice(0, 10)]} min=${p.min?.slice(0, 10)} max=${p.max?.slice(0, 10)}
          onPick=${(day) => setDraft(`${day}T${time}`)} />
        <label class="tl-date-time"><span>Time</span>
          <input class="tl-input" value=${time} autocomplete="off" inputmode="numeric"
            onInput=${(ev) => { const t = parseTime(ev.currentTarget.value); if (t) setDraft(`${draft.slice(0, 10)}T${t}`); }}
            onKeyDown=${(ev) => { if (ev.key === 'ArrowUp' || ev.key === 'ArrowDown') { ev.preventDefault(); setDraft(`${draft.slice(0, 10)}T${stepTime(time, step, ev.key === 'ArrowUp')}`); } }} />
        </label>
      </div>` : null}
    </div>
  </div>`;
}

export default { datetime_input: DateTimeInput };
