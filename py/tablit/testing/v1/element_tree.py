"""The element tree AppTest exposes: tablit's render tree as Streamlit's test objects.

A run's render message (``protocol.render_message``) is turned into a tree of
:class:`Element` and :class:`Block` objects whose class names, attributes and
query API follow ``streamlit.testing.v1.element_tree``, so tests written for
Streamlit work unchanged.  Attributes the classes do not define fall back to
the node's props (``Button.label``, ``TextInput.placeholder``...), the way
Streamlit's fall back to the protobuf.

Widgets hold at most one pending value set by the test.  Their wire form (see
``protocol.WIRE_FORMATS``) is produced with the widget's own ``serialize``
from the session's ``WidgetMeta``, so conversions live in one place: the
widget module.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from .errors import AppTestError

if TYPE_CHECKING:
    from ...state.session_state import WidgetMeta
    from .app_test import AppTest

_UNSET: Any = type("Unset", (), {"__repr__": lambda self: "<unset>"})()


def _key_from_id(node_id: str) -> str | None:
    """``$$ID-<hash>-<key>`` -> the user key (``None`` for unkeyed widgets)."""
    if not node_id.startswith("$$ID-"):
        return None
    rest = node_id[len("$$ID-"):]
    _, _, key = rest.partition("-")
    return None if key in ("", "None") else key


# --------------------------------------------------------------------- base

def _prop(name: str, default: Any = None) -> property:
    """A read-only attribute that is the node's prop ``name``."""
    return property(lambda self: self.props.get(name, default))

class Element:
    """One non-block node.  Missing attributes are read from the node's props."""

    type: str = "unknown"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        self.node = node
        self.props: dict[str, Any] = node.get("props") or {}
        self.root = root
        self.id: str = node.get("id", "")
        self.key: str | None = self.props.get("key") if "key" in self.props else _key_from_id(self.id)

    def __iter__(self) -> Iterator["Element"]:
        yield self

    @property
    def value(self) -> Any:
        return self.props.get("value", self.props.get("body"))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in ("node", "props", "root"):
            raise AttributeError(name)
        props = self.__dict__.get("props") or {}
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__!r} ({self.type}) has no attribute {name!r}")

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the whole app (with every pending widget value)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.props.items() if v not in (None, "", False, [], {})}
        fields = ", ".join(f"{k}={v!r}" for k, v in shown.items())
        return f"{type(self).__name__}({fields})"


class UnknownElement(Element):
    """A node kind AppTest has no class for; its type is the node kind."""

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = node.get("kind", "unknown")


# ----------------------------------------------------------- text elements
class BodyElement(Element):
    """An element whose value is its text body."""

    value = _prop("body", "")

    body = _prop("body", "")


class HeadingBase(BodyElement):
    pass


class Title(HeadingBase):
    type = "title"
    tag = "h1"


class Header(HeadingBase):
    type = "header"
    tag = "h2"


class Subheader(HeadingBase):
    type = "subheader"
    tag = "h3"


class Markdown(BodyElement):
    type = "markdown"

    @property
    def allow_html(self) -> bool:
        return bool(self.props.get("unsafe_allow_html", False))

    @property
    def is_caption(self) -> bool:
        return self.type == "caption"


class Caption(Markdown):
    type = "caption"


class Latex(Markdown):
    type = "latex"


class Divider(Markdown):
    """1.67 draws a divider as the Markdown "---": that is its body and value."""

    type = "divider"

    value = _prop("body", "---")

    body = _prop("body", "---")


class Text(BodyElement):
    type = "text"


class Code(BodyElement):
    type = "code"


class Json(BodyElement):
    """Its value is the JSON text (``json.loads`` it to compare structures).

    ``expanded`` is a bool as in Streamlit; ``expanded=<int>`` reads as True with
    ``max_expand_depth`` set to it (None otherwise).
    """

    type = "json"

    @property
    def expanded(self) -> bool:
        value = self.props.get("expanded", True)
        return value if isinstance(value, bool) else True

    @property
    def max_expand_depth(self) -> int | None:
        value = self.props.get("expanded", True)
        return None if isinstance(value, bool) else value


