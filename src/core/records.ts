import type { RecordType } from './vault/record-type';

/**
 * Every kind of record the vault stores. The vault migrates and validates each
 * record against its type when it is unlocked or imported. Add new types here.
 */
export const recordTypes: readonly RecordType<unknown>[] = [];
