import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAll,
  checkLink,
  compareReports,
  directoryLinks,
  isBroken,
  pageTitle,
  renderReport,
} from './link-check.mjs';

// A local stand-in for the boards' sites: a page, a redirect chain, a page that moved,
// a missing page and one that never answers. Nothing leaves the machine.
let server: Server;
let base = '';
const page = (title: string) => `<!doctype html><title> ${title} </title><h1>${title}</h1>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/complaints') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(page('File a complaint &amp; more'));
    } else if (path === '/old-complaints') {
      response.writeHead(301, { location: '/hop' }).end();
    } else if (path === '/hop') {
      response.writeHead(302, { location: `${base}/complaints` }).end();
    } else if (path === '/moved') {
      response.writeHead(301, { location: '/home' }).end();
    } else if (path === '/home') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page('Board home'));
    } else if (path === '/loop') {
      response.writeHead(302, { location: '/loop' }).end();
    } else if (path === '/slow') {
      // Never answers: the checker must give up on its own.
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end(page('Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const link = (path: string) => ({ url: `${base}${path}`, where: `TX psychologist ${path}` });

describe('checking one address', () => {
  it('records the status and the page title of a page that answers', async () => {
    const result = await checkLink(link('/complaints'));
    expect(result).toMatchObject({
      status: 200,
      finalUrl: `${base}/complaints`,
      title: 'File a complaint & more',
      redirects: [],
      error: null,
    });
    expect(isBroken(result)).toBe(false);
  });

  it('follows redirects hop by hop and records where it ends', async () => {
    const result = await checkLink(link('/old-complaints'));
    expect(result.redirects).toEqual([`${base}/hop`, `${base}/complaints`]);
    expect(result.finalUrl).toBe(`${base}/complaints`);
    expect(result.status).toBe(200);
  });

  it('reports a missing page as broken', async () => {
    const result = await checkLink(link('/gone'));
    expect(result.status).toBe(404);
    expect(isBroken(result)).toBe(true);
  });

  it('gives up on a page that never answers, and says it timed out', async () => {
    const result = await checkLink(link('/slow'), { timeoutMs: 300 });
    expect(result.error).toBe('timeout');
    expect(result.status).toBeNull();
    expect(isBroken(result)).toBe(true);
  });

  it('stops following a redirect loop', async () => {
    const result = await checkLink(link('/loop'), { maxRedirects: 3 });
    expect(result.error).toBe('too many redirects');
    expect(result.redirects).toHaveLength(4);
  });

  it('reports a host that refuses the connection without throwing', async () => {
    const result = await checkLink({ url: 'http://127.0.0.1:1/x', where: 'nowhere' });
    expect(result.error).toMatch(/^network/);
  });
});

describe('comparing with the last report', () => {
  it('flags a page that moved elsewhere, a changed title, a new and a removed address', async () => {
    const before = {
      checkedOn: '2026-11-01',
      results: await checkAll([link('/complaints'), link('/home'), link('/gone')]),
    };
    const renamed = before.results.map((r) =>
      r.url.endsWith('/complaints') ? { ...r, title: 'Complaints' } : r,
    );
    const previous = { ...before, results: renamed };
    // Since then, /home is linked as /moved (a redirect), and /gone was dropped.
    const now = {
      checkedOn: '2026-11-29',
      results: await checkAll([link('/complaints'), link('/home'), link('/moved')]),
    };
    const changes = compareReports(previous, now);
    expect(changes).toEqual([
      {
        url: `${base}/complaints`,
        where: 'TX psychologist /complaints',
        what: 'title',
        before: 'Complaints',
        after: 'File a complaint & more',
      },
      {
        url: `${base}/moved`,
        where: 'TX psychologist /moved',
        what: 'new',
        before: '',
        after: `${base}/moved`,
      },
      {
        url: `${base}/gone`,
        where: 'TX psychologist /gone',
        what: 'gone',
        before: `${base}/gone`,
        after: '',
      },
    ]);
    const table = renderReport(now, changes);
    expect(table).toContain('# Board link check, 2026-11-29');
    expect(table).toContain('3 addresses checked; 0 need a look; 3 changed since the last report.');
    expect(table).toContain(
      `| TX psychologist /moved | ${base}/moved | 200 | ${base}/home | Board home |`,
    );
  });

  it('flags a status that changed, and nothing on a first report', async () => {
    const first = await checkLink(link('/complaints'));
    const then = { checkedOn: 'a', results: [first] };
    const now = { checkedOn: 'b', results: [{ ...first, status: 404 }] };
    expect(compareReports(then, now).map((c) => [c.what, c.before, c.after])).toEqual([
      ['status', '200', '404'],
    ]);
    expect(compareReports(null, now)).toEqual([]);
  });
});

describe('the addresses in the directory', () => {
  it('lists every site, complaint and look-up address, and other boards, with where each is used', () => {
    const links = directoryLinks([
      {
        state: 'TX',
        records: [
          {
            profession: 'physician',
            site: 'https://a.example/',
            complaintUrl: 'https://a.example/c',
            otherBoards: [{ board: 'DO board', complaintUrl: 'https://b.example/c' }],
          },
          { profession: 'mft', lookupUrl: 'https://c.example/l' },
        ],
      },
    ]);
    expect(links).toEqual([
      { url: 'https://a.example/', where: 'TX physician site' },
      { url: 'https://a.example/c', where: 'TX physician complaintUrl' },
      { url: 'https://b.example/c', where: 'TX physician other board' },
      { url: 'https://c.example/l', where: 'TX mft lookupUrl' },
    ]);
  });

  it('reads a title out of ordinary markup, or none', () => {
    expect(pageTitle('<html><head><TITLE lang="en">\n  A  &quot;b&quot; </TITLE>')).toBe('A "b"');
    expect(pageTitle('<h1>no title</h1>')).toBeNull();
  });
});
