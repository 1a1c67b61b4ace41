"""The worker's entry point: JSON strings in, JSON strings out.

The worker passes strings rather than JS objects so nothing is converted
between JS and Python on the rerun path but two strings.
"""

from __future__ import annotations

import json
import json.scanner
from typing import Any, Callable

from .protocol import TreeDiff, check_context, refused
from .runtime import snapshot, threads
from .runtime.live import Streamer
from .runtime.session import AppSession

# One encoder for every answer: json.dumps(x, default=str) builds a new
# JSONEncoder (and its C encoder) on each call, on the path of every click.
_ENCODE = json.JSONEncoder(default=str).encode
# The decoder's scanner, called directly: json.loads goes through three Python
# functions (loads, decode, raw_decode) and two regex matches per message.
_SCAN = json.scanner.make_scanner(json.JSONDecoder())


def _loads(text: str) -> Any:
    """``json.loads(text)``: the page's JSON as it sends it (no surrounding white
    space) in one call to the scanner; anything else goes to json.loads, which
    then gives the same value or the same error as ever."""
    try:
        value, end = _SCAN(text, 0)
    except (StopIteration, ValueError, TypeError):
        return json.loads(text)
    if end != len(text):
        return json.loads(text)
    return value


class Bridge:
    """One session of one app, driven by the page's messages.

    With ``patches`` a run after the first is sent as a "patch" message when
    that is smaller than its render message (see ``protocol.py``); the page
    (``web/mount.js``) rebuilds the render message.
    """

    def __init__(self, entrypoint: str, *, query: str = "", page: str = "",
                 config: dict[str, Any] | None = None, patches: bool = False,
                 context: dict[str, Any] | None = None) -> None:
        threads.install()  # Pyodide has no threads: a started thread runs in place (runtime/threads.py)
        self.session = AppSession(entrypoint, config=config, query=query, page=page)
        self.session.fragment_reruns = True  # the browser reruns an @st.fragment on its own (runtime/fragments.py)
        if context:  # what the tab knows about the user (st.context); see protocol.py
            self.session.context_info.update(check_context(context))
        self._diff = TreeDiff() if patches else None
        self._snapshots = False
        self._snapshots_apart = False
        self._last_snapshot = ""

    def send_snapshots(self, on: bool = True, apart: bool = False) -> None:
        """After each run, add a "snapshot" message when the session changed
        (runtime/snapshot.py): the page keeps it to restore the session.

        ``apart``: not in the run's answer but from ``snapshot()``, which the
        worker calls after posting the answer, so taking it (and the page
        keeping it) is not on the way from a click to the screen.
        """
        self._snapshots = on
        self._snapshots_apart = apart

    def _snapshot_message(self) -> dict[str, Any] | None:
        """The snapshot message if the session changed since the last one."""
        taken = snapshot.take(self.session)
        taken["durable"] = bool(self.session.config.get(snapshot.DURABLE_OPTION))
        snap = json.dumps(taken)
        if snap == self._last_snapshot:
            return None
        self._last_snapshot = snap
        return {"type": "snapshot", **taken}

    def snapshot(self) -> str:
        """With ``send_snapshots(apart=True)``: a JSON list holding the snapshot
        message when the session changed since the last one, else ""."""
        if not (self._snapshots and self._snapshots_apart):
            return ""
        message = self._snapshot_message()
        return "" if message is None else json.dumps([message])

    def restore(self, snapshot_json: str, stored: bool = False) -> str:
        """Take a snapshot's state and widget values before the first run;
        a JSON list of the session_state keys it could not keep.

        ``stored``: it comes from the browser's storage (a reload), which only
        counts when the app enables ``tablit.durableSession``.
        """
        if stored and not self.session.config.get(snapshot.DURABLE_OPTION):
            return "[]"
        return json.dumps(snapshot.restore(self.session, json.loads(snapshot_json)))

    def _out(self, messages: list[dict[str, Any]]) -> str:
        if self._diff is not None:
            messages = [self._diff.message(m) if m.get("type") == "render" else m for m in messages]
        return _ENCODE(messages)

    def _answer(self, messages: list[dict[str, Any]]) -> str:
        """A run's answer, with a snapshot of the session when it changed."""
        if self._snapshots and not self._snapshots_apart:
            message = self._snapshot_message()
            if message is not None:
                messages = [message, *messages]
        return self._out(messages)

    def set_stream(self, post: Callable[[str], Any] | None) -> None:
        """Post runs in progress to the page: ``post`` takes a JSON list of down
        messages, like the answers of ``start``/``handle`` (see runtime/live.py)."""
        if post is None:
            self.session.streamer = None
            return
        self.session.streamer = Streamer(lambda msg: post(self._out([msg])))

    def set_rerun_check(self, requested: Callable[[], Any] | None) -> None:
        """``requested()`` says whether the page asked for a rerun during this run
        (truthy: runner.fastReruns) or pressed Stop before it began (2, whatever
        runner.fastReruns says): the run then ends at its next st call."""
        if self.session.streamer is not None:
            self.session.streamer.rerun_requested = requested

    def start(self) -> str:
        """Run the app for the first time; a JSON list of down messages."""
        if self._diff is not None:
            self._diff.reset()
        return self._answer([self.session.start()])

    def handle(self, up_json: str, files_unchanged: bool = False) -> str:
        """Apply a JSON list of queued up messages; a JSON list of down messages.

        ``files_unchanged``: the worker saw nothing written to the file system
        since the last run (web/runtime/fs_writes.js), so the run uses its
        compiled scripts without looking at their files (runner.CodeCache).
        """
        self.session.code_cache.assume_unchanged(files_unchanged)
        try:
            messages = _loads(up_json)
        except ValueError as e:
            return json.dumps([refused(f"not JSON: {e}", up_json)])
        except RecursionError:
            return json.dumps([refused("refused: the message is nested too deeply", up_json)])
        if not isinstance(messages, list):
            messages = [messages]
        return self._answer(self.session.handle(messages))

    def rerun(self) -> str:
        """Re-run after the app's files changed (run-on-save), keeping state."""
        return self.handle('[{"type": "update", "changes": [], "trigger": null}]')
