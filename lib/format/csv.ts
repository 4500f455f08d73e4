/**
 * RFC 4180 CSV that a spreadsheet cannot be attacked through. Spreadsheets run a cell that starts with
 * = + - or @ as a formula, and in some locales split cells on ";" (or tab) rather than ",". So a formula is
 * defused with an apostrophe wherever a cell could start: at the start of the text and after each of
 * , ; tab and line break; and a text holding any of those (or a quote) is quoted.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value)
    .replace(/(^|[,;\t\r\n])([=+\-@])/g, "$1'$2")
    .replace(/^[\t\r]/, "'$&");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
