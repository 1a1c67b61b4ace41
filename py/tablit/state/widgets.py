"""Widget registration: identity, duplicate checks, policies, value resolution.

Every widget module calls :func:`register_widget` once per call; it applies
spec §3.1 in order and returns the value the widget returns plus the node it
rendered.  Widget modules only describe their parameters, default and wire
conversions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .. import errors
from ..protocol import Node
from ..runtime.context import get_ctx
from .session_state import WIDGET_ID_PREFIX, WidgetMeta, safe_copy

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator


def identity(value: Any) -> Any:
    return value


def user_key_of(key: Any) -> str | None:
    """``None`` for no key; the key ``"None"`` also counts as no key (spec §1.6)."""
    if key is None:
        return None
    key = str(key)
    return None if key == "None" else key


def compute_widget_id(
    type_name: str,
    user_key: str | None,
    *,
    page: str,
    form_id: str,
    root: str,
    id_params: dict[str, Any],
    keyed_params: dict[str, Any],
) -> str:
    """``$$ID-<hash>-<key>``: keyed widgets hash only key, page and the few
    value-invalidating parameters; unkeyed ones hash every identity parameter,
    the form and the root container."""
    parts: list[Any] = [type_name, user_key, page]
    if user_key is None:
        parts += [sorted(id_params.items()), form_id, root]
    else:
        parts += [sorted(keyed_params.items())]
    digest = hashlib.md5(repr(parts).encode("utf-8")).hexdigest()
    return f"{WIDGET_ID_PREFIX}-{digest}-{user_key}"


@dataclass
class WidgetSpec:
    """What a widget call declares; see :func:`register_widget`."""

    type: str
    label: str | None
    key: Any
    default: Any
    id_params: dict[str, Any]
    props: dict[str, Any] = field(default_factory=dict)
    keyed_params: dict[str, Any] = field(default_factory=dict)
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


@dataclass
class WidgetResult:
    value: Any
    meta: WidgetMeta
    node: Node


def check_label_visibility(value: str) -> str:
    if value not in ("visible", "hidden", "collapsed"):
        raise errors.invalid_value("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    return value


def register_widget(dg: "DeltaGenerator", spec: WidgetSpec) -> WidgetResult:
    ctx = get_ctx()
    state = ctx.session.state
    dg = dg._active()
    form_id = dg._form_id

    # 1. policies, in Streamlit's order
    if ctx.cache_depth > 0:
        from ..elements.alerts import exception as show_exception

        show_exception(dg, errors.CachedWidgetWarning())
    if spec.on_change is not None and form_id and spec.type != "form_submit_button":
        raise errors.form_callback()
    if spec.key is not None:
        skey = str(spec.key)
        if skey == "":
            raise errors.invalid_key()
        if skey.startswith(WIDGET_ID_PREFIX):
            raise errors.reserved_key()
    user_key = user_key_of(spec.key)
    if user_key is not None and spec.read_only and user_key in state.written:
        raise errors.read_only(user_key)
    if (
        user_key is not None
        and spec.explicit_default
        and user_key in state.written
        and not ctx.session.config.get("global.disableWidgetStateDuplicationWarning")
    ):
        state.warn_default_and_state(user_key)
    check_label_visibility(spec.label_visibility)

    # 2. identity and duplicates
    wid = compute_widget_id(
        spec.type,
        user_key,
        page=ctx.page_hash,
        form_id=form_id,
        root=dg._root,
        id_params=spec.id_params,
        keyed_params=spec.keyed_params,
    )
    if user_key is not None:
        if user_key in ctx.element_keys_seen:
            raise errors.duplicate_key(user_key)
        ctx.element_keys_seen.add(user_key)
    if wid in ctx.widget_ids_seen:
        raise errors.duplicate_id(spec.type)
    ctx.widget_ids_seen.add(wid)

    # 3-4. bind, record metadata, resolve
    args = tuple(spec.args) if spec.args is not None else ()
    kwargs = dict(spec.kwargs) if spec.kwargs is not None else {}
    meta = WidgetMeta(
        id=wid,
        type=spec.type,
        key=user_key,
        default=spec.default,
        deserialize=spec.deserialize,
        serialize=spec.serialize,
        callback=spec.on_change,
        args=args,
        kwargs=kwargs,
        trigger=spec.trigger_idle,
        is_trigger=spec.is_trigger,
        form_id=form_id,
        disabled=spec.disabled,
        page=ctx.page_hash,
    )
    resolved = state.register(meta)
    value = resolved.value
    replaced = False
    if spec.coerce is not None:
        new_value = spec.coerce(value, resolved.source)
        if new_value is not value:
            try:
                same = bool(new_value == value) and type(new_value) is type(value)
            except Exception:
                same = False
            if not same:
                state.replace_value(meta, new_value)
                value = new_value
                replaced = True

    # 6. should the page be told to show this value?
    force = resolved.source in ("W", "Ck")
    if resolved.source == "C":
        try:
            force = bool(value != spec.default)
        except Exception:
            force = True
    if replaced:
        # A corrected value (e.g. a selection no longer among the options) must
        # reach the page, or it would send its stale value back.
        force = True
    if spec.is_trigger:
        force = False
    props = {
        "label": spec.label,
        **spec.props,
        # A trigger's value is what it returned this run (AppTest reads it).
        "value": value if spec.is_trigger else spec.serialize(value),
        "default": spec.trigger_idle if spec.is_trigger else spec.serialize(spec.default),
        "set": force,
        "disabled": bool(spec.disabled),
        "help": spec.help,
        "label_visibility": spec.label_visibility,
        "form": form_id,
        "key": user_key,
    }
    node = dg._enqueue(spec.type, props, node_id=wid)
    return WidgetResult(safe_copy(value), meta, node)
