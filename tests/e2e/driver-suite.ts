// The map of one spec file: launched and opened before its tests, closed after them. Specs that look at one open map
// call this instead of writing their own beforeAll and afterAll.
import { afterAll, beforeAll, inject } from 'vitest';
import { launch, type LaunchOptions, type MapDriver } from './driver';

/** Registers the launch and the opening (at `path`) before the tests of the enclosing describe, and the close after. */
export function openMapForTheseTests(options: LaunchOptions & { path?: string } = {}): () => MapDriver {
  let map: MapDriver | undefined;
  beforeAll(async () => {
    map = await launch(inject('baseUrl'), options);
    await map.open(options.path);
  }, 90_000);
  afterAll(async () => {
    await map?.close();
  });
  return () => {
    if (!map) throw new Error('the map of these tests is not open (its beforeAll failed)');
    return map;
  };
}
