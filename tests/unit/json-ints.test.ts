import fc from 'fast-check';
import { expect, test } from 'vitest';
import { jsonIntList } from '../../src/lib/search/build/json-ints.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

test('writes what JSON.stringify writes, for every int32', () => {
  const edge = Int32Array.of(0, 7, 10, 100, -3, 2147483647, -2147483648);
  expect(text(jsonIntList('postings', edge))).toBe(JSON.stringify({ postings: [...edge] }));
  expect(text(jsonIntList('postings', new Int32Array(0)))).toBe('{"postings":[]}');
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (ints) => {
      const list = Int32Array.from(ints);
      expect(text(jsonIntList('p', list))).toBe(JSON.stringify({ p: ints }));
    }),
  );
});
