"""The one message schema between the Python runtime and the page.

Everything that crosses the worker boundary is JSON, described here and
validated on both sides (this module for Python, ``web/protocol.js`` for the
page).  The page never sees Python objects: widget values travel in a *wire*
form chosen per widget (documented in each widget module and summarised in
``WIRE_FORMATS`` below).

Render tree
-----------
A run produces a tree of :class:`Node`::

    {"id": str, "kind": str, "props": {...}, "children": [Node, ...]}

* ``id`` is stable across reruns so the page can diff by key.  Widgets use their
  widget id (``"$$ID-<hash>-<key>"``); every other node uses its delta path
  (``"main:0.2"`` = third child of the first block of the main area).
* ``kind`` names the element (``"markdown"``, ``"button"``, ...) or the block
  (``"block"``, ``"columns"``, ``"column"``, ``"tabs"``, ``"tab"``,
  ``"expander"``, ``"form"``, ``"empty"``, ``"container"``).
* ``children`` is present only on blocks.

Widget nodes carry these props besides their own parameters:
``label``, ``value`` (wire form of the value the run computed), ``set`` (true
when the page must replace what it shows with ``value``, e.g. after
``st.session_state[k] = v``; otherwise the page keeps its own value and
initialises a new widget from ``value``), ``disabled``, ``help``,
``label_visibility``, ``form`` (the form id, ``""`` outside forms) and ``key``;
and, where the widget has the parameter, ``width`` (pixels, ``"stretch"`` or
``"content"``), ``wrap`` (false: keep the label on one line), ``required``
(the page does not commit an empty value), ``icon`` (drawn in the field) and
``on_change`` (``"ignore"``: the page sends the value with the next update
instead of rerunning now), and ``bind`` (``"query-params"``, present only then:
the worker keeps the value in the URL's query string, ``state/query_bind.py``).

Down messages (worker -> page)
------------------------------
``{"type": "status", "stage": "runtime"|"packages"|"app", "detail": str}``
    loading progress (sent by the JS worker).
``{"type": "render", "run": int, "tree": {"main": Node, "sidebar": Node[, "bottom": Node][, "event": Node]},
"page": str, "pages": [PageInfo], "query": str, "banner": Banner|null,
"clear_forms": [str], "page_config": {...}}``
    the result of a run.  ``query`` is the URL query string the tab must
    show (``st.query_params``); ``page`` the url path of the current page;
    ``pages`` the navigation menu (``{"url_path", "title", "icon",
    "section"}``), empty for single-page apps; ``banner`` a compile error, shown as
    1.67's "Script execution error" dialog over the kept previous tree (``{"type",
    "message"}``: the message as 1.67 formats a SyntaxError, the line and its caret);
    ``clear_forms`` ids of forms whose widgets the page resets after a
    ``clear_on_submit`` submit; ``page_config`` what ``st.set_page_config``
    set (``page_title``, ``page_icon``, ``layout``, ``initial_sidebar_state``);
    ``logo`` what ``st.logo`` set in this run, or null: ``{"image": Img, "icon_image":
    Img|null, "size": "small"|"medium"|"large", "link": str|null}`` where ``Img`` is
    ``{"type": "image"|"emoji"|"icon", "value": str}`` (a URL, an emoji, ``:material/x:``).
    ``theme`` (only when ``.streamlit/config.toml`` has theme options) what
    the page applies of ``[theme]``: see ``tablit.theme.page_theme``.
    ``nav`` (only when ``pages`` is not empty) how the menu is drawn: ``{"position":
    "sidebar"|"top", "expanded": bool, "visible": int}`` (``PagesState.nav_layout``).
    ``fragments`` (only when some ``@st.fragment(run_every=...)`` ran) the
    timers the page keeps: ``{fragment id: seconds}``; at each tick it sends an
    update with that ``fragment`` (``runtime/fragments.py``).
    The root ``bottom`` (``st.bottom``, pinned below main) is there only when
    the run wrote to it; so is ``event``, which holds an open ``st.dialog``.
``{"type": "patch", "run": int, "base": int, "ops": [Op], "page", "pages",
"query", "banner", "clear_forms", "page_config"}``
    the result of a run as a change to the tree of the previous render or
    patch (the one whose ``run`` is ``base``); every other field is as in a
    render message.  Only the worker bridge sends it (``Bridge(patches=True)``;
    see :class:`TreeDiff`), after a first full render, when the patch is the
    smaller message; the page rebuilds the full render message from it.  An
    ``Op`` is ``[id, props, children]`` for a node ``id`` of the previous
    tree that is still in the new one with the same kind: ``props`` replaces
    its props (``null``: unchanged), ``children`` its children (``null``:
    the same ids in the same order).  An item of ``children`` is a node's id
    (a node of the previous tree, kept, itself patched by its own op) or a
    full ``Node`` (a new one).  Nodes without an op are unchanged, apart from
    their descendants' ops.  The roots ``main`` and ``sidebar`` are kept.
``{"type": "refused", "reason": str, "message": any}``
    an up message that was not applied, and why.  Nothing changed.
``{"type": "fatal", "stage": str, "error": str}``
    loading failed (sent by the JS worker).
``{"type": "notice", "stage": str, "text": str}``
    the app runs without something (a requirement that could not be
    installed, a version pin met by Pyodide's own build): shown as a
    dismissible notice (sent by the JS worker).

Up messages (page -> worker)
----------------------------
``{"type": "update", "changes": [{"id": str, "value": wire}], "trigger": str|null}``
    widget values the user committed, and the trigger widget (button, form
    submit button) that was fired, if any.  A form submit sends the form's
    pending values as ``changes`` with its submit button as ``trigger``.  An
    update with no changes and no trigger is a plain rerun (Streamlit's
    "Rerun" menu item or run-on-save).  Optional ``"fragment": str``: a
    ``run_every`` timer's tick, which reruns only that fragment (ignored when
    the page no longer has it).  In the browser a change or trigger of widgets
    all drawn by one ``@st.fragment`` reruns only that fragment as well.
``{"type": "navigate", "page": str, "query": str}``
    switch to the page with that url path ("" = default page), with that
    query string.
``{"type": "clear_cache"}``
    Streamlit's "Clear cache": caches and session state are emptied, then a
    rerun.
``{"type": "context", "context": {...}}``
    what the tab knows about the user changed (``st.context``: the theme was
    switched, the URL changed); merged into what the boot message gave, no
    run and no answer (the next run sees it, as in Streamlit).  Keys, all
    optional: ``url`` str, ``timezone`` str, ``timezone_offset`` int,
    ``locale`` str, ``color_scheme`` "light"|"dark", ``is_embedded`` bool,
    ``cookies`` {str: str}, ``headers`` [[str, str]].

Several up messages that arrive while a run is in progress are coalesced by
:func:`coalesce`: per widget the newest value wins, and a fired trigger stays
fired.
"""

