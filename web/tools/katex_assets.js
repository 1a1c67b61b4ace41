// KaTeX's stylesheet and fonts for dist/katex/: the math chunk (web/render/math.js)
// links ../katex/katex.min.css the first time a page draws math, so they are
// served from the deployment itself (no CDN).  Only the woff2 fonts are
// copied: every browser that runs Pyodide takes the first source of each
// @font-face, which is woff2, and never asks for the others.

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

/**
 * Copy katex.min.css, LICENSE and fonts/*.woff2 into `dir` (replaced).
 * @param {string} dir
 */
export function copyKatexAssets(dir) {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve("katex/dist/katex.min.css"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "fonts"), { recursive: true });
  copyFileSync(join(dist, "katex.min.css"), join(dir, "katex.min.css"));
  const license = join(dist, "..", "LICENSE");
  if (existsSync(license)) copyFileSync(license, join(dir, "LICENSE"));
  for (const f of readdirSync(join(dist, "fonts"))) {
    if (f.endsWith(".woff2")) copyFileSync(join(dist, "fonts", f), join(dir, "fonts", f));
  }
}
