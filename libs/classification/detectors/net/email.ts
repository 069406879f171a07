import { PLACEHOLDER_CONTEXT } from '../placeholder';
import type { Span } from '../types';
import { domainKind } from './domains';

/**
 * EMAIL_ADDRESS, anchored on '@' (or its percent-encoding "%40", as in "?email=a%40b.com"), found
 * with indexOf and scanned outwards by hand: no regex can start at every letter of a long word, so
 * a megabyte without '@' costs one indexOf. The domain must end in an ICANN public suffix (the
 * list `tldts` bundles), as Presidio's tldextract check; a private-network suffix (".corp",
 * ".local"…) is still someone's mailbox and is reported at a lower score.
 *
 * Machine identities are not reported: Google Cloud service accounts (`svc@acme.iam.gserviceaccount.com`,
 * `123-compute@developer.gserviceaccount.com`, any `*.gserviceaccount.com`) name a workload, not a
 * person. (A GitHub `…@users.noreply.github.com` address stays personal: it stands for one person's
 * account; its bots, `name[bot]@…`, are never read as addresses anyway.)
 */
export const EMAIL_SCORE = 1.0;
export const EMAIL_INTERNAL_SCORE = 0.5;
/**
 * Score of a role mailbox (RFC 2142's `info@`, `support@`, `postmaster@`…, and `noreply@`,
 * `newsletter@`): a function of an organisation, not a person's address. Reported (redactable) but
 * below {@link EMAIL_PERSONAL_MIN_SCORE}, so it does not count as personal data by itself.
 */
export const EMAIL_ROLE_SCORE = 0.45;
export const EMAIL_PERSONAL_MIN_SCORE = 0.5;

/** An EMAIL_ADDRESS finding of a role mailbox: not personal data. */
export function isImpersonalEmailSpan(f: { entityType: string; score: number }): boolean {
  return f.entityType === 'EMAIL_ADDRESS' && f.score < EMAIL_PERSONAL_MIN_SCORE;
}

/**
 * Role mailboxes: RFC 2142's business and network-operations names, plus the send-only and list
 * addresses every system uses. Compared with the local part lower-cased, without a "+tag".
 */
const ROLE_MAILBOXES = new Set(
  (
    'info marketing sales support abuse noc security postmaster hostmaster usenet news webmaster www uucp ftp ' +
    'noreply no-reply no_reply donotreply do-not-reply do_not_reply mailer-daemon newsletter newsletters notifications ' +
    'billing privacy press helpdesk ' +
    // A company's service desks, in the languages its imprint is written in. Not the words a person's own
    // domain often uses (hello@, contact@, office@, team@): those stay personal.
    'kundenservice customerservice customercare jobs careers orders invoices impressum datenschutz presse ' +
    'servicio servizio klantenservice supporto assistenza soporte ayuda suporte ventas vendite vendas ' +
    'verkauf vertrieb facturacion fatturazione rechnung rechnungen buchhaltung accounting reservations'
  ).split(' '),
);

function isRoleMailbox(local: string): boolean {
  const plus = local.indexOf('+');
  return ROLE_MAILBOXES.has((plus === -1 ? local : local.slice(0, plus)).toLowerCase());
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(c: number): boolean {
  // A-Z a-z 0-9 . _ % + -
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of a valid domain starting at `from`, or -1. Requires a dot and an alphabetic or punycode TLD. */
function domainEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (!(isAlpha(first) || (first >= 48 && first <= 57))) return -1;
  let end = from;
  const limit = Math.min(text.length, from + MAX_DOMAIN);
  while (end < limit && isDomainChar(text.charCodeAt(end))) end++;
  if (end === limit && end < text.length && isDomainChar(text.charCodeAt(end))) return -1;
  // Trailing sentence punctuation and hyphens are not part of the domain.
  while (end > from && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  let lastDot = -1;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== 46) continue;
    if (text.charCodeAt(i - 1) === 46) return -1; // empty label ("a..b")
    lastDot = i;
  }
  if (lastDot === -1 || lastDot > end - 3) return -1; // needs a TLD of 2+ characters
  const tldStart = lastDot + 1;
  if (text.startsWith('xn--', tldStart)) return end;
  for (let i = tldStart; i < end; i++) if (!isAlpha(text.charCodeAt(i))) return -1;
  return end;
}

const MACHINE_SUFFIX = '.gserviceaccount.com';

/** Domains whose addresses are service identities (compared case-insensitively). */
function isMachineDomain(domain: string): boolean {
  if (domain.length < MACHINE_SUFFIX.length - 1) return false;
  const lower = domain.toLowerCase();
  return lower.endsWith(MACHINE_SUFFIX) || lower === MACHINE_SUFFIX.slice(1);
}

