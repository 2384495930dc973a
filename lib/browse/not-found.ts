// ESA codes that mean "there is no such thing here", which pages show as not-found states.
// InvalidApp.NotFound and InvalidParameter.appid come from the reference page's error table;
// InvalidVersion.NotFound is what GetEdgeContainerAppVersion answers for an unknown VersionId.

const MISSING_APP = new Set(["InvalidApp.NotFound", "InvalidParameter.appid"]);
const MISSING_VERSION = new Set([...MISSING_APP, "InvalidVersion.NotFound"]);

export const meansAppMissing = (code: string) => MISSING_APP.has(code);
export const meansVersionMissing = (code: string) => MISSING_VERSION.has(code);
