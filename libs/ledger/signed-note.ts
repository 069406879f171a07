import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * C2SP signed notes (signed-note.md) with Ed25519, and tlog-checkpoint bodies. A note is
 * `<text ending in \n>\n— <name> <base64(keyid(4) || signature)>\n…`; the key id is the first 4 bytes of
 * SHA-256(name || "\n" || 0x01 || public key); a verifier key is `<name>+<hex key id>+<base64(0x01 || key)>`.
 */

const ALG_ED25519 = 0x01;
const SIG_PREFIX = '\u2014 '; // em dash + space
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const STRICT_B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// Control characters other than newline, and lone surrogates (not encodable as UTF-8), are not allowed.
const BAD_TEXT = /[\u0000-\u0009\u000b-\u001f]|\p{Cs}/u;

/** Decodes standard base64 strictly (canonical padding, no whitespace); null if it is not. */
export function decodeBase64Strict(s: string): Buffer | null {
  if (!STRICT_B64.test(s)) return null;
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : null;
}

/** A key name: non-empty, no whitespace, no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !BAD_TEXT.test(name);
}

/** 4-byte key id: SHA-256(name || 0x0A || 0x01 || 32-byte Ed25519 public key)[0:4]. */
export function keyId(name: string, publicKey: Uint8Array): Buffer {
  const h = createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, ALG_ED25519]))
    .update(publicKey)
    .digest();
  return h.subarray(0, 4);
}

/** Verifier key text `<name>+<hex keyid>+<base64(0x01 || pubkey)>`. */
export function formatVkey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw new TypeError(`invalid key name ${JSON.stringify(name)}`);
  if (publicKey.length !== 32) throw new TypeError('Ed25519 public key must be 32 bytes');
  const key = Buffer.concat([Buffer.from([ALG_ED25519]), publicKey]);
  return `${name}+${keyId(name, publicKey).toString('hex')}+${key.toString('base64')}`;
}

export interface NoteVerifierKey {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
  key: KeyObject;
}

/** Parses a vkey (surrounding whitespace ignored). Throws TypeError naming what is wrong. */
export function parseVkey(text: string): NoteVerifierKey {
  // The key's base64 may itself contain '+': split at the first two only (names and ids never contain one).
  const m = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim());
  if (!m) throw new TypeError('vkey must be <name>+<hex key id>+<base64 key>');
  const [, name, hex, b64] = m as unknown as [string, string, string, string];
  if (!isValidKeyName(name)) throw new TypeError('vkey has an invalid key name');
  if (!/^[0-9a-f]{8}$/.test(hex)) throw new TypeError('vkey key id must be 8 lowercase hex digits');
  const key = decodeBase64Strict(b64);
  if (!key || key.length !== 33 || key[0] !== ALG_ED25519) throw new TypeError('vkey key must be base64(0x01 || 32-byte Ed25519 key)');
  const publicKey = key.subarray(1);
  const id = keyId(name, publicKey);
  if (id.toString('hex') !== hex) throw new TypeError('vkey key id does not match its name and key');
  const keyObject = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return { name, keyId: id, publicKey: Buffer.from(publicKey), key: keyObject };
}

export interface NoteSigner {
  name: string;
  /** Ed25519 private key: a KeyObject or PKCS#8 PEM text. */
  privateKey: KeyObject | string;
}

function privateKeyObject(k: KeyObject | string): KeyObject {
  const key = typeof k === 'string' ? createPrivateKey(k) : k;
  if (key.asymmetricKeyType !== 'ed25519' || key.type !== 'private') throw new TypeError('signing key must be an Ed25519 private key');
  return key;
}

