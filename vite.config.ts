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
    // No preload list: it names every chunk file in the first script every page loads (1.4 KB
    // brotli of hashes, issue 13's budget). A page's parts load as their imports are read instead.
    modulePreload: false,
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
      // Our own worker (src/ui/offline/sw.ts): its install fetches only what a first offline
      // visit needs and fills the rest after activation (issue 17: WebKit can leave a long
      // install stuck when the page moves on).
      strategies: 'injectManifest',
      srcDir: 'src/ui/offline',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        // The page shown after erasing is served with Clear-Site-Data: fetching it to cache it
        // would clear the site's storage, and a cached copy would come without the header.
        // jsPDF's optional parts for HTML and SVG: the app never calls them, so they never load.
        globIgnores: [
          'erased/**',
          'es/erased/**',
          'assets/html2canvas-*.js',
          'assets/purify.es-*.js',
          'assets/index.es-*.js',
        ],
        // Pages are prerendered to /learn/index.html but linked and opened as /learn: list
        // each page once, under the address people use ('/' still finds /index.html). The
        // plugin adds the web app manifest and its icons again: once is enough.
        manifestTransforms: [
          async (entries) => ({
            manifest: [
              ...new Map(
                entries.map((entry) => {
                  const url = entry.url.replace(/(.)\/index\.html$/, '$1');
                  return [url, { ...entry, url }];
                }),
              ).values(),
            ],
            warnings: [],
          }),
        ],
      },
    }),
  ],
});
