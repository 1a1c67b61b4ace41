// Page-side widget state: the value each widget shows, its initial value,
// the last value the run reported, pending form values and form metadata.
// Lives outside Preact so forms, clear_forms and set=true can reach it.

/** Node kinds that are widgets (they carry label/value/set/form props). */
export const WIDGET_KINDS = new Set([
  'button', 'download_button', 'form_submit_button', 'checkbox', 'toggle',
  'number_input', 'slider', 'select_slider', 'radio', 'selectbox', 'multiselect',
  'text_input', 'text_area', 'date_input', 'time_input', 'color_picker',
  'file_uploader', 'camera_input', 'audio_input', 'chat_input',
  'pills', 'segmented_control', 'feedback', 'datetime_input', 'pagination',
  'vega_lite_chart', 'plotly_chart', 'echarts_chart', 'deck_gl_json_chart', // (widgets when on_select is set: their selection is the value)
  'bidi_component', // (st.components.v2: its state object)
]);

/** Widget kinds that fire a run rather than hold a value. */
const TRIGGER_KINDS = new Set(['button', 'download_button', 'form_submit_button', 'chat_input']);

/**
 * @typedef {Object} Entry
 * @property {string} kind
 * @property {string} form       form id, "" outside forms
 * @property {any} value         wire value the widget shows (the user's local value)
 * @property {any} initial       props.value when the widget first appeared
 * @property {any} [default]     props.default: the value a cleared form resets it to
 *                               (the session's model of the page assumes the same)
 * @property {any} committed     last value the run reported or that we sent
 * @property {string|null} draft free text being typed (number_input, chat_input)
 * @property {number} rev        bumped whenever the value is replaced from outside
 * @property {Set<() => void>} subs  re-render callbacks of mounted views
 */

/** @typedef {{submitId: string|null, submitDisabled?: boolean, enterToSubmit: boolean, clearOnSubmit: boolean}} FormInfo */

export class WidgetStore {
  constructor() {
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
    /** @type {Map<string, Map<string, any>>} form id -> widget id -> pending value */
    this.pending = new Map();
    /** @type {Map<string, FormInfo>} */
    this.forms = new Map();
  }

  /** @returns {Entry|undefined} */
  get(id) {
    return this.entries.get(id);
  }

  /**
   * Apply a render message to the widget state before it is drawn.
   * Returns the ids of widgets whose shown value was replaced (set=true or a
   * cleared form): their views must re-render even if their props did not change.
   * @param {{tree?: Record<string, any>, clear_forms?: string[], stale?: string[]}} msg
   * @returns {Set<string>}
   */
  sync(msg) {
    const forced = new Set();
    const seen = new Set();
    const setNow = [];
    const prefill = [];
    const forms = new Map();
    // Subtrees a live run has not reached yet are the previous run's nodes: their
    // `set` was already applied (re-applying it would undo what the user did since).
    const staleIds = new Set(msg.stale || []);
    const walk = (node, formNode, stale = false) => {
      if (!node) return;
      stale = stale || staleIds.has(node.id);
      const kind = node.kind;
      const p = node.props || {};
      if (kind === 'form') {
        formNode = { submitId: null, enterToSubmit: p.enter_to_submit !== false, clearOnSubmit: !!p.clear_on_submit };
        forms.set(p.form_id || node.id, formNode);
      } else if (WIDGET_KINDS.has(kind) || (kind === 'dataframe' && 'value' in p)) {
        const form = p.form || '';
        if (kind === 'form_submit_button') {
          const f = forms.get(form) || formNode;
          if (f && f.submitId == null) {
            f.submitId = node.id;
            f.submitDisabled = !!p.disabled;
          }
        }
        seen.add(node.id);
        let e = this.entries.get(node.id);
        if (!e || e.kind !== kind) {
          e = { kind, form, value: p.value, initial: p.value, committed: p.value, draft: null, rev: 0, subs: new Set() };
          this.entries.set(node.id, e);
        } else if (p.set && !stale) {
          setNow.push([e, node.id, p.value]);
        }
        // chat_input: text that st.session_state[key] put in the box this run.
        if (kind === 'chat_input' && typeof p.prefill === 'string') prefill.push([e, node.id, p.prefill]);
        e.form = form;
        // (a run still going may send a node the run has not re-placed yet, holding the value of the
        // run before the user's change: only a finished run says what Python holds, or a field just
        // committed would look edited again, "Press Enter to apply", until the run reached it)
        if (!stale && !msg.running) e.committed = p.value;
        if ('default' in p) e.default = p.default;
      }
      if (node.children) for (const c of node.children) walk(c, formNode, stale);
    };
    const tree = msg.tree || {};
    for (const k in tree) walk(tree[k], null);
    this.forms = forms;
    for (const [id, e] of this.entries) {
      if (!seen.has(id)) {
        this.entries.delete(id);
        const pend = this.pending.get(e.form);
        if (pend) pend.delete(id);
      }
    }
    // A form cleared after its submit shows its widgets' defaults, and (as in
    // Streamlit) those defaults are what its next submit sends for every widget
    // the user leaves alone: they are its pending values.  A rerun from outside
    // the form still holds the submitted values (the session's client_values).
    for (const formId of msg.clear_forms || []) {
      const pend = new Map();
      for (const [id, e] of this.entries) {
        if (e.form === formId && !TRIGGER_KINDS.has(e.kind)) {
          const value = 'default' in e ? e.default : e.initial;
          this.replace(e, value);
          pend.set(id, value);
          forced.add(id);
        }
      }
      this.pending.set(formId, pend);
    }
    // An explicit set=true from the run wins over a form reset.
    for (const [e, id, v] of setNow) {
      this.replace(e, v);
      forced.add(id);
      const pend = this.pending.get(e.form);
      if (pend) pend.delete(id);
    }
    for (const [e, id, text] of prefill) {
      e.draft = text;
      e.rev++;
      forced.add(id);
    }
    return forced;
  }

  /** Replace the shown value from outside (set=true, form cleared). */
  replace(e, value) {
    e.value = value;
    e.draft = null;
    e.rev++;
  }

  /**
   * The user changed a widget's local value.  Records it as pending when the
   * widget is in a form, and re-renders the widget's views.
   */
  setLocal(id, value) {
    const e = this.entries.get(id);
    if (!e) return;
    e.value = value;
    if (e.form) {
      let pend = this.pending.get(e.form);
      if (!pend) this.pending.set(e.form, (pend = new Map()));
      pend.set(id, value);
    }
    this.notify(e);
  }

  notify(e) {
    for (const fn of e.subs) fn();
  }

  /** Pending changes of a form, emptied. */
  takePending(formId) {
    const pend = this.pending.get(formId);
    this.pending.delete(formId);
    if (!pend) return [];
    const out = [];
    for (const [id, value] of pend) if (this.entries.has(id)) out.push({ id, value });
    return out;
  }
}
