import "server-only";

import Credential, { Config as CredentialConfig } from "@alicloud/credentials";

import { credentialsError } from "./errors";

/**
 * A Credential whose lookup failures surface as one AliyunError of kind "credentials". openapi-client
 * calls getCredential() inside callApi, where a failed lookup would otherwise look like any other
 * thrown Error. The chain's raw message is dropped, not wrapped: it can quote a credentials
 * endpoint's answer, which may hold a temporary secret.
 */
class GuardedCredential extends Credential {
  override async getCredential() {
    try {
      return await super.getCredential();
    } catch {
      throw credentialsError();
    }
  }
}

/** The default chain: env, OIDC, aliyun CLI profile, credentials file, ECS RAM role, URI. */
export function defaultChainCredential(): Credential {
  return new GuardedCredential();
}

/** A fixed AccessKey pair: the embedded sandbox's. */
export function staticAccessKeyCredential(
  accessKeyId: string,
  accessKeySecret: string,
): Credential {
  return new GuardedCredential(
    new CredentialConfig({ type: "access_key", accessKeyId, accessKeySecret }),
  );
}
