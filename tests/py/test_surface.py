"""The API-surface test: every Streamlit 1.67 name exists in tablit, with its parameters.

``data/streamlit_1_67_surface.json`` is Streamlit 1.67's public surface as
``tools/streamlit_surface.py`` read it (names, and each callable's parameters
in order).  This test checks tablit against it, name by name and parameter
by parameter (``surface_check.param_problems`` says what "accepted" means).

Nothing may be missing without a line below saying why:

* ``PENDING``: work another engineer is doing right now (the
  data grid and column types: issue 12; output: issue 15).  Pending names are not checked, so the test
  stays green while they land; prune the list as they do
  (``python3 tests/py/test_surface.py`` prints pending entries that now pass).
* ``NOT_IN_BROWSER``: names that exist but cannot work in a browser tab; each
  must raise ``StreamlitAPIException`` with a sentence saying why and what to
  do instead (issue 9 item 4).  The snippet runs through AppTest.
* ``DIFFERENT``: names whose shape differs from Streamlit's on purpose.

Keys: the bare name for ``st.x`` / ``DeltaGenerator.x`` (both sections), else
the section's key (``column_config.TextColumn``, ``context.url``,
``streamlit.runtime:exists``, a module path); ``name(param)`` excuses one
parameter.  A name tablit adds beyond Streamlit's never fails this test.
"""

from __future__ import annotations

import importlib
import os
import re
import sys

import pytest

from surface_check import Entry, entries, kind_problems, load_surface, param_problems

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
pytestmark = pytest.mark.skipif(REFERENCE, reason="checks tablit against Streamlit's recorded surface")

PENDING: dict[str, str] = {
}

_SERVER = "needs a server to receive the identity provider's redirect and hold the signed-in user"
_SERVER_ONLY = ("a part of Streamlit's server that has no counterpart in a tab: importing it raises "
                "ImportError naming tablit's browser runtime and the module")

NOT_IN_BROWSER: dict[str, str] = {
    "login": _SERVER,
    "logout": _SERVER,
    "App": "mounts the app in a Starlette (ASGI) web server; a tab has no server",
    "streamlit.proto": _SERVER_ONLY + " (protobuf between Streamlit's server and frontend)",
    "streamlit.proto.ForwardMsg_pb2": _SERVER_ONLY + " (protobuf)",
    "streamlit.web.cli:main": ("starts Streamlit's server (`streamlit run`); the module imports (apps that "
                               "start themselves call it only outside a running app), the call is refused"),
    "streamlit.source_util": _SERVER_ONLY + " (the old multipage API's page list)",
    "streamlit.type_util": _SERVER_ONLY + " (type checks of Streamlit's own serialisation)",
}
"""Snippets that must raise the clear error (names; modules are checked by importing them)."""
NOT_IN_BROWSER_SNIPPETS: dict[str, str] = {
    "login": "st.login()",
    "logout": "st.logout()",
    "App": "st.App('app.py')",
    "streamlit.web.cli:main": "import streamlit.web.cli as cli\ncli.main()",
}

_INTERNAL = ("constructed by the runtime, never by apps (apps use it for isinstance, type hints "
             "and attributes); only the name must exist")

DIFFERENT: dict[str, str] = {
    "streamlit.delta_generator:DeltaGenerator": _INTERNAL,
    "streamlit.runtime.scriptrunner:ScriptRunContext": _INTERNAL,
    "streamlit.runtime.scriptrunner_utils.script_run_context:ScriptRunContext": _INTERNAL,
    "streamlit.runtime.state:SessionState": _INTERNAL,
    "streamlit.runtime.uploaded_file_manager:UploadedFile": _INTERNAL,
    "streamlit.typing": "types for annotations, made by the commands that return them: " + _INTERNAL,
}


def _excused(entry: Entry, table: dict[str, str]) -> str | None:
    return table.get(entry.element) or table.get(entry.element.split(":")[0])


def _param_excused(entry: Entry, problem: str, table: dict[str, str]) -> bool:
    name = problem.split("`")[1] if "`" in problem else ""
    return f"{entry.element}({name})" in table


