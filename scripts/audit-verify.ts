// `npm run audit:verify`: checks the audit log's hash chain in the configured database
// (STUDIO_DATA_DIR or DATABASE_URL) and prints OK, or the first row that breaks it.
// Run with the react-server condition so that the server-only modules load outside Next.
import { verifyAuditChain } from "@/lib/audit/verify";
import { closeDatabase, getDb } from "@/lib/db/handle";

async function main(): Promise<number> {
  try {
    const result = await verifyAuditChain(await getDb());
    if (result.ok) {
      console.log(`OK: ${result.rows} audit entries verified (head ${result.headId}).`);
      return 0;
    }
    const where = result.brokenRowId === null ? "" : ` at row ${result.brokenRowId}`;
    console.error(`BROKEN${where}: ${result.reason} (${result.rows} entries verified before it).`);
    return 1;
  } catch (error) {
    console.error(
      `audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  } finally {
    await closeDatabase();
  }
}

main().then((code) => process.exit(code));
