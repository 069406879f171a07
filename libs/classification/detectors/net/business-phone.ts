/**
 * A company's own phone line is business contact data, not a person's: a toll-free number (nobody
 * rents a free-phone line for a private phone) or a number introduced as a customer hotline in the
 * company's own words ("Kundenservice: 0800 …", "service client 01 …"). Reported at
 * {@link PHONE_BUSINESS_SCORE}, below the personal threshold, as role mailboxes are (email.ts).
 * A private word between the cue and the number ("the hotline said to call me on 0171 …") keeps it
 * personal.
 */
export const PHONE_BUSINESS_SCORE = 0.35;
/** A PHONE_NUMBER below this score is a business line. */
export const PHONE_PERSONAL_MIN_SCORE = 0.4;

/** A PHONE_NUMBER finding of a business line: not personal data. */
export function isImpersonalPhoneSpan(f: { entityType: string; score: number }): boolean {
  return f.entityType === 'PHONE_NUMBER' && f.score < PHONE_PERSONAL_MIN_SCORE;
}

/**
 * Free-phone ranges by national form (digits only): NANP 8xx toll-free (800 833 844 855 866 877 888),
 * 0800/0808 (DE AT CH NL BE UK FR…), French 0801-0805 (numéro vert), Italian 800/803 (numero verde),
 * Spanish 900, Portuguese and Polish 800 (nine digits).
 */
const NATIONAL_TOLL_FREE = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|080[08]\d{4,8}|080[1-5]\d{6}|(?:80[03]|900)\d{6})$/;

/** The same ranges after a country code ("+49 800 …", "+44 808 …", "+34 900 …"). */
const INTERNATIONAL_TOLL_FREE =
  /^(?:18(?:00|33|44|55|66|77|88)\d{7}|(?:49|43|41|31|32|47|48|351)800\d{4,8}|4480[08]\d{6,7}|3380[0-5]\d{6}|34[89]00\d{6}|3980[03]\d{3,7}|4580\d{6})$/;

export function isTollFree(digits: string, international: boolean): boolean {
  return (international ? INTERNATIONAL_TOLL_FREE : NATIONAL_TOLL_FREE).test(digits);
}

/** Words that introduce a company's service line, in EN/DE/FR/ES/IT/NL/PT. */
const SERVICE_CUE =
  /(?:hotline|helpline|help ?desk|service ?desk|customer (?:service|care|support|line)|support line|switchboard|kundenservice|kundendienst|kundenhotline|servicenummer|service-nummer|service client(?:e|èle)?|relation client|numéro vert|atenci[oó]n al cliente|servicio (?:al )?cliente|servizio clienti|assistenza clienti|numero verde|klantenservice|klantendienst|apoio ao cliente|atendimento ao cliente|toll[- ]free|freephone|gebührenfrei)\b/i;

/** Words that make the line someone's own: "call me", "my number", "mein Handy". */
const PRIVATE_CUE =
  /\b(?:my|me|mine|i|i'm|his|her|mein|meine|meiner|mich|mir|ich|handy|privat|mon|ma|moi|mi|mio|mia|mijn|mij|meu|minha|private|personal|mobile|cell)\b/i;

/** How far before the number a cue is read (the same line only). */
const CUE_WINDOW = 48;

/** Is the number starting at `start` introduced as a company's service line on its own line? */
export function serviceLineBefore(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const nl = before.lastIndexOf('\n');
  if (nl !== -1) before = before.slice(nl + 1);
  const m = SERVICE_CUE.exec(before);
  return m !== null && !PRIVATE_CUE.test(before.slice(m.index));
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
  return NUMBER_TEST_CONTEXT.test(text.slice(Math.max(0, start - TEST_CONTEXT_BEFORE), end + TEST_CONTEXT_AFTER));
}
