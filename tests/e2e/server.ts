// Serves the already built dist/ with vite preview on a free loopback port for the e2e run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/browser/free-port';

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

let child: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build:test` before the e2e tests');
  const bundles = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
  if (!bundles.some((name) => readFileSync(`dist/assets/${name}`, 'utf8').includes('map-test-handles-on'))) throw new Error('dist/ has no test handles: build it with `npm run build:test` (VITE_TEST_HANDLES=1)');
  const port = await freePort();
  child = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  await waitFor(base, 20_000);
  project.provide('baseUrl', base);
  return () => {
    child?.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
