import type { FieldIssue } from '@kraina/core';

// What every reader (feed, iCalendar, GeoJSON) hands the import: records in the file's order, each either ready to
// save or already known to be wrong. A file that cannot be read at all is a SourceFileError, and nothing is saved.

/** One record of a source file: where it is, who it is at the source, and what it becomes here. */
export interface SourceRecord {
  /** Where the record starts, as a person finds it: "line 42 (item 3)". */
  position: string;
  /** Its identity at the source (RSS guid or link, Atom id, iCalendar UID, GeoJSON feature id), when it has one. */
  sourceId: string | undefined;
  /** The address it had on the old site, which will redirect to its new page. */
  oldUrl: string | undefined;
  /** When the source says it was first published, an ISO instant; used only with --publish. */
  publishedAt: string | undefined;
  /** What staff would send to create it; a re-import sends the same fields, less the slug, as an update. */
  input: Record<string, unknown>;
  /** What is wrong with it, by the source's own field names; any issue and the record is skipped. */
  issues: FieldIssue[];
}

/** A source file that cannot be read at all: not XML, not JSON, not a calendar. */
export class SourceFileError extends Error {
  override name = 'SourceFileError';
}

/** The position of the record at `index` (0-based), given the line each record starts on, if known. */
export function positionOf(lines: readonly number[], index: number, noun: string): string {
  const line = lines[index];
  return line === undefined ? `${noun} ${index + 1}` : `line ${line} (${noun} ${index + 1})`;
}
