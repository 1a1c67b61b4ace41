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


class Error(Exception):
    """The base class of every exception Streamlit raises (``except st.errors.Error``)."""


class NoSessionContext(Error):  # noqa: N818 - Streamlit's class name
    """A command that needs a running script was called outside one."""


class StreamlitAPIException(Error):
    """An app used the API wrongly.  Shown with Streamlit frames stripped."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """Shown as an exception element, but the run goes on."""


class StreamlitValueError(StreamlitAPIException):
    pass


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    """A secret, or the secrets file, could not be found or parsed."""


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


# ---------------------------------------------------------------------------
# Parameter validation (Streamlit's "localizable" exceptions).  Constructors
# take the same arguments as Streamlit's so messages match word for word.


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            msg = (f"The `min_value` and `max_value` parameters are both set to {min_value}. "
                   "They must not be equal.")
        else:
            msg = (f"The `min_value`, set to {min_value}, cannot be greater than the "
                   f"`max_value`, set to {max_value}.")
        super().__init__(msg)


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: object, min_value: object, max_value: object,
                 *, detail: str | None = None) -> None:
        msg = (f"The `{parameter}` parameter, set to {value}, is outside the required range "
               f"[{min_value}, {max_value}].")
        super().__init__(msg + (f" {detail}" if detail else ""))


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: object) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. Please make sure that "
            "every default value also exists in the options."
        )


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        cur_noun = "option" if current_selections_count == 1 else "options"
        max_noun = "option" if max_selections_count == 1 else "options"
        super().__init__(
            f"Multiselect has {current_selections_count} {cur_noun} selected but "
            f"`max_selections` is set to {max_selections_count}. This happened because you "
            "either gave too many options to `default` or you manipulated the widget's state "
            "through `st.session_state`. Note that the latter can happen before the line "
            f"indicated in the traceback. Please select at most {max_selections_count} {max_noun}."
        )


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    pass


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first_use: str, second_use: str, *other_uses: str,
                 explanation: str | None = None) -> None:
        quoted = [f"`{u}`" for u in (first_use, second_use, *other_uses)]
        if len(quoted) == 2:
            uses = f"{quoted[0]} and {quoted[1]}"
        else:
            uses = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        super().__init__(f"{uses} cannot be used together." + (f" {explanation}" if explanation else ""))


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        super().__init__(f"The `{parameter}` parameter is required." + (f" {detail}" if detail else ""))


def value_below_min(value: object, min_value: object) -> StreamlitValueBelowMinError:
    return StreamlitValueBelowMinError(f"The `value` {value} is less than the `min_value` {min_value}.")


def value_above_max(value: object, max_value: object) -> StreamlitValueAboveMaxError:
    return StreamlitValueAboveMaxError(
        f"The `value` {value} is greater than the `max_value` {max_value}.")


def invalid_value(parameter: str, valid_values: list[str], *,
                  detail: str | None = None) -> StreamlitValueError:
    """Streamlit's ``StreamlitValueError(parameter, valid_values)`` message."""
    msg = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
    return StreamlitValueError(msg + (f" {detail}" if detail else ""))


def invalid_type(parameter: str, provided_type: str, expected_types: list[str], *,
                 detail: str | None = None) -> StreamlitInvalidParameterTypeError:
    """Streamlit's ``StreamlitInvalidParameterTypeError`` message."""
    msg = (f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
           f"Provided type: {provided_type}.")
    return StreamlitInvalidParameterTypeError(msg + (f" {detail}" if detail else ""))


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    """``st.number_input`` given int and float numeric arguments together."""

    def __init__(self, value: object, min_value: object, max_value: object, step: object) -> None:
        msg = "All numerical arguments must be of the same type."
        for name, arg in (("value", value), ("min_value", min_value),
                          ("max_value", max_value), ("step", step)):
            if arg is not None:
                msg += f"\n`{name}` has {type(arg).__name__} type."
        super().__init__(msg)


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    def __init__(self, format: str) -> None:
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {format}")


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of "
            "columns) or a list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: object, allow_content: bool = False) -> None:
        valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
                 else "a positive integer (pixels) or 'stretch'")
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: object, allow_content: bool = False) -> None:
        valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
                 else "a positive integer (pixels) or 'stretch'")
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")
