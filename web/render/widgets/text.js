// st.text_input (commits on Enter or blur, only if changed) and st.text_area
// (commits on Ctrl/Cmd+Enter or blur).  Inside a form the typed text is a
// pending value; Enter submits the form (enter_to_submit).
import { useState, useRef, useLayoutEffect } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Icon } from './icon.js';

const INPUT_TYPES = { password: 'password', email: 'email', url: 'url', phone: 'tel', search: 'search' };

/** The message of props.validate ([regex, message]) when `value` fails it, else null. */
export function validationError(rule, value) {
  if (!rule || value === '' || value == null) return null;
  let re;
  try { re = new RegExp(rule[0], 'us'); } catch { return null; }
  return re.test(String(value)) ? null : (rule[1] || 'Invalid value.');
}

function useTextWidget(node) {
  const w = useWidget(node);
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState(/** @type {string|null} */ (null));
  const timer = useRef(/** @type {any} */ (null));
  const value = w.e.value == null ? '' : String(w.e.value);
  const dirty = value !== (w.e.committed == null ? '' : String(w.e.committed));
  const commitIfChanged = () => {
    clearTimeout(timer.current);
    if (w.form) return;
    const v = w.e.value;
    const bad = validationError(node.props.validate, v);
    setError(bad);
    if (bad) return;
    if (v === w.e.committed || (v === '' && w.e.committed == null)) return;
    w.commit(v);
  };
  const live = node.props.live;
  const handlers = {
    onInput: (ev) => {
      w.setLocal(ev.currentTarget.value);
      if (typeof live === 'number' && !w.form) {
        clearTimeout(timer.current);
        timer.current = setTimeout(commitIfChanged, live);
      }
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commitIfChanged();
    },
  };
  return { w, value, dirty, focused, commitIfChanged, handlers, error };
}

function Instructions({ show, text, count }) {
  if (!show && !count) return null;
  return html`<div class="tl-instructions" data-testid="InputInstructions" aria-hidden="true">${show ? text : ''}${count ? html`<span class="tl-count">${count}</span>` : null}</div>`;
}

function TextInput({ node }) {
  const p = node.props;
  const t = useTextWidget(node);
  // type="password": 1.67's eye toggle shows the text (a pressed "Hide password") or hides it again.
  const [reveal, setReveal] = useState(false);
  const password = p.type === 'password';
  const { w } = t;
  const onKeyDown = (ev) => {
    if (ev.key !== 'Enter' || ev.isComposing) return;
    ev.preventDefault();
    if (w.form) w.enterSubmit();
    else t.commitIfChanged();
  };
  const hint = w.form ? (w.ctx.store.forms.get(w.form)?.enterToSubmit ? 'Press Enter to submit form' : '') : 'Press Enter to apply';
  const vis = p.label_visibility || 'visible';
  // (1.67's field holds the input's root: apps style ".stTextInput > div > div > input")
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-text-field"><div class=${'tl-input-wrap' + (p.icon ? ' tl-has-icon' : '') + (password ? ' tl-has-eye' : '')} data-testid="stTextInputRootElement">
      ${p.icon ? html`<span class="tl-input-icon"><${Icon} icon=${p.icon} /></span>` : null}
      <input class="tl-input" data-testid="stTextInputField" id=${w.id} type=${password && reveal ? 'text' : INPUT_TYPES[p.type] || 'text'} value=${t.value}
        required=${!!p.required} aria-invalid=${t.error ? 'true' : undefined} aria-describedby=${t.error ? w.id + '-error' : undefined}
        placeholder=${p.placeholder || undefined} maxLength=${p.max_chars || undefined}
        autocomplete=${p.autocomplete || (p.type === 'password' ? 'new-password' : 'off')}
        aria-label=${vis !== 'visible' ? ariaName(node) : undefined}
        disabled=${!!p.disabled} onKeyDown=${onKeyDown} ...${t.handlers} />
      ${password ? html`<button type="button" class="tl-eye" aria-label=${reveal ? 'Hide password' : 'Show password'}
        aria-pressed=${reveal ? 'true' : 'false'} aria-controls=${w.id} disabled=${!!p.disabled}
        onMouseDown=${(ev) => ev.preventDefault()} onClick=${() => setReveal(!reveal)}><${Icon} icon=${reveal ? ':material/visibility_off:' : ':material/visibility:'} /></button>` : null}
      <${Instructions} show=${t.focused && t.dirty && hint} text=${hint}
        count=${p.max_chars && t.focused ? `${t.value.length}/${p.max_chars}` : ''} />
    </div></div>
    ${t.error ? html`<div class="tl-input-error" id=${w.id + '-error'} role="alert">${t.error}</div>` : null}
  </div>`;
}

/**
 * The text box's height for an element `height` px high, as 1.67 lays it out: the label and
 * its gap (28 px) are part of the element unless collapsed; the element is at least 96 px
 * (68 collapsed: two lines).
 * @param {number} height @param {string} vis
 */
export function textAreaHeight(height, vis) {
  const collapsed = vis === 'collapsed';
  return Math.max(height, collapsed ? 68 : 96) - (collapsed ? 0 : 28);
}

function TextArea({ node }) {
  const p = node.props;
  const t = useTextWidget(node);
  const { w } = t;
  const onKeyDown = (ev) => {
    if (ev.key !== 'Enter' || !(ev.ctrlKey || ev.metaKey)) return;
    ev.preventDefault();
    if (w.form) w.enterSubmit();
    else t.commitIfChanged();
  };
  const vis = p.label_visibility || 'visible';
  const hint = w.form ? '' : 'Press Ctrl+Enter to apply';
  const box = useRef(/** @type {HTMLTextAreaElement|null} */ (null));
  // height "content": the box grows with the text (its scroll height and border)
  useLayoutEffect(() => {
    const el = box.current;
    if (p.height !== 'content' || !el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [p.height, t.value]);
  return html`<div ...${elAttrs(node, p.height === 'stretch' ? 'tl-ta-stretch' : '')}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-input-wrap" data-testid="stTextAreaRootElement">
      <textarea ref=${box} class="tl-input tl-textarea" id=${w.id} value=${t.value} required=${!!p.required}
        style=${typeof p.height === 'number' ? `height:${textAreaHeight(p.height, vis)}px` : undefined}
        placeholder=${p.placeholder || undefined} maxLength=${p.max_chars || undefined}
        aria-label=${vis !== 'visible' ? ariaName(node) : undefined}
        disabled=${!!p.disabled} onKeyDown=${onKeyDown} ...${t.handlers} />
      <${Instructions} show=${t.focused && t.dirty && hint} text=${hint}
        count=${p.max_chars && t.focused ? `${t.value.length}/${p.max_chars}` : ''} />
    </div>
  </div>`;
}

export default { text_input: TextInput, text_area: TextArea };
