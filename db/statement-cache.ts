import type Database from 'better-sqlite3';

/**
 * Makes `sqlite.prepare` reuse compiled statements by their SQL text. drizzle and the query modules
 * prepare a statement for every call, and compiling costs more than running most of Tranche's
 * queries (a quarter of a command's time before this cache). A cached statement gets its result
 * mode reset, since raw()/pluck()/expand() stick to a statement; one that is still being iterated
 * is never handed out twice.
 */
export function cacheStatements(sqlite: Database.Database, max = 1000): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const stmt = prepare(source);
    if (!hit) {
      // Oldest out first: the Map keeps insertion order.
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}
