/**
 * Builds the "Open in email app" link. Subject and body go through
 * encodeURIComponent, so nothing typed can add or change a parameter (RFC 6068).
 */

/** Links longer than this are unreliable in some mail apps and browsers. */
export const MAILTO_SAFE_LENGTH = 1800;

export interface MailtoLink {
  href: string;
  /** True when the link is longer than MAILTO_SAFE_LENGTH: offer copy or download instead. */
  tooLong: boolean;
}

/** A mailto: link with no recipient, the subject and the body (line breaks sent as CRLF). */
export function toMailtoLink(subject: string, body: string): MailtoLink {
  const crlf = body.replace(/\r?\n/g, "\r\n");
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
  return { href, tooLong: href.length > MAILTO_SAFE_LENGTH };
}
