// The default view: what a bare link opens.
import type { AppState, Filters } from './types';

export const DEFAULT_CAMERA = { lon: 22, lat: 36, zoom: 2.6 } as const;
export const DEFAULT_DATE = '2015-09';
export { TIMELINE_START, TIMELINE_END } from '../outside/vocabulary';

export const EMPTY_FILTERS: Filters = {
  themes: [],
  instruments: [],
  groups: [],
  agreementTypes: [],
  organisations: [],
  routes: [],
};

export function defaultState(): AppState {
  return {
    view: {
      mode: 'explore',
      lang: 'en',
      highContrast: false,
      scheme: 'light',
      systemDark: false,
      camera: { ...DEFAULT_CAMERA },
      cameraOrigin: 'app',
      overlays: { routes: true, partners: true, missions: true, funding: true, displacement: false },
      tableOpen: false,
      story: null,
    },
    time: { date: DEFAULT_DATE, playing: false, speed: 1 },
    filters: EMPTY_FILTERS,
    compare: null,
    selection: null,
    hovered: null,
    focused: null,
    notices: [],
  };
}
