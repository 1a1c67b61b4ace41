// The JavaScript-only parts: message validation, requirements.txt, pyscript
// configuration, the zip writer.  No Pyodide here.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ProtocolError, checkAppPath, echo, parseBoot, parseFileUpdates, parseUp } from "../../web/protocol.js";
import { normalizePyscriptConfig } from "../../web/runtime/pyscript_config.js";
import { impliedRequirements } from "../../web/runtime/requirement_names.js";
import { RequirementsError, parseRequirementsTxt, wheelProject } from "../../web/runtime/requirements.js";
import { zipEntries } from "../../web/tools/zip.js";

describe("parseUp mirrors protocol.py", () => {
  test("normalises valid messages", () => {
    assert.deepEqual(parseUp({ type: "update" }), { type: "update", changes: [], trigger: null });
    assert.deepEqual(parseUp('{"type":"navigate","query":"??a=1"}'), { type: "navigate", page: "", query: "a=1" });
    assert.deepEqual(parseUp({ type: "clear_cache", extra: 1 }), { type: "clear_cache" });
    const u = parseUp({ type: "update", changes: [{ id: "w", value: { a: [1, null, "x"] }, junk: 1 }], trigger: "b" });
    assert.deepEqual(u, { type: "update", changes: [{ id: "w", value: { a: [1, null, "x"] } }], trigger: "b" });
  });

  test("an update may name a fragment (a run_every tick): a string or null", () => {
    assert.deepEqual(parseUp({ type: "update", fragment: "f1" }), { type: "update", changes: [], trigger: null, fragment: "f1" });
    assert.deepEqual(parseUp({ type: "update", fragment: null }), { type: "update", changes: [], trigger: null });
    assert.throws(() => parseUp({ type: "update", fragment: 3 }), /'fragment' must be a fragment id or null/);
  });

  test("refuses values that are not JSON", () => {
    for (const value of [Number.POSITIVE_INFINITY, new Date(0), new Map(), [1, undefined], { a: () => 1 }]) {
      assert.throws(() => parseUp({ type: "update", changes: [{ id: "w", value }] }), ProtocolError);
    }
  });

  test("echo keeps refusals small and JSON", () => {
    assert.equal(echo("x".repeat(5000)).length < 4200, true);
    const cyclic = /** @type {any} */ ({});
    cyclic.self = cyclic;
    assert.equal(echo(cyclic), "<Object that cannot be shown as JSON>");
    assert.equal(echo(undefined), "<undefined>");
  });
});

