// st.date_input and st.time_input as 1.67 draws them: a field showing the
// value in the app's format ("2024/01/02", a range "02.01.2024 – 05.01.2024";
// times "09:30", 24-hour unless format="12h") that can be typed into (Enter
// or leaving the field applies it; text that is no date, or outside
// min/max, is dropped) and, for dates, a calendar button opening
// calendar.js's dialog.  Times step by `step` with ArrowUp/ArrowDown.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Calendar, CalendarIcon, formatDate, parseDate, clampDay, today } from './calendar.js';
import { useOutsideClose } from './combobox.js';

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

function DateInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const fmt = p.format || 'YYYY/MM/DD';
  const range = !!p.range;
  const vals = range ? (Array.isArray(w.e.value) ? w.e.value : []) : (w.e.value ? [w.e.value] : []);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(/** @type {string|null} */ (null));
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const inRange = (d) => d && (!p.min || d >= p.min) && (!p.max || d <= p.max);
  const commit = (days) => w.commit(range ? days : days[0] ?? null);
  const field = useTypedField(vals.map((v) => formatDate(v, fmt)).join(DASH), (text) => {
    const parts = text.split(/\s*[–—]\s*|\s+to\s+/).map((s) => s.trim()).filter(Boolean);
    if (!parts.length) { if (!p.required) commit([]); return; }
    const days = parts.slice(0, range ? 2 : 1).map((s) => parseDate(s, fmt));
    if (days.every(inRange)) commit(days.sort());
  });
  const close = (focus = false) => {
    if (pending) commit([pending]);
    setPending(null);
    setOpen(false);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  const pick = (day) => {
    if (!range) { commit([day]); setOpen(false); btn.current?.focus(); return; }
    if (!pending) { setPending(day); return; }
    commit([pending, day].sort());
    setPending(null);
    setOpen(false);
    btn.current?.focus();
  };
  const chooser = range ? 'Choose date range' : 'Choose date';
  const placeholder = range ? fmt + DASH + fmt : fmt;
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-date">
      <input class="tl-input tl-date-input" id=${w.id} value=${field.value} placeholder=${placeholder} autocomplete="off"
        spellcheck=${false} disabled=${!!p.disabled} required=${!!p.required} aria-label=${hidden(node) ? ariaName(node) : undefined}
        onInput=${field.onInput} onBlur=${field.onBlur}
        onKeyDown=${(ev) => { if (field.onEnter(ev)) return; if (ev.altKey && ev.key === 'ArrowDown') { ev.preventDefault(); setOpen(true); } }} />
      <button type="button" class="tl-date-btn" ref=${btn} aria-label=${chooser} aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'}
        disabled=${!!p.disabled} onClick=${() => (open ? close() : (field.reset(), setOpen(true)))}><${CalendarIcon} /></button>
      ${open ? html`<div class="tl-date-pop" role="dialog" aria-label=${chooser}
        onKeyDown=${(ev) => { if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); close(true); } }}>
        <${Calendar} idPrefix=${w.id} start=${pending || vals[0] || clampDay(today(), p.min, p.max)} selected=${pending ? [pending] : vals}
          min=${p.min} max=${p.max} range=${range} onPick=${pick} />
        <div class="tl-sr-only" aria-live="polite">${range && pending ? 'Choose the end date' : ''}</div>
      </div>` : null}
    </div>
  </div>`;
}

function TimeInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const step = p.step || 900;
  const seconds = step % 60 !== 0;
  const h12 = twelveHour(p.format);
  const val = typeof w.e.value === 'string' ? w.e.value : null;
  const apply = (t) => { if (t !== val) w.commit(t); };
  const field = useTypedField(formatTime(val, h12, seconds), (text) => {
    if (!text.trim()) { if (!p.required) apply(null); return; }
    const t = parseTime(text, seconds);
    if (t) apply(t);
  });
  const onKeyDown = (ev) => {
    if (field.onEnter(ev)) { if (w.form) w.enterSubmit(); return; }
    if (ev.key === 'ArrowUp' || ev.key === 'ArrowDown') {
      ev.preventDefault();
      field.reset();
      apply(stepTime(parseTime(field.value, seconds) || val || '00:00', step, ev.key === 'ArrowUp', seconds));
    }
  };
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <input class="tl-input tl-time-input" id=${w.id} value=${field.value} placeholder=${seconds ? 'HH:MM:SS' : h12 ? 'hh:mm AM' : 'HH:MM'}
      autocomplete="off" spellcheck=${false} inputmode="numeric" disabled=${!!p.disabled} required=${!!p.required}
      aria-label=${hidden(node) ? ariaName(node) : undefined} aria-description=${`Arrow keys step by ${step % 60 ? step + ' seconds' : step / 60 + ' minutes'}`}
      onInput=${field.onInput} onBlur=${field.onBlur} onKeyDown=${onKeyDown} />
  </div>`;
}

export default { date_input: DateInput, time_input: TimeInput };
