"""Streaming a run to the page while the script runs, and a sleep that waits.

Streamlit sends every delta as the script produces it; the page shows what
was drawn so far and fades the previous run's elements that the new run has
not reached yet ("stale").  Here the script runs in the same worker that
talks to the page, so a run cannot be watched from outside: the tree itself
says when it changed (``Tree.on_change``) and ``Streamer`` decides whether
to send.  It sends at a bounded rate -- at most one message per
``interval`` (an animation frame, 16 ms), stretched to a few times what the
last one cost to build, so a tight loop spends most of its time running and
not serialising -- and never before the run has lasted one interval, so a
fast run (a counter's click) sends nothing more than its final render.  The
first message of a run waits the same stretched time, by the last message's
cost (messages of one session cost about the same: each holds its whole
page): a mid-run message of a page of 10,000 widgets costs ~30 ms of Python
and as much of the page's time, and one sent a frame into each 200 ms click
doubled the click (BENCHMARKS.md, "Scale").  The final render is always sent
whole and exact by the session as before.

A mid-run message is a render message with ``"running": true`` and
``"stale"``: the ids of the previous run's subtrees the run has not reached.
Its tree is the run's tree so far with those subtrees kept after it (so the
page does not jump), block by block.  It does not touch the session's model
of the page (``client_values``): only the final render does.

``install_sleep`` makes ``time.sleep`` wait without spinning the CPU: in
Pyodide it is Emscripten's busy loop (a whole core for the length of the
sleep); the worker gives a function that blocks on ``Atomics.wait``.  Before
sleeping it sends what the run drew so far, so a slow step is never hidden
behind the rate limit.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable

from ..protocol import Node, render_message

if TYPE_CHECKING:
    from .context import RunContext, Tree
    from .session import AppSession

#: One animation frame: the shortest time between two mid-run messages.
FRAME = 0.016
STOP_ASKED = 2
"""What the page's check returns for a Stop pressed before this run began (web/runtime/core.js,
interruptBuffer): the run ends at its first ``st`` call whatever ``runner.fastReruns`` says,
as Streamlit's Stop ends a run at its next yield point.  1 is a rerun asked for."""
#: A mid-run message may take at most this share of the run's time.
COST_SHARE = 0.25


class RerunRequested(BaseException):
    """Streamlit's ``runner.fastReruns``: the page asked for a new run while this
    one goes on; it ends at its next ``st`` call (Streamlit's yield point) and the
    queued request runs next.  Only where the page can tell a running worker
    (cross-origin isolated: a shared flag); elsewhere the run finishes first."""


class Streamer:
    """Sends a running session's tree to the page at a bounded rate.

    ``send`` takes one down message (a dict) and posts it; ``clock`` is a
    monotonic clock in seconds (tests give a fake one).
    """

    def __init__(self, send: Callable[[dict[str, Any]], None], *,
                 clock: Callable[[], float] = time.monotonic, interval: float = FRAME) -> None:
        self.send = send
        self.clock = clock
        self.interval = interval
        self.session: AppSession | None = None
        self.ctx: RunContext | None = None
        self.pending = False
        self.next_at = 0.0
        #: What the last mid-run message cost to build and send, in seconds (0 before the first):
        #: the next run's first message waits for it as a run's later messages do.
        self.cost = 0.0
        self.sent = 0  # mid-run messages sent (for tests and benchmarks)
        #: Whether the page asked for a rerun (fastReruns); None where it cannot tell us.
        self.rerun_requested: Callable[[], Any] | None = None

    def begin(self, session: AppSession, ctx: RunContext) -> None:
        """A script pass starts: watch its tree."""
        self.session = session
        self.ctx = ctx
        self.pending = False
        self.next_at = self.clock() + self.gap()
        ctx.tree.on_change = self.changed

    def gap(self) -> float:
        """The time between two messages: an interval, or longer when a message costs more
        than ``COST_SHARE`` of it."""
        return max(self.interval, self.cost / COST_SHARE)

    def end(self) -> None:
        """The pass is over: the session's final render takes it from here."""
        if self.ctx is not None:
            self.ctx.tree.on_change = None
        self.ctx = None
        self.session = None
        self.pending = False

    def changed(self) -> None:
        """The run's tree changed: send it if an interval has passed.

        An ``st`` call is a yield point: a rerun the page asked for ends the run here.
        """
        check = self.rerun_requested
        asked = check() if check is not None and self.session is not None else 0
        if asked == STOP_ASKED or (asked and self.session.config.get("runner.fastReruns") is not False):
            raise RerunRequested()
        self.pending = True
        if self.clock() >= self.next_at:
            self.flush()

    def flush(self) -> None:
        """Send the tree now if it changed since the last message."""
        if not self.pending or self.ctx is None or self.session is None:
            return
        self.pending = False
        t0 = self.clock()
        try:
            self.send(running_message(self.session, self.ctx))
        finally:
            t1 = self.clock()
            self.sent += 1
            self.cost = t1 - t0
            self.next_at = t1 + self.gap()


