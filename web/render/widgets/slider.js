// st.slider and st.select_slider: native <input type=range> (role slider,
// aria-valuenow), the value shown live while dragging, committed on release
// (change/pointerup) or key press.  Range sliders use two thumbs.
import { html } from '../html.js';
import { formatSliderValue } from '../format.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

function SliderBase({ node, min, max, step, show }) {
  const p = node.props;
  const w = useWidget(node);
  const range = !!p.range;
  const raw = w.e.value;
  const vals = range ? (Array.isArray(raw) ? raw : [min, max]) : [raw == null ? min : raw];
  const name = ariaName(node);
  const labelId = w.id + '-label';
  const commit = () => w.commit(w.e.value);
  const onInput = (i) => (ev) => {
    const v = Number(ev.currentTarget.value);
    if (!range) return w.setLocal(v);
    const nv = vals.slice();
    nv[i] = v;
    if (i === 0 && nv[0] > nv[1]) nv[0] = nv[1];
    if (i === 1 && nv[1] < nv[0]) nv[1] = nv[0];
    w.setLocal(nv);
  };
  const pct = (v) => (max > min ? ((v - min) / (max - min)) * 100 : 0);
  const fill = range ? `left:${pct(vals[0])}%;width:${pct(vals[1]) - pct(vals[0])}%` : `left:0;width:${pct(vals[0])}%`;
  const thumb = (v, i) => html`<input type="range" class="tl-range" id=${i === 0 ? w.id : w.id + '-end'}
      min=${min} max=${max} step=${step} value=${v} disabled=${!!p.disabled}
      aria-valuenow=${v} aria-valuetext=${show(v)}
      aria-label=${range ? `${name} ${i === 0 ? 'start' : 'end'}` : (p.label_visibility && p.label_visibility !== 'visible' ? name : undefined)}
      onInput=${onInput(i)} onChange=${commit} onPointerUp=${commit} onKeyUp=${commit} />`;
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} labelId=${labelId} />
    <div class=${'tl-slider' + (range ? ' tl-slider-range' : '')} role=${range ? 'group' : undefined} aria-labelledby=${range ? labelId : undefined}>
      <div class="tl-slider-values">
        ${vals.map((v, i) => html`<span class="tl-slider-value" style=${`left:${pct(v)}%`} data-testid="stSliderThumbValue"><${LabelMd} text=${show(v)} /></span>`)}
      </div>
      <div class="tl-slider-track"><div class="tl-slider-fill" style=${fill}></div>
        ${vals.map(thumb)}
      </div>
      <div class="tl-slider-ticks" aria-hidden="true" data-testid="stSliderTickBar"><span><${LabelMd} text=${show(min)} /></span><span><${LabelMd} text=${show(max)} /></span></div>
    </div>
  </div>`;
}

function Slider({ node }) {
  const p = node.props;
  const step = p.step || (p.data_type === 'int' ? 1 : 0.01);
  return html`<${SliderBase} node=${node} min=${p.min} max=${p.max} step=${step} show=${(v) => formatSliderValue(v, p)} />`;
}

function SelectSlider({ node }) {
  const opts = node.props.options || [];
  return html`<${SliderBase} node=${node} min=${0} max=${Math.max(0, opts.length - 1)} step=${1} show=${(i) => String(opts[i] ?? '')} />`;
}

export default { slider: Slider, select_slider: SelectSlider };
