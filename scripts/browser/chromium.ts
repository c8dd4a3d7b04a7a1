// Headless chromium for the e2e tests, the bench, the screenshots and the profiling tools: where it is, the flags that
// give it software WebGL with no network, and a persistent context on a fresh profile folder. No app knowledge here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for software WebGL in headless chromium with no network: no DNS, no QUIC, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // Chromium 156 starts two hidden pages of its own address bar (chrome://omnibox-popup.top-chrome) in every browser,
  // headless too: seconds of CPU on a 2-core machine, taken from the page under test while it loads.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface ChromiumOptions {
  width?: number;
  height?: number;
  /** false: starts chromium without WebGL (the app then draws its SVG map). */
  webgl?: boolean;
  reducedMotion?: boolean;
  extraArgs?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The temporary profile folder (downloads can be saved there). */
  profile: string;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/** A browser on a fresh temporary profile (removed again by close()), with one page of the given size. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'map-chromium-'));
  const args = [...CHROMIUM_ARGS, ...(options.webgl === false ? ['--disable-webgl', '--disable-3d-apis'] : []), ...(options.extraArgs ?? [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: options.width ?? 1200, height: options.height ?? 700 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
