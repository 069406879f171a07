import { grade, parseJsonAnswer, type Grade } from './grade';
import { expectsJson, type Task } from './tasks';

/** What one answer was, before any judge: its text, a refusal, broken JSON, and its grade. */
export interface Assessment {
  text: string;
  refusal: boolean;
  /** The task expects JSON and the answer is not JSON (refusals are counted as refusals, not as broken JSON). */
  brokenJson: boolean;
  /** Null when the task expects no particular format. */
  formatOk: boolean | null;
  /** Null for a judge grader: the caller asks the judge route. */
  grade: Grade | null;
}

interface Choice {
  finish_reason?: unknown;
  message?: { content?: unknown; refusal?: unknown };
}

/** Reads an OpenAI chat completion (any shape: a malformed one is an empty answer that fails). */
export function assess(task: Task, response: unknown): Assessment {
  const choice = ((response as { choices?: Choice[] } | null)?.choices ?? [])[0];
  const text = typeof choice?.message?.content === 'string' ? choice.message.content : '';
  const refusal =
    (typeof choice?.message?.refusal === 'string' && choice.message.refusal !== '') || choice?.finish_reason === 'content_filter';
  const wantsJson = expectsJson(task);
  const parses = wantsJson && !refusal ? parseJsonAnswer(text) !== undefined : true;
  const g = task.grader;
  return {
    text,
    refusal,
    brokenJson: wantsJson && !refusal && !parses,
    formatOk: wantsJson ? !refusal && parses : null,
    grade: refusal ? { score: 0, pass: false } : g.type === 'judge' ? null : grade(g, text),
  };
}

/** The last user turn's text (what a judge is shown as the question). */
export function lastUserText(task: Task): string {
  for (let i = task.messages.length - 1; i >= 0; i--) {
    const m = task.messages[i];
    if (m?.role === 'user' && typeof m.content === 'string') return m.content;
  }
  return '';
}
