import type { Detector } from '../types';
import { detectNamedEntities } from './detect';
import { ADDRESS_MIN_SCORE, PERSON_MIN_SCORE } from './entities';
import { detectPersons } from './person-cues';
import { detectUkPostcodes, UK_POSTCODE_PERSONAL_SCORE } from './uk-postcode';

/** The ner family's detectors, in tie-break order (earlier wins a tie on score and length). */
export const NER_DETECTORS: readonly Detector[] = [detectPersons, detectNamedEntities, detectUkPostcodes];

/**
 * SPEC §4 roles of the entity types this family emits (types not listed count as personal).
 * PERSON identifies someone: personal. LOCATION and ORGANIZATION alone identify no one — a city in a
 * travel question or an employer's name is not personal data by itself (the person's name, email or
 * phone next to it is, and is caught on its own) — so they are detected, counted and redactable but
 * carry no category: 'none'. Two exceptions are decided per finding, by score (see
 * {@link isPersonalNerSpan} and {@link isImpersonalNerSpan}): a postal address is personal, and a
 * famous person named in an encyclopedic question is not. Declared without importing `categories.ts` (libs import only
 * @libs/core beyond their own folder); the literal types are a subset of EntityRole.
 */
export const NER_ROLES: Readonly<Record<string, 'personal' | 'none'>> = {
  PERSON: 'personal',
  LOCATION: 'none',
  ORGANIZATION: 'none',
  // An area of a few dozen households, like a street name; inside an address the LOCATION line counts.
  UK_POSTCODE: 'none',
};

/**
 * A LOCATION that is a postal address line (street and number, with its town or postcode), or a UK
 * postcode given as someone's own ("my postcode is …"): personal data.
 */
export function isPersonalNerSpan(f: { entityType: string; score: number }): boolean {
  if (f.entityType === 'UK_POSTCODE') return f.score >= UK_POSTCODE_PERSONAL_SCORE;
  return f.entityType === 'LOCATION' && f.score >= ADDRESS_MIN_SCORE;
}

/**
 * A PERSON scored below {@link PERSON_MIN_SCORE}: a notable person (public dataset) named in a factual
 * or encyclopedic frame ("Who was Abraham Lincoln?"), which is not personal data about a private person.
 */
export function isImpersonalNerSpan(f: { entityType: string; score: number }): boolean {
  return f.entityType === 'PERSON' && f.score < PERSON_MIN_SCORE;
}
