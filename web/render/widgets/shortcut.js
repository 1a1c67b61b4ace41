// Keyboard shortcuts of buttons (props.shortcut, normalised by Python:
// "ctrl+shift+k"): a key press anywhere in the page, outside text fields,
// clicks the button.
import { useEffect, useRef } from 'preact/hooks';

const KEY_NAMES = { enter: 'Enter', space: ' ', tab: 'Tab', escape: 'Escape', backspace: 'Backspace', delete: 'Delete',
  home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown', left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' };

/** Whether a keydown event is the shortcut `spec`. */
export function matchesShortcut(spec, ev) {
  const parts = String(spec).split('+');
  const key = parts.pop();
  const mods = new Set(parts);
  if (ev.ctrlKey !== mods.has('ctrl') || ev.metaKey !== mods.has('cmd') || ev.altKey !== mods.has('alt') || ev.shiftKey !== mods.has('shift')) return false;
  const want = KEY_NAMES[key];
  if (want) return ev.key === want;
  return ev.key.toLowerCase() === key || (ev.code && ev.code.toLowerCase() === (/^[0-9]$/.test(key) ? 'digit' + key : 'key' + key));
}

function inTextField(target) {
  const el = /** @type {HTMLElement|null} */ (target);
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' ||
    (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(/** @type {HTMLInputElement} */ (el).type));
}

/** Call `fire` when the shortcut is pressed (nothing when `spec` is empty or `disabled`). */
export function useShortcut(spec, fire, disabled = false) {
  const cb = useRef(fire);
  cb.current = fire;
  useEffect(() => {
    if (!spec || disabled || typeof document === 'undefined') return;
    const onKey = (ev) => {
      if (ev.defaultPrevented || ev.repeat || inTextField(ev.target) || !matchesShortcut(spec, ev)) return;
      ev.preventDefault();
      cb.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [spec, disabled]);
}

/** The shortcut as shown to users (aria-keyshortcuts form): "Control+Shift+K". */
export function shortcutLabel(spec) {
  if (!spec) return undefined;
  const names = { ctrl: 'Control', cmd: 'Meta', alt: 'Alt', shift: 'Shift' };
  return String(spec).split('+').map((t) => names[t] || KEY_NAMES[t] || t.toUpperCase()).join('+');
}
