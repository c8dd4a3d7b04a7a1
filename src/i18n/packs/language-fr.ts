// The French language pack: messages, plural forms and names of the dataset's kinds, one chunk loaded when French is chosen.
export { fr as messages } from '../fr';
export { frPlurals as plurals } from '../plurals/fr';
export { frEnumerations as enumerations } from '../enumerations/fr';
