import type { Span } from '../types';
import { DOB_SCORE, NET_DETECTORS, NET_ROLES, isPersonalSpan } from '.';

const run = (text: string): Span[] => {
  const out: Span[] = [];
  for (const d of NET_DETECTORS) d(text, out);
  return out;
};

describe('net family registry', () => {
  it.each([
    ['jane@example.com', 'EMAIL_ADDRESS', 'personal'],
    ['+44 20 7946 0958', 'PHONE_NUMBER', 'personal'],
    ['10.1.2.3', 'IP_ADDRESS', 'personal'],
    ['00:1A:2B:3C:4D:5E', 'MAC_ADDRESS', 'personal'],
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', 'CRYPTO', 'personal'],
    ['https://example.com/docs', 'URL', 'none'],
    ['2024-01-15T10:30:00Z', 'DATE_TIME', 'none'],
  ])('reports %p as %s with role %s', (text, type, role) => {
    expect(run(text).map((s) => s.entityType)).toEqual([type]);
    expect(NET_ROLES[type]).toBe(role);
  });

  it.each([
    ['DOB 1980-02-03', true],
    ['born on February 3, 1980', true],
    ['Released on 1980-02-03', false],
    ['at 2024-01-15T10:30:00Z', false],
  ])('tells a date of birth from a date in %p', (text, personal) => {
    const [span] = run(text);
    expect(span?.entityType).toBe('DATE_TIME');
    expect(span !== undefined && isPersonalSpan(span)).toBe(personal);
    expect(span?.score === DOB_SCORE).toBe(personal);
  });

  it('treats no other finding as personal beyond its role', () => {
    expect(isPersonalSpan({ entityType: 'URL', score: 1 })).toBe(false);
  });
});
