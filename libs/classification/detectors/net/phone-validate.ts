import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * Phone number validation with libphonenumber-js ("max" metadata: the per-region number patterns,
 * not only lengths). The library is exact but costs ~10 µs a parse, so callers give it only
 * candidates that already look like a phone number, and a {@link PhoneBudget} bounds the parses
 * per text: past the budget, validation falls back to the structural checks alone, which keeps a
 * megabyte of crafted candidates linear with a small constant.
 */

/**
 * Regions whose national numbers start with a trunk 0 ("020 7946 0958", "0917 123 4567"), among
 * Presidio's defaults (US, GB, DE, FR, IL, IN, CA, BR) and other common senders.
 */
export const BARE_TRUNK_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'IN', 'IL', 'BR', 'TR', 'PH', 'JP', 'CN', 'IT', 'NL', 'AU'];

/** With the digits grouped as a phone number is written, a few more trunk-0 regions are safe to try. */
export const TRUNK_REGIONS: readonly CountryCode[] = [...BARE_TRUNK_REGIONS, 'ZA', 'BE', 'CH', 'AT', 'SE', 'IE', 'NZ', 'NG'];

/**
 * Regions where a national number is written without a trunk 0 ("98765 43210", "11 98456 5666",
 * "532 123 45 67", "612 345 678") or with the country code but no '+' ("91-415-555-0132"). Regions
 * that require the trunk 0 are left out: DE alone accepts most 10-12 digit strings that way.
 */
export const NO_TRUNK_REGIONS: readonly CountryCode[] = ['IN', 'TR', 'BR', 'ES', 'IT', 'MX', 'CN'];

/** Every region tried after a weak context word ("number"). NANP covers CA through US. */
export const ALL_REGIONS: readonly CountryCode[] = ['US', ...BARE_TRUNK_REGIONS, 'ES', 'MX'];

export class PhoneBudget {
  constructor(private left: number) {}

  /** Parses left for this text; each call spends one. */
  take(): boolean {
    if (this.left <= 0) return false;
    this.left--;
    return true;
  }
}

/** Budget for one text: enough for every real number in a long prompt, linear in the text length. */
export function budgetFor(textLength: number): PhoneBudget {
  return new PhoneBudget(256 + (textLength >> 8));
}

function parse(raw: string, region: CountryCode | undefined): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(raw, region);
  } catch {
    return undefined; // the library throws on some malformed input instead of returning undefined
  }
}

export type Verdict = 'valid' | 'invalid' | 'unknown';

/**
 * The library's verdicts, keyed by what was asked. A conversation is classified again on every turn,
 * so the same numbers come back; the verdict of a string never changes, so remembering it changes
 * only the speed, never a result. Bounded: cleared when full.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, boolean>();
const listKeys = new WeakMap<readonly CountryCode[], string>();

function memoized(key: string, compute: () => Verdict): Verdict {
  const hit = memo.get(key);
  if (hit !== undefined) return hit ? 'valid' : 'invalid';
  const verdict = compute();
  if (verdict !== 'unknown') {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, verdict === 'valid');
  }
  return verdict;
}

function listKey(regions: readonly CountryCode[]): string {
  let key = listKeys.get(regions);
  if (key === undefined) {
    key = regions.join(',');
    listKeys.set(regions, key);
  }
  return key;
}

/** An international number ("+…"). */
export function checkInternational(raw: string, budget: PhoneBudget): Verdict {
  return memoized(`+|${raw}`, () => {
    if (!budget.take()) return 'unknown';
    return parse(raw, undefined)?.isValid() === true ? 'valid' : 'invalid';
  });
}

/**
 * A national number valid in one of `regions`. With `mobileOnly`, only mobile numbers count (a bare
 * digit run is a phone number when it is a mobile; as a fixed line it is as likely an id), and
 * `mobileIn` lists regions where only mobiles count anyway (CN fixed lines need their trunk 0).
 */
export function checkRegions(
  raw: string,
  regions: readonly CountryCode[],
  budget: PhoneBudget,
  mobileOnly = false,
  mobileIn: readonly CountryCode[] = [],
): Verdict {
  const key = `${listKey(regions)}|${mobileOnly ? 'm' : ''}${listKey(mobileIn)}|${raw}`;
  return memoized(key, () => {
    for (const region of regions) {
      if (!budget.take()) return 'unknown';
      const p = parse(raw, region);
      if (p === undefined || !p.isValid()) continue;
      if (!mobileOnly && !mobileIn.includes(region)) return 'valid';
      const type = p.getType();
      if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') return 'valid';
    }
    return 'invalid';
  });
}

/** The North American plan (US, CA and the other +1 countries). */
export const NANP_REGIONS: readonly CountryCode[] = ['US'];