from __future__ import annotations

import json
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Any

# Wire forms of widget values, by node kind.  Each widget module converts
# between these and Python values.
WIRE_FORMATS: dict[str, str] = {
    "button": "trigger (no value)",
    "download_button": "trigger (no value)",
    "form_submit_button": "trigger (no value)",
    "checkbox": "bool",
    "toggle": "bool",
    "number_input": "number or null",
    "slider": "number, or [number, number]; dates/times as numbers per props.data_type",
    "select_slider": "option index, or [index, index]",
    "radio": "option index or null",
    "selectbox": "option index or null; or a string when accept_new_options",
    "multiselect": "list of option indices (strings for new options)",
    "text_input": "string or null",
    "text_area": "string or null",
    "date_input": "ISO date string, [start, end], or null",
    "time_input": "'HH:MM[:SS]' string or null",
    "color_picker": "'#rrggbb' string",
    "file_uploader": "list of {name, type, size, data(base64)}, or {name, type, size, file_id} "
                     "for a file the session holds",
    "camera_input": "as file_uploader, at most one file",
    "audio_input": "as file_uploader, at most one file",
    "chat_input": "string (trigger-like: fired once)",
    "data_editor": "{edited_rows: {row: {column: value}}, added_rows: [{column: value}], "
                   "deleted_rows: [row]} (JSON values; node kind 'dataframe')",
    "dataframe": "{selection: {rows: [int], columns: [str], cells: [[int, str]]}} "
                 "(a dataframe with on_select)",
    "dataframe_button": "JSON string {row: int, label: str} (trigger; a ButtonColumn's clicks: no "
                        "node of its own, named by its column spec's button_widget)",
    "vega_lite_chart": "{selection: {param: value}} or null (a chart with on_select; 1.67's shapes)",
    "plotly_chart": "{selection: {points: [obj], point_indices: [int], box: [obj], lasso: [obj]}} or null",
    "echarts_chart": "{selection: {selected: [obj], areas: [obj]}} or null",
    "deck_gl_json_chart": "{selection: {indices: {layer: [int]}, objects: {layer: [obj]}}} or null",
}

