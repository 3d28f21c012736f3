import { ProblemSchema } from '@kraina/core';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './parse-json-body.js';
import { answerProblems } from './problem-handlers.js';

function echoApp(limitBytes?: number) {
  const app = express();
  app.post('/echo', parseJsonBody({ limitBytes }), (req, res) => {
    res.json({ body: req.body as unknown });
  });
  app.use(answerProblems(pino({ enabled: false })));
  return app;
}

describe('parseJsonBody', () => {
  it('reads a JSON body into req.body', async () => {
    const res = await request(echoApp()).post('/echo').send({ slug: 'business' });
    expect(res.body).toEqual({ body: { slug: 'business' } });
  });

  it('reads JSON sent with a +json media type', async () => {
    const res = await request(echoApp()).post('/echo').set('Content-Type', 'application/merge-patch+json').send('{"a":1}');
    expect(res.body).toEqual({ body: { a: 1 } });
  });

  it('accepts any JSON value, leaving its shape to the route schema', async () => {
    const res = await request(echoApp()).post('/echo').set('Content-Type', 'application/json').send('"just text"');
    expect(res.body).toEqual({ body: 'just text' });
  });

  it('leaves req.body undefined when no body is sent', async () => {
    const res = await request(echoApp()).post('/echo');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
  });

  it('answers 400 malformed-request for malformed JSON, without quoting it back', async () => {
    const res = await request(echoApp()).post('/echo').set('Content-Type', 'application/json').send('{"secret": tru');
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'malformed-request', detail: 'The body is not valid JSON' });
    expect(res.text).not.toContain('secret');
  });

  it('answers 413 payload-too-large for a body over the default 1 MB', async () => {
    const res = await request(echoApp()).post('/echo').send({ text: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(ProblemSchema.parse(res.body).code).toBe('payload-too-large');
  });

  it('honours a configured limit', async () => {
    const res = await request(echoApp(100)).post('/echo').send({ text: 'x'.repeat(200) });
    expect(res.status).toBe(413);
  });

  it('answers 415 unsupported-media-type for a form post', async () => {
    const res = await request(echoApp()).post('/echo').type('form').send('slug=business');
    expect(res.status).toBe(415);
    expect(ProblemSchema.parse(res.body).code).toBe('unsupported-media-type');
  });

  it('answers 415 for a body sent with no content type at all', async () => {
    const res = await request(echoApp()).post('/echo').set('Content-Length', '2').send(Buffer.from('{}'));
    expect(res.status).toBe(415);
  });

  it('answers 415 for JSON in a charset other than UTF-8', async () => {
    const res = await request(echoApp()).post('/echo').set('Content-Type', 'application/json; charset=klingon').send('{}');
    expect(res.status).toBe(415);
  });
});
