// Media: st.audio, st.video (native players, YouTube embeds, subtitle
// tracks, start/end times), st.pdf (the browser's PDF viewer), st.iframe /
// components.v1.html (sandboxed frames); st.html's scripted frame.  Fetched the first time
// a page draws one (web/render/index.js; the logo of the shell is elements/logo.js).
//
// Bytes arrive as data: URLs (py/tablit/elements/media.py); players get them
// as blob: URLs, which seek and do not sit in the DOM as megabytes of text.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, widthStyle as cssWidth } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';
import { safeUrl } from '../safe_url.js';
import { useCtx } from '../context.js';

/**
 * A blob: URL for a data: URL (revoked when it changes or the element goes);
 * other URLs as they are.  `type` forces the blob's type (PDFs).
 * @param {any} src @param {string} [type]
 */
export function useBlobUrl(src, type) {
  const url = useMemo(() => {
    if (typeof src !== 'string' || !src.startsWith('data:') || typeof Blob === 'undefined') return src;
    const comma = src.indexOf(',');
    const head = src.slice(5, comma);
    const base64 = /;base64$/i.test(head);
    const mime = type || head.replace(/;base64$/i, '').split(';')[0] || 'application/octet-stream';
    try {
      const body = src.slice(comma + 1);
      let bytes;
      if (base64) {
        const bin = atob(body);
        bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      } else {
        bytes = new TextEncoder().encode(decodeURIComponent(body));
      }
      return URL.createObjectURL(new Blob([bytes], { type: mime }));
    } catch {
      return src;
    }
  }, [src, type]);
  useEffect(() => () => {
    if (typeof url === 'string' && url.startsWith('blob:')) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}

/** CSS width of a player: pixels, or the container's width. */
function widthStyle(width) {
  return cssWidth(typeof width === 'number' ? width : 'stretch');
}

/**
 * Start at start_time, stop (or loop back) at end_time, as Streamlit's players do.
 * @param {{current: HTMLMediaElement|null}} ref
 * @param {Record<string, any>} p
 */
function useTimes(ref, p) {
  const start = Number(p.start_time) || 0;
  const end = typeof p.end_time === 'number' ? p.end_time : null;
  const loop = !!p.loop;
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const seek = () => {
      if (start > 0 && el.currentTime < start) el.currentTime = start;
    };
    const onTime = () => {
      if (end !== null && el.currentTime >= end) {
        if (loop) {
          el.currentTime = start;
          el.play?.()?.catch?.(() => {});
        } else {
          el.pause();
        }
      }
    };
    const onEnded = () => {
      if (loop && start > 0) {
        el.currentTime = start;
        el.play?.()?.catch?.(() => {});
      }
    };
    if (el.readyState >= 1) seek();
    el.addEventListener('loadedmetadata', seek);
    el.addEventListener('timeupdate', onTime);
    el.addEventListener('ended', onEnded);
    return () => {
      el.removeEventListener('loadedmetadata', seek);
      el.removeEventListener('timeupdate', onTime);
      el.removeEventListener('ended', onEnded);
    };
  }, [start, end, loop]);
}

function Refused({ node, what }) {
  return html`<div ...${elAttrs(node)}><span class="tl-media-refused">${what} not shown: unsupported URL</span></div>`;
}

function Audio({ node }) {
  const p = node.props;
  const ref = useRef(null);
  const src = useBlobUrl(safeUrl(p.src, { data: true }));
  useTimes(ref, p);
  if (!src && p.src) return html`<${Refused} node=${node} what="Audio" />`;
  // (src "": st.audio(None), a player without media, as 1.67 draws it)
  return html`<div ...${elAttrs(node, 'tl-media')}>
    <audio ref=${ref} controls src=${src || undefined} style=${widthStyle(p.width)} aria-label=${p.alt || 'Audio'}
      loop=${p.loop && !(p.start_time > 0)} autoplay=${!!p.autoplay} preload="metadata"></audio>
  </div>`;
}

