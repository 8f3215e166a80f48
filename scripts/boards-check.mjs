#!/usr/bin/env node
// npm run boards:check — for maintainers, with internet, before every release.
// Fetches every address in the licensing-board directory, follows redirects, records
// status, final address and page title, flags what changed since the last report, and
// writes a dated report (JSON and a readable Markdown table) to src/core/boards/checks/.
// The app never runs this: it makes no request to any other site.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll, compareReports, directoryLinks, isBroken, renderReport } from './link-check.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const boards = join(root, 'src/core/boards');
const statesDir = join(boards, 'states');
const reportsDir = join(boards, 'checks');

/** Addresses written in the TypeScript files the directory falls back on (national directories, other routes). */
async function addressesIn(file) {
  const text = await readFile(join(boards, file), 'utf8');
  return [...new Set(text.match(/https:\/\/[^\s'"`)]+/g) ?? [])].map((url) => ({
    url,
    where: file,
  }));
}

async function latestReport() {
  const names = (await readdir(reportsDir).catch(() => []))
    .filter((n) => n.endsWith('.json'))
    .sort();
  const last = names.at(-1);
  return last ? JSON.parse(await readFile(join(reportsDir, last), 'utf8')) : null;
}

const files = (await readdir(statesDir)).filter((n) => n.endsWith('.json')).sort();
const stateFiles = await Promise.all(
  files.map(async (n) => JSON.parse(await readFile(join(statesDir, n), 'utf8'))),
);
const links = [
  ...directoryLinks(stateFiles),
  ...(await addressesIn('national-directories.ts')),
  ...(await addressesIn('unlicensed-routes.ts')),
];
const only = process.argv[2];
const chosen = only ? links.filter((l) => l.where.startsWith(only)) : links;

console.log(`Checking ${chosen.length} addresses…`);
const checkedOn = new Date().toISOString().slice(0, 10);
const report = { checkedOn, results: await checkAll(chosen) };
const changes = compareReports(await latestReport(), report);
await mkdir(reportsDir, { recursive: true });
await writeFile(join(reportsDir, `${checkedOn}.json`), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(reportsDir, `${checkedOn}.md`), renderReport(report, changes));
const broken = report.results.filter(isBroken).length;
console.log(`${report.results.length} checked, ${broken} need a look, ${changes.length} changed.`);
console.log(`Report: src/core/boards/checks/${checkedOn}.md`);
