"""SessionState: the stores behind ``st.session_state`` and their run lifecycle.

The model follows spec §1.4 with its five stores:

* ``W`` (``written``): values assigned through ``st.session_state[k] = v``
  since the last interaction run started, by user key;
* ``F`` (``fresh``): widget values delivered for the current run (from the
  page, or a default stored when the widget first registered), by widget id;
* ``C`` (``committed``): values carried over from earlier runs, by widget id
  when the key is bound to a widget, else by user key;
* ``B`` (``key_to_id`` / ``id_to_key``): bindings of user keys to widget ids;
* ``M`` (``meta``): per-widget metadata from the last run that rendered it.

A key is looked up as W[k] -> F[id] -> C[id] -> C[k].  Keeping the stores
apart (rather than one dict) is what makes Streamlit's observable rules fall
out: writes override user input for one run, triggers last exactly one run,
and stale widget keys are purged only after completed runs.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from .. import errors

WIDGET_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

log = logging.getLogger("tablit")


def is_widget_id(key: str) -> bool:
    return key.startswith(WIDGET_ID_PREFIX)


@dataclass(slots=True)
class WidgetMeta:
    """What a widget left behind when it last rendered.

    ``deserialize`` turns a wire value from the page into the Python value
    (raising ``ValueError``/``TypeError`` with a reason for a bad one);
    ``serialize`` does the reverse for the render tree.  ``trigger`` is the
    idle value for trigger widgets (``False`` for buttons, ``None`` for chat)
    or ``NOT_TRIGGER``.
    """

    id: str
    type: str
    key: str | None
    default: Any
    deserialize: Callable[[Any], Any]
    serialize: Callable[[Any], Any]
    callback: Callable[..., Any] | None = None
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    trigger: Any = None
    is_trigger: bool = False
    form_id: str = ""
    disabled: bool = False
    page: str = ""
    persist: str | None = None  # persist_state: None, "page" or "session" (keyed widgets only)
    # What st.session_state[key] shows of the value, when not the value itself
    # (a components.v2 component: its triggers and state in one write-through dict).
    presenter: Callable[[Any], Any] | None = None
    # The @st.fragment that drew it (runtime/fragments.py): a change reruns only that fragment.
    fragment_id: str | None = None


@dataclass
class Resolved:
    """A registered widget's value and where it came from (spec §3.1 step 4)."""

    value: Any
    source: str  # "W", "F", "C", "Ck" (committed by key) or "default"


_MISSING = object()


