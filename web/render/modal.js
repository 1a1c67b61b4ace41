// A native modal <dialog> kept open or closed by a component's state: st.dialog and the
// "Script execution error" dialog (elements/dialog.js, elements/exception.js).
import { useEffect } from 'preact/hooks';

/**
 * Show the <dialog> behind `ref` as a modal while `open`, and close it otherwise.  Opening
 * it focuses the dialog itself, as 1.67 does (Tab then reaches its first control).
 * @param {{current: HTMLDialogElement|null}} ref
 * @param {boolean} open
 * @param {unknown} again  changes each time the dialog is asked for anew (it opens again)
 */
export function useModal(ref, open, again) {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      d.focus();
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open, again]);
}
