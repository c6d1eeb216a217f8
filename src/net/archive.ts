// Wayback Machine links for cited pages (string building only, no request).

const WAYBACK_PREFIX = 'https://web.archive.org/web/';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * YYYYMMDD of an access date. ISO-like strings ("2023-05-04", "2023-05-04T10:00Z") are taken
 * literally, so no time zone can shift the day; Date objects are read in UTC; other strings are
 * parsed by Date (which reads date-only text as local midnight) and read in local time.
 */
function accessStamp(accessed: Date | string): string | null {
  if (typeof accessed === 'string') {
    const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(accessed);
    if (iso) return `${iso[1]}${pad(Number(iso[2]), 2)}${pad(Number(iso[3]), 2)}`;
    const parsed = new Date(accessed);
    if (Number.isNaN(parsed.getTime())) return null;
    return `${pad(parsed.getFullYear(), 4)}${pad(parsed.getMonth() + 1, 2)}${pad(parsed.getDate(), 2)}`;
  }
  if (Number.isNaN(accessed.getTime())) return null;
  return `${pad(accessed.getUTCFullYear(), 4)}${pad(accessed.getUTCMonth() + 1, 2)}${pad(accessed.getUTCDate(), 2)}`;
}

/**
 * https://web.archive.org/web/YYYYMMDD/URL — the Wayback Machine serves the snapshot closest to
 * that day. An unreadable date gives the undated form, which serves the latest snapshot.
 */
export function waybackUrl(url: string, accessed: Date | string): string {
  const stamp = accessStamp(accessed);
  return stamp === null ? `${WAYBACK_PREFIX}${url}` : `${WAYBACK_PREFIX}${stamp}/${url}`;
}
