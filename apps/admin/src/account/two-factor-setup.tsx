import { type ConfirmTwoFactorInput, ConfirmTwoFactorInputSchema, type TwoFactorSetup, isAppError } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import { groupedSecret, svgImageSource } from './account-display.js';

interface TwoFactorSetupProps {
  onEnabled: (recoveryCodes: string[]) => void;
}

/** Turning two-factor sign-in on: a new secret as a QR code and as text, then a code from the app to prove it took. */
export function TwoFactorSetupSteps({ onEnabled }: TwoFactorSetupProps) {
  const { t } = useLocale();
  const ids = { code: useId() };
  const [setup, setSetup] = useState<TwoFactorSetup | undefined>();
  const begin = useMutation({ mutationFn: () => api.setupTwoFactor(), onSuccess: setSetup });
  const { register, handleSubmit, formState, setError } = useForm<ConfirmTwoFactorInput>({ resolver: zodResolver(ConfirmTwoFactorInputSchema), defaultValues: { code: '' } });
  const confirm = useMutation({
    mutationFn: (body: ConfirmTwoFactorInput) => api.confirmTwoFactor({ body }),
    onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
    onError: (error) => {
      const detail = isAppError(error) ? (error.issues.find((issue) => issue.pointer === '#/body/code')?.detail ?? error.message) : String(error);
      setError('code', { type: 'server', message: detail });
    },
  });
  const codeError = formState.errors.code?.message;

  if (!setup) {
    return (
      <>
        <p>{t('accountTwoFactorOff')}</p>
        <button type="button" className="button" disabled={begin.isPending} onClick={() => begin.mutate()}>
          {t('accountTwoFactorStart')}
        </button>
        <p role="alert" className="outcome outcome--refused">
          {begin.error ? t('requestFailed', { message: begin.error.message }) : ''}
        </p>
      </>
    );
  }

  return (
    <div className="two-factor-setup">
      <p>{t('accountTwoFactorScan')}</p>
      <img className="two-factor-setup__qr" src={svgImageSource(setup.qrCodeSvg)} alt={t('accountTwoFactorQrAlt')} width={200} height={200} />
      <p>
        {t('accountTwoFactorSecret')}{' '}
        <code className="two-factor-setup__secret" translate="no">
          {groupedSecret(setup.secret)}
        </code>
      </p>
      <form className="account-form" noValidate onSubmit={(event) => void handleSubmit((values) => confirm.mutate(values))(event)}>
        <div className="field">
          <label htmlFor={ids.code}>{t('accountTwoFactorCode')}</label>
          <input
            id={ids.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            {...register('code')}
            {...(codeError ? { 'aria-invalid': true, 'aria-describedby': `${ids.code}-error` } : {})}
          />
          {codeError && (
            <p id={`${ids.code}-error`} className="field__error">
              {codeError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={confirm.isPending}>
          {t('accountTwoFactorConfirm')}
        </button>
      </form>
    </div>
  );
}
