// The CLI's modules bundled into a few files (dist/bundle/), so a cold start loads and links a
// handful of files instead of ~80 (about 40 ms of a ~0.5 s run). The library (dist/index.js)
// and the tests use tsc's output as it is. Dependencies stay in node_modules, not copied in.
// npm run build runs this file with node (rolldown's API prints nothing; its CLI, `npx rolldown
// -c rolldown.config.mjs`, does the same and prints a table of the chunks).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dependencies = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies);

const config = {
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  external: (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`)),
  // One level below dist/, as dist/cli/ is: the modules' paths relative to import.meta.url
  // (../../package.json, ../lexicon/compromise-lexicon.json, ./worker.js) hold in both.
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
};
export default config;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { build } = await import('rolldown');
  await build(config);
}
