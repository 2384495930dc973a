import { ReleaseMessages } from "@/components/release/release-messages";

import { FourEyesEditor, type FourEyesEditorProps } from "./four-eyes-editor";

/** /admin's four-eyes setting, with the messages its client form reads. */
export function FourEyesForm(props: FourEyesEditorProps) {
  return (
    <ReleaseMessages>
      <FourEyesEditor {...props} />
    </ReleaseMessages>
  );
}
