import type { Audience } from '../core/kb/schema.js';
import type { Lang } from '../core/lang.js';

/** What the bot keeps of a person across conversations (user state). */
export interface UserProfile {
  /** The language they last wrote in. */
  lang?: Lang;
  /** What they said they are ("ik ben van IT", "I'm an end user"). */
  audience?: Audience;
}
