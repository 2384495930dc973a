-- The audit chain's head row: appends lock it, verify starts from its genesis hash.
INSERT INTO "audit_chain" ("id", "genesis_hash", "pruned_through_id", "head_id", "head_hash")
VALUES (1, repeat('0', 64), 0, 0, repeat('0', 64))
ON CONFLICT ("id") DO NOTHING;
