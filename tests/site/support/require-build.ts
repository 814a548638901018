import { requireBuild } from "./dist";

/** Stops the dist checks at once, with what to do, when nothing has been built. */
export default function setup(): void {
  requireBuild();
}
