import type { Problem, User } from '@kraina/core';
import request from 'supertest';
import { expect, it } from 'vitest';
import { type SignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createUserStore } from './user-store.js';

describeEachDatabase('the last enabled admin', (dialect) => {
  const testApp = useTestApp(dialect);
  const patch = (by: SignedIn, user: User, body: object) =>
    request(testApp.app).patch(`/api/v1/users/${user.id}`).set('Cookie', by.cookie).set('X-CSRF-Token', by.csrfToken).set('If-Match', `"${user.version}"`).send(body);
  const reread = (user: User) => createUserStore(testApp.database).get(user.id);

  it('cannot be demoted or disabled, by field, while another admin can; a disabled admin does not count', async () => {
    const first = await signInAs(testApp.app, testApp.database, 'admin');
    const second = await signInAs(testApp.app, testApp.database, 'admin');
    const demoted = await patch(first, second.user, { role: 'editor' });
    expect(demoted.status).toBe(200);
    const secondNow = await reread(second.user);
    expect(secondNow.role).toBe('editor');

    const self = await patch(first, first.user, { role: 'editor' });
    expect(self.status).toBe(409);
    expect((self.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/role']);
    const disabled = await patch(first, first.user, { disabled: true });
    expect(disabled.status).toBe(409);
    expect((disabled.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/disabled']);
    expect(await reread(first.user)).toMatchObject({ role: 'admin', disabled: false, version: first.user.version });

    // An editor made admin but disabled is no rescue: it could not sign in to manage anything.
    const promoted = await patch(first, secondNow, { role: 'admin', disabled: true });
    expect(promoted.status).toBe(200);
    expect((await patch(first, first.user, { disabled: true })).status).toBe(409);
    // Renaming the last admin, or changing nothing of its role, is fine.
    expect((await patch(first, first.user, { name: 'Still in charge' })).status).toBe(200);
  });
});

describeEachDatabase('the last two admins demoting each other', (dialect) => {
  const testApp = useTestApp(dialect); // a portal of its own, whose only admins are these two
  const patch = (by: SignedIn, user: User, body: object) =>
    request(testApp.app).patch(`/api/v1/users/${user.id}`).set('Cookie', by.cookie).set('X-CSRF-Token', by.csrfToken).set('If-Match', `"${user.version}"`).send(body);

  it('lets exactly one of them succeed when both ask at the same moment', async () => {
    const users = createUserStore(testApp.database);
    const a = await signInAs(testApp.app, testApp.database, 'admin');
    const b = await signInAs(testApp.app, testApp.database, 'admin');
    const others = (await users.list()).filter((u) => u.role === 'admin' && !u.disabled);
    expect(others.map((u) => u.id).sort()).toEqual([a.user.id, b.user.id].sort());
    const answers = await Promise.all([patch(a, b.user, { role: 'editor' }), patch(b, a.user, { role: 'editor' })]);
    // The loser is refused either way: 409 if its check ran beside the winner's, 403 if it was no longer an admin by then.
    const [won, lost] = answers.map((res) => res.status).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    expect((await users.list()).filter((u) => u.role === 'admin' && !u.disabled)).toHaveLength(1);
  });
});