class Help(Element):
    """``st.help`` (type ``help_info`` as in Streamlit): ``name``, ``doc_string``, ``value``.

    ``value`` is the object's readable value, or its name when what was stored
    is a signature (a callable's or class's ``module.name(params)``).
    """

    type = "help_info"
    name = _prop("name", "")
    doc_string = _prop("doc_string", "")

    @property
    def value(self) -> str:
        raw = self.props.get("value", "")
        signature_types = ("class", "function", "method", "builtin_function_or_method", "CachedFunc")
        looks_like_signature = bool(raw) and raw[0] not in "'\"" and "(" in raw and raw.endswith(")") \
            and "." in raw.partition("(")[0]
        if self.name and (not raw or self.props.get("type") in signature_types or looks_like_signature):
            return self.name
        return raw


class AlertBase(BodyElement):
    @property
    def icon(self) -> str:
        return self.props.get("icon") or ""


class Success(AlertBase):
    type = "success"


class Info(AlertBase):
    type = "info"


class Warning(AlertBase):  # noqa: A001 - Streamlit's class name
    type = "warning"


class Error(AlertBase):
    type = "error"


class Exception(Element):  # noqa: A001 - Streamlit's class name
    """An exception box; ``value`` is the message without the class name."""

    type = "exception"

    message = _prop("message", "")

    @property
    def value(self) -> str:
        return self.message

    @property
    def is_markdown(self) -> bool:
        return bool(self.props.get("message_is_markdown", False))

    @property
    def stack_trace(self) -> list[str]:
        return list(self.props.get("traceback") or [])

    @property
    def is_warning(self) -> bool:
        return bool(self.props.get("is_warning", False))


class Table(Element):
    """``value`` is a pandas DataFrame when pandas is installed, else the rows."""

    type = "table"

    @property
    def value(self) -> Any:
        columns = list(self.props.get("columns") or [])
        rows = [list(r) for r in self.props.get("rows") or []]
        try:
            import pandas  # type: ignore[import-not-found]
        except ImportError:
            return [dict(zip(columns, r)) for r in rows]
        return pandas.DataFrame(rows, columns=columns or None)


class Dataframe(Element):
    """``st.dataframe`` and ``st.data_editor``: ``value`` is the input table as a
    pandas DataFrame (without edits); ``editing_mode`` is "read_only" for
    st.dataframe, else the editor's ``num_rows``."""

    type = "dataframe"

    @property
    def editing_mode(self) -> str:
        return self.props.get("editing_mode") or "read_only"

    @property
    def value(self) -> Any:
        if "data" not in self.props:  # (an older tree: cells as text)
            return Table.value.fget(self)  # type: ignore[attr-defined]
        from ...elements.dataframe.wire import decode_frame

        return decode_frame(self.props)


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> Any:
        return self.props.get("value", self.props.get("body"))

    @property
    def body(self) -> Any:
        """The shown value, as 1.67's ``metric.body`` (its proto field) gives it."""
        return self.value


class Toast(Element):
    type = "toast"

    value = _prop("body", "")

    @property
    def icon(self) -> str:
        return self.props.get("icon") or ""


class Html(Element):
    """``st.html``: its value is the HTML body (a style-only one is in the event block, as 1.67's)."""

    type = "html"

    value = _prop("body", "")


