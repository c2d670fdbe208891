// The CLI's modules bundled into a few files (dist/bundle/), so a cold start loads and links a
// handful of files instead of ~80 (about 40 ms of a ~0.5 s run). The library (dist/index.js)
// and the tests use tsc's output as it is. Dependencies stay in node_modules, not copied in.
import { readFileSync } from 'node:fs';

const dependencies = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies);

export default {
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  external: (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`)),
  // One level below dist/, as dist/cli/ is: the modules' paths relative to import.meta.url
  // (../../package.json, ../lexicon/compromise-lexicon.json, ./worker.js) hold in both.
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
};
