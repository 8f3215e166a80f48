/*
 * The HTTP headers the app is served with: one list of rules, from which the
 * preview server (staticHost) answers and every host configuration we ship is
 * written: public/_headers (Netlify, Cloudflare Pages), deploy/nginx.conf and
 * deploy/Caddyfile. headers.test.ts checks the shipped files are exactly what
 * this module writes; run it with UPDATE_HOST_CONFIGS=1 to write them again.
 */

/**
 * The Content-Security-Policy of the built app. Nothing may be loaded from, or
 * sent to, another origin. 'wasm-unsafe-eval' lets the Argon2 WebAssembly run;
 * it does not allow eval of JavaScript. Every page carries it as a meta tag
 * too, so it holds on a host that sends no headers.
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

/** Only a header can forbid framing: browsers ignore frame-ancestors in a meta tag. */
export const pagePolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * The Argon2 worker is one self-contained script (Vite writes it under
 * /assets/worker/, see vite.config.ts): it compiles its WebAssembly and
 * loads, fetches and embeds nothing else.
 */
export const workerPolicy = "default-src 'none'; script-src 'wasm-unsafe-eval'";

/** Where the worker's file is written; a folder, because every host can match one. */
export const workerFolder = '/assets/worker/';

/** The page "Erase everything" ends on, in every language and every form its address takes. */
export const erasedPaths = [
  '/erased',
  '/erased/',
  '/erased/index.html',
  '/es/erased',
  '/es/erased/',
  '/es/erased/index.html',
];

/** Asks the browser to clear everything this origin stored, the offline copy included. */
export const clearSiteData = '"storage", "cache"';

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export type Headers = Readonly<Record<string, string>>;

/** The headers of one response, by its path. */
export function headersFor(path: string): Headers {
  if (path.startsWith(workerFolder)) {
    return { ...common, 'Content-Security-Policy': workerPolicy };
  }
  const page = { ...common, 'Content-Security-Policy': pagePolicy };
  return erasedPaths.includes(path) ? { ...page, 'Clear-Site-Data': clearSiteData } : page;
}

const generated = 'Written by build/headers.ts: change that file, not this one.';

/**
 * Netlify and Cloudflare Pages. Every rule that matches a path applies.
 * Where two give the same header, Netlify keeps the later rule's value and
 * Cloudflare joins both with a comma: for the worker that makes two
 * policies, both enforced, so it gets the worker's stricter one either way.
 */
export function netlifyHeaders(): string {
  const block = (path: string, headers: Headers) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    `# ${generated}`,
    block('/*', headersFor('/')),
    block(`${workerFolder}*`, { 'Content-Security-Policy': workerPolicy }),
    ...erasedPaths.map((path) => block(path, { 'Clear-Site-Data': clearSiteData })),
  ].join('\n\n')}\n`;
}

/**
 * nginx. A location with its own add_header inherits none from the server,
 * so each location lists all of its headers. `always` sends them on error
 * pages too. /es/ is a plain prefix, not ^~, so the regex for the erased
 * page is still tried for /es/erased.
 */
export function nginxConf(): string {
  const add = (headers: Headers, indent: string) =>
    Object.entries(headers)
      .map(([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`)
      .join('\n');
  const erased = erasedPaths.map((path) => path.replace(/\./g, '\\.')).join('|');
  return `# ${generated}
# Serve the contents of dist/ over HTTPS. Put this inside your server { } block,
# after listen, server_name and the TLS settings.

root /var/www/terrarium;
index index.html;

${add(headersFor('/'), '')}

location / {
    try_files $uri $uri/index.html =404;
}

error_page 404 /404.html;
location /es/ {
    try_files $uri $uri/index.html =404;
    error_page 404 /es/404.html;
}

location ^~ ${workerFolder} {
${add(headersFor(`${workerFolder}kdf.worker.js`), '    ')}
}

location ~ ^(${erased})$ {
${add(headersFor('/erased'), '    ')}
    try_files $uri $uri/index.html =404;
}
`;
}

/** nginx quotes with either mark; a value holds only one kind. */
function nginxQuote(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  throw new Error(`cannot quote ${value} for nginx`);
}

/** Caddy. The three matchers never overlap, so the order Caddy sorts them in does not matter. */
export function caddyfile(): string {
  const block = (matcher: string, headers: Headers) =>
    `\theader ${matcher} {\n${Object.entries(headers)
      .map(([name, value]) => `\t\t${name} ${caddyQuote(value)}`)
      .join('\n')}\n\t}`;
  return `# ${generated}
# Serve the contents of dist/ over HTTPS. Replace example.org with your domain.

example.org {
\troot * /var/www/terrarium

\t@worker path ${workerFolder}*
\t@erased path ${erasedPaths.join(' ')}
\t@page not path ${workerFolder}* ${erasedPaths.join(' ')}

${block('@page', headersFor('/'))}
${block('@worker', headersFor(`${workerFolder}kdf.worker.js`))}
${block('@erased', headersFor('/erased'))}

\ttry_files {path} {path}/index.html
\tfile_server

\thandle_errors {
\t\t@notfound expression {err.status_code} == 404
\t\t@spanish {
\t\t\texpression {err.status_code} == 404
\t\t\tpath /es /es/*
\t\t}
\t\t@english {
\t\t\texpression {err.status_code} == 404
\t\t\tnot path /es /es/*
\t\t}
\t\trewrite @spanish /es/404.html
\t\trewrite @english /404.html
\t\tfile_server @notfound
\t}
}
`;
}

/** A Caddyfile backtick string keeps single and double quotes as they are. */
function caddyQuote(value: string): string {
  if (value.includes('`')) throw new Error(`cannot quote ${value} for Caddy`);
  return `\`${value}\``;
}
