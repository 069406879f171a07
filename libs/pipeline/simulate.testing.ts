/** Recorded decisions for the simulate specs: a live decision as the ledger stores it (canonical JSON, parsed). */
import { canonicalJson, encodeLeaf, type CanonicalValue } from '@libs/ledger';
import type { Decision } from './decide';
import type { RecordedDecision } from './simulate';

export interface LeafMeta {
  seq: number;
  tenant: string;
  ts: Date;
  requestId?: string;
}

/** The leaf the pipeline would append for `d`: the decision body plus the appender's reserved keys. */
export function recorded(d: Decision, meta: LeafMeta): RecordedDecision {
  const kind = d.verdict === 'route' ? 'routing_decision' : 'policy_denied';
  const body = { ...d.ledgerBody, key_id: 'k1', endpoint: 'chat' };
  const leaf = encodeLeaf({ tenant: meta.tenant, kind, requestId: meta.requestId ?? `req-${meta.seq}`, body }, meta.seq, meta.ts, '00');
  return JSON.parse(leaf.leaf.toString('utf8')) as RecordedDecision;
}

/** A denial recorded before policy ran (the classifier was down): nothing to replay. */
export function classifierDenial(meta: LeafMeta): RecordedDecision {
  const body: Record<string, CanonicalValue> = { error_code: 'classifier_unavailable', policy_version: 'v1', region: 'us', key_id: 'k1' };
  return JSON.parse(
    canonicalJson({ ...body, kind: 'policy_denied', tenant: meta.tenant, seq: meta.seq, ts: meta.ts.toISOString(), v: 1 }),
  ) as RecordedDecision;
}
