// Loads the slide deck's code (with PptxGenJS) when a deck is asked for. The served app fetches it as its own chunk.
// The single file carries it as an inert data block, outside its first parse: in that build scripts/inert-plugin.ts
// replaces this module with one that runs the block (src/inert-code.ts).
export type DeckModule = typeof import('./download');

export function loadDeck(): Promise<DeckModule> {
  return import('./download');
}
