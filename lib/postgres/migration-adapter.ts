// The adapter the Prisma CLI migrates PostgreSQL through (prisma.config.ts), with two
// repairs to @prisma/adapter-pg 6.19 that only migrations need:
// - the schema engine reads catalog columns of type `name`, which the adapter does not map
//   (known upstream bug: "Column type 'name' could not be deserialized"); `name` is text;
// - the adapter runs a migration script by splitting it at every ";", which cuts function
//   bodies apart; PostgreSQL runs a whole script in one simple query, as one transaction.
// Not imported by the app (no "server-only": the CLI config loads it outside Next).
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Result = { fields: { dataTypeID: number }[] };
type Queryable = { performIO(...args: unknown[]): Promise<Result> };

const NAME_OID = 19;
const TEXT_OID = 25;

export class MigrationPgAdapter extends PrismaPg {
  override async connect(): Promise<Adapter> {
    return repaired(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return repaired(await super.connectToShadowDb());
  }
}

function repaired(adapter: Adapter): Adapter {
  nameAsText(adapter as unknown as Queryable);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    nameAsText(transaction as unknown as Queryable);
    return transaction;
  };
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

function nameAsText(queryable: Queryable): void {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (...args) => {
    const result = await performIO(...args);
    for (const field of result.fields) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
}
