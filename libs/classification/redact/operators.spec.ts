import { createHmac } from 'node:crypto';
import { applyOperator, operatorMapProblems, operatorProblem, type Operator } from './operators';

const KEY = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');

describe('redaction operators (Presidio names and parameters)', () => {
  it.each<[string, Operator, string, string]>([
    ['replace, default', { type: 'replace' }, 'jane@example.com', '<EMAIL_ADDRESS>'],
    ['replace, new_value', { type: 'replace', new_value: '[email]' }, 'jane@example.com', '[email]'],
    ['replace, empty new_value', { type: 'replace', new_value: '' }, 'jane@example.com', ''],
    ['mask, all by default', { type: 'mask' }, '4111', '****'],
    ['mask, first 4', { type: 'mask', masking_char: '#', chars_to_mask: 4 }, '4111111111111111', '####111111111111'],
    ['mask, last 4', { type: 'mask', masking_char: '*', chars_to_mask: 4, from_end: true }, '4111111111111111', '411111111111****'],
    ['mask, more than the value', { type: 'mask', masking_char: '*', chars_to_mask: 99 }, 'abc', '***'],
    ['mask, negative count masks nothing', { type: 'mask', masking_char: '*', chars_to_mask: -3 }, 'abc', 'abc'],
    ['mask, zero', { type: 'mask', masking_char: '*', chars_to_mask: 0, from_end: true }, 'abc', 'abc'],
    ['mask counts code points, not UTF-16 units', { type: 'mask', masking_char: '*', chars_to_mask: 2 }, '😀😀ab', '**ab'],
    ['mask from end keeps emoji whole', { type: 'mask', masking_char: '*', chars_to_mask: 1, from_end: true }, 'ab😀', 'ab*'],
    ['mask with an astral masking char', { type: 'mask', masking_char: '🔒', chars_to_mask: 2 }, 'abc', '🔒🔒c'],
    ['redact', { type: 'redact' }, 'secret', ''],
    ['keep', { type: 'keep' }, 'secret', 'secret'],
  ])('%s', (_name, op, value, expected) => expect(applyOperator(op, 'EMAIL_ADDRESS', value)).toBe(expected));

  it('hashes with HMAC-SHA-256 under the tenant key, hex', () => {
    const out = applyOperator({ type: 'hash', key: KEY }, 'PERSON', 'Jane Doe');
    expect(out).toBe(createHmac('sha256', KEY).update('Jane Doe', 'utf8').digest('hex'));
    expect(out).toMatch(/^[0-9a-f]{64}$/);
    expect(applyOperator({ type: 'hash', key: KEY }, 'PERSON', 'Jane Doe')).toBe(out);
    const otherTenant = Buffer.alloc(32, 7);
    expect(applyOperator({ type: 'hash', key: otherTenant }, 'PERSON', 'Jane Doe')).not.toBe(out);
  });

  it.each<[string, Operator, string | null]>([
    ['a valid mask', { type: 'mask', masking_char: '*', chars_to_mask: 4 }, null],
    ['a two-char masking char', { type: 'mask', masking_char: '**' }, 'operators.X.masking_char must be exactly one character'],
    ['an empty masking char', { type: 'mask', masking_char: '' }, 'operators.X.masking_char must be exactly one character'],
    ['a fractional count', { type: 'mask', chars_to_mask: 1.5 }, 'operators.X.chars_to_mask must be an integer'],
    ['a short hash key', { type: 'hash', key: Buffer.alloc(8) }, 'operators.X.key must be at least 16 bytes'],
    ['a valid hash key', { type: 'hash', key: KEY }, null],
    ['an unknown type', { type: 'encrypt' } as unknown as Operator, 'operators.X.type must be one of replace, mask, hash, redact, keep'],
  ])('validates %s', (_name, op, problem) => expect(operatorProblem(op, 'operators.X')).toBe(problem));

  it('lists every problem of a map, naming the field', () => {
    expect(
      operatorMapProblems({
        DEFAULT: { type: 'redact' },
        PERSON: { type: 'mask', masking_char: 'ab' },
        IBAN_CODE: { type: 'hash', key: Buffer.alloc(0) },
      }),
    ).toEqual(['operators.PERSON.masking_char must be exactly one character', 'operators.IBAN_CODE.key must be at least 16 bytes']);
  });
});
