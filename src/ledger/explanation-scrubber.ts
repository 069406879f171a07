import { ScrubMemo } from '../observability/scrub-memo';

/**
 * Numbers the gateway itself writes into an explanation: an estimated cost (`formatUsd`, six decimals)
 * and a p95 latency (`formatMs`). They change with every request; the words around them come from the
 * policy and the classification's levels and categories, and repeat.
 */
const OUR_NUMBERS = /\$\d+\.\d{6} estimated|p95 \d+ ms/g;

const shapeOf = (text: string): string => text.replace(OUR_NUMBERS, (m) => (m.charCodeAt(0) === 36 ? '$0.000000 estimated' : 'p95 0 ms'));

/**
 * The ledger's free text still goes through the redaction choke point, but an explanation whose shape
 * (the text with our own numbers set to zero) was already found clean is not analysed again: the full
 * analyzer on every decision's explanation was about 3 % of a request's CPU, for text that is nearly
 * always the same few sentences. Anything with a finding is scrubbed in full every time (see ScrubMemo).
 * What is remembered is explanation text, built from policy ids, levels and our numbers, never from
 * request content; a policy change makes new shapes, and the old ones go when the memo fills.
 */
export class ExplanationScrubber {
  private readonly memo: ScrubMemo;

  constructor(scrub: (text: string) => string, maxShapes = 1024) {
    this.memo = new ScrubMemo(scrub, maxShapes);
  }

  scrubText(text: string): string {
    return this.memo.scrubText(text, shapeOf(text));
  }
}
