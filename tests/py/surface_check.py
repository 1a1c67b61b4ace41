"""Compare tablit with a recorded Streamlit API surface (tests/py/data/*_surface.json).

The comparison itself, kept apart from the list of exceptions in
``test_surface.py`` so that the exceptions read as a table.  Parameters are
recorded as one string each (see ``tools/streamlit_surface.py``): ``name``,
``name=`` (has a default), ``pos:``/``kw:`` prefixes, ``*args``, ``**kwargs``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import types
from dataclasses import dataclass
from typing import Any, Callable, Iterator

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "streamlit_1_67_surface.json")


def load_surface() -> dict[str, Any]:
    with open(DATA, encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Ref:
    """One parameter as Streamlit has it."""

    name: str
    kind: str  # "pos", "any", "kw", "var", "varkw"
    default: bool

    @classmethod
    def parse(cls, text: str) -> "Ref":
        default = text.endswith("=")
        text = text.rstrip("=")
        for prefix, kind in (("**", "varkw"), ("*", "var"), ("pos:", "pos"), ("kw:", "kw")):
            if text.startswith(prefix):
                return cls(text[len(prefix):], kind, default)
        return cls(text, "any", default)


_KINDS = {inspect.Parameter.POSITIONAL_ONLY: "pos", inspect.Parameter.POSITIONAL_OR_KEYWORD: "any",
          inspect.Parameter.KEYWORD_ONLY: "kw", inspect.Parameter.VAR_POSITIONAL: "var",
          inspect.Parameter.VAR_KEYWORD: "varkw"}


def own_params(fn: Any) -> list[Ref] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    return [Ref(p.name, _KINDS[p.kind], p.default is not p.empty)
            for p in sig.parameters.values() if p.name != "self"]


def param_problems(reference: list[str], fn: Any) -> list[str]:
    """Why a call that works against Streamlit would not work against ``fn`` (empty: none).

    * every named parameter of Streamlit's is accepted under the same name
      (a ``**kwargs`` of tablit's does not count: it would hide a parameter
      silently ignored);
    * the parameters Streamlit lets a caller pass by position come in the
      same order;
    * what is optional in Streamlit is optional here, and nothing is
      required here that Streamlit does not require;
    * ``*args`` / ``**kwargs`` where Streamlit has them.
    """
    ref = [Ref.parse(t) for t in reference]
    own = own_params(fn)
    if own is None:
        return ["has no inspectable signature"]
    problems: list[str] = []
    by_name = {p.name: p for p in own}
    for r in ref:
        if r.kind == "var":
            if not any(p.kind == "var" for p in own):
                problems.append(f"takes no *{r.name}")
            continue
        if r.kind == "varkw":
            if not any(p.kind == "varkw" for p in own):
                problems.append(f"takes no **{r.name}")
            continue
        if r.kind == "pos":  # positional only: its name is nobody's business
            continue
        mine = by_name.get(r.name)
        if mine is None:
            problems.append(f"has no parameter `{r.name}`")
            continue
        if r.kind in ("any", "kw") and mine.kind == "pos":
            problems.append(f"`{r.name}` cannot be passed by keyword")
        if r.default and not mine.default:
            problems.append(f"`{r.name}` is required (optional in Streamlit)")
    ref_names = {r.name for r in ref}
    for p in own:
        if p.kind in ("pos", "any", "kw") and not p.default and p.name not in ref_names:
            problems.append(f"requires `{p.name}`, which Streamlit does not have")
    ref_pos = [r.name if r.kind == "any" else "(positional)" for r in ref if r.kind in ("pos", "any")]
    own_pos = [p.name if p.kind == "any" else "(positional)" for p in own if p.kind in ("pos", "any")]
    own_pos = [o if i >= len(ref_pos) or ref_pos[i] != "(positional)" else "(positional)"
               for i, o in enumerate(own_pos)]
    if own_pos[:len(ref_pos)] != ref_pos and not any(p.kind == "var" for p in own):
        problems.append(f"positional order {own_pos} differs from Streamlit's {ref_pos}")
    return problems


@dataclass
class Entry:
    """One API name to check: where it is, what Streamlit records, how to find ours."""

    key: str            # e.g. "st.audio", "DeltaGenerator.audio", "streamlit.runtime:exists"
    element: str        # the bare name exceptions are listed under
    ref: dict[str, Any]
    find: Callable[[], Any]  # raises AttributeError/ImportError when missing


def entries(surface: dict[str, Any]) -> Iterator[Entry]:
    import tablit
    from tablit.delta_generator import DeltaGenerator

    def attr(obj_fn: Callable[[], Any], name: str) -> Callable[[], Any]:
        return lambda: getattr(obj_fn(), name)

    for name, ref in surface["st"].items():
        yield Entry(f"st.{name}", name, ref, attr(lambda: tablit, name))
    for name, ref in surface["delta_generator"].items():
        yield Entry(f"DeltaGenerator.{name}", name, ref, attr(lambda: DeltaGenerator, name))
    for name, ref in surface["column_config"].items():
        yield Entry(f"column_config.{name}", f"column_config.{name}", ref,
                    attr(lambda: importlib.import_module("tablit.column_config"), name))
    for name, ref in surface["components_v1"].items():
        yield Entry(f"components.v1.{name}", f"components.v1.{name}", ref,
                    attr(lambda: importlib.import_module("tablit.components.v1"), name))
    for obj, members in surface["objects"].items():
        for name, ref in members.items():
            yield Entry(f"{obj}.{name}", f"{obj}.{name}", ref,
                        attr(lambda obj=obj: type(getattr(tablit, obj)), name))
    for module, names in surface["modules"].items():
        yield Entry(module, module, {"kind": "module"},
                    lambda module=module: import_tablit(module))
        for name, ref in names.items():
            yield Entry(f"{module}:{name}", f"{module}:{name}", ref,
                        attr(lambda module=module: import_tablit(module), name))


def import_tablit(module: str) -> types.ModuleType:
    return importlib.import_module("tablit" + module[len("streamlit"):])


def kind_problems(ref: dict[str, Any], ours: Any) -> list[str]:
    kind = ref["kind"]
    if kind == "module" and not isinstance(ours, types.ModuleType):
        return [f"is a {type(ours).__name__}, not a module"]
    if kind == "class" and not inspect.isclass(ours):
        return ["is not a class"]
    if kind in ("function", "method") and not callable(ours):
        return ["is not callable"]
    if kind == "property" and callable(ours) and not isinstance(ours, property):
        # a property read on the class gives the property object; a method would be callable
        return ["is a method, not a property"]
    return []
