"""``streamlit.components.v2``: Streamlit 1.67's inline bidirectional components.

``st.components.v2.component(name, html=, css=, js=, isolate_styles=)`` returns a
mount command; each call draws a ``bidi_component`` node whose HTML and CSS the
page puts in a shadow root (or straight in the page with ``isolate_styles=False``)
and whose JavaScript module's default export it calls with the component object
(``web/render/elements/bidi_component.js``).  The script talks back through two
widgets, as in 1.67:

* the *state* widget (the node's id): a JSON object of state values, which
  persist across runs (``setStateValue``); ``default`` fills names it lacks;
* the *trigger* widget (``props.events``, carried by the node): the list of
  ``{"event", "value"}`` payloads one interaction fired (``setTriggerValue``),
  seen for that one run only.

``on_<name>_change`` callbacks fire per state name that changed and per trigger
event fired.  ``st.session_state[key]`` shows triggers and state in one dict whose
items can be set before the component is drawn in a run (1.67's write-through).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Callable

from .. import errors
from ..delta_generator import main_dg
from ..elements.sizing import check_width
from ..runtime.context import current_ctx, get_ctx
from ..runtime.runner import RerunException
from ..state.widgets import WidgetSpec, place_widget, register_widget_state

__all__ = ["component"]

log = logging.getLogger("tablit")

EVENT_DELIM = "__"
ARROW_REF_KEY = "__streamlit_arrow_ref__"
_ASSET_EXTENSIONS = (".js", ".css", ".mjs", ".cjs")


class BidiComponentError(errors.StreamlitAPIException):
    """Base class of 1.67's bidirectional component errors."""


class BidiComponentInvalidIdError(BidiComponentError):
    def __init__(self, part: str, delimiter: str) -> None:
        super().__init__(f"The `{part}` of a bidirectional component's ID must not contain "
                         f"the delimiter sequence `{delimiter}`.")


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    def __init__(self, callback_name: str) -> None:
        super().__init__(f"The callback name `'{callback_name}'` is not allowed. Callback names must "
                         "follow the pattern `on_{event_name}_change` where `event_name` is not empty.")


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    def __init__(self, state_key: str, available_keys: list[str]) -> None:
        shown = available_keys or "none"
        super().__init__(f"Key `'{state_key}'` in `default` is not a valid state name. Valid state "
                         "names are those with corresponding `on_{state_name}_change` callbacks. "
                         f"Available state names: `{shown}`")


class BidiComponentUnserializableDataError(BidiComponentError):
    def __init__(self) -> None:
        super().__init__("The `data` provided to the bidirectional component could not be serialized. "
                         "Please ensure the data is JSON-serializable, or is a supported data structure "
                         "like a pandas DataFrame.")


