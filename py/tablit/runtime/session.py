"""AppSession: one tab's session — its state, its model of the page, its runs.

The page sends only what the user changed; Streamlit's frontend sends the
value of every widget it knows.  ``client_values`` is our model of what the
page holds, so an update is widened into exactly the request Streamlit would
have received (same order, same values) before the state rules see it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Any, Callable

from .. import errors
from ..config import Config
from ..protocol import (ClearCache, ContextInfo, Navigate, ProtocolError, Update, coalesce, parse_up,
                        refused, render_message)
from ..state.query_params import QueryParamsState
from ..state.session_state import WIDGET_ID_PREFIX, SessionState, WidgetMeta
from .alias import StreamlitAlias
from . import fragments as fragments_mod
from .context import RunContext, Tree, set_ctx
from .exceptions import interrupted, show_exception, syntax_error_message
from .live import RerunRequested
from .runner import (CodeCache, HostInterrupt, RerunException, ScriptSource, StopException,
                     SwitchPageException)

RERUN_LIMIT = 100
_MISSING = object()
# What a widget's deserialize raises for a value it refuses (OverflowError: an
# integer such as 10**400 where a float is due; RecursionError: deep nesting).
_BAD_VALUE = (TypeError, ValueError, KeyError, IndexError, OverflowError, RecursionError)


@dataclass
class RunResult:
    tree: Tree
    rerun: bool = False
    switch_to: SwitchPageException | None = None
    banner: dict | None = None
    interrupted: bool = False  # the page's Stop (KeyboardInterrupt): the unreached part stays
    rerun_fragments: list[str] | None = None  # with rerun: run only these fragments next


@dataclass
class Widgets:
    """The widgets of the last rendered tree, by id."""

    metas: dict[str, WidgetMeta] = field(default_factory=dict)


def script_hash(path: str) -> str:
    return hashlib.md5(os.path.abspath(path).encode("utf-8")).hexdigest()


class AppSession:
    """One session of one app."""

    _bare: "AppSession | None" = None
    # what st.user reads: None in a tab (nobody signs in); AppTest's ``user`` (1.67's test user)
    user_info: "dict[str, Any] | None" = None

    def __init__(self, entrypoint: str | None, *, config: Config | dict | None = None,
                 query: str = "", page: str = "") -> None:
        self.script = ScriptSource(entrypoint) if entrypoint else None
        if isinstance(config, Config):
            self.config = config
        else:
            self.config = Config.for_app(self.script.dir if self.script else None, config)
        self.state = SessionState()
        self.query_params = QueryParamsState(query)
        self.client_values: dict[str, Any] = {}
        self.rendered: dict[str, WidgetMeta] = {}
        self.tree: Tree = Tree()
        self.run_count = 0
        self.code_cache = CodeCache()
        self.caches: dict[str, Any] = {}
        self.clear_on_submit_forms: set[str] = set()
        self.clear_forms: list[str] = []
        self.banner: dict | None = None
        self.last_render: dict | None = None
        self.page_config: dict[str, Any] = {}
        self._theme: tuple[dict[str, Any] | None] | None = None  # (page_theme(...),) once checked
        self.logo: tuple[int, dict[str, Any]] | None = None  # (run, props) of st.logo
        self.context_info: dict[str, Any] = {}  # what the tab knows (st.context)
        self.secrets: dict[str, Any] | None = None  # loaded on first use of st.secrets
        self.fragment_keys: set[str] = set()  # @st.fragment(key=...) names that have run
        self.deprecations_shown: set[str] = set()  # deprecated names whose warning was shown (elements/deprecation.py)
        # The fragments the page shows, by id (runtime/fragments.py); whether an interaction
        # inside one reruns only it (the browser; AppTest reruns the app, as 1.67's does).
        self.fragments: dict[str, fragments_mod.Fragment] = {}
        self.fragment_reruns = False
        # Each fragment's blocks in containers made outside it: (fragment id, container) -> block
        self.outside_wrappers: dict[tuple[str, str], fragments_mod.OutsideWrapper] = {}
        self._full_run_cursors: dict[str, int] = {}  # where the last full run left each root
        self.streamer: Any = None  # a runtime.live.Streamer when the page watches runs
        # Called with the RunContext after the script body ran to its end (before
        # end_run): a family's way to add to a run, e.g. an open st.dialog that
        # stays open while its widgets are used (elements/dialog.py).
        self.after_script: dict[str, Callable[[RunContext], None]] = {}
        from .pages import PagesState

        self.pages = PagesState(self, page)

    @classmethod
    def bare(cls) -> "AppSession":
        """The process-wide session used when no app is running (``python app.py``)."""
        if cls._bare is None:
            cls._bare = cls(None)
        return cls._bare

    def page_theme(self) -> dict[str, Any] | None:
        """[theme] of the config as the page applies it (checked once per session)."""
        if self._theme is None:
            if not any(k.startswith("theme.") and v is not None for k, v in self.config.options.items()):
                self._theme = (None,)  # (no import of tablit.theme for the usual app)
            else:
                from ..theme import page_theme

                self._theme = (page_theme(self.config.options, self.script.dir if self.script else None),)
        return self._theme[0]

    # ----------------------------------------------------------------- entry
    def start(self) -> dict[str, Any]:
        """The first run of a new session.  An app's secrets.toml is read before it, as Streamlit reads
        it when its server starts: its top-level values are environment variables from the script's
        first line (the docs' ``os.environ["db_username"] == st.secrets["db_username"]``; libraries
        that read an API key from the environment).  Only an app that has the file loads st.secrets."""
        where = self.script.dir if self.script else "."
        if self.secrets is None and any(os.path.isfile(d + "/.streamlit/secrets.toml") for d in (where, ".")):
            from ..state.secrets import load_secrets

            try:
                self.secrets = load_secrets(where)
            except Exception:  # (a file that does not parse: said when the app reads st.secrets)
                pass
        return self._cycle([])

    def handle(self, raw_messages: list[Any]) -> list[dict[str, Any]]:
        """Apply queued up messages (coalesced) and answer with down messages.

        A refused message changes nothing; the last run's render comes last.
        """
        out: list[dict[str, Any]] = []
        parsed = []
        checked: list[tuple[Update, Any]] = []  # (update, its trigger's value) as checked below
        for raw in raw_messages:
            try:
                msg = parse_up(raw)
                if isinstance(msg, Update):
                    # each on its own, so a bad one spoils no other
                    checked.append((msg, self._check(msg)))
                parsed.append((msg, raw))
            except ProtocolError as e:
                out.append(refused(str(e), raw))
        render = None
        ran = False  # whether a run of this batch may have changed the page's widgets
        for msg in coalesce([m for m, _ in parsed]) if len(parsed) > 1 else [m for m, _ in parsed]:
            try:
                if isinstance(msg, Update):
                    targets = self._fragments_for(msg)
                    if targets == []:
                        continue  # a timer of a fragment the page no longer has
                    # (an update not merged with another, before any run: checked above already)
                    known = _MISSING
                    if not ran:
                        for m, v in checked:
                            if m is msg:
                                known = v
                                break
                    ran = True
                    render = self._cycle(self._request_for(msg, known), trigger=msg.trigger, fragments=targets)
                elif isinstance(msg, Navigate):
                    ran = True
                    render = self.navigate(msg.page, msg.query)
                elif isinstance(msg, ContextInfo):
                    self.context_info.update(msg.info)
                elif isinstance(msg, ClearCache):
                    self.caches.clear()
                    self.state.clear()
                    ran = True
                    render = self._cycle(self._client_states())
            except ProtocolError as e:
                out.append(refused(str(e), _raw_for(msg, parsed)))
        if render is not None:
            out.append(render)
        return out

    def _fragments_for(self, msg: Update) -> list[str] | None:
        """The fragments an update reruns on their own: None for the whole app;
        [] for nothing (a run_every tick of a fragment that is gone)."""
        if not self.fragment_reruns:
            return None
        client = self.client_values
        ids = [c.id for c in msg.changes if client.get(c.id, _MISSING) != c.value]
        if msg.trigger is not None:
            ids.append(msg.trigger)
        if not ids:
            if msg.fragment is None:
                return None  # a plain rerun
            return [msg.fragment] if msg.fragment in self.fragments else []
        owners = {getattr(self.rendered.get(w), "fragment_id", None) for w in ids}
        if len(owners) != 1:
            return None
        owner = owners.pop()
        if owner is None or owner not in self.fragments or msg.fragment not in (None, owner):
            return None
        return [owner]

    def navigate(self, page: str, query: str = "") -> dict[str, Any]:
        self.query_params.replace(query)
        return self.switch(self.pages.resolve_url(page))

    def switch(self, target: str) -> dict[str, Any]:
        """Run the page ``target`` (a url path) as a navigation does."""
        return self._cycle(None, switch_to=target)

    def hold(self, msg: Update, order: list[str] | None = None) -> None:
        """Take the page's widget values without running (AppTest before a page switch).

        ``order`` puts the page model in that widget order first (AppTest sends
        widgets in tree order, the browser in first-seen order).
        """
        self.reorder(order or [])
        self._request_for(msg)

    def reorder(self, order: list[str]) -> None:
        """Put these widgets first in the page model, in this order."""
        values = self.client_values
        ordered = {w: values[w] for w in order if w in values}
        ordered.update((w, v) for w, v in values.items() if w not in ordered)
        self.client_values = ordered

    # ------------------------------------------------------- browser model
    def _check(self, msg: Update, *, forms: bool = True) -> Any:
        """Refuse an update the page could not have sent; return the trigger's value.

        ``forms``: also apply the form rules (see ``_check_forms``).
        """
        trigger_value: Any = True
        for change in msg.changes:
            meta = self.rendered.get(change.id)
            if meta is None:
                raise ProtocolError(f"unknown widget id {change.id!r}: no such widget is on the page")
            if meta.disabled:
                raise ProtocolError(f"widget {change.id!r} is disabled")
            try:
                meta.deserialize(change.value)
            except _BAD_VALUE as e:
                raise ProtocolError(f"bad value for {meta.type} {change.id!r}: {_reason(e)}") from None
            if meta.is_trigger:
                if change.id != msg.trigger:
                    raise ProtocolError(f"{meta.type} {change.id!r} is a trigger: send it as 'trigger'")
                trigger_value = change.value
        if msg.trigger is not None:
            meta = self.rendered.get(msg.trigger)
            if meta is None or not meta.is_trigger:
                raise ProtocolError(f"unknown trigger {msg.trigger!r}: no such button is on the page")
            if meta.disabled:
                raise ProtocolError(f"widget {msg.trigger!r} is disabled")
            try:
                meta.deserialize(trigger_value)
            except _BAD_VALUE as e:
                # e.g. a chat_input fired without its message as a change
                raise ProtocolError(f"bad value for {meta.type} {msg.trigger!r}: {_reason(e)}") from None
        if forms:
            self._check_forms(msg)
        return trigger_value

    def _check_forms(self, msg: Update) -> None:
        """Refuse what no page sends (Streamlit's forms): a form widget's new value
        without its form's submit button, and a submit carrying a new value for a
        widget outside its form.  Resending the value the page already holds is
        no change (AppTest sends every widget with every update).

        Checked on each message as it arrived, not on the batch the worker merged
        (a change outside a form followed by a submit is two messages).
        """
        submit = self.rendered.get(msg.trigger) if msg.trigger is not None else None
        submit_form = submit.form_id if submit is not None and submit.type == "form_submit_button" else None
        client = self.client_values
        for change in msg.changes:
            meta = self.rendered[change.id]
            if meta.is_trigger or meta.form_id == (submit_form or ""):
                continue
            if client.get(change.id, _MISSING) == change.value:
                continue
            if meta.form_id:
                raise ProtocolError(
                    f"{meta.type} {change.id!r} is in form {meta.form_id!r}: its value is sent "
                    "with that form's submit button, not on its own")
            raise ProtocolError(
                f"the submit of form {submit_form!r} carries {meta.type} {change.id!r}, "
                "which is not in that form")

    def _request_for(self, msg: Update, trigger_value: Any = _MISSING) -> list[tuple[str, Any]]:
        """Validate an update and widen it to Streamlit's full request.

        Checked again here: an earlier run of the same batch may have changed
        which widgets are on the page.  ``trigger_value``: what ``_check`` gave
        for this very update when no run came between (no second check).
        """
        if trigger_value is _MISSING:
            trigger_value = self._check(msg, forms=False)
        values = dict(self.client_values)
        for change in msg.changes:
            if not self.rendered[change.id].is_trigger:
                values[change.id] = change.value
        self.client_values = values
        states = self._client_states()
        if msg.trigger is not None:
            meta = self.rendered[msg.trigger]
            states.append((msg.trigger, meta.deserialize(trigger_value)))
        return states

    def _client_states(self) -> list[tuple[str, Any]]:
        out = []
        rendered = self.rendered
        metas = self.state.meta
        for wid, wire in self.client_values.items():
            meta = rendered.get(wid) or metas.get(wid)
            if meta is not None:
                try:
                    value = meta.deserialize(wire)
                except _BAD_VALUE:
                    # A value the page holds that no longer fits its widget
                    # (e.g. its options changed shape): not sent, as if cleared.
                    continue
                out.append((wid, value))
        return out

    # ------------------------------------------------------------------ runs
    def _cycle(self, states: list[tuple[str, Any]] | None, *, trigger: str | None = None,
               switch_to: Any = None, fragments: list[str] | None = None) -> dict[str, Any]:
        """Run until no st.rerun()/st.switch_page() is pending; render the end."""
        self.clear_forms = []
        if trigger is not None:
            meta = self.rendered.get(trigger)
            if meta is not None and meta.type == "form_submit_button" and meta.form_id in self.clear_on_submit_forms:
                self.clear_forms.append(meta.form_id)
        page_keep: set[str] | None = None
        reruns = 0
        while True:
            if switch_to is not None:
                self.pages.set_current(switch_to)
                # The page keeps only widgets shared through the entrypoint frame.
                states = [(w, v) for w, v in self._client_states()
                          if self.pages.is_shared_widget(self.state.meta.get(w))]
                page_keep = {w for w, _ in states}
                # ... and forgets the rest: their widgets start again from what we send.
                self.client_values = {w: v for w, v in self.client_values.items() if w in page_keep}
                switch_to = None
            result = self._run_once(states, page_keep, fragments if switch_to is None else None)
            page_keep = None
            if result.switch_to is not None:
                switch_to = self.pages.resolve_switch(result.switch_to)
                self.query_params.replace(result.switch_to.query)
                continue
            if not result.rerun:
                break
            reruns += 1
            states = None
            fragments = result.rerun_fragments if self.fragment_reruns else None
            if reruns >= RERUN_LIMIT:
                from .exceptions import exception_node

                result.tree.put("main", (), len(result.tree.roots["main"].children or []), exception_node(
                    errors.StreamlitAPIException(
                        f"tablit stopped after {RERUN_LIMIT} consecutive `st.rerun()` calls."),
                    "main:rerun-limit"))
                break
        if result.interrupted:
            # Stopped by the user: what the run drew, and the previous run's rest, as the page showed it
            from .live import keep_unreached

            result.tree = keep_unreached(self.tree, result.tree)
        if result.banner is None:
            self.tree = result.tree
        self.banner = result.banner
        return self._render()

    def _run_once(self, states: list[tuple[str, Any]] | None, page_keep: set[str] | None,
                  fragments: list[str] | None = None) -> RunResult:
        ctx = RunContext(session=self)
        ctx.page_hash = self.pages.main_hash
        if fragments:
            # the page as the last run left it, the fragments' containers drawn again; the
            # roots' cursors start afresh, as in any 1.67 run: what a callback writes to a
            # root replaces the elements at its top (1.67 warns of it: runtime/fragments.py).
            # The event root's goes on from the full run's, so that a toast never takes the
            # place of a dialog the full run opened.
            ctx.fragment_run = True
            ctx.tree = self.tree.clone()
            if "event" in self._full_run_cursors:
                ctx.root_cursors = {"event": self._full_run_cursors["event"]}
        previous = set_ctx(ctx)
        self.run_count += 1
        if fragments and self.logo is not None and self.logo[0] == self.run_count - 1:
            self.logo = (self.run_count, self.logo[1])  # (st.logo of the full run stays)
        state = self.state
        streamer = self.streamer
        if streamer is not None:
            streamer.begin(self, ctx)
        try:
            with StreamlitAlias(self.script.dir if self.script else os.getcwd()):
                state.start_run()
                if page_keep is not None:
                    state.remove_stale(page_keep, page=self.pages.requested)
                if states is not None:
                    state.receive(states)
                    if self.query_params.bound:
                        self.query_params.follow(state)
                    ids = [w for w, _ in states]
                    ctx.changed_widgets = state.changed_ids(ids)
                    outcome = self._run_callbacks(ctx, ids, ctx.changed_widgets)
                    if outcome is not None:
                        return outcome
                code = None
                if not fragments:
                    try:
                        code = self.pages.main_code()
                    except SyntaxError as e:
                        return RunResult(self.tree, banner=_error_banner(e))
                try:
                    if fragments:
                        for fid in fragments:
                            fragment = self.fragments.get(fid)
                            if fragment is not None:
                                fragments_mod.rerun(ctx, fragment)
                    else:
                        self.fragments = {}  # the fragments this run calls
                        self.outside_wrappers = {}  # (their blocks outside: made again by this run)
                        self.pages.exec_main(code)
                        for hook in list(self.after_script.values()):
                            hook(ctx)
                        self._full_run_cursors = dict(ctx.root_cursors)
                    if self.config.options.get("runner.enforceSerializableSessionState"):
                        state.check_serializable()
                except RerunException as e:
                    state.end_run(cleanup=False)
                    return RunResult(ctx.tree, rerun=True, rerun_fragments=e.fragments)
                except SwitchPageException as e:
                    state.end_run(cleanup=False)
                    return RunResult(ctx.tree, switch_to=e)
                except StopException:
                    return RunResult(ctx.tree)
                except (KeyboardInterrupt, RerunRequested):
                    # the page's Stop, through Pyodide's interrupt buffer; or a newer
                    # interaction (fastReruns), which runs next
                    return RunResult(ctx.tree, interrupted=True)
                except Exception as e:  # noqa: BLE001 - the app's error is shown, not raised
                    ctx.dg_stack.clear()
                    show_exception(e, uncaught=True)
                    return RunResult(ctx.tree)
                except HostInterrupt:
                    raise
                except BaseException as e:  # sys.exit(), KeyboardInterrupt...: the run ends there
                    ctx.dg_stack.clear()
                    interrupted(e)
                    return RunResult(ctx.tree)
                if fragments:
                    # only the rerun fragments' widgets can be gone; the others stay as they are
                    metas = state.meta
                    keep = {w for w, m in metas.items()
                            if not fragments_mod.within(m.fragment_id, fragments, self.fragments)}
                    state.end_run(cleanup=True, rendered=keep | state.ids_this_run, page=self.pages.requested)
                else:
                    state.end_run(cleanup=True, page=self.pages.requested)
                if self.query_params.bound:
                    self.query_params.drop_stale(state.meta)  # bound widgets no longer drawn
                return RunResult(ctx.tree)
        finally:
            if streamer is not None:
                streamer.end()
            set_ctx(previous)

    def _run_callbacks(self, ctx: RunContext, widget_ids: list[str],
                       changed: set[str] | None = None) -> RunResult | None:
        """Step 2d: changed widgets' callbacks, in request order, before the body.
        ``changed``: which of them changed, when the caller knows."""
        rerun = False
        switch: SwitchPageException | None = None
        for meta in self.state.changed_callbacks(widget_ids, changed):
            ctx.in_callback = True
            ctx.callback_fragment_id = meta.fragment_id
            try:
                meta.callback(*meta.args, **meta.kwargs)
            except RerunException:
                rerun = True
            except SwitchPageException as e:
                switch = e
            except StopException:
                return RunResult(ctx.tree)
            except (KeyboardInterrupt, RerunRequested):
                return RunResult(ctx.tree, interrupted=True)
            except Exception as e:  # noqa: BLE001
                ctx.dg_stack.clear()
                show_exception(e, uncaught=True)
                return RunResult(ctx.tree)
            except HostInterrupt:
                raise
            except BaseException as e:  # sys.exit() etc. in a callback: the run ends there
                ctx.dg_stack.clear()
                interrupted(e)
                return RunResult(ctx.tree)
            finally:
                ctx.in_callback = False
                ctx.callback_fragment_id = None
        if switch is not None:
            self.state.end_run(cleanup=False)
            return RunResult(ctx.tree, switch_to=switch)
        if rerun:
            self.state.end_run(cleanup=False)
            return RunResult(ctx.tree, rerun=True)
        return None

    # ---------------------------------------------------------------- render
    def _render(self) -> dict[str, Any]:
        """The down message for the current tree; updates the browser model."""
        rendered: dict[str, WidgetMeta] = {}
        seen: dict[str, Any] = {}
        metas = self.state.meta
        client_values = self.client_values
        for node in self.tree.nodes():
            nid = node.id
            # A ButtonColumn's click widgets live in their dataframe's node (no node of their own).
            carried = getattr(node, "carried_widgets", None)
            if carried:
                rendered.update((w, metas[w]) for w in carried if w in metas)
            # A widget replayed from a cache hit is on the page without being registered.
            meta = metas.get(nid)
            if meta is None:
                if not nid.startswith(WIDGET_ID_PREFIX):  # (is_widget_id(), once per node)
                    continue
                meta = getattr(node, "replay_meta", None)
                if meta is None:
                    continue
            rendered[nid] = meta
            if meta.is_trigger:
                continue
            props = node.props
            wire = props.get("value")
            client = client_values.get(nid, _MISSING)
            if client is _MISSING:
                # New to the page, or forgotten by it (a page change): the page
                # must show our value even if a widget with this id is mounted.
                props["set"] = True
            elif props.get("set") and client == wire and meta.form_id not in self.clear_forms:
                # (in a form cleared this run the page would show the default: keep set)
                props["set"] = False
            seen[nid] = wire if (props.get("set") or client is _MISSING) else client
        # The page keeps values in first-insertion order and forgets unrendered widgets.
        if list(seen) == list(self.client_values):  # the usual case: the same widgets
            ordered = seen
        else:
            ordered = {w: seen[w] for w in self.client_values if w in seen}
            ordered.update((w, v) for w, v in seen.items() if w not in ordered)
        self.client_values = ordered
        self.rendered = rendered
        # (each asked once, and not at all when there is nothing to say: every run does this)
        pages = self.pages
        menu = pages.menu()
        logo = self.logo
        theme = self._theme
        msg = render_message(
            self.run_count, self.tree.roots, page=pages.current_url(),
            pages=menu, query=self.query_params.to_query_string() if self.query_params.values else "",
            banner=self.banner, clear_forms=self.clear_forms, page_config=self.page_config,
            # st.logo's props when this run called it (a run that does not call it has none)
            logo=logo[1] if logo and logo[0] == self.run_count else None,
            theme=self.page_theme() if theme is None else theme[0],
            nav=pages.nav_layout() if menu else None,  # (None without a menu)
            fragments=fragments_mod.timers(self.fragments) if self.fragment_reruns and self.fragments else None,
        )
        self.last_render = msg
        return msg


def _reason(e: BaseException) -> str:
    """A refusal's reason for a value's exception."""
    if isinstance(e, RecursionError):
        return "nested too deeply"
    if isinstance(e, OverflowError):
        return f"a number too large ({e})"
    return str(e)


def _error_banner(e: SyntaxError) -> dict[str, Any]:
    """The script does not compile: what 1.67's "Script execution error" dialog shows (its
    session event, not an element: the page keeps the previous run's elements as they
    are), and 1.67's log line with the traceback (the browser console, in the tab)."""
    from ..logger import get_logger

    get_logger(__name__).error("Script compilation error", exc_info=e)
    return {"type": type(e).__name__, "message": syntax_error_message(e)}


def _raw_for(msg: Any, parsed: list[tuple[Any, Any]]) -> Any:
    """The message as the page sent it; for a coalesced update, the merged one."""
    for m, raw in parsed:
        if m is msg:
            return raw
    if isinstance(msg, Update):
        return {"type": "update", "changes": [{"id": c.id, "value": c.value} for c in msg.changes],
                "trigger": msg.trigger}
    return None
