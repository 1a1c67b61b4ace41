// Dates and times as Streamlit 1.67 shows them (momentjs-style tokens,
// "distance", "localized", time zones): what the data grid's cells and the
// page's own sliders (render/format.js) share, in a module of its own so that
// a page without a data grid downloads only this part of grid/format.js.
const DEFAULT_FORMATS = { datetime: 'YYYY-MM-DD HH:mm:ss', date: 'YYYY-MM-DD', time: 'HH:mm:ss' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n, w = 2) => String(Math.abs(Math.trunc(n))).padStart(w, '0');

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
