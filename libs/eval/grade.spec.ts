import { grade, judgeGrade, normalise, parseJsonAnswer } from './grade';
import { GraderSchema, parseTaskSet, taskSetHash, expectsJson, type Grader } from './tasks';

const G = (g: unknown) => GraderSchema.parse(g) as Exclude<Grader, { type: 'judge' }>;

describe('graders', () => {
  it.each([
    [{ type: 'exact', value: 'Paris' }, 'Paris', 1],
    [{ type: 'exact', value: 'Paris' }, 'paris.', 0],
    [{ type: 'exact', value: 'Paris', normalize: true }, '  PARIS. ', 1],
    [{ type: 'exact', value: 'Sao Paulo', normalize: true }, 'São  Paulo', 1],
    [{ type: 'label', labels: ['positive', 'negative'], value: 'negative' }, 'Negative', 1],
    [{ type: 'label', labels: ['positive', 'negative'], value: 'negative' }, 'positive', 0],
    [{ type: 'label', labels: ['positive', 'negative'], value: 'negative' }, 'neutral', 0],
    [{ type: 'regex', pattern: '^def \\w+\\(' }, 'def add(a, b):', 1],
    [{ type: 'regex', pattern: 'SELECT', flags: 'i' }, 'select 1', 1],
    [{ type: 'regex', pattern: '^SELECT' }, 'select 1', 0],
    [{ type: 'numeric', value: 42, tolerance: 0.5 }, 'The answer is 42.3', 1],
    [{ type: 'numeric', value: 1200 }, 'about 1,200 units', 1],
    [{ type: 'numeric', value: 42, tolerance: 0.5 }, 'forty-two', 0],
  ])('%j on %j scores %d', (g, text, score) => {
    expect(grade(G(g), text)).toEqual({ score, pass: score === 1 });
  });

  const schema = { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } }, required: ['name'] };
  it('json_schema: valid JSON matching the schema, with partial credit for required fields', () => {
    const g = G({ type: 'json_schema', schema, required: ['name', 'age'] });
    expect(grade(g, '{"name":"A","age":3}')).toEqual({ score: 1, pass: true });
    expect(grade(g, '{"name":"A"}')).toEqual({ score: 0.5, pass: false });
    expect(grade(g, '{"name":"A","age":"3"}')).toEqual({ score: 0, pass: false });
    expect(grade(g, '{"name":"A","age":3')).toEqual({ score: 0, pass: false });
    expect(grade(g, '```json\n{"name":"A","age":3}\n```')).toEqual({ score: 1, pass: true });
  });

  it('judge replies: JSON score, a bare number, 0..10 scaled, nonsense fails', () => {
    expect(judgeGrade('{"score": 0.8}')).toEqual({ score: 0.8, pass: true });
    expect(judgeGrade('Score: 3/10')).toEqual({ score: 0.3, pass: false });
    expect(judgeGrade('no idea')).toEqual({ score: 0, pass: false });
    expect(judgeGrade('{"score": 70}')).toEqual({ score: 0, pass: false });
  });

  it('normalise and parseJsonAnswer', () => {
    expect(normalise(' "Hello,  World!" ')).toBe('hello, world');
    expect(parseJsonAnswer('nope')).toBeUndefined();
  });
});

describe('task sets', () => {
  const line = (o: object) => JSON.stringify(o);
  const ok = { id: 't1', messages: [{ role: 'user', content: 'hi' }], grader: { type: 'exact', value: 'hi' } };

  it('parses lines, skips blanks and comments, and freezes by the bytes', () => {
    const text = `# demo\n${line(ok)}\n\n${line({ ...ok, id: 't2', workload: 'code', settings: { temperature: 0 } })}\n`;
    const r = parseTaskSet(text);
    expect(r.problems).toEqual([]);
    expect(r.tasks.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(taskSetHash(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(taskSetHash(text)).not.toBe(taskSetHash(text + ' '));
  });

  it('names the line and field of every problem, never the content', () => {
    const text = [
      'not json',
      line({ ...ok, grader: { type: 'bogus' } }),
      line(ok),
      line(ok),
      line({ ...ok, id: 't3', settings: { model: 'x' } }),
      line({ ...ok, id: 't4', grader: { type: 'regex', pattern: '(' } }),
      line({ ...ok, id: 't5', grader: { type: 'label', labels: ['a'], value: 'b' } }),
    ].join('\n');
    const r = parseTaskSet(text);
    expect(r.problems.map((p) => p.line)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(r.problems[2]?.message).toMatch(/duplicate/);
    expect(r.problems[3]?.message).toMatch(/settings.model/);
    expect(parseTaskSet('').problems[0]?.message).toMatch(/empty/);
  });

  it('knows which tasks expect JSON', () => {
    const [t] = parseTaskSet(line({ ...ok, settings: { response_format: { type: 'json_object' } } })).tasks;
    expect(t && expectsJson(t)).toBe(true);
    const [u] = parseTaskSet(line(ok)).tasks;
    expect(u && expectsJson(u)).toBe(false);
  });
});
