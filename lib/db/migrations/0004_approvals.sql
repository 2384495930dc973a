CREATE TABLE "release_request" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"app_id" text NOT NULL,
	"app_name" text NOT NULL,
	"version_id" text NOT NULL,
	"kind" text NOT NULL,
	"plan" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"context" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"outcome" jsonb,
	CONSTRAINT "release_request_status_check" CHECK ("release_request"."status" in ('pending', 'executing', 'approved', 'rejected', 'expired')),
	CONSTRAINT "release_request_kind_check" CHECK ("release_request"."kind" in ('publish', 'raise'))
);
--> statement-breakpoint
ALTER TABLE "release_request" ADD CONSTRAINT "release_request_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_request" ADD CONSTRAINT "release_request_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_request_status_idx" ON "release_request" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "release_request_app_idx" ON "release_request" USING btree ("app_id");