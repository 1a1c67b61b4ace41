// `npm run build` step: an entry (dist/tablit.js, dist/worker.js) and the chunks
// it imports statically become one file.  esbuild's code splitting puts every
// module that the entry and some lazily loaded chunk share into a chunk of its
// own, one per set of sharers: a page downloaded them all with the entry, each
// compressed apart (about 5 KB more, gzipped, for tablit.js's fifteen).  Here
// they are bundled into the entry, and each such chunk's file becomes a line
// that re-exports its names from the entry, for the lazy chunks that import it:
// one module instance (the entry's), fetched only by a lazy chunk.

import { existsSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as esbuild from "esbuild";

/** @param {string} p  a path as a relative module specifier ("./x.js", "../x.js") */
const spec = (p) => (p.startsWith(".") ? p : `./${p}`).replaceAll("\\", "/");

/**
 * Bundle `entry` (a path below `out`) with the chunks it imports statically, per the split build's metafile.
 * @param {{out: string, entry: string, metafile: esbuild.Metafile, options: esbuild.BuildOptions}} p
 *   options: the split build's (format, minify, sourcemap, target...)
 * @returns {Promise<string[]>} the chunks merged (paths below out), now re-exporting from the entry
 */
export async function mergeStaticChunks({ out, entry, metafile, options }) {
  const abs = (/** @type {string} */ k) => resolve(k);
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([k, v]) => [abs(k), v]));
  const entryPath = join(out, entry);
  if (!outputs[entryPath]) throw new Error(`merge: ${entry} is not among the build's outputs`);
  /** @type {string[]} */ const statics = [];
  const queue = [entryPath];
  while (queue.length) {
    for (const i of outputs[/** @type {string} */ (queue.shift())].imports) {
      const p = abs(i.path);
      if (i.kind === "import-statement" && outputs[p] && !statics.includes(p)) {
        statics.push(p);
        queue.push(p);
      }
    }
  }
  if (!statics.length) return [];
  // a module that exports the entry's names and, renamed c<i>_<name>, every chunk's
  const lines = [`export * from ${JSON.stringify(spec(entry))};`];
  const names = statics.map((c, i) => outputs[c].exports.map((n) => [n, `c${i}_${n}`]));
  statics.forEach((c, i) => {
    if (names[i].length) lines.push(`export { ${names[i].map(([n, a]) => `${n} as ${a}`).join(", ")} } from ${JSON.stringify(spec(relative(out, c)))};`);
  });
  const main = outputs[entryPath].exports.includes("default") ? [`export { default } from ${JSON.stringify(spec(entry))};`] : [];
  const merged = join(out, `.merge-${entry}`);
  writeFileSync(merged, [...lines, ...main].join("\n"));
  try {
    const bundled = await esbuild.build({
      entryPoints: [merged], bundle: true, write: false, outfile: entryPath, format: "esm", platform: options.platform,
      target: options.target, minify: options.minify, sourcemap: options.sourcemap, legalComments: options.legalComments,
      logLevel: "warning", allowOverwrite: true,
      plugins: [{
        name: "lazy-chunks-stay",
        setup(build) {
          // only the entry and its static chunks are bundled; every other file (a lazy chunk) stays where it is
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === "entry-point") return undefined;
            const target = resolve(args.resolveDir, args.path);
            if (target === entryPath || statics.includes(target)) return { path: target };
            return { path: spec(relative(dirname(entryPath), target)), external: true };
          });
        },
      }],
    });
    for (const f of bundled.outputFiles) writeFileSync(f.path, f.contents);
  } finally {
    rmSync(merged, { force: true });
  }
  statics.forEach((c, i) => {
    const from = JSON.stringify(spec(relative(dirname(c), entryPath)));
    writeFileSync(c, names[i].length ? `export { ${names[i].map(([n, a]) => `${a} as ${n}`).join(", ")} } from ${from};\n` : `import ${from};\n`);
    if (existsSync(`${c}.map`)) rmSync(`${c}.map`);
  });
  return statics.map((c) => relative(out, c));
}