class AttributeDictionary(dict):
    """A dict read by attribute too, nested dicts as well (1.67's ``AttributeDictionary``)."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ComponentResult(AttributeDictionary):
    """A component's trigger and state values, by key or attribute (1.67's ``ComponentResult``)."""

    def __init__(self, state_vals: dict[str, Any] | None = None,
                 trigger_vals: dict[str, Any] | None = None) -> None:
        # Triggers first, then state: a state value wins a name both have (as 1.67).
        super().__init__({**(trigger_vals or {}), **(state_vals or {})})


BidiComponentResult = ComponentResult


# ----------------------------------------------------------------- definitions
@dataclass(frozen=True)
class _Definition:
    name: str
    html: Any
    css: str | None
    js: str | None


# name -> definition, per session (1.67 keeps one registry per runtime; the last
# definition registered under a name is the one every mount of that name draws).
_REGISTRIES: "weakref.WeakKeyDictionary[Any, dict[str, _Definition]]" = weakref.WeakKeyDictionary()


def _registry() -> dict[str, _Definition] | None:
    ctx = current_ctx()
    if ctx is None:
        return None
    reg = _REGISTRIES.get(ctx.session)
    if reg is None:
        reg = _REGISTRIES[ctx.session] = {}
    return reg


def _looks_like_inline_content(value: str) -> bool:
    """1.67's heuristic: a one-line string with a path separator, glob character or
    asset extension names a file; anything else is the content itself."""
    s = value.strip()
    if "\n" in s or "\r" in s:
        return True
    if any(c in s for c in "*?[]"):
        return False
    if s.startswith(("./", "/", "\\")) or "/" in s or "\\" in s:
        return False
    return not s.lower().endswith(_ASSET_EXTENSIONS)


def _check_definition(name: str, css: Any, js: Any) -> None:
    for param, value in (("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise errors.invalid_type(param, type(value).__name__, ["str", "None"],
                                      detail="Pass a string path or glob.")
    for kind, value in (("css", css), ("js", js)):
        # A file path needs an installed package declaring an asset_dir in its
        # pyproject.toml; an app's own inline component has none (as in 1.67).
        if value is not None and not _looks_like_inline_content(value):
            raise errors.StreamlitAPIException(
                f"Component '{name}' must be declared in pyproject.toml with asset_dir to use "
                f"file-backed {kind}.")


def _register(defn: _Definition, *, replace: bool) -> None:
    reg = _registry()
    if reg is None:
        return
    old = reg.get(defn.name)
    if old is not None and replace and old != defn:
        log.warning("Component %s is already registered. Overwriting previous definition. This may "
                    "lead to unexpected behavior if different modules register the same component "
                    "name with different definitions.", defn.name)
    if replace or old is None:
        reg[defn.name] = defn


def component(name: str, *, html: str | None = None, css: str | None = None,
              js: str | None = None, isolate_styles: bool = True) -> Callable[..., ComponentResult]:
    """Register a component and return the command that mounts it (1.67's ``ComponentRenderer``).

    The JavaScript is the app's own code: it runs in the page, as
    ``st.html(..., unsafe_allow_javascript=True)`` would let it (see ARCHITECTURE).
    """
    _check_definition(name, css, js)
    defn = _Definition(name, html, css, js)
    _register(defn, replace=True)

    def mount(*, key: Any = None, data: Any = None, default: dict[str, Any] | None = None,
              width: Any = "stretch", height: Any = "content", **on_callbacks: Any) -> ComponentResult:
        """Mount the component; returns its state and trigger values."""
        if "isolate_styles" in on_callbacks:
            on_callbacks.pop("isolate_styles")
            log.warning("Passing `isolate_styles` when mounting a component created via "
                        "`st.components.v2.component` is deprecated and will be ignored. Set "
                        "`isolate_styles` when creating the component instead "
                        "(`st.components.v2.component(..., isolate_styles=...)`).")
        # component() may have run outside this session (an imported module): put
        # its definition in this session's registry unless one is there.
        _register(defn, replace=False)
        return _bidi_component(main_dg._active(), name, key=key, isolate_styles=isolate_styles,
                               data=data, default=default, width=width, height=height, **on_callbacks)

    mount.__name__ = "_mount_component"
    mount.__qualname__ = "_create_component_callable.<locals>._mount_component"
    return mount


# ------------------------------------------------------------------------ data
def _arrow_bytes(obj: Any) -> bytes:
    """Arrow IPC stream bytes of a dataframe-like object (1.67 sends these as Arrow)."""
    import pandas as pd  # noqa: F401 - the app has it when it passes a DataFrame
    import pyarrow as pa

    if not isinstance(obj, pd.DataFrame):
        obj = pd.DataFrame(obj)
    table = pa.Table.from_pandas(obj)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _is_dataframe_like(obj: Any) -> bool:
    from ..elements.write import is_dataframe_like

    return is_dataframe_like(obj) or type(obj).__module__.split(".")[0] in ("numpy", "pyarrow", "polars")


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _serialize_data(data: Any) -> dict[str, Any] | None:
    """``props.data``: ``{"json": text}``, ``{"bytes": base64}``, ``{"arrow": base64}`` or
    ``{"json": text, "arrow_blobs": {ref: base64}}`` (first-level DataFrames of a dict,
    replaced by ``{"__streamlit_arrow_ref__": ref}``), as 1.67 serialises ``data``."""
    if data is None:
        return None
    try:
        if isinstance(data, (bytes, bytearray)):
            return {"bytes": _b64(bytes(data))}
        if isinstance(data, (Mapping, list, tuple)):
            blobs: dict[str, str] = {}
            processed: Any = data
            if isinstance(data, dict):
                processed = {}
                for k, v in data.items():
                    if _is_dataframe_like(v):
                        try:
                            raw = _arrow_bytes(v)
                        except Exception:
                            processed[k] = v
                            continue
                        ref = hashlib.md5(raw).hexdigest()
                        blobs[ref] = _b64(raw)
                        processed[k] = {ARROW_REF_KEY: ref}
                    else:
                        processed[k] = v
            try:
                text = json.dumps(processed)
            except TypeError:
                text = json.dumps(str(processed))
            return {"json": text, "arrow_blobs": blobs} if blobs else {"json": text}
        if _is_dataframe_like(data) or isinstance(data, set):
            return {"arrow": _b64(_arrow_bytes(data))}
        return {"json": json.dumps(data)}
    except Exception:
        try:
            return {"json": json.dumps(data)}
        except Exception:
            raise BidiComponentUnserializableDataError() from None


def _identity_digest(data_prop: dict[str, Any] | None, data: Any) -> Any:
    """What of ``data`` an unkeyed component's id depends on (its content)."""
    if data_prop is None:
        return None
    if "json" in data_prop and "arrow_blobs" not in data_prop:
        try:
            return hashlib.md5(json.dumps(data, sort_keys=True).encode()).hexdigest()
        except (TypeError, ValueError):
            pass
    return hashlib.md5(json.dumps(data_prop, sort_keys=True).encode()).hexdigest()


# ---------------------------------------------------------------------- widgets
def _state_codec(default: dict[str, Any] | None) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    def deserialize(wire: Any) -> dict[str, Any]:
        if wire is None:
            value: dict[str, Any] = {}
        elif isinstance(wire, dict):
            value = dict(wire)
        else:
            raise ValueError(f"a component's state is a JSON object, not {type(wire).__name__}")
        for k, v in (default or {}).items():
            value.setdefault(k, v)
        return value

    def serialize(value: Any) -> Any:
        return dict(value) if isinstance(value, dict) else {}

    return deserialize, serialize


def _trigger_payloads(wire: Any) -> list[Any] | None:
    """The payloads one interaction fired: ``[{"event": str, "value": any}, ...]``."""
    if wire is None:
        return None
    payloads = wire if isinstance(wire, list) else [wire]
    for p in payloads:
        if not isinstance(p, dict) or not isinstance(p.get("event"), str):
            raise ValueError("a component trigger is a list of {event: str, value} objects")
    return payloads


def _unwrap(obj: Any) -> dict[str, Any]:
    """1.67's diff view of a state value (a lone ``{"value": {...}}`` is its inner dict)."""
    if not isinstance(obj, dict):
        return {}
    if set(obj) == {"value"} and isinstance(obj["value"], dict):
        return dict(obj["value"])
    return dict(obj)


def _run_all(calls: list[Callable[[], Any]]) -> None:
    """Run every callback; an ``st.rerun()`` in one does not skip the others."""
    rerun: RerunException | None = None
    for call in calls:
        try:
            call()
        except RerunException as e:
            rerun = e
    if rerun is not None:
        raise rerun


def _state_dispatch(wid: str, callbacks: dict[str, Callable[..., Any]]) -> Callable[[], None]:
    """The state widget's callback: ``on_<name>_change`` for each state name that changed."""
    def dispatch() -> None:
        state = get_ctx().session.state
        new, old = _unwrap(state.fresh.get(wid)), _unwrap(state.committed.get(wid))
        changed = [k for k in callbacks if k in (new.keys() | old.keys()) and old.get(k) != new.get(k)]
        _run_all([callbacks[k] for k in changed])
    return dispatch


def _trigger_dispatch(tid: str, callbacks: dict[str, Callable[..., Any]]) -> Callable[[], None]:
    """The trigger widget's callback: ``on_<event>_change`` for each payload fired, in order."""
    def dispatch() -> None:
        payloads = get_ctx().session.state.fresh.get(tid) or []
        _run_all([callbacks[p["event"]] for p in payloads
                  if isinstance(p, dict) and p.get("event") in callbacks])
    return dispatch


class _WriteThrough(dict):
    """``st.session_state[key]`` of a component: its triggers and state in one dict.
    Setting or deleting a state name before the component is drawn in a run changes
    the state it is drawn with (1.67's write-through); names without an
    ``on_<name>_change`` callback are ignored."""

    def __init__(self, data: dict[str, Any], *, wid: str, key: str, allowed: frozenset[str] | None,
                 base: dict[str, Any]) -> None:
        super().__init__(data)
        object.__setattr__(self, "_wid", wid)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_allowed", allowed)
        object.__setattr__(self, "_base", dict(base))

    def __getattr__(self, name: str) -> Any:
        return self.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self[name] = value

    def __deepcopy__(self, memo: dict) -> "_WriteThrough":
        memo[id(self)] = self
        return self

    def _check(self, k: str) -> None:
        state = get_ctx().session.state
        if self._wid in state.ids_this_run:
            raise errors.StreamlitAPIException(
                f"`st.session_state.{self._key}.{k}` cannot be modified after the component"
                f" with key `{self._key}` is instantiated.")

    def _store(self) -> None:
        # As an assignment to st.session_state[key]: the component is drawn with it
        # this run, and the page is told its new state (props.set).
        get_ctx().session.state.written[self._key] = dict(self._base)

    def __setitem__(self, k: str, v: Any) -> None:
        self._check(k)
        if self._allowed is not None and k not in self._allowed:
            return
        super().__setitem__(k, v)
        self._base[k] = v
        self._store()

    def __delitem__(self, k: str) -> None:
        self._check(k)
        super().__delitem__(k)
        self._base.pop(k, None)
        self._store()


def _presenter(wid: str, tid: str, key: str | None, allowed: frozenset[str] | None) -> Callable[[Any], Any]:
    def present(base: Any) -> Any:
        if not isinstance(base, dict) or key is None:
            return base
        state = get_ctx().session.state
        flat: dict[str, Any] = {}
        for p in state.fresh.get(tid) or []:
            if isinstance(p, dict) and isinstance(p.get("event"), str):
                flat[p["event"]] = p.get("value")
        flat.update(base)
        return _WriteThrough(flat, wid=wid, key=key, allowed=allowed, base=base)
    return present


# ------------------------------------------------------------------------ mount
def _bidi_component(dg: Any, component_name: str, key: Any = None, isolate_styles: bool = True,
                    data: Any = None, default: dict[str, Any] | None = None,
                    width: Any = "stretch", height: Any = "content", **kwargs: Any) -> ComponentResult:
    """Draw a registered component (1.67's ``st._bidi_component``)."""
    ctx = current_ctx()
    if ctx is None:
        return ComponentResult({}, {})
    defn = (_registry() or {}).get(component_name)
    if defn is None:
        raise errors.StreamlitAPIException(f"Component '{component_name}' is not registered.")

    callbacks: dict[str, Callable[..., Any]] = {}
    for name, value in kwargs.items():
        if not callable(value) or not (name.startswith("on_") and name.endswith("_change")):
            continue
        event = name[3:-7]
        if not event or event == "_":
            raise BidiComponentInvalidCallbackNameError(name)
        callbacks[event] = value
    if default is not None:
        for state_key in default:
            if state_key not in callbacks:
                raise BidiComponentInvalidDefaultKeyError(state_key, list(callbacks))

    html_content = defn.html
    if html_content is not None and not isinstance(html_content, str):
        raise TypeError("bad argument type for built-in operation")
    check_width(width, allow_content=True)
    data_prop = _serialize_data(data)
    deserialize, serialize = _state_codec(default)
    id_params = {"component_name": component_name, "isolate_styles": bool(isolate_styles),
                 "width": width, "height": height, "default": default,
                 "data": _identity_digest(data_prop, data)}
    props = {
        "component_name": component_name,
        "isolate_styles": bool(isolate_styles),
        "html": (html_content or "").strip(),
        "css": (defn.css or "").strip(),
        "js": defn.js or "",
        "data": data_prop,
        "width": width,
        "height": height,
        "events": None,
    }
    spec = WidgetSpec(
        type="bidi_component", label=None, key=key, default=deserialize(None), id_params=id_params,
        keyed_params={}, props=props, deserialize=deserialize, serialize=serialize)
    dg, meta, value, source = register_widget_state(dg, spec)
    wid = meta.id
    if EVENT_DELIM in wid:
        raise BidiComponentInvalidIdError("base", EVENT_DELIM)

    saved_depth = ctx.cache_depth
    ctx.cache_depth = 0  # (a cached mount warned once, for the state widget)
    try:
        _, tmeta, payloads, _ = register_widget_state(dg, WidgetSpec(
            type="bidi_component_events", label=None, key=None, default=None,
            id_params={"base": wid}, deserialize=_trigger_payloads, serialize=lambda v: v,
            is_trigger=True, trigger_idle=None, read_only=True))
    finally:
        ctx.cache_depth = saved_depth
    tid = tmeta.id
    # the node is placed with the trigger's id in it: a run streamed to the page may send it
    # at once, and the page draws no component without it
    props["events"] = tid
    result = place_widget(dg, spec, meta, value, source)
    result.node.carried_widgets = [tid]

    # Callbacks per state name and per trigger event (a mapping 1.67 dispatches
    # itself; here each widget gets one callback that dispatches), allowed in forms.
    meta = result.meta
    if callbacks:
        meta.callback = _state_dispatch(wid, callbacks)
        tmeta.callback = _trigger_dispatch(tid, callbacks)
    allowed = frozenset(callbacks) if callbacks else None
    meta.presenter = _presenter(wid, tid, meta.key, allowed)

    event_values: dict[str, Any] = {}
    for p in payloads or []:
        if isinstance(p, dict) and isinstance(p.get("event"), str):
            event_values[p["event"]] = p.get("value")
    trigger_vals = {event: event_values.get(event) for event in callbacks}
    value = result.value
    return ComponentResult(dict(value) if isinstance(value, dict) else {}, trigger_vals)
