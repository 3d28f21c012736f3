import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

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
