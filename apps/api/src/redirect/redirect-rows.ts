import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';

/**
 * Makes `from` answer with `to`. Older redirects that led to `from` now lead straight to `to`, so a page renamed
 * twice is one hop from each of its old addresses; a redirect away from `to` itself goes, since a page lives there
 * again (renamed back), and it would otherwise shadow the page or close a loop.
 */
export async function recordRedirect(trx: Transaction<Tables>, from: string, to: string, at: string): Promise<void> {
  if (from === to) return;
  await trx.deleteFrom('redirects').where('from_path', '=', to).execute();
  const chained = await trx.selectFrom('redirects').select(['id', 'from_path', 'version']).where('to_path', '=', from).execute();
  for (const row of chained) {
    if (row.from_path === to) continue;
    await trx.updateTable('redirects').set({ to_path: to, version: row.version + 1 }).where('id', '=', row.id).execute();
  }
  const existing = await trx.selectFrom('redirects').select(['id', 'to_path', 'version']).where('from_path', '=', from).executeTakeFirst();
  if (existing === undefined) {
    await trx.insertInto('redirects').values({ id: randomUUID(), from_path: from, to_path: to, created_at: at, version: 1 }).execute();
  } else if (existing.to_path !== to) {
    await trx.updateTable('redirects').set({ to_path: to, version: existing.version + 1 }).where('id', '=', existing.id).execute();
  }
}
