// The German language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when German is chosen.
export { de as messages } from '../de';
export { dePlurals as plurals } from '../plurals/de';
export { deEnumerations as enumerations } from '../enumerations/de';
export { deRegions as regions } from '../regions/de';
