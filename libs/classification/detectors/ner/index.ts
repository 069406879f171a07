import type { Detector } from '../types';
import { detectNamedEntities } from './detect';
import { detectPersons } from './person-cues';

/** The ner family's detectors, in tie-break order (earlier wins a tie on score and length). */
export const NER_DETECTORS: readonly Detector[] = [detectPersons, detectNamedEntities];

/**
 * SPEC §4 roles of the entity types this family emits (types not listed count as personal).
 * PERSON identifies someone: personal. LOCATION and ORGANIZATION alone identify no one — a city in a
 * travel question or an employer's name is not personal data by itself (the person's name, email or
 * phone next to it is, and is caught on its own) — so they are detected, counted and redactable but
 * carry no category: 'none'. Declared without importing `categories.ts` (libs import only
 * @libs/core beyond their own folder); the literal types are a subset of EntityRole.
 */
export const NER_ROLES: Readonly<Record<string, 'personal' | 'none'>> = {
  PERSON: 'personal',
  LOCATION: 'none',
  ORGANIZATION: 'none',
};
