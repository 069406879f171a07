import { api, errorText } from './api.js';
import { field, fill, h, select, status, table, when } from './dom.js';
import { can, type Ctx } from './types.js';

interface Tenant {
  id: string;
  region: string;
  floor: string;
  monthlyBudgetUsd: number | null;
  suspended: boolean;
}
interface KeyInfo {
  id: string;
  tenant: string | null;
  roles: string[];
  label: string | null;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  replacedBy: string | null;
}
interface IssuedKey {
  id: string;
  key: string;
  tenant: string | null;
  roles: string[];
}

const ROLES = [
  'invoke',
  'viewer',
  'compliance-officer',
  'policy-author',
  'policy-approver',
  'security-admin',
  'platform-admin',
  'platform-auditor',
];

/** The new key, shown once: it is not stored anywhere the console or the gateway could show it again. */
function oneTime(k: IssuedKey, what: string): HTMLElement {
  const box = h('input', { id: 'new-key', readonly: true, value: k.key, 'aria-label': 'New key (shown once)', spellcheck: 'false' });
  const copy = h('button', { type: 'button' }, 'Copy');
  copy.addEventListener('click', () => {
    box.select();
    void navigator.clipboard?.writeText(k.key);
  });
  const done = h('button', { type: 'button', id: 'key-stored' }, 'I have stored it: hide the key');
  const el = h(
    'div',
    { class: 'card once', role: 'alert' },
    h('h3', {}, `${what}: ${k.id}`),
    h('p', {}, 'Copy it now. It is shown this once; only its hash is kept.'),
    h('div', { class: 'row' }, box, copy),
    done,
  );
  done.addEventListener('click', () => el.remove());
  return el;
}

