/** <atn-step-nav>: if it cannot start, the steps stay readable fully expanded, as rendered. */
import { defineIsland } from "../../platform/island";
import { enhanceStepNav } from "./step-nav";

defineIsland("atn-step-nav", enhanceStepNav);
