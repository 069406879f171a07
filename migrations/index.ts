import { Init1764400000000 } from './1764400000000-init';
import { LedgerFrontier1764500000000 } from './1764500000000-ledger-frontier';
import { TenantSpend1764600000000 } from './1764600000000-tenant-spend';
import { OutcomeSweep1764800000000 } from './1764800000000-outcome-sweep';
import { SharedState1765000000000 } from './1765000000000-shared-state';
import { TenantIsolation1765200000000 } from './1765200000000-tenant-isolation';
import { PolicyVersions1765400000000 } from './1765400000000-policy-versions';
import { CanaryBy1765500000000 } from './1765500000000-canary-by';
import { TenantTier1765600000000 } from './1765600000000-tenant-tier';
import { EvalRuns1765700000000 } from './1765700000000-eval-runs';
import { DriftPause1765800000000 } from './1765800000000-drift-pause';
import { DriftSlot1765900000000 } from './1765900000000-drift-slot';

/** Every migration, in order. Listed explicitly so that ts (tests) and compiled js (dist) load the same set. */
export const MIGRATIONS = [
  Init1764400000000,
  LedgerFrontier1764500000000,
  TenantSpend1764600000000,
  OutcomeSweep1764800000000,
  SharedState1765000000000,
  TenantIsolation1765200000000,
  PolicyVersions1765400000000,
  CanaryBy1765500000000,
  TenantTier1765600000000,
  EvalRuns1765700000000,
  DriftPause1765800000000,
  DriftSlot1765900000000,
];
