import type { Command } from './commands/command';
import { COMMANDS } from './commands/commands';
import { helpText } from './help-text';
import { CliError, EXIT } from './support/cli-error';
import type { CliIo } from './support/cli-io';
import { formatIssues } from './support/format-issues';

/**
 * The dispatcher: `par-index <command> [flags]`. Returns the exit code; every failure becomes a coded
 * message on stderr (issues with their unit and leaf), never a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const lang = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang' ? 'en' : 'vi';
  const [verb, ...args] = argv;
  if (verb === undefined) {
    io.err(helpText(commands));
    return EXIT.usage;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(helpText(commands));
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === verb);
  try {
    if (!command) {
      throw new CliError('USAGE', {
        vi: `không có lệnh "${verb}" (có: ${commands.map((c) => c.name).join(', ')}). Xem par-index --help.`,
        en: `unknown command "${verb}" (known: ${commands.map((c) => c.name).join(', ')}). See par-index --help.`,
      });
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(helpText(commands, command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    const where = command ? `par-index ${command.name}` : 'par-index';
    if (error instanceof CliError) {
      io.err(`${where}: ${error.code} — ${lang === 'vi' ? error.messages.vi : error.messages.en}\n`);
      if (error.issues.length > 0) io.err(formatIssues(error.issues, lang));
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`${where}: INTERNAL_ERROR — ${lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${reason}\n`);
    if (io.debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return EXIT.internal;
  }
}
