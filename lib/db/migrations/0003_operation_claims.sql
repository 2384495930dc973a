CREATE TABLE "operation_claim" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"content_hash" text NOT NULL,
	"state" text NOT NULL,
	"owner" text NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"result" jsonb,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "operation_claim_state_check" CHECK ("operation_claim"."state" in ('running', 'done', 'failed', 'unknown'))
);
