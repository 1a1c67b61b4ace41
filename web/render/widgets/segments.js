// The segmented date/time field of 1.67's date_input, time_input and
// datetime_input (react-aria's DateField there): a group named by the widget's
// label holding one spinbutton per part ("year, <label>", "month, <label>",
// "hour, <label>", ...; literals between them hidden from assistive tech).
// Digits fill the focused part and move on when it is complete; ArrowUp/Down
// change it (wrapping), ArrowLeft/Right move between parts, Backspace clears
// a digit (an empty part: back to the previous one), "a"/"p" set AM/PM.
// The widget decides when the parts become its value (leaving the field or
// Enter, as 1.67); this module only edits them.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';

/** @typedef {'year'|'month'|'day'|'hour'|'minute'|'second'|'dayPeriod'} SegType */
/** @typedef {{type: SegType, placeholder: string}} Seg */
/** @typedef {Partial<Record<SegType, number|null>>} Parts */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in month `m` (1-12) of year `y` (a leap year when unknown). */
export const daysIn = (y, m) => new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();

/** The segments and literals of a Streamlit date format ("YYYY/MM/DD", "DD.MM.YYYY", "MM-DD-YYYY"). */
export function dateSegments(format) {
  const f = format || 'YYYY/MM/DD';
  const out = [];
  const re = /YYYY|MM|DD/g;
  let at = 0;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    if (m.index > at) out.push(f.slice(at, m.index));
    out.push(m[0] === 'YYYY' ? { type: 'year', placeholder: 'yyyy' } : m[0] === 'MM' ? { type: 'month', placeholder: 'mm' } : { type: 'day', placeholder: 'dd' });
    at = re.lastIndex;
  }
  if (at < f.length) out.push(f.slice(at));
  return out;
}

/** The segments of a time: HH:mm[:ss][ AM] (12-hour: "hh"). */
export function timeSegments(h12 = false, seconds = false) {
  const out = [{ type: 'hour', placeholder: h12 ? 'hh' : 'HH' }, ':', { type: 'minute', placeholder: 'mm' }];
  if (seconds) out.push(':', { type: 'second', placeholder: 'ss' });
  if (h12) out.push(' ', { type: 'dayPeriod', placeholder: 'AM' });
  return out;
}

/** The range of a part (hours 0-23 even in 12-hour form: the display maps them). */
function bounds(type, parts, h12) {
  switch (type) {
    case 'year': return [1, 9999];
    case 'month': return [1, 12];
    case 'day': return [1, daysIn(parts.year, parts.month)];
    case 'hour': return h12 ? [1, 12] : [0, 23];
    case 'dayPeriod': return [0, 1];
    default: return [0, 59];
  }
}

const width = (type) => (type === 'year' ? 4 : 2);

/** The shown number of a part (12-hour hours as 1-12). */
function shownNumber(type, parts, h12) {
  const v = parts[type];
  if (v == null) return null;
  if (type === 'hour' && h12) return v % 12 || 12;
  return v;
}

/** Whether every segment has a value. */
export function complete(segs, parts) {
  return segs.every((s) => typeof s === 'string' || s.type === 'dayPeriod' || parts[s.type] != null);
}

/** Whether no segment has a value. */
export function empty(segs, parts) {
  return segs.every((s) => typeof s === 'string' || s.type === 'dayPeriod' || parts[s.type] == null);
}

/**
 * The segmented field.  `parts` is what it shows; `setParts(next)` is called
 * on every edit.  `onKey(ev, type)` sees keys first (return true when
 * handled: Enter, a step the widget makes itself).
 * @param {{label: string, segs: (Seg|string)[], parts: Parts, setParts: (p: Parts) => void,
 *   h12?: boolean, disabled?: boolean, id?: string, describedBy?: string, invalid?: boolean,
 *   onKey?: (ev: KeyboardEvent, type: SegType) => boolean|void, onPaste?: (text: string, type: SegType) => void}} props
 *   onPaste: text pasted on a segment (the field's own typing ignores pastes)
 */
