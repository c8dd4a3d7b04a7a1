// Driver verbs of the second kind, *when*: what a person does, through the page as a person meets it: controls found by
// role and accessible name, the mouse on the slider or the map, the keyboard. None of them calls the store.
import type { Locator } from 'playwright-core';
import type { Session } from './driver-handles';

export interface WhenVerbs {
  /** Drags the timeline's date slider to a month ("2015-09"), then nudges it with the arrow keys until it reads that month. */
  dragTimelineTo(month: string): Promise<void>;
  /** Clicks the button with this accessible name (the first one, in the app the verbs look at). */
  clickButton(name: string | RegExp): Promise<void>;
  /** Ticks or unticks the checkbox with this accessible name (a layer in the layers panel, a filter). */
  setCheckbox(name: string | RegExp, checked: boolean): Promise<void>;
  /** Chooses the option with this label in the drop-down list with this accessible name (the timeline's speed). */
  chooseOption(name: string | RegExp, option: string): Promise<void>;
}

const MONTH = /^(\d{4})-(\d{2})$/;
/** A month's place on the timeline's slider (its value). */
export const monthIndex = (month: string): number => {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};

export function whenVerbs(s: Session): WhenVerbs {
  const slider = (): Locator => s.view().locator('input.timeline-slider').first();
  return {
    async dragTimelineTo(month) {
      const target = monthIndex(month);
      const input = slider();
      const [min, max] = (await input.evaluate((el) => [(el as HTMLInputElement).min, (el as HTMLInputElement).max])).map(Number) as [number, number];
      if (target < min || target > max) throw new Error(`${month} is not on the timeline`);
      const box = await input.boundingBox();
      if (!box) throw new Error('the timeline slider is not shown');
      // A person drags the thumb to about the right place, then fine-tunes with the arrow keys.
      const rtl = (await input.evaluate((el) => getComputedStyle(el).direction)) === 'rtl';
      const fraction = (target - min) / (max - min);
      const x = box.x + box.width * (rtl ? 1 - fraction : fraction);
      const y = box.y + box.height / 2;
      const current = async (): Promise<number> => Number(await input.inputValue());
      const start = box.x + box.width * (rtl ? 1 - ((await current()) - min) / (max - min) : ((await current()) - min) / (max - min));
      await s.page.mouse.move(start, y);
      await s.page.mouse.down();
      await s.page.mouse.move(x, y, { steps: 4 });
      await s.page.mouse.up();
      await input.focus();
      for (let guard = 0; guard < 24; guard++) {
        const now = await current();
        if (now === target) return;
        // Up and down move a range input the same way in either writing direction.
        await s.page.keyboard.press(now < target ? 'ArrowUp' : 'ArrowDown');
      }
      throw new Error(`the slider did not reach ${month}`);
    },
    async clickButton(name) {
      await s.view().getByRole('button', { name }).first().click();
    },
    async setCheckbox(name, checked) {
      await s.view().getByRole('checkbox', { name }).first().setChecked(checked);
    },
    async chooseOption(name, option) {
      await s.view().getByRole('combobox', { name }).first().selectOption({ label: option });
    },
  };
}
