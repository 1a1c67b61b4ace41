// st.color_picker as 1.67 draws it: a swatch button (no printed hex) that
// opens a small dialog to change the colour, with a native colour input and
// a hex field (keyboard: Tab into it, type, Enter).  The colour is committed
// when the dialog closes (Enter, Escape, the swatch again or a click outside),
// as 1.67 commits it.
import { useState, useRef, useLayoutEffect } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { useOutsideClose } from './combobox.js';

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

function ColorPicker({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const v = sixDigits(w.e.value);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(v);
  const [hex, setHex] = useState(v);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btn = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const hexInput = useRef(/** @type {HTMLInputElement|null} */ (null));
  const name = ariaName(node);
  const close = (focus = false) => {
    setOpen(false);
    if (draft !== v) w.commit(draft);
    if (focus) btn.current?.focus();
  };
  useOutsideClose(open, root, () => close());
  useLayoutEffect(() => { if (open) hexInput.current?.select(); }, [open]);
  const toggle = () => {
    if (p.disabled) return;
    if (open) { close(); return; }
    setDraft(v);
    setHex(v);
    setOpen(true);
  };
  const set = (c) => { setDraft(c); setHex(c); };
  const onKeyDown = (ev) => {
    if (ev.key === 'Escape' || (ev.key === 'Enter' && ev.target === hexInput.current)) {
      ev.preventDefault();
      ev.stopPropagation();
      close(true);
    }
  };
  const shown = open ? draft : v;
  return html`<div ...${elAttrs(node)} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-color">
      <button type="button" class="tl-color-btn" id=${w.id} ref=${btn} disabled=${!!p.disabled}
        aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} aria-describedby=${w.id + '-hex'}
        aria-label=${p.label_visibility && p.label_visibility !== 'visible' ? name : undefined} onClick=${toggle}>
        <span class="tl-color-swatch" data-testid="stColorPickerBlock" style=${`background-color:${shown}`}></span>
      </button>
      <span class="tl-sr-only" id=${w.id + '-hex'}>${shown}</span>
      ${open ? html`<div class="tl-color-pop" role="dialog" aria-label=${name + ' color picker'} onKeyDown=${onKeyDown}>
        <input type="color" class="tl-color-native" value=${draft} aria-label="Color"
          onInput=${(ev) => set(ev.currentTarget.value)} />
        <label class="tl-color-hex-field"><span>Hex</span>
          <input class="tl-input" ref=${hexInput} value=${hex} maxLength=${7} spellcheck=${false} autocomplete="off"
            onInput=${(ev) => { const t = ev.currentTarget.value; setHex(t); const c = parseHex(t); if (c) setDraft(c); }} />
        </label>
      </div>` : null}
    </div>
  </div>`;
}

export default { color_picker: ColorPicker };
