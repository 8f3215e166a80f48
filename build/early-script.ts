import { join } from 'node:path';
import { build } from 'rolldown';
import type { Plugin } from 'vite';

const entry = join(import.meta.dirname, '../src/ui/safety/before-render.ts');

/** The early script as one classic script: it runs in <head>, before any module can. */
async function compile(): Promise<string> {
  const result = await build({
    input: entry,
    platform: 'browser',
    output: { format: 'iife', minify: true },
    write: false,
  });
  const [chunk] = result.output;
  if (chunk?.type !== 'chunk') throw new Error('the early script did not build');
  return chunk.code;
}

/**
 * Serves and emits /before-render.js, built from src/ui/safety/before-render.ts. It shares
 * the exit, the Shift counter and the exit sentences with the app, so there is one of each.
 */
export function earlyScript(): Plugin {
  return {
    name: 'terrarium:early-script',
    configureServer(server) {
      server.middlewares.use('/before-render.js', (_request, response, next) => {
        compile().then((code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'before-render.js', source: await compile() });
    },
  };
}
