import type { EntityRole } from '../../categories';
import type { Detector } from '../types';

/** The ner family's detectors, in tie-break order (earlier wins a tie on score and length). */
export const NER_DETECTORS: readonly Detector[] = [];

/** SPEC §4 roles of the entity types this family emits (types not listed count as personal). */
export const NER_ROLES: Readonly<Record<string, EntityRole>> = {};
