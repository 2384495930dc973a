import { describe, expect, it } from "vitest";

import { describeTarget } from "./handle";

describe("describeTarget", () => {
  it("names the server and database without the password", () => {
    const text = describeTarget({
      driver: "pg",
      url: "postgres://studio:hunter2@db.internal:5432/studio",
    });
    expect(text).toBe("the PostgreSQL server db.internal:5432/studio (DATABASE_URL)");
    expect(text).not.toContain("hunter2");
  });

  it("names the embedded database's folder", () => {
    expect(describeTarget({ driver: "pglite", dataDir: "/srv/studio/data" })).toBe(
      "the embedded database in /srv/studio/data (STUDIO_DATA_DIR)",
    );
  });
});
