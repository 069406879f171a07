import { scrubText } from '@libs/classification';
import { ExplanationScrubber } from './explanation-scrubber';

const explanation = (cost: string, p95 = 120) =>
  `restricted PCI, PII + tenant region us: permitted bench-upstream. Chose bench-upstream/chat, fastest at p95 ${p95} ms, $${cost} estimated (route default).`;

describe('ExplanationScrubber', () => {
  it('analyses an explanation shape once: later ones that differ only in our numbers are not analysed again', () => {
    const calls: string[] = [];
    const s = new ExplanationScrubber((t) => (calls.push(t), scrubText(t)));
    expect(s.scrubText(explanation('0.000171'))).toBe(explanation('0.000171'));
    const analysed = calls.length;
    expect(s.scrubText(explanation('0.002345', 980))).toBe(explanation('0.002345', 980));
    expect(s.scrubText(explanation('1.000000', 7))).toBe(explanation('1.000000', 7));
    expect(calls.length).toBe(analysed);
  });

  it('scrubs a text with a finding every time, and never remembers it', () => {
    const calls: string[] = [];
    const s = new ExplanationScrubber((t) => (calls.push(t), scrubText(t)));
    const leaky = (cost: string) => `Policy denied for jane.doe@example.org at $${cost} estimated.`;
    expect(s.scrubText(leaky('0.000100'))).not.toContain('jane.doe@example.org');
    expect(s.scrubText(leaky('0.000200'))).not.toContain('jane.doe@example.org');
    expect(calls.length).toBe(2);
  });

  it('a different sentence is a different shape: analysed on its own', () => {
    const calls: string[] = [];
    const s = new ExplanationScrubber((t) => (calls.push(t), scrubText(t)));
    s.scrubText(explanation('0.000171'));
    const before = calls.length;
    expect(s.scrubText('Chose bench-upstream/chat for Maria Gonzalez, $0.000171 estimated.')).not.toContain('Maria Gonzalez');
    expect(calls.length).toBeGreaterThan(before);
  });

  it('forgets every shape when full, so a long-running gateway keeps a bounded set', () => {
    const calls: string[] = [];
    const s = new ExplanationScrubber((t) => (calls.push(t), t), 2);
    for (const r of ['a', 'b', 'c']) s.scrubText(`route ${r}, $0.000001 estimated`);
    calls.length = 0;
    s.scrubText('route a, $0.000009 estimated'); // dropped when c came in
    expect(calls.length).toBeGreaterThan(0);
  });
});
