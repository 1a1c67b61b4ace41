// AudioColumn / VideoColumn cells: as in Streamlit 1.67, the cell shows an audio or video
// file icon (never the URL, which is often a long data: URL); activating it opens a small
// player over the grid (<audio>/<video> with controls, named "Audio player" / "Video
// player").  The player is position: fixed (popover.js); Escape or a pointer press
// outside closes it (Escape gives the focus back to the cell's button).
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { usePopover } from './popover.js';

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
  const { open, root, button, close, toggle, fixedStyle } = usePopover('.tl-grid-player', 'audio, video');
  const src = mediaSrc(v, kind);
  const name = kind === 'audio' ? 'Audio player' : 'Video player';
  if (!src) return html`<span class="tl-grid-null">${String(v)}</span>`;
  const onKey = (e) => {
    e.stopPropagation(); // (the grid's keys must not act meanwhile)
    if (e.key === 'Escape') { e.preventDefault(); close(); }
  };
  return html`<span class="tl-grid-media" ref=${root}>
    <button type="button" ref=${button} class="tl-grid-media-btn" aria-label=${`${label}: open ${kind}`}
      aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} onClick=${toggle}
      ><${InlineMd} text=${kind === 'audio' ? ':material/audio_file:' : ':material/video_file:'} /></button>
    ${open ? html`<div role="dialog" aria-label=${name} class=${`tl-grid-player tl-grid-player-${kind}`}
        style=${fixedStyle()} onKeyDown=${onKey} onClick=${(e) => e.stopPropagation()}>
      ${kind === 'audio'
        ? html`<audio src=${src} controls aria-label=${name} tabindex="0"></audio>`
        : html`<video src=${src} controls aria-label=${name} tabindex="0"></video>`}
    </div>` : null}
  </span>`;
}
