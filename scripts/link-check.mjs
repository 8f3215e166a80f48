// The link checker's logic, kept apart from the command (scripts/boards-check.mjs) so tests
// can run it against a local server. Plain JavaScript: maintainers run it with Node alone.

/**
 * @typedef {{ url: string, where: string }} Link
 * @typedef {{
 *   url: string, where: string, status: number | null, finalUrl: string | null,
 *   title: string | null, redirects: string[], error: string | null, ms: number
 * }} LinkResult
 * @typedef {{ checkedOn: string, results: LinkResult[] }} Report
 * @typedef {{ url: string, where: string, what: string, before: string, after: string }} Change
 */

const MAX_BODY = 512 * 1024;

/** The page's title, from the first <title> element, whitespace collapsed. */
export function pageTitle(html) {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!match) return null;
  const title = match[1]
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return title || null;
}

async function readSome(response) {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  while (size < MAX_BODY) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Fetches one address, following redirects one by one so each hop is recorded.
 * Never throws: a network failure or a timeout is part of the result.
 * @param {Link} link
 * @param {{ fetch?: typeof fetch, timeoutMs?: number, maxRedirects?: number }} [options]
 * @returns {Promise<LinkResult>}
 */
export async function checkLink(link, options = {}) {
  const { fetch: get = globalThis.fetch, timeoutMs = 20_000, maxRedirects = 8 } = options;
  const started = Date.now();
  const redirects = [];
  let url = link.url;
  const result = (fields) => ({
    url: link.url,
    where: link.where,
    status: null,
    finalUrl: null,
    title: null,
    redirects,
    error: null,
    ...fields,
    ms: Date.now() - started,
  });
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const response = await get(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': 'Terrarium board link check (maintainers)' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url).href;
        redirects.push(url);
        continue;
      }
      const html = await readSome(response);
      return result({ status: response.status, finalUrl: url, title: pageTitle(html) });
    }
    return result({ finalUrl: url, error: 'too many redirects' });
  } catch (error) {
    const timedOut = error?.name === 'TimeoutError' || error?.name === 'AbortError';
    return result({
      finalUrl: url,
      error: timedOut ? 'timeout' : `network: ${error?.cause?.code ?? error?.message ?? error}`,
    });
  }
}

/**
 * Checks every link, a few at a time, in the order given.
 * @param {Link[]} links
 * @returns {Promise<LinkResult[]>}
 */
export async function checkAll(links, options = {}, concurrency = 4) {
  const results = new Array(links.length);
  let next = 0;
  async function worker() {
    while (next < links.length) {
      const i = next++;
      results[i] = await checkLink(links[i], options);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, worker));
  return results;
}

/** A result a maintainer must look at: not a 2xx answer, or no answer at all. */
export function isBroken(result) {
  return (
    result.error !== null || result.status === null || result.status < 200 || result.status >= 300
  );
}

/**
 * What changed for each address since the last report: new, gone, status, final address, title.
 * @param {Report | null} previous
 * @param {Report} current
 * @returns {Change[]}
 */
export function compareReports(previous, current) {
  const key = (r) => `${r.where} ${r.url}`;
  const before = new Map((previous?.results ?? []).map((r) => [key(r), r]));
  const changes = [];
  for (const now of current.results) {
    const then = before.get(key(now));
    before.delete(key(now));
    if (!then) {
      if (previous)
        changes.push({ url: now.url, where: now.where, what: 'new', before: '', after: now.url });
      continue;
    }
    const fields = [
      ['status', String(then.error ?? then.status), String(now.error ?? now.status)],
      ['final address', then.finalUrl ?? '', now.finalUrl ?? ''],
      ['title', then.title ?? '', now.title ?? ''],
    ];
    for (const [what, a, b] of fields) {
      if (a !== b) changes.push({ url: now.url, where: now.where, what, before: a, after: b });
    }
  }
  for (const gone of before.values()) {
    changes.push({ url: gone.url, where: gone.where, what: 'gone', before: gone.url, after: '' });
  }
  return changes;
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** The report as a Markdown page: what to look at first, then every address. */
export function renderReport(report, changes) {
  const broken = report.results.filter(isBroken);
  const lines = [
    `# Board link check, ${report.checkedOn}`,
    '',
    `${report.results.length} addresses checked; ${broken.length} need a look; ${changes.length} changed since the last report.`,
    '',
  ];
  if (changes.length) {
    lines.push(
      '## Changed since the last report',
      '',
      '| where | address | what | before | after |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const c of changes)
      lines.push(
        `| ${cell(c.where)} | ${cell(c.url)} | ${c.what} | ${cell(c.before)} | ${cell(c.after)} |`,
      );
    lines.push('');
  }
  lines.push(
    '## Every address',
    '',
    '| where | address | status | final address | title |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const r of report.results) {
    const status = r.error ?? r.status;
    const final = r.finalUrl === r.url ? '' : r.finalUrl;
    lines.push(
      `| ${cell(r.where)} | ${cell(r.url)} | ${cell(status)} | ${cell(final)} | ${cell(r.title)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const ADDRESS_FIELDS = ['site', 'complaintUrl', 'lookupUrl'];

/**
 * Every address in the per-state board files (and their other boards), each with where it is used.
 * @param {{ state: string, records: any[] }[]} stateFiles
 * @returns {Link[]}
 */
export function directoryLinks(stateFiles) {
  const links = [];
  for (const file of stateFiles) {
    for (const record of file.records) {
      const where = `${file.state} ${record.profession}`;
      for (const field of ADDRESS_FIELDS) {
        if (record[field]) links.push({ url: record[field], where: `${where} ${field}` });
      }
      for (const other of record.otherBoards ?? []) {
        if (other.complaintUrl)
          links.push({ url: other.complaintUrl, where: `${where} other board` });
      }
    }
  }
  return links;
}
