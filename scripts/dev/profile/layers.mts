// Dev tool: what each map layer costs a repaint, on every thread: hides one layer (or a comma-separated group) at a
// time and traces one-pixel pans, printing the busy time per pan of the page's main thread and of the GPU process
// (where software WebGL rasterizes), beside the all-visible figures.
// `npm run profile -- layers <dist> [pans] [layer[,layer…] …]` (no layers: each layer of the style in turn)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { median, serve } from '../../bench/harness';
import { actionToPainted } from '../../bench/latency';

const dir = resolve(process.argv[2] ?? 'dist');
const pans = Number(process.argv[3] ?? 8);
const { server, url } = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 120_000 });
type M = { getStyle(): { layers: Array<{ id: string }> }; setLayoutProperty(id: string, k: string, v: string): void; once(e: string, f: () => void): void; triggerRepaint(): void };
const groups = process.argv.length > 4 ? process.argv.slice(4).map((g) => g.split(',')) : (await page.evaluate(() => (window as unknown as { __map: M }).__map.getStyle().layers.map((l) => l.id))).map((id) => [id]);
const settle = (): Promise<void> => page.evaluate(() => new Promise<void>((r) => { const m = (window as unknown as { __map: M }).__map; m.once('idle', () => r()); m.triggerRepaint(); }));
// A group entry `layer` hides the layer; `layer:property=json` sets a paint property instead (undone after).
const setVisible = (ids: string[], v: string): Promise<void> =>
  page.evaluate(
    ([list, value]) => {
      const map = (window as unknown as { __map: M & { getPaintProperty(id: string, p: string): unknown; setPaintProperty(id: string, p: string, v: unknown): void } }).__map;
      const saved = ((window as unknown as { __saved?: Map<string, unknown> }).__saved ??= new Map());
      for (const entry of list as string[]) {
        const [id, change] = entry.split(':');
        if (!change) map.setLayoutProperty(id!, 'visibility', value as string);
        else {
          const [prop, json] = change.split('=');
          if (value === 'none') {
            saved.set(entry, map.getPaintProperty(id!, prop!));
            map.setPaintProperty(id!, prop!, JSON.parse(json!));
          } else map.setPaintProperty(id!, prop!, saved.get(entry));
        }
      }
    },
    [ids, v] as const,
  );

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }
async function measure(): Promise<{ wall: number; main: number; gpu: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'layer-cost-'));
  const path = join(tmp, 'trace.json');
  await browser.startTracing(page, { path, categories: ['toplevel', '__metadata'] });
  const wall = median(await actionToPainted(page, 'pan', pans));
  await browser.stopTracing();
  const { traceEvents } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  rmSync(tmp, { recursive: true, force: true });
  const names = new Map<string, string>();
  for (const e of traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  let main = 0;
  let gpu = 0;
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur || !/RunTask/.test(e.name)) continue;
    const name = names.get(`${e.pid}:${e.tid}`);
    if (name === 'CrRendererMain') main += e.dur / 1000;
    else if (name === 'CrGpuMain') gpu += e.dur / 1000;
  }
  return { wall, main: main / pans, gpu: gpu / pans };
}
const show = (label: string, m: { wall: number; main: number; gpu: number }, base?: { main: number; gpu: number }): void =>
  console.log(`${label.padEnd(56)} pan ${m.wall.toFixed(0).padStart(4)} ms  main ${m.main.toFixed(0).padStart(4)}  gpu ${m.gpu.toFixed(0).padStart(4)}${base ? `  (saves main ${(base.main - m.main).toFixed(0)}, gpu ${(base.gpu - m.gpu).toFixed(0)})` : ''}`);
await measure();
const base = await measure();
show('all visible', base);
for (const ids of groups) {
  await setVisible(ids, 'none');
  await settle();
  show(`without ${ids.join(',')}`, await measure(), base);
  await setVisible(ids, 'visible');
  await settle();
}
show('all visible again', await measure());
await browser.close();
server.close();
