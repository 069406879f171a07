import { hasContextBefore } from '../context';
import { execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';
import { isBase58CheckAddress, isBech32Address, isEip55Checksummed } from './crypto-checksums';

/**
 * CRYPTO (Presidio's CryptoRecognizer): wallet addresses whose checksum verifies.
 *   - Bitcoin legacy "1…"/"3…": base58check with a double SHA-256 checksum -> 1.0
 *   - Bitcoin segwit "bc1…": bech32 (v0) or bech32m (v1+) checksum -> 1.0
 *   - Ethereum "0x" + 40 hex: mixed case must satisfy EIP-55 -> 1.0; one case carries no checksum,
 *     so it is reported at 0.5, raised to 0.85 by a wallet context word.
 * Tokens are whole words (bounded lengths, word boundaries), so a megabyte of base58 costs one
 * failed match per word.
 */
export const CRYPTO_SCORE = 1.0;
export const CRYPTO_UNCHECKED_SCORE = 0.5;
export const CRYPTO_CONTEXT_SCORE = 0.85;

const CANDIDATE_RE =
  /(?<![\w$])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|[bB][cC]1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}|0x([0-9a-fA-F]{40}))(?![\w$])/y;
/**
 * Every candidate's first digit is where a digit run starts: its first character ('1', '3', the '0'
 * of "0x", none of them after a word character) or the '1' of "bc1" (after a letter), two in. So it
 * is tried only there (see `execAtRuns`), not at every position of the text.
 */
const CANDIDATE_OFFSETS: readonly number[] = [-2, 0];
const admitCandidate: RunFilter = (text, s, e) => {
  const c = text.charCodeAt(s);
  return c === 49 || c === 51 || (c === 48 && e - s === 1 && text.charCodeAt(e) === 120); // '1', '3', "0x"
};
const WALLET_CUE = /\b(?:wallet|btc|bitcoin|crypto|eth|ethereum|ether|address|send|pay|transfer|deposit|withdraw)\b/i;

const LOWER_HEX = /[a-f]/;
const UPPER_HEX = /[A-F]/;

function hasMixedCase(hex: string): boolean {
  return LOWER_HEX.test(hex) && UPPER_HEX.test(hex);
}

export function detectCrypto(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CANDIDATE_RE, CANDIDATE_OFFSETS, admitCandidate, (m) => {
    const token = m[0];
    const eth = m[1];
    let score = 0;
    if (eth !== undefined) {
      if (hasMixedCase(eth)) score = isEip55Checksummed(eth) ? CRYPTO_SCORE : 0;
      else score = hasContextBefore(text, m.index, WALLET_CUE) ? CRYPTO_CONTEXT_SCORE : CRYPTO_UNCHECKED_SCORE;
    } else if (token.charCodeAt(0) === 49 || token.charCodeAt(0) === 51) {
      score = isBase58CheckAddress(token) ? CRYPTO_SCORE : 0;
    } else {
      score = isBech32Address(token) ? CRYPTO_SCORE : 0;
    }
    if (score > 0) out.push({ entityType: 'CRYPTO', start: m.index, end: m.index + token.length, score });
  });
}
