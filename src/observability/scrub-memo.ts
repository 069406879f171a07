/**
 * `scrub` (the redaction choke point) with a memory of texts that came back clean. The analyzer is
 * deterministic, so a text clean once is clean again and need not be analysed twice. Only clean texts
 * are remembered (nothing the analyzer found stays in memory), at most `max`, forgotten all at once.
 *
 * A caller may name a class of texts that scrub alike by a `key` (the ledger's explanations, keyed by
 * their shape with our own numbers set to zero): the key is remembered only when both it and the text
 * came back clean.
 */
export class ScrubMemo {
  private readonly clean = new Set<string>();

  constructor(
    private readonly scrub: (text: string) => string,
    private readonly max: number,
    private readonly maxKeyLength = Infinity,
  ) {}

  get size(): number {
    return this.clean.size;
  }

  scrubText(text: string, key = text): string {
    if (this.clean.has(key)) return text;
    const scrubbed = this.scrub(text);
    if (scrubbed === text && key.length <= this.maxKeyLength && (key === text || this.scrub(key) === key)) {
      if (this.clean.size >= this.max) this.clean.clear();
      this.clean.add(key);
    }
    return scrubbed;
  }
}