# Props of each node kind (besides the common widget props listed in the
# module docstring).  The renderer relies on exactly these names.
NODE_PROPS: dict[str, str] = {
    # blocks
    "block": "{} (a root: main or sidebar)",
    "container": "{border: bool|null, height: int|null, key: str|null, horizontal: bool, wrap: bool, "
                 "horizontal_alignment: 'left'|'center'|'right'|'distribute', vertical_alignment: "
                 "'top'|'center'|'bottom'|'distribute', gap: size name|int (px)|null, width, "
                 "stretch_height: bool}",
    "columns": "{gap: size name ('xxsmall'..'xxlarge')|int (px)|null, vertical_alignment: "
               "'top'|'center'|'bottom', border: bool, width, wrap: bool}",
    "column": "{weight: number, border: bool, vertical_alignment: 'top'|'center'|'bottom'}",
    "tabs": "{labels: [str]}",
    "tab": "{label: str}",
    "expander": "{label: str, expanded: bool, icon: str|null}",
    "form": "{form_id: str, border: bool, clear_on_submit: bool, enter_to_submit: bool}",
    "empty": "{}",
    "transparent": "{} (a fragment's writes to a container made outside it, drawn in that "
                   "container as if placed there; runtime/fragments.py)",
    # text and data elements
    "title": "{body: str, anchor: str|false|null, help: str|null, divider: false|colour name "
             "(divider=True: 1.67's cycle blue, green, orange, red, violet, yellow)}",
    "header": "same as title",
    "subheader": "same as title",
    "markdown": "{body: str, unsafe_allow_html: bool, help: str|null}",
    "caption": "{body: str, unsafe_allow_html: bool}",
    "text": "{body: str}",
    "code": "{body: str, language: str ('plaintext' when none), line_numbers: bool, wrap_lines: bool, "
            "height: int|'content'|'stretch'}",
    "json": "{body: str (JSON text), expanded: bool|int}",
    "divider": "{}",
    "alert": "{kind: 'success'|'info'|'warning'|'error', body: str (Markdown), icon: str|null}",
    "exception": "{type: str, message: str, message_is_markdown: bool, traceback: [str], is_warning: bool}",
    "popover": "{label: str, expanded: false, icon: str|null, help: str|null, disabled: bool, type: str}",
    "page_link": "{url_path: str, label: str, icon: str|null, disabled: bool, help: str|null, external: bool, query: str, "
                 "icon_position?: 'left'|'right', current?: bool, width?: 'content'|'stretch'|int}",
    "metric": "{label, value, delta, color, direction, help, icon, label_visibility, border}",
    "progress": "{value: 0-100, text: str|null}",
    "balloons": "{}",
    "snow": "{}",
    "toast": "{body: str, icon: str|null, duration: number}",
    "spinner": "{text: str, show_time: bool, width} (a transient: only in a streamed run's trees, while it is inside "
               "st.spinner, id '<place>~spinner'; shown after 0.5 s)",
    "image": "{images: [{src: str (URL or data URL), caption: str|null, alt?: str|null}], width: int|null, link: str|null}",
    "latex": "{body: str, help: str|null}",
    "html": "{body: str (sanitised by the page), width, unsafe_allow_javascript: bool (scripts "
            "run in a sandboxed frame), style_only: bool (only <style>: takes no room)}",
    "help": "{name: str, type: str, value: str, doc_string: str, members: [{name, type, value, "
            "doc_string}]} (st.help; '' where a field is unset)",
    "audio": "{src: URL|data URL|'' (data=None: a player without media), mime, start_time: int, "
             "end_time: int|null, loop, autoplay, alt: str|null, width: int|'stretch'}",
    "video": "same as audio + {muted: bool, youtube: bool (src is an embed URL), "
             "subtitles: [{label: str, src: data URL (text/vtt)}]}",
    "pdf": "{src: URL|data URL, height: int|'stretch', alt: str|null, key: str|null}",
    "iframe": "{src: URL|null, srcdoc: str|null (sandboxed), width: int|'stretch'|'content', "
              "height: int|'stretch'|'content', tab_index: int|null, alt: str|null, scrolling: bool}",
    "table": "{columns: [str], rows: [[str]], border: 'all'|'none'|'horizontal', hide_header: bool, "
             "numeric: [bool] (right-aligned columns), index: 0|1 (the first column is row headers), "
             "width: int|'stretch'|'content', height: int|'stretch'|'content', alt: str|null} "
             "(cells already formatted as text)",
    "dataframe": "{columns: [{name, type, index: bool, config?: column config, options?, tz?, "
                 "label_number?: the column's label when it is a number or a bool (read by AppTest), "
                 "button_widget?: widget id (a keyed ButtonColumn)}], "
                 "data: {n: int, cols: [[value] | {range: [start, step]}]} (index levels first; "
                 "see elements/dataframe/wire.py), column_order: [str]|null, width, height, "
                 "row_height: int|null, placeholder: str|null, editing_mode: 'read_only'|'fixed'|"
                 "'dynamic'|'add'|'delete', selection_mode?: [str], display?: [[str]] (Styler "
                 "text per column), styles?: {'r,c': css}, caption?: str|null, on_change?: "
                 "'rerun'|'ignore' (data_editor)} (+ widget props for data_editor and selectable "
                 "dataframes)",
    # charts (web/render/elements/charts/, each library a lazily loaded chunk); with
    # on_select they also carry the widget props (value in WIRE_FORMATS)
    "vega_lite_chart": "{spec: str (Vega-Lite JSON, data inline as datasets/data.values), "
                       "theme: 'streamlit'|'', width: int|'stretch'|'content'|null, height: int|"
                       "'stretch'|'content', use_container_width: bool|null, alt: str|null, "
                       "command: str, selection_mode: [str]}",
    "plotly_chart": "{spec: str (plotly JSON), config: str (JSON), theme: 'streamlit'|'', width, "
                    "height, alt: str|null, selection_mode: ['box'|'lasso'|'points']}",
    "graphviz_chart": "{spec: str (DOT), engine: str, width, height, alt: str|null}",
    "echarts_chart": "{spec: str (option JSON), theme: 'streamlit'|'', renderer: 'canvas'|'svg', "
                     "width, height, alt: str|null, selection_activated: bool}",
    "deck_gl_json_chart": "{json: str (deck.gl JSON), tooltip: str|null (JSON), width, height, "
                          "alt: str|null, command: 'map'|'pydeck_chart', selection_mode: [str], "
                          "mapbox_token: str|null (unused: the basemap is drawn offline), "
                          "tiles: {url: str (tile URL template), attribution: str}|null}",
    # widgets (value is in the wire form of WIRE_FORMATS)
    "button": "{type: 'primary'|'secondary'|'tertiary', icon: str|null, use_container_width: bool, "
              "shortcut: str|null (normalised: 'ctrl+shift+k'; the page binds the key and shows it)}",
    "form_submit_button": "same as button",
    "download_button": "same as button + {data: str (base64), file_name: str, mime: str, "
                       "on_click: 'rerun'|'ignore' ('ignore': no trigger sent on click)}",
    "checkbox": "{}",
    "toggle": "{}",
    "number_input": "{min: number|null, max: number|null, step: number, format: str|null, "
                    "placeholder: str|null, data_type: 'int'|'float'}",
    "slider": "{min: number, max: number, step: number, format: str|null, "
              "data_type: 'int'|'float'|'date'|'time'|'datetime' (dates/times as microseconds "
              "since the epoch, UTC), range: bool}",
    "select_slider": "{options: [str], range: bool}",
    "radio": "{options: [str], horizontal: bool, captions: [str]|null}",
    "selectbox": "{options: [str], placeholder: str|null, accept_new_options: bool, filter_mode: "
                 "'fuzzy'|'contains'|'prefix'|null (how typing filters the list; null: no typing), "
                 "clearable: bool (no default index: a clear button)}",
    "multiselect": "{options: [str], max_selections: int|null, placeholder: str|null}",
    "text_input": "{max_chars: int|null, type: 'default'|'password', placeholder: str|null, autocomplete: str|null}",
    "text_area": "{max_chars: int|null, height: int|'content'|'stretch' (the whole element's, label included), placeholder: str|null}",
    "date_input": "{min: ISO date, max: ISO date, format: str, range: bool}",
    "time_input": "{step: int (seconds), format: '24h'|'12h'|'localized'}",
    "color_picker": "{}",
    "file_uploader": "{type: [str]|null, accept_multiple_files: bool, max_upload_size_mb: int "
                     "(the page reads no larger file), accept_directory: bool (pick folders)}; value: list of {name, type, size, file_id} "
                     "(no bytes: the page keeps the ones it sent)",
    "camera_input": "same as file_uploader + {capture: 'environment'} (one image)",
    "audio_input": "same as file_uploader + {capture: 'user'} (one recording)",
    "chat_input": "{placeholder: str, max_chars: int|null, prefill: str|null (text that "
                  "st.session_state[key] put in the box this run)} (sent as a change plus trigger)",
}

