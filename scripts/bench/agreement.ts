// Do consecutive bench runs decide alike? Reads several bench/results.json files (one per run of the same commit) and
// prints, for every line with a verdict (timed lines with a budget, sizes, counts, play), each run's verdict and
// whether they all agree, as a Markdown table; then one line: how many lines, how many agree, how many failed anywhere.
//   npx tsx scripts/bench/agreement.ts run1.json run2.json run3.json
// Exits non-zero when a verdict differs between runs or any run failed a line.
import { readFileSync } from 'node:fs';
import { WORK_CEILINGS_FILE } from './page-work';

interface Results {
  date: string;
  commit: string;
  timed: Array<{ name: string; median: number; low: number; high: number; verdict: string }>;
  exact: Array<{ name: string; value: string; verdict: string }>;
  work: Record<string, Record<string, number>>;
  play: Record<string, Array<{ speed: number; late: string[]; skipped: string[] }> | null>;
}

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: npx tsx scripts/bench/agreement.ts <results.json> <results.json> [...]');
  process.exit(2);
}
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Results);
const commits = new Set(runs.map((r) => r.commit));
/** The committed ceilings the counts are held to (the bench's own verdict on a count: over its ceiling fails). */
const ceilings = JSON.parse(readFileSync(WORK_CEILINGS_FILE, 'utf8')) as Record<string, Record<string, number>>;

/** Every decided line of one run: its name and verdict (and the figure shown beside it). */
function verdictsOf(r: Results): Map<string, { verdict: string; shown: string }> {
  const out = new Map<string, { verdict: string; shown: string }>();
  for (const t of r.timed) if (t.verdict !== 'reported') out.set(t.name, { verdict: t.verdict, shown: `${round(t.median)} [${round(t.low)}–${round(t.high)}]` });
  for (const e of r.exact) if (e.verdict !== 'reported') out.set(e.name, { verdict: e.verdict, shown: e.value });
  for (const [scale, counts] of Object.entries(r.work)) {
    for (const [name, count] of Object.entries(counts)) {
      const ceiling = ceilings[scale]?.[name];
      if (ceiling !== undefined) out.set(`count ${name} at ${scale}`, { verdict: count <= ceiling ? 'pass' : 'fail', shown: `${count} / ${ceiling}` });
    }
  }
  for (const [scale, play] of Object.entries(r.play)) {
    for (const p of play ?? []) {
      if (p.speed > 2) continue;
      const ok = p.late.length === 0 && p.skipped.length === 0;
      out.set(`play ${scale} speed ${p.speed}: none late, none skipped`, { verdict: ok ? 'pass' : 'fail', shown: `late ${p.late.length}, skipped ${p.skipped.length}` });
    }
  }
  return out;
}
const round = (n: number): string => (Math.abs(n) >= 10 ? n.toFixed(0) : n.toFixed(2));

const perRun = runs.map(verdictsOf);
const names = [...new Set(perRun.flatMap((m) => [...m.keys()]))];
let agree = 0;
let failedAnywhere = 0;
console.log(`Runs: ${runs.map((r) => `${r.date.slice(0, 16).replace('T', ' ')} UTC (${r.commit})`).join('; ')}\n`);
console.log(`| line | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | same verdict |`);
console.log(`| --- | ${runs.map(() => '---').join(' | ')} | --- |`);
for (const name of names) {
  const cells = perRun.map((m) => m.get(name));
  const verdicts = new Set(cells.map((c) => c?.verdict ?? 'missing'));
  const same = verdicts.size === 1;
  if (same) agree++;
  if (cells.some((c) => c?.verdict === 'fail')) failedAnywhere++;
  console.log(`| ${name} | ${cells.map((c) => (c ? `${c.verdict} (${c.shown})` : 'missing')).join(' | ')} | ${same ? 'yes' : '**no**'} |`);
}
console.log(`\n${names.length} lines with a verdict, ${agree} with the same verdict in all ${runs.length} runs, ${failedAnywhere} failed in some run${commits.size > 1 ? `; the runs are of ${commits.size} commits` : ''}.`);
process.exitCode = agree === names.length && failedAnywhere === 0 ? 0 : 1;
