import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, parseBenchArgs, wantsSize } from './options';

describe('parseBenchArgs', () => {
  it('runs everything, seven times, when given no flags', () => {
    const options = parseBenchArgs([]);
    expect(options.runs).toBe(7);
    expect([...options.parts]).toEqual(BENCH_PARTS);
    expect(options.sizes).toBeNull();
    expect(options.partial).toBe(false);
  });

  it.each([
    ['--only=node', ['node']],
    ['--only=browser', ['render', 'interact', 'library', 'lists']],
    ['--only=peer,interact', ['peer', 'interact']],
    ['--only=all', [...BENCH_PARTS]],
  ])('%s selects %j', (flag, parts) => {
    const options = parseBenchArgs([flag]);
    expect([...options.parts].sort()).toEqual([...parts].sort());
    expect(options.partial).toBe(parts.length < BENCH_PARTS.length);
  });

  it('reads sizes with a k suffix, and marks the run partial', () => {
    const options = parseBenchArgs(['--sizes=100k/5k,1k/100', '--runs=3', '--skip-build']);
    expect(options.sizes).toEqual([
      { words: 100_000, annotations: 5_000 },
      { words: 1_000, annotations: 100 },
    ]);
    expect(options).toMatchObject({ runs: 3, skipBuild: true, partial: true });
    expect(wantsSize(options, { words: 100_000, annotations: 5_000 })).toBe(true);
    expect(wantsSize(options, { words: 100_000, annotations: 10_000 })).toBe(false);
    expect(wantsSize(parseBenchArgs([]), { words: 1, annotations: 1 })).toBe(true);
  });

  it.each([
    ['--only=gpu', /unknown part “gpu”/],
    ['--sizes=100k', /“100k” is not words\/annotations/],
    ['--sizes=10k/x', /“10k\/x”/],
    ['--runs=0', /--runs: “0”/],
    ['--fast', /unknown option “--fast”/],
  ])('refuses %s with a message', (flag, message) => {
    expect(() => parseBenchArgs([flag])).toThrow(message);
  });
});
