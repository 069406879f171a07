/** Nest token for the ledger signing keys (loaded once at boot). */
export const LEDGER_KEYS = Symbol('LEDGER_KEYS');
