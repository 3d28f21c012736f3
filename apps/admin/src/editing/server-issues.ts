import { isAppError } from '@kraina/core';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { placeIssues } from '../article/article-form-values.js';

/**
 * Puts an API refusal where the user will look: each issue whose pointer names one of `fields` beside that field,
 * and the rest (or the refusal's message when it names no field) as lines for the form's summary.
 */
export function showServerIssues<Values extends FieldValues>(error: unknown, fields: readonly Path<Values>[], setError: UseFormSetError<Values>): string[] {
  if (!isAppError(error)) return [String(error)];
  const { byField, unplaced } = placeIssues(error.issues, fields);
  for (const [field, detail] of byField) setError(field as Path<Values>, { type: 'server', message: detail });
  if (error.issues.length === 0) return [error.message];
  return byField.size === 0 && unplaced.length === 0 ? [error.message] : unplaced;
}