# Issue 9's widgets and containers (py/tablit/widgets/_pills.py ..., elements/chat.py ...).
WIRE_FORMATS.update({
    "chat_input": "string (trigger-like: fired once); with accept_file/accept_audio "
                  "{text, files: [file as file_uploader's], audio: file|null}",
    "pills": "list of option indices (at most one in single mode)",
    "segmented_control": "as pills",
    "feedback": "option index or null",
    "link_button": "trigger (no value; only with on_click 'rerun' or a callback)",
    "datetime_input": "'YYYY-MM-DDTHH:MM' string or null",
    "pagination": "page number (1-based)",
    "menu_button": "option index (trigger-like: sent as a change plus trigger, fired once)",
    "expander": "bool (only a stateful expander: key + on_change)",
    "popover": "bool (only a stateful popover)",
    "tabs": "the selected tab's label (only stateful tabs)",
    "dialog": "trigger (dismissed; only with on_dismiss 'rerun' or a callback)",
})
NODE_PROPS.update({
    "pills": "{options: [str], selection_mode: 'single'|'multi', required: bool}",
    "segmented_control": "same as pills",
    "feedback": "{options: 'thumbs'|'faces'|'stars'}",
    "link_button": "{label, url, type, icon, icon_position: 'left'|'right', disabled, help, shortcut: "
                   "str|null, rerun: bool (a click also sends a trigger)} (a widget only when rerun)",
    "datetime_input": "{min: 'YYYY-MM-DDTHH:MM', max: same, step: seconds, format: date format}",
    "pagination": "{num_pages: int, max_visible_pages: int|null}",
    "menu_button": "{options: [str], type, icon} (value: index chosen this run, or null)",
    "chat_input": "{placeholder: str, max_chars: int|null, prefill: str|null (text that "
                  "st.session_state[key] put in the box this run), accept_file: bool|'multiple'|"
                  "'directory', file_type: [str]|null, accept_audio: bool, audio_sample_rate: int|null, "
                  "max_upload_size: int (MB), submit_mode, height: int|null} (sent as a change plus trigger)",
    "chat_message": "{name: str, avatar: str, avatar_type: 'icon'|'emoji'|'image', width}",
    "space": "{size: named size|'stretch'|int (pixels)}",
    "skeleton": "{height: int|'stretch'|null, width}",
    "grid": "{columns: int|'auto', min_column_width: int|'auto', wrap, row_gap, column_gap (size "
            "name|int px|null), vertical_alignment, border, row_height: int|'content', width, "
            "height: int|null, stretch_height: bool, dense, key}",
    "grid_cell": "{column_span: int|'all', row_span: int}",
    "dialog": "{title, dismissible, width: 'small'|'medium'|'large'|int, position, icon, on_dismiss: "
              "'ignore'|'rerun', opened: int (script openings)} (in root 'event'; one container child)",
    # Stateful containers (key + on_change) add the widget props (value, set, ...) and
    # stateful: true; st.status is an expander with state and its icon.
    "expander": "{label: str, expanded: bool (null after st.status update() without it: the page "
                "keeps its open state), icon: str|null, type: 'default'|'compact'|'step', width, "
                "state?: 'running'|'complete'|'error' (st.status), stateful?: bool}",
    "tabs": "{labels: [str], default_index: int, width, height: int|null, key, stateful?: bool}",
    "popover": "{label: str, expanded: false, icon: str|null, help: str|null, disabled: bool, type: str, "
               "width, wrap, stateful?: bool}",
    "multiselect": "{options: [str], max_selections: int|null, placeholder: str|null, select_all: int "
                   "(-1: always offer 'Select all', 0: never, N: when at most N options are selectable), "
                   "filter_mode: as selectbox's, accept_new_options: bool (typed values become options)}",
})

