// The strip of the map that the open legend covers in briefing mode becomes map padding on the legend's side.
import { describe, expect, it } from 'vitest';
import { legendPadding } from '../../src/map/legend-inset';

const rect = (x: number, y: number, width: number, height: number): DOMRectReadOnly => ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) });
const canvas = rect(0, 0, 800, 800);

describe('legendPadding', () => {
  it('leaves the legend on the left out of the frame, with a small gap', () => {
    expect(legendPadding(canvas, rect(10, 350, 240, 420))).toEqual({ top: 0, right: 0, bottom: 0, left: 258 });
  });
  it('puts it on the right when the legend stands on the right (right-to-left pages)', () => {
    expect(legendPadding(canvas, rect(550, 400, 240, 370))).toEqual({ top: 0, right: 258, bottom: 0, left: 0 });
  });
  it('counts from the canvas edge, wherever the canvas is on the page', () => {
    expect(legendPadding(rect(480, 0, 800, 800), rect(490, 350, 240, 420)).left).toBe(258);
  });
  it('takes at most 40% of the width out of the frame', () => {
    expect(legendPadding(canvas, rect(0, 0, 600, 800)).left).toBe(320);
  });
  it('is no padding with no legend, a legend of no width, or one above or below the canvas', () => {
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    expect(legendPadding(canvas, null)).toEqual(none);
    expect(legendPadding(canvas, rect(10, 350, 0, 0))).toEqual(none);
    expect(legendPadding(canvas, rect(10, 820, 240, 100))).toEqual(none);
  });
});
