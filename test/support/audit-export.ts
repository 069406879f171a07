/** One leaf of a tenant's `ledger-export/v1`, as the fault tests read it. */
export interface ExportedLeaf {
  request_id: string;
  kind: string;
  seq: number;
  decision_seq?: number;
  status?: string;
}

/** The tenant's export (text, to verify) and its leaves, fetched with the compliance key. */
export async function fetchExport(url: string, complianceKey: string, tenant: string): Promise<{ text: string; leaves: ExportedLeaf[] }> {
  const auth = { authorization: `Bearer ${complianceKey}` };
  const text = await (await fetch(`${url}/v1/audit/export?tenant=${tenant}`, { headers: auth })).text();
  const leaves = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; leaf?: string })
    .filter((l) => l.type === 'entry' && l.leaf)
    .map((l) => JSON.parse(l.leaf as string) as ExportedLeaf);
  return { text, leaves };
}

/** Decisions that do not have exactly one outcome naming them (`decision_seq`). */
export function withoutOneOutcome(leaves: readonly ExportedLeaf[]): ExportedLeaf[] {
  const outcomes = new Map<number, number>();
  for (const l of leaves)
    if (l.kind === 'routing_outcome') outcomes.set(l.decision_seq ?? -1, (outcomes.get(l.decision_seq ?? -1) ?? 0) + 1);
  return leaves.filter((l) => l.kind === 'routing_decision' && outcomes.get(l.seq) !== 1);
}

/**
 * The export once every decision has its one outcome (the recovery sweep closes those a crash left open),
 * polled every 250 ms at most `tries` times; the last export either way.
 */
export async function settledExport(url: string, complianceKey: string, tenant: string, tries = 60) {
  let exported = await fetchExport(url, complianceKey, tenant);
  for (let i = 0; withoutOneOutcome(exported.leaves).length > 0 && i < tries; i++) {
    await new Promise((r) => setTimeout(r, 250));
    exported = await fetchExport(url, complianceKey, tenant);
  }
  return exported;
}
