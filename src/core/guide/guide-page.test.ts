import { describe, expect, it } from 'vitest';
import { neighbours, parseGuideSource, readingOrder, splitSources } from './guide-page';

const source = [
  '---',
  'slug: the-rules',
  'title: The rules',
  'order: 4',
  'summary: What codes say: never.',
  '---',
  '',
  'Body text.',
].join('\n');

describe('reading a guide page’s front matter', () => {
  it('reads slug, title, order and summary, and keeps the body apart', () => {
    expect(parseGuideSource(source)).toEqual({
      meta: { slug: 'the-rules', title: 'The rules', order: 4, summary: 'What codes say: never.' },
      body: '\nBody text.',
    });
  });

  it('rejects a page without front matter', () => {
    expect(() => parseGuideSource('Just text.', 'x.md')).toThrow(/x\.md: must start with/);
  });

  it('rejects a page missing a summary', () => {
    expect(() => parseGuideSource(source.replace(/summary:.*\n/, ''))).toThrow(/"summary"/);
  });

  it('rejects a slug that is not lower-case words joined by hyphens', () => {
    expect(() => parseGuideSource(source.replace('the-rules', 'The Rules'))).toThrow(/slug/);
  });

  it('rejects an order that is not a whole number', () => {
    expect(() => parseGuideSource(source.replace('order: 4', 'order: four'))).toThrow(/order/);
  });
});

describe('putting the guide in reading order', () => {
  const page = (slug: string, order: number) => ({ slug, order, title: slug, summary: '' });

  it('puts the two-minute version first and the topics by their order', () => {
    const ordered = readingOrder([page('b', 2), page('quick', 0), page('a', 1)]);
    expect(ordered.map((p) => p.slug)).toEqual(['quick', 'a', 'b']);
  });

  it('needs a two-minute version', () => {
    expect(() => readingOrder([page('a', 1)])).toThrow(/quick/);
  });

  it('refuses two pages in the same place', () => {
    expect(() => readingOrder([page('quick', 0), page('a', 1), page('b', 1)])).toThrow(/order 1/);
  });

  it('finds the pages before and after a page, and none past either end', () => {
    const ordered = [page('quick', 0), page('a', 1), page('b', 2)];
    expect(neighbours(ordered, 'a')).toEqual({ previous: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'quick').previous).toBeUndefined();
    expect(neighbours(ordered, 'b').next).toBeUndefined();
  });
});

describe('the list of sources', () => {
  it('is everything from the Sources heading on', () => {
    const body = 'Prose (Pope, 2001).\n\n## Sources\n\n- Pope (2001).';
    expect(splitSources(body)).toEqual({
      prose: 'Prose (Pope, 2001).\n\n',
      sources: '## Sources\n\n- Pope (2001).',
    });
  });

  it('starts at the Spanish heading, Fuentes, on a Spanish page', () => {
    const body = 'Texto (Pope, 2001).\n\n## Fuentes\n\n- Pope (2001).';
    expect(splitSources(body)).toEqual({
      prose: 'Texto (Pope, 2001).\n\n',
      sources: '## Fuentes\n\n- Pope (2001).',
    });
  });

  it('is empty when a page has none', () => {
    expect(splitSources('Prose.').sources).toBe('');
  });
});
