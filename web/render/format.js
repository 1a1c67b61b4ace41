// printf-style number formatting (Streamlit's number_input/slider `format`)
// and date/time display for sliders (microseconds since the epoch, UTC).

import { formatDate } from './date_format.js';
import { sprintf } from './printf.js';

/** Number of decimals in a step (0.05 -> 2). */
export function decimals(x) {
  if (!isFinite(x)) return 0;
  const s = String(x);
  const e = s.match(/e-(\d+)$/);
  if (e) return +e[1];
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Round away float noise: 0.1+0.2 -> 0.3 given a step of 0.1. */
export function roundTo(v, step) {
  const d = Math.min(15, Math.max(decimals(step), decimals(v) > 10 ? decimals(step) : decimals(v)));
  return +v.toFixed(d);
}


/** Show a slider value by its data_type; dates and times through the momentjs-style
 *  `format` as 1.67 does (its defaults: "YYYY-MM-DD" for dates and datetimes, "HH:mm"). */
export function formatSliderValue(v, props) {
  const t = props.data_type;
  if (t === 'date' || t === 'time' || t === 'datetime') {
    const iso = new Date(v / 1000).toISOString().slice(0, 23);   // UTC wall time, no offset
    const fmt = props.format || (t === 'time' ? 'HH:mm' : 'YYYY-MM-DD');
    return fmt === 'iso8601' ? (t === 'date' ? iso.slice(0, 10) : t === 'time' ? iso.slice(11) + 'Z' : iso + 'Z')
      : formatDate(iso, t, fmt);
  }
  if (props.format) return sprintf(props.format, v);
  if (t === 'int') return String(Math.trunc(v));
  return String(roundTo(v, props.step || 0.01));
}

/** Show a number_input value. */
export function formatNumber(v, props) {
  if (v == null || v === '') return '';
  const fmt = props.format || (props.data_type === 'int' ? '%d' : '%0.2f');
  const s = sprintf(fmt, v);
  // type=number inputs accept only plain numbers: fall back when the format adds text.
  return /^[-+]?\d*\.?\d*(e[-+]?\d+)?$/i.test(s.trim()) ? s.trim() : String(v);
}
