// printf-style formats as Streamlit 1.67's page applies them: its number
// input, slider and the grid's NumberColumn pass `format` to sprintf-js, whose
// rules differ from C's and Python's in ways people see:
//   %d/%i/%u/%x/%o/%b take parseInt of the value (3.99 -> 3, -3.7 -> -3; %x and
//     %o of a negative wrap to 32 bits, as >>> 0);
//   %f/%e/%g without a precision give the number as JavaScript writes it
//     (%f of 1.5 is "1.5", %e of 1234.5 is "1.2345e+3");
//   the flags are + (a sign on numbers), 0 or 'c (the padding), - (left
//     aligned); a space or # is no flag: the format is refused (SyntaxError).
// One value per format; a placeholder past the first has none and throws, as
// sprintf-js does for a number placeholder without an argument.  sprintf()
// shows the plain number instead, as 1.67's callers do on a throw.

const TEXT = /^[^%]+/;
const PERCENT = /^%%/;
// %[n$][+][0|'c][-][width][.precision]type (named arguments, %(name)s, need an object: refused)
const PLACEHOLDER = /^%(?:([1-9]\d*)\$)?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/;
const NUMERIC = /[bcdiefguxX]/;
const SIGNED = /[diefg]/;

/** parseInt of the number's text, as sprintf-js takes an integer (5e-7 -> 5, 1e21 -> 1). @param {any} v */
const int = (v) => parseInt(String(v), 10);

/**
 * Format `value` with `fmt`, as sprintf-js does.
 * @param {string} fmt
 * @param {any} value
 * @returns {string}
 * @throws {SyntaxError|TypeError} a format sprintf-js refuses, or a second placeholder
 */
export function printf(fmt, value) {
  let out = '';
  let rest = String(fmt);
  let next = 1; // the implicit argument the next placeholder takes
  while (rest) {
    let m;
    if ((m = TEXT.exec(rest))) out += m[0];
    else if ((m = PERCENT.exec(rest))) out += '%';
    else if ((m = PLACEHOLDER.exec(rest))) out += placeholder(m, m[1] ? Number(m[1]) === 1 ? value : undefined : next++ === 1 ? value : undefined);
    else throw new SyntaxError(`[sprintf] unexpected placeholder in ${JSON.stringify(fmt)}`);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** @param {RegExpExecArray} m @param {any} arg */
function placeholder(m, arg) {
  const [, , plus, padChar, left, width, precision, type] = m;
  if (NUMERIC.test(type) && typeof arg !== 'number' && Number.isNaN(Number(arg))) {
    throw new TypeError(`[sprintf] expecting number but found ${typeof arg}`);
  }
  const p = precision === undefined ? undefined : Number(precision);
  /** @type {any} */ let s;
  const cut = (t) => (p === undefined ? t : t.substring(0, p));
  const n = Number(arg);
  switch (type) {
    case 'd': case 'i': s = int(arg); break;
    case 'u': s = int(arg) >>> 0; break;
    case 'b': case 'o': case 'x': case 'X': s = (type === 'b' ? int(arg) : int(arg) >>> 0).toString(type === 'b' ? 2 : type === 'o' ? 8 : 16); if (type === 'X') s = s.toUpperCase(); break;
    case 'c': s = String.fromCharCode(int(arg)); break;
    case 'e': s = p !== undefined ? n.toExponential(p) : n.toExponential(); break;
    case 'f': s = p !== undefined ? n.toFixed(p) : n; break;
    case 'g': s = p !== undefined ? String(Number(n.toPrecision(p))) : n; break;
    case 'j': return JSON.stringify(arg, null, width ? Number(width) : 0);
    case 't': s = cut(String(!!arg)); break;
    case 'T': s = cut(Object.prototype.toString.call(arg).slice(8, -1).toLowerCase()); break;
    case 'v': s = cut(String(arg?.valueOf())); break;
    default: s = cut(String(arg)); // s
  }
  let sign = '';
  if (SIGNED.test(type)) {
    const positive = Number(arg) >= 0;
    if (!positive || plus) {
      sign = positive ? '+' : '-';
      s = String(s).replace(/^[+-]/, '');
    }
  }
  s = String(s);
  const pad = padChar ? (padChar === '0' ? '0' : padChar.charAt(1)) : ' ';
  const fill = width ? pad.repeat(Math.max(0, Number(width) - (sign + s).length)) : '';
  return left ? sign + s + fill : pad === '0' ? sign + fill + s : fill + sign + s;
}

/**
 * `printf`, or the plain number for a format it refuses (as 1.67's number input, slider and
 * grid fall back).
 * @param {string} fmt @param {any} value
 */
export function sprintf(fmt, value) {
  try {
    return printf(fmt, value);
  } catch {
    return String(value);
  }
}
