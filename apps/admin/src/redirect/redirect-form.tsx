import { CreateRedirectInputSchema, type Redirect } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { FormField } from '../editing/form-field.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';

interface RedirectValues {
  from: string;
  to: string;
}

interface RedirectFormProps {
  redirect?: Redirect | undefined;
  onSaved: (redirect: Redirect) => void;
  onCancel?: () => void;
}

/**
 * Creates a redirect, or changes one at the version shown. Both check core's create schema, since an edit sends both
 * paths and the store holds an edited redirect to the same rule (it must lead elsewhere).
 */
export function RedirectForm({ redirect, onSaved, onCancel }: RedirectFormProps) {
  const { t } = useLocale();
  const [summary, setSummary] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, reset } = useForm<RedirectValues>({
    mode: 'onTouched',
    resolver: zodResolver(CreateRedirectInputSchema),
    defaultValues: { from: redirect?.from ?? '', to: redirect?.to ?? '' },
  });
  const save = useMutation({
    mutationFn: (values: RedirectValues) =>
      redirect ? api.updateRedirect({ params: { id: redirect.id }, body: values, ifMatch: redirect.version }) : api.createRedirect({ body: values }),
    onSuccess: (saved) => {
      if (!redirect) reset({ from: '', to: '' });
      onSaved(saved);
    },
    onError: (error) => setSummary(showServerIssues(error, ['from', 'to'], setError)),
  });

  return (
    <form
      className="article-form"
      noValidate
      aria-label={redirect ? t('redirectEditHeading', { from: redirect.from }) : t('redirectCreateHeading')}
      onSubmit={(event) => {
        setSummary([]);
        void handleSubmit((values) => save.mutate(values))(event);
      }}
    >
      <ErrorSummary lines={summary} />
      <FormField label={t('redirectFrom')} hint={t('redirectPathHint')} error={formState.errors.from?.message}>
        {(control) => <input {...control} {...register('from')} />}
      </FormField>
      <FormField label={t('redirectTo')} error={formState.errors.to?.message}>
        {(control) => <input {...control} {...register('to')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : redirect ? t('save') : t('redirectCreate')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('redirectCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
