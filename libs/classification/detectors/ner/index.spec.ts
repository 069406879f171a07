import { NER_DETECTORS, NER_ROLES } from './index';
import type { Span } from '../types';

describe('ner family registry', () => {
  it('declares a SPEC §4 role for every type it emits: PERSON is personal, places and organisations are not', () => {
    expect(NER_ROLES).toEqual({ PERSON: 'personal', LOCATION: 'none', ORGANIZATION: 'none' });
  });

  it('registers detectors that emit only those types', () => {
    const out: Span[] = [];
    for (const d of NER_DETECTORS) d('Dr. Alice Brown of Google lives in Paris. My name is Bob.', out);
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) expect(Object.keys(NER_ROLES)).toContain(s.entityType);
  });
});
