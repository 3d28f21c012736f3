import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SignInPage } from './sign-in-page.js';

// The input a label points at, found through the label's `for`, as assistive technology finds it.
function inputLabelled(html: string, text: string): string | undefined {
  const id = new RegExp(`<label for="([^"]+)">${text}</label>`).exec(html)?.[1];
  return id === undefined ? undefined : new RegExp(`<input id="${id}"[^>]*>`).exec(html)?.[0];
}

describe('SignInPage', () => {
  const html = renderToStaticMarkup(<SignInPage />);

  it('labels the email field and lets password managers fill it', () => {
    const input = inputLabelled(html, 'Email');
    expect(input).toContain('type="email"');
    expect(input).toContain('autoComplete="username"');
  });

  it('labels the password field as the current password', () => {
    const input = inputLabelled(html, 'Password');
    expect(input).toContain('type="password"');
    expect(input).toContain('autoComplete="current-password"');
  });

  it('has one main landmark with a level-one heading and a submit button', () => {
    expect(html.match(/<main/g)).toHaveLength(1);
    expect(html).toContain('<h1>Sign in</h1>');
    expect(html).toContain('<button type="submit">Sign in</button>');
  });
});
