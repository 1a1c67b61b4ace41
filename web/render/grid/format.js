// Cell values as Streamlit 1.67's grid shows them: numbers (printf-style or
// named formats), dates and times (momentjs-style tokens), durations, lists,
// JSON.  Values arrive typed (see py/tablit/elements/dataframe/wire.py);
// nothing here touches the DOM, so it is shared by cells, search and CSV.

const DEFAULT_FORMATS = { datetime: 'YYYY-MM-DD HH:mm:ss', date: 'YYYY-MM-DD', time: 'HH:mm:ss' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A wire number (or "inf"/"-inf") as a JS number; null stays null. */
export function toNumber(v) {
  if (v === null || v === undefined) return null;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return typeof v === 'number' ? v : Number(v);
}

const pad = (n, w = 2) => String(Math.abs(Math.trunc(n))).padStart(w, '0');

/** printf-style: one %[flags][width][.prec](d|i|u|f|e|E|g|G|s|x|X|%) in literal text. */
function sprintf(fmt, v) {
  return fmt.replace(/%([,+ 0-]*)(\d*)(?:\.(\d+))?([diufeEgGsxX%])/, (_m, flags, width, prec, conv) => {
    if (conv === '%') return '%';
    let s;
    const p = prec === undefined ? undefined : Number(prec);
    switch (conv) {
      case 'd': case 'i': case 'u': s = String(Math.round(v)); break;
      // (as sprintf-js, which 1.67 uses: without a precision %f, %e and %g give the number as it is)
      case 'f': s = p === undefined ? String(v) : v.toFixed(p); break;
      case 'e': case 'E': s = p === undefined ? v.toExponential() : v.toExponential(p); if (conv === 'E') s = s.toUpperCase(); break;
      case 'g': case 'G': s = p === undefined ? String(v) : String(Number(v.toPrecision(p))); break;
      case 'x': case 'X': s = Math.round(v).toString(16); if (conv === 'X') s = s.toUpperCase(); break;
      default: s = String(v);
    }
    if (flags.includes(',')) {
      const [i, f] = s.split('.');
      s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
    }
    if (flags.includes('+') && v >= 0) s = '+' + s;
    if (width && s.length < Number(width)) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
    return s;
  });
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
    default: return sprintf(format, v);
  }
}

/**
 * ISO text -> parts {y, mo, d, h, mi, s, ms, offset} (wall time as written;
 * no time-zone conversion, so a value shows as the script had it).
 */
