// The layers of ARCHITECTURE.md, held by a tool rather than by memory (`npm run lint`).
// core: the pure part (data in, data out): no files, no process, no terminal.
const CORE = '^src/(guide|record|report|library|grid|data|markdown|text)/';
const SHELL = '^src/(commands|prompts|session|files|ui)/|^src/main\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-touches-no-files',
      comment: 'guide/, record/, library/, grid/, data/, markdown/ and text/ take data and return data: reading and writing files is files/',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|readline|tty|os|net|http|https|worker_threads|process)$' },
    },
    {
      name: 'core-has-no-terminal',
      comment: 'the terminal (chalk, inquirer) belongs to ui/ and prompts/',
      severity: 'error',
      from: { path: CORE },
      to: { path: 'node_modules/(chalk|@inquirer)/' },
    },
    {
      name: 'core-does-not-reach-up',
      comment: 'the core never imports the shell (commands, prompts, session, files, ui) or decides exit codes (errors.ts)',
      severity: 'error',
      from: { path: CORE },
      to: { path: `${SHELL}|^src/errors\\.ts$` },
    },
    {
      name: 'foundations-stand-alone',
      comment: 'data/, markdown/ and text/ are under the core: they import none of guide/, record/, library/, grid/',
      severity: 'error',
      from: { path: '^src/(data|markdown|text)/' },
      to: { path: '^src/(guide|record|library|grid)/' },
    },
    {
      name: 'commands-are-entry-points',
      comment: 'only main.ts (and commands themselves) import a command',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(commands/|main\\.ts$)' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'inquirer-only-in-prompts',
      comment: 'prompts/ is the one place that knows inquirer',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/prompts/' },
      to: { path: 'node_modules/@inquirer/' },
    },
    {
      name: 'no-circles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
