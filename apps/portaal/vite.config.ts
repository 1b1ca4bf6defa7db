import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * One origin for the browser: `vite preview` (and the dev server) serves the built portal and
 * forwards `/api/<dienst>/…` to the six services (`/api/signalen/v1/signalen` → signalen's
 * `/v1/signalen`) with Vite's own proxy (http-proxy). Where each service runs comes from
 * PORTAAL_<DIENST>_URL, by default the ports of tools/platform.sh.
 *
 * Login needs one more entry: the browser exchanges its authorization code (and later refresh
 * token) at `/oidc/token`, forwarded to Keycloak's token endpoint, so no cross-origin call is made
 * and Keycloak needs no CORS for the portal. The login page and logout are full-page navigations
 * to Keycloak itself.
 */
const DIENSTEN = { signalen: 3001, tafels: 3002, pilots: 3003, consent: 3004, monitoring: 3005, notificaties: 3006 } as const;

function doel(naam: string, standaard: string): string {
  return process.env[naam] ?? standaard;
}

function proxy(): Record<string, ProxyOptions> {
  const routes: Record<string, ProxyOptions> = {};
  for (const [dienst, poort] of Object.entries(DIENSTEN)) {
    const prefix = `/api/${dienst}`;
    routes[`${prefix}/`] = {
      target: doel(`PORTAAL_${dienst.toUpperCase()}_URL`, `http://127.0.0.1:${poort}`),
      changeOrigin: true,
      rewrite: (path) => path.slice(prefix.length),
    };
  }
  const keycloak = doel('KEYCLOAK_URL', 'http://127.0.0.1:8180');
  const realm = doel('KEYCLOAK_REALM', 'koers');
  routes['/oidc/'] = {
    target: keycloak,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/oidc/, `/realms/${realm}/protocol/openid-connect`),
    // Server to server: Keycloak must not treat it as a cross-origin browser call.
    configure: (server) => server.on('proxyReq', (request) => request.removeHeader('origin')),
  };
  return routes;
}

/**
 * The Content-Security-Policy of deploy/portaal/nginx.conf, the one place it is written, so
 * `vite preview` (and with it every browser test) serves the portal under the policy production
 * sends. Not on the dev server: its hot reload injects inline scripts and styles.
 */
function inhoudsbeleid(): string {
  const nginx = readFileSync(fileURLToPath(new URL('../../deploy/portaal/nginx.conf', import.meta.url)), 'utf8');
  const beleid = /add_header Content-Security-Policy "([^"]+)" always;/.exec(nginx)?.[1];
  if (!beleid) throw new Error('deploy/portaal/nginx.conf has no Content-Security-Policy');
  return beleid;
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@koers/clients', replacement: fileURLToPath(new URL('../../libs/clients/src/index.ts', import.meta.url)) },
      // A candidate's `…-react/css` entry injects its CSS as a <style> element, which the policy
      // refuses: it resolves to the plain component, and main.tsx imports the CSS as a file.
      { find: /^(@nl-design-system-candidate\/[a-z-]+-react)\/css$/, replacement: '$1' },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy: proxy() },
  preview: { host: '127.0.0.1', port: 4200, strictPort: true, proxy: proxy(), headers: { 'Content-Security-Policy': inhoudsbeleid() } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
