import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer into dist/renderer as plain static files. The same build is loaded by
 * Electron (from disk) and served by the web host, so nothing here may depend on Vite's dev server:
 * relative asset URLs (base './'), no inline scripts (the CSP in renderer/index.html forbids them).
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // ag-grid alone is ~1 MB minified; the app is loaded from local disk or 127.0.0.1, not a network.
    chunkSizeWarningLimit: 2500,
  },
});
