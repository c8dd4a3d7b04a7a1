// Vite plugin for the single file: code that runs only when asked for (the slide deck, with PptxGenJS) stays out of the
// page's first parse. It is built apart, as one script, and carried in the page as an inert data block
// (`<script type="application/octet-stream" id="...">`); src/inert-code.ts makes it a script when it is asked for.
// - The part's loader module (src/export/slides/load-deck.ts, whose `import()` gives the served app a chunk) is replaced
//   by one that runs the block.
// - The app modules the part imports from outside its folder (the store, i18n, preact...) are not copied into it: the
//   loader hands it the page's own instances, each through a dynamic import, so that there is one store and one preact.
// - The block's text is a script, so the page's Content-Security-Policy lists its hash (scripts/csp-plugin.ts hashes
//   every inline script element) and nothing wider: no 'unsafe-eval', no blob: in script-src.
import { relative, resolve, sep } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export interface InertPart {
  /** The data block's element id. */
  id: string;
  /** What the code is, in a sentence that says it could not run ("the slide deck"). */
  what: string;
  /** The folder of the part's own modules, from the project root (src/export/slides). */
  folder: string;
  /** The part's entry module, from the project root. */
  entry: string;
  /** The module that loads the part (its one export, a function of no arguments, returns the entry's exports). */
  loader: string;
  loaderExport: string;
  /** Packages carried inside the part (only the part uses them); any other package is shared with the page. */
  carry: readonly string[];
}

/** The deck: src/export/slides with PptxGenJS (and the JSZip it takes). */
export const DECK_PART: InertPart = {
  id: 'deck-code',
  what: 'the slide deck',
  folder: 'src/export/slides',
  entry: 'src/export/slides/download.ts',
  loader: 'src/export/slides/load-deck.ts',
  loaderExport: 'loadDeck',
  carry: ['pptxgenjs'],
};

const SHARED = 'shared:';
const EVENT = 'inert-code'; // src/inert-code.ts INERT_EVENT

interface BuiltPart {
  part: InertPart;
  /** The block's text: one script that dispatches the part's start function. */
  code: string;
  /** The shared modules, by key (the path from the root). */
  shared: string[];
}

/** Builds a part as one script whose shared imports are the parameters of its start function. */
async function buildPart(root: string, part: InertPart): Promise<BuiltPart> {
  const folder = resolve(root, part.folder) + sep;
  const names = new Map<string, string>();
  const share: Plugin = {
    name: 'inert-part-share',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(folder) || source.startsWith('\0') || source.startsWith(SHARED)) return null;
      if (part.carry.some((p) => source === p || source.startsWith(`${p}/`))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith(folder)) return resolved;
      return { id: `${SHARED}${relative(root, resolved.id).split(sep).join('/')}`, external: true };
    },
  };
  const output = await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'inert',
    logLevel: 'warn',
    plugins: [share],
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: resolve(root, part.entry), formats: ['iife'], name: '__inertPart' },
      rolldownOptions: {
        output: {
          globals: (id: string) => {
            if (!names.has(id)) names.set(id, `__shared${names.size}`);
            return names.get(id) ?? '';
          },
        },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`inert part ${part.id}: expected one script, got ${chunks.length}`);
  const dynamic = new Set<string>();
  const body = chunks[0].code.replace(/\bimport\(\s*([`'"])shared:([^`'"]+)\1\s*\)/g, (_m, _q, key: string) => {
    dynamic.add(key);
    return `__inertLoad(${JSON.stringify(key)})`;
  });
  if (body.includes(SHARED)) throw new Error(`inert part ${part.id}: a shared import was left in its code`);
  if (/<\/script|<!--/i.test(body)) throw new Error(`inert part ${part.id}: its code holds "</script" or "<!--", which would end its data block`);
  const statics = [...names.keys()].map((id) => id.slice(SHARED.length));
  const code =
    `document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(EVENT)},{detail:async function(__inertLoad){` +
    `const[${[...names.values()].join(',')}]=await Promise.all(${JSON.stringify(statics)}.map(__inertLoad));\n${body}\nreturn __inertPart}}));`;
  return { part, code, shared: [...new Set([...statics, ...dynamic])] };
}

/** The loader module's replacement: runs the block, handing it the page's instances of the shared modules. */
function loaderCode(root: string, built: BuiltPart): string {
  const entries = built.shared.map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(resolve(root, key))})`);
  return [
    `import { runInertCode } from ${JSON.stringify(resolve(root, 'src/inert-code.ts'))};`,
    `const shared = {\n  ${entries.join(',\n  ')}\n};`,
    `export function ${built.part.loaderExport}() { return runInertCode(${JSON.stringify(built.part.id)}, ${JSON.stringify(built.part.what)}, shared); }`,
  ].join('\n');
}

export function inertParts(parts: readonly InertPart[]): Plugin {
  let root = process.cwd();
  let built: BuiltPart[] = [];
  return {
    name: 'inert-parts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      built = await Promise.all(parts.map((part) => buildPart(root, part)));
    },
    load(id) {
      const part = built.find((b) => resolve(root, b.part.loader) === id);
      return part ? loaderCode(root, part) : null;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') {
            const carried = built.find((b) => Object.keys(file.modules).some((m) => m.startsWith(resolve(root, b.part.folder) + sep) && !m.startsWith(resolve(root, b.part.loader))));
            if (carried) throw new Error(`inert part ${carried.part.id}: its modules were bundled into ${file.fileName} as well`);
          }
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          if (!html.includes('</body>')) throw new Error(`${file.fileName} has no </body> for the inert parts`);
          const blocks = built.map((b) => `<script type="application/octet-stream" id="${b.part.id}">${b.code}</script>`).join('\n');
          file.source = html.replace("</body>", () => `${blocks}\n</body>`);
        }
      },
    },
  };
}
