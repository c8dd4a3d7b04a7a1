// The Arabic language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when Arabic is chosen.
export { ar as messages } from './messages';
export { arPlurals as plurals } from './plurals';
export { arEnumerations as enumerations } from './enumerations';
export { arRegions as regions } from './regions';
