// window.__store, window.__map and window.__compareMaps (the two maps of a comparison), for the e2e tests and the bench only: set in builds made with VITE_TEST_HANDLES=1.
// A deployment build has none: every caller writes `if (TEST_HANDLES) exposeForTests(…)`, a constant condition, so the
// bundler drops the call and its names (tests/debug/test-handles.test.ts reads every file of a deployment build).

export type TestHandleName = '__store' | '__map' | '__compareMaps';

/** True in builds for the e2e tests and the bench (`VITE_TEST_HANDLES=1 vite build`), false otherwise. */
export const TEST_HANDLES: boolean = import.meta.env.VITE_TEST_HANDLES === '1';

/** A string that is in the bundle only when the handles are on: the e2e server looks for it before testing a build. */
export const TEST_BUILD_MARKER: string = TEST_HANDLES ? 'map-test-handles-on' : '';

/** Sets a handle on window; call it only under `if (TEST_HANDLES)`, so a deployment build does not carry the name. */
export function exposeForTests(name: TestHandleName, value: unknown, target: object = globalThis): void {
  if (!TEST_HANDLES) return;
  (target as Record<string, unknown>)[name] = value;
  (target as Record<string, unknown>)['__testBuild'] = TEST_BUILD_MARKER;
}
