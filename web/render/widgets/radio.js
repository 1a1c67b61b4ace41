// st.radio: a radiogroup, committed on choice.
import { html } from '../html.js';
import { InlineMd, LabelMd } from '../markdown.js';
import { elAttrs, useWidget, Label } from './common.js';

function Radio({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const captions = p.captions || [];
  const labelId = w.id + '-label';
  // 1.67: with any caption the options stand 8 px apart, and in a row an option without one keeps
  // a caption's height (its spacer), so that the row's options line up
  const hasCaptions = captions.some((c) => c != null && c !== '');
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div role="radiogroup" aria-labelledby=${labelId} data-testid="stRadioGroup"
      class=${'tl-radio' + (p.horizontal ? ' tl-horizontal' : '') + (hasCaptions ? ' tl-has-captions' : '')}>
      ${opts.map((o, i) => html`<label class="tl-radio-opt" key=${i} data-testid="stRadioOption">
        <input type="radio" name=${w.id} value=${String(i)} checked=${w.e.value === i} disabled=${!!p.disabled}
          onChange=${() => w.commit(i)} />
        <span class="tl-radio-text"><${LabelMd} text=${o} />${captions[i]
          ? html`<span class="tl-caption tl-radio-caption" data-testid="stRadioCaption"><${InlineMd} text=${captions[i]} /></span>`
          : p.horizontal && hasCaptions ? html`<span class="tl-caption tl-radio-caption" aria-hidden="true" data-testid="stRadioCaptionSpacer">\u00a0</span>` : null}</span>
      </label>`)}
    </div>
  </div>`;
}

export default { radio: Radio };
