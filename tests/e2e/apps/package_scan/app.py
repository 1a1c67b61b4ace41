"""Packages loaded up front and on first import (tests/e2e/package_scan.test.mjs)."""
import importlib

import streamlit as st

st.title("Package scan")
if st.button("Parse"):
    late = importlib.import_module("late" + "_parse")  # (a name no scan can see)
    st.write(f"parsed {late.parse()}")
if st.button("Use numpy"):
    late = importlib.import_module("late" + "_numpy")
    st.write(f"numpy {late.np.__version__}")
if st.button("Library numpy"):
    # a library outside the app (site-packages) that needs numpy, which the app never imports:
    # as plotly.express does (every Streamlit environment has numpy)
    import pathlib, sysconfig
    lib = pathlib.Path(sysconfig.get_paths()["purelib"]) / "needs_numpy_lib.py"
    lib.write_text("import numpy\nVERSION = numpy.__version__\n")
    importlib.invalidate_caches()
    st.write(f"library numpy {importlib.import_module('needs_numpy_lib').VERSION}")
if st.button("Library jinja2"):
    # pandas' Styler (df.style) imports jinja2 as a library does: Streamlit has it (altair's dependency)
    import pathlib, sysconfig
    lib = pathlib.Path(sysconfig.get_paths()["purelib"]) / "needs_jinja_lib.py"
    lib.write_text("import importlib\nVERSION = importlib.import_module('jinja2').__version__\n")
    importlib.invalidate_caches()
    st.write(f"library jinja2 {importlib.import_module('needs_jinja_lib').VERSION}")
if st.button("SQLite"):
    # st.connection("sql") opens SQLite with Python's sqlite3, which Pyodide 0.27 ships as a package
    # of its own: tablit's import of it loads it (Pyodide 314 has it built in)
    conn = st.connection("mem", type="sql", url="sqlite:///:memory:")
    rows = conn.query("select 40 + 2 as answer")
    answer = rows[0]["answer"] if isinstance(rows, list) else rows["answer"].iloc[0]
    st.write(f"sqlite answer {answer}")
