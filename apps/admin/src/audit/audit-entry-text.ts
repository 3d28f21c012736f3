import type { AuditDetails, AuditEntry } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const roleOf = (snapshot: NonNullable<AuditDetails['from']>) => (snapshot.locales.length > 0 ? `${snapshot.role} (${snapshot.locales.join(', ')})` : snapshot.role);

/** What an entry records besides who and what, as a sentence: the role before and after, the slug and locales, the email tried. */
export function auditDetailsText(details: AuditDetails, t: Translate): string {
  const parts: string[] = [];
  if (details.from && details.to) parts.push(t('auditDetailRole', { from: roleOf(details.from), to: roleOf(details.to) }));
  if (details.email !== undefined) parts.push(t('auditDetailEmail', { email: details.email }));
  if (details.name !== undefined) parts.push(t('auditDetailName', { name: details.name }));
  if (details.slug !== undefined) parts.push(t('auditDetailSlug', { slug: details.slug }));
  if (details.status !== undefined) parts.push(t('auditDetailStatus', { status: details.status }));
  if (details.locales !== undefined && details.locales.length > 0) parts.push(t('auditDetailLocales', { locales: details.locales.join(', ') }));
  return parts.join('; ');
}

/** Who acted, by name where the account is known: the system (no actor) and deleted accounts say so rather than show an id. */
export function auditActorText(entry: Pick<AuditEntry, 'actorId'>, names: ReadonlyMap<string, string>, t: Translate): string {
  if (entry.actorId === null) return t('auditActorNobody');
  return names.get(entry.actorId) ?? t('auditActorUnknown', { id: entry.actorId.slice(0, 8) });
}

/** What the entry was about: its kind and, for an account, the account's name. */
export function auditTargetText(entry: Pick<AuditEntry, 'targetType' | 'targetId'>, names: ReadonlyMap<string, string>): string {
  if (entry.targetType === null) return '';
  const id = entry.targetId ?? '';
  const named = entry.targetType === 'user' ? names.get(id) : undefined;
  return `${entry.targetType} ${named ?? id}`.trim();
}
