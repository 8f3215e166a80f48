import data from './directory.json';
import type { BoardDirectory, BoardRecord } from './schema';

/**
 * The board directory as shipped. The unit tests validate directory.json
 * against the schema, so the app trusts it here instead of re-checking it on
 * every start (a failed check at run time could only leave someone with a
 * blank page).
 */
export const boardDirectory = data as BoardDirectory;

export const boardRecords: readonly BoardRecord[] = boardDirectory.records;
