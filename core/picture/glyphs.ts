// Glyphs the charts on screen, their legends and every picture share, so a reader sees one mark for one idea.

/** A pair of opening quotation marks, 11 x 10, top-left at 0,0. */
export const QUOTE_GLYPH =
  'M0,10V5.2C0,2.3 1.6,0.6 4.6,0V1.9C3.2,2.4 2.6,3.4 2.6,4.6H4.8V10ZM6.4,10V5.2C6.4,2.3 8,0.6 11,0V1.9C9.6,2.4 9,3.4 9,4.6H11.2V10Z';

/** "The sources disagree about this": a small ringed exclamation badge. */
export const DISPUTE_BADGE = {
  radius: 5,
  /** An exclamation mark centred on 0,0, inside the ring. */
  glyph: 'M-0.9,-3.3h1.8v4h-1.8zM-0.9,1.5h1.8v1.8h-1.8z',
  /** Dark red ring and glyph on white: apart from every kind colour of the palette, legible when printed. */
  colour: '#a4161a',
} as const;
