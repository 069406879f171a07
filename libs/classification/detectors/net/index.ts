import type { EntityRole } from '../../categories';
import type { Detector } from '../types';

/** The net family's detectors, in tie-break order (earlier wins a tie on score and length). */
export const NET_DETECTORS: readonly Detector[] = [];

/** SPEC §4 roles of the entity types this family emits (types not listed count as personal). */
export const NET_ROLES: Readonly<Record<string, EntityRole>> = {};
