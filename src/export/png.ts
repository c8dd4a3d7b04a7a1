// PNG of the current view: the map canvas framed with a title, the date, the visible layers and the sources.
export interface PngFrame {
  title: string;
  date: string;
  layers: string;
  sources: string;
}

/** Draws the frame around a copy of the map canvas (kept with preserveDrawingBuffer) and returns the PNG. */
export function viewToPng(mapCanvas: HTMLCanvasElement, frame: PngFrame): Promise<Blob | null> {
  const ratio = mapCanvas.width / mapCanvas.getBoundingClientRect().width || 1;
  const pad = Math.round(16 * ratio);
  const head = Math.round(64 * ratio);
  const foot = Math.round(48 * ratio);
  const out = document.createElement('canvas');
  out.width = mapCanvas.width + pad * 2;
  out.height = mapCanvas.height + head + foot;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1c2026';
  ctx.font = `600 ${Math.round(22 * ratio)}px system-ui, sans-serif`;
  ctx.fillText(frame.title, pad, Math.round(30 * ratio));
  ctx.font = `${Math.round(15 * ratio)}px system-ui, sans-serif`;
  ctx.fillText(`${frame.date} · ${frame.layers}`, pad, Math.round(52 * ratio));
  ctx.drawImage(mapCanvas, pad, head);
  ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
  ctx.fillStyle = '#333333';
  ctx.fillText(frame.sources, pad, head + mapCanvas.height + Math.round(28 * ratio));
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
