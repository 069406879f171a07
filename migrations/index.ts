import { Init1764400000000 } from './1764400000000-init';
import { LedgerFrontier1764500000000 } from './1764500000000-ledger-frontier';

/** Every migration, in order. Listed explicitly so that ts (tests) and compiled js (dist) load the same set. */
export const MIGRATIONS = [Init1764400000000, LedgerFrontier1764500000000];
