/**
 * What the builder needs only when a person saves a file (a .txt of the letter or a
 * calendar reminder). letter-builder.ts fetches it once the person starts using the
 * builder, not at load, which keeps the letter pages within their script budget.
 */
export { download } from "../../platform/download";
export { toFileName } from "./filename";
export { reminderFile } from "./reminder";
