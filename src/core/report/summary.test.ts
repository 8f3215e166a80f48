import { describe, expect, it } from 'vitest';
import type { Session } from '../notice/session';
import { weekly } from '../notice/test-data';
import { markAsEvidence } from '../reflect/entry';
import { freeEntry } from '../reflect/test-data';
import { docToText } from './document';
import { collectEvidence, emptySelection } from './evidence';
import { buildEvidenceReport, reportDocument } from './report';
import { summaryBlocks, summaryOf } from './summary';
import { documentWording } from './wording';

const now = new Date('2024-03-01T12:00:00Z');
const t = (time: string) => time as Session['start'];
const m = (minutes: number) => minutes as Session['actualMinutes'];

/** Six weekly sessions from January 8, 2024: later, longer, a fee waived twice, touch. */
const drifting = () =>
  weekly(
    { signs: ['body-comments'] },
    { fee: 'waived', touch: 'hug' },
    { start: t('15:00'), actualMinutes: m(65), touch: 'hug', signs: ['body-comments'] },
    { start: t('17:30'), actualMinutes: m(70), fee: 'waived', touch: 'hug' },
    { start: t('18:00'), actualMinutes: m(80) },
    { start: t('18:30'), actualMinutes: m(85) },
  );

function itemsOf(sessionIds: string[], entries = 0) {
  const log = drifting();
  const marked = Array.from({ length: entries }, (_, i) => ({
    id: `e${i}`,
    data: markAsEvidence(freeEntry(`Entry ${i}`, `2024-01-0${i + 1}T12:00:00.000Z`), true),
  }));
  return collectEvidence(marked, log, { ...emptySelection, sessionIds });
}

describe('the report’s summary', () => {
  it('counts the items and spans them from the first to the last', () => {
    const summary = summaryOf(itemsOf(['s2', 's5'], 1));
    expect(summary).toMatchObject({
      period: { from: '2024-01-01', to: '2024-02-05' },
      entries: 1,
      sessions: 2,
    });
  });

  it('draws the two trends from the chosen sessions only, oldest first', () => {
    const trends = summaryOf(itemsOf(['s6', 's1', 's4'])).trends;
    expect(trends?.dates).toEqual(['2024-01-08', '2024-01-29', '2024-02-12']);
    expect(trends?.over).toEqual([0, 20, 35]);
    expect(trends?.starts).toEqual([14 * 60, 17 * 60 + 30, 18 * 60 + 30]);
    // The scale always holds the 10-minute line the drift rule counts from.
    expect(trends?.overScale.domain[1]).toBeGreaterThanOrEqual(35);
  });

  it('finds one theme per warning sign, most serious first, from the chosen sessions', () => {
    const all = summaryOf(itemsOf(['s1', 's2', 's3', 's4', 's5', 's6']));
    expect(all.themes.map((theme) => theme.theme)).toEqual([
      'body-comments',
      'favors',
      'later-or-elsewhere',
      'touch',
    ]);
    // Without the two sessions that noted comments on the body, that theme is gone.
    const some = summaryOf(itemsOf(['s2', 's4', 's5', 's6']));
    expect(some.themes.map((theme) => theme.theme)).not.toContain('body-comments');
  });

  it('says each theme once, with its sessions and dates, in the document’s words', () => {
    const text = docToText({
      title: 'T',
      blocks: summaryBlocks(
        documentWording('en'),
        summaryOf(itemsOf(['s1', 's2', 's3', 's4', 's5', 's6'])),
      ),
    });
    expect(text).toContain(
      '- Comments on my body or looks: 2 sessions, January 8, 2024 to January 22, 2024.\n',
    );
    expect(text).toContain(
      'ran 10 minutes or more past the planned time; the longest ran 35 minutes over.',
    );
    expect(text).toContain('Fee waived for 2 sessions.');
    // A sign that only recurred is not said twice ("noted in 2 sessions" after "2 sessions").
    expect(text).not.toContain('Noted in');
    expect(text).toContain(
      'Minutes past the planned length, per session\nOldest first. January 8, 2024: 0; January 15, 2024: 0; January 22, 2024: 15;',
    );
    expect(text).toContain('Start time, per session\nOldest first. January 8, 2024: 2:00 PM;');
    const spanish = docToText({
      title: 'T',
      blocks: summaryBlocks(documentWording('es'), summaryOf(itemsOf(['s1', 's3']))),
    });
    expect(spanish).toContain('Período: Del 8 de enero de 2024 al 22 de enero de 2024');
    expect(spanish).toContain('Comentarios sobre mi cuerpo o mi aspecto: 2 sesiones');
  });

  it('says there are no sessions, and draws no chart, when the report has none', () => {
    const blocks = summaryBlocks(documentWording('en'), summaryOf(itemsOf([], 2)));
    expect(blocks.some((b) => b.kind === 'chart')).toBe(false);
    expect(docToText({ title: 'T', blocks })).toContain(
      'This report has no therapy sessions in it, so there are no patterns or charts.',
    );
  });

  it('opens the report, before the timeline, which starts a new page', async () => {
    const doc = await reportDocument(buildEvidenceReport(itemsOf(['s1', 's4']), now, 'UTC'));
    const kinds = doc.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind));
    expect(kinds.slice(0, 3)).toEqual(['paragraph', 'Summary', 'fields']);
    expect(kinds.indexOf('Timeline')).toBeGreaterThan(kinds.lastIndexOf('chart'));
    expect(doc.blocks.find((b) => b.kind === 'heading' && b.text === 'Timeline')).toMatchObject({
      newPage: true,
    });
  });
});