class SessionState:
    """The per-session stores and the rules that move values between them."""

    def __init__(self) -> None:
        self.written: dict[str, Any] = {}
        self.fresh: dict[str, Any] = {}
        self.committed: dict[str, Any] = {}
        self.key_to_id: dict[str, str] = {}
        self.id_to_key: dict[str, str] = {}
        self.meta: dict[str, WidgetMeta] = {}
        # widget values (as the page sends them) of a restored session: used
        # once, when the widget registers (runtime/snapshot.py)
        self.restored: dict[str, Any] = {}
        # per-run bookkeeping
        self.ids_this_run: set[str] = set()
        self.form_keys_this_run: set[str] = set()
        self._warned_keys: set[str] = set()
        # persist_state: widget id -> scope, and (for "page") the page it was last rendered on
        self.persist: dict[str, str] = {}
        self.persist_pages: dict[str, str | None] = {}

    # ------------------------------------------------------------------ lookup
    def lookup(self, key: str, default: Any = _MISSING) -> Any:
        wid = self.key_to_id.get(key)
        if key in self.written:
            value = self.written[key]
            return value if wid is None else self._present(wid, value)
        if wid is not None:
            if wid in self.fresh:
                return self._present(wid, self.fresh[wid])
            if wid in self.committed:
                return self._present(wid, self.committed[wid])
        if key in self.committed and not is_widget_id(key):
            return self.committed[key]
        if default is _MISSING:
            raise KeyError(key)
        return default

    def _present(self, wid: str | None, value: Any) -> Any:
        meta = self.meta.get(wid) if wid is not None else None
        return value if meta is None or meta.presenter is None else meta.presenter(value)

    def widget_value(self, wid: str, default: Any = None) -> Any:
        """The current value of a widget by id, keyed or not."""
        key = self.id_to_key.get(wid)
        if key is not None and key in self.written:
            return self.written[key]
        if wid in self.fresh:
            return self.fresh[wid]
        return self.committed.get(wid, default)

    def contains(self, key: str) -> bool:
        return self.lookup(key, _MISSING_SENTINEL) is not _MISSING_SENTINEL

    def keys(self) -> set[str]:
        """User keys plus keyed widgets; unkeyed widgets are invisible."""
        out = set(self.written)
        for store in (self.fresh, self.committed):
            for k in store:
                if is_widget_id(k):
                    user_key = self.id_to_key.get(k)
                    if user_key is not None:
                        out.add(user_key)
                elif not k.startswith(INTERNAL_KEY_PREFIX):
                    out.add(k)
        return {k for k in out if not k.startswith(INTERNAL_KEY_PREFIX)}

    # ------------------------------------------------------------------ writes
    def set(self, key: str, value: Any) -> None:
        wid = self.key_to_id.get(key)
        if (wid is not None and wid in self.ids_this_run) or key in self.form_keys_this_run:
            raise errors.already_instantiated(key)
        self.written[key] = value

    def delete(self, key: str) -> None:
        found = False
        if key in self.written:
            del self.written[key]
            found = True
        wid = self.key_to_id.pop(key, None)
        if wid is not None:
            self.id_to_key.pop(wid, None)
            found = self.fresh.pop(wid, _MISSING) is not _MISSING or found
            found = self.committed.pop(wid, _MISSING) is not _MISSING or found
        if key in self.committed:
            del self.committed[key]
            found = True
        if not found:
            raise KeyError(key)

    def clear(self) -> None:
        """Everything, including unkeyed widget values (Streamlit's "Clear cache")."""
        self.written.clear()
        self.fresh.clear()
        self.committed.clear()
        self.key_to_id.clear()
        self.id_to_key.clear()
        self.persist.clear()
        self.persist_pages.clear()

    # --------------------------------------------------------------- lifecycle
    def start_run(self) -> None:
        self.ids_this_run = set()
        self.form_keys_this_run = set()

    def receive(self, widget_states: list[tuple[str, Any]]) -> None:
        """Steps 2a-2c of a browser-initiated run: reset, commit, load."""
        self.reset_triggers()
        self.committed.update(self.fresh)
        for key, value in self.written.items():
            self.committed[self.key_to_id.get(key, key)] = value
        self.written.clear()
        self.fresh.clear()
        self.fresh.update(widget_states)

    def _changed(self, wid: str) -> bool:
        """Whether a request changed this widget's value (or fired its trigger)."""
        try:
            return bool(self.fresh.get(wid) != self.committed.get(wid))
        except Exception:
            return True

    def changed_ids(self, widget_ids: list[str]) -> set[str]:
        """The widgets of a request whose value changed (or trigger fired)."""
        return {wid for wid in widget_ids if self._changed(wid)}

    def changed_callbacks(self, widget_ids: list[str], changed: set[str] | None = None) -> list[WidgetMeta]:
        """Widgets (in request order) whose callbacks fire for this request.
        ``changed``: ``changed_ids(widget_ids)`` when the caller has it already."""
        out = []
        metas = self.meta
        for wid in widget_ids:
            meta = metas.get(wid)
            if meta is None or meta.callback is None or meta.disabled:
                continue
            if wid in changed if changed is not None else self._changed(wid):
                out.append(meta)
        return out

    def reset_triggers(self) -> None:
        for wid, meta in self.meta.items():
            if meta.is_trigger:
                for store in (self.fresh, self.committed):
                    if wid in store:
                        store[wid] = meta.trigger

    def end_run(self, *, cleanup: bool, rendered: set[str] | None = None, page: str | None = None) -> None:
        """End-of-run steps 6a/6b; ``cleanup`` is off after ``st.rerun()``.
        ``page``: the page this run showed (for ``persist_state="page"``)."""
        self.reset_triggers()
        if cleanup:
            self.remove_stale(self.ids_this_run if rendered is None else rendered, page=page)

    def remove_stale(self, keep: set[str], *, page: str | None = None) -> None:
        """Forget the widgets not in ``keep``; ``page`` is the page now shown.

        A keyed widget with ``persist_state`` keeps its value under its user key
        instead (as a plain key would: ``ss[key]`` still reads it, and the widget
        takes it back when it is rendered again): always for "session"; for
        "page" while the page it was rendered on is still shown, and a page
        switch drops it.
        """
        if self.persist:
            self._preserve(keep, page)
        for store in (self.fresh, self.committed):
            for wid in store.keys() - keep:
                if is_widget_id(wid):
                    del store[wid]
        for wid in self.meta.keys() - keep:
            del self.meta[wid]
        if self.persist:
            for wid in [w for w in self.persist if w not in self.id_to_key]:
                self.persist.pop(wid)
                self.persist_pages.pop(wid, None)

    def _preserve(self, keep: set[str], page: str | None) -> None:
        """persist_state: copy stale persisted widgets' values onto their user keys."""
        preserved: dict[str, Any] = {}
        for wid, scope in self.persist.items():
            key = self.id_to_key.get(wid)
            if key is None:
                continue
            if wid in keep:
                self.persist_pages[wid] = page
            elif scope == "session" or self.persist_pages.get(wid) == page:
                value = self.widget_value(wid, _MISSING)
                if value is not _MISSING:
                    preserved[key] = value
            else:  # a "page" value does not outlive a page switch
                self.committed.pop(key, None)
        self.committed.update(preserved)

    # ------------------------------------------------------------ registration
    def register(self, meta: WidgetMeta) -> tuple[Any, str]:
        """Bind, record metadata and resolve the value (spec §3.1 steps 3-4):
        the value and where it came from (see :class:`Resolved`)."""
        wid, key = meta.id, meta.key
        self.ids_this_run.add(wid)
        if key is not None:
            old = self.key_to_id.get(key)
            if old is not None and old != wid:
                self.id_to_key.pop(old, None)
            self.key_to_id[key] = wid
            self.id_to_key[wid] = key
        self.meta[wid] = meta
        if meta.persist is not None:
            self.persist[wid] = meta.persist
        elif self.persist:
            self.persist.pop(wid, None)
            self.persist_pages.pop(wid, None)
        if key is not None and key in self.written:
            return self.written[key], "W"
        if wid in self.fresh:
            if not meta.disabled:
                return self.fresh[wid], "F"
            # As 1.67 enforces `disabled`: a disabled widget cannot be used, so a value the page
            # sent for it is stale or forged and is dropped; the previous value (or the default)
            # stands, and the page is told when that differs (e.g. a button disabled by its own
            # on_click returns False in the run its click started).
            sent = self.fresh.pop(wid)
            value, source = self.register(meta)
            try:
                differs = bool(value != sent)
            except Exception:
                differs = True
            return value, "W*" if differs else source
        if wid in self.committed:
            return self.committed[wid], "C"
        if key is not None and key in self.committed:
            value = self.committed.pop(key)
            self.committed[wid] = value
            return value, "Ck"
        if self.restored and wid in self.restored:
            try:
                value = meta.deserialize(self.restored.pop(wid))
            except (TypeError, ValueError, KeyError, IndexError):
                pass  # no longer fits the widget: its default, as for a new one
            else:
                self.committed[wid] = value
                return value, "C"
        self.fresh[wid] = meta.default
        return meta.default, "default"

    def replace_value(self, meta: WidgetMeta, value: Any) -> None:
        """Store a corrected value (e.g. one out of range reset to the default)."""
        if meta.key is not None and meta.key in self.written:
            self.written[meta.key] = value
        else:
            self.committed.pop(meta.id, None)
            self.fresh[meta.id] = value

    def warn_default_and_state(self, key: str) -> None:
        """Logged once per key, as Streamlit logs it on the server (spec §3.3)."""
        if key in self._warned_keys:
            return
        self._warned_keys.add(key)
        log.warning(
            'The widget with key "%s" was created with a default value but also had its value '
            "set via the Session State API.",
            key,
        )

    # --------------------------------------------------------------- checking
    def check_serializable(self) -> None:
        import pickle  # (imported when needed: ~65 ms under Pyodide)

        for store in (self.committed, self.fresh, self.written):
            for key, value in store.items():
                try:
                    pickle.dumps(value)
                except Exception:
                    raise errors.unserializable(key, value) from None

    def items_for_display(self) -> Iterator[tuple[str, Any]]:
        for key in self.keys():
            yield key, self.lookup(key)


_MISSING_SENTINEL = object()


_IMMUTABLE = (bool, int, float, str, bytes, type(None))


def safe_copy(value: Any) -> Any:
    """Widgets return deep copies so callers cannot mutate state (spec §3.1 step 5)."""
    if isinstance(value, _IMMUTABLE):
        return value
    try:
        return copy.deepcopy(value)
    except Exception:
        return value
