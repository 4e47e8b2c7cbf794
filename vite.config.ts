import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/vite-plugin.ts';

// RDR_CONTENT_ROOT builds the site from another folder of texts/ and glossary/ (the e2e fixtures).
const contentRoot = process.env.RDR_CONTENT_ROOT ? resolve(process.env.RDR_CONTENT_ROOT) : undefined;

export default defineConfig({
  // Pages, not a single-page app: an address with no page is a 404 (the preview server then serves 404.html, as static hosts do).
  appType: 'mpa',
  // RDR_CACHE_DIR keeps the content cache elsewhere than .cache/content/ (the benchmark's libraries).
  plugins: [contentPlugin({ contentRoot, cacheDir: process.env.RDR_CACHE_DIR })],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
