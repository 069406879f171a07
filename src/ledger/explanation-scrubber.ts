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
 * always the same few sentences. A shape is remembered only when both it and the text scrubbed clean;
 * anything with a finding is scrubbed in full every time. What is remembered is explanation text, which
 * is built from policy ids, levels and our numbers, never from request content.
 */
export class ExplanationScrubber {
  private readonly clean = new Set<string>();

  constructor(
    private readonly scrub: (text: string) => string,
    private readonly maxShapes = 1024,
  ) {}

  scrubText(text: string): string {
    const shape = shapeOf(text);
    if (this.clean.has(shape)) return text;
    const scrubbed = this.scrub(text);
    if (scrubbed === text && (shape === text || this.scrub(shape) === shape)) this.remember(shape);
    return scrubbed;
  }

  private remember(shape: string): void {
    if (this.clean.size >= this.maxShapes) this.clean.clear(); // a policy change makes new shapes; old ones go
    this.clean.add(shape);
  }
}
