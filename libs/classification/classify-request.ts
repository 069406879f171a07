import { requestTexts, type DataLevel, type FieldGroup, type OpaquePart, type RequestTexts } from '@libs/core';
import { classifyTexts, type Classification, type Finding } from './classify';
import { blobKind, decodeBlob } from './decode';
import { findingRole } from './categories';

/** A request body as the classifier reads it: one analysable text per text of `requestTexts`. */
export interface ReadableRequest {
  /** What the analyzer reads, index for index with `source.texts` (blobs decoded; unreadable ones empty). */
  texts: string[];
  source: RequestTexts;
  /** Everything the classifier could not read: image/audio/file parts and undecodable blobs. */
  opaque: OpaquePart[];
}

/** Image, audio and file parts (and undecodable blobs elsewhere) by kind; all zero when everything was read. */
export type OpaqueCounts = Record<OpaquePart['kind'], number>;

export interface RequestClassification extends Classification {
  opaque: OpaqueCounts;
  /** Top-level fields holding at least one finding that matters for the level, sorted: where data sat (never what it was). */
  fields: FieldGroup[];
}

/**
 * Enum values of the wire format and of JSON Schema ("user", "function", "string", "json_schema"): read,
 * and known to carry nothing, so they skip the analyzer (a tools request holds dozens of them).
 */
const WIRE_VALUES = new Set(
  (
    'system developer user assistant tool function text image_url input_audio input_image input_text output_text file input_file ' +
    'auto none required object string number integer boolean array null json_schema json_object content low high medium ' +
    'message refusal stop length tool_calls wav mp3 float base64'
  ).split(' '),
);

/** Walks the body once and decodes blobs: what the classifier (and an external Presidio) will read. */
export function readRequest(body: Readonly<Record<string, unknown>>): ReadableRequest {
  const source = requestTexts(body);
  const opaque = [...source.opaque];
  const texts = source.texts.map((t, i) => {
    const hint = source.hints[i];
    if (hint === 'text') return t.length <= 16 && WIRE_VALUES.has(t) ? '' : t;
    // Same length, so findings keep their offsets.
    if (hint === 'handle') return t.replace(/[_-]/g, ' ');
    const decoded = decodeBlob(t);
    if (decoded !== null) return decoded;
    if (hint === 'blob') opaque.push({ kind: blobKind(t), field: source.fields[i] ?? 'other' });
    return '';
  });
  return { texts, source, opaque };
}

/**
 * Classifies every text a provider could read in the request (SPEC §4), as one conversation.
 * Findings index `read.source.texts`; a finding inside a decoded blob covers the whole blob.
 */
export function classifyReadable(read: ReadableRequest, extra: readonly Finding[] = []): RequestClassification {
  const c = classifyTexts(read.texts, extra, read.source.contexts);
  const { source } = read;
  for (const f of c.findings) {
    const hint = source.hints[f.text];
    if (hint !== 'text' && hint !== 'handle') {
      f.start = 0;
      f.end = source.texts[f.text]?.length ?? 0;
    }
  }
  const fields = [...new Set(c.findings.filter((f) => findingRole(f) !== 'none').map((f) => source.fields[f.text] ?? 'other'))].sort();
  const opaque: OpaqueCounts = { image: 0, audio: 0, file: 0 };
  for (const p of read.opaque) opaque[p.kind]++;
  return { ...c, opaque, fields };
}

export function classifyRequest(body: Readonly<Record<string, unknown>>, extra: readonly Finding[] = []): RequestClassification {
  return classifyReadable(readRequest(body), extra);
}

/** The policy's choice for content the classifier cannot read (`unreadableContent`, default restricted). */
export type UnreadableContent = 'restricted' | 'confidential' | 'refuse';

/**
 * The least level that unreadable parts give a request: public when there are none, else the policy's
 * level; `refuse` counts as restricted here (the caller refuses such a request anyway).
 */
export function unreadableLevel(opaque: OpaqueCounts | undefined, setting: UnreadableContent = 'restricted'): DataLevel {
  if (opaque === undefined || opaque.image + opaque.audio + opaque.file === 0) return 'public';
  return setting === 'confidential' ? 'confidential' : 'restricted';
}
