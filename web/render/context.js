// The renderer context shared by every component (one object per renderer,
// never replaced, so providing it causes no re-renders).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * @typedef {Object} RenderCtx
 * @property {import('./store.js').WidgetStore} store
 * @property {(msg: object) => void} send        post an up message to the worker
 * @property {(change: {id: string, value: any}) => void} [defer]  hold a change for the next update (on_change="ignore")
 * @property {string} prefix                     DOM id prefix unique to this renderer
 * @property {(urlPath: string) => string} pageHref
 * @property {import('./elements/misc.js').Toasts} toasts  the toasts shown in a corner
 * @property {import('./notices.js').Notices} [notices]  why a message was refused (notices.js)
 * @property {string|null} [frameURL]  dist/frame.html: the document HTML frames load (null: srcdoc)
 * @property {import('./direct.js').Views|null} [views]  the mounted node views (updates in place)
 * @property {Set<string>} [stale]  the ids shown stale: a streamed run has not reached them (stale.js)
 */

/** @type {import('preact').Context<RenderCtx>} */
export const Ctx = createContext(/** @type {any} */ (null));

/** @returns {RenderCtx} */
export function useCtx() {
  return useContext(Ctx);
}

/** A DOM id for a node: unique per renderer, stable across reruns. */
export function domId(ctx, nodeId, suffix = '') {
  return ctx.prefix + nodeId.replace(/\s/g, '_') + suffix;
}
