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


def install_families(fetch):
    """tablit's lazily loaded families get their archives from fetch(name) (JS, synchronous)."""
    from tablit.runtime import families

    families.set_fetcher(fetch)


def install_sleep(wait):
    """time.sleep blocks on wait(seconds) (Atomics.wait: CPU-idle) and streams first."""
    from tablit.runtime.live import install_sleep as install

    install(lambda secs: wait(secs))


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


def missing_distributions(names_json):
    """JSON list of the given project names that are not installed."""
    import importlib.metadata as md
    missing = []
    for name in json.loads(names_json):
        try:
            md.distribution(name)
        except md.PackageNotFoundError:
            missing.append(name)
    return json.dumps(missing)


def debug_memory(start_tracing=False):
    """Benchmarks: live objects after a full collection, as JSON; with
    tracemalloc on, the bytes still held that were allocated since it started,
    and the lines that allocated most of them."""
    import gc
    gc.collect()
    out = {"gc_objects": len(gc.get_objects()), "allocated_blocks": sys.getallocatedblocks(),
           "modules": len(sys.modules)}
    try:
        import tracemalloc
    except ImportError:
        return json.dumps(out)
    if start_tracing and not tracemalloc.is_tracing():
        tracemalloc.start()
    if tracemalloc.is_tracing():
        out["traced_bytes"] = tracemalloc.get_traced_memory()[0]
        stats = tracemalloc.take_snapshot().filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__)]).statistics("lineno")
        out["traced_top"] = [str(s) for s in stats[:8]]
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


def app_imports(app_dir):
    """JSON list of the top-level modules that the app's .py files import
    (anywhere: pages, functions, try blocks), by Pyodide's own find_imports."""
    from pyodide.code import find_imports
    names = set()
    for root, dirs, files in os.walk(app_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for f in files:
            if not f.endswith(".py"):
                continue
            try:
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    found = find_imports(fh.read())
            except Exception:
                continue  # a file that does not parse imports nothing; running it shows the error
            names.update(str(n).split(".")[0] for n in found)
    return json.dumps(sorted(names))


async def install_requirements(args_json):
    """Install with micropip; return '' or the error text."""
    args = json.loads(args_json)
    import micropip
    kwargs = {"keep_going": True, "pre": args["pre"], "verbose": False}
    if args["index_urls"] is not None:
        kwargs["index_urls"] = args["index_urls"]
    if args["constraints"]:
        kwargs["constraints"] = args["constraints"]
    try:
        await micropip.install(args["packages"], **kwargs)
    except BaseException as e:
        return "".join(traceback.format_exception_only(type(e), e)).strip()
    return ""
`;
