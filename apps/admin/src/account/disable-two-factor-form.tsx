import { type DisableTwoFactorInput, DisableTwoFactorInputSchema, TwoFactorCodeSchema, isAppError } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';

interface DisableValues {
  password: string;
  /** Six digits from the app, or a recovery code: one field, told apart by shape as the sign-in page does. */
  code: string;
}

/** What turning two-factor sign-in off sends: the password, and the code as a code or as a recovery code. */
export function disableInputOf({ password, code }: DisableValues): DisableTwoFactorInput {
  const trimmed = code.trim();
  return TwoFactorCodeSchema.safeParse(trimmed).success ? { password, code: trimmed } : { password, recoveryCode: trimmed };
}

const check = zodResolver(DisableTwoFactorInputSchema);

/** Turning two-factor sign-in off, with the password and a current code, as the API asks. */
export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useLocale();
  const ids = { password: useId(), code: useId() };
  const [refusal, setRefusal] = useState('');
  const { register, handleSubmit, formState, setError } = useForm<DisableValues>({
    defaultValues: { password: '', code: '' },
    // Core's schema over what would be sent; its recoveryCode and code pointers both belong to the one code field.
    resolver: async (values, context, options) => {
      const result = await check(disableInputOf(values), context, options as never);
      const errors = result.errors as Record<string, { message?: string } | undefined>;
      const codeError = errors.code ?? errors.recoveryCode;
      const placed = { ...(errors.password ? { password: errors.password } : {}), ...(codeError ? { code: codeError } : {}) };
      return Object.keys(placed).length > 0 ? { values: {}, errors: placed as never } : { values, errors: {} };
    },
  });
  const disable = useMutation({
    mutationFn: (values: DisableValues) => api.disableTwoFactor({ body: disableInputOf(values) }),
    onSuccess: onDisabled,
    onError: (error) => {
      if (!isAppError(error)) return setRefusal(String(error));
      for (const issue of error.issues) {
        if (issue.pointer === '#/body/password') setError('password', { type: 'server', message: issue.detail });
        if (issue.pointer === '#/body/code' || issue.pointer === '#/body/recoveryCode') setError('code', { type: 'server', message: issue.detail });
      }
      setRefusal(t('accountRefused', { message: error.message }));
    },
  });
  const errorOf = (name: keyof DisableValues) => formState.errors[name]?.message;
  const field = (name: keyof DisableValues, label: string, attributes: Record<string, string>) => {
    const error = errorOf(name);
    return (
      <div className="field">
        <label htmlFor={ids[name]}>{label}</label>
        <input id={ids[name]} {...attributes} {...register(name)} {...(error ? { 'aria-invalid': true, 'aria-describedby': `${ids[name]}-error` } : {})} />
        {error && (
          <p id={`${ids[name]}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="account-form" noValidate onSubmit={(event) => void handleSubmit((values) => { setRefusal(''); disable.mutate(values); })(event)}>
      <p>{t('accountTwoFactorOn')}</p>
      {field('password', t('accountPassword'), { type: 'password', autoComplete: 'current-password' })}
      {field('code', t('accountCodeOrRecovery'), { autoComplete: 'one-time-code' })}
      <button type="submit" className="button" disabled={disable.isPending}>
        {t('accountTwoFactorDisable')}
      </button>
      <p role="alert" className="outcome outcome--refused">
        {refusal}
      </p>
    </form>
  );
}
