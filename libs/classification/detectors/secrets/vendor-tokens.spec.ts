import { analyzeSpans } from '../../analyze';
import { detectSecretTokens } from '../secrets';
import { detectSecretAssignments } from '../secret-assignments';
import type { Span } from '../types';

const tokens = (text: string): string[] => {
  const out: Span[] = [];
  detectSecretTokens(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

// Assembled at run time so secret scanners do not flag this file. Shapes follow the vendors' docs;
// the random parts are made up.
const j = (...parts: string[]): string => parts.join('');
const R62 = 'q8ZkR2vW7xYp3LmN4bT6cD1eF9gH0jK5sA2uI9oP3kM';
const HEX = '4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b';
const V = {
  notion: j('secret_', '1XrcMF9RTlo2WS8R15UCxLlp8akr8GR6sVkZETQp290'),
  notionNew: j('ntn_', '53148823412', R62.slice(0, 35)),
  whsec: j('whsec_', R62.slice(0, 32)),
  shopify: j('shpat_', HEX),
  shopifyShared: j('shpss_', HEX),
  atlassian: j('ATATT3xFfGF0', (R62 + R62 + R62 + R62 + R62).slice(0, 172), '=9A1B2C3D'),
  sendgrid: j('SG.', '7m4Bg-TXo4X6OH2JLrmTld', '.', '4YHGsKaFB0rHLr2Ki810L_ppCVjAAFAZgHxT2-PU_bc'),
  mailgun: j('key-', HEX),
  twilioKey: j('SK', HEX),
  databricks: j('dapi', HEX, '-2'),
  digitalocean: j('dop_v1_', HEX, HEX),
  doppler: j('dp.st.', 'prd.', R62.slice(0, 43)),
  pypi: j('pypi-', 'AgEIcHlwaS5vcmcCJDI1ZjQ4YjQ5LTk2ZTAtNDk2Yy1hYmU4LTBmNGQ4ZTg2NGZmZQACKlsz'),
  linear: j('lin_api_', R62.slice(0, 40)),
  postman: j('PMAK-', '5f1d2c3b4a5e6f7a8b9c0d1e', '-', '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e'),
  grafanaSa: j('glsa_', R62.slice(0, 32), '_', '1a2b3c4d'),
  grafanaCloud: j('glc_', 'eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEyMyIsImsiOiJhYmMxMjMifQ=='),
  vault: j('hvs.', 'CAESIJ3kLmN4bT6cD1eF9gH0jK5sA2uI9oP3kMq8ZkR2vW7x'),
  heroku: j('HRKU-', 'AA', R62, 'AbCdEfGhIjKlMnO'),
  gocspx: j('GOCSPX-', '1a2B3c4D5e6F7g8H9i0JkLmNoPqR'),
  age: j('AGE-SECRET-KEY-1', 'QYZ3XKE8TZN9GXA9ZV8K7HSFPCL8TGDWJQXMHAYJRE7ZL6LRKQ5SQZ2GV8'),
  bcrypt: j('$2b$12$', 'R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'),
  argon2: j('$argon2id$v=19$m=65536,t=3,p=4$', 'c29tZXNhbHRzb21lc2FsdA', '$', 'RdescudvJCsgt3ub+b+dWRWJTmaaJObG'),
  sha512crypt: j(
    '$6$',
    'rounds=5000$',
    'saltsalt$',
    'qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/',
  ),
};

describe('vendor token formats', () => {
  it.each(Object.entries(V))('%s', (_name, token) => expect(tokens(`value: ${token} end`)).toEqual([token]));

  it('reports a Twilio auth token next to its account SID, not the SID', () => {
    const sid = j('AC', '06c840c33d4195321f4ba9b521ee0fad');
    const token = '57cf65c653aa77fb46faf91a670ae631';
    expect(tokens(`client = Client("${sid}", "${token}")`)).toEqual([token]);
    // a digest without a SID nearby is not a token
    expect(tokens(`md5 ${token}`)).toEqual([]);
  });

  it.each([
    ['publishable Stripe key', j('pk_live_', '51H8xQ2eZvKYlo2C8q3Xk9mq2LpXk9mq2Lp')],
    ['a Notion-like word run', 'secret_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq'],
    ['secret_ with a short body', 'secret_handshake_2024'],
    ['a placeholder word', 'key-management'],
    ['a shortened hash', j('$2b$12$', 'R9h/cIPz0gi')],
    ['a bare SK word', 'SKU1234'],
    ['a PyPI name', 'pypi-server'],
    ['a DigitalOcean doc stub', 'dop_v1_xxxxxxxx'],
  ])('%s is not a token', (_name, text) => expect(tokens(text)).toEqual([]));

  it('takes vendor-prefixed values under any key, and prefixes that spell a word do not make them placeholders', () => {
    const out: Span[] = [];
    const text = `notion_token: ${V.notion}\ntoken=${V.notion}\napi_key: ${j('test_', '4eC39HqLyjWDarjtT1zdp7dc')}`;
    detectSecretAssignments(text, out);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual([V.notion, V.notion, j('test_', '4eC39HqLyjWDarjtT1zdp7dc')]);
  });

  it('a Heroku API key (a UUID) is an assignment', () => {
    const text = 'HEROKU_API_KEY=01234567-89ab-4cde-8f01-23456789abcd';
    expect(analyzeSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['01234567-89ab-4cde-8f01-23456789abcd']);
  });

  it('JSON metadata with a Notion token is a credential', () => {
    const text = `{"source":"notion-sync","notion_token":"${V.notion}","run":"130295"}`;
    expect(
      analyzeSpans(text)
        .filter((s) => s.entityType === 'API_KEY_SECRET')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual([V.notion]);
  });
});
