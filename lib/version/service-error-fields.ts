import { headerValueRule, imageRule } from "./field-rules";
import type { FieldError } from "./field-error";
import type { VersionForm } from "./schema";

// Puts a service error on the field it concerns. The service's messages name no container, so the
// index comes from a `Containers[i]` mention when there is one (the sandbox adds it), else from
// the first container that our own rules would also object to, else the first candidate.

function containerIndex(
  message: string,
  values: VersionForm,
  suspect: (c: VersionForm["containers"][number]) => boolean,
): number {
  const m = /Containers\[(\d+)\]/.exec(message);
  if (m && Number(m[1]) < values.containers.length) return Number(m[1]);
  const i = values.containers.findIndex(suspect);
  return i === -1 ? 0 : i;
}

export function fieldErrorsForServiceError(
  code: string,
  serviceMessage: string,
  values: VersionForm,
): FieldError[] | null {
  switch (code) {
    case "InvalidParameter.Name":
      return [{ path: "name", message: `ESA refused this name: ${serviceMessage}` }];
    case "NameAlreadyExists":
      return [
        {
          path: "name",
          message:
            "This application already has a version with this name. Choose a different name.",
        },
      ];
    case "InvalidApp.NotFound":
      return [
        {
          path: "appId",
          message: "ESA has no application with this ID. Choose an application from the list.",
        },
      ];
    case "InvalidParameter.appid":
      return [
        {
          path: "appId",
          message:
            "ESA says this application ID is malformed. Choose an application from the list.",
        },
      ];
    case "InvalidParameter.Image": {
      const i = containerIndex(
        serviceMessage,
        values,
        (c) => !imageRule.safeParse(c.image).success,
      );
      return [
        {
          path: `containers.${i}.image`,
          message: `ESA refused this image (it must not contain characters such as @): ${serviceMessage}`,
        },
      ];
    }
    case "InvalidParameter.HttpHeaders": {
      const i = containerIndex(
        serviceMessage,
        values,
        (c) =>
          c.probeType === "httpGet" &&
          c.probe.httpGet.headers.some((h) => !headerValueRule.safeParse(h.value).success),
      );
      return [
        {
          path: `containers.${i}.probe.httpGet.headers`,
          message: `ESA refused these probe headers (they must be present and must not contain @): ${serviceMessage}`,
        },
      ];
    }
    case "ParameterAlreadyExist": {
      const m = /Containers\[(\d+)\]/.exec(serviceMessage);
      if (!m) return null;
      return [
        {
          path: `containers.${m[1]}.name`,
          message: `ESA reports a repeated value here: ${serviceMessage}`,
        },
      ];
    }
    default:
      return null;
  }
}
