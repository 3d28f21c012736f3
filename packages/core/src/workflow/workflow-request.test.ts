import { describe, expect, it } from 'vitest';
import { validate } from '../errors/validate.js';
import { WorkflowRequestSchema } from './workflow-request.js';

const pointersOf = (value: unknown) => {
  const result = validate(WorkflowRequestSchema, value);
  return result.ok ? [] : result.issues.map((issue) => issue.pointer);
};

describe('a workflow request', () => {
  it('takes a bare action, and each action with what it needs', () => {
    expect(pointersOf({ action: 'submit' })).toEqual([]);
    expect(pointersOf({ action: 'schedule', publishAt: '2031-05-01T09:00:00+03:00', locales: ['en', 'be'], version: 3 })).toEqual([]);
    expect(pointersOf({ action: 'publish', locales: ['ru'] })).toEqual([]);
    expect(pointersOf({ action: 'unpublish', withdrawal: { reason: { en: 'Superseded by the 2031 rules' }, replacedBy: '3f1e7c2a-0000-4000-8000-000000000003' } })).toEqual([]);
  });

  it('wants a time to schedule, and refuses a time for anything else', () => {
    expect(pointersOf({ action: 'schedule' })).toEqual(['#/publishAt']);
    expect(pointersOf({ action: 'publish', publishAt: '2031-05-01T09:00:00Z' })).toEqual(['#/publishAt']);
    expect(pointersOf({ action: 'schedule', publishAt: 'tomorrow' })).toEqual(['#/publishAt']);
  });

  it('takes locales only to publish or schedule, and a withdrawal only to unpublish', () => {
    expect(pointersOf({ action: 'archive', locales: ['en'] })).toEqual(['#/locales']);
    expect(pointersOf({ action: 'publish', locales: [] })).toEqual(['#/locales']);
    expect(pointersOf({ action: 'archive', withdrawal: { reason: { en: 'Gone' } } })).toEqual(['#/withdrawal']);
  });

  it('takes a time to unpublish only to publish or schedule, after the time it is published, or null to cancel one', () => {
    expect(pointersOf({ action: 'publish', unpublishAt: '2031-06-01T00:00:00Z' })).toEqual([]);
    expect(pointersOf({ action: 'publish', unpublishAt: null })).toEqual([]);
    expect(pointersOf({ action: 'schedule', publishAt: '2031-05-01T09:00:00+03:00', unpublishAt: '2031-05-01T06:00:01Z' })).toEqual([]);
    expect(pointersOf({ action: 'schedule', publishAt: '2031-05-01T09:00:00+03:00', unpublishAt: '2031-05-01T06:00:00Z' })).toEqual(['#/unpublishAt']);
    expect(pointersOf({ action: 'submit', unpublishAt: '2031-06-01T00:00:00Z' })).toEqual(['#/unpublishAt']);
    expect(pointersOf({ action: 'unpublish', unpublishAt: null })).toEqual(['#/unpublishAt']);
    expect(pointersOf({ action: 'publish', unpublishAt: 'next week' })).toEqual(['#/unpublishAt']);
  });

  it('wants a withdrawal reason in at least one locale, and an id for the replacement', () => {
    expect(pointersOf({ action: 'unpublish', withdrawal: { reason: {} } })).toEqual(['#/withdrawal/reason']);
    expect(pointersOf({ action: 'unpublish', withdrawal: { reason: { en: 'Gone' }, replacedBy: 'the-new-one' } })).toEqual(['#/withdrawal/replacedBy']);
  });
});
