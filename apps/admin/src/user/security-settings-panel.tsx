import { type SecuritySettings, SecuritySettingsSchema } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';

/** The portal's sign-in rules, as getSecuritySettings gives them: today, whether two-factor sign-in is mandatory. */
export function SecuritySettingsPanel() {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['security-settings'], queryFn: () => api.getSecuritySettings() });
  const [summary, setSummary] = useState<string[]>([]);
  const [outcome, setOutcome] = useState('');
  const { register, handleSubmit, reset, setError, formState } = useForm<SecuritySettings>({ resolver: zodResolver(SecuritySettingsSchema), defaultValues: { twoFactorRequired: false } });
  useEffect(() => {
    if (settings.data) reset(settings.data);
  }, [settings.data, reset]);
  const save = useMutation({
    mutationFn: (values: SecuritySettings) => api.updateSecuritySettings({ body: values }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['security-settings'], saved);
      setOutcome(saved.twoFactorRequired ? t('userTwoFactorNowRequired') : t('userTwoFactorNowOptional'));
    },
    onError: (error) => setSummary(showServerIssues(error, ['twoFactorRequired'], setError)),
  });

  return (
    <section className="panel" aria-labelledby="security-settings-heading">
      <h2 id="security-settings-heading">{t('userSecurityHeading')}</h2>
      {settings.isError && <p role="alert">{t('requestFailed', { message: settings.error.message })}</p>}
      <form
        noValidate
        onSubmit={(event) => {
          setSummary([]);
          setOutcome('');
          void handleSubmit((values) => save.mutate(values))(event);
        }}
      >
        <ErrorSummary lines={summary} />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" disabled={!settings.isSuccess} {...register('twoFactorRequired')} /> {t('userTwoFactorRequired')}
          </label>
          <p className="field__hint">{t('userTwoFactorRequiredHint')}</p>
          {formState.errors.twoFactorRequired && <p className="field__error">{formState.errors.twoFactorRequired.message}</p>}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={!settings.isSuccess || save.isPending}>
            {save.isPending ? t('saving') : t('userSecuritySave')}
          </button>
          <span role="status">{outcome}</span>
        </div>
      </form>
    </section>
  );
}
