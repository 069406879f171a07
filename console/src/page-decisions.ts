import { api, errorText, query } from './api.js';
import { field, fill, h, ms, select, status, table, usd, when } from './dom.js';
import type { Ctx } from './types.js';

/** As GET /admin/decisions returns it (libs/pipeline/decision-view.ts): metadata only, never content. */
export interface DecisionView {
  tenant: string;
  seq: number;
  requestId: string | null;
  time: string;
  verdict: 'routed' | 'denied';
  status: string;
  level: string | null;
  categories: string[];
  entities: Record<string, number>;
  policyVersion: string | null;
  route: string | null;
  rule: string | null;
  matchedRules: string[];
  strategy: string | null;
  permitted: string[];
  excluded: { provider: string; rule: string; reason: string }[];
  plan: string[];
  provider: string | null;
  model: string | null;
  attempts: { provider: string; model: string; outcome: string; latencyMs: number; status: number | null; errorKind: string | null }[];
  costUsd: number | null;
  latencyMs: number | null;
  explanation: string;
  errorCode: string | null;
  traffic: string;
}

const LEVELS: [string, string][] = [
  ['', 'Any level'],
  ...['public', 'internal', 'confidential', 'restricted'].map((l): [string, string] => [l, l]),
];
const CATEGORIES: [string, string][] = [['', 'Any category'], ...['PII', 'PHI', 'PCI', 'CREDENTIALS'].map((c): [string, string] => [c, c])];
const STATUSES: [string, string][] = [
  ['', 'Any status'],
  ...['ok', 'denied', 'error', 'refused', 'client_closed', 'interrupted', 'pending'].map((s): [string, string] => [s, s]),
];
const REFRESH_MS = 5000;

function details(d: DecisionView): HTMLElement {
  return h(
    'details',
    { class: 'decision', 'data-key': `${d.tenant}:${d.seq}` },
    h('summary', {}, `Details of ${d.tenant} #${d.seq}`),
    h('p', { class: 'explanation' }, d.explanation || '(no explanation recorded)'),
    h(
      'dl',
      {},
      h('dt', {}, 'Permitted'),
      h('dd', {}, d.permitted.join(', ') || 'none'),
      h('dt', {}, 'Excluded'),
      h(
        'dd',
        {},
        d.excluded.length ? h('ul', {}, ...d.excluded.map((e) => h('li', {}, `${e.provider} — rule ${e.rule}: ${e.reason}`))) : 'none',
      ),
      h('dt', {}, 'Plan'),
      h('dd', {}, d.plan.join(' → ') || '–'),
      h('dt', {}, 'Entities (counts)'),
      h(
        'dd',
        {},
        Object.entries(d.entities)
          .map(([k, n]) => `${k} ×${n}`)
          .join(', ') || 'none',
      ),
      h('dt', {}, 'Policy version'),
      h('dd', {}, d.policyVersion ?? '–'),
      h('dt', {}, 'Request id'),
      h('dd', {}, d.requestId ?? '–'),
    ),
    d.attempts.length
      ? table(
          ['Attempt', 'Provider/model', 'Outcome', 'HTTP', 'Latency'],
          d.attempts.map((a, i) => [
            String(i + 1),
            `${a.provider}/${a.model}`,
            a.outcome + (a.errorKind ? ` (${a.errorKind})` : ''),
            a.status ?? '–',
            ms(a.latencyMs),
          ]),
          'Attempts',
        )
      : null,
  );
}

function rows(list: DecisionView[], open: Set<string>): HTMLElement {
  if (list.length === 0) return status('info', 'No decisions match these filters in this time range.');
  const t = table(
    ['Time', 'Tenant', 'Level', 'Categories', 'Status', 'Provider', 'Route / rule', 'Cost', 'Latency'],
    list.map((d) => [
      when(d.time),
      d.tenant,
      d.level ?? '–',
      d.categories.join(', ') || '–',
      h('span', { class: `badge ${d.status}` }, d.status),
      d.provider ?? (d.verdict === 'denied' ? 'refused' : '–'),
      [d.route, d.rule].filter(Boolean).join(' / ') || '–',
      usd(d.costUsd),
      ms(d.latencyMs),
    ]),
    'Decisions, newest first',
  );
  t.id = 'decisions-table';
  // One details row under each decision: the explanation, permitted/excluded with rules, attempts.
  const body = t.tBodies[0] as HTMLTableSectionElement;
  [...body.rows].forEach((tr, i) => {
    const d = list[i] as DecisionView;
    const el = details(d);
    if (open.has(`${d.tenant}:${d.seq}`)) el.setAttribute('open', '');
    tr.after(h('tr', { class: 'details-row' }, h('td', { colspan: 9 }, el)));
  });
  return t;
}

export async function decisionsPage(ctx: Ctx): Promise<void> {
  const f = {
    level: select('f-level', LEVELS),
    category: select('f-category', CATEGORIES),
    provider: h('input', { id: 'f-provider', name: 'provider', placeholder: 'e.g. sim-local' }),
    rule: h('input', { id: 'f-rule', name: 'rule', placeholder: 'e.g. phi-needs-baa' }),
    status: select('f-status', STATUSES),
    from: h('input', { id: 'f-from', name: 'from', type: 'datetime-local' }),
    to: h('input', { id: 'f-to', name: 'to', type: 'datetime-local' }),
  };
  const live = h('input', { id: 'live', type: 'checkbox', checked: true });
  const out = h('div', { id: 'decisions', 'aria-live': 'polite', 'aria-busy': 'false' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter decisions' },
    field('Level', f.level),
    field('Category', f.category),
    field('Provider', f.provider),
    field('Rule', f.rule),
    field('Status', f.status),
    field('From', f.from),
    field('To', f.to),
    h('button', { type: 'submit', class: 'primary' }, 'Apply'),
    h('label', { class: 'inline' }, live, h('span', {}, 'Live (refresh every 5 s)')),
  );
  const iso = (v: string) => (v ? new Date(v).toISOString() : null);
  const load = async () => {
    const open = new Set([...out.querySelectorAll('details[open]')].map((d) => (d as HTMLElement).dataset.key ?? ''));
    try {
      const q = query({
        tenant: ctx.tenant,
        level: f.level.value,
        category: f.category.value,
        provider: f.provider.value.trim(),
        rule: f.rule.value.trim(),
        status: f.status.value,
        from: iso(f.from.value),
        to: iso(f.to.value),
        limit: 200,
      });
      const r = await api<{ data: DecisionView[]; scanned: number; truncated: boolean }>(`/admin/decisions${q}`);
      fill(
        out,
        h(
          'p',
          { class: 'muted' },
          `${r.data.length} shown of ${r.scanned} decisions scanned${r.truncated ? ' (newest only: narrow the time range)' : ''}. Content is never recorded, so none is shown.`,
        ),
        rows(r.data, open),
      );
    } catch (e) {
      fill(out, status('bad', errorText(e)));
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  const timer = setInterval(() => {
    if (live.checked && !document.hidden) void load();
  }, REFRESH_MS);
  ctx.onLeave(() => clearInterval(timer));
  ctx.root.append(form, out);
  await load();
}
