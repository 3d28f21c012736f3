import type { Generated } from 'kysely';

// The database as Kysely sees it. Both dialects store the same columns the same way: ids as UUID text,
// instants as ISO 8601 UTC text (so they sort as text), flags as 0/1, nested values as JSON text. That keeps
// one query code path; the dialects differ only in full-text search, which lives in the search store.

type Json = string;
type Instant = string;

export interface SectionTable {
  id: string;
  slug: string;
  parent_id: string | null;
  position: number;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

export interface SectionTranslationTable {
  section_id: string;
  locale: string;
  name: string;
  description: string | null;
}

/** The columns every article, event and place row has. */
export interface PublishableColumns {
  id: string;
  slug: string;
  status: string;
  publish_at: Instant | null;
  // When a published item comes down by itself (migration 0017).
  unpublish_at: Instant | null;
  first_published_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
  version: number;
  // Set while the item is withdrawn (migration 0009): when, why (per locale), by what, and the version last published.
  withdrawn_at: Instant | null;
  withdrawal_reason_json: Json | null;
  replaced_by: string | null;
  withdrawn_version: number | null;
}

export interface ArticleTable extends PublishableColumns {
  section_id: string;
  // The day it belongs to in the portal's own zone: news "of 12 May" is Minsk's 12 May, not UTC's.
  published_day: string | null;
  dateline_json: Json | null;
  author_id: string | null;
  lead_image_json: Json | null;
  gallery_json: Json;
}

export interface ArticleTranslationTable {
  article_id: string;
  locale: string;
  headline: string;
  lead: string | null;
  body_json: Json;
  slug: string | null;
  status: string;
}

export interface EventTable extends PublishableColumns {
  category: string;
  event_status: string;
  status_note_json: Json;
  organiser_json: Json;
  price_json: Json | null;
  ticket_url: string | null;
  image_json: Json | null;
  // The span any occurrence can touch, so a month view reads only the events that may fall in it.
  first_starts_at: Instant;
  last_ends_at: Instant | null; // null: the series never ends
}

export interface EventSessionTable {
  event_id: string;
  position: number;
  all_day: number;
  start_local: string;
  end_local: string;
  time_zone: string;
  rrule: string | null;
  rdates_json: Json | null;
  exdates_json: Json | null;
  venue_type: string | null;
  venue_site_id: string | null;
  venue_json: Json | null;
  city_json: Json | null;
  region: string | null;
}

/**
 * One occurrence of an event's session, stored when the event is saved so the calendar reads a range by index
 * instead of expanding every series on every request. Each session is stored up to a horizon (see
 * event/occurrence-rows.ts); `event_occurrence_horizons` names the sessions whose later occurrences are not stored.
 */
export interface EventOccurrenceTable {
  event_id: string;
  session_index: number;
  starts_at: Instant;
  ends_at: Instant;
  // As readers see them, on the session's clock with its offset (2026-03-29T15:00:00+03:00), so no read converts zones.
  start_in_zone: string;
  end_in_zone: string;
  // All-day occurrences only: their first and last day (inclusive) in the session's zone, which the day counts use.
  start_date: string | null;
  end_date: string | null;
  // ends_at again, only for an occurrence longer than the calendar looks back by start (event/occurrence-rows.ts).
  long_ends_at: Instant | null;
}

/** A session whose occurrences are stored only up to an instant; from there on the calendar expands it when read. */
export interface EventOccurrenceHorizonTable {
  event_id: string;
  session_index: number;
  stored_until: Instant; // every occurrence starting before it is stored, none starting at or after it
}

export interface EventTranslationTable {
  event_id: string;
  locale: string;
  title: string;
  summary: string | null;
  description_json: Json;
  slug: string | null;
  status: string;
}

export interface SiteTable extends PublishableColumns {
  kind: string;
  region: string;
  district: string | null;
  lat: number;
  lng: number;
  kind_fields_json: Json;
  opening_hours_json: Json | null;
  contacts_json: Json;
  image_json: Json | null;
  gallery_json: Json;
}

export interface SiteTranslationTable {
  site_id: string;
  locale: string;
  name: string;
  summary: string | null;
  description_json: Json;
  address: string | null;
  slug: string | null;
  status: string;
}

export interface TagTable {
  owner_type: string;
  owner_id: string;
  tag: string;
}

export interface RelatedItemTable {
  owner_type: string;
  owner_id: string;
  target_type: string;
  target_id: string;
  position: number;
}

export interface ArticlePositionTable {
  scope: string; // '' for all news, else a section id whose list includes its sub-sections
  locale: string;
  position: number; // 1 is the oldest, so publishing today appends instead of shifting every row
  article_id: string;
  published_at: Instant;
}

export interface MediaTable {
  id: string;
  kind: string;
  filename: string;
  mime_type: string;
  bytes: number;
  width: number | null;
  height: number | null;
  credit: string | null;
  focal_x: number;
  focal_y: number;
  storage_key: string;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

export interface MediaTranslationTable {
  media_id: string;
  locale: string;
  alt: string | null;
  caption: string | null;
}

export interface MediaVariantTable {
  media_id: string;
  width: number;
  height: number;
  format: string;
  storage_key: string;
}

export interface MediaUsageTable {
  media_id: string;
  owner_type: string;
  owner_id: string;
  role: string;
}

export interface SearchDocumentTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: string;
  locale: string;
  title: string;
  body: string;
  published_at: Instant | null;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  locales_json: Json;
  password_hash: string | null;
  two_factor_secret: string | null;
  // Migration 0011: a secret being set up, and the newest TOTP step accepted (so no code is taken twice).
  two_factor_pending_secret: string | null;
  two_factor_last_step: number | null;
  disabled: number;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

/** A staff session; the cookie holds the secret, the row only its SHA-256. */
export interface SessionTable {
  id: string;
  secret_hash: string;
  user_id: string;
  user_agent: string | null;
  created_at: Instant;
  last_seen_at: Instant;
  idle_expires_at: Instant;
  absolute_expires_at: Instant;
  revoked_at: Instant | null;
}

/** An API token for internal teams; only the SHA-256 of its secret is kept. */
export interface ApiTokenTable {
  id: string;
  name: string;
  scopes_json: Json;
  secret_hash: string;
  created_by: string;
  created_at: Instant;
  expires_at: Instant | null;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
}

/** A recovery code for two-factor sign-in, kept as a hash; `used_at` is set when it is spent (migration 0011). */
export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  created_at: Instant;
  used_at: Instant | null;
}

/** A one-time password reset an admin issued; only the SHA-256 of its token is kept (migration 0011). */
export interface PasswordResetTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

/** One portal-wide sign-in rule, such as whether two-factor sign-in is mandatory (migration 0011). */
export interface SecuritySettingTable {
  name: string;
  value_json: Json;
  updated_at: Instant;
}

/** One failed sign-in, counted by the throttle under its account and its address. */
export interface SignInFailureTable {
  key: string;
  failed_at: Instant;
}

export interface RevisionTable {
  id: string;
  entity_type: string;
  entity_id: string;
  version: number;
  author_id: string | null;
  created_at: Instant;
  restored_from: string | null;
  snapshot_json: Json;
}

export interface RedirectTable {
  id: string;
  from_path: string;
  to_path: string;
  created_at: Instant;
  version: number;
}

/** A scheduled site-wide banner (migration 0013); `message` is its text per locale as JSON. */
export interface SiteAlertTable {
  id: string;
  level: string;
  message: Json;
  link: string | null;
  starts_at: Instant;
  ends_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

/** The version of everything readers can see (migration 0014): one row, id 1. */
export interface ContentVersionTable {
  id: number;
  version: number | string | bigint;
}

/** Which source text a translated field was made from (migration 0010): the source locale and its field's fingerprint. */
export interface TranslationSourceTable {
  entity_type: string;
  entity_id: string;
  locale: string;
  field: string;
  source_locale: string;
  source_fingerprint: string;
  recorded_at: Instant;
}

/** Which item a record of an imported file became, so a re-import updates it (migration 0008). */
export interface ImportSourceTable {
  source_type: string;
  source_id: string;
  entity_type: string;
  entity_id: string;
  first_imported_at: Instant;
  last_imported_at: Instant;
}

/** One run of `kraina import` (migration 0015): its source, outcome, counts and the records it refused, as JSON. */
export interface ImportRunTable {
  id: string;
  source_type: string;
  source: string;
  started_at: Instant;
  finished_at: Instant | null;
  status: string;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors_json: Json;
}

/** Every table, by name. */
export interface AuditLogTable {
  seq: number;
  at: Instant;
  action: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  address: string | null;
  details_json: string;
  prev_hash: string;
  hash: string;
}

export interface Tables {
  sections: SectionTable;
  section_translations: SectionTranslationTable;
  articles: ArticleTable;
  article_translations: ArticleTranslationTable;
  article_positions: ArticlePositionTable;
  events: EventTable;
  event_sessions: EventSessionTable;
  event_translations: EventTranslationTable;
  event_occurrences: EventOccurrenceTable;
  event_occurrence_horizons: EventOccurrenceHorizonTable;
  sites: SiteTable;
  site_translations: SiteTranslationTable;
  tags: TagTable;
  related_items: RelatedItemTable;
  media: MediaTable;
  media_translations: MediaTranslationTable;
  media_variants: MediaVariantTable;
  media_usages: MediaUsageTable;
  search_documents: SearchDocumentTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  sign_in_failures: SignInFailureTable;
  recovery_codes: RecoveryCodeTable;
  password_resets: PasswordResetTable;
  security_settings: SecuritySettingTable;
  revisions: RevisionTable;
  redirects: RedirectTable;
  site_alerts: SiteAlertTable;
  content_version: ContentVersionTable;
  audit_log: AuditLogTable;
  import_sources: ImportSourceTable;
  import_runs: ImportRunTable;
  translation_sources: TranslationSourceTable;
}
