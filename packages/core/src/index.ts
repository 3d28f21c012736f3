// The public surface of @kraina/core. Every exported name is listed, so each change to the API shows in review.

// Errors and validation
export { AppError, errorCodes, isAppError } from './errors/app-error.js';
export type { ErrorCode, FieldIssue } from './errors/app-error.js';
export { ProblemSchema, errorCodeForStatus, fromProblem, problemTypeUri, problemTypes, toProblem } from './errors/problem.js';
export type { Problem } from './errors/problem.js';
export { issuesFromZod, parseOrThrow, toPointer, validate } from './errors/validate.js';
export type { ValidationResult } from './errors/validate.js';

// Locales, slugs, places on the map, dates
export {
  LocaleSchema,
  LocaleSettingsSchema,
  defaultLocaleSettings,
  defaultLocales,
  localeChain,
  negotiateLocale,
} from './locale/locale.js';
export type { Locale, LocaleSettings } from './locale/locale.js';
export { LocalizedStringSchema, localized, resolveLocalized } from './locale/localized.js';
export type { Localized, LocalizedString, Resolved } from './locale/localized.js';
export { SlugSchema, isSlug, slugify, uniqueSlug } from './slug/slug.js';
export type { Slug } from './slug/slug.js';
export { BoundingBoxSchema, CoordinatesSchema, distanceInMetres, isInsideBox } from './geo/coordinates.js';
export type { BoundingBox, Coordinates } from './geo/coordinates.js';
export { MapTileUrlSettingSchema, MapTilesSchema, isTileUrlTemplate, mapTileImageSources, mapTilesOf } from './geo/map-tiles.js';
export type { MapTiles } from './geo/map-tiles.js';
export { TimestampSchema } from './content/timestamp.js';
export type { Timestamp } from './content/timestamp.js';
export { LocalDateSchema, LocalDateTimeSchema, isLocalDate, isLocalDateTime } from './calendar/local-date.js';
export type { LocalDate, LocalDateTime } from './calendar/local-date.js';
export { adjacentMonths, firstDayOfWeekFor, monthGrid, weekdayNames } from './calendar/month-grid.js';
export type { IsoWeekday, MonthGrid, MonthGridDay, WeekdayName, YearMonth } from './calendar/month-grid.js';
export { DayCountsSchema } from './calendar/day-counts.js';
export type { DayCounts } from './calendar/day-counts.js';
export {
  EditorialCalendarContentSchema,
  EditorialCalendarItemSchema,
  EditorialCalendarItemTypeSchema,
  EditorialCalendarQuerySchema,
  EditorialCalendarSchema,
  daysInRange,
  maxEditorialCalendarDays,
} from './calendar/editorial-calendar.js';
export type {
  EditorialCalendar,
  EditorialCalendarContent,
  EditorialCalendarItem,
  EditorialCalendarItemType,
  EditorialCalendarQuery,
} from './calendar/editorial-calendar.js';

