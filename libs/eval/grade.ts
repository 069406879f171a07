import { matchesSchema } from '@libs/routing';
import type { Grader } from './tasks';

/** A grade: `score` in [0, 1]; `pass` when the answer is good enough to count as a solved task. */
export interface Grade {
  score: number;
  pass: boolean;
}

const FAIL: Grade = { score: 0, pass: false };
const PASS: Grade = { score: 1, pass: true };

/** Case, accents, surrounding punctuation and runs of whitespace do not matter. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** The JSON inside an answer: the whole text, or the body of one fenced ```json block. Undefined when none parses. */
export function parseJsonAnswer(text: string): unknown {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  try {
    return JSON.parse(fenced?.[1] ?? text);
  } catch {
    return undefined;
  }
}

function gradeJson(g: Extract<Grader, { type: 'json_schema' }>, text: string): Grade {
  const value = parseJsonAnswer(text);
  if (value === undefined || !matchesSchema(g.schema, value)) return FAIL;
  const required = g.required ?? [];
  if (required.length === 0) return PASS;
  const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const present = required.filter((k) => obj[k] !== undefined && obj[k] !== null && obj[k] !== '').length;
  // Partial credit for the fields that are there; a pass needs all of them.
  return { score: present / required.length, pass: present === required.length };
}

/** The first number in the answer (thousands separators allowed), or NaN. */
export function firstNumber(text: string): number {
  const m = /-?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

/**
 * Grades an answer's text with every grader but `judge` (which needs a second model call: see judgePrompt).
 * Pure and total: bad answers score 0, never throw.
 */
export function grade(g: Exclude<Grader, { type: 'judge' }>, text: string): Grade {
  switch (g.type) {
    case 'exact':
      return (g.normalize ? normalise(text) === normalise(g.value) : text.trim() === g.value.trim()) ? PASS : FAIL;
    case 'label': {
      // One of the labels, and the right one; an answer naming a label that is not allowed fails.
      const said = normalise(text);
      return said === normalise(g.value) ? PASS : FAIL;
    }
    case 'regex':
      return new RegExp(g.pattern, g.flags).test(text) ? PASS : FAIL;
    case 'json_schema':
      return gradeJson(g, text);
    case 'numeric': {
      const n = firstNumber(text);
      return Number.isFinite(n) && Math.abs(n - g.value) <= (g.tolerance ?? 0) ? PASS : FAIL;
    }
  }
}

/** The judge's instructions: the rubric, the task's last user turn and the answer; it must reply with one score. */
export function judgePrompt(rubric: string, question: string, answer: string): { role: string; content: string }[] {
  return [
    {
      role: 'system',
      content: 'You grade an answer against a rubric. Reply with JSON only: {"score": <number from 0 to 1>}. ' + `Rubric: ${rubric}`,
    },
    { role: 'user', content: `Question:\n${question}\n\nAnswer:\n${answer}` },
  ];
}

/** The judge's score: `{"score": x}`, or the first number of its text (0..1, or 0..10 scaled down); pass at 0.5. */
export function judgeGrade(text: string): Grade {
  const parsed = parseJsonAnswer(text) as { score?: unknown } | undefined;
  let score = typeof parsed?.score === 'number' ? parsed.score : firstNumber(text);
  if (!Number.isFinite(score) || score < 0) return FAIL;
  if (score > 1 && score <= 10) score /= 10;
  if (score > 1) return FAIL;
  return { score, pass: score >= 0.5 };
}
