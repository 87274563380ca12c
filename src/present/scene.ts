/** A saved view to present: a name, and the view as URL parameters (so each scene is a link). */
export interface Scene {
  id: string;
  name: string;
  /** URL query without "?", as `serializeState` writes it. */
  query: string;
}