export function SegmentedField({ label, segs, parts, setParts, h12 = false, disabled = false, id, describedBy, invalid, onKey, onPaste }) {
  const group = useRef(/** @type {HTMLElement|null} */ (null));
  const [typing, setTypingState] = useState(/** @type {{type: string, text: string}|null} */ (null));
  // The latest parts and typed digits, changed at once: several digits may
  // come before the next render (a paste, Playwright's fill).
  const now = useRef({ parts, typing });
  now.current.parts = parts;
  now.current.typing = typing;
  const setTyping = (t) => { now.current.typing = t; setTypingState(t); };
  const spins = () => [...(group.current?.querySelectorAll('[role="spinbutton"]') || [])];
  const move = (from, dir) => {
    const all = spins();
    const to = all[all.indexOf(from) + dir];
    if (to) to.focus();
    return !!to;
  };
  const set = (type, v) => {
    const next = { ...now.current.parts, [type]: v };
    now.current.parts = next;
    setParts(next);
  };
  const hour24 = (n) => {
    const h = now.current.parts.hour;
    return (n % 12) + (h != null && h >= 12 ? 12 : 0);
  };

  const typeDigit = (el, type, d) => {
    const ps = now.current.parts;
    const [min, max] = bounds(type, ps, h12);
    const t = now.current.typing;
    let text = (t && t.type === type ? t.text : '') + d;
    if (Number(text) > max || text.length > width(type)) text = d;
    const n = Number(text);
    if (n >= min) set(type, type === 'hour' && h12 ? hour24(n) : n);
    const done = text.length >= width(type) || Number(text + '0') > max;
    if (done && move(el, 1)) setTyping(null);
    else setTyping({ type, text });
  };

  const onKeyDown = (ev, type) => {
    if (disabled) return;
    if (onKey && onKey(ev, type)) { setTyping(null); return; }
    const el = ev.currentTarget;
    const { parts, typing } = now.current;
    const [min, max] = bounds(type, parts, h12);
    switch (ev.key) {
      case 'ArrowLeft': ev.preventDefault(); move(el, -1); return;
      case 'ArrowRight': ev.preventDefault(); move(el, 1); return;
      case 'ArrowUp': case 'ArrowDown': {
        ev.preventDefault();
        setTyping(null);
        const dir = ev.key === 'ArrowUp' ? 1 : -1;
        if (type === 'dayPeriod') {
          if (parts.hour != null) set('hour', (parts.hour + 12) % 24);
          return;
        }
        const cur = shownNumber(type, parts, h12);
        let next = cur == null ? (dir > 0 ? min : max) : cur + dir;
        if (next > max) next = min;
        if (next < min) next = max;
        set(type, type === 'hour' && h12 ? hour24(next) : next);
        return;
      }
      case 'Backspace': case 'Delete': {
        ev.preventDefault();
        if (type === 'dayPeriod') { move(el, -1); return; }
        const cur = typing && typing.type === type ? typing.text : (shownNumber(type, parts, h12) == null ? '' : String(shownNumber(type, parts, h12)));
        if (!cur) { setTyping(null); if (ev.key === 'Backspace') move(el, -1); return; }
        const text = ev.key === 'Delete' ? '' : cur.slice(0, -1);
        setTyping(text ? { type, text } : null);
        set(type, text ? (type === 'hour' && h12 ? hour24(Number(text) || 12) : Number(text)) : null);
        return;
      }
      default:
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (type === 'dayPeriod' && /^[ap]$/i.test(ev.key)) {
      ev.preventDefault();
      if (parts.hour != null) set('hour', (parts.hour % 12) + (/p/i.test(ev.key) ? 12 : 0));
      return;
    }
    if (/^\d$/.test(ev.key) && type !== 'dayPeriod') {
      ev.preventDefault();
      typeDigit(el, type, ev.key);
      return;
    }
    if (ev.key.length === 1) ev.preventDefault();   // nothing else is typed into a part
  };
  // Text put in by other means (Playwright's fill, dictation): digits typed one by one.
  const onBeforeInput = (ev) => {
    ev.preventDefault();
    if (disabled || !ev.data) return;
    for (const ch of ev.data) {
      const el = /** @type {HTMLElement} */ (ev.currentTarget.ownerDocument.activeElement);
      if (!el || !group.current?.contains(el) || el.getAttribute('role') !== 'spinbutton') return;
      const type = /** @type {SegType} */ (el.dataset.type);
      if (/\d/.test(ch) && type !== 'dayPeriod') typeDigit(el, type, ch);
      else if (/[ap]/i.test(ch) && type === 'dayPeriod' && now.current.parts.hour != null) set('hour', (now.current.parts.hour % 12) + (/p/i.test(ch) ? 12 : 0));
    }
  };

  return html`<div class=${'tl-seg-group' + (invalid ? ' tl-invalid' : '')} role="group" aria-label=${label} id=${id}
      aria-describedby=${describedBy} ref=${group}>
    ${segs.map((s, i) => {
      if (typeof s === 'string') return html`<span class="tl-seg-literal" aria-hidden="true" key=${'l' + i}>${s}</span>`;
      const type = s.type;
      const [min, max] = bounds(type, parts, h12);
      const n = shownNumber(type, parts, h12);
      const isTyping = typing && typing.type === type;
      let text;
      let valuetext;
      if (type === 'dayPeriod') {
        text = parts.hour == null ? s.placeholder : parts.hour >= 12 ? 'PM' : 'AM';
        valuetext = parts.hour == null ? 'Empty' : text;
      } else if (isTyping && typing.text) {
        text = typing.text;
        valuetext = text;
      } else if (n == null) {
        text = s.placeholder;
        valuetext = 'Empty';
      } else {
        text = String(n).padStart(width(type), '0');
        valuetext = type === 'month' ? `${text} – ${MONTHS[n - 1]}` : text;
      }
      const blank = type === 'dayPeriod' ? parts.hour == null : n == null && !(isTyping && typing.text);
      return html`<span key=${type} class=${'tl-seg' + (blank ? ' tl-seg-empty' : '')} role="spinbutton" data-type=${type}
        data-placeholder=${blank ? 'true' : undefined}
        aria-label=${`${type === 'dayPeriod' ? 'AM/PM' : type}, ${label}`} aria-valuenow=${type === 'dayPeriod' ? (parts.hour == null ? undefined : parts.hour >= 12 ? 1 : 0) : n ?? undefined}
        aria-valuetext=${valuetext} aria-valuemin=${min} aria-valuemax=${max} aria-disabled=${disabled ? 'true' : undefined} aria-invalid=${invalid ? 'true' : undefined}
        contenteditable=${disabled ? undefined : 'true'} spellcheck=${false} autocorrect="off" enterkeyhint="next"
        inputmode=${type === 'dayPeriod' ? undefined : 'numeric'} tabindex=${disabled ? undefined : 0}
        onKeyDown=${(ev) => onKeyDown(ev, type)} onBeforeInput=${onBeforeInput}
        onFocus=${() => setTyping(null)}
        onPaste=${(ev) => { ev.preventDefault(); onPaste?.(ev.clipboardData?.getData('text') ?? '', type); }}>${text}</span>`;
    })}
  </div>`;
}
