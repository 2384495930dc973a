// RequestIds are uppercase UUIDs, the shape real responses carry.
import { randomUUID } from "node:crypto";

export function newRequestId(): string {
  return randomUUID().toUpperCase();
}
