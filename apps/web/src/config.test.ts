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

describe('map tile settings', () => {
  it('has no tiles unless MAP_TILE_URL is set', () => {
    expect(loadConfig({}).MAP_TILE_URL).toBe('');
  });

  it('takes a Leaflet URL template with its attribution', () => {
    const config = loadConfig({ MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example contributors' });
    expect(config.MAP_TILE_URL).toBe('https://{s}.tile.example.org/{z}/{x}/{y}.png');
    expect(config.MAP_TILE_ATTRIBUTION).toBe('© Example contributors');
  });

  it('refuses a tile address without the zoom, column and row, or not over http(s), naming the setting', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tile.example.org/tiles.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadConfig({ MAP_TILE_URL: 'javascript:alert(1)//{z}/{x}/{y}' })).toThrow(/MAP_TILE_URL/);
  });
});

describe('following content changes', () => {
  it('asks the API for its content version every 3 seconds unless CONTENT_POLL_SECONDS says otherwise, 0 meaning never', () => {
    expect(loadConfig({}).CONTENT_POLL_SECONDS).toBe(3);
    expect(loadConfig({ CONTENT_POLL_SECONDS: '10' }).CONTENT_POLL_SECONDS).toBe(10);
    expect(loadConfig({ CONTENT_POLL_SECONDS: '0' }).CONTENT_POLL_SECONDS).toBe(0);
  });

  it('refuses a negative, fractional or absurdly long interval, naming the setting', () => {
    for (const value of ['-1', '1.5', '3600', 'often']) expect(() => loadConfig({ CONTENT_POLL_SECONDS: value }), value).toThrow(/CONTENT_POLL_SECONDS/);
  });
});
