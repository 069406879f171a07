import { api, apiBlob, apiText, errorText, query } from './api.js';
import { field, fill, h, status, table, when } from './dom.js';
import { lastNote, verifyExportText, type VerifyResult } from './ledger-verify.js';
import type { Ctx } from './types.js';
import { webCrypto } from './webcrypto.js';

const PIN = 'gateway-console.vkey';
const SEEN = (tenant: string) => `gateway-console.checkpoint.${tenant}`;

interface CheckpointRow {
  treeSize: number;
  rootHash: string;
  note: string;
  createdAt: string;
}

function verdict(r: VerifyResult, source: string): HTMLElement {
  if (r.ok)
    return status(
      'ok',
      h('strong', {}, 'Verified. '),
      `${source}: ${r.entries} entries of ${r.tenant}, tree size ${r.treeSize}, root ${r.rootHash.slice(0, 16)}…, ${r.checkpoints} checkpoints; `,
      'every leaf hash, every root, the proofs and the Ed25519 signatures check out against the pinned key (in this browser, with WebCrypto).',
    );
  const where =
    r.firstBadSeq !== undefined
      ? `FIRST BAD SEQ: ${r.firstBadSeq}`
      : r.range
        ? `BAD RANGE: ${r.range[0]}..${r.range[1]}`
        : r.inputError
          ? 'BAD INPUT'
          : 'FAILED';
  return status(
    'bad',
    h('strong', { id: 'first-bad' }, where),
    ` — ${r.reason}${r.line !== undefined ? ` (line ${r.line})` : ''}. Source: ${source}.`,
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function auditPage(ctx: Ctx): Promise<void> {
  const tenant = ctx.tenant ?? ctx.me.tenants[0] ?? null;
  if (!tenant) {
    ctx.root.append(status('info', 'No tenant log to show yet.'));
    return;
  }
  ctx.root.append(h('p', { class: 'muted' }, `Audit log of tenant ${tenant}. Pick another in the header.`));

  // Checkpoint history.
  const history = h('div', { id: 'checkpoints' });
  ctx.root.append(h('h2', {}, 'Checkpoint history'), history);
  try {
    const cps = await api<{ data: CheckpointRow[] }>(`/admin/checkpoints${query({ tenant, limit: 20 })}`);
    fill(
      history,
      cps.data.length
        ? table(
            ['Tree size', 'Root hash', 'Signed at'],
            cps.data.map((c) => [String(c.treeSize), h('code', {}, c.rootHash), when(c.createdAt)]),
            'Signed checkpoints, newest first (a new one at least every 10 s while the log moves)',
          )
        : status('info', 'No signed checkpoint yet: the first one follows the first entries within seconds.'),
    );
  } catch (e) {
    fill(history, status('bad', errorText(e)));
  }

  // The verifier key: pasted or pinned by the officer, never trusted from the page's own server by default.
  const vkey = h('textarea', { id: 'vkey', name: 'vkey', rows: 2, spellcheck: 'false' });
  vkey.value = localStorage.getItem(PIN) ?? '';
  const keyNote = h('p', { class: 'muted', id: 'vkey-note' }, vkey.value ? 'Using the key pinned in this browser.' : 'No key pinned yet.');
  const pin = h('button', { type: 'button', id: 'pin-vkey' }, 'Pin this key in this browser');
  pin.addEventListener('click', () => {
    localStorage.setItem(PIN, vkey.value.trim());
    keyNote.textContent = 'Pinned: later verifications in this browser use this key.';
  });
  const fromServer = h('button', { type: 'button', id: 'load-vkey' }, 'Fill in the server’s key');
  fromServer.addEventListener('click', () => {
    void apiText('/v1/audit/public-key').then((t) => {
      vkey.value = t.trim();
      keyNote.textContent =
        'Filled in from this gateway. Compare it with the key your organisation published (out of band) before pinning: a key taken from the server you are checking proves less.';
    });
  });

  const from = h('input', { id: 'a-from', type: 'datetime-local' });
  const to = h('input', { id: 'a-to', type: 'datetime-local' });
  const iso = (v: string) => (v ? new Date(v).toISOString() : null);
  const range = () => query({ tenant, from: iso(from.value), to: iso(to.value) });
  const useSeen = h('input', { id: 'use-seen', type: 'checkbox', checked: localStorage.getItem(SEEN(tenant)) !== null });
  const result = h('div', { id: 'verify-result', 'aria-live': 'polite' });

  const check = async (text: string, source: string) => {
    fill(result, status('info', 'Verifying in this browser…'));
    const prev = useSeen.checked ? (localStorage.getItem(SEEN(tenant)) ?? undefined) : undefined;
    const r = await verifyExportText(webCrypto, text, vkey.value, prev);
    fill(result, verdict(r, source));
    const note = r.ok ? lastNote(text) : null;
    if (note && r.ok && r.mode === 'full') localStorage.setItem(SEEN(tenant), note);
  };
  const verifyButton = h('button', { type: 'button', class: 'primary', id: 'verify' }, 'Download and verify in my browser');
  verifyButton.addEventListener('click', () => {
    void apiText(`/v1/audit/export${range()}&format=jsonl`)
      .then((t) => check(t, 'export downloaded from this gateway'))
      .catch((e: unknown) => fill(result, status('bad', errorText(e))));
  });
  const file = h('input', { id: 'verify-file', type: 'file', accept: '.jsonl,.ndjson,application/x-ndjson,text/plain' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void f.text().then((t) => check(t, `file ${f.name}`));
  });

  const exportAs = (format: 'jsonl' | 'csv') => {
    void apiBlob(`/v1/audit/export${range()}&format=${format}`)
      .then((b) => download(b, `ledger-${tenant}.${format}`))
      .catch((e: unknown) => fill(result, status('bad', errorText(e))));
  };
  const jsonl = h('button', { type: 'button', id: 'export-jsonl' }, 'Export JSON Lines');
  jsonl.addEventListener('click', () => exportAs('jsonl'));
  const csv = h('button', { type: 'button', id: 'export-csv' }, 'Export CSV');
  csv.addEventListener('click', () => exportAs('csv'));

  ctx.root.append(
    h('h2', {}, 'Verify in my browser'),
    h(
      'p',
      {},
      'The export is checked here, not by the server: each leaf hash and Merkle root (RFC 6962), inclusion proofs (time-range exports), ',
      'consistency proofs, and the Ed25519 signature of every checkpoint against the verifier key below (WebCrypto). ',
      'The same checks as gatewayctl ledger verify.',
    ),
    field('Verifier key (vkey)', vkey, 'name+keyid+base64 key, as GET /v1/audit/public-key or your records give it'),
    h('div', { class: 'buttons' }, pin, fromServer),
    keyNote,
    h('div', { class: 'row' }, field('From (optional)', from), field('To (optional)', to)),
    h(
      'label',
      { class: 'inline' },
      useSeen,
      h('span', {}, 'Also check that the log extends the checkpoint this browser verified last time'),
    ),
    h('div', { class: 'buttons' }, verifyButton, field('Or verify an export file', file)),
    result,
    h('h2', {}, 'Export'),
    h(
      'p',
      { class: 'muted' },
      'The time range above applies; without one the whole log is exported. Every export is itself recorded in the ledger.',
    ),
    h('div', { class: 'buttons' }, jsonl, csv),
  );
}
