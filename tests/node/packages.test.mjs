// Requirements and PyScript configuration, offline: wheels built here with
// Python's zipfile, installed by micropip from a local folder; any network
// access fails the test.  A requirement that cannot be had never stops the
// app: a notice names it and why, and importing it raises ModuleNotFoundError.

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
  makeWheel(wheels, "pydeck", "0.9.1", "class Deck:\n    pass\n"); // (a stand-in: only its name matters here)
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

  test("a requirement found nowhere: the app runs, a notice names it and why, and importing it raises ModuleNotFoundError saying so", async () => {
    const app = [
      "import streamlit as st",
      "st.markdown('before')",
      "try:",
      "    import no_such_package_xyz",
      "except ModuleNotFoundError as e:",
      "    st.markdown(f'error: {e}')",
      "st.markdown('after')",
      "import tinydep",
      "st.markdown(f'dep={tinydep.SEVEN}')",
      "try:",
      "    import webvtt  # (the project webvtt-py)",
      "except ModuleNotFoundError as e:",
      "    st.markdown(f'vtt: {e}')",
      "try:",
      "    import nothing_required_xyz",
      "except ModuleNotFoundError as e:",
      "    st.markdown(f'unrequired: {e}')",
    ].join("\n");
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": app },
      requirements: ["no-such-package-xyz>=1", "tinydep", "webvtt-py"],
      wheels: ["tinydep-0.2.0-py3-none-any.whl"],
      baseURL: pathToFileURL(`${wheels}/`).href,
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    assert.equal(down.filter((m) => m.type === "fatal").length, 0);
    const notices = down.filter((m) => m.type === "notice");
    assert.equal(notices.length, 1, JSON.stringify(notices));
    assert.equal(notices[0].stage, "packages");
    assert.match(notices[0].text, /^2 packages were not installed; the app runs without them, and importing one raises ModuleNotFoundError: /);
    assert.match(notices[0].text, /no-such-package-xyz>=1, webvtt-py \(no package index is asked \(--no-index\), and Pyodide [\d.]+ has no build of it\)\.$/);
    const t = texts(down.findLast((m) => m.type === "render"));
    assert.match(t, /before/);
    assert.match(t, /error: No module named 'no_such_package_xyz': the requirement no-such-package-xyz>=1 was not installed \(no package index is asked \(--no-index\), and Pyodide [\d.]+ has no build of it\)/);
    assert.match(t, /after/);
    assert.match(t, /dep=7/, "the other requirement was installed");
    assert.match(t, /vtt: No module named 'webvtt': the requirement webvtt-py was not installed/, "the project's usual import name");
    assert.match(t, /unrequired: No module named 'nothing_required_xyz'\. It is neither in Python's standard library nor among the packages this tab has: one of the app's requirements that were not installed \(the notice above the app names them\) may provide it; else, if it comes from PyPI, list it in the app's requirements\.txt/);
  });

  test("an import of a Streamlit dependency that Pyodide does not build (pydeck) installs it as if required: apps list only streamlit", async () => {
    // streamlit/demo-uber-nyc-pickups: `import pydeck as pdk`, and requirements.txt says only streamlit
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\nimport pydeck as pdk\nst.markdown(f'deck={pdk.Deck.__name__}')\n", "requirements.txt": "streamlit==1.40.0\n" },
      wheels: ["pydeck-0.9.1-py3-none-any.whl"],
      baseURL: pathToFileURL(`${wheels}/`).href,
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    assert.equal(down.filter((m) => m.type === "notice").length, 0, JSON.stringify(down.filter((m) => m.type === "notice")));
    assert.equal(down.find((m) => m.type === "status" && m.stage === "packages")?.detail, "Installing pydeck");
    assert.match(texts(down.findLast((m) => m.type === "render")), /deck=Deck/);
  });

  test("a Streamlit dependency that cannot be had: the notice and the ModuleNotFoundError say Streamlit installs it with itself", async () => {
    s.runtime.pyodide.runPython("import micropip, sys; micropip.uninstall('pydeck'); sys.modules.pop('pydeck', None)"); // (the test before installed it)
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\ntry:\n    import pydeck\nexcept ModuleNotFoundError as e:\n    st.markdown(f'error: {e}')\n" },
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    const notices = down.filter((m) => m.type === "notice");
    assert.equal(notices.length, 1, JSON.stringify(notices));
    assert.match(notices[0].text, /: pydeck \(imported by app\.py\) \(no package index is asked \(--no-index\), and Pyodide [\d.]+ has no build of it\)\.$/);
    assert.match(texts(down.findLast((m) => m.type === "render")),
      /error: No module named 'pydeck': pydeck, which Streamlit installs with itself, was not installed \(no package index is asked/);
  });

  test("a requirement its Pyodide package's version does not satisfy is met by Pyodide's build, with a notice; streamlit in any spelling is tablit", async () => {
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: {
        "app.py": "import streamlit as st, micropip\nst.markdown(f'micropip {micropip.__version__}')\n",
        "requirements.txt": "Streamlit[snowflake]>=99\nstreamlit_nightly\nmicropip<0.0.1\n",
      },
      packageIndexURLs: [],
    });
    assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type !== "render")));
    const notices = down.filter((m) => m.type === "notice");
    assert.equal(notices.length, 1, JSON.stringify(notices));
    assert.match(notices[0].text, /^micropip<0\.0\.1: Pyodide [\d.]+ provides micropip (\d+\.\d+\.\d+), which the app uses instead\. In the browser, a package with compiled code comes only as Pyodide's own build\.$/);
    const version = /provides micropip (\S+),/.exec(notices[0].text)[1];
    assert.match(texts(down.findLast((m) => m.type === "render")), new RegExp(`micropip ${version.replace(/\./g, "\\.")}`));
    assert.ok(!/streamlit/i.test(notices[0].text), "streamlit requirements are tablit's, never installed nor told");
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

  test("a wheel that cannot be fetched: the app runs, a notice names it", async () => {
    const [ok, down] = await start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\ntry:\n    import missing\nexcept ImportError as e:\n    st.markdown(str(e))\n" },
      requirements: ["./missing-1.0-py3-none-any.whl"],
      baseURL: pathToFileURL(`${wheels}/`).href,
    });
    assert.equal(ok, true);
    const msg = down.find((m) => m.type === "notice");
    assert.equal(msg.stage, "packages");
    assert.match(msg.text, /missing-1\.0-py3-none-any\.whl \(could not get the wheel: could not fetch file:.*missing-1\.0-py3-none-any\.whl/);
    assert.match(texts(down.findLast((m) => m.type === "render")), /No module named 'missing': the requirement missing-1\.0-py3-none-any\.whl was not installed \(could not get the wheel: /);
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
