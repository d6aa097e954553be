/** Text from documents goes to a terminal: control characters (escape sequences, carriage returns) become spaces. */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