/** The YouTube embed URL with Streamlit's start/end/loop/autoplay/mute parameters. */
function youtubeSrc(p) {
  let url;
  try {
    url = new URL(p.src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !/(^|\.)youtube(-nocookie)?\.com$/.test(url.hostname)) return null;
  const id = url.pathname.split('/').pop();
  if (p.start_time) url.searchParams.set('start', String(p.start_time));
  if (typeof p.end_time === 'number') url.searchParams.set('end', String(p.end_time));
  if (p.loop) {
    url.searchParams.set('loop', '1');
    url.searchParams.set('playlist', id || '');
  }
  if (p.autoplay) url.searchParams.set('autoplay', '1');
  if (p.muted) url.searchParams.set('mute', '1');
  return url.href;
}

function Track({ track, first }) {
  const src = useBlobUrl(safeUrl(track.src, { data: true }), 'text/vtt');
  if (!src) return null;
  return html`<track kind="captions" src=${src} label=${track.label || 'default'} default=${first} />`;
}

function Video({ node }) {
  const p = node.props;
  const ref = useRef(null);
  const src = useBlobUrl(p.youtube ? null : safeUrl(p.src, { data: true }));
  useTimes(ref, p);
  if (p.youtube) {
    const yt = youtubeSrc(p);
    if (!yt) return html`<${Refused} node=${node} what="Video" />`;
    return html`<div ...${elAttrs(node, 'tl-media tl-video')}>
      <iframe class="tl-youtube" src=${yt} title=${p.alt || 'YouTube video'} style=${widthStyle(p.width)}
        allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>
    </div>`;
  }
  if (!src && p.src) return html`<${Refused} node=${node} what="Video" />`;
  const tracks = Array.isArray(p.subtitles) ? p.subtitles : [];
  return html`<div ...${elAttrs(node, 'tl-media tl-video')}>
    <video ref=${ref} controls src=${src || undefined} style=${widthStyle(p.width)} aria-label=${p.alt || 'Video'} playsinline
      loop=${p.loop && !(p.start_time > 0)} autoplay=${!!p.autoplay} muted=${!!p.muted} preload="metadata">
      ${tracks.map((t, i) => html`<${Track} key=${i} track=${t} first=${i === 0} />`)}
    </video>
  </div>`;
}

function Pdf({ node }) {
  const p = node.props;
  const src = useBlobUrl(safeUrl(p.src, { data: true }), 'application/pdf');
  if (!src) return html`<${Refused} node=${node} what="PDF" />`;
  const height = p.height === 'stretch' ? '100%' : `${Number(p.height) || 500}px`;
  return html`<div ...${elAttrs(node, 'tl-media tl-pdf')} style=${p.height === 'stretch' ? 'height:100%' : undefined}>
    <iframe class="tl-pdf-frame" src=${src} title=${p.alt || 'PDF document'} style=${`height:${height}`}></iframe>
    <a class="tl-pdf-link" href=${src} target="_blank" rel="noopener noreferrer">Open the PDF in a new tab</a>
  </div>`;
}

// Scripts of an HTML frame run in a sandbox without the page's origin (they
// cannot reach the app or its worker); this one reports the document height
// so height="content" can fit it.
const MEASURE = '<script>(function(){var last=0;function s(){var h=document.documentElement.scrollHeight;'
  + 'if(h!==last){last=h;parent.postMessage({tablitFrameHeight:h},"*");}}'
  + 'if(window.ResizeObserver){new ResizeObserver(s).observe(document.documentElement);}'
  + 'window.addEventListener("load",s);s();})();</script>';
const SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads';

function Iframe({ node }) {
  const p = node.props;
  const ref = useRef(null);
  const [measured, setMeasured] = useState(0);
  const isDoc = typeof p.srcdoc === 'string';
  const fit = isDoc && p.height === 'content';
  // A document is written into dist/frame.html (loaded by URL: its scripts run under
  // its own policy, not the page's Content-Security-Policy), else given as srcdoc.
  const ctx = useCtx();
  const frameURL = isDoc ? ctx.frameURL || null : null;
  const doc = isDoc ? p.srcdoc + (fit ? MEASURE : '') : null;
  // Listening from the commit itself (a layout effect), not after paint: a frame.html the
  // service worker serves from its cache can load and say it is ready before a passive
  // effect runs, and its document would never be sent.
  useLayoutEffect(() => {
    if (!fit && !frameURL) return undefined;
    const onMessage = (ev) => {
      const frame = /** @type {HTMLIFrameElement|null} */ (ref.current);
      if (!frame || ev.source !== frame.contentWindow) return;
      if (frameURL && ev.data && ev.data.tablitFrameReady) frame.contentWindow.postMessage({ tablitFrameHtml: doc }, '*');
      const h = ev.data && ev.data.tablitFrameHeight;
      if (fit && typeof h === 'number' && h >= 0 && h < 100000) setMeasured(Math.ceil(h));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [fit, frameURL, doc]);
  const src = isDoc ? null : safeUrl(p.src, { data: true });
  if (!isDoc && !src) return html`<${Refused} node=${node} what="Frame" />`;
  const height = fit ? `${measured || 0}px` : p.height === 'stretch' ? '100%' : typeof p.height === 'number' ? `${p.height}px` : '150px';
  const width = typeof p.width === 'number' ? `${p.width}px` : p.width === 'content' ? 'auto' : '100%';
  return html`<div ...${elAttrs(node, 'tl-iframe-wrap')}>
    <iframe ref=${ref} key=${frameURL ? doc : 'frame'} class="tl-iframe" title=${p.alt || (isDoc ? 'Embedded HTML' : `Embedded page: ${src}`)}
      src=${frameURL || src || undefined} srcdoc=${isDoc && !frameURL ? doc : undefined}
      sandbox=${isDoc ? SANDBOX : SANDBOX + ' allow-same-origin'} tabindex=${p.tab_index ?? undefined}
      scrolling=${p.scrolling ? 'auto' : 'no'} style=${`width:${width};max-width:100%;height:${height}`}></iframe>
  </div>`;
}

/**
 * st.html(..., unsafe_allow_javascript=True): the HTML with its scripts
 * running, in a sandboxed frame fitted to its height (apart from the page's
 * origin, so the app's own page and worker stay out of its reach).
 * @param {{node: any}} props
 */
export function ScriptedHtml({ node }) {
  const p = node.props;
  const frame = { ...node, props: { srcdoc: String(p.body ?? ''), height: 'content', width: p.width, scrolling: false, alt: 'HTML with scripts' } };
  return html`<${Iframe} node=${frame} />`;
}

export default { audio: Audio, video: Video, pdf: Pdf, iframe: Iframe };
