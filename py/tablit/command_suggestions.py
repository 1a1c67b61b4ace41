"""The message of ``AttributeError`` for an ``st.<name>`` that Streamlit 1.67 does not have.

As 1.67 words it: a removed command names its successors
(``st.experimental_fragment`` -> "Use st.fragment instead."), ``st.bokeh_chart``
the streamlit-bokeh component, ``st.input`` the ``*_input`` commands, and a
near miss of a real name (``st.buton``) gets "Did you mean ...?".  Any other
name says that tablit implements 1.67's API, which has no such command.
"""

from __future__ import annotations

from types import ModuleType

# former names -> the st.* names that replace them (1.67's list)
REMOVED: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",),
    "beta_columns": ("columns",),
    "beta_container": ("container",),
    "beta_expander": ("expander",),
    "beta_secrets": ("secrets",),
    "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"),
    "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",),
    "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",),
    "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",),
    "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",),
    "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",),
    "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}

# namespaces offered as suggestions although they are modules
_NAMESPACES = ("column_config", "components", "typing")


def _listed(names: tuple[str, ...] | list[str]) -> str:
    shown = [f"st.{n}" for n in names]
    if len(shown) <= 2:
        return " or ".join(shown)
    return ", ".join(shown[:-1]) + ", or " + shown[-1]


def _public_names(module: ModuleType) -> list[str]:
    names = dict(vars(module))
    return [k for k, v in names.items() if not k.startswith("_") and not isinstance(v, ModuleType)] + [
        n for n in _NAMESPACES if n in names]


def missing_attribute_message(name: str, module: ModuleType, version: str) -> str:
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return prefix
    successors = REMOVED.get(name)
    if successors:
        return f"{prefix}. st.{name} has been removed. Use {_listed(successors)} instead."
    if name == "bokeh_chart":
        return f"{prefix}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
    public = _public_names(module)
    if name == "input":
        inputs = sorted(n for n in public if n.endswith("_input"))
        return f"{prefix}. Use a specific input command such as {_listed(inputs)}."
    import difflib

    close = [m for m in difflib.get_close_matches(name, public, n=3, cutoff=0.8)
             if abs(len(m) - len(name)) <= 1]
    if close:
        return f"{prefix}. Did you mean {_listed(close)}?"
    return (f"{prefix} (tablit's browser runtime implements Streamlit {version}'s API, "
            f"which has no `st.{name}`)")
