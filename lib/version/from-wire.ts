// The quoting half only: the package's index also brings its parser (~1.5 KiB gzip in the browser).
import quote from "shell-quote/quote";
import { PROBE_TIMING_FIELDS } from "./constants";
import { emptyAcrImage, emptyContainer, emptyProbe } from "./defaults";
import { wireTimingKey } from "./build-params";
import type { ContainerForm, EnvVarRow, HeaderRow } from "./schema";

// Reads a container in its wire / API shape back into form values: the inverse of
// buildWireContainer. Lenient on purpose (it serves prefill from GetEdgeContainerAppVersion,
// import, and the sandbox): unknown enum values are kept as typed so that versionFormSchema
// reports them on the right field instead of this reader silently picking a default.

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const s = (v: unknown): string =>
  v === undefined || v === null ? "" : typeof v === "string" ? v : String(v);

/** `A=1,B=2` → rows. A value may itself hold "=": only the first one separates. */
export function parseEnvVariables(wire: string): EnvVarRow[] {
  if (wire.trim() === "") return [];
  return wire.split(",").map((pair) => {
    const eq = pair.indexOf("=");
    return eq === -1
      ? { key: pair, value: "" }
      : { key: pair.slice(0, eq), value: pair.slice(eq + 1) };
  });
}

/** HttpHeaders in either published shape: `[{"Content-Type":"application/json"}]` (one-key objects)
 * or `[{"Name":"Content-Type","Value":"application/json"}]`; a plain object is accepted too. */
export function parseHttpHeaders(wire: string): HeaderRow[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(wire);
  } catch {
    return null;
  }
  const items = Array.isArray(parsed) ? parsed : isObj(parsed) ? [parsed] : null;
  if (!items) return null;
  const rows: HeaderRow[] = [];
  for (const item of items) {
    // A nested object or array is no header value: String() would turn it into "[object Object]".
    if (!isObj(item) || Object.values(item).some((v) => typeof v === "object" && v !== null))
      return null;
    const keys = Object.keys(item);
    const nameKey = keys.find((k) => k.toLowerCase() === "name");
    const valueKey = keys.find((k) => k.toLowerCase() === "value");
    if (keys.length === 2 && nameKey && valueKey)
      rows.push({ name: s(item[nameKey]), value: s(item[valueKey]) });
    else for (const k of keys) rows.push({ name: k, value: s(item[k]) });
  }
  return rows;
}

/** Hooks come back from Get as a string, or as `{"exec":{"command":["cat","/etc/group"]}}`
 * (object or JSON text). Create takes a space-separated string, so the array is shell-quoted. */
export function hookToCommandLine(v: unknown): string {
  if (typeof v === "string") {
    // Only the exec shape is read back as a command; any other text (even `{}` or ` {"a":1}`)
    // is a command line someone wrote, and stays exactly as stored.
    const t = v.trim();
    if (!t.startsWith("{")) return v;
    try {
      return execCommandLine(JSON.parse(t) as unknown) ?? v;
    } catch {
      return v;
    }
  }
  const exec = execCommandLine(v);
  if (exec !== null) return exec;
  // Some other object: show it as JSON so the person sees what came back and can rewrite it.
  return typeof v === "object" && v !== null ? JSON.stringify(v) : s(v);
}

function execCommandLine(value: unknown): string | null {
  return isObj(value) && isObj(value.exec) && Array.isArray(value.exec.command)
    ? quote(value.exec.command.map(s))
    : null;
}

function probeFromWire(raw: unknown, type: string): ContainerForm["probe"] {
  let pc: unknown = raw;
  if (typeof pc === "string") {
    try {
      pc = JSON.parse(pc);
    } catch {
      pc = {};
    }
  }
  const p: Loose = isObj(pc) ? pc : {};
  const probe = emptyProbe();
  for (const f of PROBE_TIMING_FIELDS) {
    const v = p[wireTimingKey[f]];
    probe[f] = v === undefined ? "" : s(v);
  }
  if (type === "exec") probe.exec.command = s(p.Command);
  if (type === "tcpSocket") probe.tcpSocket.port = s(p.Port);
  if (type === "httpGet") {
    const headers = p.HttpHeaders === undefined ? [] : parseHttpHeaders(s(p.HttpHeaders));
    probe.httpGet = {
      path: s(p.Path),
      port: s(p.Port),
      host: s(p.Host),
      scheme: s(p.Scheme) as "http",
      // Unreadable headers are kept as one row so the person sees them, with an empty name so the
      // schema always flags them: as a name, text such as "Content-Type" or "5" would pass.
      // An empty list is what the service refuses ("HttpHeaders empty"): keep it as one empty row,
      // which the schema flags, rather than silently dropping the field.
      headers:
        headers === null
          ? [{ name: "", value: s(p.HttpHeaders) }]
          : headers.length === 0 && p.HttpHeaders !== undefined
            ? [{ name: "", value: "" }]
            : headers,
    };
  }
  return probe;
}

export function containerFormFromWire(raw: unknown): ContainerForm {
  const c: Loose = isObj(raw) ? raw : {};
  const base = emptyContainer();
  const acr: Loose = isObj(c.ACRImageInfo) ? c.ACRImageInfo : {};
  const type = s(c.ProbeType);
  return {
    ...base,
    name: s(c.Name),
    image: s(c.Image),
    isAcrImage: c.IsACRImage === true,
    acr: {
      ...emptyAcrImage(),
      isEnterpriseRegistry: acr.IsEnterpriseRegistry === true,
      domain: s(acr.Domain),
      instanceId: s(acr.InstanceId),
      regionId: s(acr.RegionId),
      repoId: s(acr.RepoId),
      repoName: s(acr.RepoName),
      repoNamespace: s(acr.RepoNamespace),
      tag: s(acr.Tag),
      tagUrl: s(acr.TagUrl),
    },
    // Enum values are kept as received even when unknown, for the schema to flag.
    spec: s(c.Spec) as ContainerForm["spec"],
    storage: s(c.Storage) as ContainerForm["storage"],
    command: s(c.Command),
    args: s(c.Args),
    postStart: hookToCommandLine(c.PostStart),
    preStop: hookToCommandLine(c.PreStop),
    env: parseEnvVariables(s(c.EnvVariables)),
    probeType: type as ContainerForm["probeType"],
    probe: probeFromWire(c.ProbeContent, type),
  };
}
