// Briefing (projector) and presenter windows at projector sizes: the type scales with the screen, body text is at
// least 24 px at 1920x1080, nothing sticks out of the projector, nothing sticks out sideways in the presenter.
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import stories from '../../data/stories.json';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/sizes';
mkdirSync(OUT, { recursive: true });
const story = (stories as Array<{ id: string }>)[0]!;
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const;
const measured = new Map<number, { projector: number; presenter: number }>();

describe('projector sizes', () => {
  for (const [width, height] of SIZES) {
    it(`${width}x${height}: projector and presenter fit, with readable type`, async () => {
      const map = await launch(baseUrl, { width, height, reducedMotion: true });
      try {
        await map.open(`?mode=briefing&story=${story.id}&step=2`);
        await map.openPresenterWindow();
        // The presenter opens at 1280x800; a person moves it to the laptop screen at full size.
        await map.resizePresenter(width, height);
        const projector = await map.measureWindow('projector');
        const presenter = await map.measureWindow('presenter');
        await map.screenshot(`${OUT}/projector-${width}x${height}.png`);
        await map.screenshotPresenter(`${OUT}/presenter-${width}x${height}.png`);
        measured.set(width, { projector: projector.bodyPx, presenter: presenter.bodyPx });
        console.log(`${width}x${height}: projector body ${projector.bodyPx}px, presenter body ${presenter.bodyPx}px`);
        expect(projector.outside).toEqual([]);
        expect(presenter.outside).toEqual([]);
        expect(projector.bodyPx).toBeGreaterThanOrEqual(16);
        expect(presenter.bodyPx).toBeGreaterThanOrEqual(16);
        if (width === 1920) {
          expect(projector.bodyPx).toBeGreaterThanOrEqual(24);
          expect(presenter.bodyPx).toBeGreaterThanOrEqual(24);
        }
        if (width === 3840) {
          const hd = measured.get(1920);
          if (hd) {
            expect(projector.bodyPx).toBeGreaterThanOrEqual(hd.projector * 1.8);
            expect(presenter.bodyPx).toBeGreaterThanOrEqual(hd.presenter * 1.8);
          }
        }
      } finally {
        await map.close();
      }
    }, 180_000);
  }
});
