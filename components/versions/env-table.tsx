import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { looksSecret, MASK } from "@/lib/version/mask-secrets";
import type { EnvVarRow } from "@/lib/version/schema";

interface EnvTableProps {
  containerName: string;
  env: EnvVarRow[];
  revealed: boolean;
}

/** Environment variables; values whose names look secret stay masked until revealed. */
export function EnvTable({ containerName, env, revealed }: EnvTableProps) {
  if (env.length === 0)
    return <p className="text-sm text-muted-foreground">No environment variables.</p>;
  return (
    <Table>
      <caption className="sr-only">Environment variables of {containerName}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Name</TableHead>
          <TableHead scope="col">Value</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {env.map((row, index) => {
          const masked = !revealed && looksSecret(row.key) && row.value !== "";
          return (
            <TableRow key={`${index}-${row.key}`}>
              <TableCell className="font-mono text-xs">{row.key}</TableCell>
              <TableCell className="font-mono text-xs break-all" data-masked={masked || undefined}>
                {masked ? (
                  <>
                    <span aria-hidden>{MASK}</span>
                    <span className="sr-only">Hidden secret value</span>
                  </>
                ) : (
                  row.value || <span className="text-muted-foreground">(empty)</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
