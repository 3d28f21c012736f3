/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion -- the `as typeof` below shape the published declarations, see the note on `routes` */
import { z } from 'zod';
import {
  ArticleDayCountsQuerySchema,
  ArticlePageSchema,
  ArticleListQuerySchema,
  ArticleViewSchema,
} from '../article/article-list-query.js';
import { ArticleSchema, CreateArticleInputSchema, UpdateArticleInputSchema } from '../article/article.js';
import { StaffArticleListQuerySchema, StaffArticlePageSchema } from '../article/staff-article-list.js';
import { EditorialCalendarQuerySchema, EditorialCalendarSchema } from '../calendar/editorial-calendar.js';
import { StaffEventListQuerySchema, StaffEventPageSchema } from '../event/staff-event-list.js';
import { ImportRunListQuerySchema, ImportRunPageSchema } from '../import/import-run.js';
import { StaffSiteListQuerySchema, StaffSitePageSchema } from '../site/staff-site-list.js';
import { DayCountsSchema } from '../calendar/day-counts.js';
import {
  EventDayCountsQuerySchema,
  EventListQuerySchema,
  EventOccurrencePageSchema,
  EventViewSchema,
} from '../event/event-list-query.js';
import { EventSitemapPageSchema, EventSitemapQuerySchema } from '../event/event-sitemap.js';
import { CreateEventInputSchema, EventSchema, UpdateEventInputSchema } from '../event/event.js';
import { LocaleSchema } from '../locale/locale.js';
import { SearchPageSchema, SearchQuerySchema } from '../search/search.js';
import { CreateSectionInputSchema, SectionNodeSchema, SectionSchema, UpdateSectionInputSchema } from '../section/section.js';
import { SitePageSchema, SiteListQuerySchema, SiteViewSchema } from '../site/site-list-query.js';
import { CreateSiteInputSchema, SiteSchema, UpdateSiteInputSchema } from '../site/site.js';
import { SlugSchema } from '../slug/slug.js';
import { WorkflowRequestSchema } from '../workflow/workflow-request.js';
import { PreviewLinkSchema, PreviewSchema, PreviewTokenSchema } from '../preview/preview.js';
import { CreateSiteAlertInputSchema, SiteAlertListSchema, SiteAlertSchema, UpdateSiteAlertInputSchema } from '../alert/site-alert.js';
import {
  CreateRedirectInputSchema,
  RedirectListQuerySchema,
  RedirectLookupQuerySchema,
  RedirectPageSchema,
  RedirectSchema,
  UpdateRedirectInputSchema,
} from '../redirect/redirect.js';
import { AuditListQuerySchema, AuditPageSchema, AuditVerificationSchema } from '../audit/audit.js';
import { ApiTokenListSchema, CreateApiTokenInputSchema, CreatedApiTokenSchema } from '../auth/api-token.js';
import { SessionInfoSchema, SignInInputSchema, StaffSessionListSchema } from '../auth/session.js';
import { ChangePasswordInputSchema, IssuedPasswordResetSchema, ResetPasswordInputSchema } from '../auth/password-change.js';
import { ConfirmTwoFactorInputSchema, DisableTwoFactorInputSchema, RecoveryCodesSchema, SecuritySettingsSchema, TwoFactorSetupSchema } from '../auth/two-factor.js';
import { CreateUserInputSchema, UpdateUserInputSchema, UserListQuerySchema, UserListSchema, UserSchema } from '../user/user.js';
import { EventDownloadQuerySchema, PlaceFeatureCollectionSchema, SiteDownloadQuerySchema } from './open-data.js';
import { MediaSchema, UpdateMediaInputSchema } from '../media/media.js';
import { PublicMediaSchema } from '../media/public-media.js';
import { ContentVersionSchema } from '../content/content-version.js';
import { RelatedItemsSchema, RelatedLookupQuerySchema } from '../content/related-lookup.js';
import { MediaListQuerySchema, MediaPageSchema } from '../media/media-list.js';
import { UploadMediaFieldsSchema } from '../media/media-upload.js';
import {
  ArticleRevisionSchema,
  EventRevisionSchema,
  RestoreRevisionInputSchema,
  RevisionDiffQuerySchema,
  RevisionDiffSchema,
  RevisionListQuerySchema,
  RevisionPageSchema,
  SiteRevisionSchema,
} from '../revision/revision-history.js';
import { ConfirmArticleTranslationInputSchema, ConfirmEventTranslationInputSchema, ConfirmSiteTranslationInputSchema } from '../translation/translated-fields.js';
import type { RouteContract } from './route-contract.js';

