// Prints bench/results.json (the latest `npm run bench`) as the Markdown tables of docs/performance.md:
// `npx tsx scripts/bench/results-table.ts [results.json]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Results {
  date: string;
  commit: string;
  rounds: { load: number; interaction: number; 'main-thread'?: number };
  timed: Array<{ name: string; median: number; low: number; high: number; rounds: number; ceiling?: number; verdict: string }>;
  exact: Array<{ name: string; value: string; budget: string; verdict: string }>;
  work: Record<string, Record<string, number>>;
  play: Record<string, Array<{ speed: number; monthMs: number; changedMonths: number; monthsShown: number; lagMedianMs: number; lagWorstMs: number; late: string[]; skipped: string[] }> | null>;
  undecided: string[];
  failed: string[];
}

const file = process.argv[2] ?? resolve(import.meta.dirname, '../../bench/results.json');
const r = JSON.parse(readFileSync(file, 'utf8')) as Results;
const isRatio = (name: string): boolean => / \/ |load ratio|paired/.test(name);
const fmt = (name: string, n: number | null | undefined): string => {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  if (isRatio(name)) return n.toFixed(name.includes('calibration') ? 3 : 2);
  return `${n.toFixed(n < 10 ? 2 : 0)} ms`;
};
const ceiling = (name: string, c?: number): string => (c === undefined || c === null ? '' : isRatio(name) ? `≤ ${c}` : `≤ ${c} ms`);
const mark = (v: string): string => (v === 'pass' ? '**pass**' : v === 'fail' ? '**FAIL**' : v);

console.log(`Run of ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${r.commit}\`: loads ${r.rounds.load} rounds, interactions ${r.rounds.interaction}${r.rounds['main-thread'] === undefined ? '' : `, main thread ${r.rounds['main-thread']}`}.\n`);
console.log('| line | median | 90% interval | budget | verdict |\n| --- | --- | --- | --- | --- |');
for (const t of r.timed) console.log(`| ${t.name.trim()} | ${fmt(t.name, t.median)} | ${fmt(t.name, t.low)} – ${fmt(t.name, t.high)} | ${ceiling(t.name, t.ceiling)} | ${t.ceiling === undefined || t.ceiling === null ? '' : mark(t.verdict)} |`);
for (const e of r.exact) if (e.verdict !== 'reported') console.log(`| ${e.name} | ${e.value} | exact | ${e.budget} | ${mark(e.verdict)} |`);

const scales = Object.keys(r.work);
console.log(`\n| count (24 steps from 2014-01, 2 filter changes) | ${scales.join(' | ')} |\n| --- | ${scales.map(() => '---').join(' | ')} |`);
for (const name of Object.keys(r.work[scales[0]!] ?? {})) console.log(`| ${name} | ${scales.map((s) => r.work[s]![name]).join(' | ')} |`);

console.log('\n| play | speed | a month on screen | changed months | lag median / worst | late | skipped |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const [s, plays] of Object.entries(r.play)) for (const p of plays ?? []) console.log(`| ${s} | ${p.speed} | ${fmt('', p.monthMs)} | ${p.changedMonths} of ${p.monthsShown} | ${fmt('', p.lagMedianMs)} / ${fmt('', p.lagWorstMs)} | ${p.late.join(', ') || '–'} | ${p.skipped.join(', ') || '–'} |`);
if (r.undecided.length) console.log(`\nUndecided: ${r.undecided.join('; ')}.`);
if (r.failed.length) console.log(`\nFailed: ${r.failed.join('; ')}.`);
