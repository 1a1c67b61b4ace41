"""st.dataframe and st.data_editor: the interactive grid.

The node (kind ``dataframe`` for both) carries the table in the compact
column form of ``dataframe.wire`` plus one description per column (index
levels first) with its resolved ``st.column_config``.  The page draws it
with a virtualised grid (``web/render/grid/``, a lazily loaded chunk).

A dataframe with ``on_select`` and every data editor are widgets: their ids
follow Streamlit 1.67's ``compute_and_register_element_id`` parameters (the
data, the layout, the *processed* column config — into which a
``disabled=[...]`` list and ``hide_index`` are folded — and, for a keyed
fixed-size editor, only a signature of the data's schema), so exactly the
pairs of calls that collide in Streamlit raise ``StreamlitDuplicateElementId``
here too.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from .. import errors
from ..delta_generator import command
from ..runtime.context import get_ctx
from ..state.widgets import WidgetResult, WidgetSpec, register_widget
from .dataframe import buttons, editing, selection, wire
from .dataframe.frame import HIDDEN_INDEX_FORMATS, StreamlitDataframeConversionError, Table, to_table
from .dataframe.styler import styler_props
from .tabular import is_styler

_NUM_ROWS = ("fixed", "dynamic", "add", "delete")


# ------------------------------------------------------------- column config
def process_config(column_config: Any) -> dict[Any, dict[str, Any]]:
    """The user's ``column_config`` as Streamlit's mapping: column -> config dict."""
    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise errors.invalid_type("column_config", type(column_config).__name__, ["dict", "None"])
    out: dict[Any, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            out[column] = {"hidden": True}
        elif isinstance(config, str):
            out[column] = {"label": config}
        elif isinstance(config, dict):
            out[column] = copy.deepcopy(config)
        else:
            raise errors.invalid_type("column_config", type(config).__name__, ["None", "str", "dict"],
                                      detail=f"Invalid configuration for column `{column}`.")
    return out


def _update(mapping: dict[Any, dict[str, Any]], column: Any, values: dict[str, Any]) -> None:
    mapping.setdefault(column, {}).update(values)


def _layout(width: Any, height: Any, use_container_width: bool | None) -> tuple[Any, Any]:
    """1.67's checks and messages: ``width=None`` (an older Streamlit's default, still in
    many apps) is refused with "a positive integer (pixels), 'stretch', or 'content'"."""
    from .sizing import check_width

    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    width = check_width(width, allow_content=True)
    if not (height in ("auto", "content", "stretch") or (isinstance(height, int) and not isinstance(
            height, bool) and height > 0)):
        raise errors.StreamlitInvalidHeightError(height, allow_content=True)
    return width, height


def _grid_props(table: Table, config: dict[Any, dict[str, Any]], *, width: Any, height: Any,
                column_order: list[Any] | None, row_height: int | None,
                placeholder: str | None, editing_mode: str, styled: Any = None) -> dict[str, Any]:
    props: dict[str, Any] = {
        "columns": wire.column_specs(table, config),
        "data": wire.encode(table),
        "column_order": None if column_order is None else [str(c) for c in column_order],
        "width": width,
        "height": height,
        "row_height": row_height,
        "placeholder": placeholder,
        "editing_mode": editing_mode,
    }
    if styled is not None:
        props.update(styler_props(styled))
    return props


def _digest(value: Any) -> str:
    return hashlib.md5(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _data_digest(props: dict[str, Any]) -> str:
    """What Streamlit hashes as ``data`` (the Arrow bytes): the values *and* the schema
    (column names, types, which columns are the index), so ``{"a": (1, 2)}`` and
    ``(1, 2)`` are different data."""
    schema = [(c["name"], c["type"], c["index"]) for c in props["columns"]]
    return _digest([schema, props["data"]])


# ------------------------------------------------------------------ dataframe
@command
def dataframe(self, data: Any = None, width: Any = "stretch", height: Any = "auto", *,
              use_container_width: bool | None = None, hide_index: bool | None = None,
              column_order: Iterable[str] | None = None, column_config: Any = None,
              key: Any = None, on_select: Any = "ignore", selection_mode: Any = "multi-row",
              selection_default: Any = None, row_height: int | None = None,
              placeholder: str | None = None, lazy: bool | None = None,
              alt: str | None = None) -> Any:
    """An interactive table; with ``on_select`` a widget returning the selection."""
    if not (on_select in ("ignore", "rerun") or callable(on_select)):
        raise errors.invalid_value("on_select", ["'rerun'", "'ignore'", "a callback function"])
    selecting = on_select != "ignore"
    if selection_default is not None and not selecting:
        raise errors.StreamlitIncompatibleParametersError(
            "selection_default", "on_select='ignore'",
            explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.")
    modes = selection.normalize_modes(selection_mode) if selecting else set()
    width, height = _layout(width, height, use_container_width)
    column_config, button_columns = buttons.split_config(column_config)
    config = process_config(column_config)
    table = to_table(data)
    if table.data_format in HIDDEN_INDEX_FORMATS:
        _update(config, wire.INDEX, {"hidden": True})
    effective_hide = hide_index
    if effective_hide is None and selecting and table.range_index and modes & selection.ROW_MODES:
        effective_hide = True
    if effective_hide is not None:
        _update(config, wire.INDEX, {"hidden": effective_hide})
    order = None if column_order is None else list(column_order)
    props = _grid_props(table, config, width=width, height=height, column_order=order,
                        row_height=row_height, placeholder=placeholder, editing_mode="read_only",
                        styled=data if is_styler(data) else None)
    if not selecting:
        carried = buttons.register(self, table, button_columns, props["columns"])
        node = self._enqueue("dataframe", props)
        if carried:
            node.carried_widgets = carried
        return self._element(node)
    names = [wire.header(c.name) for c in table.columns]
    default_state = None
    if selection_default is not None:
        default_state = selection.validate(selection_default, table.n, names, modes)
    props["selection_mode"] = sorted(modes)
    id_params = {"data": _data_digest(props), "width": width, "height": height,
                 "use_container_width": use_container_width, "column_order": str(order),
                 "column_config": _digest(props["columns"]), "selection_mode": str(tuple(sorted(modes))),
                 "is_selection_activated": True,
                 "selection_default": None if default_state is None else json.dumps(default_state),
                 "row_height": row_height, "placeholder": placeholder, "alt": alt}
    carried = buttons.register(self, table, button_columns, props["columns"])
    codec = selection.SelectionCodec(default_state, "single-row-required" in modes, table.n, names, modes)
    user_key = None if key is None or str(key) == "None" else str(key)
    written = user_key is not None and user_key in get_ctx().session.state.written

    def finish(placed: WidgetResult) -> None:
        if carried:
            placed.node.carried_widgets = carried
        if written:  # a selection set through st.session_state, as the page must show it
            placed.node.props["value"] = codec.serialize(codec.checked(placed.value))

    result = register_widget(self, WidgetSpec(
        type="dataframe", label=None, key=key, default=codec.deserialize(None),
        id_params=id_params,
        keyed_params={"selection_mode": id_params["selection_mode"], "is_selection_activated": True},
        props=props, codec=codec,
        on_change=on_select if callable(on_select) else None,
    ), finish=finish)
    return codec.checked(result.value) if written else result.value


# ---------------------------------------------------------------- data_editor
def _check_names(table: Table) -> None:
    names = [wire.header(c.name) for c in table.columns]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise errors.StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. "
            f"The following column names are duplicated: {dup}. "
            "Please rename the duplicated columns in the provided data.")
    if wire.INDEX in names:
        raise errors.StreamlitAPIException(
            f"The column name '{wire.INDEX}' is reserved for the index column "
            "and can't be used for data columns. Please rename the column in the "
            "provided data.")


def _signature(table: Table, disabled: Any, disabled_columns: list[Any]) -> str:
    """What a keyed fixed-size editor's identity rests on: the schema, not the values."""
    schema = [(wire.header(c.name), c.type) for c in table.index + table.columns]
    return _digest([schema, table.data_format, disabled if isinstance(disabled, bool) else
                    [str(d) for d in disabled], [str(d) for d in disabled_columns], table.n])


