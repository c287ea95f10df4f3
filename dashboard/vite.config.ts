import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** The platform the dev server forwards /api to (the SSE live feed included). */
const platform = `http://127.0.0.1:${process.env.HTTP_PORT || 8080}`;
const proxy = { '/api': { target: platform } };

export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // MapLibre alone is about 1 MB minified, the app with i18next and both catalogs 1.3 MB: one cached, hashed file.
    chunkSizeWarningLimit: 1400,
  },
  server: { proxy },
  preview: { proxy },
});
