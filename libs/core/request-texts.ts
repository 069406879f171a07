/**
 * The one traversal of everything a provider could read in a request body (SPEC §4): every string at
 * any depth (message contents and parts, names, tool call arguments and results, tool descriptions and
 * parameter schemas, `response_format`, `prediction`, `user`, `metadata`, `stop`, and any unknown field),
 * the keys of free-form objects (metadata keys, schema property names), and numbers outside the known
 * numeric settings. The classifier reads the texts; pseudonymisation rewrites them through the same walk,
 * so indices line up.
 *
 * Invariant: a string of the body that the walk does not yield is never sent: the only things skipped
 * are `model` (replaced by the routed model before egress) and the values of known numeric settings.
 */

/**
 * How a text should be read: plain text; a blob (a data: URL or base64 payload) to decode first; or
 * the payload of an image/audio/file part (decoded when it is text, else already counted as opaque);
 * or a participant handle (a message's `name`, `^[A-Za-z0-9_-]+$`, e.g. `Jane_Doe`), read with its
 * separators as spaces.
 */
export type TextHint = 'text' | 'blob' | 'part-payload' | 'handle';

/** Where a text sits: the top-level field it belongs to. Unknown fields are `other` (their names may carry data). */
export type FieldGroup =
  | 'messages'
  | 'input'
  | 'instructions'
  | 'tools'
  | 'tool_choice'
  | 'response_format'
  | 'text'
  | 'prediction'
  | 'user'
  | 'metadata'
  | 'stop'
  | 'functions'
  | 'other';

export interface RequestTextVisitor {
  /** Called once per readable text in walk order; the return value replaces the text in the copy. */
  (text: string, index: number, hint: TextHint, field: FieldGroup): string;
}

/** A part the classifier cannot read as text (an image, audio, a file). */
export interface OpaquePart {
  kind: 'image' | 'audio' | 'file';
  field: FieldGroup;
}

const KNOWN_GROUPS = new Set<string>([
  'messages',
  'input',
  'instructions',
  'tools',
  'tool_choice',
  'response_format',
  'text',
  'prediction',
  'user',
  'metadata',
  'stop',
  'functions',
]);

/** Top-level fields whose numbers are settings, never content (a seed or a token limit is not an identifier). */
const NUMERIC_SETTINGS = new Set<string>([
  'temperature',
  'top_p',
  'n',
  'max_tokens',
  'max_completion_tokens',
  'max_output_tokens',
  'presence_penalty',
  'frequency_penalty',
  'seed',
  'logprobs',
  'top_logprobs',
  'logit_bias',
  'dimensions',
  'stream_options',
  'top_k',
]);

/**
 * Keys of the OpenAI wire format and JSON Schema keywords: structure, not content. Any other key (a
 * metadata key, a schema property name, an unknown field's name) is read as text.
 */
const STRUCTURAL_KEYS = new Set<string>(
  (
    'model messages role content name tool_calls tool_call_id id type function arguments text image_url url detail ' +
    'input_audio data format file file_id file_data filename refusal audio input instructions tools tool_choice ' +
    'parallel_tool_calls response_format json_schema schema strict description parameters prediction user metadata stop ' +
    'stream stream_options include_usage temperature top_p n max_tokens max_completion_tokens max_output_tokens ' +
    'presence_penalty frequency_penalty seed logprobs top_logprobs logit_bias store reasoning_effort reasoning ' +
    'service_tier modalities verbosity encoding_format dimensions previous_response_id truncation include background ' +
    'call_id output status summary effort voice image_detail annotations web_search_options functions function_call ' +
    'properties required items enum const anyOf oneOf allOf not additionalProperties $defs definitions $ref title ' +
    'default examples minimum maximum exclusiveMinimum exclusiveMaximum minLength maxLength pattern minItems maxItems ' +
    'uniqueItems multipleOf nullable $schema'
  ).split(' '),
);

/** Content part types (chat and Responses API) whose payload is not text. */
const OPAQUE_PARTS: Readonly<Record<string, OpaquePart['kind']>> = {
  image_url: 'image',
  input_image: 'image',
  image: 'image',
  input_audio: 'audio',
  audio: 'audio',
  file: 'file',
  input_file: 'file',
};

/** A `data:` URL (RFC 2397): media type, parameters, then the payload after the comma. */
const DATA_URL = /^data:[\w.+-]*(?:\/[\w.+-]+)?(?:;[\w.+=-]+)*,/;

/** Longest key kept as a value's label. */
const MAX_CONTEXT = 64;

interface WalkState {
  index: number;
  visit: RequestTextVisitor;
  opaque: OpaquePart[];
  copy: boolean;
  /** Depth of opaque parts around the current value. */
  inPart: number;
  /** The current value is a message's `name` (a participant handle). */
  handle: boolean;
  /** The nearest free-form key above the current value (`mrn` in `{"mrn": "123"}`), or null. */
  context: string | null;
  contexts: (string | null)[] | null;
}

