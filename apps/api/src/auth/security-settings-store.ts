import type { SecuritySettings, User } from '@kraina/core';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import type { Database } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';

// The portal's sign-in rules, one row per rule. A rule never set reads as its default, so a new portal needs no rows.

const defaults: SecuritySettings = { twoFactorRequired: false };

/** The security settings: the only code that writes them. Read on every request of staff without two-factor on. */
export function createSecuritySettingsStore(database: Database, now: () => Date = () => new Date()) {
  const { db } = database;

  async function get(): Promise<SecuritySettings> {
    const rows = await db.selectFrom('security_settings').selectAll().execute();
    const stored = Object.fromEntries(rows.map((row) => [row.name, fromJson<unknown>(row.value_json)]));
    return { twoFactorRequired: typeof stored.twoFactorRequired === 'boolean' ? stored.twoFactorRequired : defaults.twoFactorRequired };
  }

  return {
    /** The rules in force. */
    get,

    /** Whether an account must set up two-factor sign-in before it may do anything but that. */
    async requiresSetup(user: User): Promise<boolean> {
      return !user.twoFactorEnabled && (await get()).twoFactorRequired;
    },

    /** Replaces the rules, auditing a change of the two-factor rule with it; answers them as stored. */
    async set(settings: SecuritySettings, actor: AuditActor = systemActor): Promise<SecuritySettings> {
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('security_settings').select('value_json').where('name', '=', 'twoFactorRequired').executeTakeFirst();
        const wasRequired = fromJson<unknown>(before?.value_json ?? null) === true;
        for (const [name, value] of Object.entries(settings)) {
          await trx
            .insertInto('security_settings')
            .values({ name, value_json: toJson(value), updated_at: at })
            .onConflict((oc) => oc.column('name').doUpdateSet({ value_json: toJson(value), updated_at: at }))
            .execute();
        }
        if (settings.twoFactorRequired !== wasRequired) {
          const action = settings.twoFactorRequired ? 'two-factor-made-mandatory' : 'two-factor-made-optional';
          await appendAudit(trx, database.dialect, { action, actorId: actor.id, targetType: 'settings', targetId: 'security', address: actor.address });
        }
      });
      return get();
    },
  };
}

/** The security settings' operations. */
export type SecuritySettingsStore = ReturnType<typeof createSecuritySettingsStore>;
