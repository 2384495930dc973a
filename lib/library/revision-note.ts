import { msg } from "@/lib/i18n/message-ref";

// A template revision's note is stored as the words the history has always shown ("created",
// "restored revision 2"): the record stays readable in the database. Shown, it is put into the
// reader's language; a note of another form is shown as stored.

const FIXED: Readonly<Record<string, string>> = {
  created: "library.note.created",
  edited: "library.note.edited",
  imported: "library.note.imported",
};

export const restoredNote = (revision: number) => `restored revision ${revision}`;
export const duplicatedNote = (name: string, revision: number) => `duplicated from ${name} revision ${revision}`;

export function revisionNoteMessage(note: string): string {
  const fixed = FIXED[note];
  if (fixed) return msg(fixed);
  const restored = /^restored revision (\d+)$/.exec(note);
  if (restored) return msg("library.note.restored", { revision: Number(restored[1]) });
  const duplicated = /^duplicated from (.+) revision (\d+)$/s.exec(note);
  if (duplicated) return msg("library.note.duplicated", { name: duplicated[1]!, revision: Number(duplicated[2]) });
  return note;
}
