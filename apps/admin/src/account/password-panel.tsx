import { type ChangePasswordInput, ChangePasswordInputSchema, isAppError } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import { mySessionsKey } from './session-list-panel.js';

/** Changing one's password, with core's password rules checked as it is typed; the API ends the other sessions. */
export function PasswordPanel() {
  const { t } = useLocale();
  const ids = { currentPassword: useId(), newPassword: useId() };
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    mode: 'onTouched',
    resolver: zodResolver(ChangePasswordInputSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const change = useMutation({
    mutationFn: (body: ChangePasswordInput) => api.changePassword({ body }),
    onSuccess: async () => {
      reset();
      setOutcome({ ok: true, text: t('accountPasswordChanged') });
      await queryClient.invalidateQueries({ queryKey: mySessionsKey });
    },
    onError: (error) => {
      if (!isAppError(error)) return setOutcome({ ok: false, text: String(error) });
      for (const issue of error.issues) {
        const field = issue.pointer.replace('#/body/', '');
        if (field === 'currentPassword' || field === 'newPassword') setError(field, { type: 'server', message: issue.detail });
      }
      setOutcome({ ok: false, text: t('accountRefused', { message: error.message }) });
    },
  });

  const field = (name: keyof ChangePasswordInput, label: string) => {
    const error = formState.errors[name]?.message;
    return (
      <div className="field">
        <label htmlFor={ids[name]}>{label}</label>
        <input
          id={ids[name]}
          type="password"
          autoComplete={name === 'newPassword' ? 'new-password' : 'current-password'}
          {...register(name)}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': `${ids[name]}-error` } : {})}
        />
        {error && (
          <p id={`${ids[name]}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="panel" aria-labelledby="account-password-heading">
      <h2 id="account-password-heading">{t('accountPasswordHeading')}</h2>
      <form className="account-form" noValidate onSubmit={(event) => void handleSubmit((values) => { setOutcome(undefined); change.mutate(values); })(event)}>
        {field('currentPassword', t('accountCurrentPassword'))}
        {field('newPassword', t('accountNewPassword'))}
        <p className="field__hint">{t('accountPasswordHint')}</p>
        <button type="submit" className="button" disabled={change.isPending}>
          {t('accountChangePassword')}
        </button>
      </form>
      <p role="status" className="outcome">
        {outcome?.ok === true ? outcome.text : ''}
      </p>
      <p role="alert" className="outcome outcome--refused">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
    </section>
  );
}
