import { detectUsItin, itinGroupValid, ITIN_CONTEXT_SCORE, ITIN_SCORE, ITIN_UNGROUPED_CONTEXT_SCORE } from './us-itin';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsItin(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsItin', () => {
  it.each([
    ['911-70-1234', [['911-70-1234', ITIN_SCORE]]],
    ['911-53-1234', [['911-53-1234', ITIN_SCORE]]],
    ['911 64 1234', [['911 64 1234', ITIN_SCORE]]],
    ['my ITIN is 911-70-1234', [['911-70-1234', ITIN_CONTEXT_SCORE]]],
    ['taxpayer id 911701234', [['911701234', ITIN_UNGROUPED_CONTEXT_SCORE]]],
    [
      'ITIN: 911-701234 or 91170-1234',
      [
        ['911-701234', ITIN_UNGROUPED_CONTEXT_SCORE],
        ['91170-1234', ITIN_UNGROUPED_CONTEXT_SCORE],
      ],
    ],
    ['{"itin":"900-94-0000"}', [['900-94-0000', ITIN_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '911-89-1234', // group 89 is not an ITIN range
    'my tax id 911-89-1234',
    '911-93-1234',
    '911701234', // bare needs a cue
    '911-701234',
    '811-70-1234', // not 9xx
    '911-70-1234-5',
    'ref 12 911 70 1234',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    [50, true],
    [65, true],
    [66, false],
    [88, true],
    [89, false],
    [93, false],
    [99, true],
  ])('itinGroupValid(%p) is %p', (group, ok) => expect(itinGroupValid(group)).toBe(ok));
});
