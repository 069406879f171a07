/**
 * Canary slices (SPEC §8): a version activated for n % of requests, chosen by a hash of the request id.
 *
 * Contract: pure and stable. The same key, salt and percent always give the same answer, on every process;
 * slices nest (a key inside the 5 % slice is inside the 10 % one), so raising the percent only adds
 * requests; a new salt (e.g. the version id) draws an independent slice. Any stable key works: the request
 * id for n % of requests, or a tenant id or workload to canary whole tenants or workloads.
 */
import { createHash } from 'node:crypto';

/** True when `key` falls in the first `percent` % (0..100) of the hash space; out-of-range percents clamp. */
export function inCanarySlice(key: string, percent: number, salt: string): boolean {
  if (!(percent > 0)) return false; // also NaN
  if (percent >= 100) return true;
  return canaryPoint(key, salt) < percent / 100;
}

/** The key's place in [0, 1): the first 4 bytes of SHA-256(salt, NUL, key) as a fraction of 2^32. */
export function canaryPoint(key: string, salt: string): number {
  const digest = createHash('sha256').update(salt).update('\0').update(key).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}
