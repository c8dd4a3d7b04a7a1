// The French language pack: messages, plural forms and names of the dataset's kinds and regions, one chunk loaded when French is chosen.
export { fr as messages } from '../fr';
export { frPlurals as plurals } from '../plurals/fr';
export { frEnumerations as enumerations } from '../enumerations/fr';
export { frRegions as regions } from '../regions/fr';
