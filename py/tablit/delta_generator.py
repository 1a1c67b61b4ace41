"""DeltaGenerator: a cursor into the render tree, with every element as a method.

``st.markdown(...)``, ``st.sidebar.markdown(...)``, ``col.markdown(...)`` and
``with col: st.markdown(...)`` all end up in :meth:`DeltaGenerator._enqueue`,
which writes a node at the cursor's next index.  The element functions live
in ``elements/`` and ``widgets/`` (each takes the generator as ``self``) and
register themselves as methods with :func:`command` when imported.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from .mixin_names import MIXIN_OF
from .protocol import Node
from .runtime import fragments as _fragments
from .runtime import context as _context
from .runtime.context import get_ctx, node_id

F = TypeVar("F", bound=Callable[..., Any])


class DeltaGenerator:
    """Where the next element goes: a root ("main"/"sidebar") and a block path."""

    def __init__(self, root: str = "main", path: tuple[int, ...] = (), *, form_id: str = "",
                 is_root: bool = False, is_empty: bool = False, kind: str = "block") -> None:
        self._root = root
        self._path = path
        self._form_id = form_id
        self._is_root = is_root
        self._is_empty = is_empty
        self._kind = kind
        self._cursor = 0

    _run_made: int = -1  # the session run that made this block (-1: a root, or not known)
    _creating_fragment_id: str | None = None  # the fragment whose run made it

    # ----------------------------------------------------------------- cursor
    def _active(self) -> "DeltaGenerator":
        """The main generator stands for whatever ``with`` block is open."""
        if self._root == "main" and self._is_root:
            stack = get_ctx().dg_stack
            if stack:
                return stack[-1]
        return self

    def _next_index(self) -> int:
        if self._is_empty:
            return 0
        if self._is_root:
            cursors = get_ctx().root_cursors
            index = cursors.get(self._root, 0)
            cursors[self._root] = index + 1
            return index
        index = self._cursor
        self._cursor += 1
        return index

    def _enqueue(self, kind: str, props: dict[str, Any], *, node_id: str | None = None,
                 children: list | None = None) -> Node:
        # (the body of _active() and _next_index(), inlined: once per element;
        # and get_ctx()'s: the run's context, or the throwaway one outside a run)
        ctx = _context._current
        if ctx is None:
            ctx = get_ctx()
        dg = self
        if dg._is_root and dg._root == "main" and ctx.dg_stack:
            dg = ctx.dg_stack[-1]
        if ctx.fragment_id is not None:  # a fragment's write to a container made outside it
            dg = _fragments.write_target(ctx, dg)
        elif ctx.callback_fragment_id is not None and children is None:
            _fragments.warn_callback_write()  # an element from a fragment widget's callback
        root = dg._root
        if type(dg) is not DeltaGenerator:  # e.g. a slot generator with its own _next_index
            index = dg._next_index()
        elif dg._is_empty:
            index = 0
        elif dg._is_root:
            cursors = ctx.root_cursors
            index = cursors.get(root, 0)
            cursors[root] = index + 1
        else:
            index = dg._cursor
            dg._cursor = index + 1
        path = dg._path + (index,)
        if not node_id:  # _path_id(root, path), inlined: once per element
            node_id = f"{root}:{'.'.join(map(str, path))}"
        node = Node(node_id, kind, props, children)
        ctx.tree.put(root, dg._path, index, node)
        node._path = path  # type: ignore[attr-defined]
        node._dg = dg  # type: ignore[attr-defined]  (where it went: its ElementSlot's root and form)
        if ctx.cached_widget_calls:  # a cached function is running: record for replay
            from .runtime.cached_func import record_element

            record_element(ctx, dg, node)
        return node

    def _transient(self, kind: str, props: dict[str, Any]) -> Callable[[], None]:
        """Show a node at the place this generator's next element takes, without taking
        it (1.67's transient elements: ``st.spinner``); returns what takes it away.

        While it is there the run streams it (``runtime/live.py``); an element written to
        that place meanwhile replaces it, and taking it away then changes nothing.  What
        the place held before (an ``st.empty()``'s element) comes back when it goes."""
        ctx = get_ctx()
        dg = self
        if dg._is_root and dg._root == "main" and ctx.dg_stack:
            dg = ctx.dg_stack[-1]
        if ctx.fragment_id is not None:
            dg = _fragments.write_target(ctx, dg)
        # the index _enqueue would give, the cursors left as they are
        if type(dg) is not DeltaGenerator:
            index = dg._next_index()
        elif dg._is_empty:
            index = 0
        elif dg._is_root:
            index = ctx.root_cursors.get(dg._root, 0)
        else:
            index = dg._cursor
        root, path = dg._root, dg._path
        tree = ctx.tree
        parent = tree.block(root, path) if path else tree._root(root)
        previous = tree._slots.get(id(parent), {}).get(index)
        node = Node(f"{node_id(root, path + (index,))}~{kind}", kind, props)
        tree.put(root, path, index, node)
        return lambda: tree.take_back(root, path, index, node, previous)

    def _block(self, kind: str, props: dict[str, Any], *, form_id: str | None = None,
               is_empty: bool = False) -> "DeltaGenerator":
        dg = self._active()
        node = dg._enqueue(kind, props, children=[])
        ctx = get_ctx()
        made = DeltaGenerator(dg._root, node._path, form_id=dg._form_id if form_id is None else form_id,  # type: ignore[attr-defined]
                              is_empty=is_empty, kind=kind)
        # which run and which fragment made it (runtime/fragments.py: a fragment writing to it)
        made._run_made = ctx.session.run_count
        made._creating_fragment_id = ctx.fragment_id
        return made

    def _element(self, node: Node) -> "DeltaGenerator":
        """What an element command returns: a generator whose next write replaces ``node``.

        As Streamlit's: ``el = st.text("a"); el.text("b")`` shows only "b", in
        the same place; ``bar = st.progress(0); bar.progress(50)`` moves the bar.
        """
        slot = _new_slot(ElementSlot)  # (no __init__: once per element, every run)
        slot._node = node
        return slot

    # --------------------------------------------------------------- context
    def __enter__(self) -> "DeltaGenerator":
        get_ctx().dg_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> bool:
        stack = get_ctx().dg_stack
        if stack and stack[-1] is self:
            stack.pop()
        elif self in stack:
            stack.remove(self)
        return False

    def __repr__(self) -> str:
        return f"DeltaGenerator(root={self._root!r}, path={self._path!r}, kind={self._kind!r})"

    def __getattr__(self, name: str) -> Any:
        """A command generators do not have: calling it raises 1.67's error (the name itself exists).

        ``st.sidebar.echo()`` -> "Method `echo()` does not exist for `st.sidebar`. Did you mean
        `st.echo()`?"; ``st.dataframe(df).add_rows(...)`` -> "`add_rows()` is not a valid
        Streamlit command."  Private names stay missing (``getattr(dg, "_x", None)``, copy).
        """
        if name.startswith("_"):
            raise AttributeError(f"'DeltaGenerator' object has no attribute '{name}'")
        root = self._root

        def unknown_command(*args: Any, **kwargs: Any) -> Any:
            import sys

            from .errors import StreamlitAPIException

            st = sys.modules.get("tablit")
            if st is not None and callable(getattr(st, name, None)):
                where = "`st.sidebar`" if root == "sidebar" else "`DeltaGenerator` objects"
                raise StreamlitAPIException(f"Method `{name}()` does not exist for {where}. "
                                            f"Did you mean `st.{name}()`?")
            raise StreamlitAPIException(f"`{name}()` is not a valid Streamlit command.")

        return unknown_command

    @property
    def dg(self) -> "DeltaGenerator":
        """This generator (Streamlit's element mixins reach their generator as ``self.dg``)."""
        return self

    @property
    def id(self) -> str:
        return _path_id(self._root, self._path)


class ElementSlot(DeltaGenerator):
    """The place of one element: every write there replaces it (same path, same id).

    It holds only the element's node; where that is is read from the node when
    the generator is used, which few are (most returned generators are dropped).
    """

    _node: Node
    _is_root = False
    _is_empty = False

    @property
    def _root(self) -> str:  # type: ignore[override]
        return self._node._dg._root  # type: ignore[attr-defined]

    @property
    def _path(self) -> tuple[int, ...]:  # type: ignore[override]
        return self._node._path[:-1]  # type: ignore[attr-defined]

    @property
    def _form_id(self) -> str:  # type: ignore[override]
        return self._node._dg._form_id  # type: ignore[attr-defined]

    @property
    def _kind(self) -> str:  # type: ignore[override]
        return self._node.kind

    def _next_index(self) -> int:
        return self._node._path[-1]  # type: ignore[attr-defined]


_new_slot = object.__new__


# an app sees Streamlit's class name (`type(st.text("a")).__name__`, st.write of the generator)
ElementSlot.__name__ = ElementSlot.__qualname__ = "DeltaGenerator"


def _path_id(root: str, path: tuple[int, ...]) -> str:
    return node_id(root, path)


main_dg = DeltaGenerator("main", is_root=True)
sidebar_dg = DeltaGenerator("sidebar", is_root=True)
bottom_dg = DeltaGenerator("bottom", is_root=True)


COMMANDS: dict[str, Any] = {}
"""Every registered element command by name: the DeltaGenerator methods that are also ``st.<name>``."""


def command(fn: F) -> F:
    """Register ``fn`` (taking the generator as ``self``) as a DeltaGenerator method.

    Element and widget families call this when they are imported, so the
    arrows point one way: a family imports the core, the core never imports a
    family.  ``tablit/__init__.py`` imports the families and exposes every
    registered command as ``st.<name>``.
    """
    name = fn.__name__
    mixin = MIXIN_OF.get(name)
    if mixin is not None:  # 1.67's name in a wrong call's TypeError: "TextMixin.text() missing ..."
        fn.__qualname__ = f"{mixin}.{name}"
    COMMANDS[name] = fn
    setattr(DeltaGenerator, name, fn)
    return fn
