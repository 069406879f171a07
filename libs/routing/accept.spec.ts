import type { ChatCompletionResponse } from '@libs/core';
import { acceptCompletion, matchesSchema } from './accept';

function response(content: string | null, finish: string | null = 'stop', extra: Record<string, unknown> = {}): ChatCompletionResponse {
  return {
    id: 'c',
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: [{ index: 0, message: { role: 'assistant', content, ...extra }, finish_reason: finish }],
  };
}

const schema = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' }, tags: { type: 'array', items: { enum: ['a', 'b'] } } },
  required: ['name', 'age'],
  additionalProperties: false,
};
const jsonSchema = { type: 'json_schema', json_schema: { name: 'person', strict: true, schema } };

describe('acceptCompletion', () => {
  it.each([
    ['plain text, no format', response('hello'), undefined, null],
    ['finish_reason length', response('{"name":', 'length'), jsonSchema, 'length'],
    ['a refusal', response(null, 'stop', { refusal: 'I cannot help with that' }), jsonSchema, 'refusal'],
    ['empty content, no format', response(''), undefined, null],
    ['content_filter finish', response('', 'content_filter'), undefined, 'refusal'],
    ['json_object with an object', response('{"a":1}'), { type: 'json_object' }, null],
    ['json_object with prose', response('Sure! {"a":1}'), { type: 'json_object' }, 'invalid_json'],
    ['json_object with an array', response('[1]'), { type: 'json_object' }, 'invalid_json'],
    ['json_schema valid', response('{"name":"x","age":3,"tags":["a"]}'), jsonSchema, null],
    ['json_schema missing required', response('{"name":"x"}'), jsonSchema, 'invalid_json'],
    ['json_schema wrong type', response('{"name":"x","age":3.5}'), jsonSchema, 'invalid_json'],
    ['json_schema extra property', response('{"name":"x","age":3,"ssn":"1"}'), jsonSchema, 'invalid_json'],
    ['json_schema bad enum', response('{"name":"x","age":3,"tags":["z"]}'), jsonSchema, 'invalid_json'],
    ['json_schema null content', response(null), jsonSchema, 'invalid_json'],
    ['json_schema without schema: parse only', response('{"x":1}'), { type: 'json_schema', json_schema: { name: 'n' } }, null],
    [
      'tool calls skip the JSON check',
      response(null, 'tool_calls', { tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{}' } }] }),
      jsonSchema,
      null,
    ],
    ['text format', response('not json'), { type: 'text' }, null],
  ])('%s', (_name, res, responseFormat, expected) => {
    expect(acceptCompletion(res, responseFormat ? { responseFormat } : {})).toBe(expected);
  });

  it('accepts a response without choices (nothing to judge)', () => {
    expect(acceptCompletion({ ...response('x'), choices: [] })).toBeNull();
  });

  it('uses a given validator instead of the built-in subset, and a throwing one rejects', () => {
    expect(acceptCompletion(response('{"name":"x"}'), { responseFormat: jsonSchema, validate: () => true })).toBeNull();
    expect(acceptCompletion(response('{"name":"x","age":1}'), { responseFormat: jsonSchema, validate: () => false })).toBe('invalid_json');
    const throwing = (): boolean => {
      throw new Error('bad schema');
    };
    expect(acceptCompletion(response('{}'), { responseFormat: jsonSchema, validate: throwing })).toBe('invalid_json');
  });
});

describe('matchesSchema (subset)', () => {
  it.each([
    ['number accepts integer', { type: 'number' }, 3, true],
    ['type list', { type: ['string', 'null'] }, null, true],
    ['anyOf', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, true, false],
    ['const', { const: { a: [1, 2] } }, { a: [1, 2] }, true],
    ['enum of objects ignores key order', { enum: [{ a: 1, b: 2 }] }, { b: 2, a: 1 }, true],
    ['minItems', { type: 'array', minItems: 2 }, [1], false],
    ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], false],
    ['unknown keywords are not checked', { type: 'string', pattern: '^x$', format: 'email' }, 'y', true],
    ['$ref is not followed', { $ref: '#/$defs/x' }, 42, true],
    ['false schema', false, 1, false],
    ['inherited names are not properties', { type: 'object', required: ['toString'] }, {}, false],
  ])('%s', (_name, s, value, expected) => {
    expect(matchesSchema(s, value)).toBe(expected);
  });

  it('stops descending after a fixed depth', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'array', items: deep };
    let value: unknown = 'x';
    for (let i = 0; i < 200; i++) value = [value];
    expect(matchesSchema(deep, value)).toBe(true);
  });
});
