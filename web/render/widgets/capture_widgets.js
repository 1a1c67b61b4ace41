// The chunk behind st.camera_input and st.audio_input (registered lazily in
// file_uploader.js): an app that captures nothing downloads none of it, and
// the waveform library (wavesurfer.js) is a further chunk of its own.
import { html } from '../html.js';
import CameraInput from './camera_input.js';
import AudioInput from './audio_input.js';

/** One component for both kinds (registerLazy loads one export). */
export default function CaptureWidget({ node }) {
  return node.kind === 'audio_input' ? html`<${AudioInput} node=${node} />` : html`<${CameraInput} node=${node} />`;
}