/** Farthest a URL's scheme may sit before its userinfo. */
const MAX_USERINFO_SCAN = 256;

/**
 * Is the local part starting at `start` a URL's userinfo ("https://ghp_…@github.com/org/repo.git",
 * "https://deploy:s3cret@host.example/")? Then what precedes the '@' is a user name or a token, and the
 * URL detectors judge it; it is no mailbox. True when "://" comes before `start` in the same
 * whitespace-free run with no '/' or '@' between them (a query string's "?email=a@b.com" has a '/').
 */
function isUrlUserinfo(text: string, start: number, at: number): boolean {
  const floor = Math.max(0, start - MAX_USERINFO_SCAN);
  for (let i = start - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 64) return false; // stopping at the previous '@' keeps a run of addresses linear
    if (c !== 47) continue;
    if (!(i >= 2 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58)) return false;
    // "https://maria.keller@gmail.com" is a mailbox written after a scheme; only a password (user:pw@) or a
    // token-shaped user (long, with digits, no dot) makes it credentials.
    return i + 1 < start || tokenShaped(text, start, at);
  }
  return false;
}

/** A user part that reads as a token: 20+ characters, digits among them, no dot. */
function tokenShaped(text: string, start: number, at: number): boolean {
  if (at - start < 20) return false;
  let digit = false;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) return false;
    if (c >= 48 && c <= 57) digit = true;
  }
  return digit;
}

/**
 * The second-level names RFC 2606 reserves for documentation (example.com, .net, .org): no mail is
 * ever delivered there. (The reserved top-level names .example, .test, .invalid and .localhost are
 * no public suffix, so `domainKind` already drops them.)
 */
function isDocumentationDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  return /(?:^|\.)example\.(?:com|net|org)$/.test(lower);
}

/**
 * Text about matching or validating addresses (a regex, a validator, a unit test's assertions), or text that
 * says its data is made up (`PLACEHOLDER_CONTEXT`): an address at a documentation domain there is test data,
 * like the `example.com` of a code sample.
 */
const ADDRESS_TEST_CONTEXT = /regex|regexp|regular expression|validat|isvalid|assert|expect\(|\.test\(|unit test|test case|pattern/i;

export function detectEmails(text: string, out: Span[]): void {
  let testContext: boolean | undefined; // read once per text, only when a documentation address shows up
  // Each marker kind keeps its own next position, so a text full of one and free of the other is
  // still scanned once.
  let nextAt = text.indexOf('@');
  let nextPct = text.indexOf('%40');
  while (nextAt !== -1 || nextPct !== -1) {
    const useAt = nextPct === -1 || (nextAt !== -1 && nextAt < nextPct);
    const at = useAt ? nextAt : nextPct;
    const len = useAt ? 1 : 3;
    let start = at;
    const floor = Math.max(0, at - MAX_LOCAL);
    while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
    const tooLong = start === floor && start > 0 && isLocalChar(text.charCodeAt(start - 1));
    // Leading dots are punctuation, not part of the local part.
    while (start < at && text.charCodeAt(start) === 46) start++;
    const end = !tooLong && start < at ? domainEnd(text, at + len) : -1;
    // "git@github.com:org/repo.git" is an SSH remote, not a mailbox.
    const sshRemote = end !== -1 && text.charCodeAt(end) === 58 && end + 1 < text.length && text.charCodeAt(end + 1) > 32;
    const domain = end !== -1 && !sshRemote && !isUrlUserinfo(text, start, at) ? text.slice(at + len, end) : null;
    const kind = domain !== null && !isMachineDomain(domain) ? domainKind(domain) : null;
    if (kind !== null) {
      const documentation = isDocumentationDomain(domain as string);
      if (documentation) testContext ??= ADDRESS_TEST_CONTEXT.test(text) || PLACEHOLDER_CONTEXT.test(text);
      const testData = documentation && testContext === true;
      const score =
        testData || isRoleMailbox(text.slice(start, at)) ? EMAIL_ROLE_SCORE : kind === 'public' ? EMAIL_SCORE : EMAIL_INTERNAL_SCORE;
      out.push({ entityType: 'EMAIL_ADDRESS', start, end, score });
    }
    const resume = kind !== null ? end : at + 1;
    if (nextAt !== -1 && nextAt < resume) nextAt = text.indexOf('@', resume);
    if (nextPct !== -1 && nextPct < resume) nextPct = text.indexOf('%40', resume);
  }
}
