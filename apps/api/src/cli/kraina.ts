import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { CreateUserInputSchema, issuesFromZod } from '@kraina/core';
import { pino } from 'pino';
import { contentSettingsOf } from '../app.js';
import { createAuditLog } from '../audit/audit-log.js';
import { loadConfig } from '../config.js';
import { createContentStores } from '../content/content-stores.js';
import { openDatabase } from '../db/database.js';
import { knownMigrations, migrate } from '../db/migrate.js';
import { isEmpty, loadDemo } from '../demo/load-demo.js';
import { createMediaStore } from '../media/media-store.js';
import { openMediaStorage } from '../media/open-media-storage.js';
import { createUserStore } from '../user/user-store.js';
import { backupUsage, isBackupCommand, runBackupCommand } from './backup-commands.js';
import { importUsage, runImportCommand } from './import-commands.js';

// The kraina command: operations on a portal's database, with the same settings (DATABASE_URL, …) as the API.

const usage = `Usage: kraina <command>

Commands:
  migrate        bring the database schema up to date (the API also does this at start)
  seed [--demo]  load the demo portal into an empty database
  create-user --email <email> --name <name> --role <admin|editor|author|translator> [--locales be,ru] [--password-stdin]
                 create a staff account; its password is read from standard input, or made at random and shown once
  audit-verify   check the audit log's chain of hashes; exits 1 when an entry was changed or removed
${importUsage}
${backupUsage}
  help           show this text

Settings come from the environment, as for the API: DATABASE_URL, MEDIA_DIR, KRAINA_LOCALES, …`;

/** Runs one command; resolves to the process exit code. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  readStdin: () => Promise<string> = () => text(process.stdin),
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: true },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      locales: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      section: { type: 'string' },
      locale: { type: 'string' },
      publish: { type: 'boolean', default: false },
      kind: { type: 'string' },
      region: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [command = 'help'] = positionals;
  if (command === 'help' || command === '--help') {
    console.log(usage);
    return 0;
  }
  if (command !== 'migrate' && command !== 'seed' && command !== 'create-user' && command !== 'audit-verify' && command !== 'import' && !isBackupCommand(command)) {
    console.error(`kraina: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  const config = loadConfig(env);
  const logger = pino({ level: config.LOG_LEVEL === 'silent' ? 'silent' : 'info', base: { service: 'kraina' } });
  const database = openDatabase(config.DATABASE_URL);
  try {
    // Before migrating: a backup copies the database as it is, and export and restore migrate when they need to.
    if (isBackupCommand(command)) return await runBackupCommand(command, positionals.slice(1), values, database, config);
    const { applied } = await migrate(database);
    logger.info({ applied, known: knownMigrations }, applied.length > 0 ? 'database migrated' : 'database already up to date');
    if (command === 'create-user') {
      // A password on the command line would stay in shell history and `ps`; it comes from stdin or is made here.
      const chosen = values['password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : undefined;
      const password = chosen ?? randomBytes(18).toString('base64url');
      const input = CreateUserInputSchema.safeParse({
        email: values.email,
        name: values.name,
        role: values.role,
        locales: values.locales?.split(',').map((l) => l.trim()).filter(Boolean) ?? [],
        password,
      });
      if (!input.success) {
        const problems = issuesFromZod(input.error.issues).map((i) => `  ${i.pointer.replace('#/', '--')}: ${i.detail}`);
        console.error(`kraina: the account is not valid:\n${problems.join('\n')}`);
        return 1;
      }
      const user = await createUserStore(database).create(input.data);
      console.log(chosen === undefined ? `Created ${user.role} ${user.email}. Password (shown this once): ${password}` : `Created ${user.role} ${user.email}.`);
      return 0;
    }
    if (command === 'audit-verify') {
      const result = await createAuditLog(database).verify();
      if (!result.ok) {
        console.error(`kraina: the audit log is broken at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries verify before it)`);
        return 1;
      }
      // The last hash is what proves, later, that no newest entries were cut off: keep it somewhere else.
      console.log(`The audit log verifies: ${result.entries} entries, last hash ${result.lastHash}`);
      return 0;
    }
    if (command === 'import') return await runImportCommand(positionals.slice(1), values, database, contentSettingsOf(config));
    if (command === 'seed') {
      if (!values.demo) throw new Error('Only the demo content can be seeded; RSS, iCalendar and GeoJSON come in with `kraina import`');
      // Seeding never mixes with real content: on a database that has any, it refuses rather than guesses.
      if (!(await isEmpty(database))) {
        console.error('kraina: the database already holds content; seed loads the demo into an empty database only');
        return 1;
      }
      await loadDemo(createContentStores(database, contentSettingsOf(config)), createMediaStore(database, openMediaStorage(config)), new Date(), logger);
    }
    return 0;
  } finally {
    await database.close();
  }
}
