import type { PrismaClient } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import { hash } from "@node-rs/argon2";

export const DEMO_PASSWORD = "demo1234";

type DemoUser = { email: string; namn: string; memberships: { slug: string; role: Role; insatser?: string[] }[] };

/** The demo users of README.md; all share the password demo1234. */
export const DEMO_USERS: DemoUser[] = [
  { email: "admin@trollhattan.example", namn: "Anna Admin", memberships: [{ slug: "trollhattan", role: "ADMIN" }] },
  { email: "processledare@trollhattan.example", namn: "Petra Processledare", memberships: [{ slug: "trollhattan", role: "PROCESSLEDARE" }] },
  {
    email: "vagledare@trollhattan.example",
    namn: "Victor Vägledare",
    memberships: [{ slug: "trollhattan", role: "VAGLEDARE", insatser: ["Friska Vindar 2.0"] }],
  },
  { email: "styrelse@trollhattan.example", namn: "Stina Styrelseledamot", memberships: [{ slug: "trollhattan", role: "STYRELSE" }] },
  { email: "processledare@kalmar.example", namn: "Karl Processledare", memberships: [{ slug: "kalmar", role: "PROCESSLEDARE" }] },
  { email: "vagledare@kalmar.example", namn: "Klara Vägledare", memberships: [{ slug: "kalmar", role: "VAGLEDARE", insatser: ["Vägknuten 2.0"] }] },
  { email: "processledare@jamtland.example", namn: "Jonas Processledare", memberships: [{ slug: "jamtland", role: "PROCESSLEDARE" }] },
  { email: "processledare@vasteras.example", namn: "Vera Processledare", memberships: [{ slug: "vasteras", role: "PROCESSLEDARE" }] },
  {
    email: "vagledare@vasteras.example",
    namn: "Valter Vägledare",
    memberships: [{ slug: "vasteras", role: "VAGLEDARE", insatser: ["Till arbete eller studier"] }],
  },
];

export async function seedUsers(db: PrismaClient, forbundIds: Map<string, string>): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  for (const u of DEMO_USERS) {
    const user = await db.user.create({ data: { email: u.email, namn: u.namn, passwordHash } });
    for (const m of u.memberships) {
      const forbundId = forbundIds.get(m.slug);
      if (!forbundId) throw new Error(`Okänt förbund i demodata: ${m.slug}`);
      await db.membership.create({ data: { forbundId, userId: user.id, role: m.role } });
      for (const namn of m.insatser ?? []) {
        const insats = await db.insats.findFirstOrThrow({ where: { forbundId, namn } });
        await db.insatsTilldelning.create({ data: { forbundId, insatsId: insats.id, userId: user.id } });
      }
    }
  }
}
