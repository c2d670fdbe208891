/**
 * Runs jobs on N worker threads (or in this thread for N = 1) and hands results back in input
 * order. At most a small window of jobs is in flight, so memory stays flat however long the
 * batch. A worker that dies (out of memory on a pathological input) costs only the document it
 * was working on: that document is reported as failed and a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { Job } from './inputs.js';
import { processJob, failedJob, type FormatOptions, type Processed } from './process-document.js';
import type { Writer } from '../output/writer.js';

export interface PoolOptions {
  jobs: number;
  fmt: FormatOptions;
  /** The writer for this thread (workers load their own). */
  write: Writer;
  stdinText?: string;
}

/**
 * A small young generation keeps each worker's resident memory near its live heap (~50 MB)
 * instead of letting V8 grow it; the old generation is left generous for long documents.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not answered yet, oldest first. */
  pending: Job[];
}

export async function runOrdered(source: AsyncIterable<Job>, opts: PoolOptions, sink: (p: Processed) => Promise<void> | void): Promise<void> {
  if (opts.jobs <= 1) {
    for await (const job of source) await sink(processJob(job, opts.fmt, opts.write, opts.stdinText));
    return;
  }
  const done = new Map<number, Processed>();
  const waiters = new Map<number, () => void>();
  const finish = (p: Processed) => {
    done.set(p.seq, p);
    waiters.get(p.seq)?.();
    waiters.delete(p.seq);
  };

  const slots: Slot[] = [];
  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: opts.fmt, resourceLimits: WORKER_LIMITS }), pending: [] };
    slot.worker.on('message', (p: Processed) => {
      slot.pending.shift();
      finish(p);
    });
    const fail = (why: string) => {
      // The job being processed is lost with the worker; the ones queued behind it are resent.
      const [lost, ...queued] = slot.pending;
      slot.pending = [];
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = start();
      if (lost) finish(failedJob(lost, opts.fmt, opts.write, `worker stopped while processing this input (${why})`));
      for (const job of queued) send(job);
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (slot.pending.length) fail(`exit code ${code}`);
    });
    return slot;
  };
  const send = (job: Job) => {
    const slot = slots.reduce((best, s) => (s.pending.length < best.pending.length ? s : best), slots[0]);
    slot.pending.push(job);
    slot.worker.postMessage(job);
  };
  for (let k = 0; k < opts.jobs; k++) slots.push(start());

  const window = opts.jobs * 4;
  const order: number[] = [];
  let written = 0;
  const flush = async () => {
    while (written < order.length && done.has(order[written])) {
      const p = done.get(order[written])!;
      done.delete(order[written]);
      written++;
      await sink(p);
    }
    if (written > 4096) {
      order.splice(0, written);
      written = 0;
    }
  };
  const waitFor = (seq: number) => (done.has(seq) ? Promise.resolve() : new Promise<void>((r) => waiters.set(seq, r)));
  try {
    for await (const job of source) {
      order.push(job.seq);
      // stdin text is in this thread only; a job that already carries its error needs no worker.
      if (job.path === '-' || job.error) finish(processJob(job, opts.fmt, opts.write, opts.stdinText));
      else send(job);
      while (order.length - written >= window) {
        await waitFor(order[written]);
        await flush();
      }
      await flush();
    }
    while (written < order.length) {
      await waitFor(order[written]);
      await flush();
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