/** A payload rather than prose: a data: URL anywhere, or the base64 `data`/`file_data` of a part. */
function isBlobString(key: string | null, s: string): boolean {
  if (s.startsWith('data:') && DATA_URL.test(s.slice(0, 256))) return true;
  return (key === 'data' || key === 'file_data') && s.length >= 16;
}

function walk(value: unknown, key: string | null, field: FieldGroup, numeric: boolean, st: WalkState): unknown {
  if (typeof value === 'string') {
    let hint: TextHint = isBlobString(key, value) ? 'blob' : 'text';
    if (hint === 'blob' && st.inPart > 0) hint = 'part-payload';
    else if (st.handle) hint = 'handle';
    st.contexts?.push(st.context);
    return st.visit(value, st.index++, hint, field);
  }
  if (typeof value === 'number') {
    if (numeric || !Number.isFinite(value)) return value;
    const text = String(value);
    st.contexts?.push(st.context);
    const out = st.visit(text, st.index++, 'text', field);
    return out === text ? value : out;
  }
  if (Array.isArray(value)) {
    if (!st.copy) {
      for (const v of value) walk(v, key, field, numeric, st);
      return value;
    }
    return value.map((v) => walk(v, key, field, numeric, st));
  }
  if (value !== null && typeof value === 'object') return walkObject(value as Record<string, unknown>, field, numeric, st);
  return value; // booleans and null carry no text
}

/** A free-form key is read as a text (it may carry data) and becomes the label of the values below it. */
function visitKey(k: string, field: FieldGroup, st: WalkState): string {
  st.contexts?.push(null);
  const name = st.visit(k, st.index++, 'text', field);
  st.context = k.length <= MAX_CONTEXT ? k : null;
  return name;
}

function walkObject(obj: Record<string, unknown>, field: FieldGroup, numeric: boolean, st: WalkState): Record<string, unknown> {
  const kind = typeof obj.type === 'string' ? OPAQUE_PARTS[obj.type] : undefined;
  if (kind !== undefined) {
    st.opaque.push({ kind, field });
    st.inPart++;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) {
    const outer = st.context;
    const name = STRUCTURAL_KEYS.has(k) ? k : visitKey(k, field, st);
    st.handle = k === 'name' && typeof obj.role === 'string' && typeof obj[k] === 'string';
    const v = walk(obj[k], k, field, numeric, st);
    st.handle = false;
    st.context = outer;
    if (st.copy) out[name] = v;
  }
  if (kind !== undefined) st.inPart--;
  return st.copy ? out : obj;
}

function walkBody(body: Readonly<Record<string, unknown>>, st: WalkState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(body)) {
    const v = body[k];
    if (k === 'model') {
      out[k] = v; // replaced by the routed model; never sent as given
      continue;
    }
    const field: FieldGroup = KNOWN_GROUPS.has(k) ? (k as FieldGroup) : 'other';
    st.context = null;
    const name = field === 'other' && !STRUCTURAL_KEYS.has(k) ? visitKey(k, field, st) : k;
    const mapped = walk(v, k, field, NUMERIC_SETTINGS.has(k), st);
    if (st.copy) out[name] = mapped;
  }
  return out;
}

/** Every readable text of the body, in walk order, with how to read it and where it sits. */
export interface RequestTexts {
  texts: string[];
  hints: TextHint[];
  fields: FieldGroup[];
  /**
   * For a value, the nearest free-form key above it (`mrn` for `{"mrn": "4471"}`, or for a schema's
   * `properties.mrn.enum[0]`): the label a reader sees next to the value. Null for keys and for values
   * under structural keys only.
   */
  contexts: (string | null)[];
  /** Image, audio and file parts: their payload cannot be read as text. */
  opaque: OpaquePart[];
}

export function requestTexts(body: Readonly<Record<string, unknown>>): RequestTexts {
  const r: RequestTexts = { texts: [], hints: [], fields: [], contexts: [], opaque: [] };
  const visit: RequestTextVisitor = (text, _i, hint, field) => {
    r.texts.push(text);
    r.hints.push(hint);
    r.fields.push(field);
    return text;
  };
  walkBody(body, { index: 0, visit, opaque: r.opaque, copy: false, inPart: 0, handle: false, context: null, contexts: r.contexts });
  return r;
}

/**
 * A copy of the body with every text of `requestTexts` (same order, same indices) replaced by `fn`'s
 * result: the one traversal both the classifier and pseudonymisation rely on.
 */
export function mapRequestTexts<T extends Readonly<Record<string, unknown>>>(body: T, fn: (text: string, index: number) => string): T {
  const visit: RequestTextVisitor = (text, i) => fn(text, i);
  return walkBody(body, { index: 0, visit, opaque: [], copy: true, inPart: 0, handle: false, context: null, contexts: null }) as T;
}
