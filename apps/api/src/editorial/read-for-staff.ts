import { AppError } from '@kraina/core';

/**
 * The handler of a staff read by id (`getStaffArticle`, `getStaffEvent`, `getStaffSite`): the item in any state,
 * with its translation status, or 404 naming the id.
 */
export function readForStaff<T>(getById: (id: string) => Promise<T | undefined>, noun: string) {
  return async ({ params }: { params: { id: string } }): Promise<T> => {
    const item = await getById(params.id);
    if (item === undefined) throw new AppError('not-found', `No ${noun} has the id "${params.id}"`);
    return item;
  };
}