describe("boot message and paths", () => {
  const boot = { type: "boot", indexURL: "http://x/py/", tablitURL: "http://x/t.zip", entrypoint: "./app.py", files: { "app.py": "" } };

  test("a valid boot message is normalised", () => {
    const b = parseBoot({ ...boot, query: "?a=1" });
    assert.equal(b.entrypoint, "app.py");
    assert.equal(b.query, "a=1");
    assert.deepEqual(b.requirements, []);
    assert.equal(b.packageIndexURLs, null);
    assert.equal(b.noSnapshot, false, "a snapshot beside the runtime is looked for unless the page says there is none");
    assert.equal(parseBoot({ ...boot, noSnapshot: true }).noSnapshot, true);
    assert.throws(() => parseBoot({ ...boot, noSnapshot: "yes" }), /'noSnapshot' must be true or false/);
  });

  test("bad boot messages say what is wrong", () => {
    assert.throws(() => parseBoot({ type: "update" }), /the first message must be \{type: "boot"/);
    assert.throws(() => parseBoot({ ...boot, indexURL: undefined }), /'indexURL' is required/);
    assert.throws(() => parseBoot({ ...boot, entrypoint: "main.py" }), /the entrypoint "main.py" is not among the app files \(app.py\)/);
    assert.throws(() => parseBoot({ ...boot, requirements: "numpy" }), /'requirements' must be a list of strings/);
    assert.throws(() => parseBoot({ ...boot, config: { a: Number.NaN } }), /'config' is not JSON/);
    assert.throws(() => parseBoot({ ...boot, files: { "app.py": { href: "x" } } }), /must be its text, its bytes, or \{url: string\}/);
  });

  test("app paths stay inside the app folder", () => {
    assert.equal(checkAppPath("./pages//one.py"), "pages/one.py");
    for (const bad of ["", "/abs.py", "a/../../x", "..", "a\\b.py", "./"]) assert.throws(() => checkAppPath(bad), ProtocolError, bad);
  });

  test("file updates: text, {url}, null to delete", () => {
    assert.deepEqual(parseFileUpdates({ "a.py": "x", "b.csv": { url: "b.csv" }, "old.py": null }), {
      write: { "a.py": "x", "b.csv": { url: "b.csv" } },
      remove: ["old.py"],
    });
    assert.throws(() => parseFileUpdates([]), /'files' must be an object/);
  });
});

describe("requirements.txt", () => {
  test("comments, continuations, hashes, markers, options; streamlit dropped", () => {
    const r = parseRequirementsTxt(
      [
        "# top comment",
        "streamlit==1.40  # we are streamlit",
        "Streamlit_Extras>=0.1",
        "numpy>=1.26 \\",
        "  ; python_version >= '3.10'",
        "pandas==2.2 --hash=sha256:aaaa --hash=sha256:bbbb",
        "requests[socks]~=2.31",
        "--extra-index-url http://wheels.local/simple",
        "--pre",
        "-c constraints.txt",
        "-r more.txt",
        "./wheels/local_pkg-1.0-py3-none-any.whl",
        "",
      ].join("\n"),
      { readFile: (p) => ({ "constraints.txt": "numpy<3\n", "more.txt": "tablit\nattrs\n" })[p] ?? null },
    );
    assert.deepEqual(r.packages, [
      "Streamlit_Extras>=0.1",
      "numpy>=1.26   ; python_version >= '3.10'",
      "pandas==2.2",
      "requests[socks]~=2.31",
      "attrs",
      "./wheels/local_pkg-1.0-py3-none-any.whl",
    ]);
    assert.deepEqual(r.constraints, ["numpy<3"]);
    assert.deepEqual(r.indexURLs, ["PYPI", "http://wheels.local/simple"]);
    assert.equal(r.pre, true);
    assert.deepEqual(parseRequirementsTxt("--no-index\nx\n").indexURLs, []);
  });

  test("errors name the file and line", () => {
    const cases = [
      ["ok\n-e .\n", /^requirements\.txt, line 2: unsupported option -e/],
      ["--frobnicate\n", /line 1: unsupported option --frobnicate/],
      ["-r\n", /line 1: -r needs a value/],
      ["-r missing.txt\n", /line 1: missing.txt is not among the app files/],
      ["numpy pandas\n", /line 1: "numpy pandas" is not a requirement: unexpected "pandas"/],
      ["!!!\n", /line 1: "!!!" is not a requirement/],
    ];
    for (const [text, re] of cases) {
      assert.throws(() => parseRequirementsTxt(text, { readFile: () => null }), (e) => e instanceof RequirementsError && re.test(e.message), text);
    }
    assert.throws(() => parseRequirementsTxt("-r a.txt\n", { readFile: () => "-r requirements.txt\n" }), /includes itself/);
  });

  test("wheel file names", () => {
    assert.equal(wheelProject("https://x/y/Tiny_Pkg-0.1-py3-none-any.whl#sha256=1"), "tiny-pkg");
    assert.equal(wheelProject("a-1.0-1-py3-none-any.whl"), "a");
    assert.throws(() => wheelProject("notawheel.whl"), /is not a wheel file name/);
  });
});

describe("pyscript configuration", () => {
  test("packages and files", () => {
    const c = normalizePyscriptConfig(
      {
        packages: ["streamlit", "numpy", "./x-1.0-py3-none-any.whl"],
        files: { "{BASE}": "https://h/d", "{BASE}/a.csv": "", "./b.csv": "data/", "./c.csv": "c2.csv", "./z.zip": "out/*", "./w.zip": "./*" },
        interpreter: "0.27",
      },
      "pyscript.toml",
    );
    assert.deepEqual(c.packages, ["numpy", "./x-1.0-py3-none-any.whl"]);
    assert.deepEqual(c.files, [
      { url: "https://h/d/a.csv", dest: "a.csv", unpack: false },
      { url: "./b.csv", dest: "data/b.csv", unpack: false },
      { url: "./c.csv", dest: "c2.csv", unpack: false },
      { url: "./z.zip", dest: "out", unpack: true },
      { url: "./w.zip", dest: ".", unpack: true },
    ]);
    assert.deepEqual(c.ignored, ["interpreter"]);
  });

  test("a URL with no file name needs a path", () => {
    assert.throws(() => normalizePyscriptConfig({ files: { "https://h/": "" } }, "p.json"), /cannot tell a file name/);
  });
});

describe("zip writer", () => {
  test("Python's zipfile reads what it writes", () => {
    const dir = mkdtempSync(join(tmpdir(), "tablit-zip-"));
    try {
      const big = "print('hello')\n".repeat(200);
      const zip = join(dir, "t.zip");
      writeFileSync(zip, zipEntries([{ name: "pkg/__init__.py", data: big }, { name: "pkg/ü.txt", data: new Uint8Array([0, 1, 2]) }]));
      const out = execFileSync("python3", ["-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.namelist(), len(z.read('pkg/__init__.py')), list(z.read('pkg/ü.txt')), z.getinfo('pkg/__init__.py').compress_type)", zip], { encoding: "utf8" });
      assert.equal(out.trim(), `['pkg/__init__.py', 'pkg/ü.txt'] ${big.length} [0, 1, 2] 8`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("impliedRequirements: Streamlit's own dependencies an app imports", () => {
  test("what the lock lacks and the requirements do not name, once each, by project name", () => {
    const lock = { numpy: {}, pandas: {}, pillow: {}, "typing-extensions": {} };
    assert.deepEqual(impliedRequirements(["pydeck", "altair", "numpy", "PIL", "typing_extensions", "faker", "pydeck"], ["streamlit==1.40"], lock),
      ["pydeck", "altair"]);
    assert.deepEqual(impliedRequirements(["pydeck", "altair"], ["Altair>=5", "pydeck @ https://x/pydeck-0.9.1-py2.py3-none-any.whl"], lock), []);
    assert.deepEqual(impliedRequirements(["altair"], [], { altair: {} }), [], "Pyodide 314 builds altair: loaded by import");
  });
});
