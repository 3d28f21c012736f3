import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../api/return-address.js';
import { markSessionEnded, sessionKey } from '../api/session-key.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { LanguageSwitch } from '../locale/language-switch.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';

// Core's client and its schemas load when the form is first used, not with the page: see sign-in-request.ts.
const loadSignIn = () => import('./sign-in-request.js');

/** What sign-in needs next: the password, or (with two-factor sign-in on) a code. */
type Step = 'password' | 'code';

/** Email and password, then a two-factor code when the account has it on; back to where the user was after. */
export function SignInPage() {
  const { t } = useLocale();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ids = { email: useId(), password: useId(), code: useId() };
  const [step, setStep] = useState<Step>('password');
  const [credentials, setCredentials] = useState({ email: '', password: '' });
  const [code, setCode] = useState('');
  // A message key for a refusal, or the failure's own words for anything else.
  const [problem, setProblem] = useState<{ key: MessageKey } | { text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signInHeading'));

  const reason = params.get('reason');
  const notice = reason === 'expired' ? t('sessionExpired') : reason === 'signed-out' ? t('signedOut') : '';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { signIn } = await loadSignIn();
    const outcome = await signIn(credentials, step === 'code' ? code : undefined);
    setBusy(false);
    if (outcome.kind === 'signed-in') {
      markSessionEnded(false);
      queryClient.setQueryData(sessionKey, outcome.session);
      await navigate(safeReturnPath(params.get('next')), { replace: true });
    } else if (outcome.kind === 'two-factor-required') {
      setStep('code');
    } else if (outcome.kind === 'refused') {
      setProblem({ key: step === 'code' ? 'codeFailed' : 'signInFailed' });
    } else {
      setProblem({ text: t('requestFailed', { message: outcome.message }) });
    }
  }

  const problemText = problem === undefined ? '' : 'key' in problem ? t(problem.key) : problem.text;

  return (
    <>
      <header className="admin-header">
        <p className="admin-brand">{t('appName')}</p>
        <LanguageSwitch />
      </header>
      <main className="sign-in" id="main">
        <h1>{step === 'code' ? t('twoFactorHeading') : t('signInHeading')}</h1>
        {notice !== '' && <p className="notice">{notice}</p>}
        <p>{step === 'code' ? t('twoFactorLead') : t('signInLead')}</p>
        <form className="sign-in__form" onSubmit={(event) => void handleSubmit(event)} onFocus={() => void loadSignIn()}>
          {step === 'password' ? (
            <>
              <label htmlFor={ids.email}>{t('email')}</label>
              <input
                id={ids.email}
                name="email"
                type="email"
                autoComplete="username"
                required
                value={credentials.email}
                onChange={(event) => setCredentials({ ...credentials, email: event.target.value })}
              />
              <label htmlFor={ids.password}>{t('password')}</label>
              <input
                id={ids.password}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={credentials.password}
                onChange={(event) => setCredentials({ ...credentials, password: event.target.value })}
              />
            </>
          ) : (
            <>
              <label htmlFor={ids.code}>{t('twoFactorCode')}</label>
              <input
                id={ids.code}
                name="code"
                inputMode="text"
                autoComplete="one-time-code"
                required
                autoFocus
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
            </>
          )}
          <button type="submit" className="button" disabled={busy}>
            {step === 'code' ? t('confirmCode') : t('signIn')}
          </button>
          {/* Present from the start, so screen readers are already listening when the problem appears. */}
          <p className="sign-in__notice" role="alert">
            {problemText}
          </p>
        </form>
      </main>
    </>
  );
}
