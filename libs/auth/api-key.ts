import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Key format of SPEC §3: `gw_<keyid>_<secret>`. Only SHA-256(secret) is stored. */
const KEY_RE = /^gw_([a-z0-9]{12})_([A-Za-z0-9]{40})$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface ParsedKey {
  keyId: string;
  secret: string;
}

export interface NewKey extends ParsedKey {
  /** The whole key, shown once. */
  token: string;
  secretHash: Buffer;
}

export function parseApiKey(token: string): ParsedKey | null {
  const m = KEY_RE.exec(token);
  return m ? { keyId: m[1] as string, secret: m[2] as string } : null;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Constant-time comparison of a presented secret against the stored hash. */
export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const h = hashSecret(secret);
  return h.length === storedHash.length && timingSafeEqual(h, storedHash);
}

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps the distribution uniform.
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

export function generateApiKey(): NewKey {
  const keyId = randomString('abcdefghijklmnopqrstuvwxyz0123456789', 12);
  const secret = randomString(ALPHABET, 40);
  return { keyId, secret, token: `gw_${keyId}_${secret}`, secretHash: hashSecret(secret) };
}
