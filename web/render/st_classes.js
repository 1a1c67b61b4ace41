// Streamlit's own class names on the page, as 1.67 sets them: an element's
// root carries its data-testid as a class too (stButton, stMarkdown,
// stVerticalBlock, stExpander, ...), the header and toolbar stAppHeader and
// stAppToolbar, a logo stLogo.  Apps restyle themselves with them
// (st.markdown("<style>.stButton button {...}</style>", unsafe_allow_html=True))
// and their tests find things by them; one Preact hook adds them wherever a
// DOM node is drawn with such a data-testid, so no view has to remember to.
import { options } from 'preact';

/** The test ids 1.67 also gives as a class, without their "st". */
const SAME = new Set(('App Alert AlertContainer Audio AudioInput Balloons BidiComponent Bottom Button ButtonGroup CameraInput '
  + 'ChatInput ChatMessage Checkbox Code ColorPicker Column DataFrame DateInput DateTimeInput DeckGlJsonChart Dialog DownloadButton ElementToolbar '
  + 'EChartsChart Empty Event Exception Expander Feedback FileUploader Form FormSubmitButton GraphVizChart Grid GridCell Heading Help '
  + 'HorizontalBlock Html IFrame Image Json LinkButton Main MainBlockContainer MainMenu Markdown MenuButton Metric MultiSelect '
  + 'NumberInput PageLink Pagination PlotlyChart Popover Progress Radio Selectbox Sidebar Skeleton Slider Snow Space StatusWidget '
  + 'Table Tabs Text TextArea TextInput TimeInput Toast ToastContainer ToolbarActions VegaLiteChart VerticalBlock Video').split(' ').map((n) => 'st' + n));
/** @type {Record<string, string>} test id -> 1.67's class where they differ */
const OTHER = { stHeader: 'stAppHeader', stToolbar: 'stAppToolbar', stHeaderLogo: 'stLogo', stSidebarLogo: 'stLogo' };

/** 1.67's class for a data-testid, or undefined. @param {unknown} id */
export function stClass(id) {
  return typeof id !== 'string' ? undefined : SAME.has(id) ? id : OTHER[id];
}

const next = options.vnode;
options.vnode = (vnode) => {
  const p = /** @type {any} */ (vnode.props);
  if (typeof vnode.type === 'string' && p && p['data-testid']) {
    const c = stClass(p['data-testid']);
    if (c) {
      const k = 'className' in p && !('class' in p) ? 'className' : 'class';
      const had = p[k] ? String(p[k]) : '';
      if (!(' ' + had + ' ').includes(' ' + c + ' ')) p[k] = had ? had + ' ' + c : c;
    }
  }
  next?.(vnode);
};

/**
 * 1.67's class for an element or container with a user key: "st-key-" and the
 * key, other characters than letters, digits, "-" and "_" as "-" (apps style and
 * find keyed things by it).  With a leading space; "" without a key.
 * @param {{props?: Record<string, any>}} node
 */
export function keyClass(node) {
  const k = node.props?.key;
  return k == null || k === '' ? '' : ' st-key-' + String(k).replace(/[^A-Za-z0-9_-]/g, '-');
}
