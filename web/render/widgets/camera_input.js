// st.camera_input as 1.67 draws it: the webcam's live preview (getUserMedia)
// over a "Take Photo" button; once taken, the photo ("Snapshot") over a
// "Clear photo" button.  Until the camera answers, and when it is refused, a
// box says "This app would like to use your camera." with 1.67's "Learn how
// to allow access." link.  The photo is a JPEG named as 1.67 names it
// (camera-input-<ISO time>.jpg), as wide as the preview, or, with
// resolution=, at the camera's resolution of that height.
//
// Better than 1.67 where capture is impossible (no camera, or a browser or
// page without getUserMedia): the box says so and offers to choose a photo
// instead (scaled as a capture would be).  The camera's tracks stop when the
// photo is taken, when the widget is disabled or removed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { base64, scaleImage } from './capture.js';
import { accepts, readFile } from './file_uploader.js';

/** Where 1.67 sends users to learn how to let the page use the camera. */
export const CAMERA_HELP_URL = 'https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera';

// Material icons (Apache-2.0): videocam, close, cameraswitch.
const VIDEO = 'M17 10.5V7c0-.55-.45-1-1-1H4c-.55 0-1 .45-1 1v10c0 .55.45 1 1 1h12c.55 0 1-.45 1-1v-3.5l4 4v-11l-4 4z';
const CLOSE = 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';
const SWITCH = 'M20 5h-3.17L15 3H9L7.17 5H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm-5 11.5V14H9v2.5L5.5 13 9 9.5V12h6V9.5l3.5 3.5-3.5 3.5z';
const Icon = ({ d, px = 16 }) => html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width=${px} height=${px} fill="currentColor"><path d=${d} /></svg>`;

/** 1.67's file name of a photo taken now. */
export function photoName(now = new Date()) {
  return `camera-input-${now.toISOString().replaceAll(':', '_')}.jpg`;
}

/**
 * The size of the photo a preview gives: the preview's width and the stream's
 * aspect ratio, or (`sourceSize`, resolution= set) the stream's own size.
 * @param {{videoWidth: number, videoHeight: number, clientWidth: number}} video
 * @param {boolean} sourceSize
 */
export function shotSize(video, sourceSize) {
  const { videoWidth: vw, videoHeight: vh } = video;
  if (sourceSize || !video.clientWidth) return { width: vw, height: vh };
  const width = video.clientWidth;
  return { width, height: Math.max(1, Math.round(width / (vw / vh))) };
}

/**
 * Resolves true once the preview has a frame (at once when it has), false after `ms` without one.
 * @param {HTMLVideoElement} video
 */
function firstFrame(video, ms = 10_000) {
  if (video.videoWidth) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const ev of ['loadeddata', 'resize']) video.removeEventListener(ev, check);
      resolve(video.videoWidth > 0);
    };
    const check = () => { if (video.videoWidth) done(); };
    const timer = setTimeout(done, ms);
    for (const ev of ['loadeddata', 'resize']) video.addEventListener(ev, check);
  });
}

/** The frame the preview shows, as a JPEG file {name, type, size, data}. */
async function takePhoto(video, sourceSize) {
  const { width, height } = shotSize(video, sourceSize);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(video, 0, 0, width, height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 1));
  if (!blob) throw new Error('the browser made no image of the preview');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { name: photoName(), type: 'image/jpeg', size: bytes.length, data: base64(bytes) };
}

/**
 * Why a camera could not be had: "denied" (the user or the browser refused:
 * 1.67's message), "none" (no camera, or no getUserMedia here: a photo can
 * be chosen instead), "busy" (another program holds it).
 * @param {any} err
 */
export function cameraProblem(err) {
  const name = err && err.name;
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'none';
}

function stopStream(stream) {
  if (stream) for (const t of stream.getTracks()) t.stop();
}

/**
 * The live part: asks for the camera while mounted and enabled, shows the
 * preview, takes the photo.  `onPhoto(file)` receives it.
 */
function Webcam({ node, disabled, resuming, onPhoto, onChoose, onAnswer, carry }) {
  const p = node.props;
  const video = useRef(/** @type {HTMLVideoElement|null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const box = useRef(/** @type {HTMLDivElement|null} */ (null));
  const [state, setState] = useState(/** @type {'pending'|'success'|'denied'|'none'|'busy'} */ ('pending'));
  const [facing, setFacing] = useState('user');
  const [cameras, setCameras] = useState(0);
  const height = typeof p.resolution_height === 'number' ? p.resolution_height : null;
  useEffect(() => {
    if (disabled) return undefined;
    const md = typeof navigator !== 'undefined' && navigator.mediaDevices;
    if (!md || typeof md.getUserMedia !== 'function') { setState('none'); return undefined; }
    let stream = null;
    let gone = false;
    setState('pending');
    const width = box.current && box.current.clientWidth;
    const constraints = height ? { height: { ideal: height }, facingMode: facing } : { width: { ideal: width || 640 }, facingMode: facing };
    md.getUserMedia({ audio: false, video: constraints }).then((s) => {
      if (gone) { stopStream(s); return; }
      stream = s;
      if (video.current) video.current.srcObject = s;
      setState('success');
      onAnswer();
      if (typeof md.enumerateDevices === 'function') {
        md.enumerateDevices().then((all) => { if (!gone) setCameras(all.filter((d) => d.kind === 'videoinput').length); }, () => {});
      }
    }, (err) => { if (!gone) { setState(cameraProblem(err)); onAnswer(); } });
    return () => {
      gone = true;
      stopStream(stream);
      if (video.current) video.current.srcObject = null;
    };
  }, [disabled, facing, height]);
  // Focus stays on the widget's button from view to view ("Clear photo" -> "Take Photo" once the camera is back).
  useEffect(() => {
    if (state === 'success' && carry.current && button.current) { button.current.focus(); carry.current = false; }
  }, [state]);
  const [busy, setBusy] = useState(false);
  const shoot = async () => {
    const v = video.current;
    if (!v || state !== 'success' || busy) return;
    const focused = document.activeElement === button.current;
    setBusy(true);
    try {
      // pressed before the camera's first frame (a slow camera, a busy machine): the photo is
      // taken when it comes (1.67 drops such a press)
      if (!(await firstFrame(v)) || video.current !== v) return;
      const file = await takePhoto(v, !!height);
      carry.current = focused;
      onPhoto(file);
    } finally {
      setBusy(false);
    }
  };
  const waiting = state !== 'success' && !disabled && !resuming;
  return html`<div class="tl-camera" data-testid="stCameraInputWebcamComponent" ref=${box}>
    ${waiting ? html`<div class="tl-camera-box tl-camera-ask" role=${state === 'pending' ? undefined : 'status'}>
        <${Icon} d=${VIDEO} px=${40} />
        ${state === 'none' ? html`<p>No camera is available here.
            <button type="button" class="tl-camera-choose" onClick=${onChoose}>Choose a photo instead</button></p>`
        : state === 'busy' ? html`<p>The camera is in use by another program.
            <a href=${CAMERA_HELP_URL} rel="noopener noreferrer" target="_blank">Learn how to allow access.</a></p>`
        : html`<p>This app would like to use your camera.
            <a href=${CAMERA_HELP_URL} rel="noopener noreferrer" target="_blank">Learn how to allow access.</a></p>`}
      </div>` : null}
    ${state === 'success' && !disabled && cameras > 1 ? html`<button type="button" class="tl-camera-switch" aria-label="Switch camera" title="Switch camera"
        data-testid="stCameraInputSwitchButton" onClick=${() => setFacing(facing === 'user' ? 'environment' : 'user')}><${Icon} d=${SWITCH} px=${28} /></button>` : null}
    <div class="tl-camera-box" data-testid="stCameraInputWebcamStyledBox" hidden=${waiting}>
      ${disabled ? null : html`<video ref=${video} autoplay playsinline muted disablepictureinpicture
        aria-label=${'Camera preview: ' + ariaName(node)}></video>`}
    </div>
    <button type="button" class="tl-camera-btn" data-testid="stCameraInputButton" ref=${button}
      disabled=${state !== 'success' || disabled || resuming || busy} onClick=${shoot}>Take Photo</button>
  </div>`;
}

function CameraInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const files = Array.isArray(w.e.value) ? w.e.value : [];
  const photo = files[0] || null;
  // After "Clear photo" the camera is asked again: no "would like to use" flash meanwhile (as 1.67).
  const [resuming, setResuming] = useState(false);
  const picker = useRef(/** @type {HTMLInputElement|null} */ (null));
  const clearButton = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const carry = useRef(false);
  useEffect(() => {
    if (photo && carry.current && clearButton.current) { clearButton.current.focus(); carry.current = false; }
  }, [!!photo]);
  const choose = async (list) => {
    const f = list && list[0];
    if (!f || !/^image\//.test(f.type || '')) return;
    const scaled = await scaleImage(f, p.resolution_height || null);
    // (a browser that cannot re-encode it: the image as it is, if its type is one camera_input takes)
    if (scaled) w.commit([{ ...scaled, name: photoName() }]);
    else if (accepts(p.type, f)) w.commit([await readFile(f)]);
  };
  const src = photo && typeof photo.data === 'string' && /^image\/[\w.+-]+$/.test(photo.type || '') ? `data:${photo.type};base64,${photo.data}` : null;
  const labelId = w.id + '-label';
  return html`<div ...${elAttrs(node)} role="group" aria-labelledby=${labelId}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    ${photo ? html`<div class="tl-camera">
        <div class="tl-camera-box">${src ? html`<img src=${src} alt="Snapshot" />` : null}</div>
        <button type="button" class="tl-camera-btn" data-testid="stCameraInputButton" disabled=${!!p.disabled} ref=${clearButton}
          onClick=${(ev) => { carry.current = document.activeElement === ev.currentTarget; setResuming(true); w.commit([]); }}><${Icon} d=${CLOSE} px=${14} /> Clear photo</button>
      </div>`
      : html`<${Webcam} node=${node} disabled=${!!p.disabled} resuming=${resuming} carry=${carry}
          onPhoto=${(file) => { setResuming(false); w.commit([file]); }} onAnswer=${() => setResuming(false)}
          onChoose=${() => picker.current && picker.current.click()} />`}
    <input type="file" ref=${picker} class="tl-sr-only" tabindex="-1" aria-hidden="true" accept="image/*" capture=${p.capture || undefined}
      disabled=${!!p.disabled} onChange=${(ev) => { const t = ev.currentTarget; choose(t.files).finally(() => { t.value = ''; }); }} />
  </div>`;
}

export default CameraInput;
