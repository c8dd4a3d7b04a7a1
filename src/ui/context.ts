// The store binding for the panels: kept at this path so that ui/ files import it as before; it lives in src/context.ts,
// which the SVG map reads too (map/ imports nothing from ui/).
export { ModelContext, StoreContext, useActions, useAppState, useAppStore, useModel, type ModelContextValue } from '../context';
