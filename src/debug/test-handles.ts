// window.__store, window.__map and window.__compareMaps (the two maps of a comparison), for the e2e tests and the bench only: set in builds made with VITE_TEST_HANDLES=1.
// A production build has neither (the condition is a constant, so the bundler drops the code).

export type TestHandleName = '__store' | '__map' | '__compareMaps';

/** True in builds for the e2e tests and the bench (`VITE_TEST_HANDLES=1 vite build`), false otherwise. */
export const TEST_HANDLES: boolean = import.meta.env.VITE_TEST_HANDLES === '1';

/** A string that is in the bundle only when the handles are on: the e2e server looks for it before testing a build. */
export const TEST_BUILD_MARKER: string = TEST_HANDLES ? 'map-test-handles-on' : '';

export function exposeForTests(name: TestHandleName, value: unknown, enabled: boolean = TEST_HANDLES, target: object = globalThis): void {
  if (!enabled) return;
  (target as Record<string, unknown>)[name] = value;
  (target as Record<string, unknown>)['__testBuild'] = TEST_BUILD_MARKER;
}
