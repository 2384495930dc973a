import { Alert, AlertDescription } from "@/components/ui/alert";

/** The form-level message of a refused submit, announced as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
