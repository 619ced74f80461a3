// The ends of the ISO day range, in one place: an open window end reads as the lowest or highest day, and an undated
// item sorts after every dated one. ISO day strings compare in date order, so these are plain strings.

/** The lowest ISO day: an open window start. */
export const MIN_DAY = '0000-01-01';
/** The highest ISO day: an open window end, and the sort key of an undated item. */
export const MAX_DAY = '9999-12-31';
