// Starts Debian's Firefox ESR (WebDriver BiDi, puppeteer-core) and WebKitGTK (WebKitWebDriver + MiniBrowser, classic
// WebDriver, WebdriverIO) under a private Xvfb display, and gives both one small session interface for the engine checks.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { freePort } from '../../scripts/browser/free-port';

export type EngineName = 'firefox' | 'webkit';

export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** One page of one engine, as the checks see it: navigation, script, the screen, the pointer and the keyboard, windows. */
export interface EngineSession {
  readonly engine: EngineName;
  /** The engine's own version string (user agent product), for the browser support table. */
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Runs a function in the current window; its source is sent as text, so it must not close over test variables. */
  evaluate<T, A extends readonly unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Polls a function in the page until it returns a truthy value (which it returns), or fails after `timeout` ms. */
  waitFor<T, A extends readonly unknown[]>(what: string, fn: (...args: A) => T | Promise<T>, args: A, timeout?: number): Promise<T>;
  /** PNG of the viewport of the current window. */
  screenshot(): Promise<Buffer>;
  /** A real pointer click at a viewport point. */
  click(x: number, y: number): Promise<void>;
  /** A real key press (key names as in KeyboardEvent.key: 'ArrowRight', 'PageDown', 'Enter', 'Tab'). */
  press(key: string): Promise<void>;
  /** How many top-level windows the engine has open. */
  windowCount(): Promise<number>;
  /** Runs `fn` in the newest other window, then comes back to the first. */
  inNewestWindow<T>(fn: () => Promise<T>): Promise<T>;
  /** The folder where the engine saves what the page downloads. */
  readonly downloads: string;
  /** The page printed to PDF through WebDriver, or null where the engine has no print command. */
  printPdf(): Promise<Buffer | null>;
  close(): Promise<void>;
}

/** Removes a browser's temporary folder; a helper process of the browser may still be writing its caches there. */
function removeQuietly(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Left for the system's temporary-folder cleaning.
  }
}

