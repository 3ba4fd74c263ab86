import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const API = process.env.ATTUNE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are consumed as TypeScript source (no build step for the domain).
    conditions: ['@attune/source', ...defaultClientConditions],
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: {
      '/graphql': { target: API, changeOrigin: false },
      '/dev': { target: API, changeOrigin: false },
      '/health': { target: API, changeOrigin: false },
    },
  },
  build: {
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
});
