import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { type ImportSummary, importRecords, importedArticles, importedEvents, importedSites } from '../import/import-records.js';
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

/**
 * Runs `kraina import <format> <source>` over an open, migrated database; resolves to the exit code: 0 when every
 * record was imported, 1 when any was skipped or the source could not be read, 2 for a wrong command line.
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
  if (format === 'rss') {
    // Articles go into a section someone chose; an import never invents one.
    if (options.section === undefined) {
      out.error('kraina: import rss needs --section <slug>, the section the articles go into');
      return 2;
    }
    const sections = await loadSections(database.db);
    if (!sections.some((s) => s.slug === options.section)) {
      out.error(`kraina: there is no section "${options.section}"; create it first (sections: ${sections.map((s) => s.slug).join(', ') || 'none'})`);
      return 1;
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
    out.error(`kraina: ${error.message}; nothing was imported`);
    return 1;
  }
  out.error(`Importing ${records.length} records from ${source}…`);
  const target = format === 'rss' ? importedArticles : format === 'ics' ? importedEvents : importedSites;
  const summary: ImportSummary = await importRecords(database, settings, target, records, {
    locale,
    publish: options.publish ?? false,
    onSkip: out.error,
    onProgress: out.error,
  });
  out.log(`Imported ${source}: ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped`);
  return summary.skipped > 0 ? 1 : 0;
}