export function parseIso(text) {
  if (typeof text !== 'string') return null;
  const m = /^(?:(-?\d{4,})-(\d\d)-(\d\d))?[T ]?(?:(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(text);
  if (!m) return null;
  return {
    y: m[1] ? Number(m[1]) : 1970, mo: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1,
    h: Number(m[4] || 0), mi: Number(m[5] || 0), s: Number(m[6] || 0),
    ms: m[7] ? Number((m[7] + '00').slice(0, 3)) : 0, us: m[7] || '', offset: m[8] || '',
  };
}

/** Milliseconds since the epoch of ISO parts, read as UTC wall time (for sorting, distances). */
export function isoToMs(p) {
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
}

function momentFormat(p, fmt) {
  const dow = new Date(Date.UTC(p.y, p.mo - 1, p.d)).getUTCDay();
  const h12 = p.h % 12 || 12;
  const ord = (n) => n + (['th', 'st', 'nd', 'rd'][(n % 100 - 20) % 10] || ['th', 'st', 'nd', 'rd'][n % 100] || 'th');
  const tokens = {
    YYYY: () => String(p.y), YY: () => pad(p.y % 100), MMMM: () => MONTHS[p.mo - 1], MMM: () => MONTHS[p.mo - 1].slice(0, 3),
    MM: () => pad(p.mo), M: () => String(p.mo), Do: () => ord(p.d), DD: () => pad(p.d), D: () => String(p.d),
    dddd: () => DAYS[dow], ddd: () => DAYS[dow].slice(0, 3), HH: () => pad(p.h), H: () => String(p.h),
    hh: () => pad(h12), h: () => String(h12), mm: () => pad(p.mi), m: () => String(p.mi), ss: () => pad(p.s),
    s: () => String(p.s), SSS: () => pad(p.ms, 3), A: () => (p.h < 12 ? 'AM' : 'PM'), a: () => (p.h < 12 ? 'am' : 'pm'),
    Z: () => (p.offset === 'Z' ? '+00:00' : p.offset), X: () => String(Math.floor(isoToMs(p) / 1000)),
  };
  return fmt.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|Z|X/g,
    (tok, lit) => (lit !== undefined ? lit : tokens[tok]()));
}

/** "3 days ago" / "in 2 hours" (momentjs' fromNow wording). */
export function distance(ms, now = Date.now()) {
  const diff = (ms - now) / 1000;
  const a = Math.abs(diff);
  const phrase = a < 45 ? 'a few seconds' : a < 90 ? 'a minute' : a < 2700 ? `${Math.round(a / 60)} minutes`
    : a < 5400 ? 'an hour' : a < 79200 ? `${Math.round(a / 3600)} hours` : a < 129600 ? 'a day'
      : a < 2246400 ? `${Math.round(a / 86400)} days` : a < 3888000 ? 'a month'
        : a < 29808000 ? `${Math.round(a / 2592000)} months` : a < 47260800 ? 'a year' : `${Math.round(a / 31536000)} years`;
  return diff < 0 ? `${phrase} ago` : `in ${phrase}`;
}

const FIXED_ZONE = /^(?:UTC|GMT)?([+-])(\d\d):?(\d\d)$/;

/**
 * The same instant as ISO parts in the time zone `tz` (an IANA name, 'UTC', or a
 * fixed offset such as '+01:00'), with that zone's offset; null if `tz` is unknown.
 */
export function inZone(p, tz) {
  const utc = isoToMs(p) - offsetMinutes(p.offset) * 60000;
  let off;
  const fixed = FIXED_ZONE.exec(tz);
  if (fixed) off = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  else if (/^(UTC|GMT|Z)$/i.test(tz)) off = 0;
  else {
    try {
      const name = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
        .formatToParts(new Date(utc)).find((x) => x.type === 'timeZoneName').value; // 'GMT+01:00' or 'GMT'
      const m = /([+-])(\d\d):(\d\d)/.exec(name);
      off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    } catch { return null; }
  }
  const d = new Date(utc + off * 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), us: p.us, offset: `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`,
  };
}

function offsetMinutes(offset) {
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(offset || '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * A date/time value (ISO text) in a DatetimeColumn/DateColumn/TimeColumn format.  As in
 * Streamlit 1.67 a datetime with a time zone (its own UTC offset, or the column's
 * `timezone`, into which it is converted) shows its offset by default: '2024-01-01 12:00:00+01:00'.
 */
export function formatDate(v, kind, format, timezone) {
  let p = parseIso(String(v));
  if (!p) return String(v);
  if (timezone && kind === 'datetime') p = inZone(p, timezone) || p;
  let fmt = format || DEFAULT_FORMATS[kind] || DEFAULT_FORMATS.datetime;
  if (!format && kind === 'datetime' && p.offset) fmt += 'Z';
  if (fmt === 'iso8601') return String(v);
  if (fmt === 'distance') return distance(isoToMs(p) - offsetMinutes(p.offset) * 60000);
  if (fmt === 'localized' || fmt === 'calendar') {
    const d = new Date(isoToMs(p));
    const o = { timeZone: 'UTC' };
    return kind === 'date' ? d.toLocaleDateString(undefined, { ...o, dateStyle: 'medium' })
      : kind === 'time' ? d.toLocaleTimeString(undefined, { ...o, timeStyle: 'short' })
        : d.toLocaleString(undefined, { ...o, dateStyle: 'medium', timeStyle: 'short' });
  }
  return momentFormat(p, fmt);
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
