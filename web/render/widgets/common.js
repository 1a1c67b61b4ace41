// Helpers shared by widgets: the store hook, labels, commit/trigger.
import { useLayoutEffect, useReducer } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { LabelMd, Markdown, plainText } from '../markdown.js';
import { submitForm } from '../forms.js';
import { keyClass } from '../st_classes.js';

const TESTID = { selectbox: 'stSelectbox', select_slider: 'stSlider', pills: 'stButtonGroup', segmented_control: 'stButtonGroup', multiselect: 'stMultiSelect', dataframe: 'stDataFrame', toggle: 'stCheckbox',
  caption: 'stMarkdown', divider: 'stMarkdown', // 1.67 draws both as Markdown (a caption's body is its stCaptionContainer)
  title: 'stHeading', header: 'stHeading', subheader: 'stHeading' }; // 1.67: stHeader is the app's header bar

/** Streamlit-style data-testid for a kind: text_input -> stTextInput. */
export function testId(kind) {
  return TESTID[kind] || 'st' + kind.replace(/(^|_)([a-z])/g, (_m, _u, c) => c.toUpperCase());
}

/**
 * The style of props.width (Streamlit's width=): pixels, "stretch" (the
 * container's width) or "content" (as wide as the content); none if unset.
 */
export function widthStyle(width) {
  if (typeof width === 'number' && width > 0) return `width:${width}px;max-width:100%`;
  if (width === 'stretch') return 'width:100%';
  if (width === 'content') return 'width:fit-content;max-width:100%';
  return undefined;
}

export { keyClass };

/** A button's look, 1.67's kind: primary, tertiary, or secondary (the default and anything else). */
export function buttonKind(p) {
  return p.type === 'primary' ? 'primary' : p.type === 'tertiary' ? 'tertiary' : 'secondary';
}

/** Root attributes of an element: class, data-testid and the style of props.width. */
export function elAttrs(node, extra = '') {
  const p = node.props || {};
  return {
    // wrap: false one row, true wraps, unset (null) as the layout decides (tablit.widgets.css)
    // (tl-full: a width of its own, stretch or pixels, is the control's too: a button, the row of pills)
    class: `tl-el tl-k-${node.kind}${p.disabled ? ' tl-disabled' : ''}${p.width === 'stretch' || typeof p.width === 'number' || p.use_container_width ? ' tl-full' : ''}${p.wrap === false ? ' tl-nowrap' : p.wrap === true ? ' tl-wraps' : ''}${extra ? ' ' + extra : ''}${keyClass(node)}`,
    'data-testid': testId(node.kind),
    style: widthStyle(p.width),
  };
}

/** JSON-equality of wire values. */
export function same(a, b) {
  if (a === b) return true;
  if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The widget's store entry, re-rendering the calling component when the
 * entry changes.  Returns {ctx, e, id (DOM id), setLocal, commit, trigger}.
 */
export function useWidget(node) {
  const ctx = useCtx();
  const [, force] = useReducer((x) => x + 1, 0);
  let e = ctx.store.get(node.id);
  if (!e) {
    // Not seen by sync (should not happen): a detached entry from props.
    const v = node.props.value;
    e = { kind: node.kind, form: node.props.form || '', value: v, initial: v, committed: v, draft: null, rev: 0, subs: new Set() };
    ctx.store.entries.set(node.id, e);
  }
  // A layout effect: subscribed as soon as the widget is in the DOM, so a
  // change right after a render re-draws it.
  useLayoutEffect(() => {
    e.subs.add(force);
    return () => e.subs.delete(force);
  }, [e]);
  const form = node.props.form || '';
  return {
    ctx,
    e,
    id: domId(ctx, node.id),
    form,
    /** Change the shown value without committing (typing). */
    setLocal(value) {
      ctx.store.setLocal(node.id, value);
    },
    /** Commit a value: pending inside a form, else sent when it changed. */
    commit(value) {
      ctx.store.setLocal(node.id, value);
      if (form) return;
      // required: an empty value is not committed; the last committed one stays.
      if (node.props.required && (value == null || (typeof value === 'string' && !value.trim()))) return;
      if (same(value, e.committed)) return;
      e.committed = value;
      // on_change="ignore": no rerun now; the value goes with the next update.
      if (node.props.on_change === 'ignore' && ctx.defer) ctx.defer({ id: node.id, value });
      else ctx.send({ type: 'update', changes: [{ id: node.id, value }], trigger: null });
    },
    /** Enter in a form field: submit the form as its first submit button. */
    enterSubmit() {
      if (!form) return false;
      const f = ctx.store.forms.get(form);
      if (!f || !f.enterToSubmit || !f.submitId || f.submitDisabled) return false;
      submitForm(ctx, form, f.submitId);
      return true;
    },
  };
}

function Help({ text }) {
  return html`<span class="tl-help" tabindex="0" role="note" aria-label="Help">
    <span aria-hidden="true" class="tl-help-icon">?</span>
    <span class="tl-tooltip" role="tooltip"><${Markdown} body=${text} /></span>
  </span>`;
}

/**
 * A widget label tied to its control: <label for=...> (or a plain element with
 * an id for groups, referenced by aria-labelledby).  label_visibility "hidden"
 * and "collapsed" keep it for assistive tech (visually hidden).
 */
export function Label({ node, forId, labelId, tag = 'label', after = null }) {
  const p = node.props;
  const vis = p.label_visibility || 'visible';
  const T = tag;
  return html`<div class=${'tl-label-row tl-label-' + vis}>
    <${T} class="tl-label" data-testid="stWidgetLabel" for=${tag === 'label' ? forId : undefined} id=${labelId}><${LabelMd} text=${p.label} /></${T}>
    ${p.help ? html`<${Help} text=${p.help} />` : null}
    ${after}
  </div>`;
}

/** aria-label for controls whose visible label may be hidden. */
export function ariaName(node) {
  return plainText(node.props.label);
}

export { Help };
