/**
 * A read-only string -> flags table for the NER lexicon (about 200k words), built once from a Map.
 * Open addressing over one Int32Array (per slot: the key's hash, its offset in the key pool, its
 * length + 1, its flags), the keys' characters in one pooled string. A lookup reads one slot and
 * the pooled characters; a Map of this size reads a bucket, an entry and the key string, each
 * somewhere in several MB, and on a core shared with other work those reads are cache misses:
 * word lookups were about a tenth of the classifier's time.
 */

/** Words per slot: hash, key offset, key length + 1 (0 = empty slot), flags. */
const STRIDE = 4;

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly pool: string;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 1;
    while (size * 2 < entries.size * 3) size <<= 1; // load factor at most two thirds: short probes
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    const keys: string[] = [];
    let offset = 0;
    for (const [key, flags] of entries) {
      const h = hashOf(key);
      let s = h & this.mask;
      while ((this.slots[s * STRIDE + 2] ?? 0) !== 0) s = (s + 1) & this.mask;
      const at = s * STRIDE;
      this.slots[at] = h;
      this.slots[at + 1] = offset;
      this.slots[at + 2] = key.length + 1;
      this.slots[at + 3] = flags;
      keys.push(key);
      offset += key.length;
    }
    this.pool = keys.join('');
  }

  /** Flags of `key`, or 0 when it is not in the table. */
  get(key: string): number {
    const h = hashOf(key);
    const slots = this.slots;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * STRIDE;
      const len = slots[at + 2] ?? 0;
      if (len === 0) return 0;
      if (slots[at] === h && len === key.length + 1 && this.keyAt(slots[at + 1] ?? 0, key)) return slots[at + 3] ?? 0;
    }
  }

  private keyAt(offset: number, key: string): boolean {
    for (let i = 0; i < key.length; i++) if (this.pool.charCodeAt(offset + i) !== key.charCodeAt(i)) return false;
    return true;
  }
}
