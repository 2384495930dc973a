import { useTranslations } from "next-intl";
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
  const t = useTranslations("versions.env");
  if (env.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  return (
    <Table>
      <caption className="sr-only">{t("caption", { name: containerName })}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("name")}</TableHead>
          <TableHead scope="col">{t("value")}</TableHead>
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
                    <span className="sr-only">{t("hidden")}</span>
                  </>
                ) : (
                  row.value || <span className="text-muted-foreground">{t("empty")}</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
