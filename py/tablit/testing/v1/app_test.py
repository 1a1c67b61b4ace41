"""AppTest: drive an app through its AppSession the way Streamlit's AppTest does.

Streamlit's AppTest sends the value of *every* widget of the current element
tree on every run, in tree order, plus the clicked trigger.  Here one run is
one ``update`` message to the app's own :class:`AppSession` (the first run is
``AppSession.start()``), so the app goes through exactly the path a browser
tab's messages take; only the widening is done by the test instead of the
session's browser model.
"""

from __future__ import annotations

import hashlib
import inspect
import signal
import sys
import tempfile
import textwrap
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import parse_qs, urlencode

from ... import errors
from ...protocol import Update
from ...runtime.runner import HostInterrupt
from ...runtime.session import AppSession
from ...state.attributes import ItemsAsAttributes
from ...state.session_state import SessionState, is_widget_id
from . import element_tree as et
from .errors import AppTestError

_TMP_DIR: tempfile.TemporaryDirectory | None = None

# from_function scripts read their call arguments from here, by script path,
# because a run executes the script in a fresh module namespace.
_CALL_ARGS: dict[str, tuple[tuple, dict]] = {}


def _call_args(path: str) -> tuple[tuple, dict]:
    """Used by generated ``from_function`` scripts; not public."""
    return _CALL_ARGS.get(path, ((), {}))


def _tmp_dir() -> str:
    global _TMP_DIR
    if _TMP_DIR is None:
        _TMP_DIR = tempfile.TemporaryDirectory(prefix="tablit-apptest-")
    return _TMP_DIR.name


