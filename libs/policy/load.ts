/**
 * Loading a policy bundle from YAML text (one file or a folder's files, read by the shell).
 *
 * Contract: `loadPolicy` either returns a fully validated `PolicyBundle` or throws a
 * `PolicyLoadError` listing every problem as `<source>:<line>: <field>: <message>`, where the
 * field path and line refer to the file the problem is in. It never returns a partial bundle.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, policyErrorMap, toRawIssues, type IssuePath } from './issues';
import { PolicyBundleSchema, PolicyFileSchema, type PolicyBundle, type PolicyFile } from './schema';

export interface PolicySourceFile {
  /** A name for messages, e.g. `policies/default.yaml`. */
  source: string;
  text: string;
}

export interface PolicyIssue {
  source: string;
  /** 1-based; 0 when the bundle did not come from text (e.g. JSON from the database). */
  line: number;
  field: string;
  message: string;
}

export class PolicyLoadError extends Error {
  readonly source: string;
  readonly line: number;
  readonly field: string;

  /** `issues` is never empty; the first one is mirrored in `source`, `line` and `field`. */
  constructor(readonly issues: readonly PolicyIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'PolicyLoadError';
    const first = issues[0] ?? { source: '(none)', line: 0, field: '(root)', message: 'invalid policy' };
    this.source = first.source;
    this.line = first.line;
    this.field = first.field;
  }
}

export function formatIssue(i: PolicyIssue): string {
  return `${i.source}${i.line > 0 ? `:${i.line}` : ''}: ${i.field}: ${i.message}`;
}

const LISTS = ['providers', 'tenants', 'compliance', 'routes', 'rules'] as const;
type ListName = (typeof LISTS)[number];

interface ParsedFile {
  file: PolicySourceFile;
  doc: Document;
  lines: LineCounter;
  value: PolicyFile;
}

interface Origin {
  file: ParsedFile;
  index: number;
}

/**
 * Parses, merges and validates. Several files form one bundle: their lists are concatenated in
 * the order given (the caller SHOULD sort folder entries by name), `defaults` and `presidio` may be
 * set in several files only if they agree.
 */
export function loadPolicy(files: readonly PolicySourceFile[]): PolicyBundle {
  if (files.length === 0) {
    throw new PolicyLoadError([{ source: '(none)', line: 0, field: '(root)', message: 'no policy files' }]);
  }
  const issues: PolicyIssue[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const line = lineAtOffset(lines, e.pos[0]);
        issues.push({ source: file.source, line, field: '(yaml)', message: e.message.split('\n')[0] ?? e.code });
      }
      continue;
    }
    if (doc.contents === null) {
      issues.push({ source: file.source, line: 1, field: '(root)', message: 'file is empty (expected a mapping with apiVersion)' });
      continue;
    }
    const result = PolicyFileSchema.safeParse(doc.toJS(), { error: policyErrorMap });
    if (!result.success) {
      for (const i of toRawIssues(result.error.issues)) issues.push(locate({ file, doc, lines }, i.path, i.message));
      continue;
    }
    parsed.push({ file, doc, lines, value: result.data });
  }
  if (issues.length > 0) throw new PolicyLoadError(issues);

  const { merged, origins, owners } = merge(parsed, issues);
  if (issues.length > 0) throw new PolicyLoadError(issues);

  const result = PolicyBundleSchema.safeParse(merged, { error: policyErrorMap });
  if (result.success) return result.data;
  for (const i of toRawIssues(result.error.issues)) {
    const [head, index, ...rest] = i.path;
    const origin = isList(head) && typeof index === 'number' ? origins[head][index] : undefined;
    if (origin !== undefined && isList(head)) {
      issues.push(locate(origin.file, [head, origin.index, ...rest], i.message));
    } else {
      const owner = (typeof head === 'string' ? owners.get(head) : undefined) ?? parsed[0];
      if (owner !== undefined) issues.push(locate(owner, i.path, i.message));
    }
  }
  throw new PolicyLoadError(issues);
}

/** Validates an already-parsed bundle (e.g. a config version stored as JSON). */
export function validatePolicyBundle(value: unknown, source = '(bundle)'): PolicyBundle {
  const result = PolicyBundleSchema.safeParse(value, { error: policyErrorMap });
  if (result.success) return result.data;
  throw new PolicyLoadError(
    toRawIssues(result.error.issues).map((i) => ({ source, line: 0, field: formatPath(i.path), message: i.message })),
  );
}

