// Dates for st.date_input / st.datetime_input as 1.67 shows them: the
// app's format ("YYYY/MM/DD", "DD.MM.YYYY", ...) both ways, and the calendar
// popover: a dialog holding a month grid (role grid, one gridcell per day)
// worked by keyboard as the WAI-ARIA date picker dialog: arrows move a day
// or a week, PageUp/PageDown a month (with Shift a year), Home/End the
// week's ends, Enter or Space picks, Escape closes; days outside min/max are
// disabled.  Dates are ISO strings ("2024-01-02"), computed in UTC.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';

/** "2024-01-02" in a Streamlit date format ("DD/MM/YYYY"): the value as the app asked to show it. */
export function formatDate(value, format) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || '');
  if (!m) return '';
  return String(format || 'YYYY/MM/DD').replace('YYYY', m[1]).replace('MM', m[2]).replace('DD', m[3]);
}

/** Whether y-m-d is a real day. */
function real(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * Text typed in a date format back to ISO, or null: the day, month and year
 * are read in the format's order, any of "/", "-", "." (or spaces) between
 * them; one-digit days and months are fine ("2/1/2024" in DD/MM/YYYY).
 * @param {string} text
 * @param {string} [format]
 */
export function parseDate(text, format) {
  const parts = String(text || '').trim().split(/[\s/.\-]+/).filter(Boolean);
  const order = String(format || 'YYYY/MM/DD').split(/[/.\-]/);
  if (parts.length !== 3 || order.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const at = (tok) => Number(parts[order.indexOf(tok)]);
  const y = at('YYYY');
  const m = at('MM');
  const d = at('DD');
  if (parts[order.indexOf('YYYY')].length !== 4 || !real(y, m, d)) return null;
  return iso(y, m, d);
}

/** The ISO day `n` days after `day`. */
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The ISO day `n` months after `day` (the day of the month kept, or the month's last). */
export function addMonths(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const yy = first.getUTCFullYear();
  const mm = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  return iso(yy, mm, Math.min(d, last));
}

/** `day` kept within [min, max] (either may be missing). */
export function clampDay(day, min, max) {
  if (min && day < min) return min;
  if (max && day > max) return max;
  return day;
}

/** Today as an ISO day (the page's local date). */
export function today() {
  const t = new Date();
  return iso(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = [['Su', 'Sunday'], ['Mo', 'Monday'], ['Tu', 'Tuesday'], ['We', 'Wednesday'], ['Th', 'Thursday'], ['Fr', 'Friday'], ['Sa', 'Saturday']];

/** The weeks (Sunday first) of the month holding `day`: ISO days, null outside the month. */
export function monthWeeks(day) {
  const [y, m] = day.split('-').map(Number);
  const lead = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = [...Array(lead).fill(null), ...Array.from({ length: count }, (_v, i) => iso(y, m, i + 1))];
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The calendar icon of 1.67's date fields (Material "calendar_today"). */
export function CalendarIcon() {
  return html`<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><path d="M20 3h-1V1h-2v2H7V1H5v2H4c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 18H4V10h16v11zm0-13H4V5h16v3z" /></svg>`;
}

/**
 * A month grid.  `selected` are the chosen days (a range's ends and the
 * days between are marked), `start` the focused day when it opens.
 * @param {{start: string, selected: string[], min?: string|null, max?: string|null, range?: boolean,
 *   onPick: (day: string) => void, idPrefix: string}} props
 */
export function Calendar({ start, selected, min, max, range, onPick, idPrefix }) {
  const [focus, setFocus] = useState(clampDay(start, min, max));
  const grid = useRef(/** @type {HTMLElement|null} */ (null));
  const moved = useRef(false);
  useLayoutEffect(() => {
    const cell = grid.current && /** @type {HTMLElement|null} */ (grid.current.querySelector('[tabindex="0"]'));
    if (cell) cell.focus();
  }, [focus]);
  const go = (day) => { moved.current = true; setFocus(clampDay(day, min, max)); };
  const [y, m] = focus.split('-').map(Number);
  const titleId = idPrefix + '-month';
  const off = (day) => (min && day < min) || (max && day > max);
  const [lo, hi] = selected.length === 2 ? [...selected].sort() : [selected[0], selected[0]];
  const onKeyDown = (ev) => {
    const k = ev.key;
    let next = null;
    if (k === 'ArrowLeft') next = addDays(focus, -1);
    else if (k === 'ArrowRight') next = addDays(focus, 1);
    else if (k === 'ArrowUp') next = addDays(focus, -7);
    else if (k === 'ArrowDown') next = addDays(focus, 7);
    else if (k === 'PageUp') next = addMonths(focus, ev.shiftKey ? -12 : -1);
    else if (k === 'PageDown') next = addMonths(focus, ev.shiftKey ? 12 : 1);
    else if (k === 'Home') next = addDays(focus, -new Date(focus + 'T00:00:00Z').getUTCDay());
    else if (k === 'End') next = addDays(focus, 6 - new Date(focus + 'T00:00:00Z').getUTCDay());
    else if (k === 'Enter' || k === ' ') {
      ev.preventDefault();
      if (!off(focus)) onPick(focus);
      return;
    }
    if (next) { ev.preventDefault(); go(next); }
  };
  const month = (n) => go(addMonths(focus, n));
  return html`<div class="tl-cal">
    <div class="tl-cal-head">
      <button type="button" class="tl-cal-nav" aria-label="Previous month" onClick=${() => month(-1)}>‹</button>
      <span class="tl-cal-title" id=${titleId} aria-live="polite">${MONTHS[m - 1]} ${y}</span>
      <button type="button" class="tl-cal-nav" aria-label="Next month" onClick=${() => month(1)}>›</button>
    </div>
    <table role="grid" class="tl-cal-grid" aria-labelledby=${titleId} ref=${grid} onKeyDown=${onKeyDown}>
      <thead><tr>${DAYS.map(([s, l]) => html`<th scope="col" abbr=${l}><span aria-hidden="true">${s}</span><span class="tl-sr-only">${l}</span></th>`)}</tr></thead>
      <tbody>${monthWeeks(focus).map((week, wi) => html`<tr key=${wi}>${week.map((day, di) => {
        if (!day) return html`<td key=${di} role="gridcell"></td>`;
        const sel = lo && day >= lo && day <= hi;
        const ends = day === lo || day === hi;
        return html`<td key=${day} role="gridcell" tabindex=${day === focus ? 0 : -1} aria-selected=${sel ? 'true' : 'false'}
          aria-disabled=${off(day) ? 'true' : undefined} aria-label=${`${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8))}, ${day.slice(0, 4)}`}
          class=${'tl-cal-day' + (sel ? (ends ? ' tl-cal-end' : ' tl-cal-mid') : '') + (day === today() ? ' tl-cal-today' : '') + (range ? ' tl-cal-range' : '')}
          onClick=${() => { if (!off(day)) { setFocus(day); onPick(day); } }}>${Number(day.slice(8))}</td>`;
      })}</tr>`)}</tbody>
    </table>
  </div>`;
}
