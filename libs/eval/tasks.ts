import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The task line of `gatewayctl eval` (SPEC §10): messages, optional workload, settings and tags, and one
 * grader. A task set is frozen by the SHA-256 of the file's exact bytes (`taskSetHash`).
 */

const Exact = z.strictObject({ type: z.literal('exact'), value: z.string(), normalize: z.boolean().optional() });
const Label = z.strictObject({ type: z.literal('label'), labels: z.array(z.string()).min(1), value: z.string() });
const Regex = z.strictObject({
  type: z.literal('regex'),
  pattern: z.string().min(1).max(1000),
  flags: z
    .string()
    .regex(/^[imsu]*$/)
    .optional(),
});
const JsonSchema = z.strictObject({
  type: z.literal('json_schema'),
  schema: z.unknown(),
  required: z.array(z.string()).optional(),
});
const Numeric = z.strictObject({
  type: z.literal('numeric'),
  value: z.number(),
  tolerance: z.number().nonnegative().optional(),
});
const Judge = z.strictObject({ type: z.literal('judge'), route: z.string().min(1), rubric: z.string().min(1) });

export const GraderSchema = z.discriminatedUnion('type', [Exact, Label, Regex, JsonSchema, Numeric, Judge]);
export type Grader = z.infer<typeof GraderSchema>;

export const TaskSchema = z.strictObject({
  id: z.string().min(1).max(200),
  messages: z.array(z.record(z.string(), z.unknown())).min(1),
  workload: z.enum(['chat', 'extraction', 'classification', 'code', 'summarization']).optional(),
  tags: z.array(z.string().min(1).max(64)).max(20).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  grader: GraderSchema,
});
export type Task = z.infer<typeof TaskSchema>;

/** Settings a task may not set: the gateway picks the model, and eval answers are never streamed. */
const RESERVED_SETTINGS = ['model', 'messages', 'stream', 'n'];

export interface TaskSetProblem {
  line: number;
  message: string;
}

/** SHA-256 (hex) of the file's bytes: the identity of a frozen set. */
export function taskSetHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function problemOf(line: number, err: z.ZodError): TaskSetProblem {
  const issue = err.issues[0];
  const path = issue?.path.join('.') ?? '';
  return { line, message: `${path || 'task'}: ${issue?.message ?? 'invalid'}` };
}

function checkTask(task: Task, line: number, seen: Set<string>): TaskSetProblem | null {
  if (seen.has(task.id)) return { line, message: `id: duplicate id ${JSON.stringify(task.id)}` };
  const reserved = Object.keys(task.settings ?? {}).find((k) => RESERVED_SETTINGS.includes(k));
  if (reserved) return { line, message: `settings.${reserved}: not allowed (the target decides it)` };
  if (task.grader.type === 'regex') {
    try {
      new RegExp(task.grader.pattern, task.grader.flags);
    } catch {
      return { line, message: 'grader.pattern: not a valid regular expression' };
    }
  }
  if (task.grader.type === 'label' && !task.grader.labels.includes(task.grader.value))
    return { line, message: 'grader.value: must be one of grader.labels' };
  return null;
}

/**
 * Parses JSON Lines (blank lines and lines starting with `#` skipped). Problems name the line (1-based) and
 * the field, never the content. A set with any problem is refused as a whole.
 */
export function parseTaskSet(text: string): { tasks: Task[]; problems: TaskSetProblem[] } {
  const tasks: Task[] = [];
  const problems: TaskSetProblem[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      problems.push({ line, message: 'not valid JSON' });
      return;
    }
    const r = TaskSchema.safeParse(value);
    if (!r.success) return void problems.push(problemOf(line, r.error));
    const p = checkTask(r.data, line, seen);
    if (p) return void problems.push(p);
    seen.add(r.data.id);
    tasks.push(r.data);
  });
  if (tasks.length === 0 && problems.length === 0) problems.push({ line: 0, message: 'the task set is empty' });
  return { tasks, problems };
}

/** Does the task expect a JSON answer (its response_format, or a json_schema grader)? */
export function expectsJson(task: Task): boolean {
  const rf = task.settings?.response_format;
  const type = typeof rf === 'object' && rf !== null ? (rf as { type?: unknown }).type : undefined;
  return type === 'json_object' || type === 'json_schema' || task.grader.type === 'json_schema';
}
