// Dev tool: how long a page's first map spends compiling and linking WebGL programs (software WebGL here compiles on
// the main thread's call to read a program's status), per program. `npm run profile -- shaders <dist> [<dist> …]`
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';

for (const arg of process.argv.slice(2)) {
  const { server, url } = await serve(resolve(arg));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const spent = new Map<unknown, { label: string; ms: number }>();
    const shaderOf = new Map<unknown, string>();
    const shaderMs = new Map<unknown, number>();
    (window as unknown as { __programs: typeof spent }).__programs = spent;
    for (const name of ['compileShader', 'linkProgram', 'getProgramParameter', 'getShaderParameter', 'attachShader', 'shaderSource', 'useProgram']) {
      const original = proto[name]!;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        const t0 = performance.now();
        const result = original.apply(this, args);
        const ms = performance.now() - t0;
        if (name === 'shaderSource') shaderOf.set(args[0], String(args[1]).match(/#define \w+/g)?.slice(0, 4).join(' ') ?? '');
        if (name === 'compileShader' || name === 'getShaderParameter' || name === 'shaderSource') shaderMs.set(args[0], (shaderMs.get(args[0]) ?? 0) + ms);
        else {
          const entry = spent.get(args[0]) ?? { label: '', ms: 0 };
          if (name === 'attachShader') {
            entry.label ||= shaderOf.get(args[1]) ?? '';
            entry.ms += shaderMs.get(args[1]) ?? 0;
          }
          entry.ms += ms;
          spent.set(args[0], entry);
        }
        return result;
      };
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 300_000, polling: 50 });
  const programs = await page.evaluate(() => [...(window as unknown as { __programs: Map<unknown, { label: string; ms: number }> }).__programs.values()]);
  const total = programs.reduce((a, p) => a + p.ms, 0);
  console.log(`${arg}: ${programs.length} programs, ${total.toFixed(0)} ms in WebGL program calls, first idle ${await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0]!.startTime.toFixed(0))} ms`);
  for (const p of programs) console.log(`  ${p.ms.toFixed(0).padStart(6)} ms  ${p.label}`);
  await browser.close();
  server.close();
}
