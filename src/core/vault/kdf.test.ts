import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from './bytes';
import { isVaultError } from './errors';
import { CURRENT_KDF, checkKdfParams, deriveKeyBytes, KDF_V1 } from './kdf';

/*
 * Known answers for Argon2id (version 0x13).
 *
 * RFC 9106 §5.3 gives one Argon2id vector, and it uses a secret key (K) and
 * associated data (X). hash-wasm accepts a secret but has no associated-data
 * input (its H0 always hashes an empty X), so that vector cannot be reproduced
 * through it, and Terrarium uses neither K nor X. The anchors here are the
 * reference implementation's own vectors (phc-winner-argon2, src/test.c) —
 * the implementation RFC 9106 was written from — which exercise the same
 * algorithm without K and X, including the 64 MiB size Terrarium uses.
 */
const vectors = [
  {
    t: 2,
    m: 65536,
    p: 1,
    password: 'password',
    salt: 'somesalt',
    tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
  },
  {
    t: 2,
    m: 256,
    p: 1,
    password: 'password',
    salt: 'somesalt',
    tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe',
  },
  {
    t: 2,
    m: 256,
    p: 2,
    password: 'password',
    salt: 'somesalt',
    tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037',
  },
  {
    t: 1,
    m: 65536,
    p: 1,
    password: 'password',
    salt: 'somesalt',
    tag: 'f6a5adc1ba723dddef9b5ac1d464e180fcd9dffc9d1cbf76cca2fed795d9ca98',
  },
  {
    t: 2,
    m: 65536,
    p: 1,
    password: 'differentpassword',
    salt: 'somesalt',
    tag: '0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde',
  },
  {
    t: 2,
    m: 65536,
    p: 1,
    password: 'password',
    salt: 'diffsalt',
    tag: 'bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c',
  },
];

describe('Argon2id key derivation', () => {
  it.each(vectors)(
    'matches the reference vector for t=$t, m=$m KiB, p=$p, "$password"/"$salt"',
    async ({ t, m, p, password, salt, tag }) => {
      const key = await deriveKeyBytes(password, utf8(salt), {
        set: 1,
        memoryKiB: m,
        iterations: t,
        parallelism: p,
      });
      expect(toHex(key)).toBe(tag);
    },
    20_000,
  );

  it('uses at least 64 MiB and 3 passes for every vault it creates', () => {
    expect(CURRENT_KDF.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(CURRENT_KDF.iterations).toBeGreaterThanOrEqual(3);
    expect(KDF_V1).toEqual({ set: 1, memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(Object.isFrozen(KDF_V1)).toBe(true);
  });

  it('derives the same key from the same words typed in composed or decomposed Unicode', async () => {
    const salt = fromHex('00112233445566778899aabbccddeeff');
    const params = { set: 0, memoryKiB: 8, iterations: 1, parallelism: 1 };
    const composed = await deriveKeyBytes('caf\u00e9 ol\u00e9', salt, params);
    const decomposed = await deriveKeyBytes('cafe\u0301 ole\u0301', salt, params);
    expect(toHex(composed)).toBe(toHex(decomposed));
  });

  it('refuses parameters from a file that would ask for absurd memory or time', () => {
    for (const bad of [
      { set: 1, memoryKiB: 4 * 1024 * 1024, iterations: 3, parallelism: 1 },
      { set: 1, memoryKiB: 65536, iterations: 1000, parallelism: 1 },
      { set: 1, memoryKiB: 65536, iterations: 3, parallelism: 64 },
      { set: 1, memoryKiB: 0, iterations: 3, parallelism: 1 },
      { set: 1, memoryKiB: 65536.5, iterations: 3, parallelism: 1 },
    ]) {
      let caught: unknown;
      try {
        checkKdfParams(bad, 'backup-corrupt');
      } catch (error) {
        caught = error;
      }
      expect(isVaultError(caught, 'backup-corrupt'), JSON.stringify(bad)).toBe(true);
    }
    expect(checkKdfParams(KDF_V1, 'damaged')).toBe(KDF_V1);
  });
});
