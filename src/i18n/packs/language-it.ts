// The Italian language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when Italian is chosen.
export { it as messages } from '../it';
export { itPlurals as plurals } from '../plurals/it';
export { itEnumerations as enumerations } from '../enumerations/it';
export { itRegions as regions } from '../regions/it';
