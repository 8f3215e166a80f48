import { existsSync, readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, headersFor } from './headers.ts';

/** Adds the CSP as a meta tag, so it holds on any static host, even one that sets no headers. */
export function cspMeta(): Plugin {
  return {
    name: 'terrarium:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Renders the plant icon we drew (public/icon.svg) to the PNG sizes an installed app needs. */
export function iconPngs(sizes: number[]): Plugin {
  return {
    name: 'terrarium:icon-pngs',
    apply: 'build',
    async generateBundle() {
      const svg = await readFile(join(import.meta.dirname, '../public/icon.svg'));
      for (const size of sizes) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: png });
      }
    },
  };
}

/**
 * Static hosts serve /404.html for unknown paths; the prerenderer writes the
 * not-found page to /404/index.html, so copy it where hosts look (and the
 * Spanish one to /es/404.html, for hosts that can serve one per folder).
 */
export function notFoundPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'terrarium:404',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // writeBundle, not closeBundle: closeBundle also runs after a failed build, where a missing
    // 404 page would be reported instead of the real error.
    async writeBundle() {
      await copyFile(join(outDir, '404/index.html'), join(outDir, '404.html'));
      await copyFile(join(outDir, 'es/404/index.html'), join(outDir, 'es/404.html'));
    },
  };
}

/**
 * `vite preview` as a plain static host: /learn serves /learn/index.html, an
 * unknown page gets /404.html with status 404, and every response carries the
 * headers our host configurations send (build/headers.ts).
 */
export function staticHost(): Plugin {
  return {
    name: 'terrarium:static-host',
    configurePreviewServer(server) {
      const root = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        if (path.includes('.') || path.includes('..')) return next();
        const page = join(path, 'index.html');
        if (existsSync(join(root, page))) {
          req.url = page;
          return next();
        }
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        const spanish = path === '/es' || path.startsWith('/es/');
        res.end(readFileSync(join(root, spanish ? 'es/404.html' : '404.html')));
      });
    },
  };
}