def running_message(session: AppSession, ctx: RunContext) -> dict[str, Any]:
    """The render message for a run in progress (see the module docstring)."""
    roots, stale = merge_stale(session.tree, ctx.tree)
    msg = render_message(
        session.run_count, roots, page=session.pages.current_url(),
        pages=session.pages.menu(), query=session.query_params.to_query_string(),
        banner=None, clear_forms=[], page_config=session.page_config, nav=session.pages.nav_layout(),
        # the config's [theme] from the first frame on (else the first run is drawn unthemed until it ends)
        theme=session.page_theme(),
    )
    msg["running"] = True
    msg["stale"] = stale
    return msg


def merge_stale(old: Tree, new: Tree) -> tuple[dict[str, Node], list[str]]:
    """The run's tree so far, with the previous run's unreached subtrees after it.

    Block by block: the new children first, then the old block's children
    past their count (stale).  A block both runs have at the same place is
    merged the same way.  A stale subtree holding an id the new tree uses
    (a widget that moved) is left out, so ids stay unique.
    """
    used = {n.id for n in new.nodes()}
    stale: list[str] = []

    def merge(o: Node | None, n: Node) -> Node:
        if o is None or o.children is None or n.children is None or o.kind != n.kind:
            return n
        kids = [c for c in n.children if c is not None]
        olds = [c for c in o.children if c is not None]
        out = [merge(olds[i] if i < len(olds) and olds[i].id == c.id else None, c) for i, c in enumerate(kids)]
        for c in olds[len(kids):]:
            if any(x.id in used for x in c.walk()):
                continue
            stale.append(c.id)
            out.append(c)
        if len(out) == len(kids) and all(a is b for a, b in zip(out, kids)):
            return n
        return Node(n.id, n.kind, n.props, out)

    roots = {name: merge(old.roots.get(name), root) for name, root in new.roots.items()}
    return roots, stale


def keep_unreached(old: Tree, new: Tree) -> Tree:
    """A stopped run's tree: what it drew, then the previous run's unreached rest."""
    from .context import Tree as TreeClass

    roots, _ = merge_stale(old, new)
    out = TreeClass()
    out.roots = roots
    return out


def install_sleep(wait: Callable[[float], Any], clock: Callable[[], float] = time.monotonic) -> None:
    """Make ``time.sleep`` block on ``wait(seconds)`` (idle) instead of spinning.

    Arguments are checked as CPython's ``time.sleep`` checks them; a run in
    progress sends what it drew so far first.
    """
    import time as _time

    def sleep(secs: float, /) -> None:
        if not isinstance(secs, (int, float)):
            kind = type(secs)
            if not (hasattr(kind, "__float__") or hasattr(kind, "__index__")):  # as CPython's
                raise TypeError(f"'{kind.__name__}' object cannot be interpreted as an integer or float")
            secs = float(secs)
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        from .context import current_ctx

        ctx = current_ctx()
        streamer = getattr(ctx.session, "streamer", None) if ctx is not None else None
        if streamer is not None:
            streamer.flush()
        end = clock() + secs
        while True:
            left = end - clock()
            if left <= 0:
                return
            wait(min(left, 3600.0))

    sleep.__doc__ = _time.sleep.__doc__
    _time.sleep = sleep
