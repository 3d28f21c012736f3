import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, errorCodes, isAppError } from './app-error.js';
import { ProblemSchema, fromProblem, problemTypes, toProblem } from './problem.js';
import { parseOrThrow, validate } from './validate.js';

describe('errors as problem+json', () => {
  it('gives every error code a status and a title', () => {
    for (const code of errorCodes) expect(problemTypes[code].status).toBeGreaterThanOrEqual(400);
  });

  it('names each invalid field in the problem body', () => {
    const schema = z.strictObject({ headline: z.string().min(1), section: z.string() });
    try {
      parseOrThrow(schema, { headline: '', extra: 1 }, 'article');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error)).toBe(true);
      const problem = toProblem(error as AppError, '/api/v1/articles');
      expect(ProblemSchema.parse(problem)).toEqual(problem);
      expect(problem.status).toBe(422);
      expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['#/extra', '#/headline', '#/section']);
    }
  });

  it('never shows the message or cause of an internal error', () => {
    const problem = toProblem(new AppError('internal', 'password=hunter2 at db.ts:12', { cause: new Error('secret') }));
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('reads a problem body back into the same error', () => {
    const original = new AppError('version-conflict', 'Someone saved version 4 first', { issues: [{ pointer: '#/version', detail: 'Stale' }], currentVersion: 4 });
    const problem = toProblem(original);
    expect(problem.currentVersion).toBe(4);
    const back = fromProblem(412, problem);
    expect(back).toMatchObject({ code: 'version-conflict', message: original.message, issues: original.issues, currentVersion: 4 });
  });

  it('turns a proxy HTML page into a typed error by its status', () => {
    expect(fromProblem(502, '<html>Bad gateway</html>').code).toBe('unavailable');
    expect(fromProblem(404, undefined).code).toBe('not-found');
    expect(fromProblem(418, { not: 'a problem' }).code).toBe('malformed-request');
    expect(fromProblem(500, null).code).toBe('internal');
  });

  it('gives a typed result, not a throw, when a refinement itself throws', () => {
    const schema = z.string().refine(() => {
      throw new Error('boom');
    });
    expect(validate(schema, 'x')).toEqual({ ok: false, issues: [{ pointer: '#', detail: 'boom' }] });
  });

  it('escapes "/" and "~" in pointers as RFC 6901 says', () => {
    const schema = z.record(z.string(), z.number());
    expect(validate(schema, { 'a/b~c': 'x' })).toMatchObject({ ok: false, issues: [{ pointer: '#/a~1b~0c' }] });
  });
});

describe('validating hostile shapes', () => {
  it('says a value is nested too deeply rather than reporting a stack overflow', () => {
    const deep: z.ZodType = z.lazy(() => z.union([z.string(), z.array(deep)]));
    let value: unknown = 'leaf';
    for (let i = 0; i < 20_000; i += 1) value = [value];
    const result = validate(deep, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.detail).toMatch(/deeply|Invalid/);
  });
});
