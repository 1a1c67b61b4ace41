"""st.write and st.write_stream: the Swiss-army knife, and what "magic" calls.

``st.write`` follows Streamlit 1.67's dispatch, in its order (the order
matters: a namedtuple is a tuple, a DataFrame has ``_repr_html_``...):
consecutive strings (and objects shown as inline code) are joined with
spaces into one Markdown element; everything else flushes that text and
becomes its own element.  Data goes to ``st.dataframe``, charts to the chart
commands, and so on — looked up by name in :data:`COMMANDS`, so this module
does not import the families that draw them.  Types are recognised by their
module and class names, so pandas, altair and friends are never imported here.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from io import StringIO
from typing import Any

from .. import errors
from ..delta_generator import COMMANDS, DeltaGenerator, command

# ------------------------------------------------------------- type detection


def _fqn(obj: Any) -> str:
    t = type(obj)
    return f"{t.__module__}.{t.__qualname__}"


def _mro_names(obj: Any) -> set[str]:
    return {f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__}


# Types Streamlit 1.67 draws as a dataframe (dataframe_util.is_dataframe_like),
# matched against the object's class and its bases.
# (pandas 3 names its classes by their public path, pandas 2 by their home module)
_DATAFRAME_CLASSES = frozenset({
    "pandas.core.frame.DataFrame", "pandas.core.series.Series", "pandas.core.indexes.base.Index",
    "pandas.io.formats.style.Styler", "pandas.core.arrays.base.ExtensionArray",
    "pandas.DataFrame", "pandas.Series", "pandas.Index", "pandas.api.extensions.ExtensionArray",
    "numpy.ndarray", "pyarrow.lib.Table", "pyarrow.lib.Array",
    "polars.dataframe.frame.DataFrame", "polars.series.series.Series",
    "polars.lazyframe.frame.LazyFrame",
    "modin.pandas.dataframe.DataFrame", "modin.pandas.series.Series",
    "pyspark.sql.dataframe.DataFrame", "pyspark.sql.connect.dataframe.DataFrame",
    "snowflake.snowpark.modin.pandas.dataframe.DataFrame",
    "snowflake.snowpark.modin.pandas.series.Series",
    "snowflake.snowpark.dataframe.DataFrame", "snowflake.snowpark.table.Table",
    "xarray.core.dataset.Dataset", "xarray.core.dataarray.DataArray",
})
_DASK_RE = re.compile(r"^dask\..*\.(DataFrame|Series|Index|Array)$")
_ALTAIR_RE = re.compile(r"^altair\.vegalite\.v\d+\.api\.\w*Chart$")
_OPENAI_STREAM = "openai.Stream"
_OPENAI_CHUNK_RE = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_RESPONSE_EVENT_RE = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_MEM_ADDRESS_RE = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")
_GRAPHVIZ = frozenset({"graphviz.dot.Graph", "graphviz.dot.Digraph", "graphviz.graphs.Graph",
                       "graphviz.graphs.Digraph", "graphviz.sources.Source"})
_KERAS = frozenset({"keras.engine.sequential.Sequential", "keras.engine.training.Model",
                    "tensorflow.python.keras.engine.sequential.Sequential",
                    "tensorflow.python.keras.engine.training.Model"})
HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType,
              types.MethodType, types.ModuleType)


def is_dataframe_like(obj: Any) -> bool:
    """Data Streamlit 1.67 shows with ``st.dataframe`` (not plain lists and dicts)."""
    if obj is None or isinstance(obj, (tuple, set, str, bytes, int, float, bool)):
        return False
    names = _mro_names(obj)
    if names & _DATAFRAME_CLASSES or _DASK_RE.match(_fqn(obj)):
        return True
    if isinstance(obj, Mapping) and not isinstance(obj, (ChainMap, UserDict, types.MappingProxyType)) \
            and not _is_custom_dict(obj) and len(obj) > 0:
        first = next(iter(obj.values()))
        return bool({"pandas.core.series.Series", "pandas.Series"} & _mro_names(first))  # {column: Series}
    return _is_dbapi_cursor(obj)


def _is_dbapi_cursor(obj: Any) -> bool:
    """PEP 249 cursor: ``description``, ``fetchmany`` and ``fetchall``."""
    return (hasattr(type(obj), "description") or hasattr(obj, "description")) and \
        callable(getattr(obj, "fetchmany", None)) and callable(getattr(obj, "fetchall", None))


def _is_custom_dict(obj: Any) -> bool:
    """st.session_state, st.query_params, st.secrets and the like."""
    return isinstance(obj, Mapping) and type(obj).__module__.split(".")[0] in ("tablit", "streamlit") \
        and callable(getattr(obj, "to_dict", None))


def _is_plotly_obj(obj: Any) -> bool:
    return type(obj).__module__.startswith("plotly.graph_objs")


def _is_plotly_chart(obj: Any) -> bool:
    if _fqn(obj) == "plotly.graph_objs._figure.Figure":
        return True
    if isinstance(obj, list):
        return bool(obj) and all(_is_plotly_obj(i) for i in obj)
    if isinstance(obj, dict) and obj and all(k in ("config", "data", "frames", "layout") for k in obj):
        return any(_is_plotly_obj(v) or (isinstance(v, list) and v and all(_is_plotly_obj(i) for i in v))
                   for v in obj.values())
    return False


def _is_sympy(obj: Any) -> bool:
    if not type(obj).__module__.startswith("sympy"):
        return False
    try:
        import sympy  # type: ignore[import-not-found]
    except ImportError:
        return False
    return isinstance(obj, sympy.Expr)


def _is_pydantic(obj: Any) -> bool:
    return not isinstance(obj, type) and "pydantic.main.BaseModel" in _mro_names(obj)


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and callable(getattr(obj, "_asdict", None))


def _is_json_like(arg: Any) -> bool:
    if isinstance(arg, (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap,
                        UserList, ItemsView, KeysView, ValuesView)):
        return True
    if _is_custom_dict(arg) or _is_namedtuple(arg) or _is_pydantic(arg):
        return True
    return isinstance(arg, (list, tuple)) and bool(arg) and all(_is_pydantic(i) for i in arg)


def _is_top_level(dg: Any) -> bool:
    """False for a generator that replaces one element (``st.empty()``, ``el = st.text(...)``)."""
    return not (dg._is_empty or type(dg)._next_index is not DeltaGenerator._next_index)


def _command(name: str) -> Any:
    """A command registered by another family; a clear error while it is not available."""
    fn = COMMANDS.get(name)
    if fn is None:
        raise errors.StreamlitAPIException(f"`st.{name}` is not available in tablit yet, so "
                                           f"`st.write` cannot draw this object.")
    return fn


def _max_run(text: str, char: str) -> int:
    if char not in text:
        return 0
    best = run = 0
    for c in text:
        run = run + 1 if c == char else 0
        best = max(best, run)
    return best


def _as_code(text: str) -> str:
    """``str(obj)`` as inline code, or a fenced block when it has several lines."""
    if "\n" in text:
        fence = "`" * max(3, _max_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_max_run(text, "`") + 1)
    return f"{fence}{text}{fence}"


# ----------------------------------------------------------------------- write
# Exact types st.write shows as inline code whatever else is true of them.
_SCALARS = frozenset((int, float, bool, complex, type(None)))


class StreamingOutput(list):
    """What ``st.write_stream`` returns when it streamed more than text: ``st.write`` replays it."""


@command
def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument the way Streamlit 1.67 does (see the module docstring)."""
    if len(args) == 1 and isinstance(args[0], str):
        COMMANDS["markdown"](self, args[0], unsafe_allow_html=unsafe_allow_html)
        return
    if len(args) > 1 and not _is_top_level(self._active()):
        raise errors.StreamlitAPIException(
            "Cannot replace a single element with multiple elements.\n\n"
            "The `write()` method only supports multiple elements when inserting elements "
            "rather than replacing. That is, only when called as `st.write()` or "
            "`st.sidebar.write()`.")
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            COMMANDS["markdown"](self, " ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    def element(name: str, *a: Any) -> None:
        flush()
        _command(name)(self, *a)

    for arg in args:
        kind = type(arg)
        if kind is str:
            buffer.append(arg)
            continue
        if kind in _SCALARS:
            # (what the dispatch below ends in for these exact types, without its ~25 checks)
            buffer.append(_as_code(str(arg)))
            continue
        fqn = f"{kind.__module__}.{kind.__qualname__}"  # _fqn(arg)
        if isinstance(arg, str):
            buffer.append(arg)
        elif isinstance(arg, StreamingOutput):
            flush()
            for item in arg:
                if callable(item):
                    flush()
                    item()
                else:
                    write(self, item, unsafe_allow_html=unsafe_allow_html)
        elif isinstance(arg, Exception):
            element("exception", arg)
        elif isinstance(arg, DeltaGenerator):
            element("help", arg)
        elif is_dataframe_like(arg):
            element("dataframe", arg)
        elif _ALTAIR_RE.match(fqn):
            element("altair_chart", arg)
        elif fqn == "matplotlib.figure.Figure":
            element("pyplot", arg)
        elif _is_plotly_chart(arg):
            element("plotly_chart", arg)
        elif fqn in _GRAPHVIZ:
            element("graphviz_chart", arg)
        elif _is_sympy(arg):
            element("latex", arg)
        elif fqn.startswith("PIL."):
            element("image", arg)
        elif fqn in _KERAS:
            from tensorflow.python.keras.utils import vis_utils  # type: ignore[import-not-found]

            element("graphviz_chart", vis_utils.model_to_dot(arg).to_string())
        elif _is_json_like(arg):
            element("json", arg)
        elif fqn == "pydeck.bindings.deck.Deck":
            element("pydeck_chart", arg)
        elif isinstance(arg, StringIO):
            element("markdown", arg.getvalue())
        elif (inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg) or inspect.isasyncgen(arg)
              or inspect.isasyncgenfunction(arg) or fqn == _OPENAI_STREAM):
            flush()
            write_stream(self, arg)
        elif isinstance(arg, HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
            element("help", arg)
        elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
            # (1.67 does not flush the text before this one: the HTML comes first)
            _command("html")(self, arg._repr_html_())
        elif callable(getattr(arg, "to_pandas", None)) or callable(getattr(arg, "__dataframe__", None)):
            element("dataframe", arg)
        else:
            text = str(arg)
            if _MEM_ADDRESS_RE.match(text):
                element("help", arg)
            else:
                buffer.append(_as_code(text))
    flush()


# ---------------------------------------------------------------- write_stream
def _chunk_text(chunk: Any) -> Any:
    """OpenAI chat/response chunks and LangChain message chunks as their text."""
    fqn = _fqn(chunk)
    if _OPENAI_CHUNK_RE.match(fqn):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        except AttributeError as e:
            raise errors.StreamlitAPIException(
                "Failed to parse the OpenAI ChatCompletionChunk. The most likely cause is a change "
                "of the chunk object structure due to a recent OpenAI update.") from e
    if _OPENAI_RESPONSE_EVENT_RE.match(fqn):
        try:
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
        except AttributeError as e:
            raise errors.StreamlitAPIException(
                "Failed to parse the OpenAI Response stream event. The most likely cause is a change "
                "of the event object structure due to a recent OpenAI update.") from e
    if fqn == "langchain_core.messages.ai.AIMessageChunk":
        try:
            return chunk.content or ""
        except AttributeError as e:
            raise errors.StreamlitAPIException("Failed to parse the LangChain AIMessageChunk.") from e
    return chunk


def _sync_iter(stream: Any) -> Any:
    """An async generator as a plain one (each step run to completion on an event loop)."""
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


@command
def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
    """Write a generator's (or iterable's, or LLM stream's) chunks as they come.

    Consecutive text chunks are joined into one Markdown element; other chunks
    are written with ``st.write``, callables are called.  Returns the text when
    only text came, else the list of what was written (``st.write`` takes it
    back); ``""`` when nothing came.
    """
    if isinstance(stream, str) or is_dataframe_like(stream):
        raise errors.invalid_type("stream", type(stream).__name__, ["generator", "stream-like object"],
                                  detail="Please use `st.write` instead for this data type.")
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync_iter(stream)
    try:
        iterator = iter(stream)
    except TypeError as e:
        raise errors.StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure that "
            "it is a generator, generator function or iterable.") from e
    written: list[Any] = StreamingOutput()
    text = ""
    slot: Any = None
    cursor_text = cursor or ""

    def flush() -> None:
        nonlocal text, slot
        if text and slot is not None:
            COMMANDS["markdown"](slot, text)
            written.append(text)
        text, slot = "", None

    for chunk in iterator:
        chunk = _chunk_text(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = slot is None
            if first:
                slot = COMMANDS["empty"](self)
            text += chunk
            # the page draws the run once it is over, so only the last write of
            # the slot shows; it is the whole text (the cursor goes in flush)
            COMMANDS["markdown"](slot, text + ("" if first else cursor_text))
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            write(self, chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
