// The docstrings of tablit's public objects, for st.help in the browser.  The
// Python the browser downloads has none (web/tools/pymin.js blanks them, as
// Python's -OO does), so st.help(st.video) would show no documentation; the
// build collects them here into tablit/data/docstrings.json, a family of its
// own (web/tools/families.js "docstrings") that py/tablit/elements/help.py
// loads the first time it shows a tablit object.
//
// Keys: "module:qualname" for each public module, class and function (a name
// without a leading underscore, at any depth of public classes), and
// "command:name" for each @command (its __qualname__ is renamed at run time,
// and a lazily loaded family's stub has another module).  Runs in Pyodide
// (web/tools/build_python.js).

import { runPythonCached } from "./build_python.js";

export const DOCSTRINGS_FILE = "tablit/data/docstrings.json";

const DOCS_PY = String.raw`
import ast, json

def module_name(path):
    name = path[:-3].replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name

def collect(path, src, out):
    tree = ast.parse(src, path)
    module = module_name(path)
    doc = ast.get_docstring(tree)
    if doc:
        out[module] = doc
    def walk(body, prefix):
        for node in body:
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) or node.name.startswith("_"):
                continue
            qualname = prefix + node.name
            doc = ast.get_docstring(node)
            if doc:
                out[f"{module}:{qualname}"] = doc
                if not prefix and any(isinstance(d, ast.Name) and d.id == "command" for d in getattr(node, "decorator_list", [])):
                    out[f"command:{node.name}"] = doc
            if isinstance(node, ast.ClassDef):
                walk(node.body, qualname + ".")
    walk(tree.body, "")

out = {}
for path, src in sorted(json.loads(INPUT).items()):
    if path.endswith(".py") and not any(f"/{part}/" in f"/{path}" for part in ("testing", "tests")):
        collect(path, src, out)
json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
`;

/**
 * @param {{name: string, data: Uint8Array|string}[]} entries  py/tablit's files, named tablit/...
 * @returns {Promise<string>}  the JSON of tablit/data/docstrings.json
 */
export async function collectDocstrings(entries) {
  const sources = Object.fromEntries(entries.filter((e) => e.name.endsWith(".py")).map((e) => [e.name, Buffer.from(e.data).toString("utf8")]));
  return runPythonCached("docstrings", DOCS_PY, JSON.stringify(sources));
}
