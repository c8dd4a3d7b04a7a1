// PNG of a comparison: map A and map B side by side, each labelled with its month, then the change list and the
// sources line, so the image explains itself when pasted into a briefing note.

export interface ComparePngFrame {
  title: string;
  /** The labels of the two maps, A then B. */
  labels: [string, string];
  /** One line per change (date, change, source document). */
  lines: readonly string[];
  sources: string;
}

/** Draws both map canvases (kept with preserveDrawingBuffer), each at half width, and the list below them. */
export function compareToPng([a, b]: [HTMLCanvasElement, HTMLCanvasElement], frame: ComparePngFrame): Promise<Blob | null> {
  const ratio = a.width / a.getBoundingClientRect().width || 1;
  const px = (n: number): number => Math.round(n * ratio);
  const pad = px(16);
  const gap = px(8);
  const head = px(48);
  const mapWidth = Math.round(a.width / 2);
  const mapHeight = Math.round((a.height / a.width) * mapWidth);
  const lineHeight = px(17);
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  out.width = mapWidth * 2 + gap + pad * 2;
  out.height = head + mapHeight + px(16) + frame.lines.length * lineHeight + px(36);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1c2026';
  ctx.font = `600 ${px(22)}px system-ui, sans-serif`;
  ctx.fillText(frame.title, pad, px(32));
  [a, b].forEach((canvas, i) => {
    const left = pad + i * (mapWidth + gap);
    ctx.drawImage(canvas, left, head, mapWidth, mapHeight);
    ctx.font = `600 ${px(14)}px system-ui, sans-serif`;
    const label = frame.labels[i]!;
    const w = ctx.measureText(label).width + px(12);
    ctx.fillStyle = '#1c2026';
    ctx.fillRect(left + px(6), head + px(6), w, px(22));
    ctx.fillStyle = '#ffffff';
    ctx.fillText(label, left + px(12), head + px(22));
  });
  ctx.fillStyle = '#1c2026';
  ctx.font = `${px(12)}px system-ui, sans-serif`;
  const listTop = head + mapHeight + px(16);
  frame.lines.forEach((line, i) => ctx.fillText(line, pad, listTop + (i + 1) * lineHeight - px(4), out.width - pad * 2));
  ctx.fillStyle = '#333333';
  ctx.fillText(frame.sources, pad, out.height - px(14));
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
