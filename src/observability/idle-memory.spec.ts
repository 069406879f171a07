import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import { initialTrimState, trimStep, trimWhenIdle, type Collect } from './idle-memory';
import { ConfigError, loadConfig } from '../config/app-config';
import { holdYoungGeneration } from './start-memory';

describe('trimStep', () => {
  it('collects on the first two quiet ticks after activity, then waits for the next request', () => {
    let state = initialTrimState;
    const collects: boolean[] = [];
    for (const requests of [3, 3, 3, 3, 3, 4, 4, 4, 4]) {
      const next = trimStep(state, requests);
      state = next.state;
      collects.push(next.collect);
    }
    expect(collects).toEqual([false, true, true, false, false, false, true, true, false]);
  });

  it('trims after start-up even before the first request', () => {
    const first = trimStep(initialTrimState, 0);
    const second = trimStep(first.state, 0);
    expect([first.collect, second.collect, trimStep(second.state, 0).collect]).toEqual([true, true, false]);
  });

  it('a request between the two collections starts over', () => {
    const first = trimStep({ seen: 5, quiet: 0, due: true }, 5);
    const busy = trimStep(first.state, 6);
    expect([first.collect, busy.collect, trimStep(busy.state, 6).collect]).toEqual([true, false, true]);
  });
});

describe('trimWhenIdle', () => {
  afterEach(() => jest.useRealTimers());

  it('counts the server’s requests and collects (minor) only once it is quiet', () => {
    jest.useFakeTimers();
    const server = new EventEmitter() as unknown as Server;
    const calls: string[] = [];
    const collect: Collect = (o) => calls.push(o.type);
    const stop = trimWhenIdle(server, 5000, collect);
    server.emit('request');
    jest.advanceTimersByTime(5000); // busy interval
    server.emit('request');
    jest.advanceTimersByTime(5000); // busy again
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(15000);
    expect(calls).toEqual(['minor', 'minor']);
    server.emit('close');
    server.emit('request');
    jest.advanceTimersByTime(20000);
    expect(calls).toEqual(['minor', 'minor']);
    expect(server.listenerCount('request')).toBe(0);
    stop();
  });
});

describe('holdYoungGeneration', () => {
  it('leaves a growth factor the operator chose alone', () => {
    const v8 = jest.requireActual<typeof import('node:v8')>('node:v8');
    const spy = jest.spyOn(v8, 'setFlagsFromString');
    holdYoungGeneration(['--max-semi-space-size=32', '--semi-space-growth-factor=4'])();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

// The real V8, in a child process (its heap is ours alone): the young generation stays small while held,
// grows once released, and shrinks back after two quiet intervals. The two modules are transpiled to plain
// JavaScript first: loading a TypeScript compiler in the child would itself grow the young generation.
describe('young generation in a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'idle-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is held during start, grows for traffic, and is trimmed when idle', async () => {
    for (const name of ['idle-memory', 'start-memory']) {
      const ts = readFileSync(join(__dirname, `${name}.ts`), 'utf8');
      const js = transpileModule(ts, { compilerOptions: { module: ModuleKind.CommonJS, target: ScriptTarget.ES2022 } });
      writeFileSync(join(dir, `${name}.js`), js.outputText);
    }
    const script = `
      const { releaseYoungGeneration } = require('./start-memory');
      const { youngGenerationBytes, trimWhenIdle } = require('./idle-memory');
      const { createServer } = require('node:http');
      const mb = () => Math.round(youngGenerationBytes() / 1048576);
      // Objects that survive scavenges: what makes V8 grow the young generation.
      const churn = () => { let keep = []; for (let i = 0; i < 4e6; i++) { keep.push({ i }); if (keep.length > 3e5) keep = []; } };
      churn();
      const held = mb();
      releaseYoungGeneration();
      churn();
      const grown = mb();
      trimWhenIdle(createServer(), 6000);
      setTimeout(() => { console.log(JSON.stringify({ held, grown, trimmed: mb() })); process.exit(0); }, 13500);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-semi-space-size=32', '-e', script], {
      cwd: dir,
      timeout: 30000,
    });
    const r = JSON.parse(stdout) as { held: number; grown: number; trimmed: number };
    expect(r.held).toBeLessThanOrEqual(4);
    expect(r.grown).toBeGreaterThanOrEqual(16);
    expect(r.trimmed).toBeLessThanOrEqual(4);
  }, 40000);
});

describe('GATEWAY_IDLE_TRIM_SECONDS', () => {
  it('defaults to 10, takes 0 for off, and refuses intervals inside V8’s five-second window', () => {
    expect(loadConfig({}).idleTrimSeconds).toBe(10);
    expect(loadConfig({ GATEWAY_IDLE_TRIM_SECONDS: '0' }).idleTrimSeconds).toBe(0);
    expect(() => loadConfig({ GATEWAY_IDLE_TRIM_SECONDS: '5' })).toThrow(ConfigError);
  });
});
