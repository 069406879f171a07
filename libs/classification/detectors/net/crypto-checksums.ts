import { createHash } from 'node:crypto';
import { keccak256 } from './keccak';

/**
 * Checksums of the wallet address formats CRYPTO reports (Presidio's CryptoRecognizer):
 * Bitcoin base58check (P2PKH/P2SH), Bitcoin bech32/bech32m (BIP-173/BIP-350), Ethereum EIP-55.
 */

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) BASE58_INDEX[BASE58.charCodeAt(i)] = i;

/** Decodes base58 into bytes (big-endian), or null on a character outside the alphabet. */
function base58Decode(s: string): Uint8Array | null {
  const bytes: number[] = []; // little-endian while accumulating
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let carry = c < 128 ? (BASE58_INDEX[c] as number) : -1;
    if (carry < 0) return null;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] as number) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s.charCodeAt(i) === 49; i++) bytes.push(0); // leading '1's are zero bytes
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** A legacy Bitcoin address: 25 bytes (version 0x00 or 0x05, 20-byte hash, 4-byte double-SHA-256 checksum). */
export function isBase58CheckAddress(s: string): boolean {
  const bytes = base58Decode(s);
  if (bytes === null || bytes.length !== 25) return false;
  const version = bytes[0];
  if (version !== 0x00 && version !== 0x05) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[21 + i]) return false;
  return true;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < BECH32_CHARSET.length; i++) BECH32_INDEX[BECH32_CHARSET.charCodeAt(i)] = i;
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32M_CONST = 0x2bc830a3;

function polymodStep(chk: number, value: number): number {
  const top = chk >>> 25;
  let next = ((chk & 0x1ffffff) << 5) ^ value;
  for (let i = 0; i < 5; i++) if ((top >>> i) & 1) next ^= GEN[i] as number;
  return next >>> 0;
}

/**
 * A segwit address on Bitcoin mainnet ("bc1…", one case only): bech32 for witness version 0
 * (20- or 32-byte program), bech32m for versions 1-16.
 */
export function isBech32Address(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower !== address && address.toUpperCase() !== address) return false;
  if (!lower.startsWith('bc1') || lower.length < 14 || lower.length > 74) return false;
  let chk = 1;
  const hrp = 'bc';
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk, hrp.charCodeAt(i) >> 5);
  chk = polymodStep(chk, 0);
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk, hrp.charCodeAt(i) & 31);
  let version = -1;
  for (let i = 3; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const v = c < 128 ? (BECH32_INDEX[c] as number) : -1;
    if (v < 0) return false;
    if (version === -1) version = v;
    chk = polymodStep(chk, v);
  }
  if (version > 16) return false;
  if (version === 0) return chk === 1 && (lower.length === 42 || lower.length === 62);
  return chk === BECH32M_CONST;
}

/** EIP-55: a letter is upper-case exactly when the matching nibble of keccak256(lower-case hex) is >= 8. */
export function isEip55Checksummed(hex40: string): boolean {
  const lower = hex40.toLowerCase();
  const hash = keccak256(Buffer.from(lower, 'ascii'));
  for (let i = 0; i < 40; i++) {
    const ch = hex40.charCodeAt(i);
    if (ch < 65) continue; // a digit has no case
    const byte = hash[i >> 1] as number;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const upper = ch <= 70; // 'A'..'F'
    if (upper !== nibble >= 8) return false;
  }
  return true;
}
