import { describe, expect, it } from 'vitest';
import { MapTileUrlSettingSchema, isTileUrlTemplate, mapTileImageSources, mapTilesOf } from './map-tiles.js';

describe('map tiles', () => {
  it('takes an http(s) template naming zoom, column and row, and refuses anything else', () => {
    expect(isTileUrlTemplate('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileUrlTemplate('https://tile.example.org/{z}/{x}.png')).toBe(false);
    expect(isTileUrlTemplate('javascript:alert(1)//{z}/{x}/{y}')).toBe(false);
    expect(MapTileUrlSettingSchema.parse(undefined)).toBe('');
    expect(MapTileUrlSettingSchema.safeParse('ftp://tiles/{z}/{x}/{y}').success).toBe(false);
  });

  it('allows images from the tile server’s origin, with a subdomain placeholder as any subdomain', () => {
    expect(mapTileImageSources('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(mapTileImageSources('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
    expect(mapTileImageSources('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toEqual(['http://localhost:8080']);
  });

  it('allows nothing more when no tiles are configured', () => {
    expect(mapTileImageSources('')).toEqual([]);
    expect(mapTilesOf('', '© Someone')).toBeNull();
  });
});
