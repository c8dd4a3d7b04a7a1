// The Italian language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when Italian is chosen.
export { it as messages } from './messages';
export { itPlurals as plurals } from './plurals';
export { itEnumerations as enumerations } from './enumerations';
export { itRegions as regions } from './regions';