async function until(what: string, test: () => boolean | Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await test()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A private X display (Xvfb): Firefox has WebGL only with a display, and WebKitGTK needs one to run at all. */
export async function startDisplay(): Promise<{ display: string; stop(): void }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const n = 100 + Math.floor(Math.random() * 800);
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const child: ChildProcess = spawn('Xvfb', [`:${n}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    let exited = false;
    child.on('exit', () => void (exited = true));
    try {
      await until(`Xvfb :${n}`, () => exited || existsSync(`/tmp/.X11-unix/X${n}`), 10_000);
    } catch {
      child.kill('SIGTERM');
      continue;
    }
    if (exited) continue;
    return { display: `:${n}`, stop: () => void child.kill('SIGTERM') };
  }
  throw new Error('could not start Xvfb on a free display');
}

const KEYS: Record<string, string> = { ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowDown: '\uE015', PageDown: '\uE00F', PageUp: '\uE00E', Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Home: '\uE011', End: '\uE010', ' ': ' ' };

export interface LaunchOptions {
  width: number;
  height: number;
}

/** Firefox ESR under Xvfb (not headless: headless it has no WebGL here), software GL, driven over WebDriver BiDi. */
export async function launchFirefox(display: string, options: LaunchOptions): Promise<EngineSession> {
  const profile = mkdtempSync(join(tmpdir(), 'map-firefox-'));
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    userDataDir: profile,
    defaultViewport: { width: options.width, height: options.height },
    env: { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      // No traffic of the browser's own: the tests count every request of the page.
      'network.dns.disableIPv6': true,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'webgl.force-enabled': true,
      'dom.disable_open_during_load': false,
      'print.always_print_silent': true,
      // Downloads land in the profile's folder without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'image/png,text/csv,application/json',
    },
  });
  let pages = await browser.pages();
  const first: PuppeteerPage = pages[0] ?? (await browser.newPage());
  let current = first;
  const version = await browser.version();
  return {
    engine: 'firefox',
    version,
    downloads,
    async goto(url) {
      await current.goto(url, { waitUntil: 'load' });
    },
    evaluate(fn, ...args) {
      return current.evaluate(fn as never, ...(args as unknown as never[])) as never;
    },
    async waitFor(what, fn, args, timeout = 30_000) {
      try {
        const handle = await current.waitForFunction(fn as unknown as (...a: unknown[]) => unknown, { timeout, polling: 100 }, ...(args as unknown as unknown[]));
        return (await handle.jsonValue()) as never;
      } catch (error) {
        throw new Error(`firefox: timed out waiting for ${what} (${String(error).slice(0, 200)})`);
      }
    },
    async screenshot() {
      return Buffer.from(await current.screenshot({ type: 'png' }));
    },
    async click(x, y) {
      await current.mouse.click(x, y);
    },
    async press(key) {
      await current.keyboard.press(key as never);
    },
    async windowCount() {
      pages = await browser.pages();
      return pages.length;
    },
    async inNewestWindow(fn) {
      pages = await browser.pages();
      const other = pages.filter((p) => p !== first).at(-1);
      if (!other) throw new Error('firefox: no other window is open');
      current = other;
      try {
        return await fn();
      } finally {
        current = first;
      }
    },
    async printPdf() {
      return Buffer.from(await current.pdf({ printBackground: true }));
    },
    async close() {
      await browser.close().catch(() => undefined);
      removeQuietly(profile);
    },
  };
}

/** WebKitGTK's MiniBrowser (Safari's engine) under Xvfb, driven by WebKitWebDriver over classic WebDriver. */
export async function launchWebKit(display: string, options: LaunchOptions): Promise<EngineSession> {
  const port = await freePort();
  // A home of its own: MiniBrowser keeps its data there, and saves downloads in it (there is no XDG Downloads folder).
  const home = mkdtempSync(join(tmpdir(), 'map-webkit-'));
  const downloads = home;
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache') } });
  try {
    await until('WebKitWebDriver', async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
      } catch {
        return false;
      }
    }, 15_000);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      // Silent: a command an engine lacks (Print in WebKitGTK) is reported by the check that asked for it.
      logLevel: 'silent',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      } as WebdriverIO.Capabilities,
    });
    // A page function may wait for the map's idle, which takes longer than WebDriver's default 30 s on a busy machine.
    await browser.setTimeout({ script: 110_000 });
    await browser.setWindowSize(options.width, options.height);
    // The window's outer size includes MiniBrowser's own toolbar: grow it until the page's viewport is the size asked for.
    const inner = await browser.execute(() => [window.innerWidth, window.innerHeight]);
    await browser.setWindowSize(options.width + (options.width - inner[0]!), options.height + (options.height - inner[1]!));
    const firstHandle = await browser.getWindowHandle();
    const version = String((browser.capabilities as Record<string, unknown>)['browserVersion'] ?? '');
    return {
      engine: 'webkit',
      version: `WebKitGTK ${version}`,
      downloads,
      async goto(url) {
        await browser.url(url);
      },
      evaluate(fn, ...args) {
        return browser.execute(fn as never, ...(args as unknown as never[])) as never;
      },
      async waitFor(what, fn, args, timeout = 30_000) {
        let value: unknown;
        await until(`webkit: ${what}`, async () => {
          value = await browser.execute(fn as never, ...(args as unknown as never[]));
          return Boolean(value);
        }, timeout);
        return value as never;
      },
      async screenshot() {
        return Buffer.from(await browser.takeScreenshot(), 'base64');
      },
      async click(x, y) {
        await browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).down({ button: 0 }).up({ button: 0 }).perform();
      },
      async press(key) {
        const value = KEYS[key] ?? key;
        await browser.action('key').down(value).up(value).perform();
      },
      async windowCount() {
        return (await browser.getWindowHandles()).length;
      },
      async inNewestWindow(fn) {
        const handles = await browser.getWindowHandles();
        const other = handles.filter((h) => h !== firstHandle).at(-1);
        if (!other) throw new Error('webkit: no other window is open');
        await browser.switchToWindow(other);
        try {
          return await fn();
        } finally {
          await browser.switchToWindow(firstHandle);
        }
      },
      async printPdf() {
        try {
          return Buffer.from(await browser.printPage(), 'base64');
        } catch {
          return null;
        }
      },
      async close() {
        await browser.deleteSession().catch(() => undefined);
        driver.kill('SIGTERM');
        removeQuietly(home);
      },
    };
  } catch (error) {
    driver.kill('SIGTERM');
    removeQuietly(home);
    throw error;
  }
}

export function launchEngine(engine: EngineName, display: string, options: LaunchOptions): Promise<EngineSession> {
  return engine === 'firefox' ? launchFirefox(display, options) : launchWebKit(display, options);
}
