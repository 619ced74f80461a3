// Glyphs shared by the charts and their legends.

/** A pair of opening quotation marks, 11 x 10, top-left at 0,0. */
export const QUOTE_GLYPH =
  'M0,10V5.2C0,2.3 1.6,0.6 4.6,0V1.9C3.2,2.4 2.6,3.4 2.6,4.6H4.8V10ZM6.4,10V5.2C6.4,2.3 8,0.6 11,0V1.9C9.6,2.4 9,3.4 9,4.6H11.2V10Z';
