// The keyboard walk's chunk, fetched by the map's first focus: the navigator (what stands where), the keys' moves and
// the live region's words. One entry that gathers them, so none of them imports another to ride along.
export { mapNavigator, mapContentSelector, type MapNavigator } from './navigator';
export { createKeyHandler } from './key-moves';
export { focusText } from './announce';
