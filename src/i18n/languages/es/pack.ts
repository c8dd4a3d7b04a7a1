// The Spanish language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when Spanish is chosen.
export { es as messages } from './messages';
export { esPlurals as plurals } from './plurals';
export { esEnumerations as enumerations } from './enumerations';
export { esRegions as regions } from './regions';
