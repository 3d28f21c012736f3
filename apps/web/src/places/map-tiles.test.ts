import { describe, expect, it } from 'vitest';
import { mapTileImageSources, mapTilesOf } from './map-tiles.js';

describe('map tiles', () => {
  it('allows images from the tile server’s origin, with a subdomain placeholder as any subdomain', () => {
    expect(mapTileImageSources('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(mapTileImageSources('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
    expect(mapTileImageSources('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toEqual(['http://localhost:8080']);
  });

  it('allows nothing more when no tiles are configured', () => {
    expect(mapTileImageSources('')).toEqual([]);
    expect(mapTilesOf({ MAP_TILE_URL: '', MAP_TILE_ATTRIBUTION: '© Someone' })).toBeNull();
  });
});
