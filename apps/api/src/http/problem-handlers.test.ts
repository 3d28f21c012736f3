import { AppError } from '@kraina/core';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { answerNotFound, answerProblems } from './problem-handlers.js';

function appThrowing(error: unknown) {
  const lines: string[] = [];
  const logger = pino({}, { write: (line: string) => void lines.push(line) });
  const app = express();
  app.get('/boom', () => {
    throw error;
  });
  app.use(answerNotFound);
  app.use(answerProblems(logger));
  return { app, lines };
}

describe('answerProblems', () => {
  it('answers an AppError with its own status and message', async () => {
    const { app, lines } = appThrowing(new AppError('not-found', 'No article "budget-2027"'));
    const res = await request(app).get('/boom');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'not-found', detail: 'No article "budget-2027"' });
    expect(lines).toEqual([]);
  });

  it('hides an unexpected error from the caller and logs it with its cause', async () => {
    const { app, lines } = appThrowing(new Error('connection to db.internal:5432 refused'));
    const res = await request(app).get('/boom');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      type: 'https://kraina.dev/problems/internal',
      title: 'Something went wrong on our side',
      status: 500,
      detail: 'Something went wrong on our side',
      instance: '/boom',
      code: 'internal',
    });
    expect(res.text).not.toContain('db.internal');
    expect(lines.join('')).toContain('db.internal:5432');
  });

  it("answers a parser's 400 as a malformed request", async () => {
    const { app } = appThrowing(Object.assign(new Error('Unexpected token'), { status: 400 }));
    const res = await request(app).get('/boom');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'malformed-request', title: 'The request could not be read' });
  });
});
