/** A version production can be rolled back to, as the rollback form lists it. */
export interface RollbackTarget {
  versionId: string;
  name: string;
}
