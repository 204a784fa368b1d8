import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// DESIGN.md §7: Prisma 6.19 with the JS engine and the pg adapter is the only
// combination whose CLI works offline here (no schema-engine download).
// The schema's env("DATABASE_URL") must resolve even for `prisma generate`,
// which never connects; without it the CLI falls back to downloading an engine.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const main = new PrismaPg({ connectionString: url });
    const shadow = new PrismaPg({ connectionString: process.env.SHADOW_DATABASE_URL ?? url });
    return {
      provider: "postgres",
      adapterName: main.adapterName,
      connect: () => main.connect(),
      connectToShadowDb: () => shadow.connect(),
    } as never;
  },
});
