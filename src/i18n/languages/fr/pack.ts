// The French language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when French is chosen.
export { fr as messages } from './messages';
export { frPlurals as plurals } from './plurals';
export { frEnumerations as enumerations } from './enumerations';
export { frRegions as regions } from './regions';
