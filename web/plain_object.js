// What the messages and configurations take as a JSON object (protocol.js; the worker's
// pyscript config reader, runtime/pyscript_config.js, which is a lazily loaded chunk).

/** @param {unknown} v @returns {v is Object<string, unknown>} */
export function isPlainObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
