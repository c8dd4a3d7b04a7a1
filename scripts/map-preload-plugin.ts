// Vite plugin: the page asks for the map's chunks (MapLibre, the map controller, the basemap) as soon as it parses its
// HTML, with <link rel="modulepreload">, instead of when the entry chunk has run and imports them. main.tsx starts the
// map from them before the data and panels: fetched and compiled early, they are the first thing the page runs.
// The single-file build has no chunks and gets no links.
import type { Plugin } from 'vite';

/** The modules whose chunks (and those chunks' static imports) the page preloads. */
const MAP_ENTRIES = ['/src/map/controller.ts', '/src/map/basemap-data.ts'];

interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  isEntry?: boolean;
}

/** The chunk files to preload for the map entries, in the order found, the page's own entry chunks left out. */
export function mapChunkFiles(bundle: Readonly<Record<string, ChunkInfo>>): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const found: string[] = [];
  const visit = (file: string): void => {
    const chunk = byFile.get(file);
    if (!chunk || chunk.isEntry || found.includes(file)) return;
    found.push(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of MAP_ENTRIES) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(entry));
    if (!chunk) throw new Error(`map-preload: no chunk for ${entry}; was it merged into another chunk?`);
    visit(chunk.fileName);
  }
  return found;
}

export function mapPreload({ single }: { single: boolean }): Plugin {
  return {
    name: 'map-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (single || !context.bundle) return undefined;
        return mapChunkFiles(context.bundle as unknown as Record<string, ChunkInfo>).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
