import { describe, expect, it } from 'vitest';
import { documentWording, documentWordingLoaded, loadDocumentWording } from './wording';

describe('the documents’ wording', () => {
  it('is English unless another language is asked for', () => {
    expect(documentWording().lang).toBe('en');
    expect(documentWording('es').lang).toBe('es');
  });

  it('is read, once loaded, from the same words the loader gave', async () => {
    // The test setup loads both languages, as the app does before making a document.
    expect(documentWordingLoaded('es')).toBe(true);
    expect(await loadDocumentWording('es')).toBe(documentWording('es'));
    expect(await loadDocumentWording('en')).not.toBe(documentWording('es'));
  });

  it('writes calendar days in full, on the day given, in each language', () => {
    expect(documentWording('en').day('2024-03-12')).toBe('March 12, 2024');
    expect(documentWording('es').day('2024-03-12')).toBe('12 de marzo de 2024');
    expect(documentWording('es').day('2024-01-01')).toBe('1 de enero de 2024');
  });

  it('writes wall-clock times on a twelve-hour clock, midnight and noon included', () => {
    const en = documentWording('en');
    const es = documentWording('es');
    expect([en.time('00:05'), en.time('12:00'), en.time('18:30')]).toEqual([
      '12:05 AM',
      '12:00 PM',
      '6:30 PM',
    ]);
    expect([es.time('00:05'), es.time('12:00'), es.time('18:30')]).toEqual([
      '12:05 a. m.',
      '12:00 p. m.',
      '6:30 p. m.',
    ]);
  });

  it('has its own Spanish sentence for every heading the English documents use', () => {
    const en = documentWording('en');
    const es = documentWording('es');
    const headings = (w: typeof en) => [
      w.report.title,
      w.report.timeline,
      w.report.codesHeading,
      w.report.limitsHeading,
      w.complaint.aboutHeading,
      w.complaint.datesHeading,
      w.complaint.whatHappenedHeading,
      w.complaint.aboutMeHeading,
    ];
    const english = headings(en);
    for (const heading of headings(es)) expect(english).not.toContain(heading);
    expect(new Set(headings(es)).size).toBe(english.length);
  });
});
