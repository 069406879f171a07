import { mapMessageTexts, messageTexts, type ChatMessage } from './wire';

const messages: ChatMessage[] = [
  { role: 'system', content: 'sys' },
  {
    role: 'user',
    content: [
      { type: 'text', text: 'part1' },
      { type: 'image_url', image_url: { url: 'x' } },
      { type: 'text', text: 'part2' },
    ],
    name: 'alice',
  },
  { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":1}' } }] },
  { role: 'tool', tool_call_id: 'c1', content: 'result' },
];

describe('messageTexts / mapMessageTexts', () => {
  it('lists every text a provider sees, in a fixed order', () => {
    expect(messageTexts(messages)).toEqual(['sys', 'part1', 'part2', 'alice', 'lookup', '{"q":1}', 'result']);
  });

  it('replaces exactly those texts by index, leaving other parts and the input untouched', () => {
    const out = mapMessageTexts(messages, (t, i) => `${i}:${t.toUpperCase()}`);
    expect(messageTexts(out)).toEqual(['0:SYS', '1:PART1', '2:PART2', '3:ALICE', '4:LOOKUP', '5:{"Q":1}', '6:RESULT']);
    expect(out[1]?.content).toEqual(expect.arrayContaining([{ type: 'image_url', image_url: { url: 'x' } }]));
    expect(messageTexts(messages)[0]).toBe('sys');
  });
});
