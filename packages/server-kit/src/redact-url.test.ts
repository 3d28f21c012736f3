import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('hides the token of an API preview link and of the site preview page', () => {
    expect(redactUrl('/api/v1/previews/eyJ2IjoxfQ.c2ln')).toBe('/api/v1/previews/[redacted]');
    expect(redactUrl('/en/preview/eyJ2IjoxfQ.c2ln?x=1')).toBe('/en/preview/[redacted]?x=1');
  });

  it('hides secret query parameters, whatever their case, and keeps the others as they were', () => {
    expect(redactUrl('/api/v1/things?page=2&Token=abc&q=a%20b&access_token=z')).toBe('/api/v1/things?page=2&Token=[redacted]&q=a%20b&access_token=[redacted]');
  });

  it('leaves ordinary addresses, and a bare "previews" list, alone', () => {
    expect(redactUrl('/en/news/business/budget-2027')).toBe('/en/news/business/budget-2027');
    expect(redactUrl('/api/v1/previews/')).toBe('/api/v1/previews/');
    expect(redactUrl('/search?q=%E0%A4%A')).toBe('/search?q=%E0%A4%A');
  });
});
