// The German language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when German is chosen.
export { de as messages } from './messages';
export { dePlurals as plurals } from './plurals';
export { deEnumerations as enumerations } from './enumerations';
export { deRegions as regions } from './regions';
