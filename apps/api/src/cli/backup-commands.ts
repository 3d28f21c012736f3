import type { Config } from '../config.js';
import { exportTypes, writeExport } from '../backup/export-records.js';
import { streamWriter, writeFileWhole } from '../backup/line-files.js';
import { BackupFileError, RestoreRefusedError } from '../backup/restore-errors.js';
import { restoreBackup } from '../backup/restore-backup.js';
import { writeBackup } from '../backup/write-backup.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openMediaStorage } from '../media/open-media-storage.js';
import type { CommandOutput } from './import-commands.js';

// `kraina export`, `kraina backup <file>` and `kraina restore <file>`. Progress and problems go to stderr; the
// summary goes to stdout, except for an export to stdout, whose every line there is a record.

/** The commands this module runs. */
export const backupCommands = ['export', 'backup', 'restore'] as const;
/** One of the backup commands. */
export type BackupCommand = (typeof backupCommands)[number];

/** Whether a command line's command is one of the backup commands. */
export function isBackupCommand(command: string): command is BackupCommand {
  return (backupCommands as readonly string[]).includes(command);
}

/** The usage lines of the backup commands, for kraina's help. */
export const backupUsage = `  export [--out <file>]
                 the content (articles, events, places, sections, media, redirects, and accounts without password
                 hashes or secrets) as JSON Lines in the API's shapes, sorted by type and id, to stdout or a file
  backup <file>  every row of every table as JSON Lines, read as one consistent moment; the search index and event
                 occurrences are left out and rebuilt on restore. The file holds password hashes, two-factor secrets
                 and session hashes, so it is created readable by its owner only (mode 0600): keep it that way.
                 Media files are not in it: copy MEDIA_DIR beside it
  restore <file> a backup into an empty database (migrated first), in one transaction, then rebuilds the search
                 index and event occurrences. Refuses, changing nothing, a database that holds content, a backup
                 made by a newer Kraina, and a malformed file (naming the line)`;

/** The options of the backup commands, as parsed from the command line. */
export interface BackupCommandOptions {
  out?: string | undefined;
}

const consoleOutput: CommandOutput = { log: (line) => console.log(line), error: (line) => console.error(line) };

/**
 * Runs a backup command over an open database; resolves to the exit code: 0 when done, 1 when a restore was refused
 * or its file is malformed, 2 for a wrong command line. Backup reads the database as it is, without migrating it,
 * so a database can be backed up before a new Kraina migrates it.
 */
export async function runBackupCommand(
  command: BackupCommand,
  args: readonly string[],
  options: BackupCommandOptions,
  database: Database,
  config: Config,
  out: CommandOutput = consoleOutput,
  now: () => Date = () => new Date(),
): Promise<number> {
  const [file, ...extra] = args;
  if (command === 'export') {
    if (args.length > 0) {
      out.error(`kraina: export takes no arguments; name a file with --out\n\n${backupUsage}`);
      return 2;
    }
    await migrate(database);
    // Addresses of media files as the API answers them.
    const storage = openMediaStorage(config);
    const counts =
      options.out === undefined
        ? await writeExport(database, storage, streamWriter(process.stdout))
        : await writeFileWhole(options.out, 0o666, (write) => writeExport(database, storage, write));
    out.error(`Exported ${exportTypes.map((type) => `${type}: ${counts[type]}`).join(', ')}${options.out === undefined ? '' : ` to ${options.out}`}`);
    return 0;
  }
  if (file === undefined || extra.length > 0 || options.out !== undefined) {
    out.error(`kraina: ${command} needs one file\n\n${backupUsage}`);
    return 2;
  }
  if (command === 'backup') {
    out.error(`Backing up the ${database.dialect} database to ${file}…`);
    const summary = await writeFileWhole(file, 0o600, (write) => writeBackup(database, write, { now: now(), onProgress: out.error }));
    out.log(`Backed up ${summary.rows} rows of ${summary.tables} tables to ${file} (readable by its owner only: it holds password hashes and secrets)`);
    return 0;
  }
  try {
    await migrate(database);
    const summary = await restoreBackup(database, file, { now: now(), onProgress: out.error });
    out.log(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file}`);
    return 0;
  } catch (error) {
    if (error instanceof BackupFileError) out.error(`kraina: ${file}, line ${error.line}: ${error.message}; nothing was restored`);
    else if (error instanceof RestoreRefusedError) out.error(`kraina: ${error.message}; nothing was restored`);
    else throw error;
    return 1;
  }
}
