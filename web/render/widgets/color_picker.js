// st.color_picker as 1.67 draws it: a swatch button named "<label> color
// picker" that opens a popover dialog (data-testid stColorPickerPopover) with
// a saturation/brightness pad, a hue slider, a swatch of the new colour and
// the colour's fields (hex; the arrows button switches to r/g/b and h/s/l, as
// 1.67's picker does).  The swatch's description is the colour (aria-description:
// no text in the page that a search for the colour could also find).  Unlike 1.67's, the pad and the hue slider are
// keyboard-operable sliders with names ("Saturation and brightness": Left/Right
// saturation, Up/Down brightness; "Hue": the arrow keys; Shift for steps of
// 10).  The colour is committed when the popover closes (Escape, the swatch
// again, a click outside, Tab out of it, or Enter in a field), as 1.67 commits it.
import { useState, useRef, useLayoutEffect } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { useOutsideClose } from './combobox.js';
import {
  sixDigits, parseHex, hexToRgb, rgbToHex, rgbToHsl, hslToRgb, hexToHsv, hsvToHex,
} from './color_space.js';

export { sixDigits, parseHex };

const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
const pct = (x) => Math.round(x * 100);

/** The change a key makes to a slider value (unit steps, Shift for 10), or null. */
function keyStep(ev) {
  const big = ev.shiftKey ? 10 : 1;
  switch (ev.key) {
    case 'ArrowRight': case 'ArrowUp': return big;
    case 'ArrowLeft': case 'ArrowDown': return -big;
    case 'PageUp': return 10;
    case 'PageDown': return -10;
    default: return null;
  }
}

/** Pointer drags over `el`: calls `at(x, y)` with fractions 0..1 of its box. */
function dragHandlers(at) {
  const move = (ev) => {
    const r = ev.currentTarget.getBoundingClientRect();
    at(clamp((ev.clientX - r.left) / (r.width || 1), 0, 1), clamp((ev.clientY - r.top) / (r.height || 1), 0, 1));
  };
  return {
    onPointerDown: (ev) => {
      if (ev.button !== 0) return;
      ev.preventDefault();
      ev.currentTarget.focus();
      ev.currentTarget.setPointerCapture?.(ev.pointerId);
      move(ev);
    },
    onPointerMove: (ev) => { if (ev.currentTarget.hasPointerCapture?.(ev.pointerId)) move(ev); },
  };
}

/**
 * One of the picker's text fields (react-color's "editable input"): the
 * typed text stays while focused; `apply(text)` takes it when it is valid;
 * ArrowUp/Down change a number by 1.  The label is shown under the field.
 */
function Field({ id, label, value, apply, onEnter, number = false }) {
  const [text, setText] = useState(/** @type {string|null} */ (null));
  const onKeyDown = (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); onEnter(); return; }
    if (!number || (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown')) return;
    const n = parseFloat(text ?? value);
    if (!Number.isFinite(n)) return;
    ev.preventDefault();
    const next = String(n + (ev.key === 'ArrowUp' ? 1 : -1));
    if (apply(next)) setText(null);
  };
  return html`<div class="tl-cp-field">
    <input class="tl-cp-input" id=${id} value=${text ?? value} spellcheck=${false} autocomplete="off"
      onInput=${(ev) => { const t = ev.currentTarget.value; setText(t); apply(t); }}
      onBlur=${() => setText(null)} onKeyDown=${onKeyDown} />
    <label class="tl-cp-field-label" for=${id}>${label}</label>
  </div>`;
}

