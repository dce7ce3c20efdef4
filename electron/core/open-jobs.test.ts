import { describe, expect, it } from 'vitest';
import { OpenJobs } from './open-jobs';

describe('OpenJobs', () => {
  it('answers waiting for a job it does not know, and the reported progress while it runs', () => {
    const jobs = new OpenJobs();
    expect(jobs.progress('job_a')).toEqual({ done: 0, total: 0, stage: 'waiting' });
    const job = jobs.start('job_a');
    expect(jobs.progress('job_a')).toEqual({ done: 0, total: 0, stage: 'reading' });
    job.report({ done: 3, total: 100, stage: 'pages' });
    expect(jobs.progress('job_a')).toEqual({ done: 3, total: 100, stage: 'pages' });
    job.finish();
    expect(jobs.progress('job_a')).toEqual({ done: 0, total: 0, stage: 'waiting' });
  });

  it('aborts a running job on cancel, and throws a cancelled error naming the file', () => {
    const jobs = new OpenJobs();
    const job = jobs.start('job_b');
    expect(() => job.throwIfCancelled('x.pdf')).not.toThrow();
    jobs.cancel('job_b');
    expect(job.signal.aborted).toBe(true);
    expect(() => job.throwIfCancelled('x.pdf')).toThrow(
      expect.objectContaining({ code: 'cancelled', message: 'x.pdf: opening was cancelled' }),
    );
  });

  it('cancels a job whose cancel arrived before it started (a Cancel racing the upload)', () => {
    const jobs = new OpenJobs();
    jobs.cancel('job_c');
    expect(jobs.start('job_c').signal.aborted).toBe(true);
    // only once: the id is forgotten after use
    jobs.progress('job_c');
    expect(new OpenJobs().start('job_c').signal.aborted).toBe(false);
  });

  it('refuses a job id that is already running, and keeps the jobs apart', () => {
    const jobs = new OpenJobs();
    const first = jobs.start('job_d');
    expect(() => jobs.start('job_d')).toThrow(/already running/);
    const other = jobs.start('job_e');
    jobs.cancel('job_e');
    expect(first.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(true);
  });

  it('forgets the oldest early cancels beyond its bound', () => {
    const jobs = new OpenJobs();
    for (let i = 0; i < 100; i++) jobs.cancel(`job_${i}`);
    expect(jobs.start('job_0').signal.aborted).toBe(false);
    expect(jobs.start('job_99').signal.aborted).toBe(true);
  });
});
