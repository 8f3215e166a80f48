import * as v from 'valibot';
import type { RecordType } from './record-type';

/** When the person last saved a backup file: erasing warns when there never was one. One record at most. */
export interface BackupDate {
  readonly at: string;
}

export const backupDateRecord: RecordType<BackupDate> = {
  name: 'backup-date',
  version: 1,
  schema: v.strictObject({ at: v.pipe(v.string(), v.isoTimestamp()) }),
  migrations: {},
};
