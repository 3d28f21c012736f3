// The public surface of @kraina/core. Every exported name is listed, so each change to the API shows in review.
export { AppError, errorCodes, isAppError } from './errors/app-error.js';
export type { ErrorCode, FieldIssue } from './errors/app-error.js';
export { issuesFromZod, parseOrThrow, toPointer, validate } from './errors/validate.js';
export type { ValidationResult } from './errors/validate.js';
export { BoundingBoxSchema, CoordinatesSchema, distanceInMetres, isInsideBox } from './geo/coordinates.js';
export type { BoundingBox, Coordinates } from './geo/coordinates.js';
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
