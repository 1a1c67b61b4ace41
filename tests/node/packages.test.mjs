// Requirements and PyScript configuration, offline: wheels built here with
// Python's zipfile, installed by micropip from a local folder; any network
// access fails the test.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { bootSession, texts } from "./helpers.mjs";

/** Writes name-version-py3-none-any.whl with one module; returns its path. */
const MAKE_WHEEL = String.raw`
import base64, hashlib, sys, zipfile
out, name, version, body, requires = sys.argv[1:6]
dist = f"{name}-{version}.dist-info"
files = {
    f"{name}/__init__.py": body,
    f"{dist}/METADATA": "Metadata-Version: 2.1\nName: %s\nVersion: %s\n%s" % (
        name, version, "".join(f"Requires-Dist: {r}\n" for r in requires.split(",") if r)),
    f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: tablit-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
for path, text in files.items():
    data = text.encode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append(f"{path},sha256={digest},{len(data)}")
record.append(f"{dist}/RECORD,,")
files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
path = f"{out}/{name}-{version}-py3-none-any.whl"
with zipfile.ZipFile(path, "w") as z:
    for p, text in files.items():
        z.writestr(p, text)
print(path)
`;

/** @param {string} dir @param {string} name @param {string} version @param {string} body @param {string[]} requires */
function makeWheel(dir, name, version, body, requires = []) {
  return execFileSync("python3", ["-c", MAKE_WHEEL, dir, name, version, body, requires.join(",")], { encoding: "utf8" }).trim();
}

/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;
/** @type {string} */
let dir;
/** @type {string} */
let wheels;
const fetched = /** @type {string[]} */ ([]);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "tablit-packages-"));
  wheels = join(dir, "wheels");
  mkdirSync(wheels);
  makeWheel(wheels, "tinypkg", "0.1.0", "from tinydep import SEVEN\nVALUE = 42 + SEVEN - 7\n", ["tinydep>=0.2"]);
  makeWheel(wheels, "tinydep", "0.2.0", "SEVEN = 7\n");
  makeWheel(wheels, "extrapkg", "1.0", "NAME = 'extra'\n");
  s = await bootSession({ fetchLog: fetched });
});

after(() => {
  s?.runtime.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Start an app; return [ok, messages it produced]. */
async function start(spec) {
  const from = s.messages.length;
  const ok = await s.runtime.start(spec);
  await s.runtime.idle();
  return /** @type {[boolean, any[]]} */ ([ok, s.since(from)]);
}

describe("requirements", () => {
  test("requirements.txt installs from a local folder of wheels, offline, with dependencies", async () => {
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: {
        "app.py": "import streamlit as st\nimport tinypkg, tinydep\nst.markdown(f'v={tinypkg.VALUE} dep={tinydep.SEVEN}')\n",
        "requirements.txt": "# comment\nstreamlit>=1.30  # provided by tablit\ntinypkg==0.1.0 --hash=sha256:abc\n",
      },
      wheels: ["tinypkg-0.1.0-py3-none-any.whl", "tinydep-0.2.0-py3-none-any.whl", "extrapkg-1.0-py3-none-any.whl"],
      baseURL: pathToFileURL(`${wheels}/`).href,
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    const stages = down.filter((m) => m.type === "status");
    assert.deepEqual(stages.map((m) => m.stage), ["packages", "app"]);
    assert.equal(stages[0].detail, "Installing tinypkg==0.1.0");
    assert.match(texts(down.findLast((m) => m.type === "render")), /v=42 dep=7/);
    assert.ok(fetched.every((u) => u.startsWith("file:")), `only local files were fetched: ${fetched}`);
    const installed = s.runtime.pyodide.runPython("import importlib.util as u; str(u.find_spec('extrapkg') is not None)");
    assert.equal(installed, "False", "a local wheel nobody asked for is not installed");
    console.log(`install from local wheels: ${s.runtime.timings.packages.toFixed(0)} ms`);
  });

  test("a requirement found nowhere is fatal, naming it", async () => {
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\n" },
      requirements: ["no-such-package-xyz>=1"],
      packageIndexURLs: [],
    });
    assert.equal(ok, false);
    const msg = down.find((m) => m.type === "fatal");
    assert.equal(msg.stage, "packages");
    assert.match(msg.error, /^could not install no-such-package-xyz>=1: .*no-such-package-xyz/s);
  });

  test("a malformed requirement is fatal before anything is fetched", async () => {
    const [ok, down] = await start({ entrypoint: "app.py", files: { "app.py": "" }, requirements: ["numpy pandas"] });
    assert.equal(ok, false);
    assert.deepEqual(down.find((m) => m.type === "fatal"), {
      type: "fatal",
      stage: "packages",
      error: 'requirements: "numpy pandas" is not a requirement: unexpected "pandas" after the name',
    });
  });

  test("a wheel that cannot be fetched is fatal, naming it", async () => {
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": "" },
      requirements: ["./missing-1.0-py3-none-any.whl"],
      baseURL: pathToFileURL(`${wheels}/`).href,
    });
    assert.equal(ok, false);
    const msg = down.find((m) => m.type === "fatal");
    assert.equal(msg.stage, "packages");
    assert.match(msg.error, /could not get a wheel: could not fetch file:.*missing-1\.0-py3-none-any\.whl/);
  });
});

