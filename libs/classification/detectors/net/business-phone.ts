import { PLACEHOLDER_CONTEXT } from '../placeholder';

/**
 * Phone numbers that are no person's line. Reported at {@link PHONE_BUSINESS_SCORE}, below the personal
 * threshold, as role mailboxes are (email.ts).
 *
 * (A company's toll-free and hotline numbers were also read here for one evening; a review showed
 * national ranges that are mobiles elsewhere (Japan's 080, Nigeria's 0808) and callers' numbers in
 * support tickets after a "hotline" cue, so they were taken out: a compliance gateway fails closed.
 * Only the North American toll-free codes came back, in a shape no other plan shares: see
 * {@link isNanpTollFree}.)
 */
export const PHONE_BUSINESS_SCORE = 0.35;
/** A PHONE_NUMBER below this score is no person's line. */
export const PHONE_PERSONAL_MIN_SCORE = 0.4;

/** A PHONE_NUMBER finding of no person's line: not personal data. */
export function isImpersonalPhoneSpan(f: { entityType: string; score: number }): boolean {
  return f.entityType === 'PHONE_NUMBER' && f.score < PHONE_PERSONAL_MIN_SCORE;
}

/**
 * NANPA reserves 555-0100 to 555-0199 for fiction and examples. Such a number in text about formatting,
 * parsing or validating numbers (test cases, a normaliser, E.164) is test data, as an `example.com`
 * address is in a regex question (email.ts); in other text it stays a phone number, since people also
 * write real-looking contact details with it.
 */
const FICTIONAL_NANP = /^1?\d{3}55501\d{2}$/;
const NUMBER_TEST_CONTEXT =
  /regex|regexp|regular expression|validat|normali[sz]|\bpars(?:e|er|ing)\b|\bformat(?:s|ted|ting)?\b|e\.164|libphonenumber|test cases?|unit tests?|fictional|fictitious|assert|expect\(/i;

/** How far around the number its context is read (a window, so a text of many numbers stays linear). */
const TEST_CONTEXT_BEFORE = 300;
const TEST_CONTEXT_AFTER = 100;

export function isFictionalTestNumber(text: string, digits: string, start: number, end: number): boolean {
  if (!FICTIONAL_NANP.test(digits)) return false;
  const around = text.slice(Math.max(0, start - TEST_CONTEXT_BEFORE), end + TEST_CONTEXT_AFTER);
  return NUMBER_TEST_CONTEXT.test(around) || PLACEHOLDER_CONTEXT.test(around);
}

/**
 * The North American toll-free codes 800, 833, 844, 855, 866, 877 and 888 (NANPA): a number there reaches a
 * business's service line, never a person's phone. Only with the country code ("1-800-222-1222",
 * "+1 888 …") or in the plan's own 3-3-4 grouping ("(877) 555-1234", "866-555-0199"): ten bare digits that
 * start 8YY are also Indian mobiles. A word around it that makes it someone's own line ("my cell", "mera number")
 * keeps it personal.
 */
const TOLL_FREE_WITH_CODE = /^18(?:00|33|44|55|66|77|88)[2-9]\d{6}$/;
const TOLL_FREE_GROUPED = /^\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?[2-9]\d{2}[ .-]\d{4}$/;

/** Words that say a number is someone's own line ("my cell", "mera number", "mein Handy"), read around it. */
const OWN_LINE =
  /\b(?:my|mine|me|cell|mobile|personal|private|home|mera|meri|mein|meine|handy|privat|mon|portable|mi|móvil|celular|cellulare)\b/i;
const OWN_LINE_RADIUS = 24;

export function isNanpTollFree(text: string, digits: string, start: number, end: number): boolean {
  const shaped =
    digits.length === 11 ? TOLL_FREE_WITH_CODE.test(digits) : digits.length === 10 && TOLL_FREE_GROUPED.test(text.slice(start, end));
  return shaped && !OWN_LINE.test(text.slice(Math.max(0, start - OWN_LINE_RADIUS), end + OWN_LINE_RADIUS));
}