/** The popover's contents: pad, hue, swatch and fields, for colour `hsv` (set through `setHsv`). */
function Picker({ id, hsv, setHsv, hex, onEnter }) {
  const [view, setView] = useState(/** @type {'hex'|'rgb'|'hsl'} */ ('hex'));
  const { h, s, v } = hsv;
  const padKey = (ev) => {
    const d = keyStep(ev);
    if (d == null) return;
    ev.preventDefault();
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') setHsv({ h, s: clamp(pct(s) / 100 + d / 100, 0, 1), v });
    else setHsv({ h, s, v: clamp(pct(v) / 100 + d / 100, 0, 1) });
  };
  const hueKey = (ev) => {
    let next = ev.key === 'Home' ? 0 : ev.key === 'End' ? 360 : null;
    if (next == null) {
      const d = keyStep(ev);
      if (d == null) return;
      next = clamp(Math.round(h) + d, 0, 360);
    }
    ev.preventDefault();
    setHsv({ h: next, s, v });
  };
  const rgb = hexToRgb(hex);
  const hsl = rgbToHsl(rgb, h);
  const setRgb = (part, text) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 255) return false;
    setHsv(hexToHsv(rgbToHex({ ...rgb, [part]: n }), h));
    return true;
  };
  const setHsl = (part, text) => {
    const n = Number(String(text).replace(/[%°]/g, ''));
    if (String(text).trim() === '' || !Number.isFinite(n) || n < 0 || n > (part === 'h' ? 360 : 100)) return false;
    const next = { ...hsl, [part]: part === 'h' ? n : n / 100 };
    setHsv(hexToHsv(rgbToHex(hslToRgb(next)), next.h));
    return true;
  };
  const views = { hex: 'rgb', rgb: 'hsl', hsl: 'hex' };
  return html`<div class="tl-cp">
    <div class="tl-cp-pad" role="slider" tabindex="0" aria-label="Saturation and brightness"
      aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct(s)}
      aria-valuetext=${`Saturation ${pct(s)}%, brightness ${pct(v)}%`}
      style=${`background-color:hsl(${h},100%,50%)`} onKeyDown=${padKey}
      ...${dragHandlers((x, y) => setHsv({ h, s: x, v: 1 - y }))}>
      <span class="tl-cp-pad-mark" style=${`left:${s * 100}%;top:${(1 - v) * 100}%`}></span>
    </div>
    <div class="tl-cp-body">
      <div class="tl-cp-controls">
        <span class="tl-cp-dot" style=${`background-color:${hex}`}></span>
        <div class="tl-cp-hue" role="slider" tabindex="0" aria-label="Hue" aria-valuemin="0" aria-valuemax="360"
          aria-valuenow=${Math.round(h)} aria-valuetext=${`${Math.round(h)}°`} onKeyDown=${hueKey}
          ...${dragHandlers((x) => setHsv({ h: Math.round(x * 360), s, v }))}>
          <span class="tl-cp-hue-mark" style=${`left:${(h / 360) * 100}%`}></span>
        </div>
      </div>
      <div class="tl-cp-fields">
        ${view === 'hex' ? html`<${Field} key="hex" id=${id + '-hex'} label="hex" value=${hex.toUpperCase()} onEnter=${onEnter}
            apply=${(t) => { const c = parseHex(t); if (c) setHsv(hexToHsv(c, h)); return !!c; }} />`
        : view === 'rgb' ? ['r', 'g', 'b'].map((k) => html`<${Field} key=${k} id=${id + '-' + k} label=${k} number value=${String(rgb[k])}
            onEnter=${onEnter} apply=${(t) => setRgb(k, t)} />`)
        : ['h', 's', 'l'].map((k) => html`<${Field} key=${k} id=${id + '-' + k} label=${k} number
            value=${k === 'h' ? String(Math.round(hsl.h)) : pct(hsl[k]) + '%'} onEnter=${onEnter} apply=${(t) => setHsl(k, t)} />`)}
        <button type="button" class="tl-cp-toggle" aria-label=${`Show ${views[view]} fields`} onClick=${() => setView(views[view])}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M12,18.17L8.83,15L7.42,16.41L12,21L16.59,16.41L15.17,15M12,5.83L15.17,9L16.58,7.59L12,3L7.41,7.59L8.83,9L12,5.83Z" /></svg>
        </button>
      </div>
    </div>
  </div>`;
}

function ColorPicker({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const v = sixDigits(w.e.value);
  const [open, setOpen] = useState(false);
  const [hsv, setHsvState] = useState(() => hexToHsv(v));
  const draft = useRef(v);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const pop = useRef(/** @type {HTMLElement|null} */ (null));
  const name = ariaName(node);
  const setHsv = (next) => { draft.current = hsvToHex(next); setHsvState(next); };
  const close = (focus = false) => {
    setOpen(false);
    if (draft.current !== v) w.commit(draft.current);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  // 1.67 puts the focus in the popover's first field (the hex one).
  useLayoutEffect(() => {
    if (!open) return;
    const first = pop.current?.querySelector('input');
    first?.focus();
  }, [open]);
  const toggle = () => {
    if (p.disabled) return;
    if (open) { close(); return; }
    draft.current = v;
    setHsvState(hexToHsv(v, hsv.h));
    setOpen(true);
  };
  const onKeyDown = (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    ev.stopPropagation();
    close(true);
  };
  // Tab out of the popover (to the swatch or past the last field) closes it, as 1.67.
  const onFocusOut = (ev) => {
    const to = /** @type {Node|null} */ (ev.relatedTarget);
    if (to && pop.current && !pop.current.contains(to)) close();
  };
  const shown = open ? hsvToHex(hsv) : v;
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-color">
      <button type="button" class="tl-color-btn" id=${w.id} ref=${btn} disabled=${!!p.disabled}
        aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} aria-description=${shown}
        aria-label=${name + ' color picker'} onClick=${toggle}>
        <span class="tl-color-swatch" data-testid="stColorPickerBlock" style=${`background-color:${shown}`}></span>
      </button>
      ${open ? html`<div class="tl-color-pop" role="dialog" aria-label=${name + ' color picker'} data-testid="stColorPickerPopover"
          ref=${pop} onKeyDown=${onKeyDown} onFocusOut=${onFocusOut}>
        <${Picker} id=${w.id} hsv=${hsv} setHsv=${setHsv} hex=${hsvToHex(hsv)} onEnter=${() => close(true)} />
      </div>` : null}
    </div>
  </div>`;
}

export default { color_picker: ColorPicker };