# st.components.v2 (py/tablit/components/v2.py, web/render/elements/bidi_component.js;
# the page checks the props with web/protocol.js checkBidiComponent).
WIRE_FORMATS.update({
    "bidi_component": "JSON object: the component's state values by name (setStateValue sends the "
                      "whole object)",
    "bidi_component_events": "[{event: str, value: JSON}] (trigger: the payloads setTriggerValue fired "
                             "in one turn, sent as a change plus trigger; no node of its own, named by "
                             "its component's props.events)",
})
NODE_PROPS.update({
    "bidi_component": "{component_name: str, html: str, css: str, js: str (an ES module; its default "
                      "export is called with the component object), isolate_styles: bool (a shadow "
                      "root), data: {json: str[, arrow_blobs: {ref: base64 Arrow IPC}]}|{bytes: base64}|"
                      "{arrow: base64 Arrow IPC}|null, width: int|'stretch'|'content', height: int|"
                      "'stretch'|'content', events: str (the trigger widget's id)} (+ widget props; "
                      "value: the state object)",
})

UP_TYPES = ("update", "navigate", "clear_cache", "context")


class ProtocolError(ValueError):
    """An up message that is malformed.  Its text is the reason sent back."""


@dataclass
class Node:
    """One element or block of the render tree."""

    id: str
    kind: str
    props: dict[str, Any] = field(default_factory=dict)
    children: list["Node"] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "props": self.props}
        if self.children is not None:
            # (a leaf child, the usual node, without a call of its own: every node, every run)
            out["children"] = [{"id": c.id, "kind": c.kind, "props": c.props} if c.children is None
                               else c.to_json() for c in self.children if c is not None]
        return out

    def walk(self):
        """Yield this node and every node below it, depth first, in order."""
        stack = [self]
        pop = stack.pop
        while stack:
            node = pop()
            yield node
            children = node.children
            if children:
                stack.extend(c for c in reversed(children) if c is not None)


