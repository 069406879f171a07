import { isImpersonalNerSpan, isPersonalNerSpan, NER_DETECTORS, NER_ROLES } from './index';
import { ADDRESS_MIN_SCORE, GUESS, NOTABLE_SCORE, PERSON_MIN_SCORE, SURE } from './entities';
import type { Span } from '../types';

describe('ner family registry', () => {
  it('declares a SPEC §4 role for every type it emits: PERSON is personal, places, organisations and postcodes are not', () => {
    expect(NER_ROLES).toEqual({ PERSON: 'personal', LOCATION: 'none', ORGANIZATION: 'none', UK_POSTCODE: 'none' });
  });

  it('registers detectors that emit only those types', () => {
    const out: Span[] = [];
    for (const d of NER_DETECTORS) d('Dr. Alice Brown of Google lives in Paris, 10 Downing Street, London SW1A 2AA. My name is Bob.', out);
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) expect(Object.keys(NER_ROLES)).toContain(s.entityType);
  });

  it('decides by score: an address line is personal, a place is not; a notable person in an encyclopedic frame is not', () => {
    expect(isPersonalNerSpan({ entityType: 'LOCATION', score: ADDRESS_MIN_SCORE })).toBe(true);
    expect(isPersonalNerSpan({ entityType: 'LOCATION', score: SURE })).toBe(false);
    expect(isPersonalNerSpan({ entityType: 'ORGANIZATION', score: 1 })).toBe(false);
    expect(isImpersonalNerSpan({ entityType: 'PERSON', score: NOTABLE_SCORE })).toBe(true);
    expect(isImpersonalNerSpan({ entityType: 'PERSON', score: GUESS })).toBe(false);
    expect(NOTABLE_SCORE).toBeLessThan(PERSON_MIN_SCORE);
    expect(GUESS).toBeGreaterThanOrEqual(PERSON_MIN_SCORE);
  });
});
