/**
 * The command line: commander program with the extraction command (default), `tokenize`,
 * `eval` and `rules`. Exit codes: 0 success, 1 some input failed, 2 usage error.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { runExtract } from './run-extract.js';
import { UsageError } from './usage-error.js';
import { CSV_TABLES } from '../output/csv-tables.js';

const TYPES = ['person', 'organization', 'place', 'event', 'title'];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${v}"`);
  return n;
}

function parseTypes(v: string): string[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((t) => !TYPES.includes(t));
  if (bad.length || !list.length) throw new UsageError(`--types takes a comma-separated list of ${TYPES.join(', ')}; not "${bad.join(',') || v}"`);
  return list;
}

const EXAMPLES = `
Examples:
  press-extract fixtures/xerxes-media-forum.txt            coloured view in a terminal
  press-extract release.txt --format json                  one JSON document
  press-extract corpus/ --format jsonl > out.jsonl         a folder, one line per file
  press-extract 'corpus/**/*.txt' -f csv -t titles          titles of many files as CSV
  cat release.txt | press-extract -                        read stdin
  press-extract --input jsonl records.jsonl -j 4           {"id","text"} records, 4 threads
  press-extract corpus/ --out results/                     one JSON file per input
  press-extract eval --gold bench/gold bench/gold          score against gold files
  press-extract tokenize release.txt --format csv          the tokens with offsets
  press-extract rules                                      every built-in rule
  press-extract --rules examples/acme-pack.json release.txt  add your own names and patterns

Exit codes: 0 success, 1 one or more inputs failed (the others are written), 2 usage error.`;

export function buildProgram(): Command {
  const program = new Command('press-extract');
  program
    .enablePositionalOptions()
    .description('Extract people, titles, organizations, places and event sequences from press releases.')
    .version(version(), '--version')
    .argument('[paths...]', 'files, folders (recursive) or globs; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, else json for one document, jsonl for several)').choices(['pretty', 'json', 'jsonl', 'csv']))
    .addOption(new Option('-t, --table <table>', 'which table --format csv writes').choices(CSV_TABLES).default('entities'))
    .option('--types <list>', `keep only these kinds: ${TYPES.join(',')}`, parseTypes)
    .option('-o, --out <dir>', 'write one <name>.json per input into this folder, mirroring the input tree')
    .option('-j, --jobs <n>', 'worker threads for batches', parseJobs, availableParallelism())
    .addOption(new Option('--input <kind>', 'text files, or JSONL records {"id","text"} a line').choices(['text', 'jsonl']).default('text'))
    .option('--id-field <name>', 'JSONL field holding the id', 'id')
    .option('--text-field <name>', 'JSONL field holding the text', 'text')
    .option('--explain', 'each mention, title and event carries the rule that produced it', false)
    .option('--rules <file>', 'a rule pack (JSON: gazetteers, patterns, stop lists); repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--no-color', 'no colours in the pretty view (also when NO_COLOR is set or stdout is not a terminal)')
    .option('-q, --quiet', 'no progress bar or summary on stderr', false)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run press-extract --help for usage)')
    .action(async (paths: string[], o) => {
      const color = o.color !== false && !process.env.NO_COLOR && !!process.stdout.isTTY;
      process.exitCode = await runExtract(paths, { ...o, color });
    });

  program
    .command('tokenize')
    .description('print the tokens with offsets, sentence, POS and shape')
    .argument('[paths...]', 'files or folders; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .action(async (paths: string[], o) => {
      // Subcommands are imported when used: a plain extraction run does not pay for them.
      const { runTokenize } = await import('./tokenize-command.js');
      process.exitCode = runTokenize(paths, o.format);
    });

  program
    .command('eval')
    .description('score extraction against gold files (<name>.gold.json): precision, recall, F1')
    .requiredOption('--gold <dir>', 'folder holding <name>.gold.json files')
    .argument('[paths...]', 'the texts to score (default: the .txt files beside the gold files)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--verbose', 'list every miss and every extra per document', false)
    .action(async (paths: string[], o) => {
      const { runEval } = await import('./eval-command.js');
      process.exitCode = runEval(paths, o);
    });

  program
    .command('rules')
    .description('list every built-in rule: name, kind, pattern, example')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o) => {
      const { runRules } = await import('./rules-command.js');
      process.exitCode = runRules(o.format);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (`| head -1`) ends the run quietly.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const sub of program.commands) sub.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`press-extract: ${e.message}\n(run press-extract --help for usage)\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
