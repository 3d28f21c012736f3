import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A database made for one run on a PostgreSQL server, and how to drop it afterwards. */
export interface RunDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** Creates an empty database beside `serverUrl`'s, so a run never reads or leaves rows in anyone else's. */
export async function createRunDatabase(serverUrl: string, prefix: string): Promise<RunDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`drop database if exists ${name} with (force)`) };
}
