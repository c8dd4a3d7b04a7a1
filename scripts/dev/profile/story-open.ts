// Where the main thread goes when a shared story opens in the open map: every long animation frame from the paste
// to calm, with its script attribution (who invoked what, for how long), its style-and-layout and its rendering.
// The bench's main-thread line gives the longest task; this says what makes it long.
//   npm run profile -- story-open <deployment build> [rounds] [--cpu]
// --cpu adds the CPU profile of the opening: the functions with the most self time over all rounds.
import { serve } from '../../bench/harness';
import { openMap, soundStoryFragment } from '../../bench/main-thread';

const args = process.argv.slice(2).filter((a) => a !== '--cpu');
const withCpu = process.argv.includes('--cpu');
const [dist = 'bench/tmp/app-deployment', roundsArg = '2'] = args;
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
const selfMs = new Map<string, number>();
const rounds = Number(roundsArg);

const fragment = soundStoryFragment();

interface FrameEntry {
  start: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  blockingDuration: number;
  scripts: { invoker: string; invokerType: string; duration: number; forcedStyleAndLayoutDuration: number; sourceFunctionName: string }[];
}

const server = await serve(dist);
try {
  for (let round = 1; round <= rounds; round++) {
    const { page, close } = await openMap(server.url);
    try {
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        const w = window as unknown as { __frames: unknown[]; __tasks: number[] };
        w.__frames = [];
        w.__tasks = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__tasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask' });
        new PerformanceObserver((l) => {
          for (const raw of l.getEntries()) {
            const e = raw as unknown as FrameEntry & { scripts: FrameEntry['scripts'] };
            w.__frames.push({
              start: Math.round(e.start ?? (raw.startTime)),
              duration: Math.round(raw.duration),
              renderStart: Math.round(e.renderStart - raw.startTime),
              styleAndLayoutStart: Math.round(e.styleAndLayoutStart - raw.startTime),
              blockingDuration: Math.round(e.blockingDuration),
              scripts: e.scripts.map((s) => ({ invoker: s.invoker, invokerType: s.invokerType, duration: Math.round(s.duration), forcedStyleAndLayoutDuration: Math.round(s.forcedStyleAndLayoutDuration), sourceFunctionName: s.sourceFunctionName })),
            });
          }
        }).observe({ type: 'long-animation-frame' });
      });
      const cdp = withCpu ? await page.context().newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const t0 = await page.evaluate((hash) => {
        const now = performance.now();
        location.hash = hash;
        return now;
      }, fragment);
      await page.waitForTimeout(5000);
      if (cdp) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, i) => {
          const f = byId.get(id)!.callFrame;
          const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
          selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        });
      }
      const { frames, tasks } = await page.evaluate(() => {
        const w = window as unknown as { __frames: FrameEntry[]; __tasks: number[] };
        return { frames: w.__frames, tasks: w.__tasks };
      });
      console.log(`round ${round}: long tasks ${tasks.join(', ')} ms`);
      for (const f of frames) {
        console.log(`  frame at +${Math.round(f.start - t0)} ms: ${f.duration} ms (blocking ${f.blockingDuration}), style+layout at +${f.styleAndLayoutStart}, render at +${f.renderStart}`);
        for (const s of f.scripts) console.log(`    ${s.invokerType} ${s.invoker} ${s.sourceFunctionName}: ${s.duration} ms (forced layout ${s.forcedStyleAndLayoutDuration})`);
      }
    } finally {
      await close();
    }
  }
} finally {
  await server.close();
}
if (withCpu) {
  console.log(`self time over ${rounds} openings (ms):`);
  for (const [key, ms] of [...selfMs].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${key}`);
}
