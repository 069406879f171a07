import type { CryptoPort } from './ledger-verify.js';

/** The verifier's crypto from the browser itself: SHA-256 and Ed25519 through WebCrypto. */
export const webCrypto: CryptoPort = {
  async sha256(data) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  },
  async verifyEd25519(publicKey, signature, message) {
    const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, message as BufferSource);
  },
};
