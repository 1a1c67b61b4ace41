// The app's fonts for dist/fonts/: Source Sans 3 and Source Code Pro, the families
// Streamlit 1.67 draws with, from the @fontsource-variable packages (SIL Open Font
// License).  Only the latin subset of the variable (wght) fonts is copied: one file
// covers every weight the theme uses (400 text, 600 headings and bold, 700 h1, and
// any baseFontWeight), about 29 KB for the sans.  web/render/fonts.css declares them
// with font-display: swap, so first paint never waits for a font, and a browser
// fetches a file only when the page shows text in that face (italic, code).

import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

/** [package, file in its files/, license name in dist/fonts/] */
export const FONT_FILES = [
  ["@fontsource-variable/source-sans-3", "source-sans-3-latin-wght-normal.woff2"],
  ["@fontsource-variable/source-sans-3", "source-sans-3-latin-wght-italic.woff2"],
  ["@fontsource-variable/source-code-pro", "source-code-pro-latin-wght-normal.woff2"],
];

/**
 * Copy the fonts and their licenses into `dir` (replaced).  Returns the bytes copied.
 * @param {string} dir
 */
export function copyFontAssets(dir) {
  const require = createRequire(import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const licensed = new Set();
  for (const [pkg, file] of FONT_FILES) {
    const root = dirname(require.resolve(`${pkg}/package.json`));
    copyFileSync(join(root, "files", file), join(dir, file));
    bytes += statSync(join(dir, file)).size;
    if (!licensed.has(pkg)) {
      licensed.add(pkg);
      copyFileSync(join(root, "LICENSE"), join(dir, `LICENSE-${pkg.split("/")[1]}.txt`));
    }
  }
  return bytes;
}
