import { UserRoleSchema } from '@kraina/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../editing/form-field.js';
import { useLocale } from '../locale/locale-context.js';
import { roleLabels } from './role-labels.js';
import { UserLocalesField } from './user-locales-field.js';

interface UserRoleFieldsProps {
  role: UseFormRegisterReturn;
  locales: UseFormRegisterReturn;
  /** The role chosen now: a translator also says which locales are theirs. */
  chosenRole: string;
  errorOf: (name: string) => string | undefined;
}

/** An account's role, from core's list, and a translator's locales, as creating and editing an account ask them. */
export function UserRoleFields({ role, locales, chosenRole, errorOf }: UserRoleFieldsProps) {
  const { t } = useLocale();
  return (
    <>
      <FormField label={t('userRole')} error={errorOf('role')}>
        {(control) => (
          <select {...control} {...role}>
            {UserRoleSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(roleLabels[value])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {chosenRole === 'translator' && <UserLocalesField registration={locales} error={errorOf('locales')} />}
    </>
  );
}
