// Vite plugin: the page asks for the chunks it starts from as soon as it parses its HTML, with
// <link rel="modulepreload">, instead of when the entry chunk has run and imports them: the map's (MapLibre, the map
// controller, the basemap) and the app's (start.tsx: data and panels). Fetched and compiled early, they are ready when
// main.tsx runs them: the map first, then the app. The single-file build has no chunks and gets no links.
import type { Plugin } from 'vite';

/** The modules whose chunks (and those chunks' static imports) the page preloads, in the order main.tsx runs them. */
const START_MODULES = ['/src/map/controller.ts', '/src/map/basemap-data.ts', '/src/start.tsx'];

interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  isEntry?: boolean;
}

/** The chunk files to preload for the start modules, in the order found, the page's own entry chunks left out. */
export function startChunkFiles(bundle: Readonly<Record<string, ChunkInfo>>): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const found: string[] = [];
  const visit = (file: string): void => {
    const chunk = byFile.get(file);
    if (!chunk || chunk.isEntry || found.includes(file)) return;
    found.push(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of START_MODULES) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(entry));
    if (!chunk) throw new Error(`start-preload: no chunk for ${entry}; was it merged into another chunk?`);
    visit(chunk.fileName);
  }
  return found;
}

export function startPreload({ single }: { single: boolean }): Plugin {
  return {
    name: 'start-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (single || !context.bundle) return undefined;
        return startChunkFiles(context.bundle as unknown as Record<string, ChunkInfo>).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
