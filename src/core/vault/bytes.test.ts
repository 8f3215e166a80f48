import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';

describe('base64 in stored and backed-up data', () => {
  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses a text whose unused trailing bits are set, though atob would accept it', () => {
    expect(() => fromBase64('zuUbf9o2NkI0LJSO+yRpiQ==')).not.toThrow();
    expect(() => fromBase64('zuUbf9o2NkI0LJSO+yRpiS==')).toThrow();
    expect(() => fromBase64('QUJD')).not.toThrow();
    expect(() => fromBase64('QUI=')).not.toThrow();
    expect(() => fromBase64('QUJ=')).toThrow();
  });

  it('refuses anything that is not padded base64', () => {
    for (const text of ['QUJ', 'QU=I', 'QUJD====', 'Q UJD', 'QUJD\n']) {
      expect(() => fromBase64(text)).toThrow();
    }
  });
});
