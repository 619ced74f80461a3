// The `edtf` package ships no types; this declares the part of its API we use.
declare module 'edtf' {
  export interface EdtfValue {
    readonly type: 'Date' | 'Interval' | 'Year' | 'Season' | 'Set' | 'List' | 'Decade' | 'Century';
    /** 1 = year, 2 = month, 3 = day (for Date values). */
    readonly precision: number;
    /** Epoch milliseconds; -Infinity / Infinity for open interval ends. */
    readonly min: number;
    readonly max: number;
    readonly lower?: EdtfValue | null;
    readonly upper?: EdtfValue | null;
    readonly edtf: string;
  }
  function edtf(input: string): EdtfValue;
  export default edtf;
}
