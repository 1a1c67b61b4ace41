// Material Symbols for dist/icons/: one SVG per icon (Rounded, weight 400,
// unfilled: what 1.67's icon font draws), from @material-symbols/svg-400.
// The page fetches an icon's file the first time it shows it
// (web/render/icon_files.js), so an app without icons downloads none.
//
// Older names that 1.67's icon font still draws (auto_fix_high -> ...,
// access_alarm -> alarm) come from @material-symbols/font-400's ligatures
// (web/tools/icon_aliases.js): each gets a copy of its current icon's file.
// The font's few names whose glyph no SVG draws (auto_awesome, ...) get an
// SVG made from the font's own outline.
//
// The same packages give Python its list of valid names
// (py/tablit/data/material_icons.txt, for icon= validation as 1.67 does it):
// `node web/tools/icon_assets.js --names` writes it, and a node test checks
// that it matches the installed package.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fontNames } from "./icon_aliases.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const NAMES_FILE = join(ROOT, "py", "tablit", "data", "material_icons.txt");

/** The folder of the package's rounded SVGs. */
function roundedDir() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@material-symbols/svg-400/package.json")), "rounded");
}

/** Every icon name the package has (sorted; the "-fill" variants are not names). */
export function iconNames() {
  return readdirSync(roundedDir())
    .filter((f) => f.endsWith(".svg") && !f.endsWith("-fill.svg"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** @type {ReturnType<typeof fontNames> | null} */
let font = null;
/** Older names the font draws as one of iconNames() (alias -> current name). */
export function iconAliasMap() {
  font ??= fontNames(iconNames());
  return font.aliases;
}

/** Names the font draws with a glyph no SVG has: name -> the glyph's SVG path data. */
export function fontDrawnIcons() {
  font ??= fontNames(iconNames());
  return font.drawn;
}

/** The text of py/tablit/data/material_icons.txt: every valid name, one a line. */
export function namesText() {
  return [...iconNames(), ...Object.keys(iconAliasMap()), ...Object.keys(fontDrawnIcons())].sort().join("\n") + "\n";
}

/**
 * Copy every icon into `dir` (replaced), without the fixed 48px size (the
 * page sizes icons to the text).
 * @param {string} dir
 * @returns {{files: number, bytes: number}}
 */
export function copyIconAssets(dir) {
  const src = roundedDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const names = iconNames();
  const files = [...names.map((n) => [n, n]), ...Object.entries(iconAliasMap())];
  for (const [name, drawn] of files) {
    const svg = readFileSync(join(src, `${drawn}.svg`), "utf8").replace(/ width="48" height="48"/, "");
    writeFileSync(join(dir, `${name}.svg`), svg);
    bytes += Buffer.byteLength(svg);
  }
  for (const [name, d] of Object.entries(fontDrawnIcons())) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960"><path d="${d}"/></svg>`;
    writeFileSync(join(dir, `${name}.svg`), svg);
    bytes += Buffer.byteLength(svg);
  }
  writeFileSync(join(dir, "LICENSE"), readFileSync(join(src, "..", "LICENSE")));
  return { files: files.length + Object.keys(fontDrawnIcons()).length, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes("--names")) {
    mkdirSync(dirname(NAMES_FILE), { recursive: true });
    writeFileSync(NAMES_FILE, namesText());
    console.log(`wrote ${NAMES_FILE}`);
  }
}
