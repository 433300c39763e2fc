import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // No source maps in the build: the production server hands out exactly what runs in the browser
  // (the development server still maps everything to the sources).
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The B1 analyser's modules have no side effects: pages that only need its labels do not get
      // its word lists (about 250 kB); those load with the answer editor, which runs the analyser.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]b1[\\/]/.test(id) },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
