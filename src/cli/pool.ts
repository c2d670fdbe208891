/**
 * Runs jobs on N worker threads (or in this thread for N = 1) and hands results back in input
 * order. At most a small window of jobs is in flight, so memory stays flat however long the
 * batch. A worker that dies (out of memory on a pathological input) costs only the document it
 * was working on: that document is reported as failed and a fresh worker takes its place.
 * A worker is also retired after `retireAfter` documents and replaced by a fresh one, a bound
 * for very long batches. It is rarely needed: the live heap of extraction stays flat (~30 MB
 * after a full collection, +12 MB over the first 2,500 DOJ releases and flat to all 12,694;
 * wink's own growth is handled by replacing its instance, see document/nlp.ts), and what RSS
 * gains over a batch is V8 letting a busy heap grow, which is bounded. A replacement is costly, ~2 s of a fresh isolate compiling
 * and warming up again, so it comes seldom.
 */
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import type { Job } from './inputs.js';
import { processJob, failedJob, type FormatOptions, type Processed } from './process-document.js';
import type { Writer } from '../output/writer.js';

export interface PoolOptions {
  jobs: number;
  fmt: FormatOptions;
  /** The writer for this thread (workers load their own). */
  write: Writer;
  stdinText?: string;
  /** Documents a worker handles before it is replaced (default RETIRE_AFTER). */
  retireAfter?: number;
}

export const RETIRE_AFTER = 10_000;

/**
 * The young generation is the size V8 gives the main thread by default (48 MB: two 16 MB
 * semi-spaces and the new large-object space), so that a worker collects garbage as `--jobs 1`
 * does: extraction leaves ~1 MB of garbage a release, and with 16 MB a worker scavenged three
 * times as often (--jobs 2 on the whole DOJ batch: 0.93x the wall time with 48 MB, peak RSS
 * 301 -> 347 MB). The old-generation limit is also what V8 sizes its heap against: 1 GB keeps
 * a batch under 400 MB (3 GB let it drift higher), and is enough for inputs up to LARGE_INPUT;
 * larger ones are processed in the main thread (Node's default heap), since the largest
 * accepted input (20 MB of text) needs about 1.7 GB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 1024 };
export const LARGE_INPUT = 4_000_000;

/** Bytes of a job's input as far as known without reading it (0 when unknown). */
function inputSize(job: Job): number {
  if (job.text !== undefined) return job.text.length;
  try {
    return job.path ? statSync(job.path).size : 0;
  } catch {
    return 0;
  }
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not answered yet, oldest first. */
  pending: Job[];
  /** Jobs sent to it so far. */
  sent: number;
  /** Sent its share: takes no more jobs, and is replaced once its pending ones are answered. */
  retiring: boolean;
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
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: opts.fmt, resourceLimits: WORKER_LIMITS }), pending: [], sent: 0, retiring: false };
    slot.worker.on('message', (p: Processed) => {
      slot.pending.shift();
      finish(p);
      if (slot.retiring && !slot.pending.length) replace(slot);
    });
    const fail = (why: string) => {
      // The job being processed is lost with the worker; the ones queued behind it are resent.
      const [lost, ...queued] = slot.pending;
      slot.pending = [];
      replace(slot);
      if (lost) finish(failedJob(lost, opts.fmt, opts.write, `worker stopped while processing this input (${why})`));
      for (const job of queued) send(job);
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (slot.pending.length) fail(`exit code ${code}`);
    });
    return slot;
  };
  /** A fresh worker in this slot's place; the old one is stopped (if it still runs). */
  const replace = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots[i] = start();
    void slot.worker.terminate();
  };
  const retireAfter = opts.retireAfter ?? RETIRE_AFTER;
  const send = (job: Job) => {
    const open = slots.filter((s) => !s.retiring);
    const slot = (open.length ? open : slots).reduce((best, s) => (s.pending.length < best.pending.length ? s : best));
    slot.pending.push(job);
    slot.worker.postMessage(job);
    if (++slot.sent >= retireAfter) slot.retiring = true;
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
      // A very large input too, for memory (see WORKER_LIMITS).
      if (job.path === '-' || job.error || inputSize(job) > LARGE_INPUT) finish(processJob(job, opts.fmt, opts.write, opts.stdinText));
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
