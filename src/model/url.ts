/**
 * The URL without trailing slashes. A scan from the end, not /\/+$/: that pattern retries from
 * every slash of a long run inside the URL, quadratic in the run's length.
 */
export function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
