import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/api-client.js';
import { useSession } from '../api/session.js';
import { useLocale } from '../locale/locale-context.js';
import { PasswordResetPanel } from './password-reset-panel.js';
import { UserEditForm } from './user-edit-form.js';

/** One account opened from the list: read afresh, so it is saved over the version just read, with its password reset. */
export function UserEditPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const session = useSession().data;
  const user = useQuery({ queryKey: ['users', id], queryFn: () => api.getUser({ params: { id } }) });
  const heading = useRef<HTMLHeadingElement>(null);
  const [outcome, setOutcome] = useState('');

  // Opening an account moves the keyboard to it, rather than leaving focus on a list row far below.
  useEffect(() => {
    if (user.isSuccess) heading.current?.focus();
  }, [user.isSuccess, id]);

  return (
    <section className="panel" aria-labelledby="user-edit-heading">
      {user.isPending && <p>{t('loading')}</p>}
      {user.isError && <p role="alert">{t('requestFailed', { message: user.error.message })}</p>}
      {user.isSuccess && (
        <>
          <h2 id="user-edit-heading" ref={heading} tabIndex={-1}>
            {t('userEditHeading', { name: user.data.name, email: user.data.email })}
          </h2>
          <UserEditForm
            key={user.data.version}
            user={user.data}
            isOwnAccount={session?.user.id === user.data.id}
            onSaved={(saved) => {
              queryClient.setQueryData(['users', id], saved);
              setOutcome(t('userSaved', { name: saved.name }));
              void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
            }}
          />
          <p role="status" className="outcome">
            {outcome}
          </p>
          <PasswordResetPanel user={user.data} />
        </>
      )}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('userClose')}
      </button>
    </section>
  );
}
