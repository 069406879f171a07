import { detectCreditCards, issuerPlausible, luhnValid } from './credit-card';
import type { Span } from '../types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectCreditCards(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectCreditCards', () => {
  it.each([
    ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']],
    ['my credit card: 122000000000003', ['122000000000003']], // UATP
    ['371449635398431', ['371449635398431']], // Amex, 15 digits
    ['3782 822463 10005', ['3782 822463 10005']], // Amex grouping 4-6-5
    ['3056 930902 5904', ['3056 930902 5904']], // Diners grouping 4-6-4
    ['5555555555554444', ['5555555555554444']],
    ['2221000000000009', ['2221000000000009']], // Mastercard 2-series
    ['30569309025904', ['30569309025904']], // Diners, 14 digits
    ['6011000400000000', ['6011000400000000']],
    ['3528000700000000', ['3528000700000000']], // JCB
    ['6759649826438453', ['6759649826438453']], // Maestro
    ['card 4111 1111 1111 1111 exp 12/25', ['4111 1111 1111 1111']],
    ['card 4111 1111 1111 1111 12/25', ['4111 1111 1111 1111']],
    ['4111111111111111, thanks', ['4111111111111111']],
    ['card 4111\n1111 1111 1111', ['4111\n1111 1111 1111']], // split across a line break
    // the greedy match ran into the next line's date or amount
    ['Diners Club 3687 381877 7540\n12.02. Bahn 139,90 €', ['3687 381877 7540']],
    ['Karte 4111 1111 1111 1111\r\n12.02. Taxi', ['4111 1111 1111 1111']],
    ['{"cc":"4111111111111111"}', ['4111111111111111']],
    ['/pay?card=4111-1111-1111-1111&cvc=1', ['4111-1111-1111-1111']],
    ['https://shop.example/pay?step=2&cc=4111111111111111', ['4111111111111111']],
    ['card: 4111/1111/1111/1111 is not grouped', []],
    ['paste /4111111111111111 here', ['4111111111111111']], // a slash outside a URL
    ['card number 501234567896', ['501234567896']], // 12-digit Maestro after a card cue
    ['o site não aceita o cartão 5598.3105.4562.8141 validade 03/28', ['5598.3105.4562.8141']], // grouped by full stops
    // a full stop before or after a card grouped otherwise
    ['Kreditkarte Nr.4111 1111 1111 1111 gültig bis 03/27', ['4111 1111 1111 1111']],
    ['Please charge my card.4111 1111 1111 1111 exp 03/27', ['4111 1111 1111 1111']],
    ['Karte 4111 1111 1111 1111.03/27', ['4111 1111 1111 1111']],
    // read out in pieces with words between them, after a card cue
    [
      'Je dicte le numéro de ma carte : ça commence par 4768 8194, ensuite 8162 et ça finit par 1313. Expiration 03/27.',
      ['4768 8194, ensuite 8162 et ça finit par 1313'],
    ],
    ['My Amex card is 3782, then 822463, and last 10005.', ['3782, then 822463, and last 10005']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '4012-8888-8888-1882', // Luhn invalid
    'my credit card number is 36168002586008',
    '4111 1111 1111 1112',
    '1748503543012', // 13-digit millisecond timestamp
    '0000 0000 0000 0000',
    '4111-1111-1111-1111-2222', // longer dash-grouped number
    '4111 1111-1111 1111', // mixed separators
    '41 1111 1111 1111 11', // not grouped as printed
    'order 41111111111111111111111', // too long
    'id abc4111111111111111', // glued to a word
    'Order #123456789',
    '550e8400-e29b-41d4-a716-446655440000',
    '1234567812345670', // Luhn valid, but no issuer uses 1 with 16 digits
    '3312345678901238', // Luhn valid, 33 is no issuer range
    '5500000000000000004', // Mastercard is 16 digits
    'EAN 5901234123457', // a barcode: 13 digits need a card cue
    '501234567896', // 12 digits need a card cue
    'RS35 2600 0560 1001 6113 70', // part of a longer grouped number
    'Portugal 30971\n21 253 109 8211', // a postcode and a phone number
    'see https://chromestatus.com/feature/5068609911521280 for details', // an id in a URL path
    'version 4111.1111.1111.1111.2', // a longer dotted number
    '10.4111.1111.1111.1111', // a dotted run that goes on before it
    // four groups read out, but no card cue / a sentence between them / a Luhn-invalid whole
    'ça commence par 4768 8194, ensuite 8162 et ça finit par 1313',
    'Card on file. Rooms 4768 and 8194. Then 8162 and 1313.',
    'Votre carte : ça commence par 4768 8194, ensuite 8162 et ça finit par 1314',
    'New card readers were installed in room 4010 on Monday, room 4011 on Tuesday, 4012 on Wednesday and 4017 on Friday.',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
  ])('luhnValid(%p) is %p', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it.each([
    ['378282246310005', true],
    ['37828224631000', false],
    ['2131000000000008', false],
    ['213100000000008', true],
    ['4222222222222', true],
    ['42222222222222', false],
    ['7111111111111111', false],
  ])('issuerPlausible(%p) is %p', (digits, ok) => expect(issuerPlausible(digits)).toBe(ok));
});
