/**
 * A calendar reminder (.ics, RFC 5545) for sending one chaser: escaped text, lines
 * folded at 75 octets without splitting a character, CRLF line ends, UID and DTSTAMP.
 */
import { toIsoDate } from "./timing";

/**
 * Fills "{name}" slots in a template with values taken literally: a "$&" or "$$" in a
 * job title stays as typed (String.replace with a string would read it as a pattern).
 * A slot with no value is left as it is.
 */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name]! : slot));
}

/**
 * Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
 * Control characters other than tab are not allowed in TEXT, so they are dropped. (A lone
 * surrogate becomes U+FFFD when the file is encoded as UTF-8, as every download is.)
 */
export function escapeIcsText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- RFC 5545 TEXT may not carry these controls
      .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
  );
}

const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

/**
 * Folds one content line so no physical line passes 75 octets (RFC 5545 3.1). Breaks
 * fall between whole code points, so a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    // Continuation lines start with one space, which counts towards their 75.
    if (size + n > 75) {
      out.push(current);
      current = ` ${char}`;
      size = 1 + n;
    } else {
      current += char;
      size += n;
    }
  }
  out.push(current);
  return out;
}

/** UTC date-time in the basic format: 20251104T093000Z. */
export function toIcsDateTime(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const toIcsDate = (date: Date): string => toIsoDate(date).replace(/-/g, "");

export interface ReminderInput {
  /** The day of the reminder (an all-day event). */
  date: Date;
  summary: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** Unique per reminder, e.g. from crypto.randomUUID(). */
  uid: string;
}

/** The full .ics file text, CRLF line ends, ending with a CRLF. */
export function toIcsReminder(input: ReminderInput): string {
  const next = new Date(input.date.getTime());
  next.setUTCDate(next.getUTCDate() + 1);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//After the No//Letter builder//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(input.uid)}`,
    `DTSTAMP:${toIcsDateTime(input.now)}`,
    `DTSTART;VALUE=DATE:${toIcsDate(input.date)}`,
    `DTEND;VALUE=DATE:${toIcsDate(next)}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    `DESCRIPTION:${escapeIcsText(input.description)}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:PT9H",
    `DESCRIPTION:${escapeIcsText(input.summary)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.flatMap(foldLine).join("\r\n")}\r\n`;
}
