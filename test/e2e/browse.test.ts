// list, show, code and --help as a user runs them: the built binary, exit codes and output.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, folderWith, runCli } from '../helpers.js';

const agency = join(fixtures, 'agency-library');

describe('ethics-guide --help and usage errors', () => {
  it('prints help with the commands and exits 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    for (const command of ['list', 'show', 'code', 'validate'])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('exits 2 with a suggestion for an unknown command or option', () => {
    const command = runCli(['lsit']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("unknown command 'lsit'");
    expect(command.stderr).toContain('Did you mean list?');
    const option = runCli(['list', '--jsn']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("unknown option '--jsn'");
  });
});

describe('ethics-guide list', () => {
  it('lists every case with title, summary and categories', () => {
    const { status, stdout, stderr } = runCli(['list']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^alice-and-bob +Alice & Bob/m);
    expect(stdout).toMatch(/^ {27}\S.*\n {27}.*boundaries vs compassionate support/m);
    expect(stdout).toMatch(/\d+ scenarios\. Read one with `ethics-guide show <id>`/);
    // The dilemma type is the Recognize step's answer: a learner does not see it here.
    expect(stdout).not.toMatch(/right vs (right|wrong)|wrong vs wrong/);
    expect(runCli(['list', '--key']).stdout).toMatch(/^alice-and-bob +Alice & Bob {2}\(right vs right\)$/m);
  });

  it('prints JSON for scripts', () => {
    const rows = JSON.parse(runCli(['list', '--json']).stdout) as {
      id: string;
      built_in: boolean;
      categories: string[];
    }[];
    expect(rows.map((r) => r.id)).toContain('anna-and-john');
    expect(rows.every((r) => r.built_in)).toBe(true);
  });

  it("adds a trainer's folder with --library or ETHICS_GUIDE_LIBRARY", () => {
    const flag = JSON.parse(runCli(['--library', agency, 'list', '--json']).stdout) as {
      id: string;
      built_in: boolean;
    }[];
    expect(flag.find((r) => r.id === 'gift-card')?.built_in).toBe(false);
    const env = runCli(['list'], { env: { ETHICS_GUIDE_LIBRARY: `/nowhere-first:${agency}` } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('library folder /nowhere-first does not exist');
    expect(runCli(['list'], { env: { ETHICS_GUIDE_LIBRARY: agency } }).stdout).toMatch(/^gift-card +Lena's gift card/m);
  });

  it("says where a trainer's case in place of a built-in one comes from, in list and show", () => {
    const dir = join(fixtures, 'conflict-library');
    const { status, stdout, stderr } = runCli(['--library', dir, 'list']);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^alice-and-bob +Alice & Bob.*  from ${dir}, in place of the built-in case$`, 'm'),
    );
    expect(stderr).toBe('');
    const shown = runCli(['--library', dir, 'show', 'alice-and-bob']);
    expect(shown.stdout).toContain(`(from ${dir}, in place of the built-in case)`);
    expect(JSON.parse(runCli(['--library', dir, 'show', 'alice-and-bob', '--json']).stdout)).toMatchObject({
      replaces: 'the built-in case',
    });
  });

  it('repeats the --library in effect in the hint to run validate', () => {
    const dir = folderWith({ 'scenarios/broken.yaml': 'id: broken\ntitle: T\n' });
    const { status, stderr } = runCli(['--library', dir, 'list']);
    expect(status).toBe(0);
    expect(stderr.trim()).toBe(
      `warning: 1 file in the library has problems and was skipped; run \`ethics-guide --library ${dir} validate\` to see them`,
    );
    const hinted = runCli(['--library', dir, 'validate']);
    expect(hinted.status).toBe(1);
    expect(hinted.stdout).toContain('broken.yaml:1:1  `narrative` is missing');
  });
});

describe('ethics-guide show', () => {
  it('shows the case without the key, and the key with --key', () => {
    const plain = runCli(['show', 'anna-and-john']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^Anna & John$/m);
    expect(plain.stdout).toContain('The case');
    expect(plain.stdout).not.toContain("Trainer's key (");
    const key = runCli(['show', 'anna-and-john', '--key']);
    for (const n of [2, 11, 9, 10, 3]) expect(key.stdout).toMatch(new RegExp(`^  ${n}\\. `, 'm'));
    expect(key.stdout).toContain(
      'Peer Specialists never engage in sexual/intimate activities with colleagues or those they serve.',
    );
  });

  it('leaves the key out of JSON unless asked', () => {
    const plain = JSON.parse(runCli(['show', 'alice-and-bob', '--json']).stdout) as Record<string, unknown>;
    expect(plain.narrative).toEqual(expect.stringContaining('Bob'));
    expect(plain.principles).toBeUndefined();
    const key = JSON.parse(runCli(['show', 'alice-and-bob', '--json', '--key']).stdout) as Record<string, unknown>;
    expect(key.principles).toEqual(expect.arrayContaining([expect.objectContaining({ number: 3 })]));
  });

  it('gives in JSON the principles the walkthrough would mark as suggested, all in the key', () => {
    const shown = JSON.parse(runCli(['show', 'alice-and-bob', '--json', '--key']).stdout) as {
      suggested: number[];
      principles: { number: number }[];
    };
    expect(shown.suggested.length).toBeGreaterThan(0);
    for (const n of shown.suggested) expect(shown.principles.map((p) => p.number)).toContain(n);
  });

  it('exits 2 with a suggestion for an unknown id', () => {
    const { status, stderr } = runCli(['show', 'alice-bob']);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(
      "error: there is no scenario `alice-bob` in the library. Did you mean `alice-and-bob`? Run `ethics-guide list` to see them all (a trainer's case needs its folder: `--library DIR`).",
    );
  });
});

describe('ethics-guide code', () => {
  it('quotes the whole code with its source', () => {
    const { status, stdout } = runCli(['code']);
    expect(status).toBe(0);
    expect(stdout).toContain('The primary responsibility of the Peer Specialist');
    expect(stdout).toMatch(
      /^12\. Do not accept\n {4}Peer Specialists do not accept gifts of significant value from those they serve\.$/m,
    );
    expect(stdout).toContain('Source: Depression and Bipolar Support Alliance');
  });

  it('shows one principle, or says which numbers exist', () => {
    expect(runCli(['code', '5']).stdout).toContain(
      'Peer Specialists respect the privacy and confidentiality of those they serve.',
    );
    const missing = runCli(['code', '14']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('error: principle 14 is not in code dbsa (it has 1-13)');
  });

  it('shows another code from a library folder, and JSON', () => {
    const { stdout } = runCli(['--library', agency, 'code', '1', '--code', 'riverside-handbook', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ code: 'riverside-handbook', number: 1, short: 'Gifts' });
    const unknown = runCli(['code', '--code', 'riverside']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('there is no code `riverside` in the library (it has: dbsa)');
  });
});

describe('colour', () => {
  it('uses colour only when asked and never with NO_COLOR or --no-color', () => {
    const ansi = /\u001b\[/;
    expect(runCli(['list'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(runCli(['list'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(runCli(['--no-color', 'list'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });
});

describe('ethics-guide policy', () => {
  it('lists the shipped policies with their sources, shows one, and gives JSON', () => {
    const all = runCli(['policy']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(
      /^duty-to-warn {2}Duty to warn or protect {2}\(urgent: tell your supervisor at once\)$/m,
    );
    expect(all.stdout).toContain('General information, not legal advice');
    const json = JSON.parse(runCli(['policy', '--json']).stdout) as { id: string; source: string; urgent?: boolean }[];
    expect(json.map((p) => p.id)).toContain('hipaa-privacy');
    expect(
      json
        .filter((p) => p.urgent)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['child-abuse-reporting', 'duty-to-warn', 'elder-abuse-reporting']);
    const one = runCli(['policy', 'duty-to-warn']);
    expect(one.stdout).toMatch(/^ {4}Source: Tarasoff/m);
    const missing = runCli(['policy', 'duty-to-warm']);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('Did you mean `duty-to-warn`?')]);
  });

  it("uses an agency's own policy from its folder, and validate checks it and its settings", () => {
    const dir = folderWith({
      'policies/gifts.yaml': 'id: gifts\ntitle: Gifts\ntext: No gifts of $25 or more.\nsource: Handbook 4.2\n',
      'settings.yaml': 'crisis:\n  emergency: 000\n',
    });
    const gifts = runCli(['--library', dir, 'policy', 'gifts']).stdout;
    expect(gifts).toContain('No gifts of $25 or more.');
    // Where it comes from, as list says of a trainer's case.
    expect(gifts).toMatch(
      new RegExp(`^gifts {2}Gifts\\n {4}\\(from ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`, 'm'),
    );
    const checked = runCli(['--library', dir, 'validate']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(
      'settings.yaml:2:14  `emergency` must be text, not the number 0; put it in double quotes to keep it as written',
    );
  });
});
