// Another process owing work, for the wake-up test: one NOTIFY on DATABASE_URL's database.
import pg from "pg";
import { WAKE_CHANNEL } from "@/lib/jobs/postgres-wake";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query(`NOTIFY ${WAKE_CHANNEL}`);
await client.end();
