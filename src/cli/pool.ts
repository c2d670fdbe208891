/**
 * Runs jobs on N worker threads (or in this thread for N = 1) and hands results back in input
 * order. At most `window` jobs are in flight, so memory stays flat however long the batch.
 */
import { Worker } from 'node:worker_threads';
import type { Job } from './inputs.js';
import { processJob, type FormatOptions, type Processed } from './process-document.js';

export interface PoolOptions {
  jobs: number;
  fmt: FormatOptions;
  stdinText?: string;
}

export async function runOrdered(source: AsyncIterable<Job>, opts: PoolOptions, sink: (p: Processed) => Promise<void> | void): Promise<void> {
  if (opts.jobs <= 1) {
    for await (const job of source) await sink(processJob(job, opts.fmt, opts.stdinText));
    return;
  }
  const workers = Array.from({ length: opts.jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: opts.fmt }));
  const pending = new Map<number, (p: Processed) => void>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (p: Processed) => {
      load.set(w, load.get(w)! - 1);
      pending.get(p.seq)?.(p);
    });
    w.on('error', (e) => (failure = e));
  }
  const window = opts.jobs * 4;
  const done = new Map<number, Processed>();
  const inFlight: Promise<void>[] = [];
  let next = -1;
  const flush = async () => {
    while (next >= 0 && done.has(next)) {
      const p = done.get(next)!;
      done.delete(next);
      next++;
      await sink(p);
    }
  };
  try {
    for await (const job of source) {
      if (next < 0) next = job.seq;
      if (job.path === '-' || failure) {
        done.set(job.seq, processJob(job, opts.fmt, opts.stdinText));
      } else {
        const w = [...load.entries()].sort((x, y) => x[1] - y[1])[0][0];
        load.set(w, load.get(w)! + 1);
        const p = new Promise<void>((resolve) => {
          pending.set(job.seq, (res) => {
            pending.delete(job.seq);
            done.set(res.seq, res);
            resolve();
          });
        });
        inFlight.push(p);
        w.postMessage(job);
      }
      while (inFlight.length >= window) {
        await inFlight.shift();
        await flush();
      }
      await flush();
    }
    while (inFlight.length) {
      await inFlight.shift();
      await flush();
    }
    await flush();
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
