import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyScript } from './build/early-script.ts';
import { guideContent } from './build/guide-content.ts';
import { cspMeta, iconPngs, notFoundPage, staticHost } from './build/plugins.ts';

export default defineConfig({
  appType: 'mpa',
  build: {
    outDir: process.env.TERRARIUM_OUT_DIR ?? 'dist',
    // The polyfill is an inline script, which our CSP forbids; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    // One stylesheet linked from every prerendered page, so pages are styled with JavaScript off
    // (CSS split per lazy route would only arrive with the route's script).
    cssCodeSplit: false,
    target: 'es2022',
    sourcemap: false,
  },
  worker: {
    // The Argon2 worker gets its own, stricter policy from the host: a folder of its own lets
    // every host match it (build/headers.ts).
    rolldownOptions: { output: { entryFileNames: 'assets/worker/[name]-[hash].js' } },
  },
  plugins: [
    guideContent(),
    earlyScript(),
    preact({
      prerender: { enabled: true, renderTarget: '#app', additionalPrerenderRoutes: ['/404'] },
    }),
    cspMeta(),
    staticHost(),
    iconPngs([192, 512]),
    notFoundPage(),
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Terrarium',
        short_name: 'Terrarium',
        description: 'Terrarium',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf6',
        theme_color: '#2b6347',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        // The page shown after erasing is served with Clear-Site-Data: fetching it to cache it
        // would clear the site's storage, and a cached copy would come without the header.
        globIgnores: ['erased/**', 'es/erased/**'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        // Pages are prerendered to /learn/index.html but linked as /learn: precache both.
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.flatMap((entry) =>
              /.+\/index\.html$/.test(entry.url)
                ? [entry, { ...entry, url: entry.url.replace(/\/index\.html$/, '') }]
                : [entry],
            ),
            warnings: [],
          }),
        ],
      },
    }),
  ],
});
