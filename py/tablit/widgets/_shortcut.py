"""Keyboard shortcuts of buttons (``shortcut="Ctrl+K"``), normalised as Streamlit does.

The normalised form (``"ctrl+shift+k"``: modifiers in the order ctrl, cmd,
alt, shift, then one key) travels in ``props.shortcut``; the page listens for
it (``web/render/widgets/shortcut.js``) and clicks the button.
"""

from __future__ import annotations

import logging

from .. import errors

log = logging.getLogger("tablit")

_MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
              "alt": "alt", "option": "alt", "shift": "shift", "mod": "ctrl"}
_ORDER = ("ctrl", "cmd", "alt", "shift")
_KEYS = {"enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
         "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete",
         "del": "delete", "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
         "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right", "up": "up",
         "arrowup": "up", "down": "down", "arrowdown": "down"}
_RESERVED = {"c", "r"}
_BROWSER_RESERVED = frozenset({
    "ctrl+t", "cmd+t", "ctrl+w", "cmd+w", "ctrl+n", "cmd+n", "ctrl+shift+t", "cmd+shift+t",
    "ctrl+shift+n", "cmd+shift+n", "ctrl+shift+w", "cmd+shift+w", "ctrl+tab", "ctrl+shift+tab",
    "cmd+tab", "cmd+shift+tab", "ctrl+pageup", "ctrl+pagedown", "cmd+pageup", "cmd+pagedown",
    "ctrl+l", "cmd+l", "alt+f4", "f11"})
_warned: set[str] = set()


def _key(token: str) -> str:
    if token in _KEYS:
        return _KEYS[token]
    if len(token) == 1 and token.isalnum():
        return token
    if token.startswith("f") and token[1:].isdigit():
        return token
    raise errors.StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys "
        "(e.g. Enter, Space, Tab, Escape).")


def normalize_shortcut(shortcut: object) -> str:
    """``"Ctrl+K"`` -> ``"ctrl+k"``, or Streamlit's error for a shortcut it refuses."""
    if not isinstance(shortcut, str):
        raise errors.invalid_type("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise errors.StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: list[str] = []
    key: str | None = None
    for raw in tokens:
        lower = raw.lower()
        if lower in _MODIFIERS:
            if _MODIFIERS[lower] not in modifiers:
                modifiers.append(_MODIFIERS[lower])
            continue
        if key is not None:
            raise errors.StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key.")
        key = _key(lower)
        if key in _RESERVED:
            raise errors.StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.")
    if key is None:
        raise errors.StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.")
    normalized = "+".join([m for m in _ORDER if m in modifiers] + [key])
    if normalized in _BROWSER_RESERVED and normalized not in _warned:
        _warned.add(normalized)
        log.warning("The shortcut %s is typically reserved by the browser or operating system and "
                    "may never reach Streamlit. Consider choosing a different combination.", shortcut)
    return normalized
