/** How a finding's value prints anywhere: strings as they are, the rest as JSON, cut to one line. */
export function valueText(value: unknown, max = 80): string {
  if (value === null || value === undefined) return '';
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/[\r\n\u2028\u2029]+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
