/** Data levels of SPEC §4, ordered. */
export const DATA_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type DataLevel = (typeof DATA_LEVELS)[number];

export const CATEGORIES = ['PII', 'PHI', 'PCI', 'CREDENTIALS'] as const;
export type Category = (typeof CATEGORIES)[number];

export function levelRank(level: DataLevel): number {
  return DATA_LEVELS.indexOf(level);
}

export function maxLevel(...levels: DataLevel[]): DataLevel {
  let best: DataLevel = 'public';
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}

export function isDataLevel(v: unknown): v is DataLevel {
  return typeof v === 'string' && (DATA_LEVELS as readonly string[]).includes(v);
}

export const WORKLOADS = ['chat', 'extraction', 'classification', 'code', 'summarization'] as const;
export type Workload = (typeof WORKLOADS)[number];
