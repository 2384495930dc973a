CREATE TABLE "server_draft" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"app_id" text NOT NULL,
	"base_version_id" text NOT NULL,
	"base_label" text,
	"copy" integer DEFAULT 0 NOT NULL,
	"values" jsonb NOT NULL,
	"summary" text NOT NULL,
	"revision" integer NOT NULL,
	"templates" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"app_pattern" text,
	"containers" jsonb NOT NULL,
	"stripped_secrets" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"owner_id" text,
	"owner_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "template_scope_check" CHECK ("template"."scope" in ('personal', 'app-pattern', 'everyone')),
	CONSTRAINT "template_kind_check" CHECK ("template"."kind" in ('container', 'version'))
);
--> statement-breakpoint
CREATE TABLE "template_revision" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"template_id" text NOT NULL,
	"revision" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"app_pattern" text,
	"containers" jsonb NOT NULL,
	"stripped_secrets" jsonb NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_by_id" text,
	"saved_by_name" text NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "version_template" (
	"app_id" text NOT NULL,
	"version_id" text NOT NULL,
	"version_name" text NOT NULL,
	"template_id" text NOT NULL,
	"template_revision" integer NOT NULL,
	"template_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "version_template_app_id_version_id_template_id_pk" PRIMARY KEY("app_id","version_id","template_id")
);
--> statement-breakpoint
ALTER TABLE "server_draft" ADD CONSTRAINT "server_draft_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template" ADD CONSTRAINT "template_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_revision" ADD CONSTRAINT "template_revision_template_id_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."template"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_revision" ADD CONSTRAINT "template_revision_saved_by_id_user_id_fk" FOREIGN KEY ("saved_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "server_draft_slot_idx" ON "server_draft" USING btree ("user_id","app_id","base_version_id","copy");--> statement-breakpoint
CREATE INDEX "server_draft_updated_idx" ON "server_draft" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "template_owner_idx" ON "template" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "template_revision_idx" ON "template_revision" USING btree ("template_id","revision");