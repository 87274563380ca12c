/**
 * The country every readout in this dashboard is about China's relations with. A commitment is
 * "specific" to a Central Asian country when it concerns that country and no other besides China.
 */
export const FOCAL_COUNTRY = 'CHN';
