// Applications of the sandbox's demo seed (lib/sandbox's "demo" data set) that the tests rely on.

/** shop-frontend: versions v1-initial-release (ver-…101) and v2-checkout-redesign (ver-…102). */
export const SHOP = "app-880688675783790001";
/** image-resizer: one version (ver-…201), PostStart in the {"exec":…} form. */
export const RESIZER = "app-880688675783790002";
/** api-gateway-edge: three envoy versions, layer-4 gateway. */
export const GATEWAY = "app-880688675783790003";

/** The version editor of an application, optionally started from one of its versions. */
export function editorPath(appId: string, from?: string): string {
  return `/apps/${appId}/versions/new${from ? `?from=${from}` : ""}`;
}