@dataclass
class Change:
    id: str
    value: Any


@dataclass
class Update:
    """Committed widget values plus an optional fired trigger."""

    changes: list[Change] = field(default_factory=list)
    trigger: str | None = None
    fragment: str | None = None  # a run_every tick: rerun this fragment only


@dataclass
class Navigate:
    page: str = ""
    query: str = ""


@dataclass
class ClearCache:
    pass


@dataclass
class ContextInfo:
    info: dict[str, Any] = field(default_factory=dict)


UpMessage = Update | Navigate | ClearCache | ContextInfo

_CONTEXT_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,), "timezone": (str,), "timezone_offset": (int,), "locale": (str,),
    "color_scheme": (str,), "is_embedded": (bool,), "cookies": (dict,), "headers": (list,),
}


def check_context(info: Any) -> dict[str, Any]:
    """Validate what the page says about the user's browser (``st.context``)."""
    if not isinstance(info, dict):
        raise ProtocolError("'context' must be an object")
    for key, value in info.items():
        types = _CONTEXT_TYPES.get(key)
        if types is None:
            raise ProtocolError(f"unknown context key {key!r}; expected one of "
                                f"{', '.join(_CONTEXT_TYPES)}")
        if value is None:
            continue
        if not isinstance(value, types) or (key == "timezone_offset" and isinstance(value, bool)):
            raise ProtocolError(f"context {key!r} must be a {types[0].__name__} or null")
        if key == "color_scheme" and value not in ("light", "dark"):
            raise ProtocolError("context 'color_scheme' must be 'light' or 'dark'")
        if key == "cookies" and not all(isinstance(k, str) and isinstance(v, str)
                                        for k, v in value.items()):
            raise ProtocolError("context 'cookies' must map strings to strings")
        if key == "headers" and not all(isinstance(h, list) and len(h) == 2 and all(
                isinstance(x, str) for x in h) for h in value):
            raise ProtocolError("context 'headers' must be a list of [name, value] strings")
    return info



