import { describe, expect, it } from 'vitest';
import { printed, type Command, type CommandContext } from '../../../node/commands/command';
import { COMMANDS, runCli, usage } from '../../../node/commands/dispatch';

const context: CommandContext = { cwd: process.cwd(), color: false, width: 100 };

describe('runCli', () => {
  it('prints the usage with the command list for --help, -h and help, and exits 0', async () => {
    for (const help of ['--help', '-h', 'help']) {
      const outcome = await runCli([help], context);
      expect(outcome).toEqual({ exitCode: 0, stdout: usage(), stderr: '' });
    }
    expect(usage()).toMatch(/^Usage: npm run --silent cli -- <command> \[arguments\]\n/);
    expect(usage()).toMatch(/^ {2}compare {2,}compare two readouts/m);
    expect(usage()).toMatch(/^ {2}annotations {2,}export the annotations of a saved comparison/m);
  });

  it("prints a command's help for `help compare` and `compare --help`", async () => {
    const compare = COMMANDS.find((c) => c.name === 'compare')!;
    expect(await runCli(['help', 'compare'], context)).toEqual({ exitCode: 0, stdout: compare.help, stderr: '' });
    expect(await runCli(['compare', '--help'], context)).toEqual({ exitCode: 0, stdout: compare.help, stderr: '' });
  });

  it('exits 2 with the usage on stderr when no command is given', async () => {
    expect(await runCli([], context)).toEqual({ exitCode: 2, stdout: '', stderr: `error: no command given\n${usage()}` });
  });

  it('exits 2 with the usage on stderr for an unknown command', async () => {
    expect(await runCli(['frobnicate', 'a.txt'], context)).toEqual({ exitCode: 2, stdout: '', stderr: `error: unknown command 'frobnicate'\n${usage()}` });
    expect(await runCli(['--json'], context)).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^error: expected a command before --json\n/) });
  });

  it('runs any command in the list with the arguments after its name', async () => {
    const echo: Command = { name: 'echo', summary: 'say it', usage: 'Usage: echo', help: 'Usage: echo\n', run: async (args) => printed(args.join(' ') + '\n') };
    expect(await runCli(['echo', 'a', '--b'], context, [...COMMANDS, echo])).toEqual({ exitCode: 0, stdout: 'a --b\n', stderr: '' });
    // Summaries line up after the longest name.
    expect(usage([echo, { ...echo, name: 'compare' }])).toContain('  echo     say it');
  });
});
