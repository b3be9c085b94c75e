// Vite build of the dashboard: web/ -> dist/web, served by the gateway under /dashboard/
// (src/server/dashboard.ts). `npm run build:web`; `npx vite --config web/vite.config.ts` for a dev
// server that proxies /graphql (HTTP and WebSocket) and /reports to a gateway on port 4000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.MIGRAPH_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/dashboard/',
  plugins: [react()],
  // Everything bundled; no public CDN, no web fonts (the CSS uses the system font stack).
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: {
      '/graphql': { target: gateway, ws: true },
      '/reports': { target: gateway },
    },
  },
});
