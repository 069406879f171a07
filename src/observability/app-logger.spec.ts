import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppLogger } from './app-logger';

const lines = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('AppLogger', () => {
  it('scrubs every line, also strings it has seen before, whether clean or not', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-log-')), 'app.log');
    const log = new AppLogger('info', file);
    for (let i = 0; i < 3; i++) {
      log.info({ path: '/v1/chat/completions', note: 'mail jane.doe@example.org', status: 200 }, 'request');
      log.info({ path: '/v1/users/jane.doe@example.org' }, 'request for jane.doe@example.org');
    }
    log.flush();
    const out = lines(file);
    expect(out).toHaveLength(6);
    for (const l of out) expect(JSON.stringify(l)).not.toContain('jane.doe@example.org');
    expect(out[4]).toMatchObject({ path: '/v1/chat/completions', status: 200, msg: 'request' });
  });

  it('keeps the clean strings it remembers bounded', () => {
    const log = new AppLogger('info', join(mkdtempSync(join(tmpdir(), 'gw-log-')), 'app.log'));
    for (let i = 0; i < 5000; i++) log.info({ reqId: `req-${i}` }, 'request');
    expect((log as unknown as { clean: Set<string> }).clean.size).toBeLessThanOrEqual(2048);
  });
});
