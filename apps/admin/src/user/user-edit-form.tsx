import type { User } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';
import { type UpdateUserValues, updateUserInputOf, updateUserResolver, updateUserValuesOf } from './user-form-values.js';
import { UserRoleFields } from './user-role-fields.js';

interface UserEditFormProps {
  user: User;
  isOwnAccount: boolean;
  onSaved: (user: User) => void;
}

/**
 * An account's name, role, locales and whether it is disabled, saved at the version shown. The API, not this form,
 * decides what an admin may do to their own account (it keeps one enabled admin); its refusal shows by the field.
 */
export function UserEditForm({ user, isOwnAccount, onSaved }: UserEditFormProps) {
  const { t } = useLocale();
  const [summary, setSummary] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, watch } = useForm<UpdateUserValues>({
    mode: 'onTouched',
    resolver: updateUserResolver(),
    defaultValues: updateUserValuesOf(user),
  });
  const save = useMutation({
    mutationFn: (values: UpdateUserValues) => api.updateUser({ params: { id: user.id }, body: updateUserInputOf(values), ifMatch: user.version }),
    onSuccess: onSaved,
    onError: (error) => setSummary(showServerIssues(error, ['name', 'role', 'locales', 'disabled'], setError)),
  });
  const errorOf = (name: string) => fieldError(formState.errors, name);
  const disabledError = errorOf('disabled');

  return (
    <form
      className="article-form"
      noValidate
      onSubmit={(event) => {
        setSummary([]);
        void handleSubmit((values) => save.mutate(values))(event);
      }}
    >
      {isOwnAccount && <p className="notice">{t('userOwnAccount')}</p>}
      <ErrorSummary lines={summary} />
      <FormField label={t('userName')} error={errorOf('name')}>
        {(control) => <input {...control} {...register('name')} />}
      </FormField>
      <UserRoleFields role={register('role')} locales={register('locales')} chosenRole={watch('role')} errorOf={errorOf} />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" {...register('disabled')} {...(disabledError ? { 'aria-invalid': true, 'aria-describedby': `disabled-${user.id}-error` } : {})} /> {t('userDisabled')}
        </label>
        {disabledError && (
          <p id={`disabled-${user.id}-error`} className="field__error">
            {disabledError}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
