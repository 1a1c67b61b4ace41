// Fixture render messages for tests and the dev page.

let seq = 0;
const w = (kind, label, value, props = {}) => ({
  id: `$$ID-${kind}-${props.key || label}`,
  kind,
  props: { label, value, set: false, disabled: false, help: null, label_visibility: 'visible', form: '', key: null, ...props },
});
const el = (kind, props, id) => ({ id: id || `main:0.${seq++}`, kind, props });
const block = (kind, props, children, id) => ({ id: id || `main:0.${seq++}`, kind, props, children });

/** A message exercising every node kind. */
export function demoMessage() {
  seq = 0;
  const main = block('block', {}, [
    el('title', { body: 'tablit demo', anchor: null, help: null, divider: false }),
    el('markdown', { body: 'Streamlit apps **in the browser tab**: :red[red text], `code`, [a link](https://example.com).\n\n- one\n- two', unsafe_allow_html: false, help: null }),
    el('caption', { body: 'A caption under the intro.', unsafe_allow_html: false }),
    w('button', 'Say hello', null, { type: 'secondary', icon: null, use_container_width: false }),
    w('button', 'Primary action', null, { type: 'primary', icon: null, use_container_width: false }),
    w('text_input', 'Your name', 'Ada', { max_chars: null, type: 'default', placeholder: 'Type a name', autocomplete: null }),
    w('number_input', 'Age', 36, { min: 0, max: 130, step: 1, format: null, placeholder: null, data_type: 'int' }),
    w('slider', 'Temperature', 0.5, { min: 0, max: 1, step: 0.05, format: null, data_type: 'float', range: false, help: 'How creative the answers are.' }),
    w('slider', 'Range', [20, 80], { min: 0, max: 100, step: 1, format: null, data_type: 'int', range: true }),
    block('columns', { gap: 'small', vertical_alignment: 'top' }, [
      block('column', { weight: 1 }, [
        w('selectbox', 'Flavour', 0, { options: ['Vanilla', 'Chocolate', 'Strawberry'], placeholder: null, accept_new_options: false }),
        w('checkbox', 'I agree', true, {}),
        w('toggle', 'Dark mode', false, {}),
      ]),
      block('column', { weight: 1 }, [
        w('radio', 'Size', 1, { options: ['Small', 'Medium', 'Large'], horizontal: false, captions: null }),
        w('multiselect', 'Toppings', [0, 2], { options: ['Nuts', 'Sprinkles', 'Cherries', 'Sauce'], max_selections: null, placeholder: null }),
      ]),
    ]),
    block('tabs', { labels: ['Data', 'Chart', 'Notes'] }, [
      block('tab', { label: 'Data' }, [
        el('table', { columns: ['', 'city', 'population'], rows: [['0', 'Paris', '2,102,650'], ['1', 'Lyon', '522,250'], ['2', 'Nice', '342,669']] }),
      ]),
      block('tab', { label: 'Chart' }, [el('text', { body: 'no charts yet' })]),
      block('tab', { label: 'Notes' }, [w('text_area', 'Notes', 'Some notes', { max_chars: null, height: null, placeholder: null })]),
    ]),
    block('expander', { label: 'More options', expanded: false, icon: null }, [
      w('date_input', 'Start date', '2024-05-01', { min: '2000-01-01', max: '2030-12-31', format: 'YYYY/MM/DD', range: false }),
      w('time_input', 'Alarm', '07:30', { step: 900 }),
      w('color_picker', 'Colour', '#ff4b4b', {}),
      w('select_slider', 'Rating', 2, { options: ['bad', 'poor', 'ok', 'good', 'great'], range: false }),
    ]),
    block('form', { form_id: 'signup', border: true, clear_on_submit: false, enter_to_submit: true }, [
      w('text_input', 'Email', '', { form: 'signup', max_chars: null, type: 'default', placeholder: null, autocomplete: null }),
      w('form_submit_button', 'Sign up', null, { form: 'signup', type: 'secondary', icon: null, use_container_width: false }),
    ]),
    el('alert', { kind: 'success', body: 'Saved **successfully**.', icon: null }),
    el('alert', { kind: 'info', body: 'Some information.', icon: 'ℹ️' }),
    el('alert', { kind: 'warning', body: 'Careful now.', icon: null }),
    el('alert', { kind: 'error', body: 'Something failed.', icon: null }),
    el('exception', { type: 'ZeroDivisionError', message: 'division by zero', message_is_markdown: false, traceback: ['File "app.py", line 3, in <module>', '    1 / 0'], is_warning: false }),
    el('code', { body: 'import streamlit as st\nst.write("hello")', language: 'python', line_numbers: false }),
    el('json', { body: '{"name": "tablit", "tags": ["pyodide", "streamlit"], "nested": {"a": 1, "b": null}}', expanded: true }),
    el('divider', {}),
    w('file_uploader', 'Upload a CSV', [], { type: ['csv'], accept_multiple_files: false }),
    w('download_button', 'Download data', null, { type: 'secondary', icon: null, use_container_width: false, data: 'aGVsbG8=', file_name: 'hello.txt', mime: 'text/plain' }),
    block('columns', { gap: 'small', vertical_alignment: 'top' }, [
      block('column', { weight: 1 }, [el('metric', { label: 'Temperature', value: '70 °F', delta: '1.2 °F', color: 'green', direction: 'up', help: null, icon: null, label_visibility: 'visible', border: false })]),
      block('column', { weight: 1 }, [el('metric', { label: 'Wind', value: '9 mph', delta: '-8%', color: 'red', direction: 'down', help: null, icon: null, label_visibility: 'visible', border: true })]),
    ]),
    el('progress', { value: 42, text: 'Loading…' }),
    block('popover', { label: 'Open popover', expanded: false, icon: null, help: null, disabled: false, type: 'secondary' }, [
      w('checkbox', 'In the popover', false, {}),
    ]),
    el('page_link', { url_path: 'settings', label: 'Go to settings', icon: '⚙️', disabled: false, help: null, external: false, query: '' }),
    el('image', { images: [{ src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2260%22 height=%2240%22%3E%3Crect width=%2260%22 height=%2240%22 fill=%22%23ff4b4b%22/%3E%3C/svg%3E', caption: 'A red box' }], width: null, link: null }),
    el('latex', { body: '$$\na^2 + b^2 = c^2\n$$', help: null }),
    el('html', { body: '<p style="margin:0">Some <b>HTML</b></p>' }),
    w('camera_input', 'Take a picture', null, { type: ['.jpg', '.jpeg', '.png', '.webp'], accept_multiple_files: false, capture: 'environment' }),
    el('toast', { body: 'Hello from a toast', icon: '🎉', duration: 'short' }),
    w('chat_input', '', null, { placeholder: 'Say something', max_chars: null, prefill: null }),
  ], 'main');
  const sidebar = block('block', {}, [
    el('header', { body: 'Sidebar', anchor: null, help: null, divider: false }, 'sidebar:0.0'),
    w('selectbox', 'Model', 1, { key: 'model', options: ['small', 'medium', 'large'], placeholder: null, accept_new_options: false }),
  ], 'sidebar');
  return {
    type: 'render',
    run: 1,
    tree: { main, sidebar },
    page: 'demo',
    pages: [
      { url_path: 'demo', title: 'Demo', icon: '🎈', section: '' },
      { url_path: 'settings', title: 'Settings', icon: '⚙️', section: '' },
    ],
    query: '',
    banner: null,
    clear_forms: [],
    page_config: {},
  };
}

/** A message with n text inputs / checkboxes / markdown (performance). */
export function bigMessage(n = 1000, run = 1, changed = -1) {
  const children = [];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    if (k === 0) children.push(w('text_input', `Field ${i}`, i === changed ? `changed ${run}` : `v${i}`, { key: `f${i}`, max_chars: null, type: 'default', placeholder: null, autocomplete: null }));
    else if (k === 1) children.push(w('checkbox', `Check ${i}`, false, { key: `c${i}` }));
    else children.push(w('number_input', `Num ${i}`, i, { key: `n${i}`, min: null, max: null, step: 1, format: null, placeholder: null, data_type: 'int' }));
  }
  return {
    type: 'render', run, page: '', pages: [], query: '', banner: null, clear_forms: [],
    tree: { main: { id: 'main', kind: 'block', props: {}, children }, sidebar: { id: 'sidebar', kind: 'block', props: {}, children: [] } },
  };
}
