// The server's package settings (--pyodide DIR, --package-base DIR|URL, --offline)
// and what `tablit build` reads from an app to vendor, without a browser.

import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { App, startServer } from "../../web/serve/server.js";
import { appWants } from "../../web/serve/vendor.js";

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "tablit-serve-packages-"));
  mkdirSync(join(dir, "app", "pages"), { recursive: true });
  writeFileSync(join(dir, "app", "app.py"), "import streamlit as st\nimport pandas as pd\n");
  writeFileSync(join(dir, "app", "pages", "one.py"), "def f():\n    from sklearn import tree\n");
  writeFileSync(join(dir, "app", "requirements.txt"), "pyarrow>=18\nsome-pure-package\n");
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist", "pyodide.mjs"), "export {}");
  writeFileSync(join(dir, "dist", "pyodide-lock.json"), JSON.stringify({ info: { version: "0.27.7" }, packages: {
    six: { name: "six", version: "1.16", file_name: "six.whl", sha256: "", depends: [], imports: ["six"] },
    numpy: { name: "numpy", version: "2", file_name: "numpy.whl", sha256: "", depends: [], imports: ["numpy"] },
  } }));
  writeFileSync(join(dir, "dist", "six.whl"), "wheel bytes");
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("tablit serve: where packages come from", () => {
  test("--pyodide DIR is the runtime folder, with a vendored.json of the packages it holds; --package-base DIR is served; --offline reaches the page", async () => {
    const server = await startServer({ apps: [new App("", join(dir, "app"), "app.py")], quiet: true, pyodideDir: join(dir, "dist"), packageBase: join(dir, "dist"), offline: true });
    try {
      const get = async (p) => {
        const r = await fetch(new URL(p, server.url));
        return [r.status, await r.text()];
      };
      assert.deepEqual(await get("/dist/pyodide/vendored.json"), [200, JSON.stringify({ pyodide: "0.27.7", packages: { six: "six.whl" } })]);
      assert.deepEqual(await get("/dist/pyodide/six.whl"), [200, "wheel bytes"]);
      assert.equal((await get("/dist/pyodide/numpy.whl"))[0], 404);
      assert.deepEqual(await get("/__tablit/packages/six.whl"), [200, "wheel bytes"]);
      const [, page] = await get("/");
      assert.match(page, /"packageBase":"\/__tablit\/packages\/"/);
      assert.match(page, /"offline":true/);
      // a folder with no Python snapshot: the page asks for none (no 404 in the console)
      assert.match(page, /"snapshot":false/);
      assert.equal((await get("/dist/pyodide/tablit-snapshot.json"))[0], 404);
    } finally {
      await server.close();
    }
  });

  test("a --pyodide folder that is not a Pyodide distribution, or a --package-base that is neither URL nor folder, is refused clearly", async () => {
    await assert.rejects(startServer({ apps: [new App("", join(dir, "app"), "app.py")], quiet: true, pyodideDir: join(dir, "app") }),
      /is not a Pyodide distribution folder \(it needs pyodide\.mjs and pyodide-lock\.json\)/);
    await assert.rejects(startServer({ apps: [new App("", join(dir, "app"), "app.py")], quiet: true, packageBase: join(dir, "nowhere") }),
      /--package-base .*nowhere: not a URL and not a folder/);
  });
});

describe("tablit build: what an app asks for", () => {
  test("imports of every .py file (functions and pages included) and requirements.txt names", () => {
    const files = { "app.py": "import streamlit as st\nimport pandas as pd\n", "pages/one.py": "def f():\n    from sklearn import tree\n", "requirements.txt": "pyarrow>=18\nsome-pure-package\n" };
    const wants = appWants(files, join(dir, "app"), "app.py");
    assert.deepEqual(wants.imports.sort(), ["pandas", "sklearn", "streamlit"]);
    assert.deepEqual(wants.requirements, ["pyarrow>=18", "some-pure-package"]);
  });
  test("pyscript.toml's top-level packages, not a table's", () => {
    const toml = "name = 'x'\npackages = [\"scipy\", 'matplotlib>=3']  # comment\n[files]\npackages = ['no']\n";
    const wants = appWants({ "app.py": "", "pyscript.toml": toml }, join(dir, "app"), "app.py");
    assert.deepEqual(wants.requirements, ["scipy", "matplotlib>=3"]);
  });
});
