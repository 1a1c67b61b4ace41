// The Python that installs an app's requirements with micropip (install_requirements) and
// checks what arrived (missing_distributions): run in the namespace of python_code.js's
// SETUP_PY, the first time an app has requirements (core.js), so worker.js does not carry it
// (a chunk of its own, fetched then).

/** Defines install_requirements and missing_distributions in SETUP_PY's namespace. */
export const INSTALL_PY = String.raw`
def _requirement_types():
    """packaging's Requirement: micropip's vendored copy (no extra package to load), else packaging."""
    try:
        from micropip._vendored.packaging.src.packaging.requirements import InvalidRequirement, Requirement
    except ImportError:
        from packaging.requirements import InvalidRequirement, Requirement
    return Requirement, InvalidRequirement


def _canonical(name):
    import re
    return re.sub(r"[-_.]+", "-", name).lower()


def _no_build(subject, args):
    """Why subject ("it", "them") could not be had: no index asked, or none had a pure-Python wheel."""
    pyodide = f"Pyodide {args['pyodide']}"
    urls = args["index_urls"]
    if args.get("offline"):
        return f"offline mode: no package index is asked, and {pyodide} has no build of {subject}"
    if urls == []:
        return f"no package index is asked (--no-index), and {pyodide} has no build of {subject}"
    where = "PyPI" if urls is None else ", ".join("PyPI" if u == "PYPI" else u for u in urls)
    return f"no pure-Python wheel of {subject} on {where}, and {pyodide} has no build of {subject}"


def _install_failure(text, name, e, args):
    """Why one requirement failed, in words, from micropip's error."""
    import re
    message = "".join(traceback.format_exception_only(type(e), e)).strip()
    m = re.search(r"Can't find a pure Python 3 wheel for: ([^\n]*)", message)
    if m:
        Requirement, Invalid = _requirement_types()
        others = []
        for r in re.findall(r"'([^']*)'", m.group(1)):
            try:
                if _canonical(Requirement(r).name) == name:
                    continue
            except Invalid:
                pass
            others.append(r)
        if not others:
            return _no_build("it", args)
        return f"it needs {', '.join(others)}: " + _no_build("it" if len(others) == 1 else "them", args)
    m = re.search(r"Requested '([^']*)', but (\S+)==(\S+) is already installed", message)
    if m:
        return f"it needs {m.group(1)}, but {m.group(2)} {m.group(3)} is installed (Pyodide's own build)"
    first = message.splitlines()[0] if message else type(e).__name__
    if type(e).__name__ in ("AbortError", "OSError", "JsException") or "fetch" in first.lower():
        urls = args["index_urls"]
        where = "PyPI" if urls is None else ", ".join("PyPI" if u == "PYPI" else u for u in urls)
        return f"the package index ({where}) could not be reached: {str(e) or first}"
    return f"micropip could not install it: {first}"


async def install_requirements(args_json):
    """Install the app's requirements with micropip, never failing the app.

    JSON in: packages (requirement strings, emfs: wheel paths), constraints, pre,
    index_urls (None: PyPI), offline, pyodide (its version), provided {name:
    version} (Pyodide packages loaded already), unavailable {name: why} (Pyodide
    packages that could not be had), installer_error (micropip did not load).
    JSON out: {"overridden": [{requirement, name, version}], "failed":
    [{requirement, name, why}]}.  A requirement on a Pyodide package whose
    version it does not accept is met by Pyodide's build (compiled packages come
    only from there): overridden, not failed.  When micropip fails, each
    requirement is tried alone, so the others still install and each failure has
    its own reason."""
    args = json.loads(args_json)
    Requirement, Invalid = _requirement_types()
    provided = args.get("provided") or {}
    unavailable = args.get("unavailable") or {}
    overridden, failed, todo = [], [], []
    for text in args["packages"]:
        if text.startswith("emfs:"):
            todo.append((text, _canonical(os.path.basename(text).split("-")[0])))
            continue
        try:
            req = Requirement(text)
        except Invalid as e:
            failed.append({"requirement": text, "name": text, "why": f"not a valid requirement ({e})"})
            continue
        name = _canonical(req.name)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        if name in unavailable:
            failed.append({"requirement": text, "name": name, "why": unavailable[name]})
        elif name in provided:
            version = provided[name]
            if req.url is None and len(req.specifier) and not req.specifier.contains(version, prereleases=True):
                overridden.append({"requirement": text, "name": name, "version": version})
            if req.extras:
                todo.append((f"{req.name}[{','.join(sorted(req.extras))}]", name))
        else:
            todo.append((text, name))
    if not todo:
        return json.dumps({"overridden": overridden, "failed": failed})
    if args.get("installer_error"):
        for text, name in todo:
            failed.append({"requirement": text, "name": name, "why": args["installer_error"]})
        return json.dumps({"overridden": overridden, "failed": failed})
    import micropip
    kwargs = {"keep_going": True, "pre": args["pre"], "verbose": False}
    if args["index_urls"] is not None:
        kwargs["index_urls"] = args["index_urls"]
    if args["constraints"]:
        kwargs["constraints"] = args["constraints"]
    try:
        await micropip.install([text for text, _ in todo], **kwargs)
    except Exception as e:
        if len(todo) == 1:
            failed.append({"requirement": todo[0][0], "name": todo[0][1], "why": _install_failure(*todo[0], e, args)})
        else:
            for text, name in todo:
                try:
                    await micropip.install(text, **kwargs)
                except Exception as e1:
                    failed.append({"requirement": text, "name": name, "why": _install_failure(text, name, e1, args)})
    return json.dumps({"overridden": overridden, "failed": failed})


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
`;
