import { describe, expect, it } from 'vitest';
import { sessionRecord } from '../record-keys';
import type { RecordKey, VaultRecord } from '../vault/record-type';
import { readSessionLog } from './log';
import type { Session } from './session';
import { on, session } from './test-data';

function vaultHolding(records: Array<{ id: string; data: Session }>) {
  return {
    list<T>(type: RecordKey<T>): VaultRecord<T>[] {
      if (type.name !== sessionRecord.name) return [];
      return records.map(({ id, data }) => ({
        id,
        type: type.name,
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
        data: data as T,
      }));
    },
  };
}

describe('reading the session log', () => {
  it('gives the stored sessions oldest first, with their findings', () => {
    const log = readSessionLog(
      vaultHolding([
        { id: 'later', data: session({ date: on('2024-02-01'), place: 'elsewhere' }) },
        { id: 'earlier', data: session({ date: on('2024-01-01') }) },
      ]),
    );
    expect(log.sessions.map((s) => s.id)).toEqual(['earlier', 'later']);
    expect(log.findings).toEqual([
      expect.objectContaining({ rule: 'off-site', sessionIds: ['later'] }),
    ]);
  });

  it('is empty when nothing is logged', () => {
    expect(readSessionLog(vaultHolding([]))).toEqual({ sessions: [], findings: [] });
  });
});
