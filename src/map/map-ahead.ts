// The map started before the app's data and panels (main.tsx), handed once to the app that adopts it (start.tsx).
// Holds a promise only: MapLibre stays in its own chunk.
import type { MapAhead } from './controller';

let held: Promise<MapAhead | null> | undefined;

export function holdMapAhead(ahead: Promise<MapAhead | null>): void {
  held = ahead;
}

/** The map started ahead, once: the first caller adopts it (or discards it), later callers create their own. */
export function takeMapAhead(): Promise<MapAhead | null> | undefined {
  const taken = held;
  held = undefined;
  return taken;
}
