// Films what the map presents, for the bench only (builds with VITE_TEST_HANDLES=1): each frame the map draws is read
// back from its drawing buffer (in the 'render' event, before the compositor takes it) as a thumbnail, with the time
// and the month the timeline shows. Reference thumbnails of each month's settled map let the bench tell which month a
// frame shows. The analysis is scripts/bench/play-analysis.ts.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Every STEP-th pixel across and down. */
const STEP = 4;
/** A sampled pixel differs when its red, green and blue move by more than this in all. */
const PIXEL_TOLERANCE = 30;

interface Frame {
  t: number;
  pixels: Uint8Array;
}

export interface FilmResult {
  /** Distances (differing sampled pixels) of each filmed frame to each reference, by reference month. */
  frames: Array<{ t: number; distances: number[] }>;
  /** When the timeline's label first showed each month (ms, performance.now()). */
  labels: Array<{ t: number; month: string }>;
  /** The reference months, in order, and the distance of each from the one before (0 for the first). */
  months: string[];
  changes: number[];
  /** Distance between two captures of the same settled month: what counts as no difference. */
  noise: number;
  samples: number;
}

export interface ScreenFilm {
  /** Draws the month (through `show`) and keeps the settled map's thumbnail as that month's reference. */
  reference(month: string, show: (month: string) => void): Promise<void>;
  start(): void;
  stop(): FilmResult;
}

function thumbnail(map: MapLibreMap): Uint8Array {
  const canvas = map.getCanvas();
  const gl = canvas.getContext('webgl2');
  const { width, height } = canvas;
  if (!gl) return new Uint8Array(0);
  const full = new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, full);
  const w = Math.floor(width / STEP);
  const h = Math.floor(height / STEP);
  const out = new Uint8Array(w * h * 3);
  let o = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * STEP * width + x * STEP) * 4;
      out[o++] = full[i]!;
      out[o++] = full[i + 1]!;
      out[o++] = full[i + 2]!;
    }
  }
  return out;
}

function distance(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length) / 3;
  let n = 0;
  for (let i = 0; i < a.length; i += 3) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > PIXEL_TOLERANCE) n++;
  }
  return n;
}

/** `label` reads the timeline's label text; `month` the month the store holds (the label shows it once it changed). */
export function screenFilm(map: MapLibreMap, label: () => string | null, month: () => string): ScreenFilm {
  const refs: Array<{ month: string; pixels: Uint8Array }> = [];
  let noise = 0;
  let frames: Frame[] = [];
  let labels: Array<{ t: number; month: string }> = [];
  let filming = false;
  let lastLabel: string | null = null;
  const onRender = (): void => {
    if (!filming) return;
    const t = performance.now();
    frames.push({ t, pixels: thumbnail(map) });
  };
  const observer = new MutationObserver(() => {
    const now = label();
    if (filming && now && now !== lastLabel) labels.push({ t: performance.now(), month: month() });
    lastLabel = now;
  });
  const settle = (): Promise<Uint8Array> =>
    new Promise((resolve) => {
      map.once('idle', () => resolve(thumbnail(map)));
      map.triggerRepaint();
    });
  return {
    async reference(month, show) {
      show(month);
      const pixels = await settle();
      if (refs.length === 0) noise = distance(pixels, await settle());
      refs.push({ month, pixels });
    },
    start() {
      frames = [];
      labels = [];
      lastLabel = label();
      filming = true;
      map.on('render', onRender);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    stop() {
      filming = false;
      map.off('render', onRender);
      observer.disconnect();
      const result: FilmResult = {
        frames: frames.map((f) => ({ t: f.t, distances: refs.map((r) => distance(f.pixels, r.pixels)) })),
        labels,
        months: refs.map((r) => r.month),
        changes: refs.map((r, i) => (i === 0 ? 0 : distance(refs[i - 1]!.pixels, r.pixels))),
        noise,
        samples: (refs[0]?.pixels.length ?? 0) / 3,
      };
      frames = [];
      return result;
    },
  };
}
