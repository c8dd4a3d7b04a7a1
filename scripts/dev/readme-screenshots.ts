// Developer tool: retakes the README's screenshots (docs/screenshot-*.png) from the builds as a reader meets them:
// dist/ over http, dist/embed.html inside a host page's iframe, and the single file from disk. Run `npm run build` first.
// Usage: tsx scripts/dev/readme-screenshots.ts
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from '../../tests/e2e/driver';
import { serve } from '../bench/harness';

const { server, url } = await serve(resolve('dist'));
try {
  const http = await launch(url, { width: 1920, height: 1080 });
  try {
    await http.openView('index.html');
    await http.screenshot('docs/screenshot-default.png');
    await http.resize(1600, 900);
    await http.openView('index.html?sel=country:NE&cam=8,16,3.6');
    await http.screenshot('docs/screenshot-dossier.png');
    await http.resize(600, 420);
    await http.openInHostPage('embed.html', { width: 480, height: 320 });
    await http.screenshotEmbed('docs/screenshot-embed.png');
    console.log(`dist/: console errors ${JSON.stringify(http.consoleErrors)}, foreign requests ${JSON.stringify(http.foreignRequests)}`);
  } finally {
    await http.close();
  }
  const file = await launch(`${pathToFileURL(resolve('dist-single')).toString()}/`, { width: 1920, height: 1080 });
  try {
    await file.openView('index.html?mode=briefing');
    await file.screenshot('docs/screenshot-briefing.png');
    console.log(`dist-single/ from disk: console errors ${JSON.stringify(file.consoleErrors)}`);
  } finally {
    await file.close();
  }
} finally {
  server.close();
}
console.log('written: docs/screenshot-default.png, docs/screenshot-dossier.png, docs/screenshot-embed.png, docs/screenshot-briefing.png');