describe("pyscript configuration", () => {
  test("pyscript.toml: packages (a wheel URL) and files (placeholders, folders, archives)", async () => {
    const data = join(dir, "site");
    mkdirSync(join(data, "data"), { recursive: true });
    writeFileSync(join(data, "data", "source.txt"), "from the data folder");
    writeFileSync(join(data, "top.txt"), "top level");
    execFileSync("python3", ["-c", `import zipfile\nwith zipfile.ZipFile(${JSON.stringify(join(data, "bundle.zip"))}, "w") as z: z.writestr("inner/deep.txt", "unpacked")`]);
    const toml = `
name = "demo"            # ignored
packages = ["streamlit", "../wheels/extrapkg-1.0-py3-none-any.whl"]

[files]
"{DATA}" = "./data"
"{DATA}/source.txt" = "nested/"
"./top.txt" = ""
"./bundle.zip" = "unpacked/*"
`;
    const app = `
import streamlit as st, extrapkg, pathlib
st.markdown("name=" + extrapkg.NAME)
st.markdown("nested=" + pathlib.Path("nested/source.txt").read_text())
st.markdown("top=" + open("top.txt").read())
st.markdown("deep=" + pathlib.Path("unpacked/inner/deep.txt").read_text())
`;
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": app, "pyscript.toml": toml },
      baseURL: pathToFileURL(`${data}/`).href,
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    const t = texts(down.findLast((m) => m.type === "render"));
    for (const line of ["name=extra", "nested=from the data folder", "top=top level", "deep=unpacked"]) assert.ok(t.includes(line), `${line} in ${t}`);
  });

  test("pyscript.json: packages and files", async () => {
    writeFileSync(join(dir, "note.txt"), "json note");
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: {
        "app.py": "import streamlit as st, tinydep\nst.markdown(f'seven={tinydep.SEVEN} note=' + open('n.txt').read())\n",
        "pyscript.json": JSON.stringify({ packages: ["tinydep"], files: { "./note.txt": "n.txt" } }),
      },
      wheels: ["wheels/tinydep-0.2.0-py3-none-any.whl"],
      baseURL: pathToFileURL(`${dir}/`).href,
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    assert.match(texts(down.findLast((m) => m.type === "render")), /seven=7 note=json note/);
  });

  test("invalid TOML is fatal, with where", async () => {
    const [ok, down] = await start({ entrypoint: "app.py", files: { "app.py": "", "pyscript.toml": 'packages = ["a"\n' } });
    assert.equal(ok, false);
    const msg = down.find((m) => m.type === "fatal");
    assert.equal(msg.stage, "packages");
    assert.equal(msg.error, "pyscript.toml is not valid TOML: Unclosed array (at end of document)");
  });

  test("bad pyscript shapes are fatal, with what is wrong", async () => {
    for (const [cfg, re] of [
      ['{"packages": "numpy"}', /pyscript\.json: 'packages' must be a list of strings/],
      ['{"files": {"./a.txt": 3}}', /pyscript\.json: files\["\.\/a\.txt"\] must be a path string/],
      ['{"files": {"{X}/a.txt": "a"}}', /uses an undefined placeholder/],
      ['{"files": {"./a.txt": "../../etc/a"}}', /must not leave the app folder/],
      ["[1]", /pyscript\.json: the configuration must be a table\/object/],
    ]) {
      const [ok, down] = await start({ entrypoint: "app.py", files: { "app.py": "", "pyscript.json": cfg }, baseURL: pathToFileURL(`${dir}/`).href });
      assert.equal(ok, false, cfg);
      assert.match(down.find((m) => m.type === "fatal").error, re);
    }
  });
});