# ------------------------------------------------------------------ widgets
class Widget(Element):
    """A widget: its value is the session's, unless the test set one.

    ``set_value`` stores the Python value and its wire form; the next run
    sends the wire form.  Without a pending value, the value is read from the
    AppTest's own session state (like Streamlit's AppTest), falling back to
    the value in the render tree.
    """

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = node.get("kind", "unknown")
        self._pending: Any = _UNSET
        self._pending_wire: Any = _UNSET

    # --- session access
    def _meta(self) -> "WidgetMeta | None":
        runner = self.root._runner
        if runner is None:
            return None
        return runner._session.state.meta.get(self.id)

    def _state_value(self) -> Any:
        runner = self.root._runner
        if runner is not None:
            value = runner._session.state.widget_value(self.id, _UNSET)
            if value is not _UNSET:
                return value
        return self._from_wire(self.props.get("value"))

    def _to_wire(self, value: Any) -> Any:
        meta = self._meta()
        return value if meta is None else meta.serialize(value)

    def _from_wire(self, wire: Any) -> Any:
        meta = self._meta()
        if meta is None:
            return wire
        try:
            return meta.deserialize(wire)
        except (TypeError, ValueError, KeyError, IndexError):
            return wire

    # --- public
    @property
    def disabled(self) -> bool:
        return bool(self.props.get("disabled", False))

    @property
    def label(self) -> str:
        return self.props.get("label") or ""

    @property
    def help(self) -> str:
        return self.props.get("help") or ""

    @property
    def form_id(self) -> str:
        return self.props.get("form") or ""

    @property
    def value(self) -> Any:
        if self._pending is not _UNSET:
            return self._pending
        return self._state_value()

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, v: Any) -> Any:
        """Set the value the next run sends (converted by the widget's serialize)."""
        self._assert_can_interact()
        wire = self._to_wire(v)
        self._pending, self._pending_wire = v, wire
        return self

    def _set_wire(self, wire: Any) -> Any:
        """Set a value given in wire form (e.g. an option index)."""
        self._assert_can_interact()
        self._pending, self._pending_wire = self._from_wire(wire), wire
        return self

    @property
    def _has_pending(self) -> bool:
        return self._pending is not _UNSET

    def _wire(self, *, pending: bool = True) -> Any:
        """The wire value the next run sends; ``pending=False`` ignores the test's value."""
        if pending and self._has_pending:
            return self._pending_wire
        runner = self.root._runner
        if runner is not None:
            value = runner._session.state.widget_value(self.id, _UNSET)
            if value is not _UNSET:
                try:
                    return self._to_wire(value)
                except (TypeError, ValueError, KeyError, IndexError, AttributeError):
                    pass
        return self.props.get("value")


class _Trigger(Widget):
    """Buttons and chat input: fired for one run, their value is what the run returned."""

    @property
    def value(self) -> Any:
        if self._has_pending:
            return self._pending
        return self.props.get("value")


class Button(_Trigger):
    """``st.button`` and ``st.form_submit_button``."""

    type = "button"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "button"

    def set_value(self, v: bool) -> "Button":
        self._assert_can_interact()
        if v:
            self._pending, self._pending_wire = True, True
        else:
            self._pending = self._pending_wire = _UNSET
        return self

    def click(self) -> "Button":
        return self.set_value(True)


class DownloadButton(Button):
    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "download_button"


class ChatInput(_Trigger):
    type = "chat_input"

    def set_value(self, v: str | None) -> "ChatInput":
        self._assert_can_interact()
        if v is None:
            self._pending = self._pending_wire = _UNSET
        else:
            self._pending, self._pending_wire = v, v
        return self


class Checkbox(Widget):
    type = "checkbox"

    def check(self) -> "Checkbox":
        return self.set_value(True)

    def uncheck(self) -> "Checkbox":
        return self.set_value(False)


class Toggle(Checkbox):
    type = "toggle"


