// AudioColumn / VideoColumn cells: as in Streamlit 1.67, the cell shows an audio or video
// file icon (never the URL, which is often a long data: URL); activating it opens a small
// player over the grid (<audio>/<video> with controls, named "Audio player" / "Video
// player").  The player is position: fixed (grid cells clip their content); Escape or a
// pointer press outside closes it and gives the focus back to the cell's button.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';

/** Sources a media cell may play: web URLs, data: URLs of its kind, and paths on this site. */
export function mediaSrc(v, kind) {
  const s = String(v).trim();
  if (/^https?:/i.test(s) || (kind === 'audio' ? /^data:audio\//i : /^data:video\//i).test(s)) return s;
  if (/^\/?[\w\-./%]+$/.test(s) && !s.includes('..')) return s;
  return null;
}

/**
 * @param {{v: any, kind: 'audio' | 'video', label: string}} p
 */
export function MediaCell({ v, kind, label }) {
  const [open, setOpen] = useState(/** @type {{left: number, top: number, above: number} | null} */ (null));
  const root = useRef(/** @type {HTMLElement | null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement | null} */ (null));
  const src = mediaSrc(v, kind);
  const name = kind === 'audio' ? 'Audio player' : 'Video player';
  useLayoutEffect(() => {
    if (!open || !root.current) return undefined;
    const box = /** @type {HTMLElement | null} */ (root.current.querySelector('.tl-grid-player'));
    if (box) {
      // (a transformed ancestor makes `fixed` relative to it: correct by the difference)
      const r = box.getBoundingClientRect();
      const view = box.ownerDocument.defaultView;
      const top = open.top + r.height > (view ? view.innerHeight : Infinity) ? Math.max(open.above - r.height - 2, 0) : open.top;
      box.style.left = `${open.left * 2 - r.left}px`;
      box.style.top = `${top + open.top - r.top}px`;
      const player = box.querySelector('audio, video');
      if (player) /** @type {HTMLElement} */ (player).focus();
    }
    const doc = root.current.ownerDocument;
    const onDown = (ev) => { if (root.current && !root.current.contains(ev.target)) setOpen(null); };
    doc.addEventListener('pointerdown', onDown);
    return () => doc.removeEventListener('pointerdown', onDown);
  }, [open]);
  if (!src) return html`<span class="tl-grid-null">${String(v)}</span>`;
  const toggle = (e) => {
    e.stopPropagation();
    if (open) { setOpen(null); return; }
    const r = e.currentTarget.getBoundingClientRect();
    setOpen({ left: r.left, top: r.bottom + 2, above: r.top });
  };
  const onKey = (e) => {
    e.stopPropagation(); // (the grid's keys must not act meanwhile)
    if (e.key === 'Escape') { e.preventDefault(); setOpen(null); button.current?.focus(); }
  };
  return html`<span class="tl-grid-media" ref=${root}>
    <button type="button" ref=${button} class="tl-grid-media-btn" aria-label=${`${label}: open ${kind}`}
      aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} onClick=${toggle}
      ><${InlineMd} text=${kind === 'audio' ? ':material/audio_file:' : ':material/video_file:'} /></button>
    ${open ? html`<div role="dialog" aria-label=${name} class=${`tl-grid-player tl-grid-player-${kind}`}
        style=${`position:fixed;left:${open.left}px;top:${open.top}px`} onKeyDown=${onKey} onClick=${(e) => e.stopPropagation()}>
      ${kind === 'audio'
        ? html`<audio src=${src} controls aria-label=${name} tabindex="0"></audio>`
        : html`<video src=${src} controls aria-label=${name} tabindex="0"></video>`}
    </div>` : null}
  </span>`;
}