def parse_up(raw: Any) -> UpMessage:
    """Validate one up message (already JSON-decoded) into its dataclass.

    Shape only: whether a widget id is known and its value fits is decided by
    the session, which knows the widgets.
    """
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as e:
            raise ProtocolError(f"not JSON: {e}") from None
    if not isinstance(raw, dict):
        raise ProtocolError("a message must be a JSON object")
    kind = raw.get("type")
    if kind == "update":
        changes_raw = raw.get("changes", [])
        if not isinstance(changes_raw, list):
            raise ProtocolError("'changes' must be a list")
        changes = []
        for c in changes_raw:
            if not isinstance(c, dict) or not isinstance(c.get("id"), str) or "value" not in c:
                raise ProtocolError("each change must be {\"id\": str, \"value\": any}")
            changes.append(Change(c["id"], c["value"]))
        trigger = raw.get("trigger")
        if trigger is not None and not isinstance(trigger, str):
            raise ProtocolError("'trigger' must be a widget id or null")
        fragment = raw.get("fragment")
        if fragment is not None and not isinstance(fragment, str):
            raise ProtocolError("'fragment' must be a fragment id or null")
        return Update(changes, trigger, fragment)
    if kind == "navigate":
        page, query = raw.get("page", ""), raw.get("query", "")
        if not isinstance(page, str) or not isinstance(query, str):
            raise ProtocolError("'page' and 'query' must be strings")
        return Navigate(page, query.lstrip("?"))
    if kind == "clear_cache":
        return ClearCache()
    if kind == "context":
        return ContextInfo(check_context(raw.get("context")))
    raise ProtocolError(f"unknown message type {kind!r}; expected one of {', '.join(UP_TYPES)}")


def coalesce(messages: list[UpMessage]) -> list[UpMessage]:
    """Merge queued up messages so that one run answers them all.

    Consecutive updates fold into one: the newest value per widget wins, in
    first-seen order, and every fired trigger stays fired (the last one is the
    update's trigger; earlier distinct ones become their own updates so no
    click is lost).  Navigation and cache clearing keep their place.
    """
    out: list[UpMessage] = []
    for msg in messages:
        prev = out[-1] if out else None
        if isinstance(msg, Update) and isinstance(prev, Update) and (
            prev.trigger is None or msg.trigger is None or prev.trigger == msg.trigger
        ):
            merged = {c.id: c for c in prev.changes}
            for c in msg.changes:
                merged[c.id] = c
            # (a timer's fragment run folds into a run of anything else)
            fragment = prev.fragment if prev.fragment == msg.fragment else None
            out[-1] = Update(list(merged.values()), prev.trigger or msg.trigger, fragment)
        else:
            out.append(msg)
    return out


def render_message(run: int, tree: dict[str, Node], *, page: str = "", pages: list | None = None,
                   query: str = "", banner: dict | None = None,
                   clear_forms: list[str] | None = None,
                   page_config: dict[str, Any] | None = None,
                   logo: dict[str, Any] | None = None,
                   theme: dict[str, Any] | None = None,
                   nav: dict[str, Any] | None = None,
                   fragments: dict[str, float] | None = None) -> dict[str, Any]:
    """The down message for a finished run."""
    msg = {
        "type": "render",
        "run": run,
        "tree": {name: node.to_json() for name, node in tree.items()},
        "page": page,
        "pages": pages or [],
        "query": query,
        "banner": banner,
        "clear_forms": clear_forms or [],
        "page_config": page_config or {},
        "logo": logo,
    }
    if theme is not None:
        msg["theme"] = theme
    if nav is not None:
        msg["nav"] = nav
    if fragments:
        msg["fragments"] = fragments
    return msg


