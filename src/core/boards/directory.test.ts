import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkedFields, confidenceOf, unofficialOnly } from './confidence';
import { statesWithFiles } from './load';
import { type StateBoards, stateBoardsSchema } from './schema';
import { stateCodes } from './states';

const files = import.meta.glob<unknown>('./states/*.json', { eager: true, import: 'default' });
const shipped = Object.entries(files).map(([path, data]) => ({
  code: path.slice('./states/'.length, -'.json'.length),
  data,
}));
const valid = shipped.flatMap(({ data }) =>
  v.safeParse(stateBoardsSchema, data).success ? [data as StateBoards] : [],
);

describe('the shipped state files', () => {
  it('each pass the schema', () => {
    const problems = shipped.flatMap(({ code, data }) =>
      (v.safeParse(stateBoardsSchema, data).issues ?? []).map(
        (i) => `${code}: ${i.message} at ${v.getDotPath(i) ?? '(file)'}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('are each named for the state they describe', () => {
    for (const { code, data } of shipped) {
      expect((data as StateBoards).state, code).toBe(code);
    }
  });

  it('are all found by the loader, and only the 51 jurisdictions have one', () => {
    expect([...statesWithFiles].sort()).toEqual(shipped.map((s) => s.code).sort());
    for (const code of statesWithFiles) expect(stateCodes).toContain(code);
  });

  it('never call an address confirmed that rests only on pages other than the board’s own', () => {
    const listed = valid.flatMap((file) =>
      file.records.flatMap((r) =>
        unofficialOnly(r).map((field) => `${file.state} ${r.profession} ${field}`),
      ),
    );
    // A list for maintainers, printed on every run: these are the first to re-source.
    console.info(
      `${listed.length} addresses rest only on non-official sources:\n${listed.join('\n')}`,
    );
    for (const file of valid) {
      for (const r of file.records) {
        for (const field of unofficialOnly(r)) {
          if ((checkedFields as readonly string[]).includes(field)) {
            const f = field as (typeof checkedFields)[number];
            expect(confidenceOf(r, f).confirmed, `${file.state} ${r.profession} ${f}`).toBe(false);
          }
        }
      }
    }
  });

  it('date every source no later than the file itself', () => {
    for (const file of valid) {
      for (const r of file.records) {
        for (const s of r.sources) {
          expect(s.seen <= file.checkedOn, `${file.state} ${r.profession} ${s.url}`).toBe(true);
        }
      }
    }
  });
});