function merge(parsed: readonly ParsedFile[], issues: PolicyIssue[]) {
  const merged: PolicyFile = { apiVersion: 'gateway.policy/v1', providers: [], tenants: [], compliance: [], routes: [] };
  const origins: Record<ListName, Origin[]> = { providers: [], tenants: [], compliance: [], routes: [], rules: [] };
  const owners = new Map<string, ParsedFile>();
  for (const file of parsed) {
    const v = file.value;
    owners.set('apiVersion', owners.get('apiVersion') ?? file);
    merged.providers.push(...v.providers);
    merged.tenants.push(...v.tenants);
    merged.compliance.push(...v.compliance);
    merged.routes.push(...v.routes);
    // Rules keep file order: a folder's files are read sorted by name, so the order is stable.
    if (v.rules !== undefined) merged.rules = [...(merged.rules ?? []), ...v.rules];
    for (const list of LISTS) (v[list] ?? []).forEach((_, index) => origins[list].push({ file, index }));
    mergeKeywordLists(merged, v, file, owners, issues);
    for (const key of ['presidio', 'unreadableContent'] as const) {
      const value = v[key];
      if (value === undefined) continue;
      const owner = owners.get(key);
      if (owner !== undefined && merged[key] !== value) issues.push(locate(file, [key], `conflicts with ${owner.file.source}`));
      (merged as Record<typeof key, string>)[key] = value;
      owners.set(key, owner ?? file);
    }
    for (const [alias, target] of Object.entries(v.aliases ?? {})) {
      const owner = owners.get(`aliases.${alias}`);
      if (owner !== undefined && merged.aliases?.[alias] !== target) {
        issues.push(locate(file, ['aliases', alias], `conflicts with ${owner.file.source}`));
      }
      merged.aliases = { ...merged.aliases, [alias]: target };
      owners.set(`aliases.${alias}`, owner ?? file);
    }
    for (const [key, value] of Object.entries(v.defaults ?? {}) as [keyof NonNullable<PolicyFile['defaults']>, number][]) {
      const name = `defaults.${key}`;
      const owner = owners.get(name);
      if (owner !== undefined && merged.defaults?.[key] !== value) {
        issues.push(locate(file, ['defaults', key], `conflicts with ${owner.file.source}`));
      }
      merged.defaults = { ...merged.defaults, [key]: value };
      owners.set(name, owner ?? file);
      owners.set('defaults', owners.get('defaults') ?? file);
    }
  }
  return { merged, origins, owners };
}

/** A list may be defined in one file only (two definitions that differ would make matching depend on file order). */
function mergeKeywordLists(merged: PolicyFile, v: PolicyFile, file: ParsedFile, owners: Map<string, ParsedFile>, issues: PolicyIssue[]) {
  for (const [name, words] of Object.entries(v.keywordLists ?? {})) {
    const owner = owners.get(`keywordLists.${name}`);
    if (owner !== undefined) {
      issues.push(locate(file, ['keywordLists', name], `keyword list ${name} is already defined in ${owner.file.source}`));
      continue;
    }
    merged.keywordLists = { ...merged.keywordLists, [name]: words };
    owners.set(`keywordLists.${name}`, file);
    owners.set('keywordLists', owners.get('keywordLists') ?? file);
  }
}

function isList(v: unknown): v is ListName {
  return typeof v === 'string' && (LISTS as readonly string[]).includes(v);
}

function locate(f: Pick<ParsedFile, 'file' | 'doc' | 'lines'>, path: IssuePath, message: string): PolicyIssue {
  return { source: f.file.source, line: lineOf(f.doc, f.lines, path), field: formatPath(path), message: withRuleId(f.doc, path, message) };
}

/** A problem inside a route rule names the rule by its id too (`rule refund-to-strong: …`), not only by index. */
function withRuleId(doc: Document, path: IssuePath, message: string): string {
  const [head, index] = path;
  if (head !== 'rules' || typeof index !== 'number') return message;
  const id: unknown = doc.getIn(['rules', index, 'id']);
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id) || message.includes(id)) return message;
  return `rule ${id}: ${message}`;
}

/** The line of the deepest node on `path` that exists (a map entry's key line for fields). */
function lineOf(doc: Document, lines: LineCounter, path: IssuePath): number {
  let node: unknown = doc.contents;
  let line = nodeLine(lines, node) ?? 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (pair === undefined) break;
      line = nodeLine(lines, pair.key) ?? nodeLine(lines, pair.value) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      line = nodeLine(lines, item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function nodeLine(lines: LineCounter, node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range: unknown = node.range;
  if (!Array.isArray(range) || typeof range[0] !== 'number') return undefined;
  return lineAtOffset(lines, range[0]);
}

function lineAtOffset(lines: LineCounter, offset: number): number {
  return Math.max(1, lines.linePos(offset).line);
}

/**
 * `sha256:` + 16 hex chars over the canonical (sorted-key) JSON of the validated bundle: the same
 * rules give the same version however they were split across files or ordered within a mapping.
 */
export function policyVersion(bundle: PolicyBundle): string {
  return contentHashOf(bundle);
}

/** `sha256:<16 hex>` of a policy document's canonical JSON (sorted keys): a bundle or a tenant overlay. */
export function contentHashOf(document: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(document)).digest('hex').slice(0, 16)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
