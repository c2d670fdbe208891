/** Worker thread: processes jobs sent by the pool and posts the formatted output back. */
import { parentPort, workerData } from 'node:worker_threads';
import { processJob, type FormatOptions } from './process-document.js';
import { loadWriter } from '../output/writer.js';
import type { Job } from './inputs.js';

const fmt = workerData as FormatOptions;
const write = await loadWriter(fmt);
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(processJob(job, fmt, write));
});
