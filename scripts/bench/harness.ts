// What the benchmark and the dev profiling tools share: a static server for a build, and the timed store actions.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';

type StoreHandle = { getState(): { stepDate(n: number): void; setDate(d: string): void; toggleFilter(k: string, v: string): void } };

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = join(dir, path);
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

/** Script time of one store action: selectors, map setData calls and the Preact render it schedules. */
export async function actionTimes(page: Page, action: 'step' | 'filter', n: number, start = '2010-01'): Promise<number[]> {
  return page.evaluate(
    async ([kind, count, from]) => {
      const store = (window as unknown as { __store: StoreHandle }).__store;
      const times: number[] = [];
      // The jump to the start date is not a step: let the map finish it before timing steps.
      const map = (window as unknown as { __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void } }).__map;
      store.getState().setDate(from);
      await new Promise<void>((r) => {
        map.once('idle', () => r());
        map.triggerRepaint();
      });
      for (let i = 0; i < (count as number); i++) {
        const t0 = performance.now();
        if (kind === 'step') store.getState().stepDate(i % 120 < 60 ? 1 : -1);
        else store.getState().toggleFilter('instruments', 'humanitarian-aid');
        await new Promise<void>((r) => queueMicrotask(r));
        await Promise.resolve();
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      return times;
    },
    [action, n, start] as const,
  );
}
