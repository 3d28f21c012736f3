import type { ImportRunError, ImportSourceType } from '@kraina/core';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { type ImportSummary, importRecords, importedArticles, importedEvents, importedSites } from '../import/import-records.js';
import { createImportRuns, redactSource } from '../import/import-runs.js';
import { readFeed } from '../import/read-feed.js';
import { readGeoJson } from '../import/read-geojson.js';
import { readICalendar } from '../import/read-icalendar.js';
import { fetchSource, isUrl, readSourceFile } from '../import/read-source.js';
import { SourceFileError, type SourceRecord } from '../import/source-record.js';
import { loadSections } from '../section/section-store.js';

// `kraina import rss|ics|geojson <source>`: reads the file, then hands its records to the import one by one.
// Problems and progress go to stderr and the summary to stdout, so a script can keep the one and log the other.

/** The options of `kraina import`, as parsed from the command line. */
export interface ImportCommandOptions {
  section?: string | undefined;
  locale?: string | undefined;
  publish?: boolean | undefined;
  kind?: string | undefined;
  region?: string | undefined;
}

/** Where the command writes: the summary, and problems and progress. */
export interface CommandOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

const consoleOutput: CommandOutput = { log: (line) => console.log(line), error: (line) => console.error(line) };

/** The usage lines of the import commands, for kraina's help. */
export const importUsage = `  import rss <url-or-file> --section <slug> [--locale en] [--publish]
                 news from an RSS 2.0 or Atom feed, as articles of an existing section
  import ics <file> [--locale en] [--publish]
                 events from an iCalendar file, recurrences and exceptions kept
  import geojson <file> [--kind tourist-site] [--region <slug>] [--locale en] [--publish]
                 places from a GeoJSON FeatureCollection of points (a feature's own kind and region win)
                 Imports are drafts unless --publish; a re-import updates what the last one made; an old
                 page's address (link, URL, url) redirects to the new page. A bad record is reported by its
                 line and skipped, and the command then exits 1.`;

async function readArgument(source: string, format: string): Promise<string> {
  if (isUrl(source)) {
    if (format !== 'rss') throw new SourceFileError(`Only feeds are fetched from a URL; save the ${format} file and import it from disk`);
    return fetchSource(source);
  }
  return readSourceFile(source);
}

const sourceTypes = { rss: 'feed', ics: 'icalendar', geojson: 'geojson' } as const satisfies Record<string, ImportSourceType>;
type Format = keyof typeof sourceTypes;

/** How far a run has got: its counts, the records it refused, and how many records the source holds once read. */
interface RunProgress {
  summary: ImportSummary;
  errors: ImportRunError[];
  records: number;
}

/** Reads the source and imports its records into `progress`; resolves to why the run failed outright, if it did. */
async function importSource(
  format: Format,
  source: string,
  options: ImportCommandOptions & { locale: string },
  context: { database: Database; settings: ContentSettings; out: CommandOutput },
  progress: RunProgress,
): Promise<string | undefined> {
  const { database, settings, out } = context;
  const { locale } = options;
  if (format === 'rss') {
    const sections = await loadSections(database.db);
    if (!sections.some((s) => s.slug === options.section)) {
      return `there is no section "${options.section}"; create it first (sections: ${sections.map((s) => s.slug).join(', ') || 'none'})`;
    }
  }
  let records: SourceRecord[];
  try {
    const text = await readArgument(source, format);
    records =
      format === 'rss'
        ? readFeed(text, { section: options.section as string, locale })
        : format === 'ics'
          ? readICalendar(text, { locale, timeZone: settings.timeZone })
          : readGeoJson(text, { locale, locales: settings.locales.locales, kind: options.kind ?? 'tourist-site', region: options.region });
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    return `${error.message}; nothing was imported`;
  }
  progress.records = records.length;
  out.error(`Importing ${records.length} records from ${source}…`);
  const target = format === 'rss' ? importedArticles : format === 'ics' ? importedEvents : importedSites;
  await importRecords(database, settings, target, records, {
    locale,
    publish: options.publish ?? false,
    onSkip: (line, refused) => {
      out.error(line);
      progress.errors.push(refused);
    },
    onProgress: out.error,
    into: progress.summary,
  });
  return undefined;
}

/**
 * Runs `kraina import <format> <source>` over an open, migrated database; resolves to the exit code: 0 when every
 * record was imported, 1 when any was skipped or the source could not be read, 2 for a wrong command line. Every run
 * past the command line is recorded in `import_runs` for the editorial dashboard, a failed one too.
 */
export async function runImportCommand(
  args: readonly string[],
  options: ImportCommandOptions,
  database: Database,
  settings: ContentSettings,
  out: CommandOutput = consoleOutput,
): Promise<number> {
  const [format, source, ...extra] = args;
  if ((format !== 'rss' && format !== 'ics' && format !== 'geojson') || source === undefined || extra.length > 0) {
    out.error(`kraina: import needs a format (rss, ics or geojson) and one file${format === 'rss' ? ' or URL' : ''}\n\n${importUsage}`);
    return 2;
  }
  const locale = options.locale ?? settings.locales.defaultLocale;
  if (!settings.locales.locales.includes(locale)) {
    out.error(`kraina: --locale ${locale} is not one of this portal's locales (${settings.locales.locales.join(', ')})`);
    return 2;
  }
  // Articles go into a section someone chose; an import never invents one.
  if (format === 'rss' && options.section === undefined) {
    out.error('kraina: import rss needs --section <slug>, the section the articles go into');
    return 2;
  }
  const runs = createImportRuns(database);
  const run = await runs.start(sourceTypes[format], source);
  const progress: RunProgress = { summary: { created: 0, updated: 0, skipped: 0 }, errors: [], records: 0 };
  const { summary, errors } = progress;
  // Messages about the source repeat it as given; the record keeps it only as redacted, secrets out.
  const redacted = (detail: string) => detail.split(source).join(redactSource(source));
  let failure: string | undefined;
  try {
    failure = await importSource(format, source, { ...options, locale }, { database, settings, out }, progress);
  } catch (error) {
    // Records not reached count as failed; the error itself goes on to whoever ran the command.
    const reached = summary.created + summary.updated + summary.skipped;
    const detail = redacted(error instanceof Error ? error.message : String(error));
    await runs.finish(run, { status: 'failed', ...summary, failed: progress.records - reached, errors: [...errors, { item: 'import', detail }] });
    throw error;
  }
  if (failure !== undefined) {
    out.error(`kraina: ${failure}`);
    await runs.finish(run, { status: 'failed', ...summary, failed: 0, errors: [{ item: 'source', detail: redacted(failure) }] });
    return 1;
  }
  await runs.finish(run, { status: summary.skipped > 0 ? 'partial' : 'ok', ...summary, failed: 0, errors });
  out.log(`Imported ${source}: ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped`);
  return summary.skipped > 0 ? 1 : 0;
}
