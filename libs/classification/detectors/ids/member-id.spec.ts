import { classifyTexts } from '../../classify';
import type { Span } from '../types';
import { detectMemberIds } from './member-id';

function ids(text: string): string[] {
  const out: Span[] = [];
  detectMemberIds(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('detectMemberIds', () => {
  it.each([
    ['member ID XZH783574178', ['XZH783574178']],
    ['Subscriber #: W123456789, group 00417', ['W123456789']],
    ['Insurance ID: 884-221-907', ['884-221-907']],
    ['Policy number: PL-2024-77812', ['PL-2024-77812']],
    ["numéro d'adhérent 77 1234 5678", ['77 1234 5678']],
    ['número de afiliado 28/1234567', []], // a '/' is no joiner here: not read rather than read wrong
    ['Mitgliedsnummer: 48811923', ['48811923']],
  ])('finds the id in %p', (text, expected) => expect(ids(text)).toEqual(expected));

  it.each([
    'the member ID field is required',
    'member number 12 of the committee',
    'policy number format: two letters and six digits',
    'The plan number 2024 is due', // no cue: "plan" alone is not one
    'membership id is stored in a UUID column',
    "This isn't a valid national insurance number UV 98 76 54 B", // the UK's NINO, read elsewhere
  ])('finds nothing in %p', (text) => expect(ids(text)).toEqual([]));

  it('with a health context the request is PHI; without one, PII', () => {
    const prior = 'Write a prior-authorization follow-up: member ID XZH783574178, MRI lumbar spine (CPT 72148) for radiculopathy M54.16.';
    expect(classifyTexts([prior]).categories).toEqual(['PHI', 'PII']);
    expect(classifyTexts(['Gym membership: member ID GX88123401, renewal due in May']).categories).toEqual(['PII']);
  });
});
