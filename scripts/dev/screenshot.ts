// Developer tool: serve a built folder and save screenshots of given views (for looking at what we build).
// Usage: tsx scripts/dev/screenshot.ts <dist-dir> <out.png> [query] [width] [height]
import { spawn } from 'node:child_process';
import { launch } from '../../tests/e2e/driver';

const [dir = 'dist', out = 'test-results/shot.png', query = '', width = '1920', height = '1080'] = process.argv.slice(2);
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const map = await launch(`http://127.0.0.1:${port}/`, { width: Number(width), height: Number(height) });
  try {
    const t0 = Date.now();
    await map.open(query);
    console.log(`idle after ${Date.now() - t0} ms; console errors: ${JSON.stringify(map.consoleErrors)}; foreign: ${JSON.stringify(map.foreignRequests)}`);
    await map.screenshot(out);
  } finally {
    await map.close();
  }
} finally {
  server.kill();
}
