// The `data` a st.components.v2 component's function receives, from its node's
// props.data (py/tablit/components/v2.py _serialize_data), as 1.67 gives it.
import { fromBase64 } from '../grid/arrow.js';

/** The placeholder of a DataFrame in a dict's JSON (1.67's ARROW_REF_KEY). */
export const ARROW_REF_KEY = '__streamlit_arrow_ref__';

/**
 * JSON values as they are, bytes as a Uint8Array, DataFrames (the data itself, or
 * first-level values of a dict) as apache-arrow Tables: that library is loaded only
 * when a component is given a DataFrame.
 * @param {{json?: string, arrow_blobs?: Record<string, string>, bytes?: string, arrow?: string} | null | undefined} d
 * @returns {Promise<any>}
 */
export async function parseData(d) {
  if (d == null) return null;
  if (typeof d.bytes === 'string') return fromBase64(d.bytes);
  if (typeof d.arrow === 'string') {
    const { tableFromIPC } = await import('apache-arrow');
    return tableFromIPC(fromBase64(d.arrow));
  }
  const value = JSON.parse(/** @type {string} */ (d.json));
  const blobs = d.arrow_blobs;
  if (!blobs || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { tableFromIPC } = await import('apache-arrow');
  /** @param {string} ref */
  const table = (ref) => {
    const b64 = blobs[ref];
    if (typeof b64 !== 'string') return null;
    try {
      return tableFromIPC(fromBase64(b64));
    } catch {
      return null;
    }
  };
  const isRef = (v) => v && typeof v === 'object' && !Array.isArray(v) && typeof v[ARROW_REF_KEY] === 'string';
  if (isRef(value)) return table(value[ARROW_REF_KEY]);
  /** @type {Record<string, any>} */
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = isRef(v) ? table(v[ARROW_REF_KEY]) : v;
  return out;
}
