// Vite plugin: keeps the slide deck's library (PptxGenJS, loaded only when a deck is made) free of CommonJS, so the
// bundler adds no CommonJS helpers to the runtime chunk every page loads. JSZip is taken from its ES-module fork
// (@progress/jszip-esm, same API); PptxGenJS's Node-only code, never reached in a browser (its `require('sizeof')` and
// its `import('node:fs')` and `import('node:https')`), gets nothing: no Node module enters the browser bundle.
import type { Plugin } from 'vite';

const NODE_ONLY = "typeof require !== 'undefined' ? require('sizeof') : null";
const NO_NODE_MODULE = '\0pptx-no-node-module';

export function pptxWithoutCommonJs(): Plugin {
  return {
    name: 'pptx-without-commonjs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.includes('pptxgenjs')) return null;
      if (source.startsWith('node:')) return NO_NODE_MODULE;
      if (source !== 'jszip') return null;
      return this.resolve('@progress/jszip-esm', importer, { ...options, skipSelf: true });
    },
    load(id) {
      return id === NO_NODE_MODULE ? 'export default {}; export const promises = {};' : null;
    },
    transform(code, id) {
      if (!id.includes('pptxgenjs') || !code.includes(NODE_ONLY)) return null;
      return { code: code.replace(NODE_ONLY, 'null'), map: null };
    },
  };
}
