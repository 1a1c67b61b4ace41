// st.date_input and st.time_input as 1.67 draws them: a field showing the
// value in the app's format ("2024/01/02", a range "02.01.2024 – 05.01.2024";
// times "09:30", 24-hour unless format="12h") that can be typed into (Enter
// or leaving the field applies it; text that is no date, or outside
// min/max, is dropped) and, for dates, a calendar button opening
// calendar.js's dialog.  Times step by `step` with ArrowUp/ArrowDown.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { InlineMd } from '../markdown.js';
import { Calendar, CalendarIcon, formatDate, parseDate, clampDay, today } from './calendar.js';
import { useOutsideClose } from './combobox.js';
import { SegmentedField, timeSegments, dateSegments, daysIn, complete, empty } from './segments.js';

export { formatDate, parseDate };

const DASH = ' – ';

/** Whether the page's locale writes times with AM/PM (time_input format="localized"). */
function localeIs12h() {
  try {
    const c = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return c === 'h11' || c === 'h12';
  } catch { return false; }
}

/** Whether a time_input format shows AM/PM. */
export const twelveHour = (format) => format === '12h' || (format === 'localized' && localeIs12h());

/**
 * "HH:MM[:SS]" as 1.67 shows it: 24-hour "09:30", or "09:30 AM" in 12-hour
 * form; seconds only when the step has them.
 */
export function formatTime(value, h12 = false, seconds = false) {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value || '');
  if (!m) return '';
  const tail = seconds ? `:${m[3] || '00'}` : '';
  if (!h12) return `${m[1]}:${m[2]}${tail}`;
  const h = Number(m[1]);
  return `${String(h % 12 || 12).padStart(2, '0')}:${m[2]}${tail} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * Typed text to "HH:MM[:SS]", or null: "9:30", "09:30:15", "0930", "9:30 pm".
 * @param {string} text
 * @param {boolean} seconds  keep seconds (a step below a minute)
 */
export function parseTime(text, seconds = false) {
  const m = /^\s*(\d{1,2})(?::?(\d{2}))(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$/i.exec(String(text || ''));
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] || 0);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  const p2 = (n) => String(n).padStart(2, '0');
  return `${p2(h)}:${p2(min)}${seconds ? ':' + p2(s) : ''}`;
}

/**
 * The time one `step` (seconds) up or down from `value`, on the step's grid,
 * wrapping around midnight (1.67's arrow keys).
 */
export function stepTime(value, step, up, seconds = false) {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value || '');
  const t = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] || 0) : 0;
  const n = up ? Math.floor(t / step) * step + step : Math.ceil(t / step) * step - step;
  const r = ((n % 86400) + 86400) % 86400;
  const p2 = (x) => String(x).padStart(2, '0');
  return `${p2(Math.floor(r / 3600))}:${p2(Math.floor((r % 3600) / 60))}${seconds ? ':' + p2(r % 60) : ''}`;
}

function hidden(node) {
  const v = node.props.label_visibility;
  return v && v !== 'visible';
}

/**
 * A text field that shows `shown` until typed into; the typed text is
 * handed to `apply` on Enter or when the field is left, then dropped.
 */
export function useTypedField(shown, apply) {
  const [text, setText] = useState(/** @type {string|null} */ (null));
  const done = () => { if (text !== null) { setText(null); apply(text); } };
  return {
    value: text ?? shown,
    onInput: (ev) => setText(ev.currentTarget.value),
    onBlur: done,
    onEnter: (ev) => { if (ev.key === 'Enter' && !ev.isComposing) { ev.preventDefault(); done(); return true; } return false; },
    reset: () => setText(null),
  };
}

/** "YYYY-MM-DD" as segment parts, or all-empty parts. */
export function dateParts(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : { year: null, month: null, day: null };
}

/** Complete parts as "YYYY-MM-DD" (a day past the month's end is its last day, as 1.67's field constrains it). */
export function partsDate(parts) {
  const day = Math.min(parts.day, daysIn(parts.year, parts.month));
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A pasted date in the app's format, as 1.67 reads it: its three numbers (1-4 digits) in
 * the format's order and separator, a real day; else null.  "YYYY-MM-DD" parts or null.
 */
export function pastedDate(text, format) {
  const f = format || 'YYYY/MM/DD';
  const order = f.match(/YYYY|MM|DD/g) || [];
  const sep = (/[^YMD]/.exec(f) || ['/'])[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^(\\d{1,4})${sep}(\\d{1,4})${sep}(\\d{1,4})$`).exec(String(text).trim());
  if (!m || order.length !== 3) return null;
  const at = (tok) => Number(m[order.indexOf(tok) + 1]);
  const y = at('YYYY'), mo = at('MM'), d = at('DD');
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || d > daysIn(y, mo)) return null;
  return { year: y, month: mo, day: d };
}

