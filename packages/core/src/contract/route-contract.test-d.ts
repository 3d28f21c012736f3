import { describe, expectTypeOf, it } from 'vitest';
import type { PathParamNames } from './route-contract.js';

describe('PathParamNames', () => {
  it('reads each parameter of a path, and stops a name at a file extension', () => {
    expectTypeOf<PathParamNames<'/articles/:slug'>>().toEqualTypeOf<'slug'>();
    expectTypeOf<PathParamNames<'/sections/:id/articles/:slug'>>().toEqualTypeOf<'id' | 'slug'>();
    expectTypeOf<PathParamNames<'/events/:slug.ics'>>().toEqualTypeOf<'slug'>();
    expectTypeOf<PathParamNames<'/events.ics'>>().toEqualTypeOf<never>();
  });
});
