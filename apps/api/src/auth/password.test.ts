import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

describe('passwords', () => {
  it('stores a salted scrypt hash that names its parameters and never the password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(hash).not.toContain('correct horse');
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  });

  it('accepts the password and refuses any other, or no hash at all', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', null)).toBe(false);
    expect(await verifyPassword('', 'not a hash')).toBe(false);
  });

  it('asks for a hash made with weaker parameters than today’s to be redone', async () => {
    const hash = await hashPassword('correct horse battery staple');
    const weaker = hash.replace('ln=15', 'ln=14');
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(weaker)).toBe(true);
  });
});
