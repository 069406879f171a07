import type { Span } from '../types';
import { MRZ_LINE_SCORE, MRZ_SCORE, detectMrz, mrzCheckDigit } from './mrz';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectMrz(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

// ICAO Doc 9303 specimens (the fictional state "UTO").
const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const TD2 = 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6';
const TD1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';

describe('detectMrz', () => {
  it('computes ICAO check digits (weights 7, 3, 1)', () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('120415')).toBe(9);
  });

  it.each([
    ['a passport (TD3)', TD3],
    ['an ID card (TD2)', TD2],
    ['an ID card (TD1)', TD1],
  ])('finds the whole zone of %s', (_, zone) => {
    expect(found(`Scanned page:\n${zone}\nthanks`)).toEqual([[zone, MRZ_SCORE]]);
  });

  it('finds a valid data line without its name line', () => {
    const line = TD3.split('\n')[1] as string;
    expect(found(`MRZ: ${line}`)).toEqual([[line, MRZ_LINE_SCORE]]);
  });

  it('handles CRLF and indentation', () => {
    const zone = TD3.replace('\n', '\r\n  ');
    expect(found(zone)).toEqual([[zone, MRZ_SCORE]]);
  });

  it.each([
    ['a wrong document-number check digit', TD3.replace('L898902C36', 'L898902C37')],
    ['a wrong composite check digit', TD3.replace(/10$/, '19')],
    ['a wrong birth-date check digit', TD2.replace('7408122', '7408123')],
    ['a TD1 with a wrong composite', TD1.replace('<<<6\n', '<<<7\n')],
    ['filler only', '<'.repeat(44) + '\n' + '<'.repeat(44)],
    ['a base64 run', 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo<ABCDEFGHI'],
  ])('ignores %s', (_, text) => expect(found(text)).toEqual([]));

  it('is linear on long filler runs', () => {
    const t0 = Date.now();
    found(('<'.repeat(43) + 'A\n').repeat(20000));
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
