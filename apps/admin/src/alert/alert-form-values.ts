import {
  type AlertLevel,
  type CreateSiteAlertInput,
  CreateSiteAlertInputSchema,
  type SiteAlert,
  type UpdateSiteAlertInput,
  UpdateSiteAlertInputSchema,
  defaultLocales,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** What the alert form holds: a text box per locale, and start and end as the browser's local date-time fields. */
export interface AlertFormValues {
  level: AlertLevel;
  message: Record<string, string>;
  link: string;
  startsAt: string;
  endsAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` field shows it: in this device's zone, to the minute. */
export function localInputOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// A field left blank or unreadable is passed through as typed, so core's schema refuses it in its own words.
function instantOf(local: string): string {
  const date = new Date(local);
  return local.trim() === '' || Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The form's values for a new banner: information, starting now, until removed. */
export function emptyAlertValues(now: Date): AlertFormValues {
  return { level: 'info', message: Object.fromEntries(defaultLocales.map((code) => [code, ''])), link: '', startsAt: localInputOf(now.toISOString()), endsAt: '' };
}

/** The form's values for a saved banner. */
export function alertFormValuesOf(alert: SiteAlert): AlertFormValues {
  return {
    level: alert.level,
    message: Object.fromEntries(defaultLocales.map((code) => [code, alert.message[code] ?? ''])),
    link: alert.link ?? '',
    startsAt: localInputOf(alert.startsAt),
    endsAt: alert.endsAt === null ? '' : localInputOf(alert.endsAt),
  };
}

/** What saving sends: the texts given (a blank locale is not a translation), no link or end when left blank. */
export function alertInputOf(values: AlertFormValues): CreateSiteAlertInput & UpdateSiteAlertInput {
  const message = Object.fromEntries(Object.entries(values.message).filter(([, text]) => text.trim() !== ''));
  return {
    level: values.level,
    message,
    link: values.link.trim() === '' ? null : values.link.trim(),
    startsAt: instantOf(values.startsAt),
    endsAt: values.endsAt.trim() === '' ? null : instantOf(values.endsAt),
  };
}

/** The form's resolver: core's create or update schema over what would be sent. */
export function alertResolver(mode: 'create' | 'update'): Resolver<AlertFormValues> {
  const schema = mode === 'create' ? CreateSiteAlertInputSchema : UpdateSiteAlertInputSchema;
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(alertInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}
