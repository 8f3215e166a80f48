import { existsSync, readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Nothing may be loaded from, or
 * sent to, another origin. 'wasm-unsafe-eval' lets the Argon2 WebAssembly run;
 * it does not allow eval of JavaScript.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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
    async closeBundle() {
      await copyFile(join(outDir, '404/index.html'), join(outDir, '404.html'));
      await copyFile(join(outDir, 'es/404/index.html'), join(outDir, 'es/404.html'));
    },
  };
}

/**
 * `vite preview` as a plain static host: /learn serves /learn/index.html, an
 * unknown page gets /404.html with status 404, and every response carries the
 * security headers a careful host would send.
 */
export function staticHost(headers: Record<string, string>): Plugin {
  return {
    name: 'terrarium:static-host',
    configurePreviewServer(server) {
      const root = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
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
