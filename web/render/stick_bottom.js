// A chat app (a chat_input pinned in the bottom block) keeps the page scrolled
// to its end while messages arrive, as Streamlit 1.67 does: on first paint
// and whenever the main column grows, if the reader was at the end.  A reader
// who scrolled up is left where they are until they come back down, or use
// the bottom block (typing or sending a message there brings the end back).
import { useEffect, useRef } from 'preact/hooks';

/** How close to the end (px) still counts as "at the end". */
const SLACK = 48;

/** The element that scrolls `el`: the nearest scrolling ancestor, else the document's. */
function scroller(el) {
  const doc = el.ownerDocument;
  for (let n = el.parentElement; n && n !== doc.body && n !== doc.documentElement; n = n.parentElement) {
    const y = doc.defaultView.getComputedStyle(n).overflowY;
    if ((y === 'auto' || y === 'scroll') && n.scrollHeight > n.clientHeight) return n;
  }
  return doc.scrollingElement || doc.documentElement;
}

/**
 * While `on`, keep the scroller of `ref.current` at its end when the content
 * under `ref` grows and the reader had not scrolled away from the end.
 * @param {boolean} on
 * @param {{current: HTMLElement|null}} ref
 */
export function useStickToBottom(on, ref) {
  const stuck = useRef(true);
  useEffect(() => {
    const el = ref.current;
    if (!on || !el) return undefined;
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const box = scroller(el);
    const isDoc = box === doc.scrollingElement || box === doc.documentElement;
    const target = isDoc ? win : box;
    const atEnd = () => box.scrollHeight - box.scrollTop - box.clientHeight <= SLACK;
    const toEnd = () => {
      if (stuck.current) box.scrollTop = box.scrollHeight;
    };
    const onScroll = () => { stuck.current = atEnd(); };
    const onBottom = (ev) => {
      const t = /** @type {any} */ (ev.target);
      if (t && typeof t.closest === 'function' && t.closest('.tl-bottom')) stuck.current = true;
    };
    target.addEventListener('scroll', onScroll, { passive: true });
    doc.addEventListener('keydown', onBottom, true);
    doc.addEventListener('pointerdown', onBottom, true);
    let observer = null;
    if (typeof win.ResizeObserver === 'function') {
      observer = new win.ResizeObserver(toEnd);
      observer.observe(el);
    }
    toEnd();
    return () => {
      target.removeEventListener('scroll', onScroll);
      doc.removeEventListener('keydown', onBottom, true);
      doc.removeEventListener('pointerdown', onBottom, true);
      if (observer) observer.disconnect();
    };
  }, [on]);
}