// Content shared by every type
export { StaffTranslationFilterSchema, labelShape, staffListQuerySchema, staffListSorts, staffSummarySchema } from './content/staff-list.js';
export type { StaffTranslationFilter } from './content/staff-list.js';
export { ExternalUrlSchema, RelatedSchema, TagsSchema, publishedLocales } from './content/content-fields.js';
export type { Related } from './content/content-fields.js';
export { articlePagePath, eventPagePath, placePagePath } from './content/page-path.js';
export { contentChangeChannelOf } from './content/content-change-channel.js';
export { ContentVersionSchema } from './content/content-version.js';
export type { ContentVersion } from './content/content-version.js';
export { RelatedEventSchema, RelatedItemsSchema, RelatedLookupQuerySchema } from './content/related-lookup.js';
export type { RelatedEvent, RelatedItems, RelatedLookupQuery } from './content/related-lookup.js';
export { PreviewLinkSchema, PreviewSchema, PreviewTokenSchema } from './preview/preview.js';
export type { Preview, PreviewLink } from './preview/preview.js';
export {
  AlertLevelSchema,
  CreateSiteAlertInputSchema,
  SiteAlertListSchema,
  SiteAlertSchema,
  UpdateSiteAlertInputSchema,
  isAlertShowing,
} from './alert/site-alert.js';
export type { AlertLevel, CreateSiteAlertInput, SiteAlert, SiteAlertList, UpdateSiteAlertInput } from './alert/site-alert.js';
export {
  BlockNodeSchema,
  InlineNodeSchema,
  LinkHrefSchema,
  RichTextSchema,
  emptyRichText,
  findHeadingSkips,
  richTextFromParagraphs,
  richTextToPlainText,
} from './rich-text/rich-text.js';
export type { BlockNode, HeadingSkip, InlineNode, RichText } from './rich-text/rich-text.js';
export {
  FocalPointSchema,
  ImageRefSchema,
  MediaMimeTypeSchema,
  MediaSchema,
  MediaVariantSchema,
  UpdateMediaInputSchema,
} from './media/media.js';
export type { ImageRef, Media, MediaMimeType, UpdateMediaInput } from './media/media.js';
export { MediaListQuerySchema, MediaPageSchema } from './media/media-list.js';
export type { MediaListQuery, MediaPage } from './media/media-list.js';
export { PublicMediaSchema } from './media/public-media.js';
export type { PublicMedia } from './media/public-media.js';
export { UploadMediaFieldsSchema, mediaFilePart } from './media/media-upload.js';
export type { UploadMediaFields } from './media/media-upload.js';
export { WorkflowStatusSchema } from './workflow/workflow-status.js';
export type { WorkflowStatus } from './workflow/workflow-status.js';
export { WorkflowActionSchema, allowedActions, applyTransition, checkTransition, workflowTransitions } from './workflow/workflow.js';
export type { TransitionCheck, WorkflowAction, WorkflowActor } from './workflow/workflow.js';
export { workflowActorOf } from './workflow/workflow-actor.js';
export { localeStatesAfter } from './workflow/locale-states.js';
export { WorkflowRequestSchema } from './workflow/workflow-request.js';
export type { WorkflowRequest } from './workflow/workflow-request.js';
export { WithdrawalInputSchema, WithdrawalSchema } from './workflow/withdrawal.js';
export type { Withdrawal, WithdrawalInput } from './workflow/withdrawal.js';

// Sections and articles
export {
  CreateSectionInputSchema,
  SectionNodeSchema,
  SectionSchema,
  UpdateSectionInputSchema,
} from './section/section.js';
export type { CreateSectionInput, Section, SectionNode, UpdateSectionInput } from './section/section.js';
export { buildSectionTree, sectionPath, sectionWithDescendants, wouldCreateCycle } from './section/section-tree.js';
export { DatelineSchema, formatDateline } from './dateline/format-dateline.js';
export type { Dateline } from './dateline/format-dateline.js';
export {
  ArticleSchema,
  ArticleTextInputSchema,
  ArticleTextSchema,
  CreateArticleInputSchema,
  UpdateArticleInputSchema,
} from './article/article.js';
export type { Article, ArticleText, CreateArticleInput, UpdateArticleInput } from './article/article.js';
export {
  ArticleDayCountsQuerySchema,
  ArticleListQuerySchema,
  ArticlePageSchema,
  ArticleSummarySchema,
  ArticleViewSchema,
} from './article/article-list-query.js';
export type { ArticleDayCountsQuery, ArticleListQuery, ArticlePage, ArticleSummary, ArticleView } from './article/article-list-query.js';
export {
  StaffArticleListQuerySchema,
  StaffArticlePageSchema,
  StaffArticleSortSchema,
  StaffArticleSummarySchema,
} from './article/staff-article-list.js';
export type { StaffArticleListQuery, StaffArticlePage, StaffArticleSort, StaffArticleSummary } from './article/staff-article-list.js';

