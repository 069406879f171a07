import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, vkeyOf, type NoteSigner } from '@libs/ledger';
import type { AppConfig } from '../config/app-config';

export interface LedgerKeys {
  signer: NoteSigner;
  /** The verifier key in signed-note format (`<name>+<hex id>+<base64 key>`). */
  vkey: string;
}

/**
 * The checkpoint signing key: LEDGER_SIGNING_KEY_FILE (PKCS#8 PEM, Ed25519); in demo mode, generated once
 * into GATEWAY_DATA_DIR (mode 0600) and kept. Outside demo mode a missing key refuses to start.
 */
export function loadLedgerKeys(cfg: Pick<AppConfig, 'ledgerKeyFile' | 'ledgerKeyName' | 'demo' | 'dataDir'>): LedgerKeys {
  let file = cfg.ledgerKeyFile;
  if (!file) {
    if (!cfg.demo) throw new Error('LEDGER_SIGNING_KEY_FILE is required outside demo mode (an Ed25519 PKCS#8 PEM file)');
    file = join(cfg.dataDir, 'ledger-signing-key.pem');
    if (!existsSync(file)) {
      mkdirSync(cfg.dataDir, { recursive: true });
      writeFileSync(file, generateSigningKey(cfg.ledgerKeyName).privateKeyPem, { mode: 0o600 });
      chmodSync(file, 0o600);
    }
  }
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`LEDGER_SIGNING_KEY_FILE: cannot read ${file}`);
  }
  const signer: NoteSigner = { name: cfg.ledgerKeyName, privateKey: pem };
  try {
    return { signer, vkey: vkeyOf(signer) };
  } catch {
    throw new Error(`LEDGER_SIGNING_KEY_FILE: ${file} is not an Ed25519 PKCS#8 PEM private key`);
  }
}
