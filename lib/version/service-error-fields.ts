import { msg } from "@/lib/i18n/message-ref";

import { headerValueRule, imageRule } from "./field-rules";
import type { FieldError } from "./field-error";
import type { VersionForm } from "./schema";

// Puts a service error on the field it concerns. The service's messages name no container, so the
// index comes from a `Containers[i]` mention when there is one (the sandbox adds it), else from
// the first container that our own rules would also object to, else the first candidate.
// Messages are references to the "submit" catalog; ESA's own words are quoted as `detail`.

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
      return [{ path: "name", message: msg("submit.esaRefused.name", { detail: serviceMessage }) }];
    case "NameAlreadyExists":
      return [{ path: "name", message: msg("submit.esaRefused.nameExists") }];
    case "InvalidApp.NotFound":
      return [{ path: "appId", message: msg("submit.esaRefused.noSuchApp") }];
    case "InvalidParameter.appid":
      return [{ path: "appId", message: msg("submit.esaRefused.malformedAppId") }];
    case "InvalidParameter.Image": {
      const i = containerIndex(
        serviceMessage,
        values,
        (c) => !imageRule.safeParse(c.image).success,
      );
      return [
        {
          path: `containers.${i}.image`,
          message: msg("submit.esaRefused.image", { detail: serviceMessage }),
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
          message: msg("submit.esaRefused.headers", { detail: serviceMessage }),
        },
      ];
    }
    case "ParameterAlreadyExist": {
      const m = /Containers\[(\d+)\]/.exec(serviceMessage);
      if (!m) return null;
      return [
        {
          path: `containers.${m[1]}.name`,
          message: msg("submit.esaRefused.repeated", { detail: serviceMessage }),
        },
      ];
    }
    default:
      return null;
  }
}
