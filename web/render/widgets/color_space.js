// Colour conversions of the colour picker: '#rrggbb' <-> RGB <-> HSV/HSL.
// HSV drives the picker's saturation/brightness pad and hue slider; the hue is
// kept by the caller when a colour has none (greys), as 1.67's picker keeps it.

/** '#rrggbb' for <input type=color>: "#abc" -> "#aabbcc"; anything else black. */
export function sixDigits(value) {
  const s = String(value || '').trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return '#' + s[1] + s[1] + s[2] + s[2] + s[3] + s[3];
  return '#000000';
}

/** A typed hex colour ("abc", "#AABBCC") as '#rrggbb', or null when it is not one. */
export function parseHex(text) {
  const s = String(text || '').trim().replace(/^#?/, '#').toLowerCase();
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(s) ? sixDigits(s) : null;
}

/** '#rrggbb' -> {r, g, b} (0-255). */
export function hexToRgb(hex) {
  const s = sixDigits(hex);
  return { r: parseInt(s.slice(1, 3), 16), g: parseInt(s.slice(3, 5), 16), b: parseInt(s.slice(5, 7), 16) };
}

/** {r, g, b} (0-255, clamped and rounded) -> '#rrggbb'. */
export function rgbToHex({ r, g, b }) {
  const two = (n) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
  return '#' + two(r) + two(g) + two(b);
}

/** {r, g, b} -> {h (0-360), s, v (0-1)}; a grey gets hue `keepHue`. */
export function rgbToHsv({ r, g, b }, keepHue = 0) {
  const R = r / 255, G = g / 255, B = b / 255;
  const max = Math.max(R, G, B), min = Math.min(R, G, B), d = max - min;
  let h = keepHue;
  if (d > 0) {
    if (max === R) h = 60 * (((G - B) / d) % 6);
    else if (max === G) h = 60 * ((B - R) / d + 2);
    else h = 60 * ((R - G) / d + 4);
    if (h < 0) h += 360;
  }
  return { h, s: max === 0 ? 0 : d / max, v: max };
}

/** {h, s, v} -> {r, g, b} (0-255, unrounded). */
export function hsvToRgb({ h, s, v }) {
  const f = (n) => {
    const k = (n + h / 60) % 6;
    return 255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1)));
  };
  return { r: f(5), g: f(3), b: f(1) };
}

/** {r, g, b} -> {h (0-360), s, l (0-1)}; a grey gets hue `keepHue`. */
export function rgbToHsl(rgb, keepHue = 0) {
  const { h, s, v } = rgbToHsv(rgb, keepHue);
  const l = v * (1 - s / 2);
  return { h, s: l === 0 || l === 1 ? 0 : (v - l) / Math.min(l, 1 - l), l };
}

/** {h, s, l} -> {r, g, b}. */
export function hslToRgb({ h, s, l }) {
  const v = l + s * Math.min(l, 1 - l);
  return hsvToRgb({ h, s: v === 0 ? 0 : 2 * (1 - l / v), v });
}

export const hsvToHex = (hsv) => rgbToHex(hsvToRgb(hsv));
export const hexToHsv = (hex, keepHue = 0) => rgbToHsv(hexToRgb(hex), keepHue);
