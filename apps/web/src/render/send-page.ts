import type { Response } from 'express';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

/** Renders a page on the server and sends it as a complete HTML document with the given status. */
export function sendPage(res: Response, status: number, page: ReactElement): void {
  // renderToString while pages are small and synchronous; streaming pays off once pages await the API.
  res.status(status).type('html').send(`<!DOCTYPE html>${renderToString(page)}`);
}
