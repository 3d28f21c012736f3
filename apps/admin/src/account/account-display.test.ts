import { describe, expect, it } from 'vitest';
import { deviceOf, groupedSecret, recoveryCodesText, svgImageSource } from './account-display.js';

describe('what the account screen shows', () => {
  it('shows the API’s QR code as an image address, every character of the markup escaped', () => {
    const source = svgImageSource('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>');
    expect(source.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(source).not.toMatch(/[<>"\s]/);
    expect(decodeURIComponent(source.split(',')[1] ?? '')).toContain('<path d="M0 0h1"/>');
  });

  it('groups a secret in fours for typing by hand', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPQ')).toBe('JBSW Y3DP EHPK 3PXP Q');
  });

  it('names a session’s browser and system from its user agent', () => {
    expect(deviceOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36')).toBe('Chrome · Linux');
    expect(deviceOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox · Windows');
    expect(deviceOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari · iOS');
    expect(deviceOf('curl/8.5.0')).toBe('curl/8.5.0');
    expect(deviceOf(null)).toBeUndefined();
  });

  it('writes the recovery codes one a line under a heading', () => {
    expect(recoveryCodesText(['7hq2m-x9c4d', 'a1b2c-d3e4f'], 'Kraina recovery codes')).toBe('Kraina recovery codes\n\n7hq2m-x9c4d\na1b2c-d3e4f\n');
  });
});
