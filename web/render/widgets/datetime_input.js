// st.datetime_input as 1.67 draws it: 1.67's segmented field "2024/01/02, 09:30"
// (the app's date format, a 24-hour time; a group named by the label with
// spinbuttons "year, <label>" ... "minute, <label>", segments.js), and a
// "Choose date and time" button opening a dialog with calendar.js's month
// grid and a time field.  min/max bound what is applied; committed on
// Enter, on leaving the field, or when the dialog closes (the field shows
// the dialog's day and time at once, as 1.67's; the app reruns on closing).
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Calendar, CalendarIcon, formatDate, parseDate, clampDay, today } from './calendar.js';
import { parseTime, stepTime, dateParts, partsDate, timeParts, partsTime, pastedDate } from './date_time.js';
import { InlineMd } from '../markdown.js';
import { SegmentedField, dateSegments, timeSegments, complete, empty } from './segments.js';
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

/** "2024/01/02, 09:30" as 1.67 writes a min/max into its messages (the app's date format). */
const shownDateTime = (v, fmt) => `${formatDate(v.slice(0, 10), fmt)}, ${v.slice(11, 16)}`;

/** 1.67's message for a date and time outside min/max, or null. */
export function dateTimeRangeError(v, min, max, fmt) {
  const lo = min ? min.slice(0, 16) : null, hi = max ? max.slice(0, 16) : null;
  if (hi && v > hi) return `**Error**: Date and time set outside allowed range. Please select a date and time on or before ${shownDateTime(hi, fmt)}.`;
  if (lo && v < lo) {
    return hi ? `**Error**: Date and time set outside allowed range. Please select a date and time between ${shownDateTime(lo, fmt)} and ${shownDateTime(hi, fmt)}.`
      : `**Error**: Date and time set outside allowed range. Please select a date and time on or after ${shownDateTime(lo, fmt)}.`;
  }
  return null;
}

/** A pasted "<date in the app's format>, HH:MM" (or "YYYY-MM-DDTHH:MM") as "YYYY-MM-DDTHH:MM", or null (1.67's rules). */
export function pastedDateTime(text, fmt) {
  const t = String(text).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(t);
  const m = iso ? null : /^(.+?)[,\s]+(\d{1,2}):(\d{2})$/.exec(t);
  const day = iso ? pastedDate(`${iso[1]}/${iso[2]}/${iso[3]}`, 'YYYY/MM/DD') : m ? pastedDate(m[1], fmt) : null;
  const h = Number(iso ? iso[4] : m?.[2]), mi = Number(iso ? iso[5] : m?.[3]);
  if (!day || h > 23 || mi > 59) return null;
  return `${partsDate(day)}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

function DateTimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const val = typeof w.e.value === 'string' ? w.e.value.slice(0, 16) : '';
  const fmt = p.format || 'YYYY/MM/DD';
  const step = p.step || 900;
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const ok = (v) => v && (!p.min || v >= p.min.slice(0, 16)) && (!p.max || v <= p.max.slice(0, 16));
  const apply = (v) => { if (v !== (val || null)) w.commit(v); };
  // 1.67's segmented field: the date's parts in the app's format, then HH:mm.
  const segs = [...dateSegments(fmt), ', ', ...timeSegments(false, false)];
  const [edit, setEdit] = useState(/** @type {any} */ (null));
  // (while the dialog is open the field shows its day and time, as 1.67's; they are sent when it closes)
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const shownValue = open ? draft : val;
  const parts = edit ?? { ...dateParts(shownValue.slice(0, 10)), ...timeParts(shownValue.slice(11, 16)) };
  const dflt = 'default' in p ? p.default : w.e.initial;
  const clearable = dflt == null && !p.disabled && !p.required;
  const [error, setError] = useState(/** @type {string|null} */ (null));
  /**
   * Enter, leaving the field or a paste: complete parts become the value; half-typed: back to it;
   * outside min/max: kept, marked invalid with 1.67's message, not sent.
   */
  const settle = (ps = edit) => {
    if (!ps) return true;
    setEdit(null);
    setError(null);
    if (empty(segs, ps)) { if (!p.required && val) apply(null); return !p.required; }
    if (!complete(segs, ps)) return true;
    const v = `${partsDate(ps)}T${partsTime(ps)}`;
    const bad = dateTimeRangeError(v, p.min, p.max, fmt);
    if (bad) { setEdit(ps); setError(bad); return false; }
    apply(v);
    return true;
  };
  const onPaste = (text) => {
    const v = pastedDateTime(text, fmt);
    if (v) settle({ ...dateParts(v.slice(0, 10)), ...timeParts(v.slice(11, 16)) });
  };
  const close = (focus = false) => {
    setOpen(false);
    if (ok(draft)) apply(draft);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  const start = () => {
    setEdit(null);
    setDraft(val || `${clampDay(today(), p.min?.slice(0, 10), p.max?.slice(0, 10))}T00:00`);
    setOpen(true);
  };
  const time = draft.slice(11, 16);
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-date">
      <div class=${'tl-input-wrap tl-seg-field tl-date-segs' + (p.disabled ? ' tl-seg-disabled' : '')} data-testid="stDateTimeInputField"
        aria-keyshortcuts="Alt+ArrowDown" onFocusOut=${(ev) => { if (!ev.currentTarget.contains(ev.relatedTarget)) settle(); }}>
        <${SegmentedField} label=${ariaName(node)} id=${w.id} segs=${segs} parts=${parts} setParts=${setEdit} disabled=${!!p.disabled}
          onPaste=${onPaste} invalid=${!!error} describedBy=${error ? w.id + '-error' : undefined}
          onKey=${(ev) => {
            if (ev.key === 'Enter') { ev.preventDefault(); if (settle() && w.form) w.enterSubmit(); return true; }
            if (ev.altKey && ev.key === 'ArrowDown') { ev.preventDefault(); start(); return true; }
            return false;
          }} />
        ${clearable && val ? html`<button type="button" class="tl-seg-clear" aria-label="Clear date and time" data-testid="stDateTimeInputClearButton"
          onMouseDown=${(ev) => ev.preventDefault()} onClick=${() => { setEdit(null); apply(null); }}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z" /></svg>
        </button>` : null}
      </div>
      <button type="button" class="tl-date-btn" ref=${btn} aria-label="Choose date and time" data-testid="stDateTimeInputCalendarButton" aria-haspopup="dialog"
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
    ${error ? html`<div class="tl-input-error" id=${w.id + '-error'} role="alert" data-testid="stDateTimeInputError"><${InlineMd} text=${error} /></div>` : null}
  </div>`;
}

export default { datetime_input: DateTimeInput };
