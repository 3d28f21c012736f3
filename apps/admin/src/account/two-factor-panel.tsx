import type { SessionInfo } from '@kraina/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionKey } from '../api/session-key.js';
import { useLocale } from '../locale/locale-context.js';
import { DisableTwoFactorForm } from './disable-two-factor-form.js';
import { RecoveryCodes } from './recovery-codes.js';
import { TwoFactorSetupSteps } from './two-factor-setup.js';

/** Two-factor sign-in for the signed-in member of staff: set it up, keep the recovery codes, or turn it off. */
export function TwoFactorPanel({ session }: { session: SessionInfo }) {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const [outcome, setOutcome] = useState('');
  // The session says whether it is on; re-read after each change so the header, this panel and any
  // "set up two-factor first" restriction all agree.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sessionKey });

  return (
    <section className="panel" aria-labelledby="account-two-factor-heading">
      <h2 id="account-two-factor-heading">{t('accountTwoFactorHeading')}</h2>
      {session.twoFactorSetupRequired && <p className="notice">{t('accountTwoFactorRequired')}</p>}
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(undefined)} />
      ) : session.user.twoFactorEnabled ? (
        <DisableTwoFactorForm
          onDisabled={() => {
            setOutcome(t('accountTwoFactorDisabled'));
            refresh();
          }}
        />
      ) : (
        <TwoFactorSetupSteps
          onEnabled={(codes) => {
            setOutcome(t('accountTwoFactorEnabled'));
            setRecoveryCodes(codes);
            refresh();
          }}
        />
      )}
      <p role="status" className="outcome">
        {outcome}
      </p>
    </section>
  );
}