class AppTest:
    """A simulated app: run it, inspect its elements, set widget values, run again."""

    def __init__(self, script_path: str | Path, *, default_timeout: float,
                 args: tuple | None = None, kwargs: dict | None = None) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self._session = AppSession(self._script_path)
        self.session_state = _AppTestSessionState(self._session.state)
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        self.user: dict[str, Any] = {"email": "test@example.com"}
        self.context: dict[str, Any] = {}
        self._tree = et.ElementTree(self)
        self._started = False
        self._switch_to: Any = None
        self._cleared_form_ids: set[str] = set()
        self._last_render: dict[str, Any] | None = None

    # ----------------------------------------------------------- creation
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        """An app from source text (dedented, written to a temporary file)."""
        return cls._from_string(script, default_timeout=default_timeout)

    @classmethod
    def _from_string(cls, script: str, *, default_timeout: float = 3,
                     args: tuple | None = None, kwargs: dict | None = None) -> "AppTest":
        name = hashlib.md5(script.encode("utf-8")).hexdigest()
        path = Path(_tmp_dir(), name)
        path.write_text(textwrap.dedent(script), encoding="utf-8")
        return cls(str(path), default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: tuple | None = None, kwargs: dict | None = None) -> "AppTest":
        """An app whose script is the function's source followed by a call to it."""
        source = textwrap.dedent("".join(inspect.getsourcelines(script)[0]))
        name = getattr(script, "__name__", "script")
        module = (
            f"{source}\n"
            "from tablit.testing.v1.app_test import _call_args as __tablit_call_args\n"
            "__args, __kwargs = __tablit_call_args(__file__)\n"
            f"{name}(*__args, **__kwargs)\n"
        )
        return cls._from_string(module, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> "AppTest":
        """An app from its entrypoint file; a relative path is relative to the calling file."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(sys._getframe(1).f_code.co_filename)
            path = caller.parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    # ---------------------------------------------------------------- runs
    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script with every widget's current value; returns self."""
        timeout = self.default_timeout if timeout is None else timeout
        session = self._session
        session.query_params.replace(_encode_query(self.query_params))
        _CALL_ARGS[self._script_path] = (tuple(self.args or ()), dict(self.kwargs or {}))
        submitted = self._submitted_forms()
        form_clears = self._form_clear_flags()
        if self.secrets:
            session.secrets = dict(self.secrets)
        session.user_info = dict(self.user)  # what st.user reads, as 1.67's AppTest has it
        with _deadline(timeout):
            render = self._run_session(submitted, form_clears)
        self._started = True
        for form_id in submitted:
            if form_clears.get(form_id):
                self._cleared_form_ids.add(form_id)
            else:
                self._cleared_form_ids.discard(form_id)
        self._last_render = render
        self.query_params = _decode_query(render.get("query", ""))
        self._tree = et.build_tree(render.get("tree") or {}, self, render.get("banner"))
        return self

    def _run_session(self, submitted: set[str], form_clears: dict[str, bool]) -> dict[str, Any]:
        session = self._session
        if self._switch_to is not None:
            target, self._switch_to = self._switch_to, None
            if self._started:
                changes, _ = self._widget_states(submitted, form_clears)
                try:
                    session.hold(Update(_as_changes(changes), None), self._tree_widget_ids())
                except ValueError as e:  # ProtocolError
                    raise AppTestError(f"The app refused the widget values: {e}") from None
            return session.switch(target)
        if not self._started:
            return session.start()
        changes, triggers = self._widget_states(submitted, form_clears)
        # One update per fired trigger (the session runs each), the first with every value.
        messages = [_update(changes, triggers[0] if triggers else None)]
        messages += [_update([], t) for t in triggers[1:]]
        session.reorder(self._tree_widget_ids())
        out = session.handle(messages)
        refused = [m for m in out if m.get("type") == "refused"]
        if refused:
            raise AppTestError("The app refused the update: "
                               + "; ".join(str(m.get("reason")) for m in refused))
        return out[-1] if out and out[-1].get("type") == "render" else session.last_render or {}

    def _widget_states(self, submitted: set[str], form_clears: dict[str, bool]
                       ) -> tuple[list[dict[str, Any]], list[tuple[str, Any]]]:
        """Every widget of the tree (tree order) as a change, and the fired triggers.

        A widget in a form sends the value the test set only when that form is
        submitted in this run; after a ``clear_on_submit`` submit, the next
        submit sends the defaults of widgets the test did not set (what the
        browser holds after clearing the form).
        """
        rendered = self._session.rendered
        changes: list[dict[str, Any]] = []
        triggers: list[tuple[str, Any]] = []
        for node in self._tree:
            if isinstance(node, et.Block) and node.props.get("stateful") and node.id in rendered:
                # A stateful expander/tabs/popover: the browser holds its state as a widget.
                meta = rendered[node.id]
                value = self._session.state.widget_value(node.id, _MISSING)
                wire = node.props.get("value") if value is _MISSING else meta.serialize(value)
                changes.append({"id": node.id, "value": wire})
                continue
            if not isinstance(node, et.Widget) or node.id not in rendered:
                continue
            meta = rendered[node.id]
            if meta.is_trigger:
                if node._has_pending:
                    value = node._pending_wire if node.type in ("chat_input", "menu_button") else None
                    triggers.append((node.id, value))
                continue
            if meta.disabled:
                continue
            form = node.form_id
            if (form and form in submitted and form in self._cleared_form_ids
                    and form_clears.get(form) and not node._has_pending):
                wire = node.props.get("default")
            else:
                wire = node._wire(pending=not form or form in submitted)
            changes.append({"id": node.id, "value": wire})
        return changes, triggers

    def _tree_widget_ids(self) -> list[str]:
        """Widget ids in tree order: AppTest's request order."""
        return [n.id for n in self._tree if isinstance(n, et.Widget)
                or (isinstance(n, et.Block) and n.props.get("stateful"))]

    def _submitted_forms(self) -> set[str]:
        return {n.form_id for n in self._tree
                if isinstance(n, et.Button) and n._has_pending and n.form_id}

    def _form_clear_flags(self) -> dict[str, bool]:
        return {b.props.get("form_id", ""): bool(b.props.get("clear_on_submit"))
                for b in self._tree.get("form")}

    # ---------------------------------------------------------- navigation
    def switch_page(self, page_path: str) -> "AppTest":
        """Switch to a page file (relative to the main script) for the next run()."""
        full = Path(self._script_path).parent / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._script_path!r}. Resolved page path: {str(full.resolve())!r}."
            )
        self._switch_to = self._resolve_switch(page_path)
        return self

    def _resolve_switch(self, page_path: str) -> Any:
        """Resolve the page exactly as ``st.switch_page(page_path)`` in the app would."""
        from ...runtime import navigation
        from ...runtime.context import RunContext, set_ctx
        from ...runtime.runner import SwitchPageException

        session = self._session
        ctx = RunContext(session=session)
        ctx.page_hash = session.pages.main_hash
        previous = set_ctx(ctx)
        try:
            navigation.switch_page(page_path)
        except SwitchPageException as e:
            return session.pages.resolve_switch(e)
        except errors.StreamlitAPIException as e:
            raise ValueError(str(e)) from None
        finally:
            set_ctx(previous)
        raise AppTestError(f"st.switch_page({page_path!r}) did not switch pages")

    # ------------------------------------------------------------ queries
    @property
    def main(self) -> et.Block:
        return self._tree.main

    @property
    def sidebar(self) -> et.Block:
        return self._tree.sidebar

    def get(self, element_type: str) -> list[Any]:
        """Every node of that type in the app (main and sidebar)."""
        return self._tree.get(element_type)

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r}, tree={self._tree!r})"


