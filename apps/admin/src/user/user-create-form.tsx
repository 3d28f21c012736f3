import { PasswordSchema, type User } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';
import { type CreateUserValues, createUserInputOf, createUserResolver } from './user-form-values.js';
import { UserRoleFields } from './user-role-fields.js';

/** A new staff account: who, which role (and a translator's locales), and a first password by core's rule. */
export function UserCreateForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useLocale();
  const [summary, setSummary] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, reset, watch } = useForm<CreateUserValues>({
    mode: 'onTouched',
    resolver: createUserResolver(),
    defaultValues: { name: '', email: '', role: 'author', locales: [], password: '' },
  });
  const create = useMutation({
    mutationFn: (values: CreateUserValues) => api.createUser({ body: createUserInputOf(values) }),
    onSuccess: (user) => {
      reset();
      onCreated(user);
    },
    onError: (error) => setSummary(showServerIssues(error, ['name', 'email', 'role', 'locales', 'password'], setError)),
  });
  const errorOf = (name: string) => fieldError(formState.errors, name);

  return (
    <form
      className="article-form"
      noValidate
      onSubmit={(event) => {
        setSummary([]);
        void handleSubmit((values) => create.mutate(values))(event);
      }}
    >
      <ErrorSummary lines={summary} />
      <FormField label={t('userName')} error={errorOf('name')}>
        {(control) => <input {...control} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label={t('email')} error={errorOf('email')}>
        {(control) => <input type="email" {...control} autoComplete="off" {...register('email')} />}
      </FormField>
      <UserRoleFields role={register('role')} locales={register('locales')} chosenRole={watch('role')} errorOf={errorOf} />
      <FormField label={t('userInitialPassword')} hint={t('userPasswordHint', { min: PasswordSchema.minLength ?? 12 })} error={errorOf('password')}>
        {(control) => <input type="password" {...control} autoComplete="new-password" {...register('password')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('userCreate')}
        </button>
      </div>
    </form>
  );
}
