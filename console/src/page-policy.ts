import { api, errorText } from './api.js';
import { field, fill, h, select, status, table, usd, when } from './dom.js';
import { can, type Ctx, type Whoami } from './types.js';

interface Version {
  id: string;
  scope: string;
  state: string;
  mode: 'shadow' | 'canary' | null;
  canaryPercent: number | null;
  author: string;
  submittedBy: string | null;
  approvedBy: string | null;
  rejectedBy: string | null;
  activatedBy: string | null;
  createdAt: string;
}
interface SectionDiff {
  added: string[];
  removed: string[];
  changed: { id: string; changes: { field: string; from: unknown; to: unknown }[] }[];
}
type Diff = Record<string, SectionDiff | unknown> & { summary: string[]; from: string; to: string };

type Action = 'submit' | 'approve' | 'reject' | 'activate' | 'shadow' | 'canary';
const NEEDS_STATE: Record<Action, string[]> = {
  submit: ['draft'],
  approve: ['submitted'],
  reject: ['submitted'],
  activate: ['approved'],
  shadow: ['approved', 'submitted'],
  canary: ['approved'],
};

/** Why `me` may not do `action` on `v` (shown beside the disabled button), or null. The server checks again. */
export function blocker(me: Whoami, v: Version, action: Action): string | null {
  const approve = action !== 'submit';
  if (!can(me, approve ? 'policy:approve' : 'policy:write'))
    return approve ? 'Needs the policy-approver role.' : 'Needs the policy-author role.';
  if (approve && (v.author === me.actor || v.submittedBy === me.actor))
    return `Four eyes: you wrote or submitted ${v.id}, so another approver must ${action} it.`;
  if (!NEEDS_STATE[action].includes(v.state)) return `${v.id} is ${v.state}; ${action} needs it ${NEEDS_STATE[action].join(' or ')}.`;
  return null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function diffView(d: Diff): HTMLElement {
  const parts: HTMLElement[] = [h('h3', {}, `Changes from ${d.from} to ${d.to}`)];
  parts.push(d.summary.length ? h('ul', { class: 'summary' }, ...d.summary.map((s) => h('li', {}, s))) : status('info', 'No differences.'));
  const rows: string[][] = [];
  for (const [section, v] of Object.entries(d)) {
    if (typeof v !== 'object' || v === null || !('added' in v)) continue;
    const s = v as SectionDiff;
    for (const id of s.added) rows.push([section, id, 'added', '']);
    for (const id of s.removed) rows.push([section, id, 'removed', '']);
    for (const c of s.changed ?? [])
      for (const ch of c.changes ?? []) rows.push([section, c.id, ch.field, `${text(ch.from)} → ${text(ch.to)}`]);
  }
  if (rows.length) parts.push(table(['Section', 'Item', 'Change', 'From → to'], rows, 'Field by field'));
  return h('div', { class: 'diff', id: 'diff' }, ...parts);
}

export async function policyPage(ctx: Ctx): Promise<void> {
  const me = ctx.me;
  const msg = h('div', { id: 'policy-msg', 'aria-live': 'polite' });
  const list = h('div', { id: 'versions' });
  const detail = h('div', { id: 'version-detail' });
  let versions: Version[] = [];
  const active = (scope: string) => versions.find((v) => v.scope === scope && v.state === 'active');

  const act = async (work: () => Promise<unknown>, done: string, keep?: string) => {
    try {
      await work();
      fill(msg, status('ok', done));
      await load(keep);
    } catch (e) {
      fill(msg, status('bad', errorText(e)));
    }
  };

  const button = (v: Version, action: Action, label: string, run: () => Promise<unknown>) => {
    const why = blocker(me, v, action);
    const id = `${action}-${v.id}`;
    const b = h('button', { type: 'button', id, disabled: why !== null, 'aria-describedby': why ? `${id}-why` : null }, label);
    b.addEventListener('click', () => void act(run, `${v.id}: ${action} done.`, v.id));
    return h('div', { class: 'action' }, b, why ? h('small', { id: `${id}-why`, class: 'why' }, why) : null);
  };

  const show = async (v: Version) => {
    const post = (path: string, body?: unknown) => api(`/admin/policy/versions/${v.id}/${path}`, { method: 'POST', body });
    const percent = h('input', { id: 'canary-percent', type: 'number', min: 0, max: 100, value: 10 });
    const canWrite = can(me, 'policy:write');
    fill(
      detail,
      h(
        'h2',
        {},
        `Version ${v.id} (${v.scope}) — ${v.state}${v.mode ? `, ${v.mode}${v.canaryPercent !== null ? ` ${v.canaryPercent} %` : ''}` : ''}`,
      ),
      h(
        'p',
        { class: 'muted' },
        `Written by ${v.author}${v.submittedBy ? `, submitted by ${v.submittedBy}` : ''}${v.approvedBy ? `, approved by ${v.approvedBy}` : ''}${v.rejectedBy ? `, rejected by ${v.rejectedBy}` : ''}.`,
      ),
      h(
        'div',
        { class: 'actions' },
        canWrite || v.state === 'draft' ? button(v, 'submit', 'Submit for approval', () => post('submit')) : null,
        button(v, 'approve', 'Approve', () => post('approve')),
        button(v, 'reject', 'Reject', () => post('reject')),
        button(v, 'activate', 'Activate', () => post('activate')),
        button(v, 'shadow', 'Run in shadow', () => post('shadow', { enabled: true })),
        h(
          'div',
          { class: 'action' },
          field('Canary percent', percent),
          button(v, 'canary', 'Start canary', () => post('canary', { percent: Number(percent.value) })),
        ),
      ),
    );
    const base = active(v.scope);
    if (base && base.id !== v.id) {
      try {
        detail.append(diffView(await api<Diff>(`/admin/policy/versions/${v.id}/diff?against=${base.id}`)));
      } catch (e) {
        detail.append(status('bad', `Diff: ${errorText(e)}`));
      }
    }
    if (canWrite) {
      const sim = h('button', { type: 'button', id: 'simulate' }, 'Simulate on the last 24 hours of decisions');
      const out = h('div', { id: 'simulation', 'aria-live': 'polite' });
      sim.addEventListener('click', () => {
        void api<Record<string, number>>(`/admin/policy/versions/${v.id}/simulate?since=24h`, { method: 'POST' })
          .then((r) =>
            fill(
              out,
              table(
                ['Decisions replayed', 'Changed provider', 'New denials', 'Lifted denials', 'Cost delta'],
                [[String(r.decisions), String(r.changedProvider), String(r.newDenials), String(r.liftedDenials), usd(r.costDeltaUsd ?? 0)]],
                'Simulation',
              ),
            ),
          )
          .catch((e: unknown) => fill(out, status('bad', errorText(e))));
      });
      detail.append(h('h3', {}, 'Simulate'), sim, out);
    }
    if (v.mode === 'shadow') {
      try {
        const r = await api<Record<string, number>>(`/admin/policy/versions/${v.id}/shadow-report?since=24h`);
        detail.append(
          h('h3', {}, 'Shadow results (last 24 hours)'),
          table(
            ['Decisions', 'Agree', 'Disagree', 'Shadow denials', 'Cost delta'],
            [[String(r.decisions), String(r.agree), String(r.disagree), String(r.shadowDenials), usd(r.costDeltaUsd ?? 0)]],
          ),
        );
      } catch (e) {
        detail.append(status('bad', `Shadow report: ${errorText(e)}`));
      }
    }
  };

  const load = async (keep?: string) => {
    versions = (await api<{ data: Version[] }>('/admin/policy/versions')).data;
    const rows = [...versions].reverse().map((v) => {
      const open = h('button', { type: 'button', 'data-version': v.id }, `Open ${v.id}`);
      open.addEventListener('click', () => void show(v));
      return [
        v.id,
        v.scope,
        h('span', { class: `badge ${v.state}` }, v.state),
        v.mode ? `${v.mode}${v.canaryPercent !== null ? ` ${v.canaryPercent} %` : ''}` : '–',
        v.author,
        v.approvedBy ?? '–',
        when(v.createdAt),
        open,
      ];
    });
    fill(
      list,
      rows.length
        ? table(['Version', 'Scope', 'State', 'Mode', 'Author', 'Approver', 'Created', ''], rows, 'Policy versions, newest first')
        : status('info', 'No versions in the database yet.'),
    );
    const again = keep ? versions.find((v) => v.id === keep) : undefined;
    if (again) await show(again);
  };

  ctx.root.append(msg, list, detail);
  if (can(me, 'policy:approve')) ctx.root.append(rollbackForm(act));
  if (can(me, 'policy:write')) ctx.root.append(draftForm(me, () => versions, act));
  await load();
}

function rollbackForm(act: (w: () => Promise<unknown>, done: string) => Promise<void>): HTMLElement {
  const to = h('input', { id: 'rollback-to', name: 'to', placeholder: 'v1', pattern: 'v[0-9]+', required: true });
  const form = h(
    'form',
    { class: 'row', 'aria-label': 'Roll back' },
    field('Roll back to version', to),
    h('button', { type: 'submit' }, 'Roll back'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void act(() => api('/admin/policy/rollback', { method: 'POST', body: { to: to.value } }), `Rolled back to ${to.value}.`);
  });
  return h('section', {}, h('h2', {}, 'Roll back'), form);
}

function draftForm(
  me: Whoami,
  versions: () => Version[],
  act: (w: () => Promise<unknown>, done: string, keep?: string) => Promise<void>,
): HTMLElement {
  const scopes: [string, string][] = me.tenant
    ? [[`tenant:${me.tenant}`, `tenant:${me.tenant}`]]
    : [
        ['platform', 'platform'],
        ...me.tenants.filter((t) => t !== '_platform').map((t): [string, string] => [`tenant:${t}`, `tenant:${t}`]),
      ];
  const scope = select('draft-scope', scopes);
  const bundle = h('textarea', { id: 'draft-bundle', name: 'bundle', rows: 14, spellcheck: 'false' });
  const start = h('button', { type: 'button', id: 'draft-from-active' }, 'Start from the active version');
  start.addEventListener('click', () => {
    const a = versions().find((v) => v.scope === scope.value && v.state === 'active');
    if (!a) return;
    void api<{ bundle: unknown }>(`/admin/policy/versions/${a.id}`).then((v) => (bundle.value = JSON.stringify(v.bundle, null, 2)));
  });
  const form = h(
    'form',
    { id: 'draft-form', 'aria-label': 'New draft' },
    field('Scope', scope),
    start,
    field('Bundle (YAML or JSON)', bundle),
    h('button', { type: 'submit', class: 'primary' }, 'Save draft'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    let body: unknown = bundle.value;
    try {
      body = JSON.parse(bundle.value) as unknown;
    } catch {
      // YAML text: the server parses it
    }
    let created = '';
    void act(
      async () => {
        created = (await api<{ id: string }>('/admin/policy/versions', { method: 'POST', body: { scope: scope.value, bundle: body } })).id;
      },
      'Draft saved: open it to submit it for approval.',
      undefined,
    ).then(() => created && document.querySelector<HTMLButtonElement>(`[data-version="${created}"]`)?.click());
  });
  return h('section', {}, h('h2', {}, 'New draft'), form);
}
