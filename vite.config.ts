import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/vite-plugin.ts';

export default defineConfig({
  plugins: [contentPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
  },
  preview: { port: 4173, strictPort: true },
});