def _tree_property(name: str) -> property:
    def getter(self: AppTest) -> Any:
        return getattr(self._tree, name)

    getter.__name__ = name
    getter.__doc__ = f"Every ``st.{name}`` in the app, in page order."
    return property(getter)


for _name in et.ELEMENT_LISTS:
    setattr(AppTest, _name, _tree_property(_name))
AppTest.data_editor = _tree_property("data_editor")  # type: ignore[attr-defined]


# ------------------------------------------------------------ session state
def _missing(kind: str, key: str) -> str:
    return f'st.session_state has no {kind} "{key}". {errors.SESSION_STATE_DOCS}'


class _AppTestSessionState(ItemsAsAttributes):
    """``at.session_state``: the AppTest session's state, outside any run.

    Writes between runs are seen by the next run as writes from the script
    (Streamlit's "new session state"): no widget is instantiated between runs,
    so none of the in-run checks apply.
    """

    def __init__(self, state: SessionState) -> None:
        object.__setattr__(self, "_state", state)

    def __getitem__(self, key: str) -> Any:
        key = str(key)
        if is_widget_id(key):
            value = self._state.widget_value(key, _MISSING)
            if value is _MISSING:
                raise KeyError(_missing("key", key))
            return value
        try:
            return self._state.lookup(key)
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __setitem__(self, key: str, value: Any) -> None:
        key = str(key)
        if is_widget_id(key):
            raise errors.reserved_key()
        self._state.written[key] = value

    def __delitem__(self, key: str) -> None:
        try:
            self._state.delete(str(key))
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._state.contains(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self._state.keys())

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def to_dict(self) -> dict[str, Any]:
        return {k: self._state.lookup(k) for k in sorted(self._state.keys())}

    def keys(self) -> Any:
        return self.to_dict().keys()

    def items(self) -> Any:
        return self.to_dict().items()

    def values(self) -> Any:
        return self.to_dict().values()

    def _attribute_error(self, key: str) -> str:
        return f"{key} not found in session_state."

    def __repr__(self) -> str:
        return repr(self.to_dict())


_MISSING = object()


# ------------------------------------------------------------ query params
def _encode_query(params: dict[str, Any]) -> str:
    """``{"a": ["1", "2"], "b": "x"}`` -> ``a=1&a=2&b=x``."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            pairs.extend((str(key), str(v)) for v in value)
        else:
            pairs.append((str(key), str(value)))
    return urlencode(pairs)


def _decode_query(query: str) -> dict[str, Any]:
    """One value -> str; a repeated key -> list of str (as Streamlit's AppTest)."""
    parsed = parse_qs(query.lstrip("?"), keep_blank_values=True)
    return {k: v[0] if len(v) == 1 else v for k, v in parsed.items()}


# ------------------------------------------------------------------ timeout
class _RunTimeout(HostInterrupt):
    """Raised by the alarm; a BaseException so ``except Exception`` in apps can't eat it."""


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Stop a run after ``seconds`` (CPython main thread only; elsewhere no limit)."""
    usable = (
        seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise _RunTimeout()

    started = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _RunTimeout:
        raise RuntimeError(f"AppTest script run timed out after {seconds}(s)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_delay > 0:  # someone else's alarm (e.g. pytest-timeout): give it back
            remaining = max(old_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, old_interval)


def _update(changes: list[dict[str, Any]], trigger: tuple[str, Any] | None) -> dict[str, Any]:
    """An up ``update`` message; a chat input's text travels as its own change."""
    if trigger is None:
        return {"type": "update", "changes": changes, "trigger": None}
    wid, value = trigger
    extra = [{"id": wid, "value": value}] if value is not None else []
    return {"type": "update", "changes": changes + extra, "trigger": wid}


def _as_changes(changes: list[dict[str, Any]]) -> list[Any]:
    from ...protocol import Change

    return [Change(c["id"], c["value"]) for c in changes]
