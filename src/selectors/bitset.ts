// Fixed-size sets of record indices as bits: the filter engine intersects and counts them word by word.

export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function fullBitset(size: number): Bitset {
  return fillBits(emptyBitset(size), size);
}

/** Sets every bit of a bitset made for `size` records. */
export function fillBits(b: Bitset, size: number): Bitset {
  b.fill(0xffffffff);
  const rest = size % 32;
  if (rest) b[b.length - 1] = (1 << rest) - 1;
  return b;
}

export function addBit(b: Bitset, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(b: Bitset, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** a ∪= b */
export function orInto(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i]! |= b[i]!;
}

/** a ∩= b */
export function andInto(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i]! &= b[i]!;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function countBits(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i]) n += popcount32(b[i]!);
  return n;
}

/** |a ∩ b| without building the intersection. */
export function countAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]! & b[i]!;
    if (w) n += popcount32(w);
  }
  return n;
}