@command
def data_editor(self, data: Any, *, width: Any = "stretch", height: Any = "auto",
                use_container_width: bool | None = None, hide_index: bool | None = None,
                column_order: Iterable[str] | None = None, column_config: Any = None,
                num_rows: str = "fixed", disabled: Any = False, key: Any = None,
                on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                row_height: int | None = None, placeholder: str | None = None,
                alt: str | None = None) -> Any:
    """An editable grid: returns ``data`` with the user's edits, in ``data``'s own type.

    ``st.session_state[key]`` holds the edit record (``edited_rows``,
    ``added_rows``, ``deleted_rows``); scripts may not write it.
    """
    if not (on_change in ("ignore", "rerun") or on_change is None or callable(on_change)):
        raise errors.invalid_value("on_change", ["'rerun'", "'ignore'", "a callback function"])
    if num_rows not in _NUM_ROWS:
        raise errors.invalid_value("num_rows", [f"'{m}'" for m in _NUM_ROWS])
    width, height = _layout(width, height, use_container_width)
    order = None if column_order is None else list(column_order)
    styled = data if is_styler(data) else None
    table = to_table(data)
    if table.data_format == "unknown":
        raise StreamlitDataframeConversionError(
            f"The data type ({type(data).__name__}) or format is not supported by the data editor. "
            "Please convert your data into a Pandas Dataframe or another supported data format.")
    _check_names(table)
    column_config, button_columns = buttons.split_config(column_config)
    config = process_config(column_config)
    if table.data_format in HIDDEN_INDEX_FORMATS:
        _update(config, wire.INDEX, {"hidden": True})
    if not table.range_index:
        _update(config, wire.INDEX, {"required": True})
    if hide_index is None and table.range_index and num_rows in ("dynamic", "add"):
        hide_index = True
    if hide_index is not None:
        _update(config, wire.INDEX, {"hidden": hide_index})
    if not isinstance(disabled, bool):
        disabled = list(disabled)
        for column in disabled:
            _update(config, column, {"disabled": True})
    props = _grid_props(table, config, width=width, height=height, column_order=order,
                        row_height=row_height, placeholder=placeholder, editing_mode=num_rows,
                        styled=styled)
    # "ignore": edits wait for the next rerun instead of causing one (web/render/widgets/common.js)
    props["on_change"] = "ignore" if on_change == "ignore" else "rerun"
    id_params: dict[str, Any] = {
        "data": _data_digest(props), "width": width, "height": height,
        "use_container_width": use_container_width, "column_order": str(order),
        "column_config_mapping": str(config), "num_rows": num_rows, "row_height": row_height,
        "placeholder": placeholder, "alt": alt}
    keyed_params: dict[str, Any] = dict(id_params)
    if key is not None and num_rows == "fixed":
        disabled_columns = [c for c, cfg in config.items() if cfg.get("disabled") is True]
        id_params["data_signature"] = _signature(table, disabled, disabled_columns)
        keyed_params = {"data_signature": id_params["data_signature"], "num_rows": num_rows}
    # a wholly disabled editor's buttons fire nothing, as in Streamlit
    carried = buttons.register(self, table, button_columns, props["columns"]) if disabled is not True else []
    kinds = {wire.header(c.name): c.type for c in table.columns}
    if table.index:
        kinds[wire.INDEX] = table.index[0].type
    result = register_widget(self, WidgetSpec(
        type="data_editor", label=None, key=key, default=editing.editor_state(None),
        id_params=id_params, keyed_params=keyed_params, props=props,
        deserialize=editing.editor_state, serialize=editing.serialize_state,
        on_change=on_change if callable(on_change) else None, args=args, kwargs=kwargs,
        read_only=True, disabled=disabled is True,
    ), finish=lambda placed: _as_grid(placed, carried))
    return _edited(data, table, editing.editing_state(dict(result.value)), kinds)


def _as_grid(placed: WidgetResult, carried: list[str]) -> None:
    """An editor's node is drawn by the grid that draws st.dataframe (its widget type stays
    "data_editor" for its identity); it carries its button columns' widgets."""
    placed.node.kind = "dataframe"
    if carried:
        placed.node.carried_widgets = carried


def _edited(data: Any, table: Table, state: dict[str, Any], kinds: dict[str, str]) -> Any:
    """The input with the edits applied, converted back as Streamlit converts it (so
    even without edits a dict of tuples comes back as a dict of lists, records get
    every column)."""
    source = data.data if is_styler(data) else data
    module = type(source).__module__.split(".")[0]
    if module == "pandas":
        import pandas as pd

        if isinstance(source, pd.DataFrame):
            return editing.apply_to_pandas(source, state, kinds)
        if isinstance(source, pd.Series):
            frame = source.to_frame(name=source.name if source.name is not None else 0)
            out = editing.apply_to_pandas(frame, state, kinds)
            series = out.iloc[:, 0]
            series.name = source.name
            return series
    return editing.to_format(editing.apply_to_table(table, state), table.data_format, source)
