// Dev tool: A/B of the bench's script-time figures (timeline step, filter change) between builds, alternating fresh
// pages. `npm run ab -- script [--rounds 3] label=dir [label=dir …]`
import { resolve } from 'node:path';
import { actionTimes, median, openFreshPage, serve } from '../../bench/harness';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const builds = args.map((a) => ({ label: a.split('=')[0]!, dir: resolve(a.split('=')[1]!) }));
const servers = await Promise.all(builds.map((b) => serve(b.dir)));
const figures = builds.map(() => ({ step: [] as number[], filter: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const i of builds.keys()) {
    const { page, close } = await openFreshPage();
    await page.goto(servers[i]!.url);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 120_000 });
    figures[i]!.step.push(median(await actionTimes(page, 'step', 100)));
    figures[i]!.filter.push(median(await actionTimes(page, 'filter', 100)));
    await close();
  }
}
for (const s of servers) s.server.close();
for (const [i, b] of builds.entries()) console.log(`${b.label.padEnd(12)} step ${figures[i]!.step.map((x) => x.toFixed(2)).join(' ')}  filter ${figures[i]!.filter.map((x) => x.toFixed(2)).join(' ')}  (medians ${median(figures[i]!.step).toFixed(2)} / ${median(figures[i]!.filter).toFixed(2)} ms)`);
