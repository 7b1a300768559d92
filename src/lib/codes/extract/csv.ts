/** One row of comma-separated values, with where each field starts in the text. */
export interface CsvRow {
  /** The fields, unquoted. */
  fields: string[];
  /** Offset of each field's first character (inside the quotes for a quoted field). */
  starts: number[];
  /** Offset just past the row's line end. */
  end: number;
}

/**
 * Reads one CSV row (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks)
 * starting at `from`. Linear in the row's length.
 */
export function csvRow(text: string, from: number, sep = ','): CsvRow {
  const fields: string[] = [];
  const starts: number[] = [];
  let i = from;
  for (;;) {
    if (text[i] === '"') {
      starts.push(i + 1);
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          j = text.length;
          break;
        }
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      fields.push(value);
      i = j;
      // Anything between the closing quote and the separator is kept out, as spreadsheets do.
      while (i < text.length && text[i] !== sep && text[i] !== '\n') i++;
    } else {
      starts.push(i);
      let j = i;
      while (j < text.length && text[j] !== sep && text[j] !== '\n') j++;
      fields.push(text.slice(i, j));
      i = j;
    }
    if (i >= text.length) return { fields, starts, end: text.length };
    if (text[i] === '\n') return { fields, starts, end: i + 1 };
    i++;
  }
}

/** The index of each wanted column name (case-insensitive) in a header's fields; -1 if absent. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = names.map((n) => n.toLowerCase());
  return header.findIndex((h) => wanted.includes(h.trim().toLowerCase()));
}
