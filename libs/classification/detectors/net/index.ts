import type { Detector } from '../types';
import { detectCrypto } from './crypto';
import { DOB_SCORE, detectDateTimes } from './date-time';
import { detectEmails } from './email';
import { detectIpAddresses } from './ip-address';
import { detectMacAddresses } from './mac-address';
import { detectPhones } from './phone';
import { detectUrls } from './url';

/**
 * The net family's detectors, in tie-break order (earlier wins a tie on score and length):
 * identifiers of a person before URL and DATE_TIME, which identify no one.
 */
export const NET_DETECTORS: readonly Detector[] = [
  detectEmails,
  detectPhones,
  detectIpAddresses,
  detectMacAddresses,
  detectCrypto,
  detectUrls,
  detectDateTimes,
];

/**
 * SPEC §4 roles of the entity types this family emits (types not listed count as personal).
 *
 * DATE_TIME: every date is reported as Presidio's DATE_TIME (an external Presidio reports them the
 * same way), and a date alone identifies no one, so the type's role is `none`: a log timestamp or
 * a release date keeps a prompt public. A date of birth is the exception — it is personal data —
 * and is marked the way Presidio marks it, by context: a date right after a birth cue ("DOB",
 * "date of birth", "born on") scores {@link DOB_SCORE} (0.85), above every plain date (<= 0.8).
 * Because roles are looked up by entity type alone, the classifier needs {@link isPersonalSpan}
 * to count such a finding as personal; until it asks, a date of birth alone is `none` too.
 */
export const NET_ROLES: Readonly<Record<string, 'personal' | 'none'>> = {
  EMAIL_ADDRESS: 'personal',
  PHONE_NUMBER: 'personal',
  IP_ADDRESS: 'personal',
  MAC_ADDRESS: 'personal',
  CRYPTO: 'personal',
  URL: 'none',
  DATE_TIME: 'none',
};

export { DOB_SCORE };

/** A finding that is personal data although its type's role is not: a DATE_TIME with a birth cue. */
export function isPersonalSpan(span: { entityType: string; score: number }): boolean {
  return span.entityType === 'DATE_TIME' && span.score >= DOB_SCORE;
}
