// The Python that the runtime runs inside Pyodide, besides tablit itself.
// Every function takes and returns plain strings (JSON where structured), so
// nothing but str crosses the boundary.

/** Defines helpers in a private namespace; run once per interpreter. */
export const SETUP_PY = String.raw`
import importlib
import inspect, json, os, shutil, sys, traceback


def install_alias():
    """import streamlit[.x] gives tablit[.x] for good (tablit's own finder)."""
    from tablit.runtime.alias import install

    install()


def refresh_finders():
    """What importlib.invalidate_caches() does for files written since, without
    its import of importlib.metadata (about a second of Pyodide's boot, measured
    in npm run bench's boot breakdown; micropip imports it when it is needed)."""
    import importlib.machinery

    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()
    for finder in list(sys.path_importer_cache.values()):
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()
    external = sys.modules.get("importlib._bootstrap_external")
    namespace = getattr(external, "_NamespacePath", None)
    if namespace is not None and hasattr(namespace, "_epoch"):
        namespace._epoch += 1
    metadata = sys.modules.get("importlib.metadata")
    if metadata is not None:
        metadata.MetadataPathFinder.invalidate_caches()


def error_text(e):
    """'Type: message' plus the innermost frame, for a clear one-paragraph error."""
    text = "".join(traceback.format_exception_only(type(e), e)).strip()
    tb = traceback.extract_tb(e.__traceback__)
    if tb:
        f = tb[-1]
        text += f"\n  (at {f.filename}, line {f.lineno}, in {f.name})"
    return text


def check_tablit():
    """Import tablit and its bridge; return '' or why not."""
    try:
        refresh_finders()
        import tablit  # noqa: F401
        from tablit.bridge import Bridge  # noqa: F401
    except BaseException as e:
        return error_text(e)
    install_alias()
    return ""


def install_families(fetch, with_core_json="[]"):
    """tablit's lazily loaded families get their archives from fetch(name) (JS, synchronous).
    Those unpacked with the core are loaded now where tablit was imported before they
    were there (booted from the Python snapshot: its modules are the stubs)."""
    from tablit.runtime import families

    families.set_fetcher(fetch)
    for name in json.loads(with_core_json):
        tops = families._manifest.get(name, {}).get("tops", [])
        if any(getattr(sys.modules.get(t), "__tablit_family__", None) == name for t in tops):
            families.load(name)


def install_sleep(wait):
    """time.sleep blocks on wait(seconds) (Atomics.wait: CPU-idle) and streams first."""
    from tablit.runtime.live import install_sleep as install

    install(lambda secs: wait(secs))


def install_http(transport):
    """urllib.request.urlopen fetches with the browser (runtime/http.js), from its first import."""
    from tablit.runtime.browser_http import install

    install(transport)


def site_packages():
    import site
    return site.getsitepackages()[0]


def forget_app_modules(app_dir):
    """Drop modules imported from the app folder so the next run imports them anew."""
    prefix = app_dir.rstrip("/") + "/"
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.startswith(prefix):
            del sys.modules[name]
    refresh_finders()


def reset_app_dir(app_dir):
    forget_app_modules(app_dir)
    os.chdir(os.path.dirname(app_dir.rstrip("/")) or "/")
    if os.path.isdir(app_dir):
        shutil.rmtree(app_dir)
    os.makedirs(app_dir)


def parse_toml(text):
    """{"value": decoded} or {"error": "what and where"}, as JSON."""
    import tomllib
    try:
        return json.dumps({"value": tomllib.loads(text)}, default=str)
    except tomllib.TOMLDecodeError as e:
        return json.dumps({"error": str(e)})


def make_warmup():
    # the built-in app the worker reruns while the user is active (web/runtime/warmup.js); its session
    # is made by its first rerun, which the worker enters as it enters a run: made in this plain call,
    # its first run could not block, and would fetch asyncio's SyncLoop (runtime/aio.py) for nothing
    from tablit.warmup import Warmup
    made = []
    def run():
        if not made:
            made.append(Warmup())
        made[0].run()
    return run


def make_bridge(app_dir, entrypoint, query, page, config_json, context_json="{}"):
    from tablit.bridge import Bridge
    path = os.path.join(app_dir, entrypoint)
    script_dir = os.path.dirname(path)
    os.chdir(app_dir)
    sys.path[:] = [p for p in sys.path if not (p + "/").startswith(app_dir.rstrip("/") + "/")]
    sys.path.insert(0, script_dir)
    kwargs = {"query": query, "page": page}
    try:
        params = inspect.signature(Bridge).parameters
    except (TypeError, ValueError):
        params = {}
    if "patches" in params:
        kwargs["patches"] = True  # the page (mount.js) applies "patch" messages
    context = json.loads(context_json)
    if context and "context" in params:
        kwargs["context"] = context  # st.context: what the tab knows about the user
    config = json.loads(config_json)
    if config:
        if "config" in params:
            kwargs["config"] = config
        else:
            try:
                import tablit.config as tc
                if hasattr(tc, "DEFAULTS"):
                    tc.DEFAULTS.update(config)
            except ImportError:
                pass
    return Bridge(path, **kwargs)


def debug_memory(start_tracing=False):
    """Benchmarks: live objects after a full collection, as JSON; with
    tracemalloc on, the bytes still held that were allocated since it started,
    the lines that allocated most of them, and the blocks allocated outside
    any Python frame (JavaScript calling into Python: e.g. the name of each
    attribute it looks up on a PyProxy, which CPython's type attribute cache
    keeps when it is a fresh string each time)."""
    import gc
    gc.collect()
    out = {"gc_objects": len(gc.get_objects()), "allocated_blocks": sys.getallocatedblocks(),
           "modules": len(sys.modules)}
    try:
        import tracemalloc
    except ImportError:
        return json.dumps(out)
    if start_tracing and not tracemalloc.is_tracing():
        # the pattern of the filter below, compiled before tracing starts: its entries in
        # fnmatch's and re's caches (1.5 KiB) belong to the measurement, not to the runs
        import fnmatch
        fnmatch.fnmatch(tracemalloc.__file__, tracemalloc.__file__)
        tracemalloc.start()
    if tracemalloc.is_tracing():
        out["traced_bytes"] = tracemalloc.get_traced_memory()[0]
        snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        outside = [t.size for t in snap.traces if t.traceback[0].filename == "<unknown>"]
        out["traced_outside_python"] = {"blocks": len(outside), "bytes": sum(outside)}
        out["traced_top"] = [str(s) for s in snap.statistics("lineno")[:8]]
    return json.dumps(out)


_profiler = None


def debug_profile(start, sort="tottime", lines=40):
    """Benchmarks: cProfile over everything Python runs between a start and a
    stop; the stop returns the top lines of the report."""
    global _profiler
    import cProfile, io, pstats
    if start:
        _profiler = cProfile.Profile()
        _profiler.enable()
        return ""
    if _profiler is None:
        return "the profiler was not started"
    _profiler.disable()
    out = io.StringIO()
    pstats.Stats(_profiler, stream=out).sort_stats(sort).print_stats(lines)
    _profiler = None
    return out.getvalue()


def _app_sources(app_dir):
    """{relative path: source} of the app's .py files."""
    out = {}
    for root, dirs, files in os.walk(app_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for f in files:
            if f.endswith(".py"):
                path = os.path.join(root, f)
                with open(path, encoding="utf-8", errors="replace") as fh:
                    out[os.path.relpath(path, app_dir).replace(os.sep, "/")] = fh.read()
    return out


def _imports_of(rel, source):
    """(dotted names imported absolutely, local module candidates) of one file; relative
    imports only give candidates (files of the app)."""
    import ast
    import posixpath
    try:
        tree = ast.parse(source, rel)
    except (SyntaxError, ValueError):
        return [], [], []  # a file that does not parse imports nothing; running it shows the error
    names, candidates, strings = [], [], []
    here = posixpath.dirname(rel)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here
                for _ in range(node.level - 1):
                    base = posixpath.dirname(base)
                mod = posixpath.join(base, *(node.module or "").split(".")) if node.module else base
                candidates.append(mod)
                candidates.extend(posixpath.join(mod, a.name) for a in node.names)
            elif node.module:
                names.append(node.module)
                names.extend(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".py") and len(node.value) < 300:
            strings.append(node.value)
    return names, candidates, strings


# Modules of libraries that need a package their own requirements leave optional, and that
# every Streamlit environment has (Streamlit depends on it): loaded up front with them.
# plotly.express raises ImportError without numpy and remembers that for the session
# (_plotly_utils.optional_imports), so numpy loaded after a first run cannot mend it; its
# px.data and its frames from lists need pandas.
_LIBRARY_NEEDS = {"plotly.express": ("numpy", "pandas")}


def app_imports(app_dir, entrypoint=""):
    """JSON {"upfront": {module: file}, "other": {module: file}}: the top-level modules
    (not the app's own) that the app imports.  Up front: those of the entrypoint, its
    pages (pages/ beside it, and .py paths named in the code, as st.Page("x.py") does)
    and the app modules they import, transitively; other: imported only by files no
    run reaches that way (loaded when first imported).  Without an entrypoint, every
    file is up front."""
    import posixpath
    sources = _app_sources(app_dir)
    script_dir = posixpath.dirname(entrypoint)
    roots = [entrypoint] if entrypoint in sources else list(sources)
    pages = posixpath.join(script_dir, "pages") + "/"
    roots += [p for p in sources if p.startswith(pages) and p.count("/") == pages.count("/")]

    def local(path):
        """App files that a module path (a/b/c, relative to the app) may be."""
        return [f for f in (path + ".py", path + "/__init__.py") if f in sources]

    parsed = {rel: _imports_of(rel, src) for rel, src in sources.items()}
    reached, todo = set(), list(dict.fromkeys(roots))
    while todo:
        rel = todo.pop()
        if rel in reached:
            continue
        reached.add(rel)
        names, candidates, strings = parsed[rel]
        found = []
        for name in names:
            parts = name.split(".")
            for base in dict.fromkeys([script_dir, ""]):
                for i in range(1, len(parts) + 1):
                    found += local(posixpath.join(base, *parts[:i]))
        for c in candidates:
            found += local(c)
        for s in strings:
            for base in dict.fromkeys([script_dir, ""]):
                p = posixpath.normpath(posixpath.join(base, s))
                if p in sources:
                    found.append(p)
        todo += [f for f in found if f not in reached]
    def is_local(top):
        return any(local(posixpath.join(b, top)) or any(p.startswith(posixpath.join(b, top) + "/") for p in sources)
                   for b in dict.fromkeys([script_dir, ""]))

    upfront, other = {}, {}
    for rel in sorted(sources, key=lambda r: (r != entrypoint, r)):
        into = upfront if rel in reached else other
        for name in parsed[rel][0]:
            top = name.split(".")[0]
            if is_local(top):
                continue
            for need in [top, *_LIBRARY_NEEDS.get(name, ())]:
                if need not in upfront and need not in into:
                    into[need] = rel
    for top in upfront:
        other.pop(top, None)
    return json.dumps({"upfront": upfront, "other": other})


class _PackageFinder:
    """The last finder: an import of a Pyodide package that is not loaded yet
    (imported only by app files that no run reaches from the entrypoint) loads
    it now.  Where the run can wait for a JS Promise (JSPI), it waits for the
    package; elsewhere the import fails with a message saying so, the package
    loads after the run and the app reruns."""

    def __init__(self, packages, load, jspi):
        self.packages = packages  # import name -> Pyodide package name (not loaded yet)
        self.load = load  # async (package, file) -> "" or why not
        self.jspi = jspi  # the runtime can wait for a Promise inside a run (WebAssembly stack switching)
        self.failed = {}  # package -> why not
        self.pending = {}  # package -> file, to load after the run (no JSPI)

    def find_spec(self, fullname, path, target=None):
        if path is not None or fullname not in self.packages:
            return None
        package = self.packages[fullname]
        # (the lock's name: "Jinja2".  sqlite3: the one module of Python's standard library that Pyodide
        # 0.27 ships apart, which whoever imports it expects there: an app file, a library such as
        # SQLAlchemy's SQLite dialect, tablit's st.connection("sql"); 314 has it built in)
        where = _importer(package.lower() in _FOR_LIBRARIES, package == "sqlite3")
        if where is None:
            return None  # tablit or a library probing for an optional module: not loaded for that
        if package in self.failed:
            raise ModuleNotFoundError(self.failed[package], name=fullname)
        why = None
        if self.jspi:
            try:
                from pyodide.ffi import can_run_sync, run_sync
                if can_run_sync():
                    why = run_sync(self.load(package, where))
            except (ImportError, RuntimeError):
                why = None  # (this run cannot wait after all)
        if why is None:
            self.pending.setdefault(package, where)
            raise ModuleNotFoundError(
                f"No module named {fullname!r} yet: {where} imports {fullname}, which the Pyodide package {package} "
                "provides; it is loaded on first import and the app reruns when it is ready.", name=fullname)
        if why:
            self.failed[package] = why
            raise ModuleNotFoundError(why, name=fullname)
        self.forget(package)
        importlib.invalidate_caches()
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                return spec
        return None

    def forget(self, package):
        for name in [n for n, p in self.packages.items() if p == package]:
            del self.packages[name]


_package_finder = None


# Streamlit's own dependencies, which every Streamlit environment has: a library the app uses
# may import them as given (plotly.express needs numpy, px.data pandas; pandas' Styler, df.style,
# needs jinja2, which Streamlit has through altair), so its import loads them too.  (Not pyarrow:
# pandas probes for it on import, and it loads when used.)
_FOR_LIBRARIES = {"numpy", "pandas", "jinja2"}


def _importer(libraries=False, anyone=False):
    """The app file (relative to the app folder) whose code is importing, or None when
    the import comes from elsewhere (tablit, a library); with libraries=True, a library
    outside tablit as "the library NAME"; with anyone=True, such a library or tablit
    itself ("tablit").
    Code the app runs with exec() ("<string>", e.g. an LLM's answer run in a fragment)
    imports as the file that ran it."""
    here = sys._getframe(0).f_code.co_filename
    f = sys._getframe(1)
    while f is not None:
        name = f.f_code.co_filename
        if not (name == here or name.startswith("<") or "/importlib/" in name):
            break
        f = f.f_back
    if f is None:
        return None
    app = os.getcwd().rstrip("/") + "/"
    if name.startswith(app):
        return name[len(app):]
    if (libraries or anyone) and "/site-packages/" in name:
        top = name.split("/site-packages/", 1)[1].split("/", 1)[0]
        if top != "tablit":
            return f"the library {top.removesuffix('.py')}"
        if anyone:
            return "tablit"
    return None


def install_package_finder(packages_json, load, jspi=False):
    """Put (or update) the on-demand finder: {import name: package} not loaded yet."""
    global _package_finder
    packages = json.loads(packages_json)
    if _package_finder is None:
        _package_finder = _PackageFinder(packages, load, bool(jspi))
        sys.meta_path.append(_package_finder)
    else:
        _package_finder.packages.update(packages)
        _package_finder.load = load


def take_pending_packages():
    """JSON {package: file} of packages imported during the run that could not wait; forgets them."""
    if _package_finder is None:
        return "{}"
    pending, _package_finder.pending = _package_finder.pending, {}
    return json.dumps(pending)


def package_loaded(package, why=""):
    """After loading a pending package: forget it, or keep why it failed (the next import raises it)."""
    if _package_finder is None:
        return
    if why:
        _package_finder.failed[package] = why
    else:
        _package_finder.forget(package)
        importlib.invalidate_caches()


class _UnavailableFinder:
    """The import of a module whose package could not be had fails with why:
    {import name: message}.  Only imports by the app's own files (a library
    probing for an optional module gets Python's plain answer), and only when no
    other finder has the module (it is the last but the on-demand one).  A
    top-level module nobody has, that no requirement named, fails saying where
    packages come from: an app run with streamlit run finds what its machine
    has installed, here only what the tab loaded (the same ModuleNotFoundError,
    its name set, so except ImportError is unchanged)."""

    def __init__(self):
        self.modules = {}

    def find_spec(self, fullname, path, target=None):
        if path is not None or _importer() is None:
            return None
        if fullname in self.modules:
            raise ModuleNotFoundError(self.modules[fullname], name=fullname)
        if "." in fullname or (_package_finder is not None and fullname in _package_finder.packages):
            return None
        why = f"No module named {fullname!r}. It is neither in Python's standard library nor among the packages this tab has: "
        if self.modules:
            why += "one of the app's requirements that were not installed (the notice above the app names them) may provide it; else, "
        raise ModuleNotFoundError(why + "if it comes from PyPI, list it in the app's requirements.txt and tablit installs it "
                                  "(a pure-Python wheel from the package index).", name=fullname)


_unavailable_finder = None


def set_unavailable(modules_json):
    """Replace the unavailable modules ({import name: message}) for the app now starting."""
    global _unavailable_finder
    if _unavailable_finder is None:
        _unavailable_finder = _UnavailableFinder()
        sys.meta_path.append(_unavailable_finder)
    _unavailable_finder.modules = json.loads(modules_json)
`;
