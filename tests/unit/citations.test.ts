import { expect, test } from 'vitest';
import { citationIndex, groupBy } from '../../src/lib/content/citations.ts';

const step = (id: string, events: string[] = []) => ({
  id,
  title: id.toUpperCase(),
  events,
  errors: [],
});

test('indexes each cited key to the citing articles, by KB number, with the citing steps and their numbers', () => {
  const index = citationIndex(
    [
      { kb: '20', title: 'B', events: ['S/1'], errors: [], steps: [step('x'), step('y', ['S/2'])] },
      {
        kb: '3',
        title: 'A',
        events: [],
        errors: [],
        steps: [step('p', ['S/1']), step('q', ['S/1'])],
      },
    ],
    'events',
  );
  expect(index.get('S/1')).toEqual([
    {
      kb: '3',
      title: 'A',
      steps: [
        { id: 'p', title: 'P', n: 1 },
        { id: 'q', title: 'Q', n: 2 },
      ],
    },
    { kb: '20', title: 'B', steps: [] },
  ]);
  expect(index.get('S/2')).toEqual([
    { kb: '20', title: 'B', steps: [{ id: 'y', title: 'Y', n: 2 }] },
  ]);
  expect(index.has('S/3')).toBe(false);
});

test('groups keep their order', () => {
  expect([...groupBy([3, 1, 4, 1, 5], (n) => n % 2)]).toEqual([
    [1, [3, 1, 1, 5]],
    [0, [4]],
  ]);
});