const bySlug = z.strictObject({ slug: SlugSchema });
const byId = z.strictObject({ id: z.uuid() });
const localeOnly = z.strictObject({ locale: LocaleSchema.optional() }).meta({ id: 'LocaleQuery' });
const byPreviewToken = z.strictObject({ token: PreviewTokenSchema });
const byRevision = z.strictObject({ id: z.uuid(), revisionId: z.uuid() });
const byTranslation = z.strictObject({ id: z.uuid(), locale: LocaleSchema });
const csvText = z.string().describe('RFC 4180 CSV: a header row, then one record per line, each keyed by its stable id');
const iCalendarText = z.string().describe('An RFC 5545 iCalendar document: one VEVENT per session, its UID stable');

/** The section tree, roots first. */
export const SectionTreeSchema = z.object({ items: z.array(SectionNodeSchema) }).meta({ id: 'SectionTree' });

// `X as typeof X` keeps each schema's type a reference in the published declarations; without it TypeScript
// writes every schema's full type out again for each route, and index.d.ts grows from 0.6 MB to 1.3 MB.
/** Every operation of the REST API under `/api/v1`: the server validates by it, OpenAPI and the client derive from it. */
export const routes = {
  listArticles: { method: 'GET', path: '/articles', tag: 'articles', access: 'public', summary: 'List published news, newest first', query: ArticleListQuerySchema as typeof ArticleListQuerySchema, response: ArticlePageSchema as typeof ArticlePageSchema },
  getArticle: { method: 'GET', path: '/articles/:slug', tag: 'articles', access: 'public', summary: 'Read an article by its slug in any locale', params: bySlug as typeof bySlug, query: localeOnly as typeof localeOnly, response: ArticleViewSchema as typeof ArticleViewSchema, movedWhen: 'The item was withdrawn in favour of another that is published: `Location` names the replacement' },
  createArticle: { method: 'POST', path: '/articles', tag: 'articles', access: ['content:write', 'content:write-own'], summary: 'Create a draft article', body: CreateArticleInputSchema as typeof CreateArticleInputSchema, response: ArticleSchema as typeof ArticleSchema, status: 201 },
  updateArticle: { method: 'PATCH', path: '/articles/:id', tag: 'articles', access: ['content:write', 'content:write-own', 'translations:write'], summary: 'Change an article', params: byId as typeof byId, body: UpdateArticleInputSchema as typeof UpdateArticleInputSchema, response: ArticleSchema as typeof ArticleSchema },
  deleteArticle: { method: 'DELETE', path: '/articles/:id', tag: 'articles', access: 'content:delete', summary: 'Delete an article', params: byId as typeof byId, status: 204 },
  countArticlesByDay: { method: 'GET', path: '/calendar/articles', tag: 'articles', access: 'public', summary: 'Count published news per day of a month', query: ArticleDayCountsQuerySchema as typeof ArticleDayCountsQuerySchema, response: DayCountsSchema as typeof DayCountsSchema },
  // Staff reads (issue 6): every state, by id, for the editorial app's lists, dashboard and editor.
  listStaffArticles: { method: 'GET', path: '/editorial/articles', tag: 'articles', access: 'drafts:read', summary: 'List articles in every state for staff: by status, author, section and locale, searched by headline, in a chosen order', query: StaffArticleListQuerySchema as typeof StaffArticleListQuerySchema, response: StaffArticlePageSchema as typeof StaffArticlePageSchema },
  getStaffArticle: { method: 'GET', path: '/editorial/articles/:id', tag: 'articles', access: 'drafts:read', summary: 'Read an article in any state by its id, with its translation status, for editing', params: byId as typeof byId, response: ArticleSchema as typeof ArticleSchema },

  listEvents: { method: 'GET', path: '/events', tag: 'events', access: 'public', summary: 'List event occurrences in a date range', query: EventListQuerySchema as typeof EventListQuerySchema, response: EventOccurrencePageSchema as typeof EventOccurrencePageSchema },
  downloadEventsCsv: { method: 'GET', path: '/events.csv', tag: 'events', access: 'public', summary: 'Download the calendar as CSV, one row per occurrence', query: EventDownloadQuerySchema as typeof EventDownloadQuerySchema, response: csvText as typeof csvText, produces: 'text/csv; charset=utf-8' },
  downloadEventsICalendar: { method: 'GET', path: '/events.ics', tag: 'events', access: 'public', summary: 'Subscribe to the calendar as iCalendar', query: EventDownloadQuerySchema as typeof EventDownloadQuerySchema, response: iCalendarText as typeof iCalendarText, produces: 'text/calendar; charset=utf-8' },
  // Before getEvent: routes are matched in this order, and `/events/:slug` would take `x.ics` for a slug and refuse it.
  getEventICalendar: { method: 'GET', path: '/events/:slug.ics', tag: 'events', access: 'public', summary: 'Add one event to a calendar, as iCalendar', params: bySlug as typeof bySlug, query: localeOnly as typeof localeOnly, response: iCalendarText as typeof iCalendarText, produces: 'text/calendar; charset=utf-8' },
  getEvent: { method: 'GET', path: '/events/:slug', tag: 'events', access: 'public', summary: 'Read an event by its slug in any locale', params: bySlug as typeof bySlug, query: localeOnly as typeof localeOnly, response: EventViewSchema as typeof EventViewSchema, movedWhen: 'The item was withdrawn in favour of another that is published: `Location` names the replacement' },
  createEvent: { method: 'POST', path: '/events', tag: 'events', access: ['content:write', 'content:write-own'], summary: 'Create a draft event', body: CreateEventInputSchema as typeof CreateEventInputSchema, response: EventSchema as typeof EventSchema, status: 201 },
  updateEvent: { method: 'PATCH', path: '/events/:id', tag: 'events', access: ['content:write', 'content:write-own', 'translations:write'], summary: 'Change an event', params: byId as typeof byId, body: UpdateEventInputSchema as typeof UpdateEventInputSchema, response: EventSchema as typeof EventSchema },
  deleteEvent: { method: 'DELETE', path: '/events/:id', tag: 'events', access: 'content:delete', summary: 'Delete an event', params: byId as typeof byId, status: 204 },
  // Sitemaps want each event once, not its occurrences in a date range as listEvents gives them.
  listEventSitemap: { method: 'GET', path: '/sitemap/events', tag: 'events', access: 'public', summary: 'Every published event once, with the locales it is published in, for sitemaps', query: EventSitemapQuerySchema as typeof EventSitemapQuerySchema, response: EventSitemapPageSchema as typeof EventSitemapPageSchema },
  countEventsByDay: { method: 'GET', path: '/calendar/events', tag: 'events', access: 'public', summary: 'Count event occurrences per day of a month', query: EventDayCountsQuerySchema as typeof EventDayCountsQuerySchema, response: DayCountsSchema as typeof DayCountsSchema },
  listStaffEvents: { method: 'GET', path: '/editorial/events', tag: 'events', access: 'drafts:read', summary: 'List events in every state for staff: by status, author, category and locale, searched by title, in a chosen order', query: StaffEventListQuerySchema as typeof StaffEventListQuerySchema, response: StaffEventPageSchema as typeof StaffEventPageSchema },
  getStaffEvent: { method: 'GET', path: '/editorial/events/:id', tag: 'events', access: 'drafts:read', summary: 'Read an event in any state by its id, with its translation status, for editing', params: byId as typeof byId, response: EventSchema as typeof EventSchema },

  listSites: { method: 'GET', path: '/sites', tag: 'sites', access: 'public', summary: 'List places by kind and region, in a box or nearest a point', query: SiteListQuerySchema as typeof SiteListQuerySchema, response: SitePageSchema as typeof SitePageSchema },
  downloadSitesGeoJson: { method: 'GET', path: '/sites.geojson', tag: 'sites', access: 'public', summary: 'Download places as GeoJSON points', query: SiteDownloadQuerySchema as typeof SiteDownloadQuerySchema, response: PlaceFeatureCollectionSchema as typeof PlaceFeatureCollectionSchema, produces: 'application/geo+json' },
  downloadSitesCsv: { method: 'GET', path: '/sites.csv', tag: 'sites', access: 'public', summary: 'Download places as CSV, one row per place', query: SiteDownloadQuerySchema as typeof SiteDownloadQuerySchema, response: csvText as typeof csvText, produces: 'text/csv; charset=utf-8' },
  getSite: { method: 'GET', path: '/sites/:slug', tag: 'sites', access: 'public', summary: 'Read a place by its slug in any locale', params: bySlug as typeof bySlug, query: localeOnly as typeof localeOnly, response: SiteViewSchema as typeof SiteViewSchema, movedWhen: 'The item was withdrawn in favour of another that is published: `Location` names the replacement' },
  createSite: { method: 'POST', path: '/sites', tag: 'sites', access: ['content:write', 'content:write-own'], summary: 'Create a draft place', body: CreateSiteInputSchema as typeof CreateSiteInputSchema, response: SiteSchema as typeof SiteSchema, status: 201 },
  updateSite: { method: 'PATCH', path: '/sites/:id', tag: 'sites', access: ['content:write', 'content:write-own', 'translations:write'], summary: 'Change a place', params: byId as typeof byId, body: UpdateSiteInputSchema as typeof UpdateSiteInputSchema, response: SiteSchema as typeof SiteSchema },
  deleteSite: { method: 'DELETE', path: '/sites/:id', tag: 'sites', access: 'content:delete', summary: 'Delete a place', params: byId as typeof byId, status: 204 },
  listStaffSites: { method: 'GET', path: '/editorial/sites', tag: 'sites', access: 'drafts:read', summary: 'List places in every state for staff: by status, author, kind, region and locale, searched by name, in a chosen order', query: StaffSiteListQuerySchema as typeof StaffSiteListQuerySchema, response: StaffSitePageSchema as typeof StaffSitePageSchema },
  getStaffSite: { method: 'GET', path: '/editorial/sites/:id', tag: 'sites', access: 'drafts:read', summary: 'Read a place in any state by its id, with its translation status, for editing', params: byId as typeof byId, response: SiteSchema as typeof SiteSchema },

  // Editorial workflow: one move per request; the route lets in writers and publishers, and core's state machine
  // decides each move by the caller's role and whether the item is theirs.
  changeArticleWorkflow: { method: 'POST', path: '/articles/:id/workflow', tag: 'articles', access: ['content:publish', 'content:write-own'], summary: 'Submit, return, schedule, publish, unpublish, withdraw, archive or restore an article', params: byId as typeof byId, body: WorkflowRequestSchema as typeof WorkflowRequestSchema, response: ArticleSchema as typeof ArticleSchema, baseVersion: 'optional' },
  changeEventWorkflow: { method: 'POST', path: '/events/:id/workflow', tag: 'events', access: ['content:publish', 'content:write-own'], summary: 'Submit, return, schedule, publish, unpublish, withdraw, archive or restore an event', params: byId as typeof byId, body: WorkflowRequestSchema as typeof WorkflowRequestSchema, response: EventSchema as typeof EventSchema, baseVersion: 'optional' },
  changeSiteWorkflow: { method: 'POST', path: '/sites/:id/workflow', tag: 'sites', access: ['content:publish', 'content:write-own'], summary: 'Submit, return, schedule, publish, unpublish, withdraw, archive or restore a place', params: byId as typeof byId, body: WorkflowRequestSchema as typeof WorkflowRequestSchema, response: SiteSchema as typeof SiteSchema, baseVersion: 'optional' },

  listSections: { method: 'GET', path: '/sections', tag: 'sections', access: 'public', summary: 'The tree of news sections', response: SectionTreeSchema as typeof SectionTreeSchema },
  createSection: { method: 'POST', path: '/sections', tag: 'sections', access: 'sections:manage', summary: 'Create a section', body: CreateSectionInputSchema as typeof CreateSectionInputSchema, response: SectionSchema as typeof SectionSchema, status: 201 },
  updateSection: { method: 'PATCH', path: '/sections/:id', tag: 'sections', access: 'sections:manage', summary: 'Change a section', params: byId as typeof byId, body: UpdateSectionInputSchema as typeof UpdateSectionInputSchema, response: SectionSchema as typeof SectionSchema },
  deleteSection: { method: 'DELETE', path: '/sections/:id', tag: 'sections', access: 'sections:manage', summary: 'Delete an empty section', params: byId as typeof byId, status: 204 },

  signIn: { method: 'POST', path: '/auth/sign-in', tag: 'auth', access: 'public', summary: 'Sign in with email and password; sets the session cookie', body: SignInInputSchema as typeof SignInInputSchema, response: SessionInfoSchema as typeof SessionInfoSchema, alsoAnswers: ['unauthenticated', 'two-factor-required'] },
  signOut: { method: 'POST', path: '/auth/sign-out', tag: 'auth', access: 'self', summary: 'End this session', status: 204 },
  getSession: { method: 'GET', path: '/auth/session', tag: 'auth', access: 'self', summary: 'Who is signed in, what they may do, and their CSRF token', response: SessionInfoSchema as typeof SessionInfoSchema },
  listMySessions: { method: 'GET', path: '/auth/sessions', tag: 'auth', access: 'self', summary: 'My open sessions, newest first', response: StaffSessionListSchema as typeof StaffSessionListSchema },
  revokeMySession: { method: 'DELETE', path: '/auth/sessions/:id', tag: 'auth', access: 'self', summary: 'End one of my sessions', params: byId as typeof byId, status: 204 },

  // Two-factor sign-in, passwords and the portal's sign-in rules (issue 4). Confirming comes before setting up
  // because the authorisation matrix walks this table in order: a confirmation with no setup begun is a 409.
  confirmTwoFactor: { method: 'POST', path: '/auth/two-factor/confirm', tag: 'auth', access: 'self', summary: 'Turn two-factor sign-in on with a code from the new secret; answers the recovery codes, this once', body: ConfirmTwoFactorInputSchema as typeof ConfirmTwoFactorInputSchema, response: RecoveryCodesSchema as typeof RecoveryCodesSchema },
  setupTwoFactor: { method: 'POST', path: '/auth/two-factor/setup', tag: 'auth', access: 'self', summary: 'Start setting up two-factor sign-in: a new secret and its QR code, shown this once', response: TwoFactorSetupSchema as typeof TwoFactorSetupSchema },
  disableTwoFactor: { method: 'DELETE', path: '/auth/two-factor', tag: 'auth', access: 'self', summary: 'Turn two-factor sign-in off with my password and a code; refused while it is mandatory', body: DisableTwoFactorInputSchema as typeof DisableTwoFactorInputSchema, status: 204 },
  changePassword: { method: 'POST', path: '/auth/password', tag: 'auth', access: 'self', summary: 'Change my password; my other sessions end', body: ChangePasswordInputSchema as typeof ChangePasswordInputSchema, status: 204 },
  resetPassword: { method: 'POST', path: '/auth/password-reset', tag: 'auth', access: 'public', summary: 'Set a new password with a reset token an admin issued; every session of the account ends', body: ResetPasswordInputSchema as typeof ResetPasswordInputSchema, status: 204 },
  issuePasswordReset: { method: 'POST', path: '/users/:id/password-reset', tag: 'users', access: 'users:manage', summary: 'Issue a one-time password reset token for an account, valid for 24 hours and shown this once', params: byId as typeof byId, response: IssuedPasswordResetSchema as typeof IssuedPasswordResetSchema, status: 201 },
  getSecuritySettings: { method: 'GET', path: '/settings/security', tag: 'users', access: 'users:manage', summary: 'The portal’s sign-in rules: whether two-factor sign-in is mandatory', response: SecuritySettingsSchema as typeof SecuritySettingsSchema },
  updateSecuritySettings: { method: 'PUT', path: '/settings/security', tag: 'users', access: 'users:manage', summary: 'Set the portal’s sign-in rules', body: SecuritySettingsSchema as typeof SecuritySettingsSchema, response: SecuritySettingsSchema as typeof SecuritySettingsSchema },

  listUsers: { method: 'GET', path: '/users', tag: 'users', access: 'users:manage', summary: 'Staff accounts by name, filtered by role, name or email, and disabled', query: UserListQuerySchema as typeof UserListQuerySchema, response: UserListSchema as typeof UserListSchema },
  createUser: { method: 'POST', path: '/users', tag: 'users', access: 'users:manage', summary: 'Create a staff account', body: CreateUserInputSchema as typeof CreateUserInputSchema, response: UserSchema as typeof UserSchema, status: 201 },
  getUser: { method: 'GET', path: '/users/:id', tag: 'users', access: 'users:manage', summary: 'Read a staff account', params: byId as typeof byId, response: UserSchema as typeof UserSchema },
  updateUser: { method: 'PATCH', path: '/users/:id', tag: 'users', access: 'users:manage', summary: 'Change a staff account: name, role, locales, disabled', params: byId as typeof byId, body: UpdateUserInputSchema as typeof UpdateUserInputSchema, response: UserSchema as typeof UserSchema },

  listApiTokens: { method: 'GET', path: '/tokens', tag: 'tokens', access: 'tokens:manage', summary: 'Every API token, without secrets', response: ApiTokenListSchema as typeof ApiTokenListSchema },
  createApiToken: { method: 'POST', path: '/tokens', tag: 'tokens', access: 'tokens:manage', summary: 'Create an API token; its secret is in this answer only', body: CreateApiTokenInputSchema as typeof CreateApiTokenInputSchema, response: CreatedApiTokenSchema as typeof CreatedApiTokenSchema, status: 201 },
  revokeApiToken: { method: 'DELETE', path: '/tokens/:id', tag: 'tokens', access: 'tokens:manage', summary: 'Revoke an API token', params: byId as typeof byId, status: 204 },

  listAuditEntries: { method: 'GET', path: '/audit', tag: 'audit', access: 'audit:read', summary: 'The audit log, newest first', query: AuditListQuerySchema as typeof AuditListQuerySchema, response: AuditPageSchema as typeof AuditPageSchema },
  verifyAuditLog: { method: 'GET', path: '/audit/verification', tag: 'audit', access: 'audit:read', summary: 'Whether the audit log’s chain of hashes is intact', response: AuditVerificationSchema as typeof AuditVerificationSchema },

  // Previews: a short-lived signed link that shows a draft on the public site, to whoever holds it.
  createArticlePreview: { method: 'POST', path: '/articles/:id/preview', tag: 'previews', access: 'drafts:read', summary: 'Issue a short-lived preview link to an article in any state', params: byId as typeof byId, response: PreviewLinkSchema as typeof PreviewLinkSchema, status: 201 },
  createEventPreview: { method: 'POST', path: '/events/:id/preview', tag: 'previews', access: 'drafts:read', summary: 'Issue a short-lived preview link to an event in any state', params: byId as typeof byId, response: PreviewLinkSchema as typeof PreviewLinkSchema, status: 201 },
  createSitePreview: { method: 'POST', path: '/sites/:id/preview', tag: 'previews', access: 'drafts:read', summary: 'Issue a short-lived preview link to a place in any state', params: byId as typeof byId, response: PreviewLinkSchema as typeof PreviewLinkSchema, status: 201 },
  readPreview: { method: 'GET', path: '/previews/:token', tag: 'previews', access: 'public', summary: 'Read the item a preview link opens, while the link lasts', params: byPreviewToken as typeof byPreviewToken, response: PreviewSchema as typeof PreviewSchema, noStore: true },

  // Site alerts: banners (an emergency, a holiday) staff schedule; the public site shows those showing now.
  listShowingAlerts: { method: 'GET', path: '/alerts', tag: 'alerts', access: 'public', summary: 'The site-wide banners showing now, most urgent first', response: SiteAlertListSchema as typeof SiteAlertListSchema },
  listSiteAlerts: { method: 'GET', path: '/alerts/all', tag: 'alerts', access: 'site:manage', summary: 'Every banner, past, present and scheduled', response: SiteAlertListSchema as typeof SiteAlertListSchema },
  createSiteAlert: { method: 'POST', path: '/alerts', tag: 'alerts', access: 'site:manage', summary: 'Schedule a site-wide banner', body: CreateSiteAlertInputSchema as typeof CreateSiteAlertInputSchema, response: SiteAlertSchema as typeof SiteAlertSchema, status: 201 },
  updateSiteAlert: { method: 'PATCH', path: '/alerts/:id', tag: 'alerts', access: 'site:manage', summary: 'Change a banner', params: byId as typeof byId, body: UpdateSiteAlertInputSchema as typeof UpdateSiteAlertInputSchema, response: SiteAlertSchema as typeof SiteAlertSchema },
  deleteSiteAlert: { method: 'DELETE', path: '/alerts/:id', tag: 'alerts', access: 'site:manage', summary: 'Remove a banner', params: byId as typeof byId, status: 204 },

  // Redirects: old addresses answering 301 with new ones; the public site looks each unknown path up.
  lookupRedirect: { method: 'GET', path: '/redirects/lookup', tag: 'redirects', access: 'public', summary: 'Where an old address of the public site now lives', query: RedirectLookupQuerySchema as typeof RedirectLookupQuerySchema, response: RedirectSchema as typeof RedirectSchema },
  listRedirects: { method: 'GET', path: '/redirects', tag: 'redirects', access: 'site:manage', summary: 'Every redirect, newest first', query: RedirectListQuerySchema as typeof RedirectListQuerySchema, response: RedirectPageSchema as typeof RedirectPageSchema },
  createRedirect: { method: 'POST', path: '/redirects', tag: 'redirects', access: 'site:manage', summary: 'Make an old address answer 301 with a new one', body: CreateRedirectInputSchema as typeof CreateRedirectInputSchema, response: RedirectSchema as typeof RedirectSchema, status: 201 },
  updateRedirect: { method: 'PATCH', path: '/redirects/:id', tag: 'redirects', access: 'site:manage', summary: 'Change a redirect', params: byId as typeof byId, body: UpdateRedirectInputSchema as typeof UpdateRedirectInputSchema, response: RedirectSchema as typeof RedirectSchema },
  deleteRedirect: { method: 'DELETE', path: '/redirects/:id', tag: 'redirects', access: 'site:manage', summary: 'Remove a redirect', params: byId as typeof byId, status: 204 },

  // Media library: uploads are sniffed by their bytes and re-encoded; an item in use by any content is not deleted.
  listMedia: { method: 'GET', path: '/media', tag: 'media', access: 'drafts:read', summary: 'The media library, newest first, found by file name or alt text', query: MediaListQuerySchema as typeof MediaListQuerySchema, response: MediaPageSchema as typeof MediaPageSchema },
  uploadMedia: { method: 'POST', path: '/media', tag: 'media', access: ['content:write', 'content:write-own'], summary: 'Upload an image (JPEG, PNG, WebP, AVIF, GIF) or a PDF, with alt text per locale', body: UploadMediaFieldsSchema as typeof UploadMediaFieldsSchema, consumes: 'multipart/form-data', response: MediaSchema as typeof MediaSchema, status: 201 },
  getMedia: { method: 'GET', path: '/media/:id', tag: 'media', access: 'drafts:read', summary: 'Read a media item: its alt text, caption, credit and renditions', params: byId as typeof byId, response: MediaSchema as typeof MediaSchema },
  updateMedia: { method: 'PATCH', path: '/media/:id', tag: 'media', access: ['content:write', 'content:write-own'], summary: 'Change the alt text, caption, credit or focal point of a media item', params: byId as typeof byId, body: UpdateMediaInputSchema as typeof UpdateMediaInputSchema, response: MediaSchema as typeof MediaSchema },
  // Public: answers only for media that published content shows, so a draft's embargoed picture is not found by id.
  getPublicMedia: { method: 'GET', path: '/media/:id/public', tag: 'media', access: 'public', summary: 'Read what readers may know of a media item that published content shows: renditions, sizes, alt text, caption, credit', params: byId as typeof byId, response: PublicMediaSchema as typeof PublicMediaSchema },
  deleteMedia: { method: 'DELETE', path: '/media/:id', tag: 'media', access: 'content:delete', summary: 'Delete a media item that no content uses', params: byId as typeof byId, status: 204 },

  // Revisions and translation status (issue 4): every save is kept; any two compare field by field; restoring one
  // is a new save. The diff comes before the one-revision read, since routes match in this order. A translator
  // confirms a translation the source changed under, marking it current without changing it.
  listArticleRevisions: { method: 'GET', path: '/articles/:id/revisions', tag: 'articles', access: 'drafts:read', summary: 'The saved versions of an article, newest first, each with who saved it and what changed', params: byId as typeof byId, query: RevisionListQuerySchema as typeof RevisionListQuerySchema, response: RevisionPageSchema as typeof RevisionPageSchema },
  diffArticleRevisions: { method: 'GET', path: '/articles/:id/revisions/diff', tag: 'articles', access: 'drafts:read', summary: 'What differs between two saved versions of an article, field by field', params: byId as typeof byId, query: RevisionDiffQuerySchema as typeof RevisionDiffQuerySchema, response: RevisionDiffSchema as typeof RevisionDiffSchema },
  getArticleRevision: { method: 'GET', path: '/articles/:id/revisions/:revisionId', tag: 'articles', access: 'drafts:read', summary: 'One saved version of an article, as it was saved', params: byRevision as typeof byRevision, response: ArticleRevisionSchema as typeof ArticleRevisionSchema },
  restoreArticleRevision: { method: 'POST', path: '/articles/:id/revisions/:revisionId/restore', tag: 'articles', access: ['content:write', 'content:write-own'], summary: 'Save the content of an earlier version of an article again, as a new version; its workflow state stays', params: byRevision as typeof byRevision, body: RestoreRevisionInputSchema as typeof RestoreRevisionInputSchema, response: ArticleSchema as typeof ArticleSchema, baseVersion: 'required' },
  confirmArticleTranslation: { method: 'POST', path: '/articles/:id/translations/:locale/confirm', tag: 'articles', access: ['translations:write', 'content:write'], summary: 'Mark fields of a translation of an article current with its source text, without changing them', params: byTranslation as typeof byTranslation, body: ConfirmArticleTranslationInputSchema as typeof ConfirmArticleTranslationInputSchema, response: ArticleSchema as typeof ArticleSchema, baseVersion: 'required' },

  listEventRevisions: { method: 'GET', path: '/events/:id/revisions', tag: 'events', access: 'drafts:read', summary: 'The saved versions of an event, newest first, each with who saved it and what changed', params: byId as typeof byId, query: RevisionListQuerySchema as typeof RevisionListQuerySchema, response: RevisionPageSchema as typeof RevisionPageSchema },
  diffEventRevisions: { method: 'GET', path: '/events/:id/revisions/diff', tag: 'events', access: 'drafts:read', summary: 'What differs between two saved versions of an event, field by field', params: byId as typeof byId, query: RevisionDiffQuerySchema as typeof RevisionDiffQuerySchema, response: RevisionDiffSchema as typeof RevisionDiffSchema },
  getEventRevision: { method: 'GET', path: '/events/:id/revisions/:revisionId', tag: 'events', access: 'drafts:read', summary: 'One saved version of an event, as it was saved', params: byRevision as typeof byRevision, response: EventRevisionSchema as typeof EventRevisionSchema },
  restoreEventRevision: { method: 'POST', path: '/events/:id/revisions/:revisionId/restore', tag: 'events', access: ['content:write', 'content:write-own'], summary: 'Save the content of an earlier version of an event again, as a new version; its workflow state stays', params: byRevision as typeof byRevision, body: RestoreRevisionInputSchema as typeof RestoreRevisionInputSchema, response: EventSchema as typeof EventSchema, baseVersion: 'required' },
  confirmEventTranslation: { method: 'POST', path: '/events/:id/translations/:locale/confirm', tag: 'events', access: ['translations:write', 'content:write'], summary: 'Mark fields of a translation of an event current with its source text, without changing them', params: byTranslation as typeof byTranslation, body: ConfirmEventTranslationInputSchema as typeof ConfirmEventTranslationInputSchema, response: EventSchema as typeof EventSchema, baseVersion: 'required' },

  listSiteRevisions: { method: 'GET', path: '/sites/:id/revisions', tag: 'sites', access: 'drafts:read', summary: 'The saved versions of a place, newest first, each with who saved it and what changed', params: byId as typeof byId, query: RevisionListQuerySchema as typeof RevisionListQuerySchema, response: RevisionPageSchema as typeof RevisionPageSchema },
  diffSiteRevisions: { method: 'GET', path: '/sites/:id/revisions/diff', tag: 'sites', access: 'drafts:read', summary: 'What differs between two saved versions of a place, field by field', params: byId as typeof byId, query: RevisionDiffQuerySchema as typeof RevisionDiffQuerySchema, response: RevisionDiffSchema as typeof RevisionDiffSchema },
  getSiteRevision: { method: 'GET', path: '/sites/:id/revisions/:revisionId', tag: 'sites', access: 'drafts:read', summary: 'One saved version of a place, as it was saved', params: byRevision as typeof byRevision, response: SiteRevisionSchema as typeof SiteRevisionSchema },
  restoreSiteRevision: { method: 'POST', path: '/sites/:id/revisions/:revisionId/restore', tag: 'sites', access: ['content:write', 'content:write-own'], summary: 'Save the content of an earlier version of a place again, as a new version; its workflow state stays', params: byRevision as typeof byRevision, body: RestoreRevisionInputSchema as typeof RestoreRevisionInputSchema, response: SiteSchema as typeof SiteSchema, baseVersion: 'required' },
  confirmSiteTranslation: { method: 'POST', path: '/sites/:id/translations/:locale/confirm', tag: 'sites', access: ['translations:write', 'content:write'], summary: 'Mark fields of a translation of a place current with its source text, without changing them', params: byTranslation as typeof byTranslation, body: ConfirmSiteTranslationInputSchema as typeof ConfirmSiteTranslationInputSchema, response: SiteSchema as typeof SiteSchema, baseVersion: 'required' },

  search: { method: 'GET', path: '/search', tag: 'search', access: 'public', summary: 'Search published articles, events and places', query: SearchQuerySchema as typeof SearchQuerySchema, response: SearchPageSchema as typeof SearchPageSchema },

  // What a site needs to show related items and to keep its copy of the API's answers fresh.
  lookupRelated: { method: 'GET', path: '/related', tag: 'content', access: 'public', summary: 'Look up published articles, events and places by id, in the order asked, for "related" lists', query: RelatedLookupQuerySchema as typeof RelatedLookupQuerySchema, response: RelatedItemsSchema as typeof RelatedItemsSchema },
  // Never cached anywhere: a stale answer would keep every site's copy stale with it.
  getContentVersion: { method: 'GET', path: '/changes', tag: 'content', access: 'public', summary: 'The version of everything readers see, which changes whenever published content does', response: ContentVersionSchema as typeof ContentVersionSchema, noStore: true },

  // The newsroom's overview (issue 6): what goes live, comes down or takes place on each day, and how imports went.
  getEditorialCalendar: { method: 'GET', path: '/editorial/calendar', tag: 'editorial', access: 'drafts:read', summary: 'What is scheduled day by day, up to six weeks: publications and take-downs, event occurrences and site alerts', query: EditorialCalendarQuerySchema as typeof EditorialCalendarQuerySchema, response: EditorialCalendarSchema as typeof EditorialCalendarSchema },
  listImportRuns: { method: 'GET', path: '/editorial/imports', tag: 'editorial', access: 'drafts:read', summary: 'The runs of `kraina import`, newest first, each with its counts and the records it refused', query: ImportRunListQuerySchema as typeof ImportRunListQuerySchema, response: ImportRunPageSchema as typeof ImportRunPageSchema },
} as const satisfies Record<string, RouteContract>;

/** The name of an API operation, such as `listArticles`. */
export type RouteName = keyof typeof routes;
/** The operations of the API, by name. */
export type Routes = typeof routes;
