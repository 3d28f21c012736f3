import { type CreatedApiToken, TokenScopeSchema } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { FormField } from '../editing/form-field.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';
import { type TokenFormValues, tokenInputOf, tokenResolver } from './token-form-values.js';
import { tokenScopeLabels } from './token-scope-labels.js';

/** Names a new token, picks its scopes from core's list and, if wanted, the last day it works. */
export function TokenCreateForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useLocale();
  const scopesId = useId();
  const [summary, setSummary] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, reset } = useForm<TokenFormValues>({
    mode: 'onTouched',
    resolver: tokenResolver(),
    defaultValues: { name: '', scopes: [], expiresAt: '' },
  });
  const create = useMutation({
    mutationFn: (values: TokenFormValues) => api.createApiToken({ body: tokenInputOf(values) }),
    onSuccess: (token) => {
      reset();
      onCreated(token);
    },
    onError: (error) => setSummary(showServerIssues(error, ['name', 'scopes', 'expiresAt'], setError)),
  });
  const scopesError = formState.errors.scopes?.message ?? formState.errors.scopes?.root?.message;

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
      <FormField label={t('tokenName')} hint={t('tokenNameHint')} error={formState.errors.name?.message}>
        {(control) => <input {...control} {...register('name')} />}
      </FormField>
      <fieldset className="field" aria-describedby={scopesError ? `${scopesId}-error` : undefined}>
        <legend className="field__label">{t('tokenScopes')}</legend>
        {TokenScopeSchema.options.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" value={scope} {...register('scopes')} {...(scopesError ? { 'aria-invalid': true } : {})} />
            <code>{scope}</code> — {t(tokenScopeLabels[scope])}
          </label>
        ))}
        {scopesError && (
          <p id={`${scopesId}-error`} className="field__error">
            {scopesError}
          </p>
        )}
      </fieldset>
      <FormField label={t('tokenExpires')} hint={t('tokenExpiresHint')} error={formState.errors.expiresAt?.message}>
        {(control) => <input type="date" {...control} {...register('expiresAt')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('tokenCreate')}
        </button>
      </div>
    </form>
  );
}
