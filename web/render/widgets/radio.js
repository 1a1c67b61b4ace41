// st.radio: a radiogroup, committed on choice.
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { elAttrs, useWidget, Label } from './common.js';

function Radio({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const captions = p.captions || [];
  const labelId = w.id + '-label';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div role="radiogroup" aria-labelledby=${labelId} class=${'tl-radio' + (p.horizontal ? ' tl-horizontal' : '')}>
      ${opts.map((o, i) => html`<label class="tl-radio-opt" key=${i}>
        <input type="radio" name=${w.id} value=${String(i)} checked=${w.e.value === i} disabled=${!!p.disabled}
          onChange=${() => w.commit(i)} />
        <span class="tl-radio-text"><${InlineMd} text=${o} />${captions[i] ? html`<span class="tl-caption tl-radio-caption"><${InlineMd} text=${captions[i]} /></span>` : null}</span>
      </label>`)}
    </div>
  </div>`;
}

export default { radio: Radio };
