// Applications of the sandbox's demo seed (lib/sandbox's "demo" data set) that the tests rely on.

/** shop-frontend: versions v1-initial-release (ver-…101) and v2-checkout-redesign (ver-…102). */
export const SHOP = "app-880688675783790001";
/** shop-frontend's v1-initial-release (its web container has 0.5G of storage). */
export const SHOP_V1 = "ver-100000000000000101";
/** shop-frontend's v2-checkout-redesign. */
export const SHOP_V2 = "ver-100000000000000102";
/** image-resizer: one version (ver-…201), PostStart in the {"exec":…} form. */
export const RESIZER = "app-880688675783790002";
/** api-gateway-edge: three envoy versions, layer-4 gateway. */
export const GATEWAY = "app-880688675783790003";

/** batch-worker-01 in the "large" seed: release-01 … release-30, every seventh one failed. */
export const BUSY = "app-880688675783790101";

/** The version editor of an application, optionally started from one of its versions. */
export function editorPath(appId: string, from?: string): string {
  return `/apps/${appId}/versions/new${from ? `?from=${from}` : ""}`;
}
