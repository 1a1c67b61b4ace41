// Reading an app's package requirements: requirements.txt (pip's format,
// the subset that makes sense in a browser) and plain requirement lists.

/**
 * What an app asks to install.
 * @typedef {Object} Requirements
 * @property {string[]} packages     PEP 508 requirement strings and wheel URLs/paths, in order
 * @property {string[]} constraints  from `-c` files
 * @property {string[]|null} indexURLs  from --index-url/--extra-index-url/--no-index; null = not said
 * @property {boolean} pre           --pre was given
 */

import { NAME, PROVIDED, RequirementsError, isWheelRef, requirementName } from "./requirement_names.js";

export { PROVIDED, RequirementsError, canonicalName, isWheelRef, requirementName, wheelProject } from "./requirement_names.js";

/**
 * Check one requirement and say why it is unusable, or return null.
 * @param {string} req
 * @returns {string|null}
 */
export function requirementProblem(req) {
  if (typeof req !== "string" || req.trim() === "") return "an empty requirement";
  if (isWheelRef(req)) return null;
  const m = NAME.exec(req.trim());
  if (!m) return `${JSON.stringify(req)} is not a requirement (expected e.g. "numpy", "pandas>=2", or a .whl URL)`;
  const rest = m[3];
  if (rest && !/^(?:[<>=!~;@(]|\s*;)/.test(rest)) {
    return `${JSON.stringify(req)} is not a requirement: unexpected ${JSON.stringify(rest.slice(0, 20))} after the name`;
  }
  return null;
}

/**
 * Drop what tablit provides (streamlit itself) and check the rest.
 * @param {string[]} reqs
 * @param {string} where  named in errors, e.g. "requirements"
 * @returns {string[]}
 */
export function cleanRequirements(reqs, where) {
  const out = [];
  for (const req of reqs) {
    const problem = requirementProblem(req);
    if (problem) throw new RequirementsError(`${where}: ${problem}`);
    const name = requirementName(req);
    if (name !== null && PROVIDED.has(name)) continue;
    out.push(req.trim());
  }
  return out;
}

/** Options that take a value, and what we do with them. */
const VALUE_OPTIONS = new Map([
  ["-r", "requirement"],
  ["--requirement", "requirement"],
  ["-c", "constraint"],
  ["--constraint", "constraint"],
  ["-i", "index"],
  ["--index-url", "index"],
  ["--extra-index-url", "extra-index"],
  ["-f", "ignore"],
  ["--find-links", "ignore"],
  ["--trusted-host", "ignore"],
]);
const FLAG_OPTIONS = new Map([
  ["--pre", "pre"],
  ["--no-index", "no-index"],
  ["--prefer-binary", "ignore"],
  ["--only-binary", "ignore"],
  ["--no-binary", "ignore"],
  ["--require-hashes", "ignore"],
]);

/**
 * Parse a requirements.txt.
 * @param {string} text
 * @param {Object} [opts]
 * @param {string} [opts.name]  file name, for errors
 * @param {(path: string) => string|null} [opts.readFile]  reads a file named by -r/-c, relative to the app
 * @param {string[]} [opts.seen]  guard against -r cycles
 * @returns {Requirements}
 */
export function parseRequirementsTxt(text, opts = {}) {
  const name = opts.name ?? "requirements.txt";
  const seen = opts.seen ?? [name];
  /** @type {Requirements} */
  const out = { packages: [], constraints: [], indexURLs: null, pre: false };
  const lines = String(text).replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i];
    while (line.endsWith("\\") && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i];
    line = line.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const where = `${name}, line ${lineNo}`;
    if (line.startsWith("-")) {
      const m = /^(-[A-Za-z]|--[A-Za-z-]+)(?:\s*=\s*|\s+)?(.*)$/.exec(line);
      const opt = m ? m[1] : line;
      const value = m ? m[2].trim() : "";
      const action = VALUE_OPTIONS.get(opt) ?? FLAG_OPTIONS.get(opt);
      if (!action) {
        const hint = opt === "-e" || opt === "--editable" ? " (editable installs need a local checkout; list a wheel instead)" : "";
        throw new RequirementsError(`${where}: unsupported option ${opt}${hint}`);
      }
      if (VALUE_OPTIONS.has(opt) && !value) throw new RequirementsError(`${where}: ${opt} needs a value`);
      if (action === "requirement" || action === "constraint") {
        if (!opts.readFile) throw new RequirementsError(`${where}: ${opt} ${value} cannot be read here`);
        if (seen.includes(value)) throw new RequirementsError(`${where}: ${opt} ${value} includes itself`);
        const sub = opts.readFile(value);
        if (sub === null) throw new RequirementsError(`${where}: ${value} is not among the app files`);
        const inner = parseRequirementsTxt(sub, { ...opts, name: value, seen: [...seen, value] });
        if (action === "requirement") {
          out.packages.push(...inner.packages);
          out.constraints.push(...inner.constraints);
          if (inner.indexURLs) out.indexURLs = [...(out.indexURLs ?? []), ...inner.indexURLs];
          out.pre ||= inner.pre;
        } else {
          out.constraints.push(...inner.packages, ...inner.constraints);
        }
      } else if (action === "index") {
        out.indexURLs = [value, ...(out.indexURLs ?? []).slice(1)];
      } else if (action === "extra-index") {
        out.indexURLs = [...(out.indexURLs ?? ["PYPI"]), value];
      } else if (action === "no-index") {
        out.indexURLs = [];
      } else if (action === "pre") {
        out.pre = true;
      }
      continue;
    }
    // per-requirement options: "pkg==1.0 --hash=sha256:..."
    const req = line.replace(/\s+--?[A-Za-z][A-Za-z-]*(?:[=\s]\S+)?/g, "").trim();
    const problem = requirementProblem(req);
    if (problem) throw new RequirementsError(`${where}: ${problem}`);
    out.packages.push(req);
  }
  out.packages = cleanRequirements(out.packages, name);
  return out;
}
