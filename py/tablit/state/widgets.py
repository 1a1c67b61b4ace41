"""Widget registration: identity, duplicate checks, policies, value resolution.

Every widget module calls :func:`register_widget` once per call; it applies
spec §3.1 in order and returns the value the widget returns plus the node it
rendered.  Widget modules only describe their parameters, default and wire
conversions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from .. import errors
from ..protocol import Node
from ..runtime.context import get_ctx
from .session_state import WIDGET_ID_PREFIX, WidgetMeta, safe_copy

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator

# bind="query-params": a widget whose value is kept in the URL (query_bind.py, imported only by an app
# that binds one: in the browser it is a family, web/tools/families.js)
BIND = "query-params"


def identity(value: Any) -> Any:
    return value


def user_key_of(key: Any) -> str | None:
    """``None`` for no key; the key ``"None"`` also counts as no key (spec §1.6)."""
    if key is None:
        return None
    key = str(key)
    return None if key == "None" else key


# Values whose equality with the same type means equal repr (floats are not:
# 0.0 == -0.0 and nan != nan, so they are keyed by their repr).
_SAME_REPR_TYPES = frozenset((str, int, bool, type(None)))
_ID_CACHE: dict[tuple, str] = {}
_ID_CACHE_MAX = 100_000


def compute_widget_id(
    type_name: str,
    user_key: str | None,
    *,
    page: str,
    form_id: str,
    root: str,
    id_params: dict[str, Any],
    keyed_params: dict[str, Any] | None,
) -> str:
    """``$$ID-<hash>-<key>``: keyed widgets hash only key, page and the few
    value-invalidating parameters; unkeyed ones hash every identity parameter,
    the form and the root container."""
    # The md5 of a repr is most of a widget's cost, and a script makes the same
    # widgets every run: remember ids by a key that determines that repr.
    params = id_params if user_key is None else (keyed_params or {})
    types = tuple(map(type, params.values()))
    if _SAME_REPR_TYPES.issuperset(types):
        key_t: tuple = (type_name, user_key, page, form_id, root, tuple(params.items()), types)
    else:
        key: list[Any] = [type_name, user_key, page, form_id, root]
        for name, value in params.items():
            t = type(value)
            key += (name, t, value) if t in _SAME_REPR_TYPES else (name, t, repr(value))
        key_t = tuple(key)
    wid = _ID_CACHE.get(key_t)
    if wid is None:
        parts: list[Any] = [type_name, user_key, page]
        if user_key is None:
            parts += [sorted(id_params.items()), form_id, root]
        else:
            parts += [sorted((keyed_params or {}).items())]
        digest = hashlib.md5(repr(parts).encode("utf-8")).hexdigest()
        wid = f"{WIDGET_ID_PREFIX}-{digest}-{user_key}"
        if len(_ID_CACHE) >= _ID_CACHE_MAX:
            _ID_CACHE.clear()
        _ID_CACHE[key_t] = wid
    return wid


@dataclass(slots=True)
class WidgetSpec:
    """What a widget call declares; see :func:`register_widget`."""

    type: str
    label: str | None
    key: Any
    default: Any
    id_params: dict[str, Any]
    props: dict[str, Any] | None = None  # None: no props of its own
    keyed_params: dict[str, Any] | None = None  # None: none
    deserialize: Callable[[Any], Any] = identity
    serialize: Callable[[Any], Any] = identity
    on_change: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    is_trigger: bool = False
    trigger_idle: Any = False
    read_only: bool = False
    explicit_default: bool = False
    disabled: bool = False
    help: str | None = None
    label_visibility: str = "visible"
    # Called with (value, source); returns the value to use.  Raising shows
    # the exception in place of the widget (e.g. a slider value out of range).
    coerce: Callable[[Any, str], Any] | None = None
    # An object with deserialize/serialize (and optionally coerce) methods,
    # standing for those three fields.
    codec: Any = None
    # persist_state: None, "page" or "session": keep a keyed widget's value in
    # st.session_state while it is not rendered (SessionState.remove_stale).
    persist_state: Any = None

    def __post_init__(self) -> None:
        codec = self.codec
        if codec is not None:
            self.deserialize = codec.deserialize
            self.serialize = codec.serialize
            if self.coerce is None:
                self.coerce = getattr(codec, "coerce", None)


@dataclass(slots=True)
class WidgetResult:
    value: Any
    meta: WidgetMeta
    node: Node


def check_label_visibility(value: str) -> str:
    if value not in ("visible", "hidden", "collapsed"):
        raise errors.invalid_value("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    return value


def claim_key(key: Any) -> str | None:
    """An element's key ("" and None: none) takes part in the run's user-key duplicate check
    (spec C47): a keyed block, a PDF, a Plotly chart.  (register_widget_state checks widgets'
    keys in line: it is the hot path.)"""
    user_key = user_key_of(key) if key != "" else None
    if user_key is None:
        return None
    ctx = get_ctx()
    if user_key in ctx.element_keys_seen:
        raise errors.duplicate_key(user_key)
    ctx.element_keys_seen.add(user_key)
    return user_key


def register_widget(dg: "DeltaGenerator", spec: WidgetSpec, *, at: "DeltaGenerator | None" = None,
                    finish: "Callable[[WidgetResult], None] | None" = None) -> WidgetResult:
    # This runs once per widget per run: locals over attribute lookups, and no
    # work a widget that raises nothing does not need (it is the app's hot path).
    # ``at``: where the node goes when that is not where the call was made (a
    # top-level chat_input is pinned in the bottom block, its id still the
    # caller's, as 1.67 computes it from the active container).
    # ``finish``: completes the placed node's props from its value or id (the
    # options the page last held, a range set through st.session_state).  Placing
    # and finishing are one change of the tree: a run that streams sends a node the
    # moment the tree says it changed (``Tree.on_change``, runtime/live.py), and an
    # unfinished one would show until the next message.
    dg, meta, value, source = register_widget_state(dg, spec)
    if finish is None:
        return place_widget(dg if at is None else at, spec, meta, value, source)
    tree = get_ctx().tree
    watch, tree.on_change = tree.on_change, None
    try:
        result = place_widget(dg if at is None else at, spec, meta, value, source)
        finish(result)
    finally:
        tree.on_change = watch
    if watch is not None:
        watch()
    return result


def register_widget_state(dg: "DeltaGenerator", spec: WidgetSpec) -> tuple["DeltaGenerator", WidgetMeta, Any, str]:
    """Steps 1-4 (policies, identity, value) for a widget that may have no node of
    its own, e.g. a ``ButtonColumn``'s clicks, which the dataframe's node carries.
    Returns the container used, the metadata, the value and where it came from."""
    ctx = get_ctx()
    state = ctx.session.state
    if dg._is_root and dg._root == "main" and ctx.dg_stack:
        dg = ctx.dg_stack[-1]  # dg._active()
    form_id = dg._form_id
    type_name = spec.type
    key = spec.key
    callback = spec.on_change
    is_trigger = spec.is_trigger

    # 1. policies, in Streamlit's order
    if ctx.cache_depth > 0:
        from ..runtime.exceptions import show_exception

        show_exception(errors.CachedWidgetWarning(), dg)
    if callback is not None and form_id and type_name != "form_submit_button":
        raise errors.form_callback()
    if key is None:
        user_key = None
    else:
        skey = key if type(key) is str else str(key)
        if skey == "":
            raise errors.invalid_key()
        if skey.startswith(WIDGET_ID_PREFIX):
            raise errors.reserved_key()
        user_key = None if skey == "None" else skey  # user_key_of()
        if user_key is not None and user_key in state.written:
            if spec.read_only:
                raise errors.read_only(user_key)
            if spec.explicit_default and not ctx.session.config.get("global.disableWidgetStateDuplicationWarning"):
                state.warn_default_and_state(user_key)
    label_visibility = spec.label_visibility
    if label_visibility not in _LABEL_VISIBILITIES:
        check_label_visibility(label_visibility)

    # 2. identity and duplicates
    page = ctx.page_hash
    wid = compute_widget_id(type_name, user_key, page=page, form_id=form_id, root=dg._root,
                            id_params=spec.id_params, keyed_params=spec.keyed_params)
    if user_key is not None:
        if user_key in ctx.element_keys_seen:
            raise errors.duplicate_key(user_key)
        ctx.element_keys_seen.add(user_key)
    seen = ctx.widget_ids_seen
    if wid in seen:
        raise errors.duplicate_id(type_name)
    seen.add(wid)

    persist = spec.persist_state
    if persist is not None:
        if persist not in ("page", "session"):
            raise errors.invalid_value("persist_state", ["'page'", "'session'", "None"])
        if user_key is None:
            raise errors.StreamlitMissingRequiredParameterError("key", detail=(
                "When using persist_state, the widget must have a unique 'key' parameter "
                "specified so its value can be preserved across reruns and page switches."))

    # 3-4. bind, record metadata, resolve
    args = spec.args
    kwargs = spec.kwargs
    serialize = spec.serialize
    default = spec.default
    trigger_idle = spec.trigger_idle
    disabled = spec.disabled
    meta = WidgetMeta(wid, type_name, user_key, default, spec.deserialize, serialize, callback,
                      () if args is None else tuple(args), {} if kwargs is None else dict(kwargs),
                      trigger_idle, is_trigger, form_id, disabled, page, persist)
    meta.fragment_id = ctx.fragment_id
    props = spec.props
    bound = props is not None and props.get("bind") == BIND
    known = bound and (wid in state.fresh or wid in state.committed)
    value, source = state.register(meta)
    replaced = False
    coerce = spec.coerce
    if coerce is not None:
        new_value = coerce(value, source)
        if new_value is not value:
            try:
                same = bool(new_value == value) and type(new_value) is type(value)
            except Exception:
                same = False
            if not same:
                state.replace_value(meta, new_value)
                value = new_value
                replaced = True
    params = ctx.session.query_params
    if bound:
        # bind="query-params": the URL's value when the widget is new; the URL follows it
        from .query_bind import bind_widget

        value, seeded = bind_widget(params, state, spec, meta, value, known)
        replaced = replaced or seeded
    elif params.bound and user_key in params.bound and params.bound[user_key].widget_id == wid:
        params.unbind(user_key)  # the widget no longer asks for bind
    return dg, meta, value, "W*" if replaced else source


def place_widget(dg: "DeltaGenerator", spec: WidgetSpec, meta: WidgetMeta, value: Any, source: str) -> WidgetResult:
    """Steps 5-6: the widget's node, placed in the tree, for what ``register_widget_state``
    returned.  Split from it for a widget whose props need its id (or another widget's)
    first: once placed, a node can be sent to the page mid-run, so it goes in complete."""
    is_trigger = spec.is_trigger
    default = spec.default
    serialize = spec.serialize
    disabled = spec.disabled
    label_visibility = spec.label_visibility
    form_id = meta.form_id
    user_key = meta.key
    wid = meta.id
    replaced = source == "W*"

    # 6. should the page be told to show this value?
    if is_trigger:
        force = False
    elif replaced or source == "W" or source == "Ck":
        # (a corrected value, e.g. a selection no longer among the options, must
        # reach the page, or it would send its stale value back)
        force = True
    elif source == "C":
        try:
            force = bool(value != default)
        except Exception:
            force = True
    else:
        force = False
    props = {"label": spec.label}
    if spec.props:
        props.update(spec.props)
    # A trigger's value is what it returned this run (AppTest reads it).
    props["value"] = value if is_trigger else serialize(value)
    props["default"] = spec.trigger_idle if is_trigger else serialize(default)
    props["set"] = force
    props["disabled"] = disabled if disabled is True or disabled is False else bool(disabled)
    props["help"] = spec.help
    props["label_visibility"] = label_visibility
    props["form"] = form_id
    props["key"] = user_key
    node = dg._enqueue(spec.type, props, node_id=wid)
    return WidgetResult(value if type(value) in _IMMUTABLE_TYPES else safe_copy(value), meta, node)


_LABEL_VISIBILITIES = frozenset(("visible", "hidden", "collapsed"))
_IMMUTABLE_TYPES = frozenset((bool, int, float, str, bytes, type(None)))
