// The map's chunks the built page preloads: the controller's and the basemap's, with what they import, never the entry.
import { describe, expect, it } from 'vitest';
import { mapChunkFiles } from '../../scripts/map-preload-plugin';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null, isEntry = false) => ({ type: 'chunk' as const, fileName, imports, facadeModuleId, isEntry });

describe('map preload', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', [], '/repo/src/main.tsx', true),
    'assets/controller.js': chunk('assets/controller.js', ['assets/maplibre.js', 'assets/sync.js', 'assets/index.js'], '/repo/src/map/controller.ts'),
    'assets/maplibre.js': chunk('assets/maplibre.js', []),
    'assets/sync.js': chunk('assets/sync.js', ['assets/maplibre.js']),
    'assets/basemap-data.js': chunk('assets/basemap-data.js', ['assets/basemap.js', 'assets/index.js'], '/repo/src/map/basemap-data.ts'),
    'assets/basemap.js': chunk('assets/basemap.js', []),
    'assets/start.js': chunk('assets/start.js', ['assets/dataset.js'], '/repo/src/start.tsx'),
    'assets/dataset.js': chunk('assets/dataset.js', []),
    'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
  };

  it('lists the map chunks and their imports once each, not the entry and not the data', () => {
    expect(mapChunkFiles(bundle)).toEqual(['assets/controller.js', 'assets/maplibre.js', 'assets/sync.js', 'assets/basemap-data.js', 'assets/basemap.js']);
  });

  it('fails the build, naming the module, when a map module has no chunk of its own', () => {
    const { 'assets/basemap-data.js': _merged, ...withoutBasemap } = bundle;
    expect(() => mapChunkFiles(withoutBasemap)).toThrow(/src\/map\/basemap-data\.ts/);
  });
});
