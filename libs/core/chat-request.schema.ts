import { z } from 'zod';
import { GatewayError } from './errors';
import type { ChatCompletionRequest } from './wire';

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const otherPart = z.looseObject({ type: z.string().refine((t) => t !== 'text') });
const toolCall = z.looseObject({
  id: z.string(),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

const message = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(z.union([textPart, otherPart])), z.null()]).optional(),
  name: z.string().max(256).optional(),
  tool_calls: z.array(toolCall).optional(),
  tool_call_id: z.string().optional(),
});

const positiveInt = z.number().int().positive();

/** The request schema: strict on the fields the gateway reads, permissive (passthrough) on the rest. */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().min(1).max(200),
  messages: z.array(message).min(1, 'messages must contain at least one message').max(10000),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: positiveInt.nullable().optional(),
  max_completion_tokens: positiveInt.nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  n: z.number().int().min(1).max(1).nullable().optional(),
  response_format: z.looseObject({ type: z.enum(['text', 'json_object', 'json_schema']) }).optional(),
  tools: z.array(z.looseObject({ type: z.string() })).optional(),
});

/**
 * Validates an already-parsed JSON body. Throws `invalid_request` naming the first bad field (its path),
 * never echoing the value.
 */
export function parseChatRequest(body: unknown): ChatCompletionRequest {
  return parseBody(chatCompletionRequestSchema, body) as ChatCompletionRequest;
}

/** Validates a parsed JSON body against a schema; `invalid_request` names the first bad field, never its value. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new GatewayError('invalid_request', 'Request body must be a JSON object.');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    const what = issue ? describeIssue(issue) : 'is invalid';
    throw new GatewayError('invalid_request', `Invalid request: '${path || 'body'}' ${what}.`, path || null);
  }
  return result.data;
}

/** POST /v1/analyze (Presidio-compatible). */
export const analyzeRequestSchema = z.looseObject({
  text: z.string().max(1_000_000),
  language: z.string().min(2).max(16).optional(),
  entities: z.array(z.string().min(1).max(64)).max(200).nullable().optional(),
  score_threshold: z.number().min(0).max(1).nullable().optional(),
});
export type AnalyzeRequest = z.output<typeof analyzeRequestSchema>;

/** POST /v1/embeddings: text inputs only (token-id arrays cannot be classified, so they are refused). */
export const embeddingsRequestSchema = z.looseObject({
  model: z.string().min(1).max(200),
  input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(2048)]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().max(16384).optional(),
});

/** POST /v1/classify. */
export const classifyRequestSchema = z.looseObject({
  messages: z.array(message).min(1, 'messages must contain at least one message').max(10000),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `must contain at least ${String(issue.minimum)} item(s)` : 'is too small';
    case 'too_big':
      return 'is too large';
    case 'invalid_value':
      return 'has an unsupported value';
    case 'invalid_union':
      return 'has an unsupported shape';
    default:
      return 'is invalid';
  }
}
