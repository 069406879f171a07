import { api, ApiError, errorText, session, whenUnauthorized } from './api.js';
import { fill, h, status } from './dom.js';
import type { Ctx, Page, Whoami } from './types.js';
import { beginSignIn, consoleConfig, finishSignIn, isCallback, providerLogout, type ConsoleConfig } from './sso.js';
import { auditPage } from './page-audit.js';
import { decisionsPage } from './page-decisions.js';
import { evaluationPage } from './page-evaluation.js';
import { overviewPage } from './page-overview.js';
import { policyPage } from './page-policy.js';
import { tenantsPage } from './page-tenants.js';

const TITLES: Record<Page, string> = {
  overview: 'Overview',
  decisions: 'Decisions',
  audit: 'Audit',
  tenants: 'Tenants and keys',
  policy: 'Policy',
  evaluation: 'Evaluation',
};
const RENDER: Record<Page, (ctx: Ctx) => Promise<void>> = {
  overview: overviewPage,
  decisions: decisionsPage,
  audit: auditPage,
  tenants: tenantsPage,
  policy: policyPage,
  evaluation: evaluationPage,
};

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const who = document.getElementById('who') as HTMLElement;
let me: Whoami | null = null;
let tenant: string | null = null;
let leave: (() => void)[] = [];
let config: ConsoleConfig = { oidc: null };

function ssoSection(): HTMLElement | null {
  const oidc = config.oidc;
  if (!oidc) return null;
  const button = h('button', { type: 'button', class: 'primary', id: 'sso' }, 'Sign in with SSO');
  const out = h('div', { id: 'sso-status', role: 'status' });
  button.addEventListener('click', () => {
    button.disabled = true;
    fill(out, 'Opening your organisation’s sign-in…');
    beginSignIn(oidc).catch((e: unknown) => {
      button.disabled = false;
      fill(out, status('bad', errorText(e)));
    });
  });
  return h(
    'section',
    { class: 'sso', 'aria-labelledby': 'sso-title' },
    h('h2', { id: 'sso-title' }, 'Your organisation’s account'),
    h('p', {}, 'Sign in at your identity provider (', h('code', {}, new URL(oidc.issuer).host), '); it sends you back here.'),
    button,
    out,
  );
}

function signInForm(message?: string): void {
  me = null;
  fill(nav);
  fill(who);
  const token = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const sso = ssoSection();
  const form = h(
    'form',
    { class: 'card signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    message ? status('bad', message) : null,
    sso,
    sso ? h('h2', { id: 'paste-title' }, 'Or paste a token or key') : null,
    h(
      'p',
      {},
      'Sign in with the same identity as the API: your organisation’s OIDC access token, or an admin API key. ',
      'The credential stays in this browser tab (session storage) and is sent only as an Authorization header to this gateway.',
    ),
    h('label', { class: 'field', for: 'token' }, h('span', {}, 'Access token or API key'), token),
    h(
      'p',
      { class: 'demo-note', id: 'demo-note' },
      h('strong', {}, 'Demo login: '),
      'with the embedded demo (npm start), paste a key from ',
      h('code', {}, 'data/demo-keys.json'),
      ' — admin (platform admin), compliance (platform auditor) or approver (policy approver). This is a demo convenience, not how people sign in in production.',
    ),
    h('button', { type: 'submit', class: sso ? '' : 'primary', id: 'paste-submit' }, 'Sign in with this token'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    session.signIn(token.value);
    void start();
  });
  fill(main, form);
  (sso?.querySelector('button') ?? token).focus();
}

function header(m: Whoami): void {
  fill(nav, h('ul', {}, ...m.pages.map((p) => h('li', {}, h('a', { href: `#/${p}`, 'data-page': p, id: `nav-${p}` }, TITLES[p])))));
  const pick = h('select', { id: 'tenant-pick', name: 'tenant' });
  if (m.tenant === null) pick.append(h('option', { value: '' }, 'All tenants'));
  for (const t of m.tenants) pick.append(h('option', { value: t, selected: t === tenant }, t));
  pick.addEventListener('change', () => {
    tenant = pick.value || null;
    void route();
  });
  const out = h('button', { type: 'button', id: 'sign-out' }, 'Sign out');
  out.addEventListener('click', () => {
    const sso = session.via() === 'sso' ? config.oidc : null;
    session.signOut();
    location.hash = '';
    signInForm();
    // Ends the identity provider's session too, or the next "Sign in with SSO" would be silent.
    if (sso) void providerLogout(sso).then((url) => url && location.assign(url));
  });
  fill(
    who,
    h('label', { class: 'inline' }, h('span', {}, 'Tenant'), pick),
    h(
      'span',
      { class: 'actor', id: 'actor', title: m.roles.join(', ') },
      `${m.actor} · ${m.roles.join(', ')}${m.tenant ? ` · ${m.tenant}` : ''}`,
    ),
    out,
  );
}

async function route(): Promise<void> {
  if (!me) return;
  for (const stop of leave) stop();
  leave = [];
  const asked = location.hash.replace(/^#\/?/, '') as Page;
  const page = me.pages.includes(asked) ? asked : me.pages[0];
  if (!page) {
    fill(
      main,
      status('bad', 'These roles open no console page (a service key?). Sign in as a person with an admin, audit or policy role.'),
    );
    return;
  }
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${TITLES[page]} · Gateway console`;
  const root = h('section', { class: 'page', id: `page-${page}`, 'aria-labelledby': `title-${page}` });
  fill(main, h('h1', { id: `title-${page}` }, TITLES[page]), root);
  try {
    await RENDER[page]({ me, tenant, root, onLeave: (stop) => leave.push(stop) });
  } catch (e) {
    root.append(status('bad', errorText(e)));
  }
}

async function start(): Promise<void> {
  if (!session.token()) return signInForm();
  try {
    me = await api<Whoami>('/admin/whoami');
  } catch (e) {
    session.signOut();
    return signInForm(
      e instanceof ApiError && e.status === 401 ? `The gateway did not accept that key or token: ${e.message}` : errorText(e),
    );
  }
  tenant = me.tenant;
  header(me);
  await route();
}

/** First load: the gateway's SSO settings, then the identity provider's redirect back if this is one. */
async function boot(): Promise<void> {
  config = await consoleConfig();
  if (isCallback()) {
    try {
      const { token } = await finishSignIn(config.oidc);
      session.signIn(token, 'sso');
    } catch (e) {
      session.signOut();
      return signInForm(errorText(e));
    }
  }
  await start();
}

whenUnauthorized(() => {
  session.signOut();
  signInForm('Your session ended (the key was revoked or the token expired). Sign in again.');
});
window.addEventListener('hashchange', () => void route());
void boot();
