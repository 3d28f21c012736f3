import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('listens on port 3000 of the loopback interface when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
  });

  it('refuses a port that is not a number, naming the setting', () => {
    expect(() => loadConfig({ PORT: 'three thousand' })).toThrow(/PORT/);
  });

  it('refuses a blank site name, naming the setting', () => {
    expect(() => loadConfig({ SITE_NAME: '  ' })).toThrow(/SITE_NAME/);
  });

  it('takes the site name from SITE_NAME', () => {
    expect(loadConfig({ SITE_NAME: 'Belarus.by' }).SITE_NAME).toBe('Belarus.by');
  });
});
