import { ReleasePanel, type ReleasePanelProps } from "./release-panel";
import { ReleaseMessages } from "./release-messages";

export type { VersionReleaseActions } from "./release-panel";

/** A version's release panel, with the messages its client components read. */
export function VersionReleasePanel(props: ReleasePanelProps) {
  return (
    <ReleaseMessages>
      <ReleasePanel {...props} />
    </ReleaseMessages>
  );
}
