// What st.camera_input(resolution=) and st.audio_input(sample_rate=) ask of a
// capture: a photo as a JPEG (a chosen image scaled to the resolution's
// height), a recording as mono 16-bit PCM WAV at the sample rate (1.67's
// recorder format).  The widgets themselves: camera_input.js, audio_input.js.

/** bytes -> base64 (chunked: no call-stack limit). */
export function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A mono Float32Array as a 16-bit PCM WAV file's bytes. */
export function wavBytes(samples, rate) {
  const out = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const str = (o, s) => { for (let i = 0; i < s.length; i++) out.setUint8(o + i, s.charCodeAt(i)); };
  str(0, 'RIFF'); out.setUint32(4, 36 + samples.length * 2, true); str(8, 'WAVE'); str(12, 'fmt ');
  out.setUint32(16, 16, true); out.setUint16(20, 1, true); out.setUint16(22, 1, true);
  out.setUint32(24, rate, true); out.setUint32(28, rate * 2, true); out.setUint16(32, 2, true); out.setUint16(34, 16, true);
  str(36, 'data'); out.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]));
    out.setInt16(44 + i * 2, v * 0x7fff, true);  // (1.67 scales both signs by 32767)
  }
  return new Uint8Array(out.buffer);
}

/**
 * A recording (a Blob in any format the browser decodes) as the bytes of a
 * mono 16-bit PCM WAV at `rate` (null: its own rate): decoded, mixed down
 * and resampled by an OfflineAudioContext, as 1.67's recorder does.
 * Rejects when the browser cannot decode it.
 * @param {Blob} blob
 * @param {number|null} rate
 */
export async function wavFromAudio(blob, rate) {
  const AC = typeof window !== 'undefined' && (window.AudioContext || /** @type {any} */ (window).webkitAudioContext);
  if (!AC || typeof OfflineAudioContext === 'undefined') throw new Error('this browser cannot convert audio');
  const ctx = new AC();
  try {
    const decoded = await ctx.decodeAudioData(await blob.arrayBuffer());
    const target = rate || decoded.sampleRate;
    const length = Math.max(1, Math.ceil(decoded.duration * target));
    const off = new OfflineAudioContext(1, length, target);
    const src = off.createBufferSource();
    src.buffer = decoded;
    src.connect(off.destination);
    src.start();
    const rendered = await off.startRendering();
    return wavBytes(rendered.getChannelData(0), target);
  } finally {
    if (ctx.close) ctx.close();
  }
}

/** A photo (File) scaled to `height` pixels high (null: its own size), as a JPEG {name, type, size, data}. */
export async function scaleImage(file, height) {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return null;
  try {
    const img = await createImageBitmap(file);
    const h = height || img.height;
    const w = Math.max(1, Math.round(img.width * (h / img.height)));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.getContext('2d').drawImage(img, 0, 0, w, h);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    if (!blob) return null;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const name = String(file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg';
    return { name, type: 'image/jpeg', size: bytes.length, data: base64(bytes) };
  } catch {
    return null;
  }
}
