import { describe, expect, it } from "vitest";

import { inEnglish, inLocale } from "@/lib/testing/i18n";

import { duplicatedNote, restoredNote, revisionNoteMessage } from "./revision-note";

describe("revisionNoteMessage", () => {
  it("shows the stored notes in the same English words and in Chinese", () => {
    expect(inEnglish(revisionNoteMessage("created"))).toBe("created");
    expect(inEnglish(revisionNoteMessage("edited"))).toBe("edited");
    expect(inEnglish(revisionNoteMessage("imported"))).toBe("imported");
    expect(inEnglish(revisionNoteMessage(restoredNote(1)))).toBe("restored revision 1");
    expect(inEnglish(revisionNoteMessage(duplicatedNote("Web service revision 2", 3)))).toBe(
      "duplicated from Web service revision 2 revision 3",
    );
    expect(inLocale("zh-CN", revisionNoteMessage(restoredNote(4)))).toBe("恢复了修订 4");
  });

  it("shows a note of another form as it is stored", () => {
    expect(revisionNoteMessage("migrated from v1")).toBe("migrated from v1");
  });
});
