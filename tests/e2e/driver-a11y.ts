// Driver verbs for reach and fit: what axe-core finds, moving the focus with Tab, touch targets, and what sticks out of
// the window or covers the map. Part of the driver: only driver files touch the browser.
import AxeBuilder from '@axe-core/playwright';
import type { Session } from './driver-handles';
import type { Region } from './pixels';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A control as a person at the keyboard names it: its role and its accessible name. */
export interface FocusTarget {
  role: 'button' | 'checkbox' | 'combobox' | 'link' | 'slider' | 'textbox' | 'tab' | 'menuitem';
  name: string | RegExp;
}

export interface A11yVerbs {
  /** Runs axe-core's WCAG 2.1 A and AA rules on the page: each violation as `id: count (first targets)`, and how many rules passed. */
  axeReport(): Promise<{ violations: string[]; passes: number }>;
  /** Presses Tab (Shift+Tab when `backwards`) at most `max` times until the focus is on a control of this role and name; returns whether it got there. */
  tabTo(target: FocusTarget, max: number, backwards?: boolean): Promise<boolean>;
  /** Controls on screen smaller than 44 x 44 px (inline links in text are exempt, as in WCAG). */
  smallTouchTargets(): Promise<string[]>;
  /**
   * Elements of the app that stick out of the window: on any side, or only sideways. `skip` names parts that may (CSS
   * selector list; hidden helpers and the map canvas always may). At most `limit` are listed.
   */
  elementsOutside(options: { sideways?: boolean; skip?: string; limit?: number }): Promise<string[]>;
  /** How many px the page is wider than the window (0 or less: no horizontal scrolling). */
  horizontalOverflow(): Promise<number>;
  /** The part of the map nothing covers: below the header, above the lowered sheet (or the timeline). */
  freeMapArea(): Promise<Region>;
  /** The boxes of the toolbar's own buttons and selects (the phone's menu). */
  toolbarControlBoxes(): Promise<Array<{ right: number; bottom: number; height: number }>>;
  /**
   * Elements of the app that stick out of the window sideways (at most `limit`), leaving out the timeline's row of
   * years, whose end labels may overhang the slider's ends.
   */
  controlsOutsideSideways(limit?: number): Promise<string[]>;
}

export function a11yVerbs(s: Session): A11yVerbs {
  // The focused element, found by Playwright's accessibility engine among the controls of that role and name.
  const isFocused = async (t: FocusTarget): Promise<boolean> => {
    const candidates = s.view().getByRole(t.role, { name: t.name, exact: typeof t.name === 'string' });
    return candidates.evaluateAll((els) => els.some((el) => el === document.activeElement));
  };
  const verbs: A11yVerbs = {
    async axeReport() {
      const result = await new AxeBuilder({ page: s.page }).withTags(WCAG_21_AA).analyze();
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`),
        passes: result.passes.length,
      };
    },
    async tabTo(target, max, backwards = false) {
      for (let i = 0; i < max && !(await isFocused(target)); i++) await s.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      return isFocused(target);
    },
    smallTouchTargets: () =>
      s.view().evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('.app button, .app select, .app input, .app summary')) {
          if (el.closest('.visually-hidden, .skip-link')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden') continue;
          // A control inside a scrolled-away part of the sheet is not on screen.
          const sheet = el.closest('.side-panel')?.getBoundingClientRect();
          if (sheet && (r.bottom <= sheet.top || r.top >= sheet.bottom)) continue;
          const box = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox' ? (el.closest('label') ?? el).getBoundingClientRect() : r;
          if (box.height < 43.5 || box.width < 43.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
        }
        return out;
      }),
    elementsOutside: ({ sideways = false, skip, limit = Infinity }) =>
      s.view().evaluate(
        ({ onlySideways, also, max }) => {
          const out: string[] = [];
          const exempt = `.visually-hidden, .skip-link, .maplibregl-canvas-container${also ? `, ${also}` : ''}`;
          for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
            if (el.closest(exempt)) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            const across = r.right > innerWidth + 1 || r.left < -1;
            const upDown = !onlySideways && (r.bottom > innerHeight + 1 || r.top < -1);
            if (across || upDown) out.push(onlySideways ? `${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}` : `${el.tagName}.${el.className} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
          }
          if (!onlySideways) {
            const panel = document.querySelector('.side-panel') as HTMLElement;
            if (panel.scrollHeight > panel.clientHeight + 1) out.push(`side panel scrolls: ${panel.scrollHeight} > ${panel.clientHeight}`);
          }
          return out.slice(0, max);
        },
        { onlySideways: sideways, also: skip ?? '', max: Number.isFinite(limit) ? limit : 1_000_000 },
      ),
    horizontalOverflow: () => s.view().evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    freeMapArea: () =>
      s.view().evaluate(() => {
        const region = document.getElementById('map-region')!.getBoundingClientRect();
        const panel = document.getElementById('side-panel')!;
        const sheet = getComputedStyle(panel).position === 'absolute' ? panel.getBoundingClientRect() : null;
        const bottom = Math.min(region.bottom, sheet ? sheet.top : region.bottom, innerHeight);
        return { x: region.left, y: region.top, width: Math.min(region.width, innerWidth - region.left), height: bottom - region.top };
      }),
    toolbarControlBoxes: () =>
      s
        .view()
        .locator('#app-toolbar > button, #app-toolbar > select')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ right: r.right, bottom: r.bottom, height: r.height }))),
    controlsOutsideSideways: (limit = Infinity) => verbs.elementsOutside({ sideways: true, skip: '.timeline-years', limit }),
  };
  return verbs;
}
