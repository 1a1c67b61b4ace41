// A chat app (a chat_input pinned in the bottom block) keeps the page scrolled
// to its end while messages arrive, as Streamlit 1.67 does: on first paint
// and whenever the main column grows, if the reader was at the end.  A reader
// who scrolled up is left where they are until they come back down, or use
// the bottom block (typing or sending a message there brings the end back).
import { useEffect } from 'preact/hooks';

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
 * Whether to follow the end of `box` (anything with scrollTop, scrollHeight and
 * clientHeight), decided from the scroll position alone.  A scroll event arrives
 * a frame after the scroll, and the content may have grown in between, so "not
 * at the end" then proves nothing: our own jump to the end, seen late, would
 * let go of the end.  What marks the reader scrolling up is the position going
 * up from the last one seen (and not because the content shrank under it: then
 * it sits at the new end).  That is also checked when the content grows, so a
 * scroll up whose event has not arrived yet is not pulled back down.
 * @param {{scrollTop: number, scrollHeight: number, clientHeight: number}} box
 */
export function stickTracker(box) {
  let stuck = true;
  let lastTop = box.scrollTop;
  const atEnd = () => box.scrollHeight - box.scrollTop - box.clientHeight <= SLACK;
  const movedUp = () => box.scrollTop < lastTop - 1 && !atEnd();
  return {
    get stuck() { return stuck; },
    /** A scroll event. */
    scrolled() {
      if (movedUp()) stuck = false;
      else if (atEnd()) stuck = true;
      lastTop = box.scrollTop;
    },
    /** The content grew (or first paint): go to the end if still following it. */
    grew() {
      if (stuck && movedUp()) stuck = false;
      if (stuck) box.scrollTop = box.scrollHeight;
      lastTop = box.scrollTop;
    },
    /** The reader used the bottom block: follow the end again. */
    stick() { stuck = true; },
  };
}

/**
 * While `on`, keep the scroller of `ref.current` at its end when the content
 * under `ref` grows and the reader had not scrolled away from the end.
 * @param {boolean} on
 * @param {{current: HTMLElement|null}} ref
 */
export function useStickToBottom(on, ref) {
  useEffect(() => {
    const el = ref.current;
    if (!on || !el) return undefined;
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const box = scroller(el);
    const isDoc = box === doc.scrollingElement || box === doc.documentElement;
    const target = isDoc ? win : box;
    const track = stickTracker(box);
    const toEnd = () => track.grew();
    const onScroll = () => track.scrolled();
    const onBottom = (ev) => {
      const t = /** @type {any} */ (ev.target);
      if (t && typeof t.closest === 'function' && t.closest('.tl-bottom')) track.stick();
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
