import { type FormEvent, useId, useState } from 'react';

/** The editorial app's first screen: email and password, until staff sessions exist to check them against. */
export function SignInPage() {
  const emailId = useId();
  const passwordId = useId();
  const [notice, setNotice] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // No pretend sign-in: the page says plainly that the back end is not there yet.
    setNotice('Sign-in arrives with the editorial back end.');
  }

  return (
    <>
      <header className="admin-header">
        <p className="admin-brand">Kraina editorial</p>
      </header>
      <main className="sign-in">
        <h1>Sign in</h1>
        <p>Editorial staff sign in to write, translate, review and publish.</p>
        <form className="sign-in__form" onSubmit={handleSubmit}>
          <label htmlFor={emailId}>Email</label>
          <input id={emailId} name="email" type="email" autoComplete="username" required />
          <label htmlFor={passwordId}>Password</label>
          <input id={passwordId} name="password" type="password" autoComplete="current-password" required />
          <button type="submit">Sign in</button>
          {/* Present from the start, so screen readers are already listening when the notice appears. */}
          <p className="sign-in__notice" role="status">
            {notice}
          </p>
        </form>
      </main>
    </>
  );
}
