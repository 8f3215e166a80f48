import { describe, expect, it } from 'vitest';
import { cacheKey, entryPath, neededAtInstall, splitEntries } from './plan';

describe('the offline copy’s plan', () => {
  it('installs the shell, every part’s first page and the guide, in both languages', () => {
    for (const url of [
      'index.html',
      'es',
      'safety',
      'es/safety',
      'learn',
      'learn/boundaries',
      'es/learn/boundaries',
      '404.html',
      'es/404.html',
      'before-render.js',
      'manifest.webmanifest',
      'icon-192.png',
      'assets/style-CtoG569P.css',
      'assets/main-zkYG6rbw.js',
      'assets/GuidePage-AbCd1234.js',
      'assets/worker/kdf.worker-DFKloKvm.js',
    ]) {
      expect(neededAtInstall(url), url).toBe(true);
    }
  });

  it('leaves deeper pages, the PDF export, the strength dictionaries and the state boards’ data to the fill', () => {
    for (const url of [
      'decide/q/3',
      'es/decide/q/3',
      'reflect/guided/summary',
      'happened/complaint/state',
      'assets/font-BjjsMe0h.js',
      'assets/jspdf.es.min-DqMpHluw.js',
      'assets/pdf-CCDVZhKQ.js',
      'assets/zxcvbn-en-B3kLq9aZ.js',
      'assets/NJ-CifwaeU7.js',
    ]) {
      expect(neededAtInstall(url), url).toBe(false);
    }
  });

  it('splits a list without losing or repeating a file', () => {
    const entries = ['index.html', 'decide/q/1', 'assets/TX-abcdefgh.js', 'assets/main-a1.js'].map(
      (url) => ({ url, revision: null }),
    );
    const { install, fill } = splitEntries(entries);
    expect(install.map((e) => e.url)).toEqual(['index.html', 'assets/main-a1.js']);
    expect(fill.map((e) => e.url)).toEqual(['decide/q/1', 'assets/TX-abcdefgh.js']);
  });

  it('stores a page under a new key when its revision changes, a hashed file under its address', () => {
    const origin = 'https://example.test';
    const page = cacheKey({ url: 'learn', revision: 'a1' }, origin);
    expect(page).toBe('https://example.test/learn?__rev=a1');
    expect(cacheKey({ url: 'learn', revision: 'b2' }, origin)).not.toBe(page);
    expect(cacheKey({ url: 'assets/main-a1.js', revision: null }, origin)).toBe(
      'https://example.test/assets/main-a1.js',
    );
  });

  it('finds the file for the address people open', () => {
    expect(entryPath('/')).toBe('index.html');
    expect(entryPath('/learn')).toBe('learn');
    expect(entryPath('/learn/')).toBe('learn');
    expect(entryPath('/learn/index.html')).toBe('learn');
    expect(entryPath('/es')).toBe('es');
    expect(entryPath('/assets/main-a1.js')).toBe('assets/main-a1.js');
  });
});
