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
  // Ctrl, Cmd, Meta and Mod are interchangeable (Streamlit 1.67): either key stands for both
  const primary = mods.has('ctrl') || mods.has('cmd');
  if ((ev.ctrlKey || ev.metaKey) !== primary || ev.altKey !== mods.has('alt') || ev.shiftKey !== mods.has('shift')) return false;
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

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || '');
const HINT_KEYS = { enter: 'Enter', space: 'Space', tab: 'Tab', escape: 'Esc', backspace: 'Backspace', delete: 'Delete',
  home: 'Home', end: 'End', pageup: 'PgUp', pagedown: 'PgDn', left: '←', right: '→', up: '↑', down: '↓' };

/** The shortcut as drawn on a button, for the user's platform, as 1.67 draws it: "Ctrl + Shift + K", or "⌘ + ⇧ + K" on a Mac. */
export function shortcutHint(spec) {
  if (!spec) return '';
  const mac = isMac();
  const names = mac ? { ctrl: '⌘', cmd: '⌘', alt: '⌥', shift: '⇧' } : { ctrl: 'Ctrl', cmd: 'Ctrl', alt: 'Alt', shift: 'Shift' };
  const parts = String(spec).split('+');
  const key = parts.pop() || '';
  const mods = [...new Set(parts.map((m) => names[m] || m))];
  const keyName = HINT_KEYS[key] || key.toUpperCase();
  return [...mods, keyName].join(' + ');
}