// Events
export { EventSitemapEntrySchema, EventSitemapPageSchema, EventSitemapQuerySchema } from './event/event-sitemap.js';
export type { EventSitemapEntry, EventSitemapPage, EventSitemapQuery } from './event/event-sitemap.js';
export { StaffEventListQuerySchema, StaffEventPageSchema, StaffEventSortSchema, StaffEventSummarySchema } from './event/staff-event-list.js';
export type { StaffEventListQuery, StaffEventPage, StaffEventSort, StaffEventSummary } from './event/staff-event-list.js';
export {
  EventScheduleSchema,
  EventSessionSchema,
  RecurrenceRuleSchema,
  TimeZoneSchema,
  VenueSchema,
  defaultTimeZone,
} from './event/event-schedule.js';
export type {
  EventSchedule,
  EventScheduleInput,
  EventSession,
  EventSessionInput,
  RecurrenceRule,
  TimeZone,
  Venue,
} from './event/event-schedule.js';
export {
  OccurrenceSchema,
  countOccurrencesByDay,
  defaultOccurrenceLimit,
  expandOccurrences,
  maxOccurrenceLimit,
} from './event/expand-occurrences.js';
export type { Occurrence, OccurrenceRange } from './event/expand-occurrences.js';
export { describeRecurrence } from './event/describe-recurrence.js';
export {
  CreateEventInputSchema,
  EventCategorySchema,
  EventSchema,
  EventStatusSchema,
  EventTextInputSchema,
  EventTextSchema,
  PriceSchema,
  UpdateEventInputSchema,
} from './event/event.js';
export type { CreateEventInput, Event, EventCategory, EventStatus, EventText, Price, UpdateEventInput } from './event/event.js';
export {
  EventDayCountsQuerySchema,
  EventListQuerySchema,
  EventOccurrencePageSchema,
  EventOccurrenceSchema,
  EventViewSchema,
} from './event/event-list-query.js';
export type {
  EventDayCountsQuery,
  EventListQuery,
  EventOccurrence,
  EventOccurrencePage,
  EventView,
} from './event/event-list-query.js';

// Places
export { SiteKindSchema, TreatmentProfileSchema, UnescoCriterionSchema, siteKindFields } from './site/site-kinds.js';
export type { SiteKind } from './site/site-kinds.js';
export {
  ContactsSchema,
  CreateSiteInputSchema,
  OpeningHoursSchema,
  SiteSchema,
  SiteTextInputSchema,
  SiteTextSchema,
  UpdateSiteInputSchema,
} from './site/site.js';
export type { CreateSiteInput, OpeningHours, Site, SiteText, UpdateSiteInput } from './site/site.js';
export { SiteListQuerySchema, SitePageSchema, SiteSummarySchema, SiteViewSchema } from './site/site-list-query.js';
export type { SiteListQuery, SitePage, SiteSummary, SiteView } from './site/site-list-query.js';
export { StaffSiteListQuerySchema, StaffSitePageSchema, StaffSiteSortSchema, StaffSiteSummarySchema } from './site/staff-site-list.js';
export type { StaffSiteListQuery, StaffSitePage, StaffSiteSort, StaffSiteSummary } from './site/staff-site-list.js';

// Imports
export {
  ImportRunErrorSchema,
  ImportRunListQuerySchema,
  ImportRunPageSchema,
  ImportRunSchema,
  ImportRunStatusSchema,
  ImportSourceTypeSchema,
  maxImportRunErrors,
} from './import/import-run.js';
export type { ImportRun, ImportRunError, ImportRunListQuery, ImportRunPage, ImportRunStatus, ImportSourceType } from './import/import-run.js';

// Search, people, history, redirects, paging
export { SearchHitSchema, SearchPageSchema, SearchQuerySchema, SearchTypeSchema } from './search/search.js';
export type { SearchHit, SearchPage, SearchQuery } from './search/search.js';
export { CreateUserInputSchema, PasswordSchema, UpdateUserInputSchema, UserListQuerySchema, UserListSchema, UserRoleSchema, UserSchema } from './user/user.js';
export type { CreateUserInput, UpdateUserInput, User, UserList, UserListQuery, UserRole } from './user/user.js';
export { RevisionEntityTypeSchema, RevisionSchema } from './revision/revision.js';
export type { Revision } from './revision/revision.js';
export {
  ArticleRevisionSchema,
  ChangedFieldsSchema,
  EventRevisionSchema,
  RestoreRevisionInputSchema,
  RevisionChangeSchema,
  RevisionDiffQuerySchema,
  RevisionDiffSchema,
  RevisionListQuerySchema,
  RevisionPageSchema,
  RevisionSummarySchema,
  SiteRevisionSchema,
} from './revision/revision-history.js';
export type {
  ArticleRevision,
  ChangedFields,
  EventRevision,
  RestoreRevisionInput,
  RevisionChange,
  RevisionDiff,
  RevisionDiffQuery,
  RevisionListQuery,
  RevisionPage,
  RevisionSummary,
  SiteRevision,
} from './revision/revision-history.js';
export { changedFieldsOf, diffRevisions } from './revision/revision-diff.js';
export { TranslationStatusSchema, planTranslationSources, sourceLocaleOf, translationStatusOf } from './translation/translation-status.js';
export type {
  FieldFingerprints,
  TranslationSave,
  TranslationSource,
  TranslationSourceRecord,
  TranslationSources,
  TranslationStatus,
} from './translation/translation-status.js';
export {
  ConfirmArticleTranslationInputSchema,
  ConfirmEventTranslationInputSchema,
  ConfirmSiteTranslationInputSchema,
  translatedFields,
} from './translation/translated-fields.js';
export type { ConfirmTranslationInput } from './translation/translated-fields.js';
export {
  CreateRedirectInputSchema,
  RedirectListQuerySchema,
  RedirectLookupQuerySchema,
  RedirectPageSchema,
  RedirectSchema,
  SitePathSchema,
  UpdateRedirectInputSchema,
} from './redirect/redirect.js';
export type { CreateRedirectInput, Redirect, RedirectListQuery, RedirectPage, UpdateRedirectInput } from './redirect/redirect.js';
export { CursorSchema, PageSizeSchema, cursorPage, numberedPage } from './pagination/page.js';