/** Raw 32-byte public key of an Ed25519 private key. */
export function publicKeyOf(privateKey: KeyObject | string): Buffer {
  const der = createPublicKey(privateKeyObject(privateKey)).export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** The vkey matching a signer. */
export function vkeyOf(signer: NoteSigner): string {
  return formatVkey(signer.name, publicKeyOf(signer.privateKey));
}

/** A fresh Ed25519 key: PKCS#8 PEM (for the shell to write to a file) and its vkey. */
export function generateSigningKey(name: string): { privateKeyPem: string; publicKey: Buffer; vkey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKey = publicKeyOf(privateKey);
  return { privateKeyPem, publicKey, vkey: formatVkey(name, publicKey) };
}

/** Signs `body` (non-empty, ending in "\n", no control characters but newline): returns the note text. */
export function signNote(body: string, signer: NoteSigner): string {
  if (body.length === 0 || !body.endsWith('\n') || BAD_TEXT.test(body))
    throw new TypeError('note body must be non-empty text ending in a newline');
  if (!isValidKeyName(signer.name)) throw new TypeError('invalid key name');
  const key = privateKeyObject(signer.privateKey);
  const publicKey = publicKeyOf(key);
  const sig = sign(null, Buffer.from(body, 'utf8'), key);
  const blob = Buffer.concat([keyId(signer.name, publicKey), sig]).toString('base64');
  return `${body}\n${SIG_PREFIX}${signer.name} ${blob}\n`;
}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

/** Splits a note into its signed text and signature lines; null if it is not a well-formed note. */
export function parseNote(noteText: string): { body: string; signatures: NoteSignature[] } | null {
  if (BAD_TEXT.test(noteText)) return null;
  const split = noteText.lastIndexOf('\n\n');
  if (split < 0) return null;
  const body = noteText.slice(0, split + 1);
  const sigs = noteText.slice(split + 2);
  if (sigs.length === 0 || !sigs.endsWith('\n')) return null;
  const signatures: NoteSignature[] = [];
  for (const line of sigs.slice(0, -1).split('\n')) {
    if (!line.startsWith(SIG_PREFIX)) return null;
    const rest = line.slice(SIG_PREFIX.length);
    const space = rest.indexOf(' ');
    if (space < 0) return null;
    const name = rest.slice(0, space);
    const blob = decodeBase64Strict(rest.slice(space + 1));
    if (!isValidKeyName(name) || !blob || blob.length < 5) return null;
    signatures.push({ name, keyId: blob.subarray(0, 4), signature: blob.subarray(4) });
  }
  if (signatures.length > 100) return null;
  return { body, signatures };
}

export type NoteVerification =
  | { ok: true; body: string; verifiedBy: string[] }
  | { ok: false; reason: 'malformed' | 'invalid-signature' | 'no-known-key'; detail: string };

/**
 * Verifies a note against known keys (one vkey text, or several). Signature lines from unknown keys are
 * ignored; a signature from a known key that does not verify fails the note; at least one MUST verify.
 * Throws TypeError if a vkey itself is malformed (an input error, not a verification failure).
 */
export function verifyNote(noteText: string, vkeys: string | readonly string[] | readonly NoteVerifierKey[]): NoteVerification {
  const keys = (typeof vkeys === 'string' ? [vkeys] : vkeys).map((k) => (typeof k === 'string' ? parseVkey(k) : k));
  const note = parseNote(noteText);
  if (!note) return { ok: false, reason: 'malformed', detail: 'not a well-formed signed note' };
  const data = Buffer.from(note.body, 'utf8');
  const verifiedBy: string[] = [];
  for (const s of note.signatures) {
    const key = keys.find((k) => k.name === s.name && k.keyId.equals(s.keyId));
    if (!key || verifiedBy.includes(key.name)) continue;
    let good = false;
    try {
      good = s.signature.length === 64 && verify(null, data, key.key, s.signature);
    } catch {
      good = false;
    }
    if (!good) return { ok: false, reason: 'invalid-signature', detail: `signature by ${s.name} does not verify` };
    verifiedBy.push(key.name);
  }
  if (verifiedBy.length === 0) return { ok: false, reason: 'no-known-key', detail: 'no signature from a known key' };
  return { ok: true, body: note.body, verifiedBy };
}

/** A C2SP tlog-checkpoint body: origin, tree size, root hash, then optional extension lines. */
export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Buffer;
  extensions?: string[];
}

/** `<origin>\n<size>\n<base64 root>\n[extension lines\n]`. */
export function formatCheckpoint(cp: Checkpoint): string {
  if (cp.origin.length === 0 || cp.origin.includes('\n')) throw new TypeError('checkpoint origin must be one non-empty line');
  if (!Number.isSafeInteger(cp.size) || cp.size < 0) throw new TypeError('checkpoint size must be a non-negative integer');
  if (cp.rootHash.length !== 32) throw new TypeError('checkpoint root hash must be 32 bytes');
  const ext = (cp.extensions ?? []).map((l) => `${l}\n`).join('');
  return `${cp.origin}\n${cp.size}\n${cp.rootHash.toString('base64')}\n${ext}`;
}

/** Parses a checkpoint body; throws TypeError naming the bad line. */
export function parseCheckpoint(body: string): Required<Checkpoint> {
  if (!body.endsWith('\n')) throw new TypeError('checkpoint must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (!origin) throw new TypeError('checkpoint origin line is empty');
  if (sizeText === undefined || !/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw new TypeError('checkpoint size line must be a decimal integer');
  }
  const rootHash = rootText === undefined ? null : decodeBase64Strict(rootText);
  if (!rootHash || rootHash.length !== 32) throw new TypeError('checkpoint root line must be base64 of 32 bytes');
  if (extensions.some((l) => l.length === 0)) throw new TypeError('checkpoint extension lines must be non-empty');
  return { origin, size: Number(sizeText), rootHash, extensions };
}

/** Signs a checkpoint: the note text the shell stores in ledger_checkpoint. */
export function signCheckpoint(cp: Checkpoint, signer: NoteSigner): string {
  return signNote(formatCheckpoint(cp), signer);
}
