import pg from 'pg';
import type { Database, QueryOptions, QueryResult, Transaction } from './database.js';

const INT8_ARRAY = 1016;
// pg's own int8[] parser yields strings; we map them to numbers.
const parseInt8ArrayAsStrings = pg.types.getTypeParser(INT8_ARRAY as unknown as Parameters<typeof pg.types.getTypeParser>[0], 'text') as unknown as (value: string) => string[];

// int8 (20) and int8[] (1016) as numbers, like PGlite: our int8 values
// (sequence numbers, counts, epoch ms) stay far below 2^53.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value);
    if (oid === INT8_ARRAY) return (value: string) => parseInt8ArrayAsStrings(value).map(Number);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PostgresOptions {
  url: string;
  /** Pool size; the ingest writer uses one connection per shard, the API the rest. */
  maxConnections?: number;
  /** Statement timeout in ms, so a stuck query fails instead of holding a connection. */
  statementTimeoutMs?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    types,
    connectionTimeoutMillis: 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    application_name: 'watchpost',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');

  const query = async <R>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<R>> => {
    const r = await pool.query({ text: sql, values: params as unknown[], name: options?.prepareAs });
    return { rows: r.rows as R[] };
  };

  return {
    engine: 'postgres',
    query,
    async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A checked-out client that loses its server also emits 'error'; the failing query reports it.
      const swallow = () => {};
      client.on('error', swallow);
      let broken = false;
      try {
        await client.query('BEGIN');
        const tx: Transaction = {
          query: async <R>(sql: string, params?: unknown[], options?: QueryOptions) => ({
            rows: (await client.query({ text: sql, values: params as unknown[], name: options?.prepareAs })).rows as R[],
          }),
          exec: async (sql: string) => {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw err;
      } finally {
        client.off('error', swallow);
        client.release(broken);
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