// Permissions, sessions and API tokens
export {
  PermissionSchema,
  TokenScopeSchema,
  may,
  mayAccess,
  permissions,
  permissionsOf,
  rolePermissions,
  scopePermissions,
} from './auth/permission.js';
export type { Permission, Principal, RouteAccess, StaffPrincipal, TokenPrincipal, TokenScope } from './auth/permission.js';
export { decideContentChange } from './auth/content-policy.js';
export type { ContentChange, ContentDecision, ContentFacts } from './auth/content-policy.js';
export { SessionInfoSchema, SignInInputSchema, StaffSessionListSchema, StaffSessionSchema } from './auth/session.js';
export type { SessionInfo, SignInInput, StaffSession } from './auth/session.js';
export {
  ConfirmTwoFactorInputSchema,
  DisableTwoFactorInputSchema,
  RecoveryCodeSchema,
  RecoveryCodesSchema,
  SecuritySettingsSchema,
  TwoFactorCodeSchema,
  TwoFactorSetupSchema,
  recoveryCodeCount,
} from './auth/two-factor.js';
export type { ConfirmTwoFactorInput, DisableTwoFactorInput, RecoveryCodes, SecuritySettings, TwoFactorSetup } from './auth/two-factor.js';
export { ChangePasswordInputSchema, IssuedPasswordResetSchema, ResetPasswordInputSchema } from './auth/password-change.js';
export type { ChangePasswordInput, IssuedPasswordReset, ResetPasswordInput } from './auth/password-change.js';
export { ApiTokenListSchema, ApiTokenSchema, CreateApiTokenInputSchema, CreatedApiTokenSchema } from './auth/api-token.js';
export type { ApiToken, CreateApiTokenInput, CreatedApiToken } from './auth/api-token.js';

// The API contract and its client
export { baseVersionOf, buildPath } from './contract/route-contract.js';
export type { HttpMethod, PathParamNames, RouteContract } from './contract/route-contract.js';
export { SectionTreeSchema, routes } from './contract/routes.js';
export type { RouteName, Routes } from './contract/routes.js';
export { EventDownloadQuerySchema, PlaceFeatureCollectionSchema, PlaceFeatureSchema, SiteDownloadQuerySchema } from './contract/open-data.js';
export type { EventDownloadQuery, PlaceFeature, PlaceFeatureCollection, SiteDownloadQuery } from './contract/open-data.js';
export { createClient } from './client/create-client.js';
export type { ClientOptions, KrainaClient, RequestInput, ResponseOf } from './client/create-client.js';

// Rich text as HTML
export { escapeHtml, richTextToHtml } from './rich-text/rich-text-html.js';
export type { RenderedImage, RichTextHtmlOptions } from './rich-text/rich-text-html.js';

// Publishing checks
export { looksLikeFileName, publishingProblems } from './publishing/publishing-checks.js';
export type { PublishingCandidate } from './publishing/publishing-checks.js';

// Audit log
export { AuditActionSchema, AuditDetailsSchema, AuditEntrySchema, AuditListQuerySchema, AuditPageSchema, AuditVerificationSchema } from './audit/audit.js';
export type { AuditAction, AuditDetails, AuditEntry, AuditListQuery, AuditPage, AuditVerification } from './audit/audit.js';