class TreeDiff:
    """Turns successive render messages into patch messages (see the module
    docstring): it remembers the tree the page was last sent.

    Props compare with ``==`` plus the types of their values, so ``true`` and
    ``1`` differ as the page would see them.  A tree whose ids are not unique,
    or whose root changed, is sent whole.
    """

    def __init__(self) -> None:
        # id -> (kind, props copy, types of the props values, child ids or None,
        # child kinds or None)
        self._sent: dict[str, tuple[str, dict, tuple, tuple | None, tuple | None]] | None = None
        self._run: Any = None
        self._roots: tuple[str, ...] = ()  # the root names of the tree last sent

    def reset(self) -> None:
        """Send the next render whole."""
        self._sent = None

    def message(self, render: dict[str, Any]) -> dict[str, Any]:
        """The message to send for a render message: a patch, or the render."""
        old = self._sent
        new: dict[str, tuple[str, dict, tuple, tuple | None, tuple | None]] = {}
        try:
            ops = None if old is None else self._diff(old, new, render["tree"])
            if ops is None:
                new.clear()
                for root in render["tree"].values():
                    self._index_new(new, root)
        except _Whole:
            self._sent = None
            return render
        self._sent = new
        self._roots = tuple(render["tree"])
        base, self._run = self._run, render.get("run")
        if ops is None or len(ops) * 2 > len(new):
            return render
        patch = dict(render)  # (the render's keys in their order, less its tree)
        del patch["tree"]
        patch["type"] = "patch"
        patch["base"] = base
        patch["ops"] = ops
        return patch

    @staticmethod
    def _index_new(new: dict, node: dict) -> None:
        """Index a subtree that is sent whole."""
        stack = [node]
        while stack:
            n = stack.pop()
            nid = n["id"]
            if nid in new:
                raise _Whole
            props = n["props"]
            children = n.get("children")
            if children is None:
                new[nid] = (n["kind"], dict(props), tuple(map(type, props.values())), None, None)
            else:
                new[nid] = (n["kind"], dict(props), tuple(map(type, props.values())),
                            tuple(map(_ID, children)), tuple(map(_KIND, children)))
                stack.extend(children)

    def _diff(self, old: dict, new: dict, tree: dict[str, Any]) -> list[list[Any]]:
        ops: list[list[Any]] = []
        stack = []
        if set(tree) != set(self._roots):
            raise _Whole  # a root (st.bottom) came or went: the page must drop it too
        for root in tree.values():
            o = old.get(root["id"])
            if o is None or o[0] != root["kind"]:
                raise _Whole
            stack.append((root, o))
        while stack:
            node, o = stack.pop()
            nid = node["id"]
            if nid in new:
                raise _Whole
            props = node["props"]
            types = tuple(map(type, props.values()))
            same_props = types == o[2] and props == o[1]
            children = node.get("children")
            if children is None:
                if o[3] is not None:
                    raise _Whole  # a block became a leaf under the same id and kind
                new[nid] = o if same_props else (o[0], dict(props), types, None, None)
                if not same_props:
                    ops.append([nid, props, None])
                continue
            if o[3] is None:
                raise _Whole
            # (map with itemgetter: no Python frame per child, on every run's every block)
            ids = tuple(map(_ID, children))
            kinds = tuple(map(_KIND, children))
            new[nid] = (o[0], o[1] if same_props else dict(props), types, ids, kinds)
            if ids == o[3] and kinds == o[4]:
                # the same children, each of the same kind (o[4]: their kinds when sent)
                kids = None
                stack.extend(zip(children, map(old.__getitem__, ids)))
            else:
                kept = list(map(old.get, ids))
                kids = []
                for c, co in zip(children, kept):
                    if co is not None and co[0] == c["kind"]:
                        kids.append(c["id"])
                        stack.append((c, co))
                    else:
                        kids.append(c)
                        self._index_new(new, c)
            if kids is not None or not same_props:
                ops.append([nid, None if same_props else props, kids])
        return ops


_ID = itemgetter("id")
_KIND = itemgetter("kind")


class _Whole(Exception):
    """The tree cannot be sent as a patch."""


ECHO_LIMIT = 4096  # characters of a refused message echoed back (web/protocol.js echo())


def echo(raw: Any) -> Any:
    """What a refusal echoes of the message it refuses: the message itself, or
    its first ``ECHO_LIMIT`` characters when longer (a refused 50 MB upload
    must not come back as a 50 MB answer)."""
    try:
        text = raw if isinstance(raw, str) else json.dumps(raw, default=str)
    except (TypeError, ValueError, RecursionError):
        return f"<{type(raw).__name__} that cannot be shown as JSON>"
    if len(text) > ECHO_LIMIT:
        return f"{text[:ECHO_LIMIT]}... ({len(text)} characters)"
    return raw


def refused(reason: str, message: Any) -> dict[str, Any]:
    return {"type": "refused", "reason": reason, "message": echo(message)}
