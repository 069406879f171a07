import type { Span } from '../types';
import { detectServiceAccountKeys } from './service-account';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectServiceAccountKeys(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

// Assembled at run time so secret scanners do not flag this file. The layout is Google Cloud's key file.
const j = (...parts: string[]): string => parts.join('');
const KEY_ID = j('3f1c9e7a5b2d4f6e8a0c', '1b3d5f7e9a2c4e6b8d0f');
const PEM = j(
  '-----BEGIN ',
  'PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\\n-----END ',
  'PRIVATE KEY-----\\n',
);
const B64 = j('LS0tLS1CRUdJTi', 'BQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVND');
const DER = j(
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
);
const keyFile = (id: string, key: string): string =>
  `{\n  "type": "service_account",\n  "project_id": "orders-prod",\n  "private_key_id": "${id}",\n  "private_key": "${key}",\n` +
  '  "client_email": "orders@orders-prod.iam.gserviceaccount.com",\n  "client_id": "113654201893745612345",\n' +
  '  "token_uri": "https://oauth2.googleapis.com/token"\n}';

describe('detectServiceAccountKeys', () => {
  it.each([
    ['a GCP key file', keyFile(KEY_ID, PEM), [KEY_ID, PEM]],
    ['a key file with a base64-encoded PEM', keyFile(KEY_ID, B64), [KEY_ID, B64]],
    ['a key file with a bare DER body', keyFile(KEY_ID, DER), [KEY_ID, DER]],
    ['a Python dict literal', `creds = {'type': 'service_account', 'private_key': '${PEM}'}`, [PEM]],
    ['a Terraform/YAML-ish assignment', `private_key = "${PEM}"`, [PEM]],
  ])('finds the key in %s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    keyFile('your-private-key-id', '-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n').replace(
      /-----BEGIN[^"]*/,
      '<your-private-key>',
    ),
    keyFile('', ''),
    keyFile('0000000000000000000000000000000000000000', 'REDACTED'),
    '{"private_key": {"type": "string", "description": "PEM-encoded key"}}',
    'private_key = file("${path.module}/key.pem")',
    `{"private_key_id": "${KEY_ID}"}`, // a key id outside a service-account file is not reported
    'Set GOOGLE_APPLICATION_CREDENTIALS to the path of the JSON file that contains your private_key.',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
