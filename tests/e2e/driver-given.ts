// Driver verbs of the first kind, *given*: they arrange the app's state before a spec acts, openly through the store's
// actions (the test build's handles), as a link or a story step would. A spec says "given" where what is arranged is not
// what it tests; what a person does goes through the *when* verbs (driver-when.ts), what a person sees through the
// *then* verbs (reading text, roles and pixels).
import type { Camera, Mode, OverlayId, Selection } from '../../src/state/types';
import { callAction, type Session, type TestWindow } from './driver-handles';

export interface GivenVerbs {
  /** The timeline stands at this month. */
  givenMonth(month: string): Promise<void>;
  /** This country, route, mission or funding record is selected (null: nothing). */
  givenSelection(selection: Selection | null): Promise<void>;
  /** The camera stands here, as a link or a story step puts it. */
  givenCamera(camera: Camera): Promise<void>;
  /** This overlay is shown or hidden. */
  givenOverlay(id: OverlayId, visible: boolean): Promise<void>;
  /** High contrast is on or off. */
  givenHighContrast(on: boolean): Promise<void>;
  /** The app is in this mode (explore, briefing, compare...). */
  givenMode(mode: Mode): Promise<void>;
  /** The timeline has moved by `months`, one month at a time with a short moment between steps (backwards when negative). */
  givenTimelineStepped(months: number): Promise<void>;
  /** The browser has gone to the same page with these link parameters changed, as forward and back do (no reload). */
  givenLinkParams(params: Record<string, string>): Promise<void>;
}

export function givenVerbs(s: Session): GivenVerbs {
  return {
    givenMonth: (month) => callAction(s.view(), 'setDate', month as never),
    givenSelection: (selection) => callAction(s.view(), 'select', selection),
    givenCamera: (camera) => callAction(s.view(), 'setCamera', camera, 'app'),
    givenOverlay: (id, visible) => callAction(s.view(), 'setOverlay', id, visible),
    givenHighContrast: (on) => callAction(s.view(), 'setHighContrast', on),
    givenMode: (mode) => callAction(s.view(), 'setMode', mode),
    async givenTimelineStepped(months) {
      await s.view().evaluate(async (n) => {
        const store = (window as unknown as TestWindow).__store;
        for (let i = 0; i < Math.abs(n); i++) {
          store.getState().stepDate(Math.sign(n));
          await new Promise((r) => setTimeout(r, 20));
        }
      }, months);
    },
    async givenLinkParams(params) {
      await s.view().evaluate((p) => {
        const url = new URL(location.href);
        for (const [key, value] of Object.entries(p)) url.searchParams.set(key, value);
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
      }, params);
    },
  };
}
