// Build, dev-server and unit-test configuration. `--mode single` inlines everything into one HTML file.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [preact({ prerender: { enabled: false } }), ...(single ? [viteSingleFile()] : [])],
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    build: {
      outDir: single ? 'dist-single' : 'dist',
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 4096,
    },
    preview: { host: '127.0.0.1' },
    test: {
      include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      environment: 'node',
      server: { deps: { inline: ['zustand'] } },
    },
  };
});
