// The parts of the app that are not needed for the first map, each its own chunk fetched the first time it is shown.
import { lazyPart } from './lazy';

/** The two maps of a comparison, once comparing starts (from the dialog or a link). */
export const LazyCompareView = lazyPart(() => import('./compare/CompareView').then((m) => m.CompareView), { placement: 'map' });
/** The list of what changed between the two dates, in the panel while comparing. */
export const LazyChangeList = lazyPart(() => import('./compare/ChangeList').then((m) => m.ChangeList), { when: (s) => s.compare !== null });
/** The data table (and its CSV, JSON and PNG exports), while it is open. */
export const LazyDataTable = lazyPart(() => import('./DataTable').then((m) => m.DataTable), { when: (s) => s.view.tableOpen });
/** Briefing mode's panel (stories, presenter window, handout). */
export const LazyBriefing = lazyPart(() => import('./Briefing').then((m) => m.Briefing));
