import { detectCreditCards } from './credit-card';
import { IDS_DETECTORS } from './index';
import { detectUsSsn } from './us-ssn';
import type { Detector, Span } from '../types';

/**
 * Linear time (SPEC §4 / issue 3): every ids detector reads 1 MB of input built to provoke
 * backtracking — long digit runs, repeated separators, huge tokens, near-miss identifiers repeated
 * back to back — and must come back with well-formed spans. No timing assertion: a quadratic regex
 * would not finish within the jest timeout.
 */
const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const INPUTS: [string, string][] = [
  ['a digit run', fill('7')],
  ['spaced digits', fill('1 ')],
  ['dashed digits', fill('4-')],
  ['dotted digits', fill('9.')],
  ['digit groups of four', fill('4111 ')],
  ['repeated separators', fill(' - . -')],
  ['a huge letter token', fill('A')],
  ['a huge alphanumeric token', fill('DE89')],
  ['near-miss IBANs', fill('DE89 3704 0044 0532 0130 01 ')],
  ['near-miss IBANs without gaps', fill('DE8937040044053201300')],
  ['near-miss cards', fill('4111 1111 1111 1112 ')],
  ['cued near misses', fill('SSN NHS NPI DEA routing passport licence account 123-45-678 ')],
  ['NINO-like runs', fill('AB 12 34 56 ')],
  ['fiscal-code-like runs', fill('RSSMRA85T10A562')],
  ['line breaks', fill('1234\n')],
];

const DETECTORS: [string, Detector][] = [
  ['detectCreditCards', detectCreditCards],
  ['detectUsSsn', detectUsSsn],
  ...IDS_DETECTORS.map((d): [string, Detector] => [d.name, d]),
];

describe.each(DETECTORS)('%s on 1 MB of adversarial input', (_name, detect) => {
  it.each(INPUTS)('%s', (_label, text) => {
    const out: Span[] = [];
    detect(text, out);
    const malformed = out.filter((s) => !(s.start >= 0 && s.end > s.start && s.end <= text.length));
    expect(malformed).toEqual([]);
  });
});
