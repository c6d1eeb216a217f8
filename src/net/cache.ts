// Persistent outcome cache (SQLite). Any failure to open, read or write it disables the cache
// for the rest of the run after a single warning: a link check must not fail because of it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { OutcomeKind, UrlOutcome } from './types.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long an outcome stays valid; null = never cached (it says nothing about the link). */
const TIME_TO_LIVE: Record<OutcomeKind, number | null> = {
  ok: 7 * DAY_MS,
  redirected: 7 * DAY_MS,
  broken: 12 * HOUR_MS,
  unreachable: HOUR_MS,
  'not-verified': null,
};

export function timeToLive(outcome: UrlOutcome): number | null {
  return TIME_TO_LIVE[outcome.kind];
}

const SCHEMA_VERSION = 1;
export const CACHE_FILE_NAME = 'urls.sqlite';

function isOutcome(value: unknown): value is UrlOutcome {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && kind in TIME_TO_LIVE;
}

export class OutcomeCache {
  private db: Database.Database | null;
  private warned = false;
  private selectStatement: Database.Statement | undefined;

  private constructor(
    db: Database.Database,
    private readonly warn: (message: string) => void,
  ) {
    this.db = db;
  }

  /** Opens (creating if needed) `dir/urls.sqlite`; returns null, after a warning, if that is impossible. */
  static open(dir: string, warn: (message: string) => void): OutcomeCache | null {
    const path = join(dir, CACHE_FILE_NAME);
    let db: Database.Database | undefined;
    try {
      mkdirSync(dir, { recursive: true });
      db = new Database(path, { timeout: 2_000 });
      // A non-database file only fails at the first statement, so touch it here.
      db.exec(`CREATE TABLE IF NOT EXISTS outcomes (
        key TEXT PRIMARY KEY,
        outcome TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      )`);
      const version = db.pragma('user_version', { simple: true });
      if (version !== SCHEMA_VERSION) {
        db.exec('DELETE FROM outcomes');
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }
      return new OutcomeCache(db, warn);
    } catch (error) {
      try {
        db?.close();
      } catch {
        // already unusable
      }
      warn(`link cache at ${path} is unusable (${(error as Error).message}); continuing without it`);
      return null;
    }
  }

  private disable(action: string, error: unknown): void {
    if (!this.warned) {
      this.warned = true;
      this.warn(`link cache ${action} failed (${(error as Error).message}); continuing without it`);
    }
    this.close();
  }

  get(key: string, nowMs: number): UrlOutcome | undefined {
    if (!this.db) return undefined;
    try {
      this.selectStatement ??= this.db.prepare('SELECT outcome FROM outcomes WHERE key = ? AND expires_at > ?');
      const row = this.selectStatement.get(key, nowMs) as
        | { outcome: string }
        | undefined;
      if (!row) return undefined;
      const outcome: unknown = JSON.parse(row.outcome);
      return isOutcome(outcome) ? outcome : undefined;
    } catch (error) {
      this.disable('read', error);
      return undefined;
    }
  }

  /** Stores the cacheable outcomes in one transaction and drops expired rows. */
  putMany(entries: Iterable<[key: string, outcome: UrlOutcome]>, nowMs: number): void {
    const db = this.db;
    if (!db) return;
    try {
      const insert = db.prepare('INSERT OR REPLACE INTO outcomes (key, outcome, expires_at) VALUES (?, ?, ?)');
      db.transaction(() => {
        for (const [key, outcome] of entries) {
          const ttl = timeToLive(outcome);
          if (ttl !== null) insert.run(key, JSON.stringify(outcome), nowMs + ttl);
        }
        db.prepare('DELETE FROM outcomes WHERE expires_at <= ?').run(nowMs);
      })();
    } catch (error) {
      this.disable('write', error);
    }
  }

  close(): void {
    try {
      this.db?.close();
    } catch {
      // closing a broken handle: nothing left to do
    }
    this.db = null;
    this.selectStatement = undefined;
  }
}
