import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import { initialTrimState, MAX_TRIES, SMALL_YOUNG_GENERATION, trimStep, trimWhenIdle, type Collect } from './idle-memory';
import { ConfigError, loadConfig } from '../config/app-config';
import { holdYoungGeneration } from './start-memory';

const MB = 1024 * 1024;

describe('trimStep', () => {
  it('collects on quiet ticks while the young generation is large, then waits for the next request', () => {
    let state = initialTrimState;
    const ticks: [number, number][] = [
      [3, 64 * MB], // busy
      [3, 64 * MB], // quiet: collect
      [3, 64 * MB], // still large: collect
      [3, 1 * MB], // shrunk: done
      [3, 1 * MB],
      [4, 32 * MB], // busy again
      [4, 32 * MB],
    ];
    const collects = ticks.map(([requests, young]) => {
      const next = trimStep(state, requests, young);
      state = next.state;
      return next.collect;
    });
    expect(collects).toEqual([false, true, true, false, false, false, true]);
  });

  it(`gives up after ${MAX_TRIES} collections until traffic comes back`, () => {
    let state = initialTrimState;
    const collects: boolean[] = [];
    for (let i = 0; i < MAX_TRIES + 3; i++) {
      const next = trimStep(state, 0, 64 * MB);
      state = next.state;
      collects.push(next.collect);
    }
    expect(collects.filter(Boolean)).toHaveLength(MAX_TRIES);
    expect(trimStep(state, 1, 64 * MB).collect).toBe(false);
    expect(trimStep(trimStep(state, 1, 64 * MB).state, 1, 64 * MB).collect).toBe(true);
  });

  it('leaves a young generation that is already small alone', () => {
    expect(trimStep(initialTrimState, 0, SMALL_YOUNG_GENERATION).collect).toBe(false);
  });
});

describe('trimWhenIdle', () => {
  afterEach(() => jest.useRealTimers());

  it('counts the server’s requests and collects (minor) only once it is quiet', () => {
    jest.useFakeTimers();
    const server = new EventEmitter() as unknown as Server;
    const calls: string[] = [];
    let young = 64 * MB;
    const collect: Collect = (o) => {
      calls.push(o?.type ?? 'full');
      if (calls.length === 2) young = MB; // V8 shrank it on the second
    };
    const stop = trimWhenIdle(server, 5000, collect, () => young);
    server.emit('request');
    jest.advanceTimersByTime(5000); // busy interval
    server.emit('request');
    jest.advanceTimersByTime(5000); // busy again
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(25000);
    expect(calls).toEqual(['minor', 'minor']);
    server.emit('close');
    server.emit('request');
    young = 64 * MB;
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
// grows once released, and shrinks back once quiet. The two modules are transpiled to plain
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
      const started = Date.now();
      setInterval(() => {
        if (mb() > 4 && Date.now() - started < 30000) return;
        console.log(JSON.stringify({ held, grown, trimmed: mb() }));
        process.exit(0);
      }, 500);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-semi-space-size=32', '-e', script], {
      cwd: dir,
      timeout: 30000,
    });
    const r = JSON.parse(stdout) as { held: number; grown: number; trimmed: number };
    expect(r.held).toBeLessThanOrEqual(4);
    expect(r.grown).toBeGreaterThanOrEqual(16);
    expect(r.trimmed).toBeLessThanOrEqual(4);
  }, 60000);
});

describe('GATEWAY_IDLE_TRIM_SECONDS', () => {
  it('defaults to 6, takes 0 for off, and refuses intervals inside V8’s five-second window', () => {
    expect(loadConfig({}).idleTrimSeconds).toBe(6);
    expect(loadConfig({ GATEWAY_IDLE_TRIM_SECONDS: '0' }).idleTrimSeconds).toBe(0);
    expect(() => loadConfig({ GATEWAY_IDLE_TRIM_SECONDS: '5' })).toThrow(ConfigError);
  });
});
