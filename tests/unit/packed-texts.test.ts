import { expect, test } from 'vitest';
import { packBuffers, packTexts, unpackText } from '../../src/lib/search/build/packed-texts.ts';

const texts = ['<p>Usługa transportu</p>', '', 'żółć & <b>ŁÓDŹ</b>', 'emoji 📨 x', 'plain'];

test('texts come back whole after the pack is moved to another thread', () => {
  const packed = packTexts(texts);
  const moved = structuredClone(packed, { transfer: packBuffers(packed) });
  // Moved, not copied: the sender's buffers are empty now.
  expect(packed.bytes.byteLength).toBe(0);
  expect(texts.map((_, i) => unpackText(moved, i))).toEqual(texts);
});

test('an empty list packs to nothing', () => {
  const packed = packTexts([]);
  expect(packed.bytes.byteLength).toBe(0);
  expect(packed.ends.length).toBe(0);
});
