import { parse } from 'tldts';

/**
 * Domain checks shared by EMAIL_ADDRESS and URL, backed by the public suffix list that `tldts`
 * bundles (no I/O). Hostnames are lower-cased ASCII (punycode stays punycode).
 */

/** Suffixes of private networks: a mailbox there is still someone's address (reported at a lower score). */
const INTERNAL_SUFFIXES = new Set(['corp', 'internal', 'intranet', 'lan', 'local']);

export type DomainKind = 'public' | 'internal' | null;

// Verdicts per host: the same domains recur across a conversation's turns; a host's kind never
// changes, so the memo affects speed only. Bounded: cleared when full.
const MEMO_LIMIT = 4096;
const memo = new Map<string, DomainKind>();

/** `public` when the host ends in an ICANN public suffix with a registrable label before it. */
export function domainKind(host: string): DomainKind {
  const hit = memo.get(host);
  if (hit !== undefined) return hit;
  const kind = computeKind(host);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(host, kind);
  return kind;
}

function computeKind(host: string): DomainKind {
  const lower = host.toLowerCase();
  const r = parse(lower, { extractHostname: false, allowPrivateDomains: false });
  if (r.isIcann === true && r.domain !== null && r.domain !== r.publicSuffix) return 'public';
  const dot = lower.lastIndexOf('.');
  return dot > 0 && INTERNAL_SUFFIXES.has(lower.slice(dot + 1)) ? 'internal' : null;
}

/**
 * TLDs accepted for a bare host without a scheme ("microsoft.com"). Generic TLDs are listed
 * explicitly; any other two-letter ICANN country code is accepted unless it is also a common file
 * extension or code attribute ("setup.py", "README.md", "run.sh", "self.id").
 */
const BARE_GENERIC = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'biz', 'io', 'ai', 'dev', 'tv', 'eu', 'asia']);
// File extensions (.py .md .sh .rs .pl .pm .mo .tf .mk .am .ac .in .mm .cl .ml .so .ps .sv .cc) and
// attributes that read like hosts in code ("obj.id", "user.pk", "model.to", "df.at", "x.lt", "np.ma").
const BARE_CC_EXCLUDED = new Set([
  'ac',
  'am',
  'at',
  'cc',
  'cl',
  'ge',
  'gt',
  'id',
  'in',
  'lt',
  'ma',
  'md',
  'mk',
  'ml',
  'mm',
  'mo',
  'ne',
  'pk',
  'pl',
  'pm',
  'ps',
  'py',
  'rs',
  'sh',
  'so',
  'sv',
  'tf',
  'to',
]);
const ccCache = new Map<string, boolean>();

export function isBareHostTld(tld: string): boolean {
  if (BARE_GENERIC.has(tld)) return true;
  if (tld.length !== 2 || BARE_CC_EXCLUDED.has(tld)) return false;
  let known = ccCache.get(tld);
  if (known === undefined) {
    known = parse(`example.${tld}`, { extractHostname: false }).isIcann === true;
    ccCache.set(tld, known); // at most 26 * 26 entries
  }
  return known;
}
