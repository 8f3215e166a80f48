import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caddyfile,
  clearSiteData,
  erasedPaths,
  headersFor,
  netlifyHeaders,
  nginxConf,
  workerPolicy,
} from './headers';
import { cspMeta } from './plugins';

const root = join(import.meta.dirname, '..');
const shipped = {
  'public/_headers': netlifyHeaders,
  'deploy/nginx.conf': nginxConf,
  'deploy/Caddyfile': caddyfile,
};

/** The policy every built page carries in its meta tag, read from the plugin that writes it. */
function metaPolicy(): string {
  const transform: unknown = cspMeta().transformIndexHtml;
  const [tag] = (transform as { handler: () => { attrs: { content: string } }[] }).handler();
  if (!tag) throw new Error('no meta tag');
  return tag.attrs.content;
}

type Found = Record<string, string[]>;

function collect(headers: Iterable<readonly [string, string]>): Found {
  const found: Found = {};
  for (const [name, value] of headers) found[name] = [...(found[name] ?? []), value];
  return found;
}

const pages = ['/', '/learn', '/learn/', '/es/learn', '/happened/report/verify', '/404.html'];
const assets = ['/assets/index-AbC123.js', '/assets/index-AbC123.css', '/icon-192.png', '/sw.js'];
const worker = '/assets/worker/kdf.worker-DFKloKvm.js';

/** Turns a host's glob ("*" for any characters) into a whole-path pattern. */
function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** _headers: every matching block applies, in file order. */
function readNetlify(text: string): (path: string) => Found {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map(([path = '', ...lines]) => ({
      path: glob(path.trim()),
      headers: lines.map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
      }),
    }));
  return (path) => {
    return collect(blocks.filter((b) => b.path.test(path)).flatMap((b) => b.headers));
  };
}

/**
 * nginx: the longest matching prefix location, unless regex locations are
 * tried (the prefix is not ^~) and one matches. A location's own add_header
 * lines replace the server's.
 */
function readNginx(text: string): (path: string) => Found {
  const addHeader = /^\s*add_header\s+(\S+)\s+("([^"]*)"|'([^']*)')\s+always;$/;
  const lines = text.split('\n');
  const server: [string, string][] = [];
  const locations: {
    kind: 'prefix' | 'stop' | 'regex';
    match: string;
    headers: [string, string][];
  }[] = [];
  let current: (typeof locations)[number] | null = null;
  for (const line of lines) {
    const location = /^location\s+(\^~\s+|~\s+)?(\S+)\s*\{$/.exec(line);
    if (location) {
      const modifier = location[1]?.trim();
      current = {
        kind: modifier === '^~' ? 'stop' : modifier === '~' ? 'regex' : 'prefix',
        match: location[2] ?? '',
        headers: [],
      };
      locations.push(current);
      continue;
    }
    if (line === '}') {
      current = null;
      continue;
    }
    const header = addHeader.exec(line);
    if (header)
      (current ? current.headers : server).push([header[1] ?? '', header[3] ?? header[4] ?? '']);
  }
  return (path) => {
    const prefixes = locations
      .filter((l) => l.kind !== 'regex' && path.startsWith(l.match))
      .sort((a, b) => b.match.length - a.match.length);
    const longest = prefixes[0];
    const regex =
      longest?.kind === 'stop'
        ? undefined
        : locations.find((l) => l.kind === 'regex' && new RegExp(l.match).test(path));
    const chosen = regex ?? longest;
    const headers = chosen && chosen.headers.length > 0 ? chosen.headers : server;
    return collect(headers);
  };
}

/** Caddy: every header block whose named matcher matches applies. */
function readCaddy(text: string): (path: string) => Found {
  const matchers = new Map<string, (path: string) => boolean>();
  for (const [, name = '', not, paths = ''] of text.matchAll(
    /^\t@(\w+)\s+(not\s+)?path\s+(.+)$/gm,
  )) {
    const globs = paths.trim().split(/\s+/).map(glob);
    matchers.set(name, (path) => globs.some((g) => g.test(path)) !== Boolean(not));
  }
  const blocks = [...text.matchAll(/^\theader\s+@(\w+)\s+\{\n([\s\S]*?)\n\t\}$/gm)].map(
    ([, name = '', body = '']) => ({
      matches: matchers.get(name) ?? (() => false),
      headers: body.split('\n').map((line) => {
        const [, header = '', value = ''] = /^\t\t(\S+)\s+`([^`]*)`$/.exec(line) ?? [];
        return [header, value] as const;
      }),
    }),
  );
  return (path) => {
    return collect(blocks.filter((b) => b.matches(path)).flatMap((b) => b.headers));
  };
}

const readers = {
  'public/_headers': readNetlify,
  'deploy/nginx.conf': readNginx,
  'deploy/Caddyfile': readCaddy,
};

describe('the host configurations we ship', () => {
  it('are exactly what build/headers.ts writes', () => {
    for (const [file, write] of Object.entries(shipped)) {
      const path = join(root, file);
      if (process.env.UPDATE_HOST_CONFIGS) writeFileSync(path, write());
      expect(
        readFileSync(path, 'utf8'),
        `${file}: run UPDATE_HOST_CONFIGS=1 npx vitest run build/headers.test.ts`,
      ).toBe(write());
    }
  });

  for (const [file, read] of Object.entries(readers)) {
    describe(file, () => {
      const headersOf = read(readFileSync(join(root, file), 'utf8'));

      it('sends every page and asset the meta tag’s policy, with framing forbidden', () => {
        const policy = `${metaPolicy()}; frame-ancestors 'none'`;
        for (const path of [...pages, ...assets, ...erasedPaths]) {
          expect(headersOf(path)['Content-Security-Policy'], path).toEqual([policy]);
        }
      });

      it('sends nosniff and no referrer everywhere, the worker included', () => {
        for (const path of [...pages, ...assets, ...erasedPaths, worker]) {
          expect(headersOf(path)['X-Content-Type-Options'], path).toEqual(['nosniff']);
          expect(headersOf(path)['Referrer-Policy'], path).toEqual(['no-referrer']);
        }
      });

      it('gives the Argon2 worker its own policy', () => {
        // Cloudflare Pages joins both rules' values: two policies, both enforced, the worker's the stricter.
        expect(headersOf(worker)['Content-Security-Policy']?.at(-1)).toBe(workerPolicy);
      });

      it('asks the browser to clear site data on the erased page, and nowhere else', () => {
        for (const path of erasedPaths) {
          expect(headersOf(path)['Clear-Site-Data'], path).toEqual([clearSiteData]);
        }
        for (const path of [...pages, ...assets, worker, '/erased-not', '/es/erasedx']) {
          expect(headersOf(path)['Clear-Site-Data'], path).toBeUndefined();
        }
      });
    });
  }
});

describe('the headers of one response', () => {
  it('are the page headers, the worker’s, or the page headers with Clear-Site-Data', () => {
    expect(Object.keys(headersFor('/learn')).sort()).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headersFor(worker)['Content-Security-Policy']).toBe(workerPolicy);
    expect(headersFor('/es/erased')['Clear-Site-Data']).toBe('"storage", "cache"');
    expect(headersFor('/erasedx')['Clear-Site-Data']).toBeUndefined();
  });

  it('let the worker run its WebAssembly and nothing else', () => {
    expect(workerPolicy).toContain("default-src 'none'");
    expect(workerPolicy).toContain("'wasm-unsafe-eval'");
    expect(workerPolicy).not.toContain("'self'");
  });
});
