import pino from "pino";

// Structured JSON logs. Never log personal data: ids and codes only.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "insatsportalen" },
  redact: { paths: ["*.password", "*.personnummer", "*.namn", "*.fornamn", "*.efternamn"], censor: "[dolt]" },
});
