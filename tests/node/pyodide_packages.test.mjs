// web/runtime/pyodide_packages.js without Pyodide: which packages an app needs,
// where each comes from, checksums, offline mode, progress, the fetch hook.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { PackageError, createPackageLoader, officialBaseURL, packagesFor, scanImports } from "../../web/runtime/pyodide_packages.js";

describe("scanImports", () => {
  test("finds top-level modules of every import form, anywhere, and nothing in strings or comments", () => {
    const src = `
import numpy as np, os.path
from pandas.api import types
import matplotlib.pyplot as plt  # import scipy
def f():
    import sklearn
    try:
        from PIL import (
            Image,
            ImageDraw,
        )
    except ImportError:
        pass
s = "import notthis"
t = '''
import nor_this
'''
from . import sibling
x = 1; import json
from\\
  pyarrow import table
`;
    assert.deepEqual(scanImports(src).sort(), ["PIL", "json", "matplotlib", "numpy", "os", "pandas", "pyarrow", "sklearn"].sort());
  });
});

const LOCK = {
  info: { version: "0.27.7" },
  packages: {
    numpy: { name: "numpy", version: "2.0.2", file_name: "numpy-2.0.2.whl", sha256: "", depends: [], imports: ["numpy"] },
    pandas: { name: "pandas", version: "2.2.3", file_name: "pandas-2.2.3.whl", sha256: "", depends: ["numpy", "python-dateutil"], imports: ["pandas"] },
    "python-dateutil": { name: "python-dateutil", version: "2.9", file_name: "dateutil.whl", sha256: "", depends: ["six"], imports: ["dateutil"] },
    six: { name: "six", version: "1.16", file_name: "six.whl", sha256: "", depends: [], imports: ["six"] },
    pillow: { name: "pillow", version: "10.2", file_name: "pillow.whl", sha256: "", depends: [], imports: ["PIL"] },
    "scikit-learn": { name: "scikit-learn", version: "1.6.1", file_name: "sklearn.whl", sha256: "", depends: ["numpy"], imports: ["sklearn"] },
  },
};

describe("packagesFor", () => {
  test("maps import names to packages and adds dependencies first", () => {
    const names = packagesFor(LOCK, { imports: ["pandas", "os", "PIL"] }).map((p) => p.name);
    assert.deepEqual(names, ["numpy", "six", "python-dateutil", "pandas", "pillow"]);
  });
  test("requirement names count, spelled any way; unknown names are left to micropip", () => {
    const names = packagesFor(LOCK, { requirements: ["Scikit_Learn", "requests"] }).map((p) => p.name);
    assert.deepEqual(names, ["numpy", "scikit-learn"]);
  });
});

/** A fake network: url -> bytes; records what was asked for. */
function fakeFetch(files) {
  const asked = [];
  const fetch = async (url) => {
    asked.push(url);
    if (!(url in files)) return new Response("not found", { status: 404 });
    const body = files[url];
    return new Response(typeof body === "string" ? body : body, { headers: { "Content-Length": String(typeof body === "string" ? body.length : body.byteLength) } });
  };
  return { fetch, asked };
}

const sha = (data) => createHash("sha256").update(data).digest("hex");

function lockWith(files) {
  const lock = structuredClone(LOCK);
  for (const p of Object.values(lock.packages)) if (files[p.file_name]) p.sha256 = sha(files[p.file_name]);
  return lock;
}

