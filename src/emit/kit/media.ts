/**
 * A media type without its parameters, lower-cased: `Application/X-WWW-Form-Urlencoded;
 * charset=utf-8` is `application/x-www-form-urlencoded`. Media types are case-insensitive and
 * their parameters (charset, boundary) do not change how a client encodes the body, so every
 * target compares this and never the text as the spec writes it.
 */
export function mediaEssence(mediaType: string): string {
  const end = mediaType.indexOf(';');
  return (end < 0 ? mediaType : mediaType.slice(0, end)).trim().toLowerCase();
}
