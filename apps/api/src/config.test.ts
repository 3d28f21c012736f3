import { describe, expect, it } from 'vitest';
import { loadConfig, localeSettingsOf } from './config.js';

describe('loadConfig', () => {
  it('listens on port 4000 of the loopback interface when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.HOST).toBe('127.0.0.1');
  });

  it('reads the port from PORT', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('refuses a port that is not a number, naming the setting', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });

  it('refuses an empty PORT rather than listening on a random port', () => {
    expect(() => loadConfig({ PORT: '' })).toThrow(/PORT/);
  });

  it('refuses a port above 65535', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('refuses an unknown log level, naming the setting', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('returns settings nobody can change after start-up', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});

describe('storage and locale settings', () => {
  it('uses the embedded SQLite file unless told otherwise', () => {
    expect(loadConfig({}).DATABASE_URL).toBe('file:./data/kraina.db');
    expect(loadConfig({ DATABASE_URL: 'postgres://kraina@db:5432/kraina' }).DATABASE_URL).toMatch(/^postgres/);
  });

  it('refuses a database URL it cannot use, naming the setting', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('takes a PostgreSQL read replica beside a PostgreSQL database, and refuses one beside SQLite or not PostgreSQL', () => {
    const replica = 'postgres://reader@replica:5432/kraina';
    expect(loadConfig({ DATABASE_URL: 'postgres://kraina@db:5432/kraina', DATABASE_READ_URL: replica }).DATABASE_READ_URL).toBe(replica);
    expect(() => loadConfig({ DATABASE_READ_URL: replica })).toThrow(/needs PostgreSQL: DATABASE_URL names an SQLite file\n {2}→ at DATABASE_READ_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://kraina@db:5432/kraina', DATABASE_READ_URL: 'file:./replica.db' })).toThrow(/DATABASE_READ_URL/);
  });

  it('reads the locales and their fallbacks, the first locale being the default', () => {
    const settings = localeSettingsOf(loadConfig({ KRAINA_LOCALES: 'be,ru,en', KRAINA_LOCALE_FALLBACKS: 'be:ru;ru:en' }));
    expect(settings).toEqual({ locales: ['be', 'ru', 'en'], defaultLocale: 'be', fallbacks: { be: ['ru'], ru: ['en'] } });
  });

  it('refuses to start when a fallback names a locale the portal does not serve', () => {
    expect(() => loadConfig({ KRAINA_LOCALES: 'en,ru', KRAINA_LOCALE_FALLBACKS: 'ru:uk' })).toThrow(/KRAINA_LOCALE/);
  });

  it('refuses a time zone that is not an IANA name', () => {
    expect(() => loadConfig({ KRAINA_TIME_ZONE: '+03:00' })).toThrow(/KRAINA_TIME_ZONE/);
  });
});
