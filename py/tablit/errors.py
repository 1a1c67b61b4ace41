"""Streamlit's exception classes and the exact texts apps and tests match on.

The class names mirror Streamlit's so ``type(e).__name__`` and ``except``
clauses written against Streamlit keep working.  Messages are Markdown, as in
Streamlit: the page renders them as such.
"""

from __future__ import annotations

FORM_DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)
SESSION_STATE_DOCS = (
    "Did you forget to initialize it? More info: "
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


class StreamlitAPIException(Exception):
    """An app used the API wrongly.  Shown with Streamlit frames stripped."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """Shown as an exception element, but the run goes on."""


class StreamlitValueError(StreamlitAPIException):
    pass


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    pass


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    pass


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    pass


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    pass


class UnserializableSessionStateError(StreamlitAPIException):
    pass


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    pass


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    pass


class StreamlitPageNotFoundError(StreamlitAPIException):
    pass


class StreamlitValueBelowMinError(StreamlitAPIException):
    pass


class StreamlitValueAboveMaxError(StreamlitAPIException):
    pass


class CachedWidgetWarning(StreamlitAPIWarning):
    def __init__(self) -> None:
        super().__init__(
            "Your script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function."
        )


def session_state_item(key: str) -> str:
    """```st.session_state['k']``` in a code span long enough for the key."""
    inner = f"st.session_state[{key!r}]"
    fence = "`"
    while fence in inner:
        fence += "`"
    return f"{fence}{inner}{fence}"


def already_instantiated(key: str) -> StreamlitWidgetAlreadyInstantiatedError:
    item = session_state_item(key)
    return StreamlitWidgetAlreadyInstantiatedError(
        f"{item} cannot be modified after the widget with that key is instantiated. "
        f"Assign {item} before creating the widget, or update it from an `on_change` or "
        "`on_click` callback, which runs before the widget is instantiated. If this is a "
        "read-only session state key (buttons, file and media inputs, `st.data_editor`, forms, "
        "chart or `ButtonColumn` selections), store the value under a different session state key."
    )


def read_only(key: str) -> StreamlitValueAssignmentNotAllowedError:
    return StreamlitValueAssignmentNotAllowedError(
        f"{session_state_item(key)} is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def unserializable(key: str, value: object) -> UnserializableSessionStateError:
    return UnserializableSessionStateError(
        f"Cannot serialize the value (of type `{type(value)}`) of '{key}' in st.session_state. "
        "Streamlit has been configured to use [pickle](https://docs.python.org/3/library/pickle.html) "
        "to serialize session_state values. Please convert the value to a pickle-serializable type. "
        "To learn more about this behavior, see "
        "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
    )


def duplicate_key(key: str) -> StreamlitDuplicateElementKey:
    return StreamlitDuplicateElementKey(
        f"There are multiple elements with the same `key='{key}'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    )


def duplicate_id(type_name: str) -> StreamlitDuplicateElementId:
    return StreamlitDuplicateElementId(
        f"There are multiple `{type_name}` elements with the same auto-generated ID. When this "
        "element is created, it is assigned an internal ID based on the element type and provided "
        "parameters. Multiple elements with the same type and parameters will cause this error.\n\n"
        f"To fix this error, please pass a unique `key` argument to the `{type_name}` element."
    )


def reserved_key() -> StreamlitAPIException:
    return StreamlitAPIException("Keys beginning with $$ID are reserved.")


def invalid_key() -> StreamlitValueError:
    return StreamlitValueError("Invalid `key` value. Supported values: a non-empty string.")


def form_callback() -> StreamlitInvalidFormCallbackError:
    return StreamlitInvalidFormCallbackError(
        "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
        "callbacks on other widgets inside a form is not allowed."
    )
