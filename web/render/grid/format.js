// Cell values as Streamlit 1.67's grid shows them: numbers (printf-style or
// named formats), dates and times (momentjs-style tokens), durations, lists,
// JSON.  Values arrive typed (see py/tablit/elements/dataframe/wire.py);
// nothing here touches the DOM, so it is shared by cells, search and CSV.

import { distance, formatDate, inZone, isoToMs, parseIso } from '../date_format.js';
import { sprintf } from '../printf.js';

export { distance, formatDate, inZone, isoToMs, parseIso };

/** A wire number (or "inf"/"-inf") as a JS number; null stays null. */
export function toNumber(v) {
  if (v === null || v === undefined) return null;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return typeof v === 'number' ? v : Number(v);
}


/**
 * A NumberColumn's printf-style format, as 1.67's grid applies it (../printf.js), with a ","
 * flag for thousands separators in the integer part ("%,.1f": 1,234,567.9).
 * @param {string} fmt @param {number} v
 */
function grouped(fmt, v) {
  if (!/%[^a-zA-Z%]*,/.test(fmt)) return sprintf(fmt, v);
  return sprintf(fmt.replace(/(%[^a-zA-Z%]*?),/, '$1'), v).replace(/\d+/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

/** Digits after the point of a step (0.01 -> 2, 1 -> 0, 1e-7 -> 7). */
export function stepDecimals(step) {
  if (typeof step !== 'number' || !Number.isFinite(step)) return undefined;
  const t = String(step);
  const e = /e-(\d+)$/.exec(t);
  if (e) return Number(e[1]) + ((t.split('e')[0].split('.')[1] || '').length);
  return (t.split('.')[1] || '').length;
}

/** Fixed decimals, without thousands separators (as numbro with thousandSeparated: false). */
function fixed(v, digits, trim) {
  let s = v.toFixed(Math.min(digits, 100));
  if (trim && s.includes('.')) s = s.replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * A number as the grid shows it (Streamlit 1.67's formatNumber): by default no thousands
 * separators and at most four decimals (more for tiny values, so they do not show as 0),
 * or exactly `precision` decimals when the column has a step (integer columns: 0).
 * @param {number} v
 * @param {string|null|undefined} format  a NumberColumn format
 * @param {boolean} [isInt]
 * @param {number} [precision]  decimals from the column's step
 */
export function formatNumber(v, format, isInt = false, precision = undefined) {
  if (!Number.isFinite(v)) return String(v);
  const c = precision ?? (isInt ? 0 : undefined);
  const decimals = (lo, hi) => ({ minimumFractionDigits: c ?? lo, maximumFractionDigits: c ?? hi });
  switch (format) {
    case undefined: case null: case '': {
      if (c !== undefined) return fixed(c === 0 ? Math.round(v) : v, c, false);
      const small = v !== 0 && Math.abs(v) < 1e-4;
      return fixed(v, small ? Math.abs(Number(v.toExponential().split('e')[1])) : 4, true);
    }
    case 'plain': return String(v).includes('e') ? fixed(v, 20, true) : String(v);
    case 'localized': return v.toLocaleString(undefined, c === undefined ? {} : { minimumFractionDigits: c, maximumFractionDigits: c });
    case 'percent': return new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: c === undefined ? 0 : Math.max(c - 2, 0), maximumFractionDigits: c === undefined ? 2 : Math.max(c - 2, 0) }).format(v);
    case 'dollar': return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', ...decimals(2, 2) }).format(v);
    case 'euro': return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', ...decimals(2, 2) }).format(v);
    case 'yen': return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY', currencyDisplay: 'narrowSymbol', ...decimals(0, 0) }).format(v);
    case 'accounting': {
      // thousands separated, two decimals, negatives in parentheses (no currency sign)
      const t = new Intl.NumberFormat('en-US', { useGrouping: true, ...decimals(2, 2) }).format(Math.abs(v));
      return v < 0 ? `(${t})` : t;
    }
    case 'compact': case 'scientific': case 'engineering': return new Intl.NumberFormat('en-US', { notation: format }).format(v);
    case 'bytes': {
      const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
      let i = 0; let x = v;
      while (Math.abs(x) >= 1000 && i < units.length - 1) { x /= 1000; i++; }
      return `${Number(x.toFixed(1))}${units[i]}`;
    }
    default: return grouped(format, v);
  }
}

/** Seconds as momentjs' humanized duration ("a day", "3 hours"). */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) return '';
  return distance(Date.now() + seconds * 1000).replace(/^in /, '').replace(/ ago$/, '');
}

/**
 * The text of a cell (what search and CSV see; cells with richer drawing use it as their label).
 * @param {any} v         the wire value
 * @param {{type: string, config?: any}} col
 */
export function cellText(v, col) {
  if (v === null || v === undefined) return 'None';
  const tc = (col.config && col.config.type_config) || {};
  const t = tc.type || '';
  switch (col.type) {
    case 'int': case 'float': case 'decimal':
      if (t === 'text' || t === 'link') return String(v);
      return formatNumber(toNumber(v), t === 'checkbox' ? null : tc.format, col.type === 'int', stepDecimals(tc.step));
    case 'bool': return v ? 'true' : 'false';
    case 'datetime': case 'date': case 'time':
      if (t === 'text') return String(v);
      return formatDate(v, t === 'date' || t === 'time' || t === 'datetime' ? t : col.type, tc.format, tc.timezone);
    case 'timedelta': return formatDuration(toNumber(v));
    case 'list': return Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : String(v);
    case 'dict': return JSON.stringify(v);
    default:
      if (typeof v === 'object') return JSON.stringify(v);
      return String(v);
  }
}

/** A value to sort by: numbers, ISO text (sorts as time), or lower-cased text. */
export function sortKey(v, col) {
  if (v === null || v === undefined) return null;
  switch (col.type) {
    case 'int': case 'float': case 'decimal': case 'timedelta': return toNumber(v);
    case 'bool': return v ? 1 : 0;
    case 'datetime': case 'date': case 'time': { const p = parseIso(String(v)); return p ? isoToMs(p) : String(v); }
    default: return typeof v === 'object' ? JSON.stringify(v) : String(v).toLowerCase();
  }
}

/** One CSV field. */
export function csvField(v, col) {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : col.type === 'bool' ? (v ? 'true' : 'false') : String(v);
  if (/[",\n\r]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}