def check(entry: Entry) -> list[str]:
    """What is wrong with tablit's version of one Streamlit name (empty: nothing)."""
    try:
        ours = entry.find()
    except (AttributeError, ImportError) as e:
        return [f"is missing ({type(e).__name__}: {e})"]
    problems = kind_problems(entry.ref, ours)
    params = entry.ref.get("params")
    if not problems and params is not None and not (
            isinstance(ours, type) and issubclass(ours, BaseException)):
        problems = param_problems(params, ours)
    return problems


def _collect() -> tuple[list[str], list[str]]:
    failures: list[str] = []
    landed: list[str] = []
    used: set[str] = set()  # parameter excuses still needed
    for entry in entries(load_surface()):
        if _excused(entry, NOT_IN_BROWSER):
            continue  # test_what_a_tab_cannot_do_is_refused_clearly
        problems = check(entry)
        if _excused(entry, DIFFERENT):
            problems = [p for p in problems if p.startswith("is missing")]
        pending = _excused(entry, PENDING)
        if pending:
            if not problems:
                landed.append(entry.element)
            continue
        for p in problems:
            if _param_excused(entry, p, PENDING):
                used.add(f"{entry.element}({p.split('`')[1]})")
        problems = [p for p in problems if not _param_excused(entry, p, PENDING)
                    and not _param_excused(entry, p, DIFFERENT)]
        failures += [f"{entry.key} {p}" for p in problems]
    landed += [k for k in PENDING if "(" in k and k not in used]
    return failures, landed


def test_every_streamlit_name_exists_with_its_parameters():
    failures, _ = _collect()
    assert not failures, (f"{len(failures)} differences from Streamlit 1.67's API "
                          "(fix them, or list them in test_surface.py with a reason):\n"
                          + "\n".join(failures))


@pytest.mark.parametrize("name", sorted(NOT_IN_BROWSER_SNIPPETS))
def test_what_a_tab_cannot_do_is_refused_clearly(name):
    from apptest import AppTest

    at = AppTest.from_string(f"import streamlit as st\n{NOT_IN_BROWSER_SNIPPETS[name]}\n").run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.props["type"] == "streamlit.errors.StreamlitAPIException"
    message = exc.value
    assert re.search(r"cannot (work|run) in tablit's browser runtime: ", message)
    assert message.count(". ") == 0, "one sentence"


@pytest.mark.parametrize("module", sorted(k for k in NOT_IN_BROWSER if k.startswith("streamlit.")
                                           and ":" not in k))
def test_modules_a_tab_has_not_raise_importerror_naming_tablit(module, tmp_path):
    from tablit.runtime.alias import StreamlitAlias

    with StreamlitAlias(str(tmp_path)):
        with pytest.raises(ImportError) as info:
            importlib.import_module(module)
    missing = info.value.name  # the first missing package on the way, e.g. streamlit.web
    assert module == missing or module.startswith(missing + ".")
    assert f"No module named '{missing}' in tablit's browser runtime" in str(info.value)


def test_every_refusal_has_a_check():
    names = {k for k in NOT_IN_BROWSER if not k.startswith("streamlit.") or ":" in k}
    assert names == set(NOT_IN_BROWSER_SNIPPETS)


def test_every_exception_names_a_reason_and_a_real_name():
    surface = load_surface()
    known = {e.element for e in entries(surface)}
    for table in (PENDING, NOT_IN_BROWSER, DIFFERENT):
        for key, reason in table.items():
            assert reason.strip(), key
            assert key.split("(")[0] in known, f"{key} is not a Streamlit 1.67 name"


def test_the_recorded_surface_is_streamlit_1_67():
    surface = load_surface()
    assert surface["streamlit_version"].startswith("1.67.")
    assert len(surface["st"]) > 100 and len(surface["delta_generator"]) > 80


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "py"))
    failures, landed = _collect()
    print("\n".join(failures) or "no unexcused differences")
    print("pending entries that now pass (prune them):", sorted(set(landed)) or "none")