export async function tenantsPage(ctx: Ctx): Promise<void> {
  const platform = ctx.me.tenant === null;
  const msg = h('div', { id: 'tenants-msg', 'aria-live': 'polite' });
  const tenantsBox = h('div', { id: 'tenants' });
  const keysBox = h('div', { id: 'keys' });
  const keyScope = select(
    'key-scope',
    platform
      ? [['', 'Platform keys'], ...ctx.me.tenants.filter((t) => t !== '_platform').map((t): [string, string] => [t, t])]
      : [[ctx.me.tenant ?? '', ctx.me.tenant ?? '']],
    ctx.tenant ?? (platform ? '' : (ctx.me.tenant ?? '')),
  );

  const loadTenants = async () => {
    if (!can(ctx.me, 'tenants:admin')) return;
    const r = await api<{ data: Tenant[] }>('/admin/tenants');
    fill(
      tenantsBox,
      table(
        ['Tenant', 'Region', 'Floor', 'Monthly budget', 'State', ''],
        r.data.map((t) => {
          const suspend = h('button', { type: 'button', disabled: t.suspended }, `Suspend ${t.id}`);
          suspend.addEventListener(
            'click',
            () => void act(() => api(`/admin/tenants/${t.id}/suspend`, { method: 'POST' }), `Tenant ${t.id} suspended.`),
          );
          return [
            t.id,
            t.region,
            t.floor,
            t.monthlyBudgetUsd === null ? '–' : `$${t.monthlyBudgetUsd}`,
            t.suspended ? 'suspended' : 'active',
            suspend,
          ];
        }),
        'Tenants',
      ),
    );
  };

  const loadKeys = async () => {
    const scope = keyScope.value;
    const r = await api<{ data: KeyInfo[] }>(`/admin/keys${scope ? `?tenant=${encodeURIComponent(scope)}` : ''}`);
    fill(
      keysBox,
      r.data.length === 0
        ? status('info', 'No keys in this scope.')
        : table(
            ['Key id', 'Roles', 'Label', 'Created', 'Expires', 'State', 'Actions'],
            r.data.map((k) => [
              h('code', {}, k.id),
              k.roles.join(', '),
              k.label ?? '–',
              when(k.createdAt),
              when(k.expiresAt),
              k.revokedAt ? `revoked ${when(k.revokedAt)}` : 'active',
              k.revokedAt ? '' : keyActions(k),
            ]),
            'Keys (secrets are never listed)',
          ),
    );
  };

  // Revoking is two clicks on purpose: the first arms the button, the second (same place, keyboard-friendly) acts.
  const keyActions = (k: KeyInfo): HTMLElement => {
    const rotate = h('button', { type: 'button', 'data-rotate': k.id }, 'Rotate');
    rotate.addEventListener(
      'click',
      () =>
        void act(async () => {
          const issued = await api<IssuedKey>(`/admin/keys/${k.id}/rotate`, { method: 'POST' });
          fill(msg, oneTime(issued, `Rotated ${k.id}; new key`));
        }),
    );
    const revoke = h('button', { type: 'button', class: 'danger', 'data-revoke': k.id }, 'Revoke');
    revoke.addEventListener('click', () => {
      if (revoke.dataset.armed !== 'yes') {
        revoke.dataset.armed = 'yes';
        revoke.textContent = `Confirm: revoke ${k.id}`;
        return;
      }
      void act(
        () => api(`/admin/keys/${k.id}`, { method: 'DELETE' }),
        `Key ${k.id} revoked: it stops working within seconds on every gateway.`,
      );
    });
    return h('div', { class: 'buttons' }, rotate, revoke);
  };

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) fill(msg, status('ok', done));
      await Promise.all([loadTenants(), loadKeys()]);
    } catch (e) {
      fill(msg, status('bad', errorText(e)));
    }
  };

  // New key.
  const roleBoxes = ROLES.map((r) => h('input', { type: 'checkbox', name: 'roles', value: r, id: `role-${r}` }));
  const label = h('input', { id: 'key-label', name: 'label', maxlength: 200 });
  const keyForm = h(
    'form',
    { id: 'new-key-form', 'aria-label': 'Create a key' },
    h('fieldset', {}, h('legend', {}, 'Roles'), ...roleBoxes.map((b) => h('label', { class: 'inline' }, b, h('span', {}, b.value)))),
    field('Label', label, 'what the key is for, e.g. the service name'),
    h('button', { type: 'submit', class: 'primary' }, 'Create key'),
  );
  keyForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const roles = roleBoxes.filter((b) => b.checked).map((b) => b.value);
    void act(async () => {
      const issued = await api<IssuedKey>('/admin/keys', {
        method: 'POST',
        body: { tenant: keyScope.value || null, roles, label: label.value || undefined },
      });
      fill(msg, oneTime(issued, 'New key'));
    });
  });
  keyScope.addEventListener('change', () => void loadKeys().catch((e: unknown) => fill(msg, status('bad', errorText(e)))));

  if (can(ctx.me, 'tenants:admin') && platform) {
    const id = h('input', { id: 't-id', name: 'id', required: true, pattern: '[a-z0-9][a-z0-9_-]{0,62}' });
    const region = h('input', { id: 't-region', name: 'region', required: true, placeholder: 'us, eu, …' });
    const floor = select(
      't-floor',
      ['public', 'internal', 'confidential', 'restricted'].map((l): [string, string] => [l, l]),
    );
    const tForm = h(
      'form',
      { id: 'new-tenant-form', class: 'row', 'aria-label': 'Create a tenant' },
      field('Tenant id', id),
      field('Region', region),
      field('Data floor', floor),
      h('button', { type: 'submit', class: 'primary' }, 'Create tenant'),
    );
    tForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void act(
        () => api('/admin/tenants', { method: 'POST', body: { id: id.value, region: region.value, floor: floor.value } }),
        `Tenant ${id.value} created.`,
      );
    });
    ctx.root.append(h('h2', {}, 'Tenants'), tenantsBox, tForm);
  } else if (can(ctx.me, 'tenants:admin')) {
    ctx.root.append(h('h2', {}, 'Tenant'), tenantsBox);
  }
  ctx.root.append(msg, h('h2', {}, 'Keys'), field('Scope', keyScope), keysBox);
  if (can(ctx.me, 'keys:admin')) ctx.root.append(h('h3', {}, 'Create a key'), keyForm);
  await Promise.all([loadTenants(), loadKeys()]);
}
