import type { User, UserList } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { asSignedIn, signInAs, testPassword } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createUserStore } from './user-store.js';

// Admins find accounts by role, by part of a name or email in any case, and by whether they are disabled, a page at
// a time by name. A caller that sends no query still gets the first accounts by name, as before the filters existed.

describeEachDatabase('the list of staff accounts', (dialect) => {
  const testApp = useTestApp(dialect);
  let admin: ReturnType<typeof asSignedIn>;
  let zoe: User;

  beforeAll(async () => {
    admin = asSignedIn(testApp.app, await signInAs(testApp.app, testApp.database, 'admin'));
    const users = createUserStore(testApp.database);
    await users.create({ email: 'iryna@kraina.test', name: 'Ірына Шульга', role: 'editor', password: testPassword });
    await users.create({ email: 'Nina.Weber@Kraina.test', name: 'Nina Author', role: 'author', password: testPassword });
    await users.create({ email: 'ales@kraina.test', name: 'Ales 100% Author', role: 'author', password: testPassword });
    zoe = await users.create({ email: 'zoe@kraina.test', name: 'Zoe Translator', role: 'translator', locales: ['be'], password: testPassword });
    await users.update(zoe.id, { disabled: true }, zoe.version);
  });

  const list = async (query: string) => {
    const res = await request(admin).get(`/api/v1/users?${query}`);
    expect(res.status).toBe(200);
    return res.body as UserList;
  };
  const names = (page: UserList) => page.items.map((u) => u.name);

  it('answers every account by name on one page when sent no query, as it always did', async () => {
    const page = await list('');
    expect(page.items.map((u) => u.id)).toEqual((await createUserStore(testApp.database).list()).map((u) => u.id));
    expect(page.items.length).toBeGreaterThanOrEqual(5);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by role', async () => {
    expect(names(await list('role=author'))).toEqual(['Ales 100% Author', 'Nina Author']);
  });

  it('finds part of a name or an email in any case, taking % and _ literally', async () => {
    expect(names(await list('q=nina'))).toEqual(['Nina Author']);
    expect(names(await list('q=WEBER@KRAINA'))).toEqual(['Nina Author']);
    expect(names(await list('q=Шульга'))).toEqual(['Ірына Шульга']);
    expect(names(await list(`q=${encodeURIComponent('100%')}`))).toEqual(['Ales 100% Author']);
    expect(names(await list(`q=${encodeURIComponent('%')}`))).toEqual(['Ales 100% Author']);
    expect(names(await list('q=_'))).toEqual([]);
  });

  it('answers only disabled accounts, or only enabled ones', async () => {
    expect((await list('disabled=true')).items.map((u) => u.id)).toEqual([zoe.id]);
    const enabled = await list('disabled=false&role=translator');
    expect(enabled.items).toEqual([]);
    expect((await list('disabled=false')).items.every((u) => !u.disabled)).toBe(true);
  });

  it('pages through the accounts by name, each once, with the filters kept', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`limit=2${cursor === '' ? '' : `&cursor=${cursor}`}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual((await createUserStore(testApp.database).list()).map((u) => u.id));
    const first = await list('role=author&limit=1');
    expect(names(first)).toEqual(['Ales 100% Author']);
    expect(names(await list(`role=author&limit=1&cursor=${first.nextCursor ?? ''}`))).toEqual(['Nina Author']);
  });

  it('refuses a flag that is not spelled out, and is for admins only', async () => {
    expect((await request(admin).get('/api/v1/users?disabled=yes')).status).toBe(422);
    const editor = asSignedIn(testApp.app, await signInAs(testApp.app, testApp.database, 'editor'));
    expect((await request(editor).get('/api/v1/users?role=admin')).status).toBe(403);
  });
});
