import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('listens on port 3001 of the loopback interface and serves vite’s build when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3001);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.CLIENT_DIR.replaceAll('\\', '/')).toMatch(/apps\/admin\/dist\/client\/$/);
  });

  it('refuses a port that is not a number, naming the setting', () => {
    expect(() => loadConfig({ PORT: '30o1' })).toThrow(/PORT/);
  });

  it('refuses a shutdown timeout that is not a positive number, naming the setting', () => {
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '-5' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });
});
