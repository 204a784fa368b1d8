// Loads the demo data: four förbund built from the seed documents in
// shared/seeds, their insatser and targets, deterministic synthetic deltagare
// and the demo users of README.md.
//   tsx prisma/seed/index.ts --if-empty   only when no förbund exists (npm run dev)
//   tsx prisma/seed/index.ts --force      wipe the demo förbund first
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { seedDemo, deleteDemoData } from "./demo";
import { seedUsers, DEMO_USERS } from "./users";

async function main() {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const mode = process.argv.includes("--force") ? "force" : "if-empty";
    if (mode === "if-empty" && (await db.forbund.count()) > 0) {
      console.log("Databasen har redan data – demodata laddas inte.");
      return;
    }
    if (mode === "force") {
      // The audit log is append-only (a trigger refuses DELETE), so a forced
      // reseed is for fresh test databases only.
      await deleteDemoData(db);
      await db.user.deleteMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    }
    const started = Date.now();
    const forbundIds = await seedDemo(db);
    await seedUsers(db, forbundIds);
    console.log(`Demodata laddad på ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Demodata kunde inte laddas:", error);
  process.exit(1);
});
