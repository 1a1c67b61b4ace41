// What the browser downloads of the Python package: py/tablit without its
// comments and docstrings (Python's own -OO drops docstrings too) nor the
// prose of the schema's documentation tables (DOC_TABLES), indented by one
// space per block instead of four (reindent: the same AST, checked), one
// gzipped tar so that the files compress together.  Line numbers are kept:
// a traceback from the browser points at the right line of py/tablit (and
// shows the line without its indentation, as Python always does).
//
// The stripping runs in Pyodide (the same Python as the browser; no Python
// needed on the build machine) and is cached by the sources' hash.

import { gzipSync } from "node:zlib";
import { runPythonCached } from "./build_python.js";

/**
 * Blank out comments and docstrings, keeping every line where it was; every
 * file is compiled to check it.  Input and output: JSON {path: source}.
 */
const STRIP_PY = String.raw`
import ast, io, json, tokenize

def strip(src, name):
    lines = src.splitlines(keepends=True)
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.COMMENT:
            row, col = tok.start
            line = lines[row - 1]
            end = "\n" if line.endswith("\n") else ""
            lines[row - 1] = line[:col].rstrip() + end
    tree = ast.parse("".join(lines), name)
    spans = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) or not node.body:
            continue
        doc = node.body[0]
        if not (isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)):
            continue
        first, last = lines[doc.lineno - 1], lines[doc.end_lineno - 1]
        if first[:doc.col_offset].strip() or last[doc.end_col_offset:].strip():
            continue  # shares its lines with other code: left as it is
        spans.append((doc.lineno, doc.end_lineno, doc.col_offset, len(node.body) == 1))
    for start, end, col, alone in spans:
        for i in range(start - 1, end):
            lines[i] = "\n"
        if alone:  # the body was only the docstring
            lines[start - 1] = " " * col + "pass\n"
    out = "".join(line if line.strip() else "\n" for line in lines)
    if name in DOC_TABLES:
        out = blank_tables(out, DOC_TABLES[name])
    out = reindent(out, name)
    compile(out, name, "exec", dont_inherit=True)
    return out

def reindent(src, name):
    """One space per block level instead of four (less to download): each line stays
    where it was, and the module's AST is checked to be the same (else it is left as it was)."""
    lines = src.splitlines(keepends=True)
    frozen, starts = set(), {}
    depth, at_start = 0, True
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.end[0] > tok.start[0]:
                frozen.update(range(tok.start[0] + 1, tok.end[0] + 1))  # inside a string that spans lines
            if tok.type == tokenize.INDENT:
                depth += 1
            elif tok.type == tokenize.DEDENT:
                depth -= 1
            elif tok.type == tokenize.NEWLINE:
                at_start = True
            elif tok.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER) and at_start:
                starts[tok.start[0]] = (depth, tok.start[1])
                at_start = False
    except (tokenize.TokenError, SyntaxError):
        return src
    out, shift = [], 0
    for row, line in enumerate(lines, 1):
        lead = len(line) - len(line.lstrip(" "))
        if row in frozen or not line.strip() or line[lead:lead + 1] == "\t":
            out.append(line)
        elif row in starts and starts[row][1] == lead:
            shift = lead - starts[row][0]
            out.append(" " * starts[row][0] + line[lead:])
        else:  # a continuation line (in brackets or after a backslash): whitespace that means nothing
            out.append(" " * max(0, lead - shift) + line[lead:])
    new = "".join(out)
    try:
        same = ast.dump(ast.parse(new, name)) == ast.dump(ast.parse(src, name))
    except SyntaxError:
        same = False
    return new if same else src

# Module-level dicts whose string values are documentation (the schema's prose
# per node kind and wire form): their keys stay, their texts become "" (read
# by tests and people, never by the running app), lines kept.
DOC_TABLES = {"tablit/protocol.py": ("NODE_PROPS", "WIRE_FORMATS")}

def blank_tables(src, names):
    data = src.encode()
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    at = lambda row, col: starts[row - 1] + col
    spans = []
    for node in ast.parse(src).body:
        d = None
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets):
                d = node.value
        elif (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute)
              and isinstance(node.value.func.value, ast.Name) and node.value.func.value.id in names
              and node.value.func.attr == "update" and node.value.args):
            d = node.value.args[0]
        if isinstance(d, ast.Dict):
            spans += [(at(v.lineno, v.col_offset), at(v.end_lineno, v.end_col_offset)) for v in d.values
                      if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    out, last = [], 0
    for a, b in sorted(spans):
        out += [data[last:a], b'""' + b"\n" * data[a:b].count(b"\n")]
        last = b
    out.append(data[last:])
    return b"".join(out).decode()

files = json.loads(INPUT)
json.dumps({name: strip(src, name) if name.endswith(".py") else src for name, src in files.items()})
`;

/**
 * @param {{name: string, data: Uint8Array|string}[]} entries  the package's files
 * @returns {Promise<{name: string, data: Buffer}[]>}  the same files, .py ones stripped
 */
export async function stripPython(entries) {
  const sources = Object.fromEntries(entries.map((e) => [e.name, Buffer.from(e.data).toString("utf8")]));
  const stripped = JSON.parse(await runPythonCached("pymin", STRIP_PY, JSON.stringify(sources)));
  return entries.map((e) => ({ name: e.name, data: Buffer.from(stripped[e.name], "utf8") }));
}

/**
 * A reproducible tar (ustar) of the entries: fixed times, owners and modes.
 * @param {{name: string, data: Uint8Array|string}[]} entries  names use "/" separators
 * @returns {Buffer}
 */
export function tarEntries(entries) {
  const blocks = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const name = Buffer.from(entry.name, "utf8");
    if (name.length > 100) throw new Error(`tar: the name ${entry.name} is longer than 100 bytes`);
    const header = Buffer.alloc(512);
    name.copy(header, 0);
    const octal = (/** @type {number} */ n, /** @type {number} */ width) => `${n.toString(8).padStart(width - 1, "0")}\0`;
    header.write(octal(0o644, 8), 100); // mode
    header.write(octal(0, 8), 108); // uid
    header.write(octal(0, 8), 116); // gid
    header.write(octal(data.length, 12), 124); // size
    header.write(octal(0, 12), 136); // mtime
    header.write("        ", 148); // checksum, as spaces while summing
    header.write("0", 156); // a regular file
    header.write("ustar\0" + "00", 257);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024)); // end of archive
  return Buffer.concat(blocks);
}

/**
 * The browser's download of the package: stripped, tarred, gzipped.
 * @param {{name: string, data: Uint8Array|string}[]} entries
 * @returns {Promise<Buffer>}
 */
export async function pythonBundle(entries) {
  return gzipSync(tarEntries(await stripPython(entries)), { level: 9 });
}