class ColorPicker(Widget):
    type = "color_picker"

    def pick(self, v: str) -> "ColorPicker":
        """Like ``set_value``; the leading ``#`` may be left out."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


def _iso_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> Any:
        return _iso_date(self.props.get("min"))

    @property
    def max(self) -> Any:
        return _iso_date(self.props.get("max"))

    @property
    def is_range(self) -> bool:
        return bool(self.props.get("range", False))


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self.props.get("step") or 900)

    def _shift(self, seconds: int) -> "TimeInput":
        current = self.value
        if current is None:
            return self
        moved = _dt.datetime.combine(_dt.date.today(), current) + _dt.timedelta(seconds=seconds)
        return self.set_value(moved.time())

    def increment(self) -> "TimeInput":
        """The next time, one step later (as the browser's picker would offer)."""
        return self._shift(self.step)

    def decrement(self) -> "TimeInput":
        return self._shift(-self.step)


class NumberInput(Widget):
    type = "number_input"

    min = _prop("min")

    max = _prop("max")

    step = _prop("step")

    def increment(self) -> "NumberInput":
        """As if the user clicked "+": one step up, capped at max."""
        if self.value is None:
            return self
        v = self.value + self.step
        if self.max is not None:
            v = min(v, self.max)
        return self.set_value(v)

    def decrement(self) -> "NumberInput":
        """As if the user clicked "-": one step down, capped at min."""
        if self.value is None:
            return self
        v = self.value - self.step
        if self.min is not None:
            v = max(v, self.min)
        return self.set_value(v)


class _Options(Widget):
    """Widgets choosing among ``options`` (formatted strings, as shown)."""

    @property
    def options(self) -> list[str]:
        return list(self.props.get("options") or [])


class Radio(_Options):
    type = "radio"

    @property
    def index(self) -> int | None:
        wire = self._wire()
        return wire if isinstance(wire, int) and not isinstance(wire, bool) else None


class Selectbox(_Options):
    type = "selectbox"

    def _wire(self, *, pending: bool = True) -> Any:
        wire = super()._wire(pending=pending)
        if (pending and self._has_pending and self._pending is not None and wire is None
                and not self.props.get("accept_new_options")):
            # 1.67's AppTest: a value set that is not among the options fails the next run
            # (and reading the index), rather than being dropped
            raise ValueError(f"{str(self._pending)!r} is not in list")
        return wire

    @property
    def index(self) -> int | None:
        wire = self._wire()
        return wire if isinstance(wire, int) and not isinstance(wire, bool) else None

    def select(self, v: Any) -> "Selectbox":
        return self.set_value(v)

    def select_index(self, index: int | None) -> "Selectbox":
        if index is None:
            return self.set_value(None)
        if not 0 <= index < len(self.options):
            raise IndexError(f"selectbox has {len(self.options)} options; no index {index}")
        return self._set_wire(index)


class Multiselect(_Options):
    type = "multiselect"

    @property
    def indices(self) -> list[int]:
        return [i for i in self._wire() or [] if isinstance(i, int)]

    @property
    def values(self) -> list[str]:
        """The selected options as shown (formatted)."""
        opts = self.options
        return [opts[i] if isinstance(i, int) else str(i) for i in self._wire() or []]

    def select(self, v: Any) -> "Multiselect":
        """Add ``v`` to the selection (no-op if already selected)."""
        current = list(self.value or [])
        if v in current:
            return self
        return self.set_value(current + [v])

    def unselect(self, v: Any) -> "Multiselect":
        """Remove every occurrence of ``v`` from the selection."""
        current = list(self.value or [])
        if v not in current:
            return self
        return self.set_value([x for x in current if x != v])


class SelectSlider(_Options):
    type = "select_slider"

    def set_range(self, lower: Any, upper: Any) -> "SelectSlider":
        return self.set_value((lower, upper))


class Slider(Widget):
    type = "slider"

    min = _prop("min")

    max = _prop("max")

    step = _prop("step")

    def set_range(self, lower: Any, upper: Any) -> "Slider":
        return self.set_value((lower, upper))


class TextInput(Widget):
    type = "text_input"

    def input(self, v: str) -> "TextInput":
        """Type ``v``; ignored (as in the browser) when longer than max_chars."""
        max_chars = self.props.get("max_chars")
        if max_chars and len(v) > max_chars:
            return self
        return self.set_value(v)


class TextArea(TextInput):
    type = "text_area"


class FileUploader(Widget):
    type = "file_uploader"


class ButtonGroup(_Options):
    """``st.pills`` and ``st.segmented_control`` (type ``button_group``, as Streamlit's)."""

    type = "button_group"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "button_group"
        self.style: str = node.get("kind", "pills")

    @property
    def _is_single_select(self) -> bool:
        return self.props.get("selection_mode", "single") == "single"

    @property
    def indices(self) -> list[int]:
        return [i for i in self._wire() or [] if isinstance(i, int)]

    @property
    def formatted_values(self) -> list[str]:
        opts = self.options
        return [opts[i] for i in self.indices if 0 <= i < len(opts)]

    def select(self, v: Any) -> "ButtonGroup":
        """Select ``v`` (single mode: instead of the current choice)."""
        if self._is_single_select:
            return self.set_value(v)
        current = list(self.value or [])
        return self if v in current else self.set_value(current + [v])

    def unselect(self, v: Any) -> "ButtonGroup":
        """Deselect ``v`` (single mode: only if it is the current choice)."""
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        current = list(self.value or [])
        return self if v not in current else self.set_value([x for x in current if x != v])


class Feedback(Widget):
    type = "feedback"


class DateTimeInput(Widget):
    """``st.datetime_input`` (type ``date_time_input``, as Streamlit's)."""

    type = "date_time_input"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "date_time_input"

    min = _prop("min", "")

    max = _prop("max", "")

    step = _prop("step")

    format = _prop("format", "")


class MenuButton(_Trigger, _Options):
    """``st.menu_button``: ``click(option)`` fires it with that option for one run."""

    type = "menu_button"

    def set_value(self, v: Any) -> "MenuButton":
        self._assert_can_interact()
        if v is None:
            self._pending = self._pending_wire = _UNSET
            return self
        meta = self._meta()
        index = None
        if meta is not None:
            codec = getattr(meta.deserialize, "__self__", None)
            opts = getattr(codec, "options", None)
            if opts is not None:
                index = opts.index_of(v)
        if index is None:
            raise AppTestError(f"{v!r} is not an option of menu_button {self.label!r}")
        self._pending, self._pending_wire = v, index
        return self

    @property
    def value(self) -> Any:
        """The option clicked in the last run (or the one the test set), else None."""
        if self._has_pending:
            return self._pending
        index = self.props.get("value")
        if index is None:
            return None
        codec = getattr(getattr(self._meta(), "deserialize", None), "__self__", None)
        return codec.options.values[index] if codec is not None else self.options[index]

    def click(self, v: Any) -> "MenuButton":
        return self.set_value(v)

    def click_index(self, index: int) -> "MenuButton":
        meta = self._meta()
        codec = getattr(getattr(meta, "deserialize", None), "__self__", None)
        return self.set_value(codec.options.values[index])


class Pagination(Widget):
    """``st.pagination``: ``value`` is the current page (1-based)."""

    type = "pagination"

    num_pages = _prop("num_pages")

    @property
    def default(self) -> Any:
        return self.props.get("default")

    def set_value(self, v: int) -> "Pagination":
        self._assert_can_interact()
        num_pages = self.num_pages
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= num_pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(f"Cannot set pagination{key_part} to {v!r}. "
                               f"Page must be an int between 1 and {num_pages}.")
        return super().set_value(v)

    def select(self, page: int) -> "Pagination":
        return self.set_value(page)


class LinkButton(Element):
    """``st.link_button``: read-only (AppTest opens no URL); ``value`` is its label."""

    type = "link_button"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "link_button"
        if not str(self.id).startswith("$$ID-"):
            self.key = None

    @property
    def value(self) -> str:
        return self.props.get("label") or ""

    label = _prop("label", "")

    url = _prop("url", "")

    def click(self) -> Any:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(f"click() is not supported for link_button{key_part}. AppTest does not "
                           "open URLs or trigger on_click. Use a Playwright e2e test.")


class Image(Element):
    """``st.image``: ``value`` is the image URLs (data: URLs here), ``captions`` their captions."""

    type = "image"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "image"
        self.key = None

    @property
    def value(self) -> list[str]:
        return [img.get("src") or "" for img in self.props.get("images") or []]

    @property
    def captions(self) -> list[str]:
        return [img.get("caption") or "" for img in self.props.get("images") or []]


class PageLink(Element):
    """``st.page_link``: read-only; ``value`` is its label (the page's title when none was given)."""

    type = "page_link"

    def __init__(self, node: dict[str, Any], root: "ElementTree") -> None:
        super().__init__(node, root)
        self.type = "page_link"
        self.key = None

    @property
    def value(self) -> str:
        return self.props.get("label") or ""

    def _unsupported(self, method: str) -> Any:
        raise AppTestError(f"{method}() is not supported for page_link. "
                           "Switch pages with AppTest.switch_page(page_path).")

    def click(self) -> Any:
        return self._unsupported("click")

    def set_value(self, *args: Any, **kwargs: Any) -> Any:
        return self._unsupported("set_value")


class Space(Element):
    """``st.space``; ``value`` is its size."""

    type = "space"

    value = _prop("size", "small")

    size = _prop("size", "small")


# ------------------------------------------------------------------- lists
class ElementList(Sequence):
    """Elements of one type, in page order; ``lst(key="k")`` finds by key."""

    def __init__(self, els: Sequence[Any]) -> None:
        self._list = list(els)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __getitem__(self, idx: Any) -> Any:
        if isinstance(idx, slice):
            return type(self)(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(map(id, self._list)))

    def __call__(self, key: str) -> Any:
        for e in self._list:
            if getattr(e, "key", None) == key:
                return e
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        return [e.value for e in self._list]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class WidgetList(ElementList):
    pass


class BlockList(ElementList):
    @property
    def values(self) -> list[Any]:  # blocks have no value
        raise AttributeError("blocks have no value")


# ------------------------------------------------------------------ blocks
class Block:
    """A container; query it like the AppTest (``block.button``, ``block.get(...)``)."""

    type: str = "container"

    def __init__(self, node: dict[str, Any] | None, root: "ElementTree") -> None:
        self.node = node or {}
        self.props: dict[str, Any] = self.node.get("props") or {}
        self.id: str = self.node.get("id", "")
        self.root = root
        self.children: dict[int, Any] = {}
        if node is not None and type(self).type == "container":
            self.type = _BLOCK_TYPES.get(node.get("kind", ""), node.get("kind", "container"))

    @property
    def key(self) -> str | None:
        key = self.props.get("key")
        if key is None and self.type == "form":
            return self.props.get("form_id")
        return key

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Any]:
        """This block, then every node below it, depth first in page order."""
        yield self
        for child in self.children.values():
            yield from child

    def __getitem__(self, k: int) -> Any:
        return self.children[k]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in ("node", "props", "root", "children"):
            raise AttributeError(name)
        props = self.__dict__.get("props") or {}
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def get(self, element_type: str) -> list[Any]:
        """Every node below this block of that type (block types included)."""
        if element_type in _BLOCK_QUERIES:
            cls = _BLOCK_QUERIES[element_type]
            return [e for e in self if isinstance(e, cls) and e is not self]
        if element_type == "container":
            # st.container only; the row that st.columns creates is left out.
            return [e for e in self if isinstance(e, Block) and e is not self
                    and e.node.get("kind") == "container"]
        if element_type == "form":
            return [e for e in self if isinstance(e, Block) and e.type == "form" and e is not self]
        if element_type == "form_submit_button":
            return [e for e in self if isinstance(e, Button) and e.form_id]
        if element_type == "datetime_input":
            element_type = "date_time_input"
        if element_type in ("pills", "segmented_control"):
            return [e for e in self if isinstance(e, ButtonGroup) and e.style == element_type]
        return [e for e in self if getattr(e, "type", None) == element_type]

    def get_by_key(self, key: str) -> Any:
        matches = [e for e in self if e is not self and getattr(e, "key", None) == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(key)
        raise AppTestError(f"Multiple elements have key {key!r}. Scope the query to a container "
                           "or use a typed collection.")

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        inner = ", ".join(f"{i}: {c!r}" for i, c in self.children.items())
        return f"{type(self).__name__}(type={self.type!r}, children={{{inner}}})"


class SpecialBlock(Block):
    """The main area and the sidebar."""

    def __init__(self, node: dict[str, Any] | None, root: "ElementTree", type: str) -> None:
        super().__init__(node, root)
        self.type = type


class Column(Block):
    type = "column"

    weight = _prop("weight", 1)


class Tab(Block):
    type = "tab"

    label = _prop("label", "")


class Expander(Block):
    type = "expander"

    label = _prop("label", "")

    @property
    def icon(self) -> str:
        return self.props.get("icon") or ""


class Status(Block):
    """``st.status``: not an expander for queries (``at.expander`` leaves it out), as in Streamlit."""

    type = "status"

    label = _prop("label", "")

    @property
    def icon(self) -> str:
        return self.props.get("icon") or ""

    state = _prop("state", "")


class ChatMessage(Block):
    type = "chat_message"

    name = _prop("name", "")

    avatar = _prop("avatar")


class Grid(Block):
    """``st.grid`` (type ``grid_container``, as Streamlit's); ``cell()`` blocks are plain containers."""

    type = "grid_container"

    @property
    def column_count(self) -> Any:
        return self.props.get("columns", "auto")

    @property
    def gap(self) -> Any:
        row, col = self.props.get("row_gap"), self.props.get("column_gap")
        return row if row == col else (row, col)

    wrap = _prop("wrap", True)

    border = _prop("border", False)

    row_height = _prop("row_height", "content")

    min_column_width = _prop("min_column_width", "auto")

    vertical_alignment = _prop("vertical_alignment", "top")

    dense = _prop("dense", False)

    width = _prop("width", "stretch")

    @property
    def height(self) -> Any:
        h = self.props.get("height")
        return h if h is not None else "stretch" if self.props.get("stretch_height") else "content"


_BLOCK_TYPES = {"container": "flex_container", "columns": "flex_container", "grid_cell": "flex_container",
                "tabs": "tab_container", "form": "form", "popover": "popover"}
_BLOCK_QUERIES: dict[str, type] = {
    "columns": Column, "column": Column, "tabs": Tab, "tab": Tab,
    "expander": Expander, "status": Status, "chat_message": ChatMessage, "grid": Grid,
}


class ElementTree(Block):
    """The root: main (index 0), sidebar (index 1) and events such as toasts (index 2)."""

    type = "root"

    def __init__(self, runner: "AppTest | None" = None) -> None:
        super().__init__(None, self)
        self.type = "root"
        self._runner = runner
        self.children = {0: SpecialBlock(None, self, "main"), 1: SpecialBlock(None, self, "sidebar"),
                         2: SpecialBlock(None, self, "event"), 3: SpecialBlock(None, self, "bottom")}

    @property
    def main(self) -> Block:
        return self.children[0]

    @property
    def sidebar(self) -> Block:
        return self.children[1]

    def run(self, *, timeout: float | None = None) -> "AppTest":
        assert self._runner is not None
        return self._runner.run(timeout=timeout)


# ------------------------------------------------------- typed collections
# name -> (node type queried, list class).  Each becomes a property of Block
# (and of AppTest, over the whole tree).
ELEMENT_LISTS: dict[str, type] = {
    name: ElementList for name in (
        "title", "header", "subheader", "markdown", "caption", "latex", "code", "json", "text",
        "divider", "success", "info", "warning", "error", "exception", "table", "dataframe",
        "metric", "toast", "html",
    )
}
ELEMENT_LISTS.update({
    name: WidgetList for name in (
        "button", "download_button", "checkbox", "toggle", "color_picker", "date_input",
        "time_input", "multiselect", "number_input", "radio", "select_slider", "selectbox",
        "slider", "text_area", "text_input", "chat_input", "file_uploader", "form_submit_button",
    )
})
ELEMENT_LISTS.update({name: WidgetList for name in ("pills", "segmented_control", "button_group", "feedback")})
ELEMENT_LISTS.update({name: WidgetList for name in ("datetime_input", "menu_button", "pagination")})
ELEMENT_LISTS.update({name: ElementList for name in ("link_button", "space", "image", "page_link")})
ELEMENT_LISTS.update({"grid": BlockList})
ELEMENT_LISTS.update({
    name: BlockList for name in ("columns", "tabs", "expander", "status", "chat_message",
                                 "form", "container")
})


def _list_property(name: str, list_cls: type) -> property:
    def getter(self: Block) -> Any:
        return list_cls(self.get(name))

    getter.__name__ = name
    getter.__doc__ = f"Every ``st.{name}`` below this block, in page order."
    return property(getter)


for _name, _cls in ELEMENT_LISTS.items():
    setattr(Block, _name, _list_property(_name, _cls))


def _data_editors(self: Block) -> Any:
    """Every ``st.data_editor`` below this block (dataframes that are not read-only)."""
    return ElementList([d for d in self.get("dataframe") if d.editing_mode != "read_only"])


Block.data_editor = property(_data_editors)  # type: ignore[attr-defined]


# ------------------------------------------------------------------- build
_ELEMENT_CLASSES: dict[str, Callable[..., Element]] = {
    "title": Title, "header": Header, "subheader": Subheader, "markdown": Markdown,
    "caption": Caption, "latex": Latex, "divider": Divider, "text": Text, "code": Code,
    "json": Json, "exception": Exception, "table": Table, "dataframe": Dataframe,
    "metric": Metric, "toast": Toast, "help": Help, "html": Html,
    "button": Button, "form_submit_button": Button, "download_button": DownloadButton,
    "chat_input": ChatInput, "checkbox": Checkbox, "toggle": Toggle,
    "color_picker": ColorPicker, "date_input": DateInput, "time_input": TimeInput,
    "number_input": NumberInput, "radio": Radio, "selectbox": Selectbox,
    "multiselect": Multiselect, "select_slider": SelectSlider, "slider": Slider,
    "text_input": TextInput, "text_area": TextArea, "file_uploader": FileUploader,
}
_ELEMENT_CLASSES.update({"pills": ButtonGroup, "segmented_control": ButtonGroup, "feedback": Feedback,
                         "link_button": LinkButton, "space": Space})
_ELEMENT_CLASSES.update({"datetime_input": DateTimeInput, "menu_button": MenuButton, "pagination": Pagination})
# (no class of their own in Streamlit's AppTest either: .value is the app's value, None before a capture)
_ELEMENT_CLASSES.update({"camera_input": Widget, "audio_input": Widget, "image": Image, "page_link": PageLink})
_ALERTS = {"success": Success, "info": Info, "warning": Warning, "error": Error}
_BLOCK_CLASSES: dict[str, type] = {
    "column": Column, "tab": Tab, "expander": Expander, "status": Status,
    "chat_message": ChatMessage, "grid": Grid,
}


def make_node(node: dict[str, Any], root: ElementTree) -> Any:
    """One render-tree node (JSON form) -> its test object, children included."""
    kind = node.get("kind", "")
    children = node.get("children")
    props = node.get("props") or {}
    if children is not None:
        if kind == "empty":
            # st.empty is transparent, as in Streamlit: its element stands in its place.
            kids = [c for c in children if c is not None]
            return make_node(kids[-1], root) if kids else UnknownElement(node, root)
        cls = _BLOCK_CLASSES.get(kind, Block)
        if kind == "expander" and props.get("state"):
            cls = Status
        block = cls(node, root)
        fill_block(block, children, root)
        return block
    if kind == "alert":
        return _ALERTS.get(props.get("kind", ""), UnknownElement)(node, root)
    return _ELEMENT_CLASSES.get(kind, UnknownElement)(node, root)


def fill_block(block: Block, children: list[Any], root: ElementTree) -> None:
    """Children in page order.  Toasts go to the event block, as in Streamlit, where
    they take no place in their container."""
    kept = []
    for child in children:
        if child is None:
            continue
        if child.get("kind") == "toast":
            event = root.children[2]
            event.children[len(event.children)] = make_node(child, root)
            continue
        kept.append(make_node(child, root))
    block.children = dict(enumerate(kept))


def build_tree(tree: dict[str, Any], runner: "AppTest", banner: dict[str, Any] | None = None) -> ElementTree:
    """The test tree of one render message (``{"main": node, "sidebar": node}``).

    A compile error (``banner``) gives an empty tree, as 1.67's AppTest: the run drew
    nothing, and 1.67 sends the error as a session event (a dialog in the page), not
    an element; the session logs it, as 1.67's script runner does.
    """
    root = ElementTree(runner)
    if banner is not None:
        return root
    for child in (tree.get("event") or {}).get("children") or []:  # an open st.dialog
        event = root.children[2]
        event.children[len(event.children)] = make_node(child, root)
    for index, name in ((0, "main"), (1, "sidebar"), (3, "bottom")):
        node = tree.get(name)
        if node is not None:
            special = root.children[index]
            special.node, special.props, special.id = node, node.get("props") or {}, node.get("id", name)
            fill_block(special, node.get("children") or [], root)
    return root