describe("createPackageLoader", () => {
  const numpy = new Uint8Array(300_000).fill(7);
  const six = new Uint8Array([1, 2, 3]);
  const lock = lockWith({ "numpy-2.0.2.whl": numpy, "six.whl": six });
  const IDX = "http://127.0.0.1:1/dist/pyodide/";

  test("vendored files first, then Pyodide's official distribution of the lock's version; checked; served once to Pyodide", async () => {
    const { fetch, asked } = fakeFetch({
      [`${IDX}pyodide-lock.json`]: JSON.stringify(lock),
      [`${IDX}vendored.json`]: JSON.stringify({ pyodide: "0.27.7", packages: { numpy: "numpy-2.0.2.whl" } }),
      [`${IDX}numpy-2.0.2.whl`]: numpy,
      [`${officialBaseURL("0.27.7")}six.whl`]: six,
    });
    const progress = [];
    const loader = createPackageLoader({ indexURL: IDX, fetch, onProgress: (p) => progress.push(p) });
    const pkgs = packagesFor(await loader.lock(), { imports: ["numpy", "six"] });
    await loader.prefetch(pkgs);
    assert.ok(asked.includes(`${IDX}numpy-2.0.2.whl`));
    assert.ok(asked.includes("https://cdn.jsdelivr.net/pyodide/v0.27.7/full/six.whl"));
    const last = progress.at(-1);
    assert.equal(last.loaded, numpy.byteLength + six.byteLength);
    assert.equal(last.total, numpy.byteLength + six.byteLength);
    assert.deepEqual(last.names, []);
    assert.ok(progress.some((p) => p.loaded < p.total), "partial progress was reported");
    const before = asked.length;
    const res = await loader.responseFor(`${IDX}numpy-2.0.2.whl`);
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), numpy);
    assert.equal(asked.length, before, "Pyodide's fetch is answered without a second download");
    assert.equal(loader.responseFor("http://127.0.0.1:1/elsewhere/numpy-2.0.2.whl"), null);
  });

  test("a configured package base wins over everything", async () => {
    const { fetch, asked } = fakeFetch({
      [`${IDX}pyodide-lock.json`]: JSON.stringify(lock),
      [`${IDX}vendored.json`]: JSON.stringify({ packages: { numpy: "numpy-2.0.2.whl" } }),
      "http://127.0.0.1:2/base/numpy-2.0.2.whl": numpy,
    });
    const loader = createPackageLoader({ indexURL: IDX, packageBaseURL: "http://127.0.0.1:2/base", fetch });
    await loader.prefetch(packagesFor(lock, { imports: ["numpy"] }));
    assert.deepEqual(asked.filter((u) => u.endsWith(".whl")), ["http://127.0.0.1:2/base/numpy-2.0.2.whl"]);
  });

  test("offline: a package that is not vendored fails naming it and the vendoring command, fetching nothing", async () => {
    const { fetch, asked } = fakeFetch({ [`${IDX}pyodide-lock.json`]: JSON.stringify(lock), [`${IDX}vendored.json`]: JSON.stringify({ packages: {} }) });
    const loader = createPackageLoader({ indexURL: IDX, offline: true, fetch });
    await assert.rejects(loader.prefetch(packagesFor(lock, { imports: ["six"] })), (e) => {
      assert.ok(e instanceof PackageError);
      assert.match(e.message, /^six 1\.16: not vendored with this app, and fetching packages from the network is forbidden \(offline mode\)/);
      assert.match(e.message, /tablit build app\.py --out site\//);
      return true;
    });
    assert.ok(asked.every((u) => u.startsWith(IDX)), `only the runtime folder was asked: ${asked}`);
  });

  test("a file that does not match the lock's sha256 is refused", async () => {
    const { fetch } = fakeFetch({
      [`${IDX}pyodide-lock.json`]: JSON.stringify(lock),
      [`${IDX}vendored.json`]: JSON.stringify({ packages: { six: "six.whl" } }),
      [`${IDX}six.whl`]: new Uint8Array([9, 9, 9]),
    });
    const loader = createPackageLoader({ indexURL: IDX, fetch });
    await assert.rejects(loader.prefetch(packagesFor(lock, { imports: ["six"] })), /six\.whl from the vendored files .* does not match the lock file's sha256/);
  });

  test("a failed download names the package, where from, and why", async () => {
    const { fetch } = fakeFetch({ [`${IDX}pyodide-lock.json`]: JSON.stringify(lock), [`${IDX}vendored.json`]: "{}" });
    const loader = createPackageLoader({ indexURL: IDX, fetch });
    await assert.rejects(loader.prefetch(packagesFor(lock, { imports: ["six"] })),
      /^PackageError: could not fetch six from Pyodide 0\.27\.7's official distribution \(https:\/\/cdn\.jsdelivr\.net\/pyodide\/v0\.27\.7\/full\/six\.whl\): HTTP 404$/);
  });
});

describe("run-on-save", () => {
  test("a Pyodide package the app starts importing is loaded before the rerun", async () => {
    const { bootSession, texts } = await import("./helpers.mjs");
    const s = await bootSession();
    try {
      const app = { "app.py": "import streamlit as st\nimport helper\nst.markdown(helper.WHAT)\n", "helper.py": "WHAT = 'plain'\n" };
      assert.equal(await s.runtime.start({ entrypoint: "app.py", files: app }), true);
      assert.equal("micropip" in s.runtime.pyodide.loadedPackages, false);
      const from = s.messages.length;
      // micropip: the one lock package of the node tests' runtime folder
      assert.equal(await s.runtime.writeFiles({ "helper.py": "def what():\n    import micropip\n    return 'loaded ' + micropip.__name__\nWHAT = what()\n" }, { rerun: true }), true);
      await s.runtime.idle();
      assert.match(texts(s.since(from).findLast((m) => m.type === "render")), /loaded micropip/);
    } finally {
      s.runtime.destroy();
    }
  });
});
