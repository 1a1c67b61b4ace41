// Getting bytes from URLs, with errors that say what was being fetched.

/** @typedef {(url: string) => Promise<Uint8Array>} FetchBytes */

/**
 * The default fetcher: the environment's fetch().
 * @type {FetchBytes}
 */
export async function fetchBytes(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`could not fetch ${url}: ${/** @type {Error} */ (e).message || e}`);
  }
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Resolve `url` against `base` (when given), with a clear error for nonsense.
 * @param {string} url
 * @param {string|undefined} base
 * @returns {string}
 */
export function resolveURL(url, base) {
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch {
    throw new Error(
      base ? `${JSON.stringify(url)} is not a URL (relative to ${base})` : `${JSON.stringify(url)} is not an absolute URL (no base URL was given)`,
    );
  }
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/** @param {Uint8Array} bytes */
export function decodeText(bytes) {
  return decoder.decode(bytes).replace(/^\uFEFF/, "");
}

/**
 * @param {string|Uint8Array|ArrayBuffer} data
 * @returns {string|Uint8Array}
 */
export function asFileData(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // a Buffer or other view: Pyodide wants a plain Uint8Array
  if (ArrayBuffer.isView(data) && data.constructor !== Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return data;
}
