import type { Command } from './command';
import { findApiEntry, runNodeEntry } from '../support/api-entry';
import { CliError } from '../support/cli-error';

function databaseVerb(name: 'backup' | 'restore', summary: Command['summary'], usage: string): Command {
  return {
    name,
    summary,
    usage,
    async run(args, io) {
      const positionals = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--lang');
      if (positionals.length !== 1) {
        throw new CliError('USAGE', {
          vi: `cần đúng một tệp: par-index ${name} FILE`,
          en: `exactly one file is needed: par-index ${name} FILE`,
        });
      }
      return runNodeEntry(io, findApiEntry('backup.js'), [name, ...args]);
    },
  };
}

const WHERE =
  'Cơ sở dữ liệu · database: DATABASE_URL (+ DATABASE_MIGRATION_URL), hoặc PostgreSQL nhúng của PAR_DATA_DIR · or the embedded one of PAR_DATA_DIR';

/** `par-index backup FILE`: one consistent archive of the whole database and the evidence files. */
export const backupCommand = databaseVerb(
  'backup',
  {
    vi: 'Sao lưu toàn bộ cơ sở dữ liệu và tệp minh chứng vào một tệp (một ảnh chụp nhất quán, kể cả khi đang chạy)',
    en: 'Back up the whole database and the evidence files into one file (one consistent snapshot, even while running)',
  },
  [
    'FILE                       tệp .tar.gz sẽ ghi · the .tar.gz to write',
    '--force                    ghi đè tệp đã có · replace an existing file',
    '--pg-dump                  dùng pg_dump (PostgreSQL ngoài, chỉ CSDL) · use pg_dump (external PostgreSQL, database only)',
    WHERE,
  ].join('\n'),
);

/** `par-index restore FILE`: into an empty database, verified table by table and file by file. */
export const restoreCommand = databaseVerb(
  'restore',
  {
    vi: 'Khôi phục một bản sao lưu vào cơ sở dữ liệu trống (kiểm tra số dòng, mã kiểm tra từng bảng và từng tệp)',
    en: 'Restore a backup into an empty database (row counts, per-table checksums and every file verified)',
  },
  [
    'FILE                       bản sao lưu · the backup archive',
    '--force                    thay toàn bộ dữ liệu đang có · replace all data already there',
    WHERE,
  ].join('\n'),
);
