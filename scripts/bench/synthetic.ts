// Deterministic synthetic data for the benchmark: the curated dataset scaled k times through the same schema.
import type { Dataset } from '../../src/data/schema';

/** mulberry32: a small seeded PRNG, so every run scales the data identically. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number, d = 3): number => Math.round(n * 10 ** d) / 10 ** d;
const clampLon = (n: number): number => Math.max(-179, Math.min(179, n));
const clampLat = (n: number): number => Math.max(-80, Math.min(80, n));

function shiftDate(date: string, years: number): string {
  const y = Math.max(2004, Math.min(2025, Number(date.slice(0, 4)) + years));
  return `${y}${date.slice(4)}`;
}

/** Copies routes, funding rows, missions and events `factor - 1` times with new ids, jittered places, dates and amounts. */
export function scaleDataset(dataset: Dataset, factor: number, seed = 42): Dataset {
  if (factor <= 1) return dataset;
  const random = prng(seed);
  const out: Dataset = structuredClone(dataset);
  for (let k = 1; k < factor; k++) {
    const suffix = `-x${k}`;
    const jitter = (): number => (random() - 0.5) * 6;
    for (const r of dataset.routes) {
      const dx = jitter();
      const dy = jitter();
      out.routes.push({
        ...structuredClone(r),
        id: `${r.id}${suffix}`,
        name: `${r.name} (${k})`,
        waypoints: r.waypoints.map((w) => ({ ...w, lon: round(clampLon(w.lon + dx)), lat: round(clampLat(w.lat + dy)) })),
        figures: r.figures.map((f) => ({ ...f, id: `${f.id}${suffix}`, value: Math.max(1, Math.round(f.value * (0.5 + random()))) })),
      });
    }
    const years = (): number => Math.round((random() - 0.5) * 8);
    for (const f of dataset.funding) {
      const copy = { ...structuredClone(f), id: `${f.id}${suffix}`, amountEur: f.amountEur === null ? null : Math.max(1, Math.round(f.amountEur * (0.5 + random()))) };
      if (f.partOf) copy.partOf = `${f.partOf}${suffix}`;
      if (f.supersededBy) copy.supersededBy = `${f.supersededBy}${suffix}`;
      out.funding.push(copy);
    }
    for (const m of dataset.missions) {
      const shift = years();
      out.missions.push({
        ...structuredClone(m),
        id: `${m.id}${suffix}`,
        location: { ...m.location, lon: round(clampLon(m.location.lon + jitter())), lat: round(clampLat(m.location.lat + jitter())) },
        ...(m.from ? { from: shiftDate(m.from, shift) } : {}),
        ...(m.to ? { to: shiftDate(m.to, shift) } : {}),
      });
    }
    for (const e of dataset.events) out.events.push({ ...structuredClone(e), id: `${e.id}${suffix}`, date: shiftDate(e.date, years()) });
  }
  // Parts must still sum to no more than their aggregate: scale each part group to fit its parent.
  const byId = new Map(out.funding.map((f) => [f.id, f]));
  const partsOf = new Map<string, typeof out.funding>();
  for (const f of out.funding) if (f.partOf) partsOf.set(f.partOf, [...(partsOf.get(f.partOf) ?? []), f]);
  for (const parent of out.funding) {
    const parts = partsOf.get(parent.id) ?? [];
    const whole = parent.amountEur;
    if (whole === null) continue;
    const sum = parts.reduce((s, f) => s + (f.amountEur ?? 0), 0);
    if (sum > whole) for (const p of parts) if (p.amountEur !== null) byId.get(p.id)!.amountEur = Math.max(1, Math.floor((p.amountEur * whole) / sum));
  }
  return out;
}
