// Both builds load under their strict Content-Security-Policy with no violation, with the WebGL map and the SVG map.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, type MapDriver } from './driver';
import { countColour } from './pixels';
import { mapTheme } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const singleFile = resolve('dist-single/index.html');

function policyOf(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return meta?.[1] ?? '';
}

/** The map draws land: its canvas holds the land colour, so the page is not an empty box that merely loaded. */
async function expectLandDrawn(map: MapDriver): Promise<void> {
  const pixels = await map.readMapCanvas();
  expect(countColour(pixels, mapTheme(false).land, 12) / (pixels.length / 4)).toBeGreaterThan(0.05);
}

// Generous timeouts: software WebGL on a shared 2-core machine.
describe('strict Content-Security-Policy', { timeout: 150_000 }, () => {
  it('is written into both builds, with no inline code allowed but the single file’s own, by hash', () => {
    const multi = policyOf(readFileSync('dist/index.html', 'utf8'));
    const single = policyOf(readFileSync('dist/embed.html', 'utf8'));
    for (const policy of [multi, single]) {
      expect(policy).toMatch(/default-src 'none'/);
      for (const directive of ["base-uri 'none'", "form-action 'none'", "object-src 'none'"]) expect(policy).toContain(directive);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|script-src[^;]*data:/);
    }
    expect(multi).toMatch(/script-src 'self';/);
    // The app's script and the slide deck's code, carried inert until a deck is asked for.
    expect(single).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}' 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(single).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]{44}';/);
  });

  it('reports a violation when the page breaks its policy (the check itself can fail)', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      await map.breakStylePolicy();
      await expect.poll(() => map.cspViolations.length).toBe(1);
      expect(map.cspViolations[0]).toMatch(/^style-src-elem blocked inline/);
      map.cspViolations.length = 0;
    } finally {
      await map.close();
    }
  });

  it('loads the multi-file build with the WebGL map and no violation', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      await expectLandDrawn(map);
      expect(map.cspViolations).toEqual([]);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('loads the multi-file build with the SVG map and no violation', async () => {
    const map = await launch(baseUrl, { webgl: false });
    try {
      await map.openSimplified();
      expect(await map.simplifiedMapCountryCount()).toBeGreaterThan(50);
      expect(map.cspViolations).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('loads the single file from disk with the WebGL map, then the SVG map, and no violation', async () => {
    expect(existsSync(singleFile), 'build first').toBe(true);
    const map = await launch('file:///');
    try {
      await map.open(`file://${singleFile}`);
      await expectLandDrawn(map);
      await map.openSimplified(`file://${singleFile}?renderer=svg`);
      expect(await map.simplifiedMapCountryCount()).toBeGreaterThan(50);
      expect(map.cspViolations).toEqual([]);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
