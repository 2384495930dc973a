/** A template and the revision of it that a version or draft started from. */
export interface TemplateOrigin {
  id: string;
  revision: number;
}