/** A pasted range "A – B" (en or em dash, " - " or " to "): two date parts, or null. */
export function pastedRange(text, format) {
  const halves = String(text).trim().split(/\s*[\u2013\u2014]\s*|\s+-\s+|\s+to\s+/i);
  if (halves.length !== 2) return null;
  const a = pastedDate(halves[0], format), b = pastedDate(halves[1], format);
  return a && b ? [a, b] : null;
}

/** 1.67's message for a date outside min/max (dates in the app's format). */
export function dateRangeError(day, min, max, format) {
  const f = (d) => formatDate(d, format);
  if (max && day > max) return `**Error**: Date set outside allowed range. Please select a date on or before ${f(max)}.`;
  if (min && day < min) {
    return max ? `**Error**: Date set outside allowed range. Please select a date between ${f(min)} and ${f(max)}.`
      : `**Error**: Date set outside allowed range. Please select a date on or after ${f(min)}.`;
  }
  return null;
}

/**
 * st.date_input as 1.67: the segmented field in the app's format (a group
 * named by the label with spinbuttons "year, <label>", "month, <label>",
 * "day, <label>"; a range has two groups, "<label> start date" and "<label>
 * end date"), applied on Enter or when the field is left (half-typed: back to
 * the value; outside min/max: back to the value), and the "Choose date"
 * button (or Alt+ArrowDown) opening calendar.js's dialog.
 */
function DateInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const fmt = p.format || 'YYYY/MM/DD';
  const range = !!p.range;
  const vals = range ? (Array.isArray(w.e.value) ? w.e.value : []) : (w.e.value ? [w.e.value] : []);
  const [open, setOpen] = useState(false);
  const [edit, setEdit] = useState(/** @type {any[]|null} */ (null));
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const segs = dateSegments(fmt);
  const shown = edit ?? (range ? [dateParts(vals[0]), dateParts(vals[1])] : [dateParts(vals[0])]);
  const [error, setError] = useState(/** @type {string|null} */ (null));
  const commit = (days) => { setEdit(null); setError(null); w.commit(range ? days : days[0] ?? null); };
  /**
   * Enter, leaving the field or a paste: complete parts become the value; half-typed parts go
   * back to it; a day outside min/max stays shown, marked invalid with 1.67's message.
   */
  const settle = (parts = edit) => {
    if (!parts) return true;
    const days = [];
    for (const ps of parts) {
      if (empty(segs, ps)) continue;
      if (!complete(segs, ps)) { setEdit(null); setError(null); return true; }
      const d = partsDate(ps);
      const bad = dateRangeError(d, p.min, p.max, fmt);
      if (bad) { setEdit(parts); setError(bad); return false; }
      days.push(d);
    }
    if (!days.length && p.required) { setEdit(null); setError(null); return false; }
    const next = days.sort();
    if (JSON.stringify(next) === JSON.stringify(vals)) { setEdit(null); setError(null); return true; }
    commit(next);
    return true;
  };
  const close = (focus = false) => {
    setOpen(false);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  // As 1.67: a range's first day is the value at once (a one-date tuple, the app reruns) while
  // the calendar stays open for the end; a one-date value is a start waiting for its end.
  const pending = range && vals.length === 1 ? vals[0] : null;
  const pick = (day) => {
    if (range && !pending) { commit([day]); return; }
    commit(range ? [pending, day].sort() : [day]);
    setOpen(false);
    btn.current?.focus();
  };
  const onKey = (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); if (settle() && w.form) w.enterSubmit(); return true; }
    if (ev.altKey && ev.key === 'ArrowDown') { ev.preventDefault(); setEdit(null); setOpen(true); return true; }
    return false;
  };
  /** A paste on group `i`'s segment `type`: a range (on a range field), a date, or digits for that segment (as 1.67). */
  const onPaste = (i, text, type) => {
    const both = range ? pastedRange(text, fmt) : null;
    if (both) { settle(both); return; }
    const day = pastedDate(text, fmt);
    let parts = day;
    if (!parts) {
      if (!/^\d{1,4}$/.test(text.trim()) || !['year', 'month', 'day'].includes(type)) return;
      const n = Number(text.trim());
      if ((type === 'month' && (n < 1 || n > 12)) || (type === 'day' && (n < 1 || n > 31))) return;
      parts = { ...shown[i], [type]: n };
      if (!complete(segs, parts)) { setEdit(shown.map((x, j) => (j === i ? parts : x))); return; }
    }
    settle(shown.map((x, j) => (j === i ? parts : x)));
  };
  const chooser = range ? 'Choose date range' : 'Choose date';
  const name = ariaName(node);
  const groups = range ? [`${name} start date`, `${name} end date`] : [name];
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-date">
      <div class=${'tl-input-wrap tl-seg-field tl-date-segs' + (p.disabled ? ' tl-seg-disabled' : '')} data-testid="stDateInputField"
        aria-keyshortcuts="Alt+ArrowDown" aria-required=${p.required ? 'true' : undefined}
        onFocusOut=${(ev) => { if (!ev.currentTarget.contains(ev.relatedTarget)) settle(); }}>
        ${groups.map((g, i) => html`${i ? html`<span class="tl-seg-literal tl-seg-dash" aria-hidden="true">–</span>` : null}
          <${SegmentedField} key=${g} label=${g} id=${i ? w.id + '-end' : w.id} segs=${segs} parts=${shown[i]}
            setParts=${(ps) => setEdit(shown.map((x, j) => (j === i ? ps : x)))} disabled=${!!p.disabled} onKey=${onKey}
            onPaste=${(text, type) => onPaste(i, text, type)} invalid=${!!error} describedBy=${error ? w.id + '-error' : undefined} />`)}
      </div>
      <button type="button" class="tl-date-btn" ref=${btn} aria-label=${chooser} aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'}
        data-testid="stDateInputCalendarButton" disabled=${!!p.disabled} onClick=${() => (open ? close() : (setEdit(null), setOpen(true)))}><${CalendarIcon} /></button>
      ${open ? html`<div class="tl-date-pop" role="dialog" aria-label=${chooser}
        onKeyDown=${(ev) => { if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); close(true); } }}>
        <${Calendar} idPrefix=${w.id} start=${pending || vals[0] || clampDay(today(), p.min, p.max)} selected=${pending ? [pending] : vals}
          min=${p.min} max=${p.max} range=${range} onPick=${pick} />
        <div class="tl-sr-only" aria-live="polite">${range && pending ? 'Choose the end date' : ''}</div>
      </div>` : null}
    </div>
    ${error ? html`<div class="tl-input-error" id=${w.id + '-error'} role="alert" data-testid="stDateInputError"><${InlineMd} text=${error} /></div>` : null}
  </div>`;
}

/** "HH:MM[:SS]" as segment parts, or all-empty parts. */
export function timeParts(value) {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value || '');
  return m ? { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] || 0) } : { hour: null, minute: null, second: null };
}

/** Complete parts as "HH:MM[:SS]" (seconds only when the step has them). */
export function partsTime(parts, seconds = false) {
  const p2 = (n) => String(n ?? 0).padStart(2, '0');
  return `${p2(parts.hour)}:${p2(parts.minute)}${seconds ? ':' + p2(parts.second) : ''}`;
}

/**
 * st.time_input as 1.67: the segmented field (group named by the label,
 * spinbuttons "hour, <label>", "minute, <label>"); typed parts become the
 * value when the field is left or on Enter (a half-typed time goes back to
 * the value); ArrowUp/Down on the minutes step by `step` when it is a
 * multiple of a minute (on the hours when a multiple of an hour; any part for
 * a step with seconds) and apply at once; "Clear time" for value=None.
 */
/**
 * A paste on a time field, read as 1.67 reads it: "HH:MM[:SS]" or "HHMM" (a time, or
 * 1.67's out-of-range message), 1-2 digits on a segment (that part, or its message),
 * other text with ":" (the format message).  {time} | {part: [type, n]} | {error} | null.
 * @param {string} raw  @param {string} type  the pasted-on segment  @param {boolean} seconds
 */
export function pastedTime(raw, type, seconds) {
  const text = String(raw).trim();
  const m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(text) || /^(\d{1,2}):(\d{2})$/.exec(text) || /^(\d{1,2})(\d{2})$/.exec(text);
  if (m) {
    const h = Number(m[1]), mi = Number(m[2]), sec = m[3] === undefined ? 0 : Number(m[3]);
    if (h > 23 || mi > 59 || sec > 59) {
      return { error: `Time is out of range. ${['Hours must be 0–23', 'minutes 0–59', ...(seconds ? ['seconds 0–59'] : [])].join(', ')}.` };
    }
    const p2 = (n) => String(n).padStart(2, '0');
    return { time: `${p2(h)}:${p2(mi)}${seconds ? ':' + p2(sec) : ''}` };
  }
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    if (!['hour', 'minute', 'second'].includes(type)) return null;
    if (n <= (type === 'hour' ? 23 : 59)) return { part: [type, n] };
    const rule = type === 'hour' ? 'Hours must be 0–23.' : type === 'second' ? 'Seconds must be 0–59.' : 'Minutes must be 0–59.';
    return { error: `Value is out of range for ${type}. ${rule}` };
  }
  if (text.includes(':')) return { error: seconds ? 'Invalid time format. Please use HH:MM:SS or HH:MM.' : 'Invalid time format. Please use HH:MM.' };
  return null;
}

function TimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const step = p.step || 900;
  const seconds = step % 60 !== 0;
  const h12 = twelveHour(p.format);
  const val = typeof w.e.value === 'string' ? w.e.value : null;
  // The parts being edited (null: none, the value is shown): no state to keep in step with reruns.
  const [edit, setParts] = useState(/** @type {any} */ (null));
  const parts = edit ?? timeParts(val);
  const [missing, setMissing] = useState(false);
  const [pasteError, setPasteError] = useState(/** @type {string|null} */ (null));
  const segs = timeSegments(h12, seconds);
  const dflt = 'default' in p ? p.default : w.e.initial;
  const clearable = dflt == null && !p.disabled && !p.required;
  const apply = (t) => {
    setParts(null);
    setPasteError(null);
    if (t == null && p.required) { setMissing(true); return false; }
    setMissing(false);
    if (t !== val) w.commit(t);
    return true;
  };
  /** Leaving the field or Enter: the parts become the value (empty: None; half-typed: back to the value). */
  const settle = (ps = parts) => {
    if (empty(segs, ps)) return val == null ? true : apply(null);
    if (!complete(segs, ps)) { setParts(null); return true; }
    return apply(partsTime(ps, seconds));
  };
  const onKey = (ev, type) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      if (settle() && w.form) w.enterSubmit();
      return true;
    }
    if (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown') return false;
    if (!complete(segs, parts)) return false;
    const up = ev.key === 'ArrowUp';
    const grid = seconds ? step > 1 && type !== 'dayPeriod'
      : type === 'minute' ? step / 60 > 1
      : type === 'hour' ? step % 3600 === 0 && step / 3600 > 1 : false;
    if (!grid) return false;
    ev.preventDefault();
    let t;
    if (seconds && type !== 'second') {
      // hours/minutes with a seconds step: one unit on, then onto the step's grid (as 1.67)
      const unit = type === 'hour' ? 3600 : 60;
      const s = parts.hour * 3600 + parts.minute * 60 + (parts.second || 0);
      const n = up ? Math.ceil((s + unit) / step) * step : Math.floor((s - unit) / step) * step;
      const r = ((n % 86400) + 86400) % 86400;
      t = partsTime({ hour: Math.floor(r / 3600), minute: Math.floor((r % 3600) / 60), second: r % 60 }, true);
    } else {
      t = stepTime(partsTime(parts, seconds), step, up, seconds);
    }
    apply(t);
    return true;
  };
  const onPaste = (text, type) => {
    const r = pastedTime(text, type, seconds);
    if (!r) return;
    if (r.error) { setPasteError(r.error); return; }
    if (r.time) { apply(r.time); return; }
    const [part, n] = r.part;
    const base = complete(segs, parts) ? parts : { hour: 0, minute: 0, second: 0 };
    apply(partsTime({ ...base, [part]: n }, seconds));
  };
  const message = pasteError ? `**Error**: ${pasteError}` : missing ? 'This field is required.' : null;
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-input-wrap tl-seg-field' + (p.disabled ? ' tl-seg-disabled' : '')} data-testid="stTimeInputTimeDisplay"
      onFocusOut=${(ev) => { if (!ev.currentTarget.querySelector('[role=group]')?.contains(ev.relatedTarget)) { setPasteError(null); settle(); } }}>
      <${SegmentedField} label=${ariaName(node)} id=${w.id} segs=${segs} parts=${parts} setParts=${(ps) => { setPasteError(null); setParts(ps); }} h12=${h12}
        onPaste=${onPaste}
        disabled=${!!p.disabled} onKey=${onKey} invalid=${!!message} describedBy=${message ? w.id + '-error' : undefined} />
      ${clearable && !empty(segs, parts) ? html`<button type="button" class="tl-seg-clear" aria-label="Clear time" data-testid="stTimeInputClearButton"
        onMouseDown=${(ev) => ev.preventDefault()} onClick=${() => apply(null)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z" /></svg>
      </button>` : null}
    </div>
    ${message ? html`<div class="tl-input-error" id=${w.id + '-error'} role="alert"><${InlineMd} text=${message} /></div>` : null}
  </div>`;
}

export default { date_input: DateInput, time_input: TimeInput };
