import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { logRequests } from './log-requests.js';

// A logger that keeps its lines in memory, so a test reads exactly what production would print.
function recordingLogger(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ base: undefined }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('logRequests', () => {
  it('logs one line per answered request with its method, full address, status and duration', async () => {
    const { logger, lines } = recordingLogger();
    const app = express();
    app.use(logRequests(logger));
    const articles = express.Router();
    articles.get('/missing', (_req, res) => void res.status(404).end());
    app.use('/articles', articles);

    await request(app).get('/articles/missing?lang=en');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'GET', url: '/articles/missing?lang=en', status: 404 });
    expect(lines[0]?.ms).toEqual(expect.any(Number));
    expect(lines[0]).not.toHaveProperty('reqId');
  });

  it('names the request id the answer carries', async () => {
    const { logger, lines } = recordingLogger();
    const app = express();
    app.use(logRequests(logger));
    app.get('/', (_req, res) => void res.set('X-Request-Id', 'edge-7f3a').end());

    await request(app).get('/');

    expect(lines[0]).toMatchObject({ reqId: 'edge-7f3a', status: 200 });
  });

  it('never writes a preview token into the log', async () => {
    const { logger, lines } = recordingLogger();
    const app = express();
    app.use(logRequests(logger));
    app.get('/api/v1/previews/:token', (_req, res) => void res.status(404).end());

    await request(app).get('/api/v1/previews/eyJzZWNyZXQiOnRydWV9.c2lnbmF0dXJl');

    expect(JSON.stringify(lines)).not.toContain('c2lnbmF0dXJl');
    expect(lines[0]).toMatchObject({ url: '/api/v1/previews/[redacted]' });
  });
});
