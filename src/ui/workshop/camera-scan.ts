// Reading a QR code with the device's camera (a session code on a team's phone, a team's code on the facilitator's
// laptop). Frames are decoded on the device by jsQR; nothing leaves it. Without a camera, typing or a file still work.
// jsQR (a fifth of the game's own code) is fetched when a scan starts, not with the screen that offers it.
import { button, h } from '../dom';

export function cameraScanner(onCode: (text: string) => void, label: string): HTMLElement | null {
  if (import.meta.env.VITE_LMS) return null; // an LMS package has no workshop, and asks for no camera
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const video = h('video', { class: 'scan-video', muted: true, playsinline: true, 'aria-hidden': 'true', hidden: true });
  let stream: MediaStream | null = null;
  const stop = () => { stream?.getTracks().forEach((t) => t.stop()); stream = null; video.hidden = true; };
  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) { status.textContent = 'This device has no camera the game can use: type the code or load the file.'; return; }
    const decoder = import('jsqr').then((m) => m.default, () => null);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      status.textContent = 'The camera could not be opened (no camera, or permission refused): type the code or load the file.';
      return;
    }
    const jsQR = await decoder;
    if (!jsQR) { stop(); status.textContent = 'The code reader could not be loaded: type the code or load the file.'; return; }
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => undefined);
    status.textContent = 'Hold the QR code up to the camera.';
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const tick = () => {
      if (!stream || !ctx) return;
      if (video.videoWidth > 0) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        ctx.drawImage(video, 0, 0);
        const found = jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (found?.data) { stop(); status.textContent = 'Code read.'; onCode(found.data); return; }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  return h('div', { class: 'scanner' }, button(label, () => { if (stream) stop(); else void start(); }, { 'data-focus': `scan-${label}` }), video, status);
}
