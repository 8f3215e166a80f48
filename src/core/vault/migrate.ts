import * as v from 'valibot';
import type { RecordContent, RecordHeader } from './envelope';
import type { RecordType, VaultRecord } from './record-type';

/**
 * What the vault makes of one decrypted record:
 * - 'current': migrated to its type's current version and valid; features see it.
 * - 'kept': a type this release does not know, or a version from a newer
 *   release. It stays sealed and untouched (and goes into backups), so opening
 *   data in an older Terrarium never loses anything.
 */
export type Admitted =
  | { readonly kind: 'current'; readonly record: VaultRecord<unknown>; readonly version: number }
  | { readonly kind: 'kept' };

/** Throws when a migration is missing or fails, or the result does not match the schema. */
export function admit(
  types: ReadonlyMap<string, RecordType<unknown>>,
  header: RecordHeader,
  content: RecordContent,
): Admitted {
  const type = types.get(header.type);
  if (!type || header.version > type.version) return { kind: 'kept' };
  return {
    kind: 'current',
    version: type.version,
    record: {
      id: header.id,
      type: header.type,
      createdAt: content.createdAt,
      updatedAt: content.updatedAt,
      data: migrate(type, header.version, content.data),
    },
  };
}

/** Runs migrations[n] for every n from the stored version up to the current one, then validates. */
export function migrate<T>(type: RecordType<T>, from: number, data: unknown): T {
  if (!Number.isInteger(from) || from < 1) throw new Error(`${type.name}: bad version ${from}`);
  let value = data;
  for (let version = from; version < type.version; version++) {
    const step = type.migrations[version];
    if (!step) throw new Error(`${type.name}: no migration from version ${version}`);
    value = step(value);
  }
  return v.parse(type.schema, value);
}

export function typeRegistry(
  types: readonly RecordType<unknown>[],
): Map<string, RecordType<unknown>> {
  const registry = new Map<string, RecordType<unknown>>();
  for (const type of types) {
    if (registry.has(type.name)) throw new Error(`record type "${type.name}" is registered twice`);
    registry.set(type.name, type);
  }
  return registry;
}
