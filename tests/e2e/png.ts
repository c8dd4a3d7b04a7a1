// Decodes the PNG files that chromium's screenshots write (8-bit RGB or RGBA, not interlaced) into RGBA pixels, in Node,
// so that pixel checks need no page of their own and no content-security-policy exception.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export function decodePng(file: Uint8Array): Pixels {
  if (!SIGNATURE.every((byte, i) => file[i] === byte)) throw new Error('not a PNG file');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < file.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...file.subarray(at + 4, at + 8));
    const body = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = body[8];
      const colourType = body[9];
      const interlace = body[12];
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : undefined;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = up ? up[x]! : 0;
      const c = up && x >= channels ? up[x - channels]! : 0;
      const v = line[x]!;
      out[x] = filter === 0 ? v : filter === 1 ? v + a : filter === 2 ? v + b : filter === 3 ? v + ((a + b) >> 1) : v + paeth(a, b, c);
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    data[i * 4] = rows[j]!;
    data[i * 4 + 1] = rows[j + 1]!;
    data[i * 4 + 2] = rows[j + 2]!;
    data[i * 4 + 3] = channels === 4 ? rows[j + 3]! : 255;
  }
  return { width, height, data };
}

/** Number of distinct RGB colours. */
export function distinctColours(pixels: Pixels): number {
  const seen = new Set<number>();
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
  return seen.size;
}

/** The most frequent colour of the square patch of `size` pixels centred on (x, y), as "#rrggbb": thin lines and label strokes do not move it. */
export function patchColour(pixels: Pixels, x: number, y: number, size = 9): string {
  const counts = new Map<number, number>();
  const half = Math.floor(size / 2);
  for (let dy = -half; dy <= half; dy++) {
    for (let dx = -half; dx <= half; dx++) {
      const px = Math.round(x) + dx;
      const py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= pixels.width || py >= pixels.height) continue;
      const i = (py * pixels.width + px) * 4;
      const key = (pixels.data[i]! << 16) | (pixels.data[i + 1]! << 8) | pixels.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = -1;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return `#${best.toString(16).padStart(6, '0')}`;
}

/** Largest difference in any channel between two "#rrggbb" colours. */
export function colourDistance(a: string, b: string): number {
  const ch = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return Math.max(...[0, 1, 2].map((i) => Math.abs(ch(a, i) - ch(b, i))));
}

/** Share of pixels that differ by more than `tolerance` in any channel; 1 when the sizes differ. */
export function differingPixelShare(a: Pixels, b: Pixels, tolerance = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i]! - b.data[i]!) > tolerance || Math.abs(a.data[i + 1]! - b.data[i + 1]!) > tolerance || Math.abs(a.data[i + 2]! - b.data[i + 2]!) > tolerance) differing++;
  }
  return differing / (a.width * a.height);
}

/**
 * How crisp the picture is: hard edges (a step in brightness of more than 96 of 255 between neighbouring pixels, across
 * or down) per 100 pixels of the box `within` (the whole picture when none is given). A picture drawn at the screen's
 * resolution has them along borders, coastlines and text; one drawn at a lower resolution and scaled up spreads each
 * edge over several soft steps, and has few.
 */
export function hardEdgesPer100(pixels: Pixels, within = { x: 0, y: 0, width: pixels.width, height: pixels.height }): number {
  const { width, data } = pixels;
  const lum = (x: number, y: number): number => {
    const i = (y * width + x) * 4;
    return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  };
  const x1 = Math.min(pixels.width, within.x + within.width) - 1;
  const y1 = Math.min(pixels.height, within.y + within.height) - 1;
  let hard = 0;
  let n = 0;
  for (let y = Math.max(0, within.y); y < y1; y++) {
    for (let x = Math.max(0, within.x); x < x1; x++) {
      const here = lum(x, y);
      if (Math.abs(here - lum(x + 1, y)) > 96) hard++;
      if (Math.abs(here - lum(x, y + 1)) > 96) hard++;
      n++;
    }
  }
  return n === 0 ? 0 : (100 * hard) / n;
}
