// Time to decode a hostile link: 100,000 distinct filter values (about 690 KB, under Chromium's 2 MB URL limit).
// `npx tsx scripts/bench/link-decode.ts` prints it; `npm run bench` prints it with its budget (< 50 ms).
import { pathToFileURL } from 'node:url';
import { decode } from '../../src/state/url';

/** Median of a few decodes of the link, after one warm-up, with every value taken as a known id (the worst case). */
export function linkDecodeMedianMs(values = 100_000, runs = 7): { ms: number; linkKB: number } {
  const query = `v=1&theme=${Array.from({ length: values }, (_, i) => `t${i}`).join(',')}`;
  const known = { has: (): boolean => true };
  decode(query, known);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    decode(query, known);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, linkKB: query.length / 1024 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ms, linkKB } = linkDecodeMedianMs();
  console.log(`decode of a 100,000-value link (${linkKB.toFixed(0)} KB): ${ms.toFixed(2)} ms (median of 7)`);
}
