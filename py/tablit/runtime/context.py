"""The run in progress: which session, which tree, which cursors.

Pyodide gives a worker one thread and tests run one app at a time, so a
module-level "current context" is enough; it is set for the duration of one
script pass (callbacks included) and cleared afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..protocol import Node

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator
    from .session import AppSession

ROOTS = ("main", "sidebar")
LAZY_ROOTS = ("bottom", "event")  # st.bottom / st.dialog: in the tree only once a run writes to them


class Tree:
    """The render tree of one run, addressed by delta paths.

    A path is the root name plus child indexes.  Children appear in the order
    they were first written, as Streamlit's AppTest shows them; writing an
    index again replaces that child in place (``st.empty``).  Writing to a
    path whose blocks do not exist yet (a container captured in an earlier
    run and used from a callback) creates placeholder containers on the way;
    when the script later creates the real block there, it takes over the
    placeholder's children.

    ``on_change`` (set while a run streams, see ``runtime/live.py``) is called
    after every write; code that changes a placed node's props in place calls
    ``touch()`` so the change streams too.
    """

    def __init__(self) -> None:
        self.roots: dict[str, Node] = {name: Node(name, "block", {}, []) for name in ROOTS}
        self._slots: dict[int, dict[int, Node]] = {}  # id(block node) -> index -> child
        self.on_change: Callable[[], None] | None = None

    def touch(self) -> None:
        """The tree changed (a node's props changed in place): tell the watcher."""
        if self.on_change is not None:
            self.on_change()

    def _root(self, root: str) -> Node:
        node = self.roots.get(root)
        if node is None:
            if root not in LAZY_ROOTS:
                raise KeyError(root)
            node = self.roots[root] = Node(root, "block", {}, [])
        return node

    def block(self, root: str, path: tuple[int, ...]) -> Node:
        node = self._root(root)
        for depth, index in enumerate(path):
            child = self._slots.get(id(node), {}).get(index)
            if child is None or child.children is None:
                child = Node(node_id(root, path[: depth + 1]), "container", {"border": None}, [])
                child._placeholder = True  # type: ignore[attr-defined]
                self._place(node, index, child)
            node = child
        return node

    def put(self, root: str, path: tuple[int, ...], index: int, node: Node) -> None:
        if path:
            parent = self.block(root, path)
        else:  # (a root's element, the usual case: _root() without its call)
            parent = self.roots.get(root) or self._root(root)
        self._place(parent, index, node)

    def _place(self, parent: Node, index: int, node: Node) -> None:
        slots = self._slots.get(id(parent))
        if slots is None:
            slots = self._slots[id(parent)] = {}
        children = parent.children
        assert children is not None
        old = slots.get(index)
        if old is None:
            children.append(node)
        else:
            if getattr(old, "_placeholder", False) and node.children is not None:
                node.children = old.children
                self._slots[id(node)] = self._slots.pop(id(old), {})
            for i, child in enumerate(children):
                if child is old:
                    children[i] = node
                    break
        slots[index] = node
        if self.on_change is not None:
            self.on_change()

    def take_back(self, root: str, path: tuple[int, ...], index: int, node: Node, previous: Node | None) -> None:
        """Undo a ``put`` of ``node`` at ``index`` (a transient's end): ``previous`` goes
        back in its place, or the place is free again; nothing happens when something
        else has been written there since."""
        parent = self.block(root, path) if path else self._root(root)
        slots = self._slots.get(id(parent), {})
        if slots.get(index) is not node:
            return
        children = parent.children
        assert children is not None
        at = next(i for i, child in enumerate(children) if child is node)
        if previous is None:
            del slots[index]
            del children[at]
        else:
            slots[index] = previous
            children[at] = previous
        if self.on_change is not None:
            self.on_change()

    def clear_block(self, root: str, path: tuple[int, ...]) -> None:
        block = self.block(root, path)
        block.children = []
        self._slots.pop(id(block), None)
        if self.on_change is not None:
            self.on_change()

    def nodes(self) -> list[Node]:
        """Every node of the tree, root by root, each depth first, in order.

        A list made in one loop (no generator per root and per walk): the
        render goes over every node after every run.
        """
        out: list[Node] = []
        add = out.append
        stack = list(self.roots.values())
        stack.reverse()
        pop = stack.pop
        extend = stack.extend
        while stack:
            node = pop()
            if node is None:  # (a child slot with no node: skipped, as Node.walk does)
                continue
            add(node)
            children = node.children
            if children:
                extend(reversed(children))
        return out

    def clone(self) -> "Tree":
        """A copy a fragment run can write into (runtime/fragments.py): new
        nodes with copied props, the same slots, the old tree untouched."""
        import copy

        out = Tree()
        made: dict[int, Node] = {}

        def dup(node: Node) -> Node:
            twin = copy.copy(node)
            twin.props = dict(node.props)
            if node.children is not None:
                twin.children = [dup(c) for c in node.children]
            made[id(node)] = twin
            return twin

        out.roots = {name: dup(root) for name, root in self.roots.items()}
        for parent_id, slots in self._slots.items():
            twin = made.get(parent_id)
            if twin is not None:
                out._slots[id(twin)] = {i: made[id(c)] for i, c in slots.items() if id(c) in made}
        return out


def node_id(root: str, path: tuple[int, ...]) -> str:
    return f"{root}:{'.'.join(map(str, path))}"


@dataclass
class RunContext:
    """Bookkeeping for one script pass of one session."""

    session: "AppSession"
    tree: Tree = field(default_factory=Tree)
    page_hash: str = ""
    dg_stack: list["DeltaGenerator"] = field(default_factory=list)
    root_cursors: dict[str, int] = field(default_factory=dict)
    widget_ids_seen: set[str] = field(default_factory=set)
    element_keys_seen: set[str] = field(default_factory=set)
    form_keys_seen: set[str] = field(default_factory=set)
    cache_depth: int = 0
    cached_widget_calls: list[Any] | None = None
    in_callback: bool = False
    navigation: Any = None
    clear_forms: list[str] = field(default_factory=list)
    # Widgets whose value the page changed (or trigger it fired) for this run.
    changed_widgets: set[str] = field(default_factory=set)
    # The @st.fragment whose body is running (the innermost), and whether this
    # run reruns fragments only (runtime/fragments.py).
    fragment_id: str | None = None
    fragment_run: bool = False
    # The fragment that drew the widget whose callback is running (None: none, or no callback)
    callback_fragment_id: str | None = None
    # A parallel=True fragment's first run is going on (1.67's worker thread: runtime/fragments.py)
    parallel_worker: bool = False


_current: RunContext | None = None


def current_ctx() -> RunContext | None:
    return _current


def get_ctx() -> RunContext:
    """The context of the run in progress; outside a run, a throwaway one."""
    if _current is None:
        from .session import AppSession

        return RunContext(session=AppSession.bare())
    return _current


def set_ctx(ctx: RunContext | None) -> RunContext | None:
    global _current
    previous, _current = _current, ctx
    return previous
