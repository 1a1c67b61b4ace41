"""What ``st.cache_data`` / ``st.cache_resource`` wrap a function in (``runtime/caching.py``): the
hashing of its arguments, its entries per session and the replay of the elements it wrote.

In the browser this module is a family (``web/tools/families.js``): fetched the first time an app
decorates a function, or with the core when the app's source names ``cache_data``/``cache_resource``.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import inspect
import time
import types
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .. import errors
from .caching import ttl_seconds
from .context import RunContext, get_ctx

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator
    from ..protocol import Node
    from ..state.session_state import WidgetMeta

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"



# --------------------------------------------------------------------- errors
class UnhashableParamError(errors.StreamlitAPIException):
    """An argument the cache key cannot be computed from."""


class UnserializableReturnValueError(errors.StreamlitAPIException):
    """A ``cache_data`` return value that pickle cannot copy."""


class _Unhashable(Exception):
    pass


def _api_name(kind: str) -> str:
    return "cache_data" if kind == "data" else "cache_resource"


def _unhashable(kind: str, func: Callable, arg_name: str | None, value: Any) -> UnhashableParamError:
    name = arg_name if arg_name is not None else "(unnamed)"
    fqn = f"{type(value).__module__}.{type(value).__qualname__}"
    func_name = getattr(func, "__name__", "unknown")
    replacement = f"_{arg_name}" if arg_name is not None else "_arg"
    return UnhashableParamError(
        f"Cannot hash argument '{name}' (of type `{fqn}`) in '{func_name}'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        f"```\n@st.{_api_name(kind)}\ndef {func_name}({replacement}, ...):\n    ...\n```"
    )


def _unserializable(func: Callable, value: Any) -> UnserializableReturnValueError:
    value_type = f"`{type(value).__module__}.{type(value).__name__}`"
    return UnserializableReturnValueError(
        f"Cannot serialize the return value (of type {value_type})\n"
        f"in `{func.__name__}()`. `st.cache_data` uses\n"
        "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
        "function's return value and safely store it in the cache\n"
        "without mutating the original object. Please convert the return value to a\n"
        "pickle-serializable type. If you want to cache unserializable objects such\n"
        "as database connections or Tensorflow sessions, use `st.cache_resource`\n"
        f"instead (see [our docs]({CACHE_DOCS_URL}) for differences)."
    )


# -------------------------------------------------------------------- hashing
def _hash_into(h: Any, value: Any, hash_funcs: dict | None, depth: int = 0) -> None:
    """Feed a stable digest of ``value`` to ``h``; raise ``_Unhashable`` if there is none."""
    if depth > 50:
        raise _Unhashable("nested too deeply")
    custom = _custom_hasher(value, hash_funcs)
    if custom is not None:
        h.update(b"custom:")
        _hash_into(h, custom(value), None, depth + 1)
        return
    h.update(type(value).__qualname__.encode("utf-8") + b":")
    if value is None or isinstance(value, (bool, int, float, complex, str, bytes)):
        h.update(repr(value).encode("utf-8"))
    elif isinstance(value, (list, tuple)):
        h.update(str(len(value)).encode())
        for item in value:
            _hash_into(h, item, hash_funcs, depth + 1)
    elif isinstance(value, dict):
        for k, v in value.items():
            _hash_into(h, k, hash_funcs, depth + 1)
            _hash_into(h, v, hash_funcs, depth + 1)
    elif isinstance(value, (set, frozenset)):
        digests = sorted(_digest(item, hash_funcs, depth + 1) for item in value)
        h.update("".join(digests).encode())
    elif isinstance(value, (types.FunctionType, types.MethodType)):
        h.update(_function_identity(value).encode("utf-8"))
    elif isinstance(value, type):
        h.update(f"{value.__module__}.{value.__qualname__}".encode("utf-8"))
    elif isinstance(value, types.ModuleType):
        h.update(value.__name__.encode("utf-8"))
    else:
        try:
            import pickle  # (imported when needed: ~65 ms under Pyodide)

            h.update(pickle.dumps(value, protocol=4))
        except Exception:
            state = getattr(value, "__dict__", None)
            if state is None:
                raise _Unhashable(type(value).__name__) from None
            _hash_into(h, state, hash_funcs, depth + 1)


def _digest(value: Any, hash_funcs: dict | None, depth: int = 0) -> str:
    h = hashlib.md5()
    _hash_into(h, value, hash_funcs, depth)
    return h.hexdigest()


def _custom_hasher(value: Any, hash_funcs: dict | None) -> Callable | None:
    if not hash_funcs:
        return None
    for key, func in hash_funcs.items():
        if isinstance(key, type):
            if isinstance(value, key):
                return func
        elif isinstance(key, str):
            t = type(value)
            if key in (f"{t.__module__}.{t.__qualname__}", t.__qualname__):
                return func
    return None


def _function_identity(func: Callable) -> str:
    """Module, qualified name and source (bytecode if the source is unavailable)."""
    try:
        source: str | bytes = inspect.getsource(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = code.co_code if code is not None else repr(func)
    return f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', '')}:{source!r}"


def _arg_pairs(func: Callable, args: tuple, kwargs: dict) -> list[tuple[str | None, Any]]:
    """(name, value) of each argument as passed; names from the signature when known."""
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        params = []
    positional = [p.name for p in params
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    pairs: list[tuple[str | None, Any]] = []
    for i, value in enumerate(args):
        pairs.append((positional[i] if i < len(positional) else None, value))
    pairs += sorted(kwargs.items())
    return pairs


# ------------------------------------------------------------- element replay
@dataclass
class Record:
    """One element or block a cached call wrote."""

    dg: "DeltaGenerator"
    from_base: bool
    root: str
    dg_path: tuple[int, ...]
    node: "Node"
    node_path: tuple[int, ...]
    meta: "WidgetMeta | None"
    kind: str = ""
    props: dict = field(default_factory=dict)
    block: bool = False

    def freeze(self) -> None:
        """Copy what the node ended up as (a data_editor changes its kind after writing)."""
        self.kind = self.node.kind
        self.props = copy.deepcopy(self.node.props)
        self.block = self.node.children is not None


class Recorder:
    """Collects the elements written while a cached function runs (cache miss)."""

    def __init__(self, base: "DeltaGenerator") -> None:
        self.base = base
        self.records: list[Record] = []

    def add(self, dg: "DeltaGenerator", node: "Node", meta: "WidgetMeta | None") -> None:
        self.records.append(Record(dg, dg is self.base, dg._root, dg._path, node,
                                   getattr(node, "_path", ()), meta))

    def finish(self) -> list[Record]:
        for record in self.records:
            record.freeze()
            record.node = None  # type: ignore[assignment] - keep no live tree alive
        return self.records


def record_element(ctx: RunContext, dg: "DeltaGenerator", node: "Node") -> None:
    """Called by ``DeltaGenerator._enqueue`` while a cached function is recording."""
    from ..state.session_state import is_widget_id

    meta = None
    if is_widget_id(node.id):
        meta = ctx.session.state.meta.get(node.id) or getattr(node, "replay_meta", None)
    for recorder in ctx.cached_widget_calls or ():
        recorder.add(dg, node, meta)


def replay(records: list[Record]) -> None:
    """Write recorded elements again at the current cursor (cache hit)."""
    from ..delta_generator import main_dg
    from ..state.session_state import is_widget_id

    base = main_dg._active()
    blocks: dict[tuple[str, tuple[int, ...]], Any] = {}
    for r in records:
        target = blocks.get((r.root, r.dg_path)) or (base if r.from_base else r.dg)
        props = copy.deepcopy(r.props)
        if r.block:
            form_id = props.get("form_id") if r.kind == "form" else None
            blocks[(r.root, r.node_path)] = target._block(r.kind, props, form_id=form_id,
                                                          is_empty=r.kind == "empty")
            continue
        if r.meta is not None and is_widget_id(r.meta.id):
            props["set"] = False
            node = target._enqueue(r.kind, props, node_id=r.meta.id)
            node.replay_meta = r.meta  # the session keeps it on the page without registering it
        else:
            target._enqueue(r.kind, props)


# ------------------------------------------------------------------- storage
@dataclass
class Entry:
    value: Any  # pickled bytes (data) or the object (resource)
    records: list[Record]
    stamp: float


@dataclass
class FunctionCache:
    """The entries of one cached function in one session."""

    ttl: float
    max_entries: int | None
    entries: "OrderedDict[str, Entry]" = field(default_factory=OrderedDict)

    def get(self, key: str) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if time.monotonic() - entry.stamp > self.ttl:
            del self.entries[key]
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.entries[key] = entry
        self.entries.move_to_end(key)
        if self.max_entries is not None:
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


# ------------------------------------------------------------ cached function
class CachedFunc:
    """A function wrapped by ``st.cache_data`` / ``st.cache_resource``."""

    def __init__(self, func: Callable, kind: str, *, ttl: Any, max_entries: int | None,
                 hash_funcs: dict | None, validate: Callable[[Any], bool] | None = None) -> None:
        if not callable(func):
            raise errors.StreamlitAPIException(
                f"`st.{_api_name(kind)}` must decorate a function, not `{type(func).__name__}`.")
        if max_entries is not None and (not isinstance(max_entries, int) or max_entries < 0):
            raise errors.StreamlitAPIException(
                f"`max_entries` must be a non-negative integer or None, not {max_entries!r}.")
        self._func = func
        self._kind = kind
        self._ttl = ttl_seconds(ttl)
        self._max_entries = max_entries
        self._hash_funcs = hash_funcs
        self._validate = validate
        self._key = f"{kind}:" + hashlib.md5(
            (kind + _function_identity(func)).encode("utf-8")).hexdigest()
        functools.update_wrapper(self, func)

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        """Methods: the instance is the first argument (hashed like any other)."""
        if instance is None:
            return self
        return _BoundCachedFunc(self, instance)

    def _cache(self, ctx: RunContext) -> FunctionCache:
        caches = ctx.session.caches
        cache = caches.get(self._key)
        if cache is None:
            cache = caches[self._key] = FunctionCache(self._ttl, self._max_entries)
        return cache

    def _value_key(self, args: tuple, kwargs: dict) -> str:
        h = hashlib.md5()
        for name, value in _arg_pairs(self._func, args, kwargs):
            if name is not None and name.startswith("_"):
                continue
            try:
                _hash_into(h, name, None)
                _hash_into(h, value, self._hash_funcs)
            except _Unhashable:
                raise _unhashable(self._kind, self._func, name, value) from None
        return h.hexdigest()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        import pickle  # (imported when needed: ~65 ms under Pyodide)

        ctx = get_ctx()
        cache = self._cache(ctx)
        key = self._value_key(args, kwargs)
        entry = cache.get(key)
        if entry is not None and self._still_valid(entry):
            replay(entry.records)
            return pickle.loads(entry.value) if self._kind == "data" else entry.value
        value, records = self._run(ctx, args, kwargs)
        stored = value
        if self._kind == "data":
            try:
                stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                raise _unserializable(self._func, value) from None
        cache.put(key, Entry(stored, records, time.monotonic()))
        return value

    def _still_valid(self, entry: Entry) -> bool:
        if self._validate is None:
            return True
        return bool(self._validate(entry.value))

    def _run(self, ctx: RunContext, args: tuple, kwargs: dict) -> tuple[Any, list[Record]]:
        """Call the function (a miss), recording the elements it writes."""
        from ..delta_generator import main_dg

        recorder = Recorder(main_dg._active())
        recorders = list(ctx.cached_widget_calls or ())
        ctx.cached_widget_calls = recorders + [recorder]
        ctx.cache_depth += 1
        try:
            value = self._func(*args, **kwargs)
        finally:
            ctx.cache_depth -= 1
            ctx.cached_widget_calls = recorders or None
        return value, recorder.finish()

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every cached value of this function, or only the one for these arguments."""
        cache = get_ctx().session.caches.get(self._key)
        if cache is None:
            return
        if args or kwargs:
            cache.entries.pop(self._value_key(args, kwargs), None)
        else:
            cache.entries.clear()


class _BoundCachedFunc:
    """A cached method bound to its instance; ``.clear()`` still works."""

    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()
